/* relay-store-rows.c
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
 * How cases map to rows
 */

/* The columns of a summary, in the order summary_from_row() reads them. */
#define SUMMARY_COLUMNS "c.uuid, c.title, c.kind, c.status, c.country, c.updated_at"

/* The plain columns of a case: each one is the property of the same name
 * (with "_" for "-"), and is read and written through GObject. uuid and the
 * timestamps are handled apart. The SQL below lists them in this order.
 */
static const char * const case_properties[] = {
  "title", "kind", "status", "country", "language", "urgent", "why-now",
  "what-happened", "context", "action-taken", "action-requested", "press-release",
  "press-release-reason", "joint-action-note", "confidential-note", "sender-name",
  "sender-organisation", "sender-email", "sender-phone", "sender-address",
  "sender-relationship", "sender-confidential", "draft-page", NULL
};

/* Parameters ?1 to ?5 of STMT_INSERT_CASE and STMT_UPDATE_CASE. */
enum {
  CASE_PARAM_UUID = 1,
  CASE_PARAM_CREATED_AT,
  CASE_PARAM_UPDATED_AT,
  CASE_PARAM_SUBMITTED_AT,
  CASE_PARAM_CHANGE_SEQ,
  CASE_PARAM_FIRST_PROPERTY,
};

/* Columns 0 to 4 of STMT_SELECT_CASE. */
enum {
  CASE_COLUMN_ID,
  CASE_COLUMN_UUID,
  CASE_COLUMN_CREATED_AT,
  CASE_COLUMN_UPDATED_AT,
  CASE_COLUMN_SUBMITTED_AT,
  CASE_COLUMN_FIRST_PROPERTY,
};

#define CASE_PROPERTY_COLUMNS \
  "title, kind, status, country, language, urgent, why_now, what_happened, context, " \
  "action_taken, action_requested, press_release, press_release_reason, " \
  "joint_action_note, confidential_note, sender_name, sender_organisation, " \
  "sender_email, sender_phone, sender_address, sender_relationship, sender_confidential, " \
  "draft_page"

static const char * const victim_properties[] = {
  "name", "age", "gender", "origin", "residence", "group-name", "is-group", "group-size",
  "consent-government", "consent-public", "name-form", "consent-given-by",
  "consent-method", "consent-date", "consent-withdrawn", NULL
};
static const char * const perpetrator_properties[] = {
  "name", "function", "institution", "motive", NULL
};
static const char * const incident_properties[] = {
  "date", "precision", "place", "description", NULL
};
static const char * const source_properties[] = {
  "kind", "description", NULL
};
static const char * const mandate_properties[] = {
  "mandate-id", "role", NULL
};
static const char * const timeline_properties[] = {
  "date", "kind", "reference", "note", "mandate-id", "communication-type", "deadline", "url", NULL
};

/* Child rows are written with ?1 = case id, ?2 = position, then the
 * properties from ?3 on; they are read back as the properties alone.
 */
#define CHILD_PARAM_CASE_ID 1
#define CHILD_PARAM_POSITION 2
#define CHILD_PARAM_FIRST_PROPERTY 3

