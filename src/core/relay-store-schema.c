/* relay-store-schema.c
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
 * Migrations
 *
 * migrations[N] takes a database from PRAGMA user_version N to N + 1. Each
 * step runs in one transaction together with the user_version bump, so a
 * database is always at one version or the next, never in between.
 *
 * Never edit a step that was released: add a new one. Text columns holding an
 * enumeration store the value nicks of relay-types.h and CHECK them; child rows
 * keep the order of the case's lists in "position"; every child goes with its
 * case (ON DELETE CASCADE).
 */

static const char * const migrations[] = {
  /* 0 -> 1: the first schema. */
  "PRAGMA application_id = 1380729177;\n" /* RELAY_STORE_APPLICATION_ID */

  "CREATE TABLE cases (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) BETWEEN 1 AND 64),\n"
  "  title TEXT NOT NULL DEFAULT '',\n"
  "  kind TEXT NOT NULL DEFAULT 'urgent-appeal'\n"
  "    CHECK (kind IN ('urgent-appeal', 'allegation', 'law-policy', 'reprisal')),\n"
  "  status TEXT NOT NULL DEFAULT 'draft'\n"
  "    CHECK (status IN ('draft', 'ready', 'sent', 'acknowledged', 'communication-sent',\n"
  "                      'reply-received', 'published', 'closed')),\n"
  "  country TEXT NOT NULL DEFAULT '',\n"
  "  language TEXT NOT NULL DEFAULT 'en',\n"
  "  urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),\n"
  "  why_now TEXT NOT NULL DEFAULT '',\n"
  "  what_happened TEXT NOT NULL DEFAULT '',\n"
  "  context TEXT NOT NULL DEFAULT '',\n"
  "  action_taken TEXT NOT NULL DEFAULT '',\n"
  "  action_requested TEXT NOT NULL DEFAULT '',\n"
  "  press_release INTEGER NOT NULL DEFAULT 0 CHECK (press_release IN (0, 1)),\n"
  "  press_release_reason TEXT NOT NULL DEFAULT '',\n"
  "  joint_action_note TEXT NOT NULL DEFAULT '',\n"
  "  confidential_note TEXT NOT NULL DEFAULT '',\n"
  "  sender_name TEXT NOT NULL DEFAULT '',\n"
  "  sender_organisation TEXT NOT NULL DEFAULT '',\n"
  "  sender_email TEXT NOT NULL DEFAULT '',\n"
  "  sender_phone TEXT NOT NULL DEFAULT '',\n"
  "  sender_address TEXT NOT NULL DEFAULT '',\n"
  "  sender_relationship TEXT NOT NULL DEFAULT '',\n"
  "  sender_confidential INTEGER NOT NULL DEFAULT 1 CHECK (sender_confidential IN (0, 1)),\n"
  "  created_at TEXT NOT NULL,\n"
  "  updated_at TEXT NOT NULL,\n"
  "  submitted_at TEXT,\n"
  /* Orders saves made within the same second (updated_at has seconds). */
  "  change_seq INTEGER NOT NULL DEFAULT 0\n"
  ");\n"
  "CREATE INDEX cases_updated_at_idx ON cases (updated_at DESC, change_seq DESC);\n"

  "CREATE TABLE victims (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  name TEXT NOT NULL DEFAULT '',\n"
  "  age INTEGER NOT NULL DEFAULT -1 CHECK (age >= -1),\n"
  "  gender TEXT NOT NULL DEFAULT '',\n"
  "  origin TEXT NOT NULL DEFAULT '',\n"
  "  residence TEXT NOT NULL DEFAULT '',\n"
  "  group_name TEXT NOT NULL DEFAULT '',\n"
  "  is_group INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),\n"
  "  group_size INTEGER NOT NULL DEFAULT 0 CHECK (group_size >= 0),\n"
  "  consent_government TEXT NOT NULL DEFAULT 'unknown'\n"
  "    CHECK (consent_government IN ('unknown', 'yes', 'no')),\n"
  "  consent_public TEXT NOT NULL DEFAULT 'unknown'\n"
  "    CHECK (consent_public IN ('unknown', 'yes', 'no')),\n"
  "  name_form TEXT NOT NULL DEFAULT 'initials' CHECK (name_form IN ('full', 'initials')),\n"
  "  consent_given_by TEXT NOT NULL DEFAULT 'unknown'\n"
  "    CHECK (consent_given_by IN ('unknown', 'victim', 'family', 'lawyer', 'representative')),\n"
  "  consent_method TEXT NOT NULL DEFAULT 'unknown'\n"
  "    CHECK (consent_method IN ('unknown', 'oral', 'written')),\n"
  "  consent_date TEXT NOT NULL DEFAULT '',\n"
  "  consent_withdrawn TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE UNIQUE INDEX victims_case_id_idx ON victims (case_id, position);\n"

  "CREATE TABLE perpetrators (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  name TEXT NOT NULL DEFAULT '',\n"
  "  function TEXT NOT NULL DEFAULT '',\n"
  "  institution TEXT NOT NULL DEFAULT '',\n"
  "  motive TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE UNIQUE INDEX perpetrators_case_id_idx ON perpetrators (case_id, position);\n"

  "CREATE TABLE incidents (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  date TEXT NOT NULL DEFAULT '',\n"
  "  precision TEXT NOT NULL DEFAULT 'day'\n"
  "    CHECK (precision IN ('day', 'month', 'year', 'approximate')),\n"
  "  place TEXT NOT NULL DEFAULT '',\n"
  "  description TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE UNIQUE INDEX incidents_case_id_idx ON incidents (case_id, position);\n"

  "CREATE TABLE sources (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  kind TEXT NOT NULL DEFAULT 'first-hand'\n"
  "    CHECK (kind IN ('first-hand', 'witness', 'document', 'media', 'other')),\n"
  "  description TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE UNIQUE INDEX sources_case_id_idx ON sources (case_id, position);\n"

  "CREATE TABLE case_mandates (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  mandate_id TEXT NOT NULL DEFAULT '',\n"
  "  role TEXT NOT NULL DEFAULT 'lead' CHECK (role IN ('lead', 'joint'))\n"
  ");\n"
  "CREATE UNIQUE INDEX case_mandates_case_id_idx ON case_mandates (case_id, position);\n"

  "CREATE TABLE attachments (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  file_name TEXT NOT NULL,\n"
  "  mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',\n"
  "  size INTEGER NOT NULL CHECK (size >= 0),\n"
  "  sha256 TEXT NOT NULL CHECK (length (sha256) = 64),\n"
  "  data BLOB NOT NULL,\n"
  "  translation_note TEXT NOT NULL DEFAULT '',\n"
  "  added_at TEXT NOT NULL\n"
  ");\n"
  "CREATE UNIQUE INDEX attachments_case_id_idx ON attachments (case_id, position);\n"

  "CREATE TABLE timeline (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  position INTEGER NOT NULL,\n"
  "  date TEXT NOT NULL DEFAULT '',\n"
  "  kind TEXT NOT NULL DEFAULT 'note'\n"
  "    CHECK (kind IN ('submitted', 'acknowledged', 'follow-up-sent', 'communication-sent',\n"
  "                    'government-reply', 'published', 'note')),\n"
  "  reference TEXT NOT NULL DEFAULT '',\n"
  "  note TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE UNIQUE INDEX timeline_case_id_idx ON timeline (case_id, position);\n"

  /* The calendar. case_id is optional: bundled and feed events belong to no case. */
  "CREATE TABLE events (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uuid TEXT NOT NULL UNIQUE,\n"
  "  kind TEXT NOT NULL DEFAULT 'custom'\n"
  "    CHECK (kind IN ('call-for-input', 'country-visit', 'session', 'reprisals-report',\n"
  "                    'follow-up', 'custom')),\n"
  "  title TEXT NOT NULL DEFAULT '',\n"
  "  start_date TEXT NOT NULL,\n"
  "  end_date TEXT,\n"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  mandate_id TEXT,\n"
  "  url TEXT NOT NULL DEFAULT '',\n"
  "  note TEXT NOT NULL DEFAULT '',\n"
  "  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),\n"
  "  origin TEXT NOT NULL DEFAULT 'user'\n"
  "    CHECK (origin IN ('computed', 'bundled', 'user', 'feed'))\n"
  ");\n"
  "CREATE INDEX events_case_id_idx ON events (case_id);\n"
  "CREATE INDEX events_start_date_idx ON events (start_date);\n"

  /* Every message goes through here before it is sent, so nothing is lost
   * when sending fails. A case's messages go with it.
   */
  "CREATE TABLE outbox (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  recipients TEXT NOT NULL,\n"
  "  subject TEXT NOT NULL DEFAULT '',\n"
  "  message BLOB NOT NULL,\n"
  "  status TEXT NOT NULL DEFAULT 'queued'\n"
  "    CHECK (status IN ('queued', 'sending', 'sent', 'failed')),\n"
  "  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),\n"
  "  last_error TEXT NOT NULL DEFAULT '',\n"
  "  created_at TEXT NOT NULL,\n"
  "  sent_at TEXT\n"
  ");\n"
  "CREATE INDEX outbox_case_id_idx ON outbox (case_id);\n"
  "CREATE INDEX outbox_status_idx ON outbox (status);\n"

  /* Full-text search. The view gives the indexed text of each case; the
   * triggers rebuild a case's row from it whenever that text may have
   * changed, so the index cannot drift from the tables. A case deleted
   * by cascade first loses its victims and perpetrators (their triggers
   * find no case and insert nothing), then its own row.
   */
  "CREATE VIEW case_fts_source (id, title, what_happened, context, victims, perpetrators) AS\n"
  "  SELECT c.id, c.title, c.what_happened, c.context,\n"
  "         (SELECT group_concat (t, ' ') FROM\n"
  "            (SELECT v.name || ' ' || v.group_name AS t FROM victims AS v\n"
  "             WHERE v.case_id = c.id ORDER BY v.position)),\n"
  "         (SELECT group_concat (t, ' ') FROM\n"
  "            (SELECT p.name || ' ' || p.institution AS t FROM perpetrators AS p\n"
  "             WHERE p.case_id = c.id ORDER BY p.position))\n"
  "  FROM cases AS c;\n"

  "CREATE VIRTUAL TABLE case_fts USING fts5 (\n"
  "  title, what_happened, context, victims, perpetrators,\n"
  "  tokenize = 'unicode61 remove_diacritics 2'\n"
  ");\n"

  "CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id = new.id;\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_update\n"
  "  AFTER UPDATE OF id, title, what_happened, context ON cases BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = old.id;\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id = new.id;\n"
  "END;\n"
  "CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = old.id;\n"
  "END;\n"

  "CREATE TRIGGER victims_fts_insert AFTER INSERT ON victims BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = new.case_id;\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER victims_fts_update\n"
  "  AFTER UPDATE OF case_id, position, name, group_name ON victims BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid IN (old.case_id, new.case_id);\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id IN (old.case_id, new.case_id);\n"
  "END;\n"
  "CREATE TRIGGER victims_fts_delete AFTER DELETE ON victims BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = old.case_id;\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id = old.case_id;\n"
  "END;\n"

  "CREATE TRIGGER perpetrators_fts_insert AFTER INSERT ON perpetrators BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = new.case_id;\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id = new.case_id;\n"
  "END;\n"
  "CREATE TRIGGER perpetrators_fts_update\n"
  "  AFTER UPDATE OF case_id, position, name, institution ON perpetrators BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid IN (old.case_id, new.case_id);\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id IN (old.case_id, new.case_id);\n"
  "END;\n"
  "CREATE TRIGGER perpetrators_fts_delete AFTER DELETE ON perpetrators BEGIN\n"
  "  DELETE FROM case_fts WHERE rowid = old.case_id;\n"
  "  INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "    SELECT * FROM case_fts_source WHERE id = old.case_id;\n"
  "END;\n",

  /* 1 -> 2: the e-mail addresses the user gave for mandates of the directory.
   * They override the directory's own and outlive its updates.
   */
  "CREATE TABLE mandate_emails (\n"
  "  mandate_id TEXT PRIMARY KEY CHECK (length (mandate_id) BETWEEN 1 AND 200),\n"
  "  email TEXT NOT NULL CHECK (length (email) BETWEEN 1 AND 254),\n"
  "  updated_at TEXT NOT NULL\n"
  ");\n",

  /* 2 -> 3: the page of the submission wizard where a draft was left. */
  "ALTER TABLE cases ADD COLUMN draft_page TEXT NOT NULL DEFAULT '';\n",

  /* 3 -> 4: what the experts did after a submission (the mandate that
   * acknowledged it, the communication's type, its reply deadline, links),
   * and the outbox as sending needs it. No version before 4 wrote to the
   * outbox, so it is replaced rather than altered.
   */
  "ALTER TABLE timeline ADD COLUMN mandate_id TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE timeline ADD COLUMN communication_type TEXT NOT NULL DEFAULT 'none'\n"
  "  CHECK (communication_type IN ('none', 'urgent-appeal', 'allegation', 'other-letter'));\n"
  "ALTER TABLE timeline ADD COLUMN deadline TEXT NOT NULL DEFAULT '';\n"
  "ALTER TABLE timeline ADD COLUMN url TEXT NOT NULL DEFAULT '';\n"

  "DROP TABLE outbox;\n"
  "CREATE TABLE outbox (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  message_id TEXT NOT NULL UNIQUE CHECK (length (message_id) BETWEEN 3 AND 250),\n"
  "  sender TEXT NOT NULL,\n"
  "  recipients TEXT NOT NULL,\n"
  "  subject TEXT NOT NULL DEFAULT '',\n"
  "  message BLOB NOT NULL,\n"
  "  sha256 TEXT NOT NULL CHECK (length (sha256) = 64),\n"
  "  attachments TEXT NOT NULL DEFAULT '',\n"
  "  status TEXT NOT NULL DEFAULT 'queued'\n"
  "    CHECK (status IN ('queued', 'sending', 'sent', 'failed')),\n"
  "  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),\n"
  "  last_error TEXT NOT NULL DEFAULT '',\n"
  "  last_error_detail TEXT NOT NULL DEFAULT '',\n"
  "  created_at TEXT NOT NULL,\n"
  "  attempted_at TEXT,\n"
  "  sent_at TEXT\n"
  ");\n"
  "CREATE INDEX outbox_case_id_idx ON outbox (case_id);\n"
  "CREATE INDEX outbox_status_idx ON outbox (status);\n",

  /* 4 -> 5: the calendar as RelayAgenda needs it. No version before 5
   * wrote to the events table, so it is replaced rather than altered. It
   * keeps the user's own events and those of subscribed feeds; computed and
   * bundled dates are not stored, only whether the user marked them done
   * (agenda_done, keyed by the item's stable id). A case takes its events
   * and done markers with it.
   */
  "DROP TABLE events;\n"
  "CREATE TABLE events (\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  uid TEXT NOT NULL UNIQUE CHECK (length (uid) BETWEEN 1 AND 200),\n"
  "  origin TEXT NOT NULL CHECK (origin IN ('user', 'feed')),\n"
  "  kind TEXT NOT NULL DEFAULT 'custom'\n"
  "    CHECK (kind IN ('reply-deadline', 'check-reply', 'follow-up', 'hrc-session',\n"
  "                    'reprisals-report-call', 'general-assembly', 'call-for-input',\n"
  "                    'country-visit', 'custom', 'feed')),\n"
  "  title TEXT NOT NULL DEFAULT '',\n"
  "  start_date TEXT NOT NULL\n"
  "    CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),\n"
  "  end_date TEXT NOT NULL DEFAULT ''\n"
  "    CHECK (end_date = '' OR (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'\n"
  "                             AND end_date >= start_date)),\n"
  "  expected INTEGER NOT NULL DEFAULT 0 CHECK (expected IN (0, 1)),\n"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  mandate_id TEXT NOT NULL DEFAULT '',\n"
  "  country TEXT NOT NULL DEFAULT '',\n"
  "  url TEXT NOT NULL DEFAULT '',\n"
  "  note TEXT NOT NULL DEFAULT '',\n"
  "  feed_url TEXT NOT NULL DEFAULT '',\n"
  "  created_at TEXT NOT NULL,\n"
  "  updated_at TEXT NOT NULL,\n"
  "  CHECK ((origin = 'feed') = (feed_url <> ''))\n"
  ");\n"
  "CREATE INDEX events_case_id_idx ON events (case_id);\n"
  "CREATE INDEX events_start_date_idx ON events (start_date);\n"
  "CREATE INDEX events_feed_url_idx ON events (feed_url);\n"

  "CREATE TABLE agenda_done (\n"
  "  uid TEXT PRIMARY KEY CHECK (length (uid) BETWEEN 1 AND 200),\n"
  "  case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE,\n"
  "  done_at TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX agenda_done_case_id_idx ON agenda_done (case_id);\n"

  /* What Relay knows of each subscribed feed, for conditional downloads. */
  "CREATE TABLE feeds (\n"
  "  url TEXT PRIMARY KEY CHECK (length (url) BETWEEN 1 AND 2000),\n"
  "  etag TEXT NOT NULL DEFAULT '',\n"
  "  fetched_at TEXT NOT NULL\n"
  ");\n",

  /* 5 -> 6: the search index also indexes the first 2, 3 and 4 letters of
   * every word, so that a word still being typed ("arr…") is found without
   * reading every word that starts with it. The index is made again from
   * the cases; the triggers that keep it in sync stay as they are. */
  "DROP TABLE case_fts;\n"
  "CREATE VIRTUAL TABLE case_fts USING fts5 (\n"
  "  title, what_happened, context, victims, perpetrators,\n"
  "  tokenize = 'unicode61 remove_diacritics 2',\n"
  "  prefix = '2 3 4'\n"
  ");\n"
  "INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators)\n"
  "  SELECT * FROM case_fts_source;\n",

  /* 6 -> 7: the search index is no longer kept by triggers, which made a
   * case's row again for every victim and perpetrator written (a dozen
   * times a save); the store makes it once a save, when its text changed
   * (write_search_text() in relay-store-rows.c). A deleted case still
   * loses its row by trigger. And an index of the change numbers, so that
   * a save finds the next one without reading every case. */
  "DROP TRIGGER IF EXISTS cases_fts_insert;\n"
  "DROP TRIGGER IF EXISTS cases_fts_update;\n"
  "DROP TRIGGER IF EXISTS victims_fts_insert;\n"
  "DROP TRIGGER IF EXISTS victims_fts_update;\n"
  "DROP TRIGGER IF EXISTS victims_fts_delete;\n"
  "DROP TRIGGER IF EXISTS perpetrators_fts_insert;\n"
  "DROP TRIGGER IF EXISTS perpetrators_fts_update;\n"
  "DROP TRIGGER IF EXISTS perpetrators_fts_delete;\n"
  "CREATE INDEX IF NOT EXISTS cases_change_seq_idx ON cases (change_seq);\n"
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == RELAY_STORE_SCHEMA_VERSION);

