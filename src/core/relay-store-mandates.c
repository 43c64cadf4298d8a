/* relay-store-mandates.c
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

#define G_LOG_DOMAIN "relay-store"

#include "config.h"

#include "relay-store-private.h"

/*
 * The user's own e-mail addresses for mandates
 *
 * The directory of mandates is replaced whole when it is updated; what the
 * user corrected lives here, keyed by mandate id, and is applied again on
 * top of every directory (see relay_directory_set_local_email()).
 */

static char *
dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * relay_store_dup_mandate_emails:
 * @self: a #RelayStore
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Reads the e-mail addresses the user gave for mandates, which replace the
 * addresses of the mandate directory.
 *
 * Returns: (transfer full) (nullable) (element-type utf8 utf8): a table from
 *   mandate id to e-mail address, possibly empty, or %NULL with @error set
 */
GHashTable *
relay_store_dup_mandate_emails (RelayStore  *self,
                                GError     **error)
{
  g_autoptr(GHashTable) emails = NULL;
  g_autoptr(RelayCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _relay_store_get_statement (self, STMT_SELECT_MANDATE_EMAILS,
                                     RELAY_STORE_OP_LOAD_MANDATE_EMAILS, error);
  if (stmt == NULL)
    return NULL;

  emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *mandate_id = (const char *)sqlite3_column_text (stmt, 0);
      const char *email = (const char *)sqlite3_column_text (stmt, 1);

      /* The CHECK constraints keep both non-empty; a file edited by hand
       * could still hold a NULL id.
       */
      if (mandate_id == NULL || email == NULL || *email == '\0')
        continue;

      g_hash_table_replace (emails, g_strdup (mandate_id), g_strdup (email));
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD_MANDATE_EMAILS);
      return NULL;
    }

  return g_steal_pointer (&emails);
}

/**
 * relay_store_set_mandate_email:
 * @self: a #RelayStore
 * @mandate_id: the id of a mandate of the directory, such as "sr-hrd"
 * @email: (nullable): the address to use for that mandate; %NULL or "" removes
 *   the address the user gave, so the directory's own is used again
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Saves the e-mail address the user gave for a mandate. The store does not
 * check the address: #RelayDirectory does, before it calls this.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_set_mandate_email (RelayStore  *self,
                               const char  *mandate_id,
                               const char  *email,
                               GError     **error)
{
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autofree char *now = NULL;
  gboolean removing;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (mandate_id != NULL && *mandate_id != '\0', FALSE);
  g_return_val_if_fail (email == NULL || g_utf8_validate (email, -1, NULL), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  removing = email == NULL || *email == '\0';

  stmt = _relay_store_get_statement (self,
                                     removing ? STMT_DELETE_MANDATE_EMAIL : STMT_SET_MANDATE_EMAIL,
                                     RELAY_STORE_OP_SAVE_MANDATE_EMAIL, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_bind_text (stmt, 1, mandate_id, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK && !removing)
    {
      now = dup_now ();

      if ((rc = sqlite3_bind_text (stmt, 2, email, -1, SQLITE_STATIC)) == SQLITE_OK)
        rc = sqlite3_bind_text (stmt, 3, now, -1, SQLITE_STATIC);
    }

  /* One statement is its own transaction: it happens entirely or not at all. */
  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE_MANDATE_EMAIL, error) ||
      !_relay_store_step_done (self, stmt, RELAY_STORE_OP_SAVE_MANDATE_EMAIL, error))
    return FALSE;

  g_debug (removing ? "Removed the e-mail address of a mandate"
                    : "Saved the e-mail address of a mandate");

  return TRUE;
}
