/* relay-store-events.c
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

#include <glib/gi18n.h>
#include <string.h>

#include "relay-agenda-private.h"
#include "relay-store-events.h"
#include "relay-store-private.h"

/*
 * The calendar in the store
 *
 * The events table keeps the events the user added and those of subscribed
 * feeds; agenda_done keeps which items the user marked done, whatever
 * their origin, keyed by the item's stable id; feeds keeps the ETag of
 * each feed. Dates computed from cases and the bundled UN calendar are
 * never stored: RelayAgenda makes them again from their sources.
 *
 * These calls are rare (a user adds an event, a feed is fetched), so their
 * statements are prepared each time rather than cached.
 */

/* Longest texts an event may hold, in characters. */
#define MAX_TITLE_LENGTH 500
#define MAX_NOTE_LENGTH  20000
#define MAX_URL_LENGTH   2000

typedef sqlite3_stmt EventStatement;

static void
event_statement_free (EventStatement *stmt)
{
  sqlite3_finalize (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EventStatement, event_statement_free)

enum {
  EVENT_COLUMN_UID,
  EVENT_COLUMN_ORIGIN,
  EVENT_COLUMN_KIND,
  EVENT_COLUMN_TITLE,
  EVENT_COLUMN_START_DATE,
  EVENT_COLUMN_END_DATE,
  EVENT_COLUMN_EXPECTED,
  EVENT_COLUMN_CASE_UUID,
  EVENT_COLUMN_CASE_TITLE,
  EVENT_COLUMN_MANDATE_ID,
  EVENT_COLUMN_COUNTRY,
  EVENT_COLUMN_URL,
  EVENT_COLUMN_NOTE,
  EVENT_COLUMN_FEED_URL,
  EVENT_COLUMN_DONE,
};

static const char select_events_sql[] =
  "SELECT e.uid, e.origin, e.kind, e.title, e.start_date, e.end_date, e.expected,\n"
  "       c.uuid, c.title, e.mandate_id, e.country, e.url, e.note, e.feed_url,\n"
  "       d.uid IS NOT NULL\n"
  "FROM events AS e\n"
  "  LEFT JOIN cases AS c ON c.id = e.case_id\n"
  "  LEFT JOIN agenda_done AS d ON d.uid = e.uid\n"
  "ORDER BY e.start_date, e.id";

/* Parameters 1-11 of both statements are the same columns. */
static const char insert_event_sql[] =
  "INSERT INTO events (kind, title, start_date, end_date, expected, case_id, mandate_id,\n"
  "                    country, url, note, updated_at, uid, origin, feed_url, created_at)\n"
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?11)";

static const char update_event_sql[] =
  "UPDATE events SET kind = ?1, title = ?2, start_date = ?3, end_date = ?4, expected = ?5,\n"
  "                  case_id = ?6, mandate_id = ?7, country = ?8, url = ?9, note = ?10,\n"
  "                  updated_at = ?11\n"
  "WHERE uid = ?12 AND origin = 'user'";

/*
 * Helpers
 */

static char *
dup_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *)sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static EventStatement *
prepare (RelayStore    *self,
         const char    *sql,
         RelayStoreOp   op,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _relay_store_set_db_error (self, error, rc, op);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

static int
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  return sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

static void
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_EVENT, message);
}

static void
set_event_not_found (GError **error)
{
  g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_NOT_FOUND,
                       _("This event no longer exists. It may have been deleted."));
}

static gboolean
is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return FALSE;

  scheme = g_uri_get_scheme (uri);

  return g_ascii_strcasecmp (scheme, "https") == 0 || g_ascii_strcasecmp (scheme, "http") == 0;
}