static const char * const statement_sql[N_STATEMENTS] = {
  [STMT_LIST_CASE_IDS] =
    "SELECT c.id FROM cases AS c ORDER BY c.updated_at DESC, c.change_seq DESC",
  [STMT_COUNT_CASES] =
    "SELECT count(*) FROM cases",
  /* Ranking costs a few microseconds a match: it is done only when the
   * newest ?2 matches are all there is (see relay_store_search()). */
  [STMT_SEARCH_IDS] =
    "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 "
    "ORDER BY bm25 (case_fts, 4.0, 1.0, 1.0, 2.0, 2.0), rowid DESC",
  [STMT_SEARCH_IDS_NEWEST] =
    "SELECT rowid FROM case_fts WHERE case_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2",
  [STMT_SELECT_SUMMARY] =
    "SELECT " SUMMARY_COLUMNS " FROM cases AS c WHERE c.id = ?1",
  [STMT_FIND_CASE] =
    "SELECT id, created_at FROM cases WHERE uuid = ?1",
  /* max() alone in its SELECT, so that SQLite reads it from the index
   * rather than from every case. */
  [STMT_NEXT_CHANGE_SEQ] =
    "SELECT coalesce ((SELECT max (change_seq) FROM cases), 0) + 1",
  [STMT_INSERT_CASE] =
    "INSERT INTO cases (uuid, created_at, updated_at, submitted_at, change_seq, "
    CASE_PROPERTY_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, "
    "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
    "?23, ?24, ?25, ?26, ?27, ?28)",
  [STMT_UPDATE_CASE] =
    /* ?2, the creation time, stays as it is in the database. */
    "UPDATE cases SET updated_at = ?3, submitted_at = ?4, change_seq = ?5, "
    "title = ?6, kind = ?7, status = ?8, country = ?9, language = ?10, urgent = ?11, "
    "why_now = ?12, what_happened = ?13, context = ?14, action_taken = ?15, "
    "action_requested = ?16, press_release = ?17, press_release_reason = ?18, "
    "joint_action_note = ?19, confidential_note = ?20, sender_name = ?21, "
    "sender_organisation = ?22, sender_email = ?23, sender_phone = ?24, "
    "sender_address = ?25, sender_relationship = ?26, sender_confidential = ?27, "
    "draft_page = ?28 "
    "WHERE uuid = ?1",
  [STMT_SELECT_CASE] =
    "SELECT id, uuid, created_at, updated_at, submitted_at, " CASE_PROPERTY_COLUMNS
    " FROM cases WHERE uuid = ?1",
  [STMT_DELETE_CASE] =
    "DELETE FROM cases WHERE uuid = ?1",
  [STMT_OPTIMIZE_FTS] =
    /* Merges the index into one segment, which drops what deleted rows left
     * in older segments (secure_delete then zeroes the freed pages).
     */
    "INSERT INTO case_fts (case_fts) VALUES ('optimize')",

  [STMT_DELETE_VICTIMS] =
    "DELETE FROM victims WHERE case_id = ?1",
  [STMT_INSERT_VICTIM] =
    "INSERT INTO victims (case_id, position, name, age, gender, origin, residence, "
    "group_name, is_group, group_size, consent_government, consent_public, name_form, "
    "consent_given_by, consent_method, consent_date, consent_withdrawn) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
  [STMT_SELECT_VICTIMS] =
    "SELECT name, age, gender, origin, residence, group_name, is_group, group_size, "
    "consent_government, consent_public, name_form, consent_given_by, consent_method, "
    "consent_date, consent_withdrawn FROM victims WHERE case_id = ?1 ORDER BY position",

  [STMT_DELETE_PERPETRATORS] =
    "DELETE FROM perpetrators WHERE case_id = ?1",
  [STMT_INSERT_PERPETRATOR] =
    "INSERT INTO perpetrators (case_id, position, name, function, institution, motive) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_SELECT_PERPETRATORS] =
    "SELECT name, function, institution, motive FROM perpetrators "
    "WHERE case_id = ?1 ORDER BY position",

  [STMT_DELETE_INCIDENTS] =
    "DELETE FROM incidents WHERE case_id = ?1",
  [STMT_INSERT_INCIDENT] =
    "INSERT INTO incidents (case_id, position, date, precision, place, description) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_SELECT_INCIDENTS] =
    "SELECT date, precision, place, description FROM incidents "
    "WHERE case_id = ?1 ORDER BY position",

  [STMT_DELETE_SOURCES] =
    "DELETE FROM sources WHERE case_id = ?1",
  [STMT_INSERT_SOURCE] =
    "INSERT INTO sources (case_id, position, kind, description) VALUES (?1, ?2, ?3, ?4)",
  [STMT_SELECT_SOURCES] =
    "SELECT kind, description FROM sources WHERE case_id = ?1 ORDER BY position",

  [STMT_DELETE_MANDATES] =
    "DELETE FROM case_mandates WHERE case_id = ?1",
  [STMT_INSERT_MANDATE] =
    "INSERT INTO case_mandates (case_id, position, mandate_id, role) VALUES (?1, ?2, ?3, ?4)",
  [STMT_SELECT_MANDATES] =
    "SELECT mandate_id, role FROM case_mandates WHERE case_id = ?1 ORDER BY position",

  [STMT_DELETE_TIMELINE] =
    "DELETE FROM timeline WHERE case_id = ?1",
  [STMT_INSERT_TIMELINE_ENTRY] =
    "INSERT INTO timeline (case_id, position, date, kind, reference, note, "
    "mandate_id, communication_type, deadline, url) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  [STMT_SELECT_TIMELINE] =
    "SELECT date, kind, reference, note, mandate_id, communication_type, deadline, url "
    "FROM timeline WHERE case_id = ?1 ORDER BY position",

  /* Attachments hold their content, so they have their own code
   * (write_attachments(), read_attachments()); the parameters and columns
   * are the ATTACHMENT_PARAM_ and ATTACHMENT_COLUMN_ values below.
   */
  [STMT_DELETE_ATTACHMENTS] =
    "DELETE FROM attachments WHERE case_id = ?1",
  [STMT_INSERT_ATTACHMENT] =
    "INSERT INTO attachments (case_id, position, file_name, mime_type, size, sha256, data, "
    "translation_note, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  [STMT_SELECT_ATTACHMENTS] =
    "SELECT file_name, mime_type, size, sha256, data, translation_note, added_at "
    "FROM attachments WHERE case_id = ?1 ORDER BY position",
  /* What tells whether the stored attachments are those of the case. */
  [STMT_SELECT_ATTACHMENT_KEYS] =
    "SELECT file_name, mime_type, size, sha256, translation_note, added_at "
    "FROM attachments WHERE case_id = ?1 ORDER BY position",

  /* The search index's row of a case, made again by write_search_text()
   * only when the text it indexes changed. The columns of both SELECTs
   * are those of the INSERT, from ?2 on. */
  [STMT_SELECT_FTS_SOURCE] =
    "SELECT title, what_happened, context, victims, perpetrators "
    "FROM case_fts_source WHERE id = ?1",
  [STMT_SELECT_FTS_ROW] =
    "SELECT title, what_happened, context, victims, perpetrators "
    "FROM case_fts WHERE rowid = ?1",
  [STMT_DELETE_FTS_ROW] =
    "DELETE FROM case_fts WHERE rowid = ?1",
  [STMT_INSERT_FTS_ROW] =
    "INSERT INTO case_fts (rowid, title, what_happened, context, victims, perpetrators) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",

  [STMT_SELECT_MANDATE_EMAILS] =
    "SELECT mandate_id, email FROM mandate_emails",
  [STMT_SET_MANDATE_EMAIL] =
    "INSERT INTO mandate_emails (mandate_id, email, updated_at) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (mandate_id) DO UPDATE SET "
    "email = excluded.email, updated_at = excluded.updated_at",
  [STMT_DELETE_MANDATE_EMAIL] =
    "DELETE FROM mandate_emails WHERE mandate_id = ?1",
};

