/* test-store.c
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

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <relay/relay.h>

#include "relay-test-utils.h"

#define LATEST_SCHEMA_VERSION 7

typedef struct
{
  char *dir;
  char *path;
} Fixture;


static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("relay-test-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "cases.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  relay_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

/*
 * A second, plain SQLite connection to look at the file from outside
 */

static sqlite3 *
side_open (const char *path)
{
  sqlite3 *db = NULL;

  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  g_assert_cmpint (rc, ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);

  return db;
}

static void
side_exec (sqlite3    *db,
           const char *sql)
{
  char *message = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &message);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
side_int (sqlite3    *db,
          const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static char *
side_text (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return value;
}

/* The full-text index holds exactly the text of every case, no more. */
static void
assert_fts_in_sync (const char *path)
{
  sqlite3 *db = side_open (path);

  g_assert_cmpint (side_int (db, "SELECT count(*) FROM case_fts"), ==,
                   side_int (db, "SELECT count(*) FROM cases"));
  g_assert_cmpint (side_int (db,
                             "SELECT count(*) FROM case_fts_source AS s "
                             "LEFT JOIN case_fts AS f ON f.rowid = s.id "
                             "WHERE f.rowid IS NULL OR f.title IS NOT s.title "
                             "OR f.what_happened IS NOT s.what_happened "
                             "OR f.context IS NOT s.context OR f.victims IS NOT s.victims "
                             "OR f.perpetrators IS NOT s.perpetrators"), ==, 0);
  side_exec (db, "INSERT INTO case_fts (case_fts) VALUES ('integrity-check')");
  sqlite3_close (db);
}

static char *
checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static gboolean
file_exists_with_suffix (const char *path,
                         const char *suffix)
{
  g_autofree char *name = g_strconcat (path, suffix, NULL);

  return g_file_test (name, G_FILE_TEST_EXISTS);
}

/*
 * Filling and comparing objects, property by property
 */

/* Gives every writable property a value that is not its default (for
 * strings: unicode text with quotes), chosen from @seed so that a run of
 * seeds goes through every value of every enumeration.
 */
static void
fill_object (GObject *object,
             guint    seed)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;

      g_value_init (&value, pspec->value_type);

      if (G_IS_PARAM_SPEC_STRING (pspec))
        g_value_take_string (&value,
                             g_strdup_printf ("%s %u: Pérez Nguyễn «défenseurs» 日本語 ✊🏽 "
                                              "\"quoted\" 'single' %%s\nsecond line",
                                              pspec->name, seed));
      else if (G_IS_PARAM_SPEC_INT (pspec))
        g_value_set_int (&value, G_PARAM_SPEC_INT (pspec)->minimum + 2 + seed);
      else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_value_set_boolean (&value,
                             (seed % 2 == 0) != G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        {
          GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

          g_value_set_enum (&value, klass->values[seed % klass->n_values].value);
        }
      else if (pspec->value_type == G_TYPE_DATE_TIME)
        g_value_take_boxed (&value, g_date_time_new_utc (2025, 1 + seed % 12, 1 + seed % 28,
                                                         seed % 24, 59, 58));
      else
        g_assert_not_reached ();

      g_object_set_property (object, pspec->name, &value);
    }
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static void assert_lists_equal (GListModel *a,
                                GListModel *b);

static void
assert_objects_equal (GObject *a,
                      GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      g_value_init (&va, pspec->value_type);
      g_value_init (&vb, pspec->value_type);
      g_object_get_property (a, pspec->name, &va);
      g_object_get_property (b, pspec->name, &vb);

      if (G_IS_PARAM_SPEC_STRING (pspec))
        g_assert_cmpstr (g_value_get_string (&va), ==, g_value_get_string (&vb));
      else if (G_IS_PARAM_SPEC_INT (pspec))
        g_assert_cmpint (g_value_get_int (&va), ==, g_value_get_int (&vb));
      else if (G_IS_PARAM_SPEC_UINT64 (pspec))
        g_assert_cmpuint (g_value_get_uint64 (&va), ==, g_value_get_uint64 (&vb));
      else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
        g_assert_cmpint (g_value_get_boolean (&va), ==, g_value_get_boolean (&vb));
      else if (G_IS_PARAM_SPEC_ENUM (pspec))
        g_assert_cmpint (g_value_get_enum (&va), ==, g_value_get_enum (&vb));
      else if (pspec->value_type == G_TYPE_DATE_TIME)
        {
          GDateTime *da = g_value_get_boxed (&va);
          GDateTime *db = g_value_get_boxed (&vb);

          g_assert_true ((da == NULL) == (db == NULL));
          if (da != NULL)
            g_assert_true (g_date_time_equal (da, db));
        }
      else if (pspec->value_type == G_TYPE_LIST_MODEL)
        assert_lists_equal (g_value_get_object (&va), g_value_get_object (&vb));
      else if (pspec->value_type == G_TYPE_BYTES)
        g_assert_true (g_bytes_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
      else
        g_assert_not_reached ();
    }
}

static void
assert_lists_equal (GListModel *a,
                    GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));

  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (a, i);
      g_autoptr(GObject) ib = g_list_model_get_item (b, i);

      assert_objects_equal (ia, ib);
    }
}

static void
add_children (RelayCase *kase,
              guint      n,
              guint      seed)
{
  struct {
    GListStore *(*get) (RelayCase *);
    GType (*get_type) (void);
  } children[] = {
    { relay_case_get_victims, relay_victim_get_type },
    { relay_case_get_perpetrators, relay_perpetrator_get_type },
    { relay_case_get_incidents, relay_incident_get_type },
    { relay_case_get_sources, relay_source_get_type },
    { relay_case_get_mandates, relay_case_mandate_get_type },
    { relay_case_get_timeline, relay_timeline_entry_get_type },
  };

  for (guint c = 0; c < G_N_ELEMENTS (children); c++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GObject) item = g_object_new (children[c].get_type (), NULL);

        fill_object (item, seed + i);
        g_list_store_append (children[c].get (kase), item);
      }

  /* Attachments have content, which no property sets. */
  for (guint i = 0; i < n; i++)
    {
      const guint8 data[] = { 0x00, 0xff, (guint8) seed, (guint8) i, 0x00, '%', 0x80 };
      g_autoptr(GBytes) bytes = g_bytes_new (data, sizeof data);
      g_autoptr(RelayAttachment) item = relay_attachment_new_from_bytes ("", NULL, bytes);

      fill_object (G_OBJECT (item), seed + i);
      g_list_store_append (relay_case_get_attachments (kase), item);
    }
}

static RelayCase *
make_full_case (guint seed)
{
  RelayCase *kase = relay_case_new ();

  fill_object (G_OBJECT (kase), seed);
  /* created-at and updated-at belong to the store. */
  relay_case_set_created_at (kase, NULL);
  relay_case_set_updated_at (kase, NULL);
  add_children (kase, 3, seed);

  return kase;
}

static RelayCase *
make_case (const char *title,
           const char *what_happened,
           const char *victim,
           const char *perpetrator)
{
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, title);
  relay_case_set_what_happened (kase, what_happened);

  if (victim != NULL)
    {
      g_autoptr(RelayVictim) item = relay_victim_new ();

      relay_victim_set_name (item, victim);
      g_list_store_append (relay_case_get_victims (kase), item);
    }

  if (perpetrator != NULL)
    {
      g_autoptr(RelayPerpetrator) item = relay_perpetrator_new ();

      relay_perpetrator_set_name (item, perpetrator);
      g_list_store_append (relay_case_get_perpetrators (kase), item);
    }

  return kase;
}

static RelayStore *
open_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  RelayStore *store = relay_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_true (RELAY_IS_STORE (store));

  return store;
}

static void
save (RelayStore *store,
      RelayCase  *kase)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (relay_store_save_case (store, kase, &error));
  g_assert_no_error (error);
}

static guint
search_count (RelayStore *store,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = relay_store_search (store, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);

  return g_list_model_get_n_items (results);
}