/* Checks what the user typed; the messages say what to change. */
static gboolean
check_user_event (RelayAgendaItem  *item,
                  GError          **error)
{
  g_autofree char *title = g_strstrip (g_strdup (relay_agenda_item_get_title (item)));
  const char *end_date = relay_agenda_item_get_end_date (item);
  const char *url = relay_agenda_item_get_url (item);
  GDate end;

  if (*title == '\0')
    {
      set_invalid (error, _("Give the event a title."));
      return FALSE;
    }

  if (g_utf8_strlen (title, -1) > MAX_TITLE_LENGTH)
    {
      set_invalid (error, _("The title of the event is too long. Shorten it, then try again."));
      return FALSE;
    }

  if (!g_date_valid (relay_agenda_item_get_start (item)))
    {
      set_invalid (error, _("The event needs a date. Choose its first day, then try again."));
      return FALSE;
    }

  if (*end_date != '\0')
    {
      if (!relay_agenda_parse_day (end_date, &end))
        {
          set_invalid (error, _("The last day of the event is not a valid date. Choose it "
                                "again, then try again."));
          return FALSE;
        }

      if (g_date_compare (&end, relay_agenda_item_get_start (item)) < 0)
        {
          set_invalid (error, _("The event ends before it starts. Check its dates, then "
                                "try again."));
          return FALSE;
        }
    }

  if (*url != '\0' && (strlen (url) > MAX_URL_LENGTH || !is_web_address (url)))
    {
      set_invalid (error, _("The web address of the event is not valid. Copy it again from "
                            "your browser, starting with https://."));
      return FALSE;
    }

  if (g_utf8_strlen (relay_agenda_item_get_note (item), -1) > MAX_NOTE_LENGTH)
    {
      set_invalid (error, _("The note of the event is too long. Shorten it, then try again."));
      return FALSE;
    }

  return TRUE;
}

/* Finds the row id of a case; 0 when @case_uuid is "" (no case). */
static gboolean
find_case_id (RelayStore    *self,
              const char    *case_uuid,
              RelayStoreOp   op,
              gint64        *case_id,
              GError       **error)
{
  g_autoptr(EventStatement) stmt = NULL;
  int rc;

  *case_id = 0;

  if (case_uuid == NULL || *case_uuid == '\0')
    return TRUE;

  if (!(stmt = prepare (self, "SELECT id FROM cases WHERE uuid = ?", op, error)) ||
      !_relay_store_check_bind (self, bind_text (stmt, 1, case_uuid), op, error))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *case_id = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }

  if (rc == SQLITE_DONE)
    _relay_store_set_not_found_error (error);
  else
    _relay_store_set_db_error (self, error, rc, op);

  return FALSE;
}

/* Binds parameters 1-11 of insert_event_sql and update_event_sql. */
static int
bind_event_columns (sqlite3_stmt    *stmt,
                    RelayAgendaItem *item,
                    gint64           case_id,
                    const char      *now)
{
  int rc;

  if ((rc = bind_text (stmt, 1, relay_enum_to_nick (RELAY_TYPE_AGENDA_KIND,
                                                    relay_agenda_item_get_kind (item)))) ||
      (rc = bind_text (stmt, 2, relay_agenda_item_get_title (item))) ||
      (rc = bind_text (stmt, 3, relay_agenda_item_get_start_date (item))) ||
      (rc = bind_text (stmt, 4, relay_agenda_item_get_end_date (item))) ||
      (rc = sqlite3_bind_int (stmt, 5, relay_agenda_item_get_expected (item) ? 1 : 0)))
    return rc;

  if (case_id > 0)
    rc = sqlite3_bind_int64 (stmt, 6, case_id);
  else
    rc = sqlite3_bind_null (stmt, 6);

  if (rc != SQLITE_OK ||
      (rc = bind_text (stmt, 7, relay_agenda_item_get_mandate_id (item))) ||
      (rc = bind_text (stmt, 8, relay_agenda_item_get_country (item))) ||
      (rc = bind_text (stmt, 9, relay_agenda_item_get_url (item))) ||
      (rc = bind_text (stmt, 10, relay_agenda_item_get_note (item))) ||
      (rc = bind_text (stmt, 11, now)))
    return rc;

  return SQLITE_OK;
}

