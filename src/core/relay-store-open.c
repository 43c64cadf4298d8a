/* relay-store-open.c
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

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "relay-store-private.h"

/*
 * Opening the database
 *
 * Nothing writes to an existing file before it passed PRAGMA quick_check
 * and its version was found acceptable, through a read-only connection:
 * a damaged database, or one from a newer Relay, is left exactly as it was.
 */

static char *
get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "relay", "relay.db", NULL);
}

static void
restrict_mode (const char *path,
               mode_t      mode)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0 || (!S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode)))
    return;

  if ((st.st_mode & 07777) != mode && g_chmod (path, mode) != 0)
    {
      int saved_errno = errno;

      g_debug ("Cannot restrict the mode of a database file: %s", g_strerror (saved_errno));
    }
}

static void
restrict_journal_modes (RelayStore *self)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *journal = g_strconcat (self->path, suffixes[i], NULL);

      restrict_mode (journal, 0600);
    }
}

/* Creates the folder of the database, private to the user (0700). */
static gboolean
ensure_folder (RelayStore  *self,
               gboolean     is_default,
               GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (self->path);
  gboolean existed = g_file_test (folder, G_FILE_TEST_IS_DIR);

  if (!existed && g_mkdir_with_parents (folder, 0700) != 0)
    {
      _relay_store_set_file_error (error, errno, folder, TRUE);
      return FALSE;
    }

  /* The default folder is ours alone: keep it private even if something
   * else created it. A folder the caller chose is left as it is.
   */
  if (!existed || is_default)
    restrict_mode (folder, 0700);

  return TRUE;
}

/* Creates an empty database file with mode 0600 whatever the umask. Returns
 * FALSE with no error when the file appeared meanwhile.
 */
static gboolean
create_file (RelayStore  *self,
             GError     **error)
{
  int fd;

  fd = g_open (self->path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      if (saved_errno != EEXIST)
        _relay_store_set_file_error (error, saved_errno, self->path, FALSE);
      return FALSE;
    }

  if (fchmod (fd, 0600) != 0)
    {
      int saved_errno = errno;

      g_debug ("Cannot set the mode of the new database: %s", g_strerror (saved_errno));
    }

  close (fd);

  return TRUE;
}

static gboolean
file_has_content (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && st.st_size > 0;
}

/* Checks an existing file without changing it: integrity, owner and
 * version. When it has no journal to replay, it is opened "immutable", so
 * SQLite creates no -wal or -shm file either.
 */
static gboolean
check_existing_file (RelayStore  *self,
                     GError     **error)
{
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *journal = g_strconcat (self->path, "-journal", NULL);
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *uri = NULL;
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  gboolean intact = FALSE;
  gboolean result = FALSE;
  int application_id = 0;
  int version = 0;
  int n_objects = 0;
  int rc;

  if (file_has_content (wal) || file_has_content (journal))
    uri = g_strconcat ("file:", escaped, NULL);
  else
    uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);

  rc = sqlite3_open_v2 (uri, &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _relay_store_set_sqlite_error (error, db, rc, RELAY_STORE_OP_OPEN, self->path);
      goto out;
    }

  sqlite3_extended_result_codes (db, 1);

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          intact = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
          rc = SQLITE_OK;
        }
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (rc != SQLITE_OK && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
    {
      _relay_store_set_sqlite_error (error, db, rc, RELAY_STORE_OP_OPEN, self->path);
      goto out;
    }

  if (!intact)
    {
      g_debug ("PRAGMA quick_check failed (%d)", rc);
      _relay_store_set_corrupt_error (error, self->path);
      goto out;
    }

  if ((rc = _relay_store_read_int_pragma (db, "PRAGMA application_id", &application_id)) ||
      (rc = _relay_store_read_int_pragma (db, "PRAGMA user_version", &version)) ||
      (rc = _relay_store_read_int_pragma (db, "SELECT count(*) FROM sqlite_master", &n_objects)))
    {
      _relay_store_set_sqlite_error (error, db, rc, RELAY_STORE_OP_OPEN, self->path);
      goto out;
    }

  g_debug ("Existing database: schema version %d", version);

  if (application_id != 0 && application_id != RELAY_STORE_APPLICATION_ID)
    {
      _relay_store_set_not_relay_error (error, self->path);
      goto out;
    }

  if (version > RELAY_STORE_SCHEMA_VERSION)
    {
      _relay_store_set_too_new_error (error);
      goto out;
    }

  /* Version 0 with tables in it: some other program's database. */
  if (version <= 0 && n_objects > 0)
    {
      _relay_store_set_not_relay_error (error, self->path);
      goto out;
    }

  result = TRUE;

out:
  sqlite3_close (db);

  return result;
}