static gboolean
search_finds (RelayStore *store,
              const char *text,
              RelayCase  *kase)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) results = relay_store_search (store, text, &error);

  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (results, i);

      if (g_str_equal (relay_case_summary_get_uuid (summary), relay_case_get_uuid (kase)))
        return TRUE;
    }

  return FALSE;
}

/*
 * Opening, files and migrations
 */

static void
test_open_default_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(RelayCase) kase = make_case ("Permissions", "", NULL, NULL);
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "relay", "relay.db", NULL);
  g_autofree char *folder = g_path_get_dirname (expected);
  const char *suffixes[] = { "", "-wal", "-shm" };
  GStatBuf st;
  mode_t old_umask;

  /* The modes must not depend on the umask. */
  old_umask = umask (0);

  store = relay_store_new (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relay_store_get_path (store), ==, expected);
  save (store, kase);

  umask (old_umask);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (expected, suffixes[i], NULL);

      g_assert_cmpint (g_stat (file, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, 0600);
    }

  g_assert_finalize_object (g_steal_pointer (&store));
  relay_test_remove_tree (folder);
}

static void
test_open_new_file_mode (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RelayStore) store = NULL;
  g_autofree char *nested = g_build_filename (fixture->dir, "a", "b", "cases.db", NULL);
  g_autofree char *nested_dir = g_path_get_dirname (nested);
  GStatBuf st;
  mode_t old_umask = umask (0);

  store = open_store (nested);
  umask (old_umask);

  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
  g_assert_cmpint (g_stat (nested_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0700);

  /* An existing database with a loose mode is made private again. */
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (nested, 0644), ==, 0);
  store = open_store (nested);
  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0600);
}

static void
test_open_migrates_once (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(RelayCase) kase = make_case ("Kept", "", NULL, NULL);
  g_autofree char *mode = NULL;
  g_autofree char *schema_before = NULL;
  g_autofree char *schema_after = NULL;
  sqlite3 *db;

  store = open_store (fixture->path);
  g_assert_cmpint (relay_store_get_schema_version (store), ==, LATEST_SCHEMA_VERSION);
  g_assert_cmpuint (relay_store_count_cases (store), ==, 0);
  save (store, kase);

  db = side_open (fixture->path);
  g_assert_cmpint (side_int (db, "PRAGMA user_version"), ==, LATEST_SCHEMA_VERSION);
  g_assert_cmpint (side_int (db, "PRAGMA application_id"), ==, 0x524C4159);
  mode = side_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  schema_before = side_text (db, "SELECT group_concat (sql, ';') FROM sqlite_master");
  /* Every table the design names is there. */
  g_assert_cmpint (side_int (db,
                             "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                             "('cases', 'victims', 'perpetrators', 'incidents', 'sources', "
                             "'case_mandates', 'attachments', 'timeline', 'events', 'outbox', "
                             "'case_fts', 'mandate_emails')"), ==, 12);
  sqlite3_close (db);

  g_assert_finalize_object (g_steal_pointer (&store));

  /* Reopening runs no migration again and keeps the data. */
  store = open_store (fixture->path);
  g_assert_cmpint (relay_store_get_schema_version (store), ==, LATEST_SCHEMA_VERSION);
  g_assert_cmpuint (relay_store_count_cases (store), ==, 1);

  db = side_open (fixture->path);
  g_assert_cmpint (side_int (db, "PRAGMA user_version"), ==, LATEST_SCHEMA_VERSION);
  schema_after = side_text (db, "SELECT group_concat (sql, ';') FROM sqlite_master");
  g_assert_cmpstr (schema_before, ==, schema_after);
  sqlite3_close (db);
}

static void
test_open_empty_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;

  /* An empty file is a new database (SQLite's view too). */
  g_file_set_contents (fixture->path, "", 0, &error);
  g_assert_no_error (error);

  store = open_store (fixture->path);
  g_assert_cmpint (relay_store_get_schema_version (store), ==, LATEST_SCHEMA_VERSION);
}

/* Makes a valid database with a few cases, closed, with no -wal or -shm. */
static void
make_database (const char *path,
               guint       n_cases)
{
  g_autoptr(RelayStore) store = open_store (path);

  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(RelayCase) kase = make_full_case (i);

      save (store, kase);
    }

  g_assert_finalize_object (g_steal_pointer (&store));
  g_assert_false (file_exists_with_suffix (path, "-wal"));
  g_assert_false (file_exists_with_suffix (path, "-shm"));
}

static void
assert_refused (const char *path,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autofree char *before = checksum_file (path);
  g_autofree char *after = NULL;

  store = relay_store_new (path, &error);
  g_assert_error (error, RELAY_STORE_ERROR, code);
  g_assert_null (store);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");

  /* Byte for byte as it was, and no journal files left behind. */
  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (file_exists_with_suffix (path, "-wal"));
  g_assert_false (file_exists_with_suffix (path, "-shm"));
  g_assert_false (file_exists_with_suffix (path, "-journal"));
}

static void
test_open_damaged_pages (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gsize length = 0;

  make_database (fixture->path, 6);

  /* Keep the first page (header and schema root), scramble the rest. */
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 4 * 4096);
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);

  assert_refused (fixture->path, RELAY_STORE_ERROR_CORRUPT);
}

static void
test_open_damaged_later_pages (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  make_database (fixture->path, 6);

  /* Subtler: zero the second half of the file, schema pages intact. */
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  memset (contents + length / 2, 0, length - length / 2);
  g_file_set_contents (fixture->path, contents, length, &error);
  g_assert_no_error (error);

  assert_refused (fixture->path, RELAY_STORE_ERROR_CORRUPT);
}

static void
test_open_random_bytes (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  char contents[4 * 4096];

  for (gsize i = 0; i < sizeof contents; i++)
    contents[i] = (char) g_rand_int_range (rand, 0, 256);
  g_file_set_contents (fixture->path, contents, sizeof contents, &error);
  g_assert_no_error (error);

  assert_refused (fixture->path, RELAY_STORE_ERROR_CORRUPT);
}

static void
test_open_too_new (Fixture       *fixture,
                   gconstpointer  data)
{
  sqlite3 *db;

  make_database (fixture->path, 2);

  db = side_open (fixture->path);
  side_exec (db, "PRAGMA user_version = 99");
  sqlite3_close (db);

  assert_refused (fixture->path, RELAY_STORE_ERROR_TOO_NEW);
}

static void
test_open_foreign_database (Fixture       *fixture,
                            gconstpointer  data)
{
  sqlite3 *db;

  /* Another program's database, with no version. */
  db = side_open (fixture->path);
  side_exec (db, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello')");
  sqlite3_close (db);
  assert_refused (fixture->path, RELAY_STORE_ERROR_CANNOT_OPEN);

  /* Another program's database, with its own application id. */
  g_unlink (fixture->path);
  db = side_open (fixture->path);
  side_exec (db, "PRAGMA application_id = 1234; PRAGMA user_version = 1");
  sqlite3_close (db);
  assert_refused (fixture->path, RELAY_STORE_ERROR_CANNOT_OPEN);
}

static void
test_open_folder_is_a_file (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autofree char *blocker = g_build_filename (fixture->dir, "blocker", NULL);
  g_autofree char *path = g_build_filename (blocker, "cases.db", NULL);

  g_file_set_contents (blocker, "x", 1, &error);
  g_assert_no_error (error);

  store = relay_store_new (path, &error);
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN);
  g_assert_null (store);

  g_clear_error (&error);
  store = relay_store_new (fixture->dir, &error);
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_CANNOT_OPEN);
  g_assert_null (store);
}

/* A database made by the first release: version 1, without the table of
 * mandate addresses.
 */