/* Parameters of STMT_INSERT_ATTACHMENT. */
enum {
  ATTACHMENT_PARAM_CASE_ID = 1,
  ATTACHMENT_PARAM_POSITION,
  ATTACHMENT_PARAM_FILE_NAME,
  ATTACHMENT_PARAM_MIME_TYPE,
  ATTACHMENT_PARAM_SIZE,
  ATTACHMENT_PARAM_SHA256,
  ATTACHMENT_PARAM_DATA,
  ATTACHMENT_PARAM_TRANSLATION_NOTE,
  ATTACHMENT_PARAM_ADDED_AT,
};

/* Columns of STMT_SELECT_ATTACHMENTS. */
enum {
  ATTACHMENT_COLUMN_FILE_NAME,
  ATTACHMENT_COLUMN_MIME_TYPE,
  ATTACHMENT_COLUMN_SIZE,
  ATTACHMENT_COLUMN_SHA256,
  ATTACHMENT_COLUMN_DATA,
  ATTACHMENT_COLUMN_TRANSLATION_NOTE,
  ATTACHMENT_COLUMN_ADDED_AT,
};

typedef struct
{
  GType             (*get_item_type) (void);
  GListStore       *(*get_list)      (RelayCase *kase);
  const char * const *properties;
  StatementId         delete_stmt;
  StatementId         insert_stmt;
  StatementId         select_stmt;
} ChildTable;

static const ChildTable child_tables[] = {
  { relay_victim_get_type, relay_case_get_victims, victim_properties,
    STMT_DELETE_VICTIMS, STMT_INSERT_VICTIM, STMT_SELECT_VICTIMS },
  { relay_perpetrator_get_type, relay_case_get_perpetrators, perpetrator_properties,
    STMT_DELETE_PERPETRATORS, STMT_INSERT_PERPETRATOR, STMT_SELECT_PERPETRATORS },
  { relay_incident_get_type, relay_case_get_incidents, incident_properties,
    STMT_DELETE_INCIDENTS, STMT_INSERT_INCIDENT, STMT_SELECT_INCIDENTS },
  { relay_source_get_type, relay_case_get_sources, source_properties,
    STMT_DELETE_SOURCES, STMT_INSERT_SOURCE, STMT_SELECT_SOURCES },
  { relay_case_mandate_get_type, relay_case_get_mandates, mandate_properties,
    STMT_DELETE_MANDATES, STMT_INSERT_MANDATE, STMT_SELECT_MANDATES },
  { relay_timeline_entry_get_type, relay_case_get_timeline, timeline_properties,
    STMT_DELETE_TIMELINE, STMT_INSERT_TIMELINE_ENTRY, STMT_SELECT_TIMELINE },
};


/*
 * Statements
 */

const char *
_relay_store_get_statement_sql (StatementId id)
{
  g_assert (id < N_STATEMENTS);

  return statement_sql[id];
}

sqlite3_stmt *
_relay_store_get_statement (RelayStore    *self,
                            StatementId    id,
                            RelayStoreOp   op,
                            GError       **error)
{
  g_assert (id < N_STATEMENTS);
  g_assert (self->db != NULL);

  if (self->statements[id] == NULL)
    {
      int rc = sqlite3_prepare_v3 (self->db, statement_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                   &self->statements[id], NULL);

      if (rc != SQLITE_OK)
        {
          _relay_store_set_db_error (self, error, rc, op);
          g_clear_pointer (&self->statements[id], sqlite3_finalize);
          return NULL;
        }
    }

  return self->statements[id];
}

gboolean
_relay_store_check_bind (RelayStore    *self,
                         int            rc,
                         RelayStoreOp   op,
                         GError       **error)
{
  if (rc == SQLITE_OK)
    return TRUE;

  _relay_store_set_db_error (self, error, rc, op);
  return FALSE;
}

/* Steps a statement that returns no rows. */
gboolean
_relay_store_step_done (RelayStore    *self,
                        sqlite3_stmt  *stmt,
                        RelayStoreOp   op,
                        GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;

  if (rc == SQLITE_ROW)
    rc = SQLITE_MISUSE;

  _relay_store_set_db_error (self, error, rc, op);
  return FALSE;
}

gboolean
_relay_store_exec (RelayStore    *self,
                   const char    *sql,
                   RelayStoreOp   op,
                   GError       **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    return TRUE;

  _relay_store_set_db_error (self, error, rc, op);
  return FALSE;
}

