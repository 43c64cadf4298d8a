/* relay-error.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-error"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "relay-error.h"
#include "relay-store-private.h"

/**
 * RelayStoreError:
 * @RELAY_STORE_ERROR_FAILED: an unexpected database problem
 * @RELAY_STORE_ERROR_CANNOT_OPEN: the database file cannot be opened or created
 * @RELAY_STORE_ERROR_CORRUPT: the database file is damaged; it was not changed
 * @RELAY_STORE_ERROR_TOO_NEW: the database comes from a newer Relay; it was not changed
 * @RELAY_STORE_ERROR_DISK_FULL: the disk is full; nothing was written
 * @RELAY_STORE_ERROR_READ_ONLY: the database cannot be written to
 * @RELAY_STORE_ERROR_BUSY: another program holds the database
 * @RELAY_STORE_ERROR_NOT_FOUND: no case has that id
 * @RELAY_STORE_ERROR_INVALID: the data does not fit the schema; nothing was written
 *
 * Errors of #RelayStore. Their messages are translated, and say what to do.
 */
G_DEFINE_QUARK (relay-store-error-quark, relay_store_error)

/*
 * Messages of RelayStore
 *
 * Every message says what happened in plain words and what to do. None may
 * quote case contents: SQLite's own message goes to the debug log only.
 */

void
_relay_store_set_sqlite_error (GError       **error,
                               sqlite3       *db,
                               int            rc,
                               RelayStoreOp   op,
                               const char    *path)
{
  g_autofree char *display_path = g_filename_display_name (path != NULL ? path : "");
  int extended = db != NULL ? sqlite3_extended_errcode (db) : rc;

  /* Only codes go to the log: SQLite's messages may quote a search. */
  if (op == RELAY_STORE_OP_SEARCH || db == NULL)
    g_debug ("SQLite error %d/%d: %s", rc, extended, sqlite3_errstr (rc));
  else
    g_debug ("SQLite error %d/%d: %s", rc, extended, sqlite3_errmsg (db));

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      if (op == RELAY_STORE_OP_OPEN)
        g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_DISK_FULL,
                             _("The disk is full, so Relay cannot prepare its case database. "
                               "Free some space, then start Relay again."));
      else if (op == RELAY_STORE_OP_DELETE)
        g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_DISK_FULL,
                             _("The disk is full. Free some space, then try again: the case "
                               "was not deleted."));
      else
        g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_DISK_FULL,
                             _("The disk is full. Free some space, then try again: nothing "
                               "was saved."));
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      if (op == RELAY_STORE_OP_OPEN)
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CORRUPT,
                     /* Translators: %s is the path of the database file */
                     _("The case database is damaged and cannot be opened. Relay has not "
                       "changed it. Keep a copy of %s and restore your latest backup."),
                     display_path);
      else
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CORRUPT,
                     /* Translators: %s is the path of the database file */
                     _("The case database is damaged. Close Relay, keep a copy of %s and "
                       "restore your latest backup."),
                     display_path);
      break;

    case SQLITE_READONLY:
      g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is the path of the database file */
                   _("Relay cannot write to its case database %s, so nothing was saved. "
                     "Check that the disk is not read-only or full and that you may change "
                     "this file, then try again."),
                   display_path);
      break;

    case SQLITE_PERM:
    case SQLITE_AUTH:
      if (op == RELAY_STORE_OP_OPEN)
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN,
                     /* Translators: %s is the path of the database file */
                     _("Relay may not open its case database %s. Check that you may read "
                       "and change this file, then start Relay again."),
                     display_path);
      else
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_READ_ONLY,
                     /* Translators: %s is the path of the database file */
                     _("Relay may not change its case database %s, so nothing was saved. "
                       "Check that you may change this file, then try again."),
                     display_path);
      break;

    case SQLITE_CANTOPEN:
      if (op == RELAY_STORE_OP_OPEN)
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN,
                     /* Translators: %s is the path of the database file */
                     _("Relay cannot open its case database %s. Check that the disk is "
                       "connected and that you may use this folder, then start Relay again."),
                     display_path);
      else
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN,
                     /* Translators: %s is the path of the database file */
                     _("Relay lost access to its case database %s. Check that the disk is "
                       "still connected, then try again."),
                     display_path);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_BUSY,
                           _("The case database is in use by another program, perhaps "
                             "another copy of Relay. Close it, then try again."));
      break;

    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      if (op == RELAY_STORE_OP_SAVE_MANDATE_EMAIL)
        g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID,
                             _("The e-mail address could not be saved because it is not in a "
                               "form Relay can store. Check it, then try again."));
      else if (op == RELAY_STORE_OP_SAVE_EVENT)
        g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID,
                             _("The calendar could not be saved because some of its details "
                               "are not in a form Relay can store. Nothing was saved. Check "
                               "the dates, then try again."));
      else
        g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID,
                             _("The case could not be saved because some of its details are "
                               "not in a form Relay can store. Nothing was saved. Check the "
                               "last change you made, then try again."));
      break;

    default:
      switch (op)
        {
        case RELAY_STORE_OP_OPEN:
          g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                       /* Translators: %s is the path of the database file */
                       _("Relay could not prepare its case database %s because of an "
                         "unexpected problem. Start Relay again; if this keeps happening, "
                         "report the problem."),
                       display_path);
          break;

        case RELAY_STORE_OP_LIST:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The list of cases could not be read because of an "
                                 "unexpected problem with the case database. Try again; if "
                                 "this keeps happening, restart Relay."));
          break;

        case RELAY_STORE_OP_SEARCH:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The search could not be done because of an unexpected "
                                 "problem with the case database. Try again; if this keeps "
                                 "happening, restart Relay."));
          break;

        case RELAY_STORE_OP_LOAD:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The case could not be opened because of an unexpected "
                                 "problem with the case database. Try again; if this keeps "
                                 "happening, restart Relay."));
          break;

        case RELAY_STORE_OP_DELETE:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The case could not be deleted because of an unexpected "
                                 "problem with the case database. Try again; if this keeps "
                                 "happening, restart Relay."));
          break;

        case RELAY_STORE_OP_LOAD_MANDATE_EMAILS:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The e-mail addresses you gave for mandates could not be "
                                 "read because of an unexpected problem with the case "
                                 "database. Restart Relay; if this keeps happening, report "
                                 "the problem."));
          break;

        case RELAY_STORE_OP_SAVE_MANDATE_EMAIL:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The e-mail address could not be saved because of an "
                                 "unexpected problem with the case database. Try again; if "
                                 "this keeps happening, restart Relay."));
          break;

        case RELAY_STORE_OP_LOAD_EVENTS:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The calendar could not be read because of an unexpected "
                                 "problem with the case database. Try again; if this keeps "
                                 "happening, restart Relay."));
          break;

        case RELAY_STORE_OP_SAVE_EVENT:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The calendar could not be saved because of an unexpected "
                                 "problem with the case database. Nothing was saved. Try "
                                 "again; if this keeps happening, restart Relay."));
          break;

        case RELAY_STORE_OP_SAVE:
        default:
          g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED,
                               _("The case could not be saved because of an unexpected "
                                 "problem with the case database. Nothing was saved. Try "
                                 "again; if this keeps happening, restart Relay."));
          break;
        }
      break;
    }
}