static void
make_version_1_database (const char *path,
                         guint       n_cases)
{
  sqlite3 *db;

  make_database (path, n_cases);

  db = side_open (path);
  /* Undo what the migrations after version 1 added. */
  side_exec (db, "DROP INDEX cases_change_seq_idx; "
                 "DROP TABLE mandate_emails; ALTER TABLE cases DROP COLUMN draft_page; "
                 "ALTER TABLE timeline DROP COLUMN mandate_id; "
                 "ALTER TABLE timeline DROP COLUMN communication_type; "
                 "ALTER TABLE timeline DROP COLUMN deadline; "
                 "ALTER TABLE timeline DROP COLUMN url; "
                 "DROP TABLE outbox; "
                 "CREATE TABLE outbox (id INTEGER PRIMARY KEY, "
                 "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE, "
                 "  recipients TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', "
                 "  message BLOB NOT NULL, status TEXT NOT NULL DEFAULT 'queued', "
                 "  attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
                 "  created_at TEXT NOT NULL, sent_at TEXT); "
                 "DROP TABLE agenda_done; DROP TABLE feeds; DROP TABLE events; "
                 "CREATE TABLE events (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                 "  kind TEXT NOT NULL DEFAULT 'custom', title TEXT NOT NULL DEFAULT '', "
                 "  start_date TEXT NOT NULL, end_date TEXT, "
                 "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE, mandate_id TEXT, "
                 "  url TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', "
                 "  done INTEGER NOT NULL DEFAULT 0, origin TEXT NOT NULL DEFAULT 'user'); "
                 "PRAGMA user_version = 1");
  sqlite3_close (db);
}

static void
test_open_migrates_from_1 (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(GHashTable) emails = NULL;
  sqlite3 *db;

  make_version_1_database (fixture->path, 3);

  store = open_store (fixture->path);
  g_assert_cmpint (relay_store_get_schema_version (store), ==, LATEST_SCHEMA_VERSION);
  g_assert_cmpuint (relay_store_count_cases (store), ==, 3);

  emails = relay_store_dup_mandate_emails (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (emails), ==, 0);

  relay_store_set_mandate_email (store, "sr-hrd", "defenders@example.org", &error);
  g_assert_no_error (error);

  db = side_open (fixture->path);
  g_assert_cmpint (side_int (db, "PRAGMA user_version"), ==, LATEST_SCHEMA_VERSION);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM mandate_emails"), ==, 1);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM cases WHERE draft_page = ''"), ==, 3);
  /* Version 6: the search index was made again, with word prefixes. */
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM case_fts"), ==, 3);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'case_fts' "
                                 "AND sql LIKE '%prefix%'"), ==, 1);
  /* Version 7: only a case's deletion is left to a trigger; saves write the
   * index. The change numbers have an index. */
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name LIKE '%fts%'"), ==, 1);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                 "AND name = 'cases_change_seq_idx'"), ==, 1);
  /* Version 4: the timeline's new columns hold their defaults, the outbox has the proof columns. */
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM timeline WHERE communication_type = 'none' "
                                 "AND mandate_id = '' AND deadline = '' AND url = ''"),
                   ==, side_int (db, "SELECT count(*) FROM timeline"));
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM pragma_table_info ('outbox') "
                                 "WHERE name IN ('message_id', 'sha256', 'attachments', 'last_error_detail')"),
                   ==, 4);
  /* Version 5: the calendar's events, done markers and feeds. */
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM pragma_table_info ('events') "
                                 "WHERE name IN ('uid', 'expected', 'country', 'feed_url', 'updated_at')"),
                   ==, 5);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM sqlite_master "
                                 "WHERE name IN ('agenda_done', 'feeds')"), ==, 2);
  sqlite3_close (db);
}

static void
test_open_failed_migration_changes_nothing (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;
  sqlite3 *db;

  /* A table in the way makes step 1 -> 2 fail half-way through. */
  make_version_1_database (fixture->path, 2);
  db = side_open (fixture->path);
  side_exec (db, "CREATE TABLE mandate_emails (x INTEGER)");
  sqlite3_close (db);

  store = relay_store_new (fixture->path, &error);
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_FAILED);
  g_assert_null (store);

  /* The version was not raised, and the cases are there. */
  db = side_open (fixture->path);
  g_assert_cmpint (side_int (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM cases"), ==, 2);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM pragma_table_info ('mandate_emails')"),
                   ==, 1);
  sqlite3_close (db);
}

/*
 * Cases
 */

static void
test_case_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_full_case (3);
  g_autoptr(RelayCase) loaded = NULL;
  g_autoptr(RelayCase) reloaded = NULL;
  g_autoptr(GDateTime) created_at = NULL;

  g_assert_null (relay_case_get_created_at (kase));
  g_assert_nonnull (relay_case_get_submitted_at (kase));

  save (store, kase);
  g_assert_nonnull (relay_case_get_created_at (kase));
  g_assert_nonnull (relay_case_get_updated_at (kase));
  created_at = g_date_time_ref (relay_case_get_created_at (kase));

  loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  assert_objects_equal (G_OBJECT (kase), G_OBJECT (loaded));

  /* The update path: change everything, drop and reorder children. */
  fill_object (G_OBJECT (loaded), 11);
  relay_case_set_submitted_at (loaded, NULL);
  g_list_store_remove (relay_case_get_victims (loaded), 0);
  g_list_store_remove_all (relay_case_get_sources (loaded));
  {
    GListModel *incidents = G_LIST_MODEL (relay_case_get_incidents (loaded));
    g_autoptr(GObject) first = g_list_model_get_item (incidents, 0);

    g_list_store_remove (relay_case_get_incidents (loaded), 0);
    g_list_store_append (relay_case_get_incidents (loaded), first);
  }
  save (store, loaded);
  g_assert_true (g_date_time_equal (relay_case_get_created_at (loaded), created_at));

  /* From a fresh connection, to be sure nothing came from a cache. */
  g_assert_finalize_object (g_steal_pointer (&store));
  store = open_store (fixture->path);
  reloaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  assert_objects_equal (G_OBJECT (loaded), G_OBJECT (reloaded));
  g_assert_null (relay_case_get_submitted_at (reloaded));
  g_assert_cmpuint (n_items (relay_case_get_victims (reloaded)), ==, 2);
  g_assert_cmpuint (n_items (relay_case_get_sources (reloaded)), ==, 0);

  assert_fts_in_sync (fixture->path);
}

/* Eight cases whose children go through every value of every enumeration. */
static void
test_case_every_value (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RelayStore) store = open_store (fixture->path);

  for (guint seed = 0; seed < 8; seed++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RelayCase) kase = relay_case_new ();
      g_autoptr(RelayCase) loaded = NULL;

      fill_object (G_OBJECT (kase), seed);
      relay_case_set_created_at (kase, NULL);
      add_children (kase, 8, seed);
      save (store, kase);

      loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
      g_assert_no_error (error);
      assert_objects_equal (G_OBJECT (kase), G_OBJECT (loaded));
    }

  g_assert_cmpuint (relay_store_count_cases (store), ==, 8);
}

static void
test_case_defaults_round_trip (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayCase) loaded = NULL;
  g_autoptr(RelayVictim) victim = relay_victim_new ();

  /* Untouched objects: empty strings, -1 age, no timestamps. */
  g_list_store_append (relay_case_get_victims (kase), victim);
  save (store, kase);

  loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  assert_objects_equal (G_OBJECT (kase), G_OBJECT (loaded));
  g_assert_null (relay_case_get_submitted_at (loaded));
}

static void
test_case_timestamps (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_case ("When", "", NULL, NULL);
  g_autoptr(GDateTime) submitted = g_date_time_new_utc (2026, 11, 27, 22, 14, 47);
  g_autofree char *text = NULL;
  sqlite3 *db;

  relay_case_set_submitted_at (kase, submitted);
  save (store, kase);

  db = side_open (fixture->path);
  text = side_text (db, "SELECT submitted_at FROM cases");
  g_assert_cmpstr (text, ==, "2026-11-27T22:14:47Z");
  g_assert_cmpint (side_int (db,
                             "SELECT count(*) FROM cases WHERE "
                             "created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T"
                             "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z' AND "
                             "updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T"
                             "[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z'"), ==, 1);
  sqlite3_close (db);
}