static RelayAgendaItem *
item_from_row (sqlite3_stmt *stmt)
{
  RelayAgendaOrigin origin;
  RelayAgendaItem *item;

  origin = relay_enum_from_nick (RELAY_TYPE_AGENDA_ORIGIN,
                                 column_text (stmt, EVENT_COLUMN_ORIGIN),
                                 RELAY_AGENDA_ORIGIN_USER);
  item = relay_agenda_item_new (origin,
                                relay_enum_from_nick (RELAY_TYPE_AGENDA_KIND,
                                                      column_text (stmt, EVENT_COLUMN_KIND),
                                                      RELAY_AGENDA_KIND_CUSTOM),
                                column_text (stmt, EVENT_COLUMN_TITLE),
                                column_text (stmt, EVENT_COLUMN_START_DATE),
                                column_text (stmt, EVENT_COLUMN_END_DATE));
  g_object_set (item,
                "uid", column_text (stmt, EVENT_COLUMN_UID),
                "expected", sqlite3_column_int (stmt, EVENT_COLUMN_EXPECTED) != 0,
                "case-uuid", column_text (stmt, EVENT_COLUMN_CASE_UUID),
                "case-title", column_text (stmt, EVENT_COLUMN_CASE_TITLE),
                "mandate-id", column_text (stmt, EVENT_COLUMN_MANDATE_ID),
                "country", column_text (stmt, EVENT_COLUMN_COUNTRY),
                "url", column_text (stmt, EVENT_COLUMN_URL),
                "note", column_text (stmt, EVENT_COLUMN_NOTE),
                "feed-url", column_text (stmt, EVENT_COLUMN_FEED_URL),
                "done", sqlite3_column_int (stmt, EVENT_COLUMN_DONE) != 0,
                NULL);

  return item;
}

static gboolean
insert_event (RelayStore       *self,
              RelayAgendaItem  *item,
              gint64            case_id,
              const char       *now,
              GError          **error)
{
  g_autoptr(EventStatement) stmt = NULL;
  RelayAgendaOrigin origin = relay_agenda_item_get_origin (item);
  const char *feed_url = relay_agenda_item_get_feed_url (item);
  int rc;

  if (!(stmt = prepare (self, insert_event_sql, RELAY_STORE_OP_SAVE_EVENT, error)))
    return FALSE;

  rc = bind_event_columns (stmt, item, case_id, now);
  if (rc == SQLITE_OK &&
      (rc = bind_text (stmt, 12, relay_agenda_item_get_uid (item))) == SQLITE_OK &&
      (rc = bind_text (stmt, 13, relay_enum_to_nick (RELAY_TYPE_AGENDA_ORIGIN, origin))) == SQLITE_OK)
    rc = bind_text (stmt, 14, origin == RELAY_AGENDA_ORIGIN_FEED ? feed_url : "");

  return _relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE_EVENT, error) &&
         _relay_store_step_done (self, stmt, RELAY_STORE_OP_SAVE_EVENT, error);
}

/* Runs one statement with text parameters; returns the number of rows changed. */
static gboolean
run (RelayStore    *self,
     const char    *sql,
     RelayStoreOp   op,
     int           *n_changed,
     GError       **error,
     ...)
{
  g_autoptr(EventStatement) stmt = NULL;
  const char *value;
  va_list args;
  int index = 1;
  int rc = SQLITE_OK;

  if (!(stmt = prepare (self, sql, op, error)))
    return FALSE;

  va_start (args, error);
  while (rc == SQLITE_OK && (value = va_arg (args, const char *)) != NULL)
    rc = bind_text (stmt, index++, value);
  va_end (args);

  if (!_relay_store_check_bind (self, rc, op, error) ||
      !_relay_store_step_done (self, stmt, op, error))
    return FALSE;

  if (n_changed != NULL)
    *n_changed = sqlite3_changes (self->db);

  return TRUE;
}

static gboolean
commit (RelayStore    *self,
        RelayStoreOp   op,
        GError       **error)
{
  if (_relay_store_exec (self, "COMMIT", op, error))
    return TRUE;

  _relay_store_rollback (self);
  return FALSE;
}

/*
 * Private API
 */

static RelayAgendaCase *
lookup_agenda_case (GHashTable *by_id,
                    gint64      case_id)
{
  return g_hash_table_lookup (by_id, &case_id);
}

/* Reads what the agenda needs of every case in one transaction: the cases,
 * their mandates and their timelines, without victims or attachments.
 */