void
_relay_store_rollback (RelayStore *self)
{
  if (!sqlite3_get_autocommit (self->db))
    {
      int rc = sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

      if (rc != SQLITE_OK)
        g_debug ("ROLLBACK failed: %d (%s)", rc, sqlite3_errstr (rc));
    }
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* Compares a column name with a property name, "_" matching "-". */
G_GNUC_UNUSED static gboolean
column_is_property (const char *column,
                    const char *property)
{
  for (; *column != '\0' && *property != '\0'; column++, property++)
    {
      if (*column != *property && !(*column == '_' && *property == '-'))
        return FALSE;
    }

  return *column == '\0' && *property == '\0';
}

/*
 * Values
 */

static char *
format_timestamp (GDateTime *date_time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (date_time == NULL)
    return NULL;

  utc = g_date_time_to_utc (date_time);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
parse_timestamp (const char *text)
{
  g_autoptr(GDateTime) date_time = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  date_time = g_date_time_new_from_iso8601 (text, NULL);
  if (date_time == NULL)
    {
      g_debug ("Ignoring a timestamp that is not ISO 8601");
      return NULL;
    }

  return g_date_time_to_utc (date_time);
}

static int
bind_property (sqlite3_stmt *stmt,
               int           index,
               GObject      *object,
               const char   *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_assert (pspec != NULL);

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (object, property, &value);

  if (G_VALUE_HOLDS_STRING (&value))
    {
      const char *text = g_value_get_string (&value);

      return sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
    }
  else if (G_VALUE_HOLDS_INT (&value))
    {
      return sqlite3_bind_int (stmt, index, g_value_get_int (&value));
    }
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    {
      return sqlite3_bind_int (stmt, index, g_value_get_boolean (&value) ? 1 : 0);
    }
  else if (G_VALUE_HOLDS_ENUM (&value))
    {
      /* An unknown value binds NULL, which the NOT NULL constraint refuses. */
      const char *nick = relay_enum_to_nick (G_VALUE_TYPE (&value), g_value_get_enum (&value));

      if (nick == NULL)
        return sqlite3_bind_null (stmt, index);

      return sqlite3_bind_text (stmt, index, nick, -1, SQLITE_STATIC);
    }

  g_assert_not_reached ();
}

static int
bind_properties (sqlite3_stmt       *stmt,
                 int                 first_index,
                 GObject            *object,
                 const char * const *property_names)
{
  for (guint i = 0; property_names[i] != NULL; i++)
    {
      int rc = bind_property (stmt, first_index + i, object, property_names[i]);

      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

static void
read_property (sqlite3_stmt *stmt,
               int           column,
               GObject      *object,
               const char   *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_assert (pspec != NULL);
  g_assert (column_is_property (sqlite3_column_name (stmt, column), property));

  g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));

  if (G_VALUE_HOLDS_STRING (&value))
    g_value_set_string (&value, column_text (stmt, column));
  else if (G_VALUE_HOLDS_INT (&value))
    g_value_set_int (&value, sqlite3_column_int (stmt, column));
  else if (G_VALUE_HOLDS_BOOLEAN (&value))
    g_value_set_boolean (&value, sqlite3_column_int (stmt, column) != 0);
  else if (G_VALUE_HOLDS_ENUM (&value))
    g_value_set_enum (&value,
                      relay_enum_from_nick (G_VALUE_TYPE (&value),
                                            column_text (stmt, column),
                                            G_PARAM_SPEC_ENUM (pspec)->default_value));
  else
    g_assert_not_reached ();

  /* The CHECK constraints keep values in range; a file edited by hand
   * could still hold one that is not, and GObject would complain loudly.
   */
  if (g_param_value_validate (pspec, &value))
    g_debug ("Corrected an out-of-range value of %s", property);

  g_object_set_property (object, property, &value);
}

static void
read_properties (sqlite3_stmt       *stmt,
                 int                 first_column,
                 GObject            *object,
                 const char * const *property_names)
{
  for (guint i = 0; property_names[i] != NULL; i++)
    read_property (stmt, first_column + i, object, property_names[i]);
}

static RelayCaseSummary *
summary_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) updated_at = parse_timestamp (column_text (stmt, 5));

  return relay_case_summary_new (column_text (stmt, 0),
                                 column_text (stmt, 1),
                                 relay_enum_from_nick (RELAY_TYPE_CASE_KIND,
                                                       column_text (stmt, 2),
                                                       RELAY_CASE_KIND_URGENT_APPEAL),
                                 relay_enum_from_nick (RELAY_TYPE_CASE_STATUS,
                                                       column_text (stmt, 3),
                                                       RELAY_CASE_STATUS_DRAFT),
                                 column_text (stmt, 4),
                                 updated_at);
}


/*
 * Saving
 */