static void
test_case_not_found (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = NULL;

  kase = relay_store_load_case (store, "no-such-case", &error);
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  g_assert_null (kase);
  g_clear_error (&error);

  g_assert_false (relay_store_delete_case (store, "no-such-case", &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize needle_length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  needle_length = strlen (needle);
  for (gsize i = 0; i + needle_length <= length; i++)
    {
      if (memcmp (contents + i, needle, needle_length) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
assert_not_in_files (const char *path,
                     const char *needle)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (file_contains (file, needle))
        g_error ("“%s” is still in %s", needle, file);
    }
}

static void
test_case_delete_cascades (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *tables[] = {
    "victims", "perpetrators", "incidents", "sources", "case_mandates", "timeline",
    "attachments", "events", "agenda_done", "outbox",
  };
  /* Distinct words, in every indexed column and in children. */
  const char *secrets[] = {
    "Quetzalzorro", "Xylomancia", "Brontexilo", "Vortiquena", "Glimmerjaw", "Zanzibarro",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_full_case (1);
  g_autoptr(RelayCase) other = make_case ("Another case", "Still here, expulsión", "Otra", NULL);
  g_autofree char *select_id = NULL;
  gint64 case_id;
  sqlite3 *db;

  relay_case_set_title (kase, secrets[0]);
  relay_case_set_what_happened (kase, secrets[1]);
  relay_case_set_confidential_note (kase, secrets[2]);
  {
    g_autoptr(RelayVictim) victim = relay_victim_new ();
    g_autoptr(RelayPerpetrator) perpetrator = relay_perpetrator_new ();

    g_autoptr(GBytes) bytes = g_bytes_new_static (secrets[5], strlen (secrets[5]));
    g_autoptr(RelayAttachment) attachment = relay_attachment_new_from_bytes ("law.pdf", NULL,
                                                                             bytes);

    relay_victim_set_name (victim, secrets[3]);
    relay_perpetrator_set_name (perpetrator, secrets[4]);
    g_list_store_append (relay_case_get_victims (kase), victim);
    g_list_store_append (relay_case_get_perpetrators (kase), perpetrator);
    g_list_store_append (relay_case_get_attachments (kase), attachment);
  }
  save (store, kase);
  save (store, other);
  g_assert_true (search_finds (store, secrets[3], kase));

  /* Rows of the tables the store does not write yet, tied to the case. */
  db = side_open (fixture->path);
  select_id = g_strdup_printf ("SELECT id FROM cases WHERE uuid = '%s'",
                               relay_case_get_uuid (kase));
  case_id = side_int (db, select_id);
  {
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO events (uid, origin, kind, title, start_date, case_id, created_at, updated_at) "
      "VALUES ('e1', 'user', 'follow-up', 'Reply due', '2026-03-01', %" G_GINT64_FORMAT ", "
      "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
      "INSERT INTO agenda_done (uid, case_id, done_at) "
      "VALUES ('e1', %" G_GINT64_FORMAT ", '2026-01-01T00:00:00Z');"
      "INSERT INTO outbox (case_id, message_id, sender, recipients, message, sha256, created_at) "
      "VALUES (%" G_GINT64_FORMAT ", '<m1@example.org>', 'a@example.org', "
      "'urgent-action@ohchr.org', CAST ('%s' AS BLOB), printf ('%%064d', 0), "
      "'2026-01-01T00:00:00Z');",
      case_id, case_id, case_id, secrets[5]);

    side_exec (db, sql);
  }
  sqlite3_close (db);

  g_assert_true (relay_store_delete_case (store, relay_case_get_uuid (kase), &error));
  g_assert_no_error (error);

  g_assert_null (relay_store_load_case (store, relay_case_get_uuid (kase), &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    g_assert_cmpuint (search_count (store, secrets[i]), ==, 0);
  g_assert_true (search_finds (store, "expulsion", other));

  db = side_open (fixture->path);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE case_id = %"
                                              G_GINT64_FORMAT, tables[i], case_id);

      g_assert_cmpint (side_int (db, sql), ==, 0);
    }
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM victims"), ==, 1);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM case_fts"), ==, 1);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  sqlite3_close (db);
  assert_fts_in_sync (fixture->path);

  /* secure_delete: the text is gone from the bytes of the files, not just
   * unlinked from the tables. The index keeps folded, lowercase words.
   */
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      g_autofree char *folded = g_utf8_strdown (secrets[i], -1);

      assert_not_in_files (fixture->path, secrets[i]);
      assert_not_in_files (fixture->path, folded);
    }

  g_assert_finalize_object (g_steal_pointer (&store));
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      g_autofree char *folded = g_utf8_strdown (secrets[i], -1);

      assert_not_in_files (fixture->path, secrets[i]);
      assert_not_in_files (fixture->path, folded);
    }
  g_assert_true (file_contains (fixture->path, "Another case"));
}

/* Attachments keep their exact bytes, NUL bytes included, and go with
 * their case.
 */
static void
test_case_attachments (Fixture       *fixture,
                       gconstpointer  data)
{
  static const guint8 content[] = {
    '%', 'P', 'D', 'F', 0x00, 0x00, 0xff, 0xfe, 'Z', 'y', 'r', 'k', 'o', 'n', 'i', 'x',
    0x00, 0x80, '\n', 0x00,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayCase) loaded = NULL;
  g_autoptr(RelayCase) reloaded = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (content, sizeof content);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(RelayAttachment) law = NULL;
  g_autoptr(RelayAttachment) note = NULL;
  g_autoptr(RelayAttachment) first = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_autofree char *select_id = NULL;
  g_autofree char *select_sha256 = NULL;
  g_autofree char *stored_sha256 = NULL;
  gint64 case_id;
  sqlite3 *db;

  relay_case_set_kind (kase, RELAY_CASE_KIND_LAW_POLICY);
  law = relay_attachment_new_from_bytes ("draft-law-2026.pdf", "application/pdf", bytes);
  relay_attachment_set_translation_note (law, "Unofficial English translation attached");
  note = relay_attachment_new_from_bytes ("empty.txt", "text/plain", empty);
  g_list_store_append (relay_case_get_attachments (kase), law);
  g_list_store_append (relay_case_get_attachments (kase), note);
  save (store, kase);

  /* From a fresh connection, to be sure nothing came from a cache. */
  g_assert_finalize_object (g_steal_pointer (&store));
  store = open_store (fixture->path);
  loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  assert_objects_equal (G_OBJECT (kase), G_OBJECT (loaded));

  g_assert_cmpuint (n_items (relay_case_get_attachments (loaded)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (relay_case_get_attachments (loaded)), 0);
  g_assert_cmpstr (relay_attachment_get_file_name (first), ==, "draft-law-2026.pdf");
  g_assert_cmpstr (relay_attachment_get_mime_type (first), ==, "application/pdf");
  g_assert_cmpstr (relay_attachment_get_translation_note (first), ==,
                   "Unofficial English translation attached");
  g_assert_cmpuint (relay_attachment_get_size (first), ==, sizeof content);
  g_assert_cmpstr (relay_attachment_get_sha256 (first), ==, sha256);
  g_assert_true (g_bytes_equal (relay_attachment_get_bytes (first), bytes));
  g_assert_true (g_date_time_equal (relay_attachment_get_added_at (first),
                                    relay_attachment_get_added_at (law)));

  /* The size and checksum are stored as the object has them. */
  db = side_open (fixture->path);
  select_id = g_strdup_printf ("SELECT id FROM cases WHERE uuid = '%s'",
                               relay_case_get_uuid (kase));
  case_id = side_int (db, select_id);
  select_sha256 = g_strdup_printf ("SELECT sha256 FROM attachments WHERE case_id = %"
                                   G_GINT64_FORMAT " AND position = 0", case_id);
  stored_sha256 = side_text (db, select_sha256);
  g_assert_cmpstr (stored_sha256, ==, sha256);
  g_assert_cmpint (side_int (db, "SELECT size FROM attachments WHERE position = 0"), ==,
                   sizeof content);
  g_assert_cmpint (side_int (db, "SELECT length (data) FROM attachments WHERE position = 0"), ==,
                   sizeof content);
  g_assert_cmpint (side_int (db, "SELECT typeof (data) = 'blob' FROM attachments "
                                 "WHERE position = 1"), ==, 1);
  sqlite3_close (db);

  /* Removing one and reordering is saved too. */
  g_list_store_remove (relay_case_get_attachments (loaded), 0);
  relay_attachment_set_translation_note (first, "Traduction non officielle");
  g_list_store_append (relay_case_get_attachments (loaded), first);
  save (store, loaded);
  reloaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  assert_objects_equal (G_OBJECT (loaded), G_OBJECT (reloaded));
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (relay_case_get_attachments (reloaded)), 0);
  g_assert_cmpstr (relay_attachment_get_file_name (first), ==, "empty.txt");
  g_assert_cmpuint (relay_attachment_get_size (first), ==, 0);

  /* Deleting the case deletes its attachments, content and all. */
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);

    g_assert_true (file_contains (fixture->path, "Zyrkonix") || file_contains (wal, "Zyrkonix"));
  }
  g_assert_true (relay_store_delete_case (store, relay_case_get_uuid (kase), &error));
  g_assert_no_error (error);
  db = side_open (fixture->path);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM attachments"), ==, 0);
  sqlite3_close (db);
  g_assert_finalize_object (g_steal_pointer (&store));
  assert_not_in_files (fixture->path, "Zyrkonix");
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