GPtrArray *
_relay_store_read_agenda_cases (RelayStore  *self,
                                const char  *uuid,
                                GError     **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_LOAD_EVENTS;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify)_relay_agenda_case_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(EventStatement) cases_stmt = NULL;
  g_autoptr(EventStatement) mandates_stmt = NULL;
  g_autoptr(EventStatement) timeline_stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);

  if (!_relay_store_exec (self, "BEGIN", op, error))
    return NULL;

  /* With @uuid, only that case: what a save changed. Each query has a
   * form for one case of its own, which the indexes serve (a condition
   * such as "?1 IS NULL OR uuid = ?1" would read every row). */
  if (!(cases_stmt = prepare (self,
                              uuid != NULL
                              ? "SELECT id, uuid, title, status, country FROM cases "
                                "WHERE uuid = ?1 AND id IN (SELECT case_id FROM timeline)"
                              : "SELECT id, uuid, title, status, country FROM cases "
                                "WHERE id IN (SELECT case_id FROM timeline) ORDER BY id",
                              op, error)) ||
      (uuid != NULL &&
       !_relay_store_check_bind (self, sqlite3_bind_text (cases_stmt, 1, uuid, -1, SQLITE_STATIC),
                                 op, error)))
    goto failed;

  while ((rc = sqlite3_step (cases_stmt)) == SQLITE_ROW)
    {
      RelayAgendaCase *kase = _relay_agenda_case_new ();
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (cases_stmt, 0);
      g_free (kase->uuid);
      kase->uuid = g_strdup (column_text (cases_stmt, 1));
      g_free (kase->title);
      kase->title = g_strdup (column_text (cases_stmt, 2));
      kase->status = relay_enum_from_nick (RELAY_TYPE_CASE_STATUS, column_text (cases_stmt, 3),
                                           RELAY_CASE_STATUS_DRAFT);
      g_free (kase->country);
      kase->country = g_strdup (column_text (cases_stmt, 4));
      g_ptr_array_add (cases, kase);
      g_hash_table_insert (by_id, id, kase);
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, op);
      goto failed;
    }

  if (!(mandates_stmt = prepare (self,
                                 uuid != NULL
                                 ? "SELECT case_id, mandate_id FROM case_mandates "
                                   "WHERE case_id = (SELECT id FROM cases WHERE uuid = ?1) "
                                   "ORDER BY position"
                                 : "SELECT case_id, mandate_id FROM case_mandates "
                                   "ORDER BY case_id, position", op, error)) ||
      (uuid != NULL &&
       !_relay_store_check_bind (self, sqlite3_bind_text (mandates_stmt, 1, uuid, -1, SQLITE_STATIC),
                                 op, error)))
    goto failed;

  while ((rc = sqlite3_step (mandates_stmt)) == SQLITE_ROW)
    {
      RelayAgendaCase *kase = lookup_agenda_case (by_id, sqlite3_column_int64 (mandates_stmt, 0));

      if (kase != NULL)
        g_ptr_array_add (kase->mandate_ids, g_strdup (column_text (mandates_stmt, 1)));
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, op);
      goto failed;
    }

  if (!(timeline_stmt = prepare (self,
                                 uuid != NULL
                                 ? "SELECT case_id, date, kind, reference, mandate_id, "
                                   "communication_type, deadline, url FROM timeline "
                                   "WHERE case_id = (SELECT id FROM cases WHERE uuid = ?1) "
                                   "ORDER BY position"
                                 : "SELECT case_id, date, kind, reference, mandate_id, "
                                   "communication_type, deadline, url FROM timeline "
                                   "ORDER BY case_id, position", op, error)) ||
      (uuid != NULL &&
       !_relay_store_check_bind (self, sqlite3_bind_text (timeline_stmt, 1, uuid, -1, SQLITE_STATIC),
                                 op, error)))
    goto failed;

  while ((rc = sqlite3_step (timeline_stmt)) == SQLITE_ROW)
    {
      RelayAgendaCase *kase = lookup_agenda_case (by_id, sqlite3_column_int64 (timeline_stmt, 0));
      RelayTimelineEntry *entry;

      if (kase == NULL)
        continue;

      entry = relay_timeline_entry_new ();
      relay_timeline_entry_set_date (entry, column_text (timeline_stmt, 1));
      relay_timeline_entry_set_kind (entry,
                                     relay_enum_from_nick (RELAY_TYPE_TIMELINE_KIND,
                                                           column_text (timeline_stmt, 2),
                                                           RELAY_TIMELINE_KIND_NOTE));
      relay_timeline_entry_set_reference (entry, column_text (timeline_stmt, 3));
      relay_timeline_entry_set_mandate_id (entry, column_text (timeline_stmt, 4));
      relay_timeline_entry_set_communication_type (entry,
                                                   relay_enum_from_nick (RELAY_TYPE_COMMUNICATION_TYPE,
                                                                         column_text (timeline_stmt, 5),
                                                                         RELAY_COMMUNICATION_TYPE_NONE));
      relay_timeline_entry_set_deadline (entry, column_text (timeline_stmt, 6));
      relay_timeline_entry_set_url (entry, column_text (timeline_stmt, 7));
      g_ptr_array_add (kase->timeline, entry);
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, op);
      goto failed;
    }

  if (!commit (self, op, error))
    return NULL;

  return g_steal_pointer (&cases);