static gboolean
open_connection (RelayStore  *self,
                 GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int version = 0;
  int foreign_keys = 0;
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_OPEN);
      return FALSE;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 2000);

  if (sqlite3_db_readonly (self->db, "main") == 1)
    {
      _relay_store_set_db_error (self, error, SQLITE_READONLY, RELAY_STORE_OP_OPEN);
      return FALSE;
    }

  /* Again, in case another program changed the file since the check. */
  rc = _relay_store_read_int_pragma (self->db, "PRAGMA user_version", &version);
  if (rc != SQLITE_OK)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_OPEN);
      return FALSE;
    }

  if (version > RELAY_STORE_SCHEMA_VERSION)
    {
      _relay_store_set_too_new_error (error);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Some file systems (network shares) cannot do WAL; SQLite then keeps
       * a rollback journal, which is slower but as safe.
       */
      if (g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "wal") != 0)
        g_debug ("The case database is not in WAL mode");
      rc = SQLITE_OK;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (rc != SQLITE_OK)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_OPEN);
      return FALSE;
    }

  if (!_relay_store_exec (self,
                 "PRAGMA synchronous = NORMAL;"
                 "PRAGMA foreign_keys = ON;"
                 "PRAGMA secure_delete = ON;"
                 /* Checkpoints run on a worker after saves (relay-store.c),
                  * not in the middle of one, where one could take a good
                  * part of a second on a slow disk. */
                 "PRAGMA wal_autocheckpoint = 0;",
                 RELAY_STORE_OP_OPEN, error))
    return FALSE;

  rc = _relay_store_read_int_pragma (self->db, "PRAGMA foreign_keys", &foreign_keys);
  if (rc != SQLITE_OK || foreign_keys != 1)
    {
      /* A SQLite built without foreign keys would leave orphans behind. */
      _relay_store_set_db_error (self, error, rc != SQLITE_OK ? rc : SQLITE_ERROR,
                                 RELAY_STORE_OP_OPEN);
      return FALSE;
    }

  return TRUE;
}

gboolean
_relay_store_open (RelayStore  *self,
                   GError     **error)
{
  gboolean is_default = self->path == NULL;
  GStatBuf st;

  if (is_default)
    self->path = get_default_path ();

  g_debug ("Opening the case database");

  if (!ensure_folder (self, is_default, error))
    return FALSE;

  if (g_stat (self->path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          _relay_store_set_file_error (error, EISDIR, self->path, FALSE);
          return FALSE;
        }

      /* An empty file is a new database: there is nothing to check. */
      if (st.st_size > 0 && !check_existing_file (self, error))
        return FALSE;

      restrict_mode (self->path, 0600);
    }
  else if (!create_file (self, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;

      /* Someone created it meanwhile: check it like any existing file. */
      if (!check_existing_file (self, error))
        return FALSE;
    }

  if (!open_connection (self, error))
    return FALSE;

  if (!_relay_store_migrate (self->db, self->path, error))
    return FALSE;

  if (_relay_store_read_int_pragma (self->db, "PRAGMA user_version", &self->schema_version))
    self->schema_version = RELAY_STORE_SCHEMA_VERSION;

  restrict_journal_modes (self);

  return TRUE;
}