/* Writes the row of the case; returns its id and its creation time. */
static gboolean
write_case_row (RelayStore  *self,
                RelayCase   *kase,
                const char  *now,
                gint64      *case_id,
                char       **created_at,
                GError     **error)
{
  g_autoptr(RelayCachedStatement) find = NULL;
  g_autoptr(RelayCachedStatement) seq = NULL;
  g_autoptr(RelayCachedStatement) write = NULL;
  g_autofree char *submitted_at = NULL;
  g_autofree char *stored_created_at = NULL;
  gint64 existing_id = 0;
  gint64 change_seq;
  int rc;

  if (!(find = _relay_store_get_statement (self, STMT_FIND_CASE, RELAY_STORE_OP_SAVE, error)))
    return FALSE;

  rc = sqlite3_bind_text (find, 1, relay_case_get_uuid (kase), -1, SQLITE_STATIC);
  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE, error))
    return FALSE;

  rc = sqlite3_step (find);
  if (rc == SQLITE_ROW)
    {
      existing_id = sqlite3_column_int64 (find, 0);
      stored_created_at = g_strdup (column_text (find, 1));
    }
  else if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
      return FALSE;
    }

  if (!(seq = _relay_store_get_statement (self, STMT_NEXT_CHANGE_SEQ, RELAY_STORE_OP_SAVE, error)))
    return FALSE;

  rc = sqlite3_step (seq);
  if (rc != SQLITE_ROW)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
      return FALSE;
    }
  change_seq = sqlite3_column_int64 (seq, 0);

  if (stored_created_at == NULL)
    {
      /* A case made elsewhere may arrive with its creation time. */
      stored_created_at = format_timestamp (relay_case_get_created_at (kase));
      if (stored_created_at == NULL)
        stored_created_at = g_strdup (now);
    }

  submitted_at = format_timestamp (relay_case_get_submitted_at (kase));

  write = _relay_store_get_statement (self,
                         existing_id != 0 ? STMT_UPDATE_CASE : STMT_INSERT_CASE,
                         RELAY_STORE_OP_SAVE, error);
  if (write == NULL)
    return FALSE;

  if ((rc = sqlite3_bind_text (write, CASE_PARAM_UUID, relay_case_get_uuid (kase), -1,
                               SQLITE_STATIC)) ||
      (rc = sqlite3_bind_text (write, CASE_PARAM_CREATED_AT, stored_created_at, -1,
                               SQLITE_STATIC)) ||
      (rc = sqlite3_bind_text (write, CASE_PARAM_UPDATED_AT, now, -1, SQLITE_STATIC)) ||
      (rc = submitted_at != NULL
            ? sqlite3_bind_text (write, CASE_PARAM_SUBMITTED_AT, submitted_at, -1, SQLITE_STATIC)
            : sqlite3_bind_null (write, CASE_PARAM_SUBMITTED_AT)) ||
      (rc = sqlite3_bind_int64 (write, CASE_PARAM_CHANGE_SEQ, change_seq)) ||
      (rc = bind_properties (write, CASE_PARAM_FIRST_PROPERTY, G_OBJECT (kase), case_properties)))
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
      return FALSE;
    }

  if (!_relay_store_step_done (self, write, RELAY_STORE_OP_SAVE, error))
    return FALSE;

  *case_id = existing_id != 0 ? existing_id : sqlite3_last_insert_rowid (self->db);
  *created_at = g_steal_pointer (&stored_created_at);

  return TRUE;
}

/* Makes the search index's row of the case again from the text it indexes
 * (the view case_fts_source), once per save and only when that text
 * changed: a save that changes a date or a consent leaves the index alone.
 * The caller holds the transaction.
 */
static gboolean
write_search_text (RelayStore  *self,
                   gint64       case_id,
                   GError     **error)
{
  g_autoptr(RelayCachedStatement) source = NULL;
  g_autoptr(RelayCachedStatement) row = NULL;
  gboolean found = FALSE;
  gboolean same = FALSE;
  int rc;

  source = _relay_store_get_statement (self, STMT_SELECT_FTS_SOURCE, RELAY_STORE_OP_SAVE, error);
  if (source == NULL ||
      !_relay_store_check_bind (self, sqlite3_bind_int64 (source, 1, case_id),
                                RELAY_STORE_OP_SAVE, error))
    return FALSE;

  rc = sqlite3_step (source);
  if (rc != SQLITE_ROW)
    {
      _relay_store_set_db_error (self, error, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
                                 RELAY_STORE_OP_SAVE);
      return FALSE;
    }

  row = _relay_store_get_statement (self, STMT_SELECT_FTS_ROW, RELAY_STORE_OP_SAVE, error);
  if (row == NULL ||
      !_relay_store_check_bind (self, sqlite3_bind_int64 (row, 1, case_id),
                                RELAY_STORE_OP_SAVE, error))
    return FALSE;

  rc = sqlite3_step (row);
  if (rc == SQLITE_ROW)
    {
      found = TRUE;
      same = TRUE;
      for (int i = 0; same && i < sqlite3_column_count (source); i++)
        same = g_strcmp0 (column_text (source, i), column_text (row, i)) == 0;
    }
  else if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
      return FALSE;
    }

  if (same)
    return TRUE;

  /* Done with it before the index changes under it. */
  g_clear_pointer (&row, _relay_cached_statement_release);

  if (found)
    {
      g_autoptr(RelayCachedStatement) delete = NULL;

      delete = _relay_store_get_statement (self, STMT_DELETE_FTS_ROW, RELAY_STORE_OP_SAVE, error);
      if (delete == NULL ||
          !_relay_store_check_bind (self, sqlite3_bind_int64 (delete, 1, case_id),
                                    RELAY_STORE_OP_SAVE, error) ||
          !_relay_store_step_done (self, delete, RELAY_STORE_OP_SAVE, error))
        return FALSE;
    }

  {
    g_autoptr(RelayCachedStatement) insert = NULL;

    insert = _relay_store_get_statement (self, STMT_INSERT_FTS_ROW, RELAY_STORE_OP_SAVE, error);
    if (insert == NULL ||
        !_relay_store_check_bind (self, sqlite3_bind_int64 (insert, 1, case_id),
                                  RELAY_STORE_OP_SAVE, error))
      return FALSE;

    for (int i = 0; i < sqlite3_column_count (source); i++)
      {
        if (!_relay_store_check_bind (self, sqlite3_bind_value (insert, i + 2,
                                                                sqlite3_column_value (source, i)),
                                      RELAY_STORE_OP_SAVE, error))
          return FALSE;
      }

    if (!_relay_store_step_done (self, insert, RELAY_STORE_OP_SAVE, error))
      return FALSE;
  }

  return TRUE;
}