void
_relay_store_set_not_found_error (GError **error)
{
  g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND,
                       _("This case no longer exists. It may have been deleted."));
}

void
_relay_store_set_too_new_error (GError **error)
{
  g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_TOO_NEW,
                       _("This database was made by a newer version of Relay. Update Relay "
                         "to open it; it has not been changed."));
}

void
_relay_store_set_corrupt_error (GError     **error,
                                const char  *path)
{
  _relay_store_set_sqlite_error (error, NULL, SQLITE_CORRUPT, RELAY_STORE_OP_OPEN, path);
}

void
_relay_store_set_not_relay_error (GError     **error,
                                  const char  *path)
{
  g_autofree char *display_path = g_filename_display_name (path);

  g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN,
               /* Translators: %s is the path of a file */
               _("%s is not a Relay case database, so Relay cannot use it. Relay has not "
                 "changed it."),
               display_path);
}

void
_relay_store_set_file_error (GError     **error,
                             int          saved_errno,
                             const char  *path,
                             gboolean     is_folder)
{
  g_autofree char *display_path = g_filename_display_name (path);

  g_debug ("Cannot use %s: %s", is_folder ? "the folder" : "the file", g_strerror (saved_errno));

  switch (saved_errno)
    {
    case ENOSPC:
    case EDQUOT:
      g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_DISK_FULL,
                           _("The disk is full, so Relay cannot prepare its case database. "
                             "Free some space, then start Relay again."));
      break;

    case EROFS:
      g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_READ_ONLY,
                   /* Translators: %s is the path of a file or folder */
                   _("Relay cannot write to %s because the disk is read-only. Use a disk "
                     "Relay can write to, then start Relay again."),
                   display_path);
      break;

    default:
      if (is_folder)
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN,
                     /* Translators: %1$s is the path of a folder, %2$s the reason */
                     _("Relay cannot use the folder %1$s for its case database (%2$s). "
                       "Check that you may write there, then start Relay again."),
                     display_path, g_strerror (saved_errno));
      else
        g_set_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN,
                     /* Translators: %1$s is the path of a file, %2$s the reason */
                     _("Relay cannot create its case database %1$s (%2$s). Check that you "
                       "may write in that folder, then start Relay again."),
                     display_path, g_strerror (saved_errno));
      break;
    }
}