failed:
  _relay_store_rollback (self);
  return NULL;
}

/*
 * Public API
 */

/**
 * relay_store_add_event:
 * @self: a #RelayStore
 * @item: an event of origin %RELAY_AGENDA_ORIGIN_USER, of a kind the user
 *   may add (relay_agenda_kind_is_user_kind())
 * @error: return location for a #GError
 *
 * Saves a new event the user added. Its title, dates, link and note are
 * checked first: when one is wrong, @error is in %RELAY_AGENDA_ERROR
 * (%RELAY_AGENDA_ERROR_INVALID_EVENT, with a message that says what to
 * change) and nothing is saved. @item gets its stable id
 * (#RelayAgendaItem:uid) when it has none. An event of a case goes with the
 * case when the case is deleted.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_add_event (RelayStore       *self,
                       RelayAgendaItem  *item,
                       GError          **error)
{
  g_autofree char *now = NULL;
  g_autofree char *uid = NULL;
  gint64 case_id = 0;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_USER, FALSE);
  g_return_val_if_fail (relay_agenda_kind_is_user_kind (relay_agenda_item_get_kind (item)), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_user_event (item, error) ||
      !find_case_id (self, relay_agenda_item_get_case_uuid (item), RELAY_STORE_OP_SAVE_EVENT,
                     &case_id, error))
    return FALSE;

  if (*relay_agenda_item_get_uid (item) == '\0')
    {
      g_autofree char *random = g_uuid_string_random ();

      uid = g_strconcat ("user-", random, NULL);
    }
  else
    uid = g_strdup (relay_agenda_item_get_uid (item));

  now = dup_now ();

  /* Set it on the item only once saved: a failed save leaves it as it was. */
  {
    g_autoptr(RelayAgendaItem) saved = relay_agenda_item_copy (item);

    relay_agenda_item_set_uid (saved, uid);
    if (!insert_event (self, saved, case_id, now, error))
      return FALSE;
  }

  relay_agenda_item_set_uid (item, uid);
  g_debug ("Added an event to the calendar");

  return TRUE;
}