/* Runs a statement that returns one integer, such as "PRAGMA user_version". */
int
_relay_store_read_int_pragma (sqlite3    *db,
                              const char *sql,
                              int        *value)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_assert (db != NULL);
  g_assert (value != NULL);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return rc;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  else if (rc == SQLITE_DONE)
    {
      *value = 0;
      rc = SQLITE_OK;
    }

  sqlite3_finalize (stmt);

  return rc;
}

static void
rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db))
    {
      int rc = sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        g_debug ("ROLLBACK failed: %d (%s)", rc, sqlite3_errstr (rc));
    }
}

/* Runs one migration step (from @version to @version + 1) in its own
 * transaction. Another process may have migrated meanwhile: the version is
 * read again once the write lock is held.
 */
static gboolean
run_step (sqlite3     *db,
          int          version,
          const char  *path,
          GError     **error)
{
  g_autofree char *bump = NULL;
  int current = 0;
  int rc;

  rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  rc = _relay_store_read_int_pragma (db, "PRAGMA user_version", &current);
  if (rc != SQLITE_OK)
    goto failed;

  if (current == version)
    {
      g_debug ("Migrating the case database from version %d to %d", version, version + 1);

      rc = sqlite3_exec (db, migrations[version], NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        goto failed;

      bump = g_strdup_printf ("PRAGMA user_version = %d", version + 1);
      rc = sqlite3_exec (db, bump, NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        goto failed;
    }

  rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    goto failed;

  return TRUE;

failed:
  _relay_store_set_sqlite_error (error, db, rc, RELAY_STORE_OP_OPEN, path);
  rollback (db);
  return FALSE;
}

/* Brings the database to RELAY_STORE_SCHEMA_VERSION. The caller has already
 * refused databases newer than that.
 */
gboolean
_relay_store_migrate (sqlite3     *db,
                      const char  *path,
                      GError     **error)
{
  int version = 0;
  int rc;

  g_assert (db != NULL);

  for (;;)
    {
      rc = _relay_store_read_int_pragma (db, "PRAGMA user_version", &version);
      if (rc != SQLITE_OK)
        {
          _relay_store_set_sqlite_error (error, db, rc, RELAY_STORE_OP_OPEN, path);
          return FALSE;
        }

      if (version >= RELAY_STORE_SCHEMA_VERSION)
        break;

      if (version < 0)
        {
          _relay_store_set_not_relay_error (error, path);
          return FALSE;
        }

      if (!run_step (db, version, path, error))
        return FALSE;
    }

  return TRUE;
}