/* A save that fails half-way writes nothing and leaves the object alone. */
/* A save that leaves the files as they were does not write them again (a
 * word typed in the wizard must not copy 20 MB); a changed note or order
 * does. */
static void
test_case_attachments_kept (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GBytes) first_bytes = g_bytes_new_static ("first file", 10);
  g_autoptr(GBytes) second_bytes = g_bytes_new_static ("second file", 11);
  g_autoptr(RelayAttachment) first = relay_attachment_new_from_bytes ("a.txt", "text/plain", first_bytes);
  g_autoptr(RelayAttachment) second = relay_attachment_new_from_bytes ("b.txt", "text/plain", second_bytes);
  sqlite3 *db;

  g_list_store_append (relay_case_get_attachments (kase), first);
  g_list_store_append (relay_case_get_attachments (kase), second);
  save (store, kase);

  /* A trigger of the test's own counts the files written. */
  db = side_open (fixture->path);
  side_exec (db, "CREATE TABLE test_writes (n INTEGER); "
                 "CREATE TRIGGER test_count_writes AFTER INSERT ON attachments BEGIN "
                 "  INSERT INTO test_writes VALUES (1); END");

  /* Other fields change: the files are not written. */
  relay_case_set_title (kase, "Only the title changed");
  relay_case_set_context (kase, "And the context");
  save (store, kase);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM test_writes"), ==, 0);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM attachments"), ==, 2);

  /* A note changed: written again, and stored. */
  relay_attachment_set_translation_note (second, "Unofficial translation");
  save (store, kase);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM test_writes"), >, 0);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM attachments WHERE position = 1 "
                                 "AND translation_note = 'Unofficial translation'"), ==, 1);

  /* The order changed: stored in the new order. */
  g_list_store_remove (relay_case_get_attachments (kase), 0);
  g_list_store_append (relay_case_get_attachments (kase), first);
  save (store, kase);
  {
    g_autofree char *name = side_text (db, "SELECT file_name FROM attachments WHERE position = 0");

    g_assert_cmpstr (name, ==, "b.txt");
  }

  /* One removed: gone. */
  g_list_store_remove (relay_case_get_attachments (kase), 1);
  save (store, kase);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM attachments"), ==, 1);

  side_exec (db, "DROP TRIGGER test_count_writes; DROP TABLE test_writes");
  sqlite3_close (db);
}