/* Replaces the rows of one child table with the items of the case's list. */
static gboolean
write_children (RelayStore        *self,
                RelayCase         *kase,
                gint64             case_id,
                const ChildTable  *table,
                GError           **error)
{
  GListModel *list = G_LIST_MODEL (table->get_list (kase));
  guint n_items = g_list_model_get_n_items (list);

  {
    g_autoptr(RelayCachedStatement) delete = NULL;

    delete = _relay_store_get_statement (self, table->delete_stmt, RELAY_STORE_OP_SAVE, error);
    if (delete == NULL ||
        !_relay_store_check_bind (self, sqlite3_bind_int64 (delete, 1, case_id),
                                  RELAY_STORE_OP_SAVE, error) ||
        !_relay_store_step_done (self, delete, RELAY_STORE_OP_SAVE, error))
      return FALSE;
  }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autoptr(RelayCachedStatement) insert = NULL;
      int rc;

      insert = _relay_store_get_statement (self, table->insert_stmt, RELAY_STORE_OP_SAVE, error);
      if (insert == NULL)
        return FALSE;

      if ((rc = sqlite3_bind_int64 (insert, CHILD_PARAM_CASE_ID, case_id)) ||
          (rc = sqlite3_bind_int (insert, CHILD_PARAM_POSITION, i)) ||
          (rc = bind_properties (insert, CHILD_PARAM_FIRST_PROPERTY, item, table->properties)))
        {
          _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
          return FALSE;
        }

      if (!_relay_store_step_done (self, insert, RELAY_STORE_OP_SAVE, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether the stored attachments of the case are, in order, the items of
 * @list: same names, types, sizes, contents (by SHA-256), notes and dates.
 * An attachment without a date takes the stored one. */
static gboolean
attachments_unchanged (RelayStore  *self,
                       GListModel  *list,
                       gint64       case_id,
                       gboolean    *unchanged,
                       GError     **error)
{
  g_autoptr(RelayCachedStatement) stmt = NULL;
  guint n_items = g_list_model_get_n_items (list);
  guint position = 0;
  gboolean same = TRUE;
  int rc;

  stmt = _relay_store_get_statement (self, STMT_SELECT_ATTACHMENT_KEYS, RELAY_STORE_OP_SAVE, error);
  if (stmt == NULL ||
      !_relay_store_check_bind (self, sqlite3_bind_int64 (stmt, 1, case_id),
                                RELAY_STORE_OP_SAVE, error))
    return FALSE;

  while (same && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(RelayAttachment) attachment = NULL;
      g_autofree char *added_text = NULL;

      if (position >= n_items)
        {
          same = FALSE;
          break;
        }

      attachment = g_list_model_get_item (list, position++);
      added_text = format_timestamp (relay_attachment_get_added_at (attachment));

      same = g_strcmp0 (column_text (stmt, 0), relay_attachment_get_file_name (attachment)) == 0 &&
             g_strcmp0 (column_text (stmt, 1), relay_attachment_get_mime_type (attachment)) == 0 &&
             sqlite3_column_int64 (stmt, 2) == (sqlite3_int64) relay_attachment_get_size (attachment) &&
             g_strcmp0 (column_text (stmt, 3), relay_attachment_get_sha256 (attachment)) == 0 &&
             g_strcmp0 (column_text (stmt, 4), relay_attachment_get_translation_note (attachment)) == 0 &&
             (added_text == NULL || g_strcmp0 (column_text (stmt, 5), added_text) == 0);
    }

  if (same && rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
      return FALSE;
    }

  *unchanged = same && position == n_items;

  return TRUE;
}

/* Replaces the attachments of the case with the items of its list. The
 * content is bound as it is: SQLite copies nothing until the step.
 */
static gboolean
write_attachments (RelayStore  *self,
                   RelayCase   *kase,
                   gint64       case_id,
                   const char  *now_text,
                   GError     **error)
{
  GListModel *list = G_LIST_MODEL (relay_case_get_attachments (kase));
  guint n_items = g_list_model_get_n_items (list);
  gboolean unchanged = FALSE;

  /* Files can be large: most saves (a word typed elsewhere) leave them as
   * they are rather than writing them again. */
  if (!attachments_unchanged (self, list, case_id, &unchanged, error))
    return FALSE;
  if (unchanged)
    return TRUE;

  {
    g_autoptr(RelayCachedStatement) delete = NULL;

    delete = _relay_store_get_statement (self, STMT_DELETE_ATTACHMENTS, RELAY_STORE_OP_SAVE, error);
    if (delete == NULL ||
        !_relay_store_check_bind (self, sqlite3_bind_int64 (delete, 1, case_id),
                                  RELAY_STORE_OP_SAVE, error) ||
        !_relay_store_step_done (self, delete, RELAY_STORE_OP_SAVE, error))
      return FALSE;
  }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelayAttachment) attachment = g_list_model_get_item (list, i);
      g_autofree char *added_text = format_timestamp (relay_attachment_get_added_at (attachment));
      /* Declared last, so reset before what it binds is freed. */
      g_autoptr(RelayCachedStatement) insert = NULL;
      GBytes *bytes = relay_attachment_get_bytes (attachment);
      gsize length = 0;
      gconstpointer data = g_bytes_get_data (bytes, &length);
      int rc;

      insert = _relay_store_get_statement (self, STMT_INSERT_ATTACHMENT, RELAY_STORE_OP_SAVE, error);
      if (insert == NULL)
        return FALSE;

      /* An empty file still has content: "" rather than NULL, which the
       * NOT NULL constraint would refuse.
       */
      if ((rc = sqlite3_bind_int64 (insert, ATTACHMENT_PARAM_CASE_ID, case_id)) ||
          (rc = sqlite3_bind_int (insert, ATTACHMENT_PARAM_POSITION, i)) ||
          (rc = sqlite3_bind_text (insert, ATTACHMENT_PARAM_FILE_NAME,
                                   relay_attachment_get_file_name (attachment), -1,
                                   SQLITE_STATIC)) ||
          (rc = sqlite3_bind_text (insert, ATTACHMENT_PARAM_MIME_TYPE,
                                   relay_attachment_get_mime_type (attachment), -1,
                                   SQLITE_STATIC)) ||
          (rc = sqlite3_bind_int64 (insert, ATTACHMENT_PARAM_SIZE,
                                    (sqlite3_int64) relay_attachment_get_size (attachment))) ||
          (rc = sqlite3_bind_text (insert, ATTACHMENT_PARAM_SHA256,
                                   relay_attachment_get_sha256 (attachment), -1,
                                   SQLITE_STATIC)) ||
          (rc = sqlite3_bind_blob64 (insert, ATTACHMENT_PARAM_DATA,
                                     data != NULL ? data : "", length, SQLITE_STATIC)) ||
          (rc = sqlite3_bind_text (insert, ATTACHMENT_PARAM_TRANSLATION_NOTE,
                                   relay_attachment_get_translation_note (attachment), -1,
                                   SQLITE_STATIC)) ||
          (rc = sqlite3_bind_text (insert, ATTACHMENT_PARAM_ADDED_AT,
                                   added_text != NULL ? added_text : now_text, -1,
                                   SQLITE_STATIC)))
        {
          _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SAVE);
          return FALSE;
        }

      if (!_relay_store_step_done (self, insert, RELAY_STORE_OP_SAVE, error))
        return FALSE;
    }

  return TRUE;
}