/**
 * relay_store_update_event:
 * @self: a #RelayStore
 * @item: an event the user added, saved before
 * @error: return location for a #GError
 *
 * Saves the changes to an event the user added, checked as
 * relay_store_add_event() does. An event that was deleted meanwhile fails
 * with %RELAY_AGENDA_ERROR_NOT_FOUND.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_update_event (RelayStore       *self,
                          RelayAgendaItem  *item,
                          GError          **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_SAVE_EVENT;
  g_autoptr(EventStatement) stmt = NULL;
  g_autofree char *now = NULL;
  gint64 case_id = 0;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_USER, FALSE);
  g_return_val_if_fail (relay_agenda_kind_is_user_kind (relay_agenda_item_get_kind (item)), FALSE);
  g_return_val_if_fail (*relay_agenda_item_get_uid (item) != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_user_event (item, error) ||
      !find_case_id (self, relay_agenda_item_get_case_uuid (item), op, &case_id, error))
    return FALSE;

  now = dup_now ();

  if (!(stmt = prepare (self, update_event_sql, op, error)))
    return FALSE;

  rc = bind_event_columns (stmt, item, case_id, now);
  if (rc == SQLITE_OK)
    rc = bind_text (stmt, 12, relay_agenda_item_get_uid (item));

  if (!_relay_store_check_bind (self, rc, op, error) ||
      !_relay_store_step_done (self, stmt, op, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      set_event_not_found (error);
      return FALSE;
    }

  g_debug ("Updated an event of the calendar");

  return TRUE;
}

/**
 * relay_store_delete_event:
 * @self: a #RelayStore
 * @uid: the stable id of an event the user added
 * @error: return location for a #GError
 *
 * Deletes an event the user added, and whether it was done. An event that
 * is no longer there fails with %RELAY_AGENDA_ERROR_NOT_FOUND.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_delete_event (RelayStore  *self,
                          const char  *uid,
                          GError     **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_SAVE_EVENT;
  int n_deleted = 0;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (uid != NULL && *uid != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", op, error))
    return FALSE;

  if (!run (self, "DELETE FROM events WHERE uid = ? AND origin = 'user'", op, &n_deleted, error,
            uid, NULL) ||
      !run (self, "DELETE FROM agenda_done WHERE uid = ?", op, NULL, error, uid, NULL))
    {
      _relay_store_rollback (self);
      return FALSE;
    }

  if (n_deleted == 0)
    {
      _relay_store_rollback (self);
      set_event_not_found (error);
      return FALSE;
    }

  if (!commit (self, op, error))
    return FALSE;

  g_debug ("Deleted an event of the calendar");

  return TRUE;
}

/**
 * relay_store_list_events:
 * @self: a #RelayStore
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Reads the events the user added and those of subscribed feeds, with
 * whether each is done, sorted by their first day.
 *
 * Returns: (transfer full) (element-type RelayAgendaItem): the events,
 *   possibly none, or %NULL with @error set
 */
GPtrArray *
relay_store_list_events (RelayStore  *self,
                         GError     **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(EventStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = prepare (self, select_events_sql, RELAY_STORE_OP_LOAD_EVENTS, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD_EVENTS);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * relay_store_set_item_done:
 * @self: a #RelayStore
 * @uid: the stable id of an item of any origin (#RelayAgendaItem:uid)
 * @case_uuid: (nullable): the case of the item, so the marker goes with the
 *   case; %NULL or "" for none
 * @done: whether the item is done
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Records whether the user marked an item done. Computed and bundled items
 * are made again at every reload; their marker is found again by their
 * stable id.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_set_item_done (RelayStore  *self,
                           const char  *uid,
                           const char  *case_uuid,
                           gboolean     done,
                           GError     **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_SAVE_EVENT;
  g_autofree char *now = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (uid != NULL && *uid != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!done)
    return run (self, "DELETE FROM agenda_done WHERE uid = ?", op, NULL, error, uid, NULL);

  now = dup_now ();

  /* An unknown case leaves case_id NULL: the marker then stays until the
   * item is marked not done.
   */
  return run (self,
              "INSERT INTO agenda_done (uid, case_id, done_at)\n"
              "  VALUES (?1, (SELECT id FROM cases WHERE uuid = ?2), ?3)\n"
              "  ON CONFLICT (uid) DO UPDATE SET case_id = excluded.case_id",
              op, NULL, error,
              uid, case_uuid != NULL ? case_uuid : "", now, NULL);
}

/**
 * relay_store_dup_done_items:
 * @self: a #RelayStore
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Reads which items the user marked done.
 *
 * Returns: (transfer full) (element-type utf8 utf8): a set of stable ids,
 *   possibly empty, or %NULL with @error set
 */
GHashTable *
relay_store_dup_done_items (RelayStore  *self,
                            GError     **error)
{
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(EventStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stmt = prepare (self, "SELECT uid FROM agenda_done", RELAY_STORE_OP_LOAD_EVENTS, error)))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (done, g_strdup (column_text (stmt, 0)));

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD_EVENTS);
      return NULL;
    }

  return g_steal_pointer (&done);
}