static void
test_case_save_is_atomic (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_case ("Version one", "First account", "Ana", "Officer A");
  g_autoptr(RelayCase) loaded = NULL;
  g_autoptr(RelayCase) newcomer = make_case ("Never saved", "", "Zoe", NULL);
  g_autoptr(GDateTime) updated_at = NULL;
  GListModel *cases = relay_store_get_cases (store);
  guint n_changes = 0;
  sqlite3 *db;

  {
    g_autoptr(RelayVictim) second = relay_victim_new ();

    relay_victim_set_name (second, "Beatriz");
    g_list_store_append (relay_case_get_victims (kase), second);
  }
  save (store, kase);
  updated_at = g_date_time_ref (relay_case_get_updated_at (kase));

  /* From outside: the second victim of any save now fails. */
  db = side_open (fixture->path);
  side_exec (db,
             "CREATE TRIGGER test_fail_second_victim BEFORE INSERT ON victims "
             "WHEN new.position = 1 BEGIN SELECT RAISE (ABORT, 'test'); END");

  relay_case_set_title (kase, "Version two");
  relay_case_set_what_happened (kase, "Second account");
  {
    g_autoptr(RelayVictim) third = relay_victim_new ();

    relay_victim_set_name (third, "Carla");
    g_list_store_append (relay_case_get_victims (kase), third);
  }
  g_signal_connect (cases, "items-changed", G_CALLBACK (count_items_changed_cb), &n_changes);

  g_assert_false (relay_store_save_case (store, kase, &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The object keeps the user's edits and its old timestamps. */
  g_assert_cmpstr (relay_case_get_title (kase), ==, "Version two");
  g_assert_true (g_date_time_equal (relay_case_get_updated_at (kase), updated_at));
  g_assert_cmpuint (n_items (relay_case_get_victims (kase)), ==, 3);
  g_assert_cmpuint (n_changes, ==, 0);

  /* The database holds version one, whole. */
  loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relay_case_get_title (loaded), ==, "Version one");
  g_assert_cmpstr (relay_case_get_what_happened (loaded), ==, "First account");
  g_assert_cmpuint (n_items (relay_case_get_victims (loaded)), ==, 2);
  g_assert_true (g_date_time_equal (relay_case_get_updated_at (loaded), updated_at));
  g_assert_true (search_finds (store, "first account", kase));
  g_assert_false (search_finds (store, "second", kase));
  g_assert_false (search_finds (store, "carla", kase));
  assert_fts_in_sync (fixture->path);

  /* A new case that fails is not there at all. */
  {
    g_autoptr(RelayVictim) second = relay_victim_new ();

    g_list_store_append (relay_case_get_victims (newcomer), second);
  }
  g_assert_false (relay_store_save_case (store, newcomer, &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (relay_case_get_created_at (newcomer));
  g_assert_null (relay_store_load_case (store, relay_case_get_uuid (newcomer), &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (relay_store_count_cases (store), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 1);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM victims"), ==, 2);

  /* Once the cause is gone, the same object saves. */
  side_exec (db, "DROP TRIGGER test_fail_second_victim");
  sqlite3_close (db);
  save (store, kase);
  g_clear_object (&loaded);
  loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  assert_objects_equal (G_OBJECT (kase), G_OBJECT (loaded));
  g_assert_cmpuint (n_changes, >, 0);

  g_signal_handlers_disconnect_by_func (cases, G_CALLBACK (count_items_changed_cb), &n_changes);
}

static void
test_case_busy (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_case ("Busy", "", NULL, NULL);
  sqlite3 *db = side_open (fixture->path);

  side_exec (db, "BEGIN IMMEDIATE");

  g_assert_false (relay_store_save_case (store, kase, &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_BUSY);
  g_assert_null (relay_case_get_updated_at (kase));

  side_exec (db, "ROLLBACK");
  sqlite3_close (db);

  save (store, kase);
}

/*
 * Full-text search
 */

static void
test_search_accents (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) spanish = make_case ("Expulsión de defensores",
                                            "La policía detuvo a los defensores en Bogotá.",
                                            "José Pérez", "Policía Nacional");
  g_autoptr(RelayCase) french = make_case ("Arrestation de défenseurs",
                                           "Les défenseurs ont été arrêtés à Lomé.",
                                           "Élodie Dubois", "Gendarmerie");
  g_autoptr(RelayCase) plain = make_case ("Perez family", "Expulsion without accents", NULL, NULL);

  save (store, spanish);
  save (store, french);
  save (store, plain);

  /* Accented text, plain query. */
  g_assert_true (search_finds (store, "expulsion", spanish));
  g_assert_true (search_finds (store, "defenseurs", french));
  g_assert_true (search_finds (store, "elodie", french));
  g_assert_true (search_finds (store, "lome", french));
  g_assert_true (search_finds (store, "policia", spanish));

  /* Accented query, plain text, and both. */
  g_assert_true (search_finds (store, "Pérez", plain));
  g_assert_true (search_finds (store, "Pérez", spanish));
  g_assert_true (search_finds (store, "PEREZ", spanish));
  g_assert_true (search_finds (store, "expulsión", plain));
  g_assert_true (search_finds (store, "Défenseurs", french));
  /* A query typed with a combining accent. */
  g_assert_true (search_finds (store, "Pe\xcc\x81rez", spanish));

  /* Prefixes, and all words must match. */
  g_assert_true (search_finds (store, "expul", spanish));
  g_assert_true (search_finds (store, "défens arrest", french));
  g_assert_false (search_finds (store, "défenseurs expulsion", french));
  g_assert_cmpuint (search_count (store, "défenseurs expulsion"), ==, 0);
  g_assert_cmpuint (search_count (store, "expulsion"), ==, 2);
  g_assert_cmpuint (search_count (store, "gendarmerie"), ==, 1);
  g_assert_cmpuint (search_count (store, "nothing-like-this"), ==, 0);
}

static void
test_search_ranking (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) weak = make_case ("Land dispute",
                                         "A long account of many things, among them one "
                                         "mention of a journalist, and much else besides "
                                         "that has nothing to do with it at all.",
                                         NULL, NULL);
  g_autoptr(RelayCase) strong = make_case ("Journalist detained", "Journalist held.", NULL, NULL);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(RelayCaseSummary) first = NULL;

  save (store, strong);
  save (store, weak);

  results = relay_store_search (store, "journalist", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (relay_case_summary_get_uuid (first), ==, relay_case_get_uuid (strong));
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs relay_store_search_async() to its end. */
static GListModel *
search_on_worker (RelayStore   *store,
                  const char   *text,
                  GCancellable *cancellable,
                  GError      **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_store_search_async (store, text, cancellable, search_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return relay_store_search_finish (store, result, error);
}

static void
assert_same_results (GListModel *a,
                     GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));

  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(RelayCaseSummary) x = g_list_model_get_item (a, i);
      g_autoptr(RelayCaseSummary) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (relay_case_summary_get_uuid (x), ==, relay_case_summary_get_uuid (y));
    }
}

/* The search on a worker finds what the search on the store's own
 * connection finds, in the same order; it sees the last save; a cancelled
 * one gives no results. */
static void
test_search_on_worker (Fixture       *fixture,
                       gconstpointer  data)
{
  static const char * const queries[] = {
    "journalist", "JOURNALIST det", "pérez", "perez", "", "a", "\"NEAR(", "nothing-like-this",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) first = make_case ("Journalist detained", "Journalist held.", "Ana Pérez", NULL);
  g_autoptr(RelayCase) second = make_case ("Land dispute", "A journalist saw it.", NULL, "Capitán Ruiz");
  g_autoptr(RelayCase) third = make_case ("Threats", "Nothing of the press.", NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GListModel) cancelled = NULL;

  save (store, first);
  save (store, second);
  save (store, third);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr(GListModel) here = relay_store_search (store, queries[i], &error);
      g_autoptr(GListModel) there = NULL;

      g_assert_no_error (error);
      there = search_on_worker (store, queries[i], NULL, &error);
      g_assert_no_error (error);
      assert_same_results (here, there);
    }

  /* A save is seen by the next search. */
  relay_case_set_title (third, "Threats against a journalist");
  save (store, third);
  {
    g_autoptr(GListModel) there = search_on_worker (store, "journalist", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (there), ==, 3);
  }

  g_cancellable_cancel (cancellable);
  cancelled = search_on_worker (store, "journalist", cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled);

  /* The store, and its worker's connection, close: once the worker has
   * let go of its last search, which it may do a moment after the result
   * came. */
  {
    gpointer weak = store;

    g_object_add_weak_pointer (G_OBJECT (store), &weak);
    g_clear_object (&store);
    relay_test_wait_for (is_null, &weak, 5);
  }
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

/* Results stay true to the cases while they are shown: a saved case is
 * read again in place, a deleted one leaves; the same search made again
 * is seen to be the same. */
static void
test_search_results_follow_cases (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) first = make_case ("Journalist detained", "Journalist held.", NULL, NULL);
  g_autoptr(RelayCase) second = make_case ("Journalist threatened", "Calls at night.", NULL, NULL);
  g_autoptr(RelayCase) other = make_case ("Land dispute", "Fences.", NULL, NULL);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GListModel) different = NULL;
  guint n_changes = 0;

  save (store, first);
  save (store, second);
  save (store, other);

  results = relay_store_search (store, "journalist", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  g_signal_connect (results, "items-changed", G_CALLBACK (count_changes_cb), &n_changes);

  /* A case of the results changes: its row says so at once. */
  relay_case_set_title (first, "Journalist detained again");
  save (store, first);
  g_assert_cmpuint (n_changes, ==, 1);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (results, i);

      if (g_str_equal (relay_case_summary_get_uuid (summary), relay_case_get_uuid (first)))
        g_assert_cmpstr (relay_case_summary_get_title (summary), ==, "Journalist detained again");
    }

  /* Another case changes: the results do not. */
  relay_case_set_context (other, "A new context");
  save (store, other);
  g_assert_cmpuint (n_changes, ==, 1);

  /* A case is found in a list without reading its rows. */
  g_assert_cmpuint (relay_store_find_case (store, results, relay_case_get_uuid (second)), <, 2);
  g_assert_cmpuint (relay_store_find_case (store, results, relay_case_get_uuid (other)), ==, G_MAXUINT);
  g_assert_cmpuint (relay_store_find_case (store, relay_store_get_cases (store),
                                           relay_case_get_uuid (other)), ==, 0);
  g_assert_cmpuint (relay_store_find_case (store, relay_store_get_cases (store), "no-such-case"),
                    ==, G_MAXUINT);

  /* Made again, the search finds the same; a different one does not. */
  again = relay_store_search (store, "journalist", &error);
  g_assert_no_error (error);
  g_assert_true (relay_store_same_results (results, again));
  different = relay_store_search (store, "threatened", &error);
  g_assert_no_error (error);
  g_assert_false (relay_store_same_results (results, different));

  /* A deleted case leaves the results. */
  g_assert_true (relay_store_delete_case (store, relay_case_get_uuid (second), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (again), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (different), ==, 0);

  /* Results outliving their store keep it until they go. */
  g_clear_object (&again);
  g_clear_object (&different);
  g_signal_handlers_disconnect_by_func (results, count_changes_cb, &n_changes);
  g_clear_object (&store);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
}

static void
test_search_follows_changes (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_case ("Desaparición forzada", "Contexto inicial",
                                         "Ana Gómez", "Capitán Ruiz");
  g_autoptr(RelayVictim) victim = NULL;

  relay_case_set_context (kase, "Ley de seguridad ciudadana");
  save (store, kase);
  assert_fts_in_sync (fixture->path);
  g_assert_true (search_finds (store, "gomez", kase));
  g_assert_true (search_finds (store, "ruiz", kase));
  g_assert_true (search_finds (store, "ciudadana", kase));

  /* Rename the victim. */
  victim = g_list_model_get_item (G_LIST_MODEL (relay_case_get_victims (kase)), 0);
  relay_victim_set_name (victim, "Beatriz Núñez");
  save (store, kase);
  assert_fts_in_sync (fixture->path);
  g_assert_false (search_finds (store, "gomez", kase));
  g_assert_true (search_finds (store, "nunez", kase));

  /* Group names are found too. */
  relay_victim_set_group_name (victim, "Comité de familiares");
  save (store, kase);
  g_assert_true (search_finds (store, "comite", kase));

  /* Drop the perpetrator, change the title and context. */
  g_list_store_remove_all (relay_case_get_perpetrators (kase));
  relay_case_set_title (kase, "Detención arbitraria");
  relay_case_set_context (kase, "");
  save (store, kase);
  assert_fts_in_sync (fixture->path);
  g_assert_false (search_finds (store, "ruiz", kase));
  g_assert_false (search_finds (store, "desaparicion", kase));
  g_assert_false (search_finds (store, "ciudadana", kase));
  g_assert_true (search_finds (store, "detencion", kase));

  /* Fields outside the index do not disturb it. */
  relay_case_set_status (kase, RELAY_CASE_STATUS_SENT);
  save (store, kase);
  assert_fts_in_sync (fixture->path);
  g_assert_true (search_finds (store, "arbitraria", kase));

  g_assert_true (relay_store_delete_case (store, relay_case_get_uuid (kase), &error));
  g_assert_no_error (error);
  assert_fts_in_sync (fixture->path);
  g_assert_cmpuint (search_count (store, "nunez"), ==, 0);
  g_assert_cmpuint (search_count (store, "detencion"), ==, 0);
}

static void
test_search_hostile_input (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *inputs[] = {
    "", " ", "\t\n", "\"", "\"\"", "\"unterminated", "'", "*", "**", "(", ")", "()",
    "NEAR", "NEAR(a b)", "NEAR(\"a\" \"b\", 2)", "a OR b", "AND", "OR", "NOT", "a NOT b",
    "title:secret", "{title context}:x", "^start", "-minus", "+plus", "a\"b", "a\"\"b",
    "\\", "%", "_", "'; DROP TABLE cases; --", "victims MATCH 'x'", "\xff\xfe invalid",
    "✊🏽", "…", "l'expulsion", "case_fts", "rank", "*defensores", "defensores*",
    ":", "col:", "a:b:c", "((((((", "\"\"\"\"\"", "a AND", "AND a", "a + b",
  };
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_case ("Expulsión de defensores", "L'expulsion", "José", NULL);
  g_autoptr(GString) long_input = g_string_new (NULL);

  save (store, kase);

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) results = relay_store_search (store, inputs[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (results);
      g_assert_cmpuint (g_list_model_get_n_items (results), <=, 1);
    }

  for (guint i = 0; i < 2000; i++)
    g_string_append (long_input, "défenseur\" (NEAR ");
  g_assert_cmpuint (search_count (store, long_input->str), ==, 0);

  /* Text without words gives every case, like no text. */
  g_assert_cmpuint (search_count (store, NULL), ==, 1);
  g_assert_cmpuint (search_count (store, ""), ==, 1);
  g_assert_cmpuint (search_count (store, "\" ( ) *"), ==, 1);

  /* Syntax-looking words are plain words. */
  g_assert_true (search_finds (store, "defensores*", kase));
  g_assert_true (search_finds (store, "(defensores)", kase));
  g_assert_true (search_finds (store, "\"expulsion", kase));
  /* One letter alone is not looked for: it matches everything. */
  g_assert_true (search_finds (store, "expulsion x", kase));
  g_assert_true (search_finds (store, "l'expulsion", kase));
  g_assert_false (search_finds (store, "defensores OR nothing", kase));
}

/*
 * The list of cases
 */

typedef struct
{
  GPtrArray *uuids;
  guint n_signals;
} Mirror;

static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Mirror     *mirror)
{
  mirror->n_signals++;

  g_assert_cmpuint (position + removed, <=, mirror->uuids->len);
  g_ptr_array_remove_range (mirror->uuids, position, removed);

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (mirror->uuids, position + i,
                          g_strdup (relay_case_summary_get_uuid (summary)));
    }
}

/* The mirror, built only from items-changed, matches the model, and the
 * model matches the database.
 */
static void
assert_list (RelayStore  *store,
             Mirror      *mirror,
             RelayCase  **expected,
             guint        n_expected)
{
  GListModel *cases = relay_store_get_cases (store);

  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, n_expected);
  g_assert_cmpuint (mirror->uuids->len, ==, n_expected);
  g_assert_cmpuint (relay_store_count_cases (store), ==, n_expected);

  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (cases, i);

      const char *uuid = relay_case_get_uuid (expected[i]);

      g_assert_cmpstr (relay_case_summary_get_uuid (summary), ==, uuid);
      g_assert_cmpstr (g_ptr_array_index (mirror->uuids, i), ==, uuid);
      g_assert_cmpstr (relay_case_summary_get_title (summary), ==,
                       relay_case_get_title (expected[i]));
      g_assert_true (g_date_time_equal (relay_case_summary_get_updated_at (summary),
                                        relay_case_get_updated_at (expected[i])));
    }
}