/*
 * Loading
 */

static RelayCase *
read_case_row (RelayStore  *self,
               const char  *uuid,
               gint64      *case_id,
               GError     **error)
{
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GDateTime) created_at = NULL;
  g_autoptr(GDateTime) updated_at = NULL;
  g_autoptr(GDateTime) submitted_at = NULL;
  int rc;

  if (!(stmt = _relay_store_get_statement (self, STMT_SELECT_CASE, RELAY_STORE_OP_LOAD, error)) ||
      !_relay_store_check_bind (self, sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC),
                                RELAY_STORE_OP_LOAD, error))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      _relay_store_set_not_found_error (error);
      return NULL;
    }
  else if (rc != SQLITE_ROW)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD);
      return NULL;
    }

  *case_id = sqlite3_column_int64 (stmt, CASE_COLUMN_ID);

  kase = g_object_new (RELAY_TYPE_CASE,
                       "uuid", column_text (stmt, CASE_COLUMN_UUID),
                       NULL);

  read_properties (stmt, CASE_COLUMN_FIRST_PROPERTY, G_OBJECT (kase), case_properties);

  created_at = parse_timestamp (column_text (stmt, CASE_COLUMN_CREATED_AT));
  updated_at = parse_timestamp (column_text (stmt, CASE_COLUMN_UPDATED_AT));
  submitted_at = parse_timestamp (column_text (stmt, CASE_COLUMN_SUBMITTED_AT));
  relay_case_set_created_at (kase, created_at);
  relay_case_set_updated_at (kase, updated_at);
  relay_case_set_submitted_at (kase, submitted_at);

  return g_steal_pointer (&kase);
}

static gboolean
read_children (RelayStore        *self,
               RelayCase         *kase,
               gint64             case_id,
               const ChildTable  *table,
               GError           **error)
{
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list = table->get_list (kase);
  int rc;

  if (!(stmt = _relay_store_get_statement (self, table->select_stmt, RELAY_STORE_OP_LOAD, error)) ||
      !_relay_store_check_bind (self, sqlite3_bind_int64 (stmt, 1, case_id),
                                RELAY_STORE_OP_LOAD, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GObject *item = g_object_new (table->get_item_type (), NULL);

      read_properties (stmt, 0, item, table->properties);
      g_ptr_array_add (items, item);
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD);
      return FALSE;
    }

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);

  return TRUE;
}