/**
 * relay_store_replace_feed_events:
 * @self: a #RelayStore
 * @feed_url: the address of a subscribed feed
 * @items: (element-type RelayAgendaItem): the events of the feed, of origin
 *   %RELAY_AGENDA_ORIGIN_FEED, with distinct stable ids
 * @etag: (nullable): the feed's ETag, for the next conditional download
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Replaces all the events of one feed, in one transaction: when anything
 * fails, the events imported before stay as they were.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_replace_feed_events (RelayStore  *self,
                                 const char  *feed_url,
                                 GPtrArray   *items,
                                 const char  *etag,
                                 GError     **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_SAVE_EVENT;
  g_autofree char *now = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (feed_url != NULL && *feed_url != '\0', FALSE);
  g_return_val_if_fail (items != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);

      g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), FALSE);
      g_return_val_if_fail (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_FEED, FALSE);
      g_return_val_if_fail (g_str_equal (relay_agenda_item_get_feed_url (item), feed_url), FALSE);
    }

  now = dup_now ();

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", op, error))
    return FALSE;

  if (!run (self, "DELETE FROM events WHERE feed_url = ?", op, NULL, error, feed_url, NULL))
    goto failed;

  for (guint i = 0; i < items->len; i++)
    {
      if (!insert_event (self, g_ptr_array_index (items, i), 0, now, error))
        goto failed;
    }

  if (!run (self,
            "INSERT INTO feeds (url, etag, fetched_at) VALUES (?1, ?2, ?3)\n"
            "  ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, fetched_at = excluded.fetched_at",
            op, NULL, error, feed_url, etag != NULL ? etag : "", now, NULL))
    goto failed;

  if (!commit (self, op, error))
    return FALSE;

  g_debug ("Replaced the events of a feed (%u events)", items->len);

  return TRUE;

failed:
  _relay_store_rollback (self);
  return FALSE;
}

/**
 * relay_store_touch_feed:
 * @self: a #RelayStore
 * @feed_url: the address of a subscribed feed
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Records that a feed was checked now and had not changed.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_touch_feed (RelayStore  *self,
                        const char  *feed_url,
                        GError     **error)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (feed_url != NULL && *feed_url != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = dup_now ();

  return run (self, "UPDATE feeds SET fetched_at = ?2 WHERE url = ?1",
              RELAY_STORE_OP_SAVE_EVENT, NULL, error, feed_url, now, NULL);
}

/**
 * relay_store_get_feed_state:
 * @self: a #RelayStore
 * @feed_url: the address of a subscribed feed
 * @etag: (out) (optional) (transfer full): the ETag of the last download,
 *   or ""
 * @fetched_at: (out) (optional) (transfer full) (nullable): when the feed
 *   was last read, or %NULL when never
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Reads what Relay knows of a feed.
 *
 * Returns: %TRUE on success (also for a feed never read), %FALSE with
 *   @error set
 */
gboolean
relay_store_get_feed_state (RelayStore  *self,
                            const char  *feed_url,
                            char       **etag,
                            GDateTime  **fetched_at,
                            GError     **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_LOAD_EVENTS;
  g_autoptr(EventStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (feed_url != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (etag != NULL)
    *etag = NULL;
  if (fetched_at != NULL)
    *fetched_at = NULL;

  if (!(stmt = prepare (self, "SELECT etag, fetched_at FROM feeds WHERE url = ?", op, error)) ||
      !_relay_store_check_bind (self, bind_text (stmt, 1, feed_url), op, error))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, op);
      return FALSE;
    }

  if (etag != NULL)
    *etag = g_strdup (rc == SQLITE_ROW ? column_text (stmt, 0) : "");
  if (fetched_at != NULL && rc == SQLITE_ROW)
    *fetched_at = g_date_time_new_from_iso8601 (column_text (stmt, 1), NULL);

  return TRUE;
}

/**
 * relay_store_delete_feed:
 * @self: a #RelayStore
 * @feed_url: the address of a feed the user no longer follows
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Forgets a feed: its events, which of them were done, and its ETag.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_delete_feed (RelayStore  *self,
                         const char  *feed_url,
                         GError     **error)
{
  const RelayStoreOp op = RELAY_STORE_OP_SAVE_EVENT;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (feed_url != NULL && *feed_url != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", op, error))
    return FALSE;

  if (!run (self, "DELETE FROM agenda_done WHERE uid IN "
                  "(SELECT uid FROM events WHERE feed_url = ?)", op, NULL, error, feed_url, NULL) ||
      !run (self, "DELETE FROM events WHERE feed_url = ?", op, NULL, error, feed_url, NULL) ||
      !run (self, "DELETE FROM feeds WHERE url = ?", op, NULL, error, feed_url, NULL))
    {
      _relay_store_rollback (self);
      return FALSE;
    }

  return commit (self, op, error);
}