static void
test_list_order_and_signals (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) a = make_case ("A", "", NULL, NULL);
  g_autoptr(RelayCase) b = make_case ("B", "", NULL, NULL);
  g_autoptr(RelayCase) c = make_case ("C", "", NULL, NULL);
  GListModel *cases = relay_store_get_cases (store);
  Mirror mirror = { g_ptr_array_new_with_free_func (g_free), 0 };
  guint before;

  g_assert_true (g_list_model_get_item_type (cases) == RELAY_TYPE_CASE_SUMMARY);
  g_signal_connect (cases, "items-changed", G_CALLBACK (mirror_items_changed_cb), &mirror);

  assert_list (store, &mirror, NULL, 0);

  before = mirror.n_signals;
  save (store, a);
  g_assert_cmpuint (mirror.n_signals, >, before);
  assert_list (store, &mirror, (RelayCase *[]) { a }, 1);

  save (store, b);
  save (store, c);
  assert_list (store, &mirror, (RelayCase *[]) { c, b, a }, 3);

  /* Saving the oldest case brings it to the top, even within one second. */
  relay_case_set_title (a, "A, edited");
  before = mirror.n_signals;
  save (store, a);
  g_assert_cmpuint (mirror.n_signals, >, before);
  assert_list (store, &mirror, (RelayCase *[]) { a, c, b }, 3);

  relay_case_set_status (b, RELAY_CASE_STATUS_READY);
  save (store, b);
  assert_list (store, &mirror, (RelayCase *[]) { b, a, c }, 3);

  before = mirror.n_signals;
  g_assert_true (relay_store_delete_case (store, relay_case_get_uuid (a), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mirror.n_signals, >, before);
  assert_list (store, &mirror, (RelayCase *[]) { b, c }, 2);

  /* A failed delete changes nothing. */
  before = mirror.n_signals;
  g_assert_false (relay_store_delete_case (store, relay_case_get_uuid (a), &error));
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (mirror.n_signals, ==, before);

  /* A reopened store lists the same, in the same order. */
  g_signal_handlers_disconnect_by_func (cases, mirror_items_changed_cb, &mirror);
  g_assert_finalize_object (g_steal_pointer (&store));
  store = open_store (fixture->path);
  g_ptr_array_set_size (mirror.uuids, 0);
  g_signal_connect (relay_store_get_cases (store), "items-changed",
                    G_CALLBACK (mirror_items_changed_cb), &mirror);
  g_ptr_array_add (mirror.uuids, g_strdup (relay_case_get_uuid (b)));
  g_ptr_array_add (mirror.uuids, g_strdup (relay_case_get_uuid (c)));
  assert_list (store, &mirror, (RelayCase *[]) { b, c }, 2);

  g_signal_handlers_disconnect_by_func (relay_store_get_cases (store), mirror_items_changed_cb,
                                        &mirror);
  g_ptr_array_unref (mirror.uuids);
}

/*
 * The user's own mandate addresses
 */

static char *
dup_email (RelayStore *store,
           const char *mandate_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) emails = relay_store_dup_mandate_emails (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (emails);

  return g_strdup (g_hash_table_lookup (emails, mandate_id));
}