static gboolean
read_attachments (RelayStore  *self,
                  RelayCase   *kase,
                  gint64       case_id,
                  GError     **error)
{
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GListStore *list = relay_case_get_attachments (kase);
  int rc;

  if (!(stmt = _relay_store_get_statement (self, STMT_SELECT_ATTACHMENTS, RELAY_STORE_OP_LOAD,
                                           error)) ||
      !_relay_store_check_bind (self, sqlite3_bind_int64 (stmt, 1, case_id),
                                RELAY_STORE_OP_LOAD, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GDateTime) added_at = NULL;
      RelayAttachment *attachment;
      const void *data;
      int length;

      /* sqlite3_column_blob() first, then its length, as SQLite asks. */
      data = sqlite3_column_blob (stmt, ATTACHMENT_COLUMN_DATA);
      length = sqlite3_column_bytes (stmt, ATTACHMENT_COLUMN_DATA);
      if (data == NULL && sqlite3_errcode (self->db) == SQLITE_NOMEM)
        {
          _relay_store_set_db_error (self, error, SQLITE_NOMEM, RELAY_STORE_OP_LOAD);
          return FALSE;
        }
      bytes = g_bytes_new (data, length);

      attachment = relay_attachment_new_from_bytes (column_text (stmt, ATTACHMENT_COLUMN_FILE_NAME),
                                                    column_text (stmt, ATTACHMENT_COLUMN_MIME_TYPE),
                                                    bytes);
      relay_attachment_set_translation_note (attachment,
                                             column_text (stmt, ATTACHMENT_COLUMN_TRANSLATION_NOTE));
      added_at = parse_timestamp (column_text (stmt, ATTACHMENT_COLUMN_ADDED_AT));
      relay_attachment_set_added_at (attachment, added_at);

      /* The content is what counts; the stored size and checksum only
       * tell whether it was changed outside Relay.
       */
      if (sqlite3_column_int64 (stmt, ATTACHMENT_COLUMN_SIZE) != length ||
          g_strcmp0 (column_text (stmt, ATTACHMENT_COLUMN_SHA256),
                     relay_attachment_get_sha256 (attachment)) != 0)
        g_debug ("An attachment does not match its stored size or checksum");

      g_ptr_array_add (items, attachment);
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD);
      return FALSE;
    }

  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);

  return TRUE;
}

/*
 * Entry points
 */

/* Steps @stmt, which selects summary columns, into @summaries. */
gboolean
_relay_store_read_ids (RelayStore    *self,
                       sqlite3_stmt  *stmt,
                       RelayStoreOp   op,
                       GArray        *ids,
                       GError       **error)
{
  int rc;

  g_assert (RELAY_IS_STORE (self));
  g_assert (stmt != NULL);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, op);
      return FALSE;
    }

  return TRUE;
}

/* The row of one case in the lists, read when a list shows it
 * (RelayCaseListReadFunc). */
RelayCaseSummary *
_relay_store_read_summary (gint64   id,
                           gpointer store)
{
  RelayStore *self = store;
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  stmt = _relay_store_get_statement (self, STMT_SELECT_SUMMARY, RELAY_STORE_OP_LIST, &error);
  if (stmt == NULL || !_relay_store_check_bind (self, sqlite3_bind_int64 (stmt, 1, id),
                                                RELAY_STORE_OP_LIST, &error))
    {
      g_debug ("Cannot read a case of the list: %s", error->message);
      return NULL;
    }

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      g_debug ("Cannot read a case of the list: %d (%s)", rc, sqlite3_errstr (rc));
      return NULL;
    }

  return summary_from_row (stmt);
}

/* Writes @kase and all its children; the caller holds the transaction.
 * Returns the creation time the database keeps for the case.
 */
gboolean
_relay_store_write_case (RelayStore  *self,
                         RelayCase   *kase,
                         GDateTime   *now,
                         GDateTime  **created_at,
                         gint64      *case_id_out,
                         GError     **error)
{
  g_autofree char *now_text = format_timestamp (now);
  g_autofree char *created_text = NULL;
  gint64 case_id = 0;

  g_assert (RELAY_IS_STORE (self));
  g_assert (RELAY_IS_CASE (kase));
  g_assert (!sqlite3_get_autocommit (self->db));

  if (!write_case_row (self, kase, now_text, &case_id, &created_text, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (child_tables); i++)
    {
      if (!write_children (self, kase, case_id, &child_tables[i], error))
        return FALSE;
    }

  if (!write_attachments (self, kase, case_id, now_text, error))
    return FALSE;

  if (!write_search_text (self, case_id, error))
    return FALSE;

  *created_at = parse_timestamp (created_text);
  if (case_id_out != NULL)
    *case_id_out = case_id;

  return TRUE;
}

/* Reads a case and all its children; the caller holds the transaction. */
RelayCase *
_relay_store_read_case (RelayStore  *self,
                        const char  *uuid,
                        GError     **error)
{
  g_autoptr(RelayCase) kase = NULL;
  gint64 case_id = 0;

  g_assert (RELAY_IS_STORE (self));
  g_assert (uuid != NULL);

  if (!(kase = read_case_row (self, uuid, &case_id, error)))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (child_tables); i++)
    {
      if (!read_children (self, kase, case_id, &child_tables[i], error))
        return NULL;
    }

  if (!read_attachments (self, kase, case_id, error))
    return NULL;

  return g_steal_pointer (&kase);
}