static void
test_mandate_emails_round_trip (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(GHashTable) emails = NULL;
  g_autofree char *email = NULL;
  g_autofree char *updated_at = NULL;
  sqlite3 *db;

  emails = relay_store_dup_mandate_emails (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (emails), ==, 0);
  g_clear_pointer (&emails, g_hash_table_unref);

  g_assert_true (relay_store_set_mandate_email (store, "sr-hrd", "first@example.org", &error));
  g_assert_no_error (error);
  g_assert_true (relay_store_set_mandate_email (store, "wg-arbitrary-detention",
                                                "wgad@example.org", &error));
  g_assert_no_error (error);

  /* A second address replaces the first. */
  g_assert_true (relay_store_set_mandate_email (store, "sr-hrd", "second@example.org", &error));
  g_assert_no_error (error);

  emails = relay_store_dup_mandate_emails (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (emails), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (emails, "sr-hrd"), ==, "second@example.org");
  g_assert_cmpstr (g_hash_table_lookup (emails, "wg-arbitrary-detention"), ==, "wgad@example.org");
  g_clear_pointer (&emails, g_hash_table_unref);

  db = side_open (fixture->path);
  updated_at = side_text (db, "SELECT updated_at FROM mandate_emails WHERE mandate_id = 'sr-hrd'");
  sqlite3_close (db);
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$",
                                       updated_at, 0, 0));

  /* Kept across a restart. */
  g_assert_finalize_object (g_steal_pointer (&store));
  store = open_store (fixture->path);
  email = dup_email (store, "sr-hrd");
  g_assert_cmpstr (email, ==, "second@example.org");
  g_clear_pointer (&email, g_free);

  /* NULL and "" both remove; removing what is not there is no error. */
  g_assert_true (relay_store_set_mandate_email (store, "sr-hrd", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (relay_store_set_mandate_email (store, "wg-arbitrary-detention", "", &error));
  g_assert_no_error (error);
  g_assert_true (relay_store_set_mandate_email (store, "sr-unknown", NULL, &error));
  g_assert_no_error (error);

  emails = relay_store_dup_mandate_emails (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (emails), ==, 0);
}

static void
test_mandate_emails_apart_from_cases (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(RelayCase) kase = make_full_case (1);
  g_autofree char *email = NULL;

  save (store, kase);
  g_assert_true (relay_store_set_mandate_email (store, "sr-torture", "t@example.org", &error));
  g_assert_no_error (error);

  /* Deleting cases leaves the addresses, and the reverse. */
  relay_store_delete_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  email = dup_email (store, "sr-torture");
  g_assert_cmpstr (email, ==, "t@example.org");

  g_clear_object (&kase);
  kase = make_full_case (2);
  save (store, kase);
  g_assert_true (relay_store_set_mandate_email (store, "sr-torture", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (relay_store_count_cases (store), ==, 1);
}

static void
test_mandate_emails_preconditions (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(RelayStore) store = open_store (fixture->path);

  g_test_expect_message ("relay-store", G_LOG_LEVEL_CRITICAL, "*mandate_id != NULL*");
  g_assert_false (relay_store_set_mandate_email (store, NULL, "a@example.org", NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("relay-store", G_LOG_LEVEL_CRITICAL, "*mandate_id != NULL*");
  g_assert_false (relay_store_set_mandate_email (store, "", "a@example.org", NULL));
  g_test_assert_expected_messages ();
}


typedef struct
{
  guint position, removed, added;
} Change;

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GArray     *changes)
{
  Change change = { position, removed, added };

  g_array_append_val (changes, change);
}

static void
assert_change (GArray *changes,
               guint   index,
               guint   position,
               guint   removed,
               guint   added)
{
  Change *change;

  g_assert_cmpuint (changes->len, >, index);
  change = &g_array_index (changes, Change, index);
  g_assert_cmpuint (change->position, ==, position);
  g_assert_cmpuint (change->removed, ==, removed);
  g_assert_cmpuint (change->added, ==, added);
}

/* The list holds ids and reads rows when asked: a save moves one row to the
 * front, a delete takes one out, each with precise items-changed, whatever
 * the number of cases; search results do the same and outlive the caller's
 * reference to the store. */
static void
test_list_lazy_rows (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = open_store (fixture->path);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_autoptr(GPtrArray) kases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(RelayCaseSummary) first = NULL;
  GListModel *cases = relay_store_get_cases (store);
  RelayCase *middle;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Lazy case %u", i);
      RelayCase *kase = make_case (title, "Cattle were seized at dawn", NULL, NULL);

      save (store, kase);
      g_ptr_array_add (kases, kase);
    }
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 60);

  g_signal_connect (cases, "items-changed", G_CALLBACK (record_change_cb), changes);

  /* Case 29 is at position 30 (newest first); saving it moves it to 0. */
  middle = g_ptr_array_index (kases, 29);
  relay_case_set_title (middle, "Lazy case moved");
  save (store, middle);
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, 30, 1, 0);
  assert_change (changes, 1, 0, 0, 1);
  first = g_list_model_get_item (cases, 0);
  g_assert_cmpstr (relay_case_summary_get_uuid (first), ==, relay_case_get_uuid (middle));
  g_assert_cmpstr (relay_case_summary_get_title (first), ==, "Lazy case moved");
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 60);

  /* Saving the first case again changes that row in place. */
  g_array_set_size (changes, 0);
  relay_case_set_title (middle, "Lazy case moved again");
  save (store, middle);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 0, 1, 1);
  g_clear_object (&first);
  first = g_list_model_get_item (cases, 0);
  g_assert_cmpstr (relay_case_summary_get_title (first), ==, "Lazy case moved again");

  /* Deleting case 55 (position 5) takes out that row only. */
  g_array_set_size (changes, 0);
  relay_store_delete_case (store, relay_case_get_uuid (g_ptr_array_index (kases, 55)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  assert_change (changes, 0, 5, 1, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 59);
  g_assert_null (g_list_model_get_item (cases, 59));

  g_signal_handlers_disconnect_by_func (cases, record_change_cb, changes);

  /* Search results read their rows after the caller let go of the store. */
  results = relay_store_search (store, "cattle", &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 59);
  for (guint i = 0; i < 59; i++)
    {
      g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (results, i);

      g_assert_true (g_str_has_prefix (relay_case_summary_get_title (summary), "Lazy case"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int result;

  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");

  /* The default path must land in a private folder, never the user's own
   * data: set XDG_DATA_HOME before anything reads it.
   */
  data_home = g_dir_make_tmp ("relay-test-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/core/store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/core/store/open/default-path-modes", test_open_default_path);
  ADD ("open/new-file-modes", test_open_new_file_mode);
  ADD ("open/migrates-once", test_open_migrates_once);
  ADD ("open/empty-file", test_open_empty_file);
  ADD ("open/damaged-pages", test_open_damaged_pages);
  ADD ("open/damaged-later-pages", test_open_damaged_later_pages);
  ADD ("open/random-bytes", test_open_random_bytes);
  ADD ("open/too-new", test_open_too_new);
  ADD ("open/foreign-database", test_open_foreign_database);
  ADD ("open/folder-is-a-file", test_open_folder_is_a_file);
  ADD ("open/migrates-from-1", test_open_migrates_from_1);
  ADD ("open/failed-migration-changes-nothing", test_open_failed_migration_changes_nothing);
  ADD ("case/round-trip", test_case_round_trip);
  ADD ("case/every-value", test_case_every_value);
  ADD ("case/defaults", test_case_defaults_round_trip);
  ADD ("case/timestamps", test_case_timestamps);
  ADD ("case/not-found", test_case_not_found);
  ADD ("case/delete-cascades", test_case_delete_cascades);
  ADD ("case/attachments", test_case_attachments);
  ADD ("case/attachments-kept", test_case_attachments_kept);
  ADD ("case/save-is-atomic", test_case_save_is_atomic);
  ADD ("case/busy", test_case_busy);
  ADD ("search/accents", test_search_accents);
  ADD ("search/ranking", test_search_ranking);
  ADD ("search/follows-changes", test_search_follows_changes);
  ADD ("search/on-worker", test_search_on_worker);
  ADD ("search/results-follow-cases", test_search_results_follow_cases);
  ADD ("search/hostile-input", test_search_hostile_input);
  ADD ("list/order-and-signals", test_list_order_and_signals);
  ADD ("list/lazy-rows", test_list_lazy_rows);
  ADD ("mandate-emails/round-trip", test_mandate_emails_round_trip);
  ADD ("mandate-emails/apart-from-cases", test_mandate_emails_apart_from_cases);
  ADD ("mandate-emails/preconditions", test_mandate_emails_preconditions);

#undef ADD

  result = g_test_run ();

  relay_test_remove_tree (data_home);

  return result;
}
