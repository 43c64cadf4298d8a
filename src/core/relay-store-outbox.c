/* relay-store-outbox.c
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

#include "relay-enums.h"
#include "relay-outbox-message-private.h"
#include "relay-store-private.h"

/*
 * The outbox
 *
 * Every message is stored whole, with its SHA-256, before any network
 * traffic: a failed or interrupted send loses nothing. Moving a message to
 * "sending" is a single UPDATE guarded by its status, so a message the
 * server accepted ("sent") can never be sent again, nor one be sent twice
 * at once. When the server accepts a message, the outbox row and the case
 * (status "sent" and a "submitted" entry in its timeline) change in one
 * transaction. Messages are rare, so their statements are not cached.
 */

#define OUTBOX_COLUMNS \
  "o.id, c.uuid, o.message_id, o.sender, o.recipients, o.subject, o.sha256, o.attachments, " \
  "o.status, o.attempts, o.last_error, o.last_error_detail, o.created_at, o.attempted_at, o.sent_at"

enum {
  COL_ID,
  COL_CASE_UUID,
  COL_MESSAGE_ID,
  COL_SENDER,
  COL_RECIPIENTS,
  COL_SUBJECT,
  COL_SHA256,
  COL_ATTACHMENTS,
  COL_STATUS,
  COL_ATTEMPTS,
  COL_LAST_ERROR,
  COL_LAST_ERROR_DETAIL,
  COL_CREATED_AT,
  COL_ATTEMPTED_AT,
  COL_SENT_AT,
};

typedef sqlite3_stmt RelayOwnedStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayOwnedStatement, sqlite3_finalize)

static char *
format_now (GDateTime **now_out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) second = g_date_time_add (now, -(g_date_time_get_microsecond (now)));

  if (now_out != NULL)
    *now_out = g_date_time_ref (second);

  return g_date_time_format (second, "%Y-%m-%dT%H:%M:%SZ");
}

static GDateTime *
parse_time (sqlite3_stmt *stmt,
            int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL || *text == '\0')
    return NULL;

  return g_date_time_new_from_iso8601 (text, NULL);
}

static const char *
enum_nick (GType type,
           int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : "";
}

static int
enum_from_nick (GType       type,
                const char *nick,
                int         fallback)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *enum_value = nick != NULL ? g_enum_get_value_by_nick (klass, nick) : NULL;

  return enum_value != NULL ? enum_value->value : fallback;
}

static sqlite3_stmt *
prepare (RelayStore    *self,
         const char    *sql,
         RelayStoreOp   op,
         GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _relay_store_set_db_error (self, error, rc, op);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

static RelayOutboxMessage *
read_message (sqlite3_stmt *stmt)
{
  RelayOutboxMessage *message;
  g_autoptr(GDateTime) created_at = NULL;
  g_autoptr(GDateTime) attempted_at = NULL;
  g_autoptr(GDateTime) sent_at = NULL;

#define TEXT(col) ((const char *) sqlite3_column_text (stmt, col))
  message = _relay_outbox_message_new_from_row (sqlite3_column_int64 (stmt, COL_ID),
                                                TEXT (COL_CASE_UUID),
                                                TEXT (COL_MESSAGE_ID),
                                                TEXT (COL_SENDER),
                                                TEXT (COL_RECIPIENTS),
                                                TEXT (COL_SUBJECT),
                                                TEXT (COL_SHA256),
                                                TEXT (COL_ATTACHMENTS));
  _relay_outbox_message_set_state (message,
                                   enum_from_nick (RELAY_TYPE_OUTBOX_STATUS, TEXT (COL_STATUS),
                                                   RELAY_OUTBOX_STATUS_FAILED),
                                   MAX (0, sqlite3_column_int (stmt, COL_ATTEMPTS)),
                                   enum_from_nick (RELAY_TYPE_MAIL_ERROR, TEXT (COL_LAST_ERROR),
                                                   RELAY_MAIL_ERROR_FAILED),
                                   TEXT (COL_LAST_ERROR_DETAIL));
#undef TEXT

  created_at = parse_time (stmt, COL_CREATED_AT);
  attempted_at = parse_time (stmt, COL_ATTEMPTED_AT);
  sent_at = parse_time (stmt, COL_SENT_AT);
  _relay_outbox_message_set_times (message, created_at, attempted_at, sent_at);

  return message;
}

static void
emit_changed (RelayStore         *self,
              RelayOutboxMessage *message)
{
  g_signal_emit_by_name (self, "outbox-changed", relay_outbox_message_get_case_uuid (message));
}

/**
 * relay_store_queue_message:
 * @self: a #RelayStore
 * @message: a new message (see relay_outbox_message_new())
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Stores @message in the outbox, as "queued", with its bytes. The case
 * must have been saved.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_queue_message (RelayStore          *self,
                           RelayOutboxMessage  *message,
                           GError             **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  g_autoptr(GDateTime) now_time = NULL;
  g_autofree char *now = NULL;
  g_autofree char *recipients = NULL;
  g_autofree char *files = NULL;
  GBytes *bytes;
  gsize size = 0;
  const void *data;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (message), FALSE);
  g_return_val_if_fail (relay_outbox_message_get_id (message) == 0, FALSE);
  g_return_val_if_fail (relay_outbox_message_get_bytes (message) != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = prepare (self,
                  "INSERT INTO outbox (case_id, message_id, sender, recipients, subject, message, "
                  "sha256, attachments, status, created_at) "
                  "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'queued', ?9 FROM cases WHERE uuid = ?1",
                  RELAY_STORE_OP_SAVE, error);
  if (stmt == NULL)
    return FALSE;

  now = format_now (&now_time);
  recipients = _relay_outbox_message_dup_recipients_text (message);
  files = _relay_outbox_message_dup_files_json (message);
  bytes = relay_outbox_message_get_bytes (message);
  data = g_bytes_get_data (bytes, &size);

  rc = sqlite3_bind_text (stmt, 1, relay_outbox_message_get_case_uuid (message), -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 2, relay_outbox_message_get_message_id (message), -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 3, relay_outbox_message_get_sender (message), -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 4, recipients, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 5, relay_outbox_message_get_subject (message), -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_blob64 (stmt, 6, size > 0 ? data : "", size, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 7, relay_outbox_message_get_sha256 (message), -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 8, files, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 9, now, -1, SQLITE_STATIC);

  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE, error) ||
      !_relay_store_step_done (self, stmt, RELAY_STORE_OP_SAVE, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      /* The case is not in the store. */
      _relay_store_set_not_found_error (error);
      return FALSE;
    }

  _relay_outbox_message_set_id (message, sqlite3_last_insert_rowid (self->db));
  _relay_outbox_message_set_state (message, RELAY_OUTBOX_STATUS_QUEUED, 0, RELAY_MAIL_ERROR_FAILED, "");
  _relay_outbox_message_set_times (message, now_time, NULL, NULL);

  g_debug ("Queued a message of %" G_GSIZE_FORMAT " bytes", size);
  emit_changed (self, message);

  return TRUE;
}

/**
 * relay_store_list_outbox:
 * @self: a #RelayStore
 * @case_uuid: (nullable): a case, or %NULL for every message
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Lists the messages of the outbox, newest first, without their bytes.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #RelayOutboxMessage,
 *   or %NULL with @error set
 */
GListModel *
relay_store_list_outbox (RelayStore  *self,
                         const char  *case_uuid,
                         GError     **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc = SQLITE_OK;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT " OUTBOX_COLUMNS " FROM outbox AS o JOIN cases AS c ON c.id = o.case_id "
                  "WHERE ?1 IS NULL OR c.uuid = ?1 ORDER BY o.id DESC",
                  RELAY_STORE_OP_LOAD, error);
  if (stmt == NULL)
    return NULL;

  if (case_uuid != NULL)
    rc = sqlite3_bind_text (stmt, 1, case_uuid, -1, SQLITE_STATIC);
  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_LOAD, error))
    return NULL;

  list = g_list_store_new (RELAY_TYPE_OUTBOX_MESSAGE);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(RelayOutboxMessage) message = read_message (stmt);

      g_list_store_append (list, message);
    }

  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * relay_store_load_outbox_message:
 * @self: a #RelayStore
 * @id: the id of a message
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Reads one message of the outbox with its bytes.
 *
 * Returns: (transfer full) (nullable): the message, or %NULL with @error
 *   set (%RELAY_STORE_ERROR_NOT_FOUND when there is none)
 */
RelayOutboxMessage *
relay_store_load_outbox_message (RelayStore  *self,
                                 gint64       id,
                                 GError     **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  g_autoptr(RelayOutboxMessage) message = NULL;
  g_autoptr(GBytes) bytes = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = prepare (self,
                  "SELECT " OUTBOX_COLUMNS ", o.message FROM outbox AS o "
                  "JOIN cases AS c ON c.id = o.case_id WHERE o.id = ?1",
                  RELAY_STORE_OP_LOAD, error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_bind_int64 (stmt, 1, id);
  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_LOAD, error))
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      _relay_store_set_not_found_error (error);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_LOAD);
      return NULL;
    }

  message = read_message (stmt);
  bytes = g_bytes_new (sqlite3_column_blob (stmt, COL_SENT_AT + 1),
                       sqlite3_column_bytes (stmt, COL_SENT_AT + 1));
  _relay_outbox_message_set_bytes (message, bytes);

  return g_steal_pointer (&message);
}

static RelayOutboxStatus
read_status (RelayStore *self,
             gint64      id,
             gboolean   *found)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;

  *found = FALSE;
  stmt = prepare (self, "SELECT status FROM outbox WHERE id = ?1", RELAY_STORE_OP_LOAD, NULL);
  if (stmt == NULL || sqlite3_bind_int64 (stmt, 1, id) != SQLITE_OK || sqlite3_step (stmt) != SQLITE_ROW)
    return RELAY_OUTBOX_STATUS_FAILED;

  *found = TRUE;
  return enum_from_nick (RELAY_TYPE_OUTBOX_STATUS, (const char *) sqlite3_column_text (stmt, 0),
                         RELAY_OUTBOX_STATUS_FAILED);
}

static void
set_status_error (RelayStore  *self,
                  gint64       id,
                  GError     **error)
{
  gboolean found;
  RelayOutboxStatus status = read_status (self, id, &found);

  if (!found)
    _relay_store_set_not_found_error (error);
  else if (status == RELAY_OUTBOX_STATUS_SENT)
    g_set_error_literal (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_ALREADY_SENT,
                         relay_mail_error_get_message (RELAY_MAIL_ERROR_ALREADY_SENT));
  else
    g_set_error_literal (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_BUSY,
                         relay_mail_error_get_message (RELAY_MAIL_ERROR_BUSY));
}

/**
 * relay_store_begin_sending:
 * @self: a #RelayStore
 * @message: a message of the outbox
 * @error: return location for a #GError
 *
 * Marks @message as being sent and counts the attempt, unless it was
 * already accepted by the server (%RELAY_MAIL_ERROR_ALREADY_SENT) or is
 * being sent (%RELAY_MAIL_ERROR_BUSY). Call it right before sending.
 *
 * Returns: %TRUE if the message may be sent now
 */
gboolean
relay_store_begin_sending (RelayStore          *self,
                           RelayOutboxMessage  *message,
                           GError             **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  g_autoptr(GDateTime) now_time = NULL;
  g_autofree char *now = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (message), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = relay_outbox_message_get_id (message);
  stmt = prepare (self,
                  "UPDATE outbox SET status = 'sending', attempts = attempts + 1, attempted_at = ?2 "
                  "WHERE id = ?1 AND status IN ('queued', 'failed')",
                  RELAY_STORE_OP_SAVE, error);
  if (stmt == NULL)
    return FALSE;

  now = format_now (&now_time);
  rc = sqlite3_bind_int64 (stmt, 1, id);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 2, now, -1, SQLITE_STATIC);

  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE, error) ||
      !_relay_store_step_done (self, stmt, RELAY_STORE_OP_SAVE, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      set_status_error (self, id, error);
      return FALSE;
    }

  _relay_outbox_message_set_state (message, RELAY_OUTBOX_STATUS_SENDING,
                                   relay_outbox_message_get_attempts (message) + 1,
                                   relay_outbox_message_get_last_error (message),
                                   relay_outbox_message_get_last_error_detail (message));
  _relay_outbox_message_set_times (message, relay_outbox_message_get_created_at (message),
                                   now_time, NULL);
  emit_changed (self, message);

  return TRUE;
}

/* The case as the server's acceptance leaves it; undone if saving fails. */
typedef struct
{
  RelayCaseStatus     status;
  GDateTime          *submitted_at;
  RelayTimelineEntry *entry;
} CaseChange;

/* The proof of submission in the timeline entry's note: the recipients,
 * then the SHA-256 of the message and of each file in the format of
 * sha256sum(1), which anyone can check and which needs no translation. */
static char *
dup_proof_note (RelayOutboxMessage *message)
{
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *recipients = g_strjoinv (", ", (char **) relay_outbox_message_get_recipients (message));
  GPtrArray *files = relay_outbox_message_get_files (message);

  g_string_append (note, recipients);
  g_string_append_printf (note, "\n%s  message.eml", relay_outbox_message_get_sha256 (message));

  for (guint i = 0; i < files->len; i++)
    {
      RelayProofFile *file = g_ptr_array_index (files, i);

      g_string_append_printf (note, "\n%s  %s", relay_proof_file_get_sha256 (file),
                              relay_proof_file_get_name (file));
    }

  return g_string_free (g_steal_pointer (&note), FALSE);
}

static void
apply_sent (RelayCase          *kase,
            RelayOutboxMessage *message,
            GDateTime          *now,
            CaseChange         *undo)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (now);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *note = dup_proof_note (message);
  GDateTime *submitted_at = relay_case_get_submitted_at (kase);

  undo->status = relay_case_get_status (kase);
  undo->submitted_at = submitted_at != NULL ? g_date_time_ref (submitted_at) : NULL;

  undo->entry = relay_timeline_entry_new ();
  relay_timeline_entry_set_kind (undo->entry, RELAY_TIMELINE_KIND_SUBMITTED);
  relay_timeline_entry_set_date (undo->entry, date);
  relay_timeline_entry_set_reference (undo->entry, relay_outbox_message_get_message_id (message));
  relay_timeline_entry_set_note (undo->entry, note);

  g_object_freeze_notify (G_OBJECT (kase));
  if (undo->status < RELAY_CASE_STATUS_SENT)
    relay_case_set_status (kase, RELAY_CASE_STATUS_SENT);
  if (submitted_at == NULL)
    relay_case_set_submitted_at (kase, now);
  g_list_store_append (relay_case_get_timeline (kase), undo->entry);
  g_object_thaw_notify (G_OBJECT (kase));
}

static void
undo_sent (RelayCase  *kase,
           CaseChange *undo)
{
  GListStore *timeline = relay_case_get_timeline (kase);
  guint position;

  if (g_list_store_find (timeline, undo->entry, &position))
    g_list_store_remove (timeline, position);
  relay_case_set_status (kase, undo->status);
  relay_case_set_submitted_at (kase, undo->submitted_at);
}

/**
 * relay_store_finish_sending:
 * @self: a #RelayStore
 * @message: a message that relay_store_begin_sending() marked
 * @kase: (nullable): the message's case, as the caller holds it
 * @send_error: (nullable): why sending failed, or %NULL if the server
 *   accepted the message
 * @detail: (nullable): technical details of the failure
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Records the result of sending @message. On success the message becomes
 * "sent" and, in the same transaction, @kase gets the status "sent" (unless
 * it is further on), its submission date, and a "submitted" entry in its
 * timeline with the Message-ID and the recipients: the proof of submission.
 * On failure the message becomes "failed" with the reason.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_finish_sending (RelayStore          *self,
                            RelayOutboxMessage  *message,
                            RelayCase           *kase,
                            const GError        *send_error,
                            const char          *detail,
                            GError             **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  g_autoptr(GDateTime) now_time = NULL;
  g_autoptr(GDateTime) created_at = NULL;
  g_autofree char *now = NULL;
  RelayMailError reason = RELAY_MAIL_ERROR_FAILED;
  CaseChange undo = { 0 };
  gint64 case_id = 0;
  gboolean sent = send_error == NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (message), FALSE);
  g_return_val_if_fail (kase == NULL || RELAY_IS_CASE (kase), FALSE);
  g_return_val_if_fail (kase == NULL || g_strcmp0 (relay_case_get_uuid (kase),
                                                   relay_outbox_message_get_case_uuid (message)) == 0,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (send_error != NULL && send_error->domain == RELAY_MAIL_ERROR)
    reason = send_error->code;
  else if (g_error_matches (send_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    reason = RELAY_MAIL_ERROR_CANCELLED;

  now = format_now (&now_time);

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", RELAY_STORE_OP_SAVE, error))
    return FALSE;

  stmt = prepare (self,
                  "UPDATE outbox SET status = ?2, last_error = ?3, last_error_detail = ?4, "
                  "sent_at = ?5 WHERE id = ?1 AND status = 'sending'",
                  RELAY_STORE_OP_SAVE, error);
  if (stmt == NULL)
    goto failed;

  rc = sqlite3_bind_int64 (stmt, 1, relay_outbox_message_get_id (message));
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 2, sent ? "sent" : "failed", -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 3, sent ? "" : enum_nick (RELAY_TYPE_MAIL_ERROR, reason), -1,
                            SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_text (stmt, 4, sent || detail == NULL ? "" : detail, -1, SQLITE_STATIC);
  if (rc == SQLITE_OK)
    rc = sent ? sqlite3_bind_text (stmt, 5, now, -1, SQLITE_STATIC) : sqlite3_bind_null (stmt, 5);

  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE, error) ||
      !_relay_store_step_done (self, stmt, RELAY_STORE_OP_SAVE, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      set_status_error (self, relay_outbox_message_get_id (message), error);
      goto failed;
    }

  if (sent && kase != NULL)
    {
      apply_sent (kase, message, now_time, &undo);
      if (!_relay_store_write_case (self, kase, now_time, &created_at, &case_id, error))
        goto failed;
    }

  if (!_relay_store_exec (self, "COMMIT", RELAY_STORE_OP_SAVE, error))
    goto failed;

  _relay_outbox_message_set_state (message,
                                   sent ? RELAY_OUTBOX_STATUS_SENT : RELAY_OUTBOX_STATUS_FAILED,
                                   relay_outbox_message_get_attempts (message),
                                   reason, sent || detail == NULL ? "" : detail);
  _relay_outbox_message_set_times (message, relay_outbox_message_get_created_at (message),
                                   relay_outbox_message_get_attempted_at (message),
                                   sent ? now_time : NULL);

  if (undo.entry != NULL)
    {
      relay_case_set_created_at (kase, created_at);
      relay_case_set_updated_at (kase, now_time);
      g_clear_object (&undo.entry);
      g_clear_pointer (&undo.submitted_at, g_date_time_unref);
      _relay_store_case_saved (self, kase, case_id);
    }

  g_debug (sent ? "A message was sent" : "A message could not be sent");
  emit_changed (self, message);

  return TRUE;

failed:
  _relay_store_rollback (self);
  if (undo.entry != NULL)
    {
      undo_sent (kase, &undo);
      g_clear_object (&undo.entry);
      g_clear_pointer (&undo.submitted_at, g_date_time_unref);
    }
  return FALSE;
}

/**
 * relay_store_discard_message:
 * @self: a #RelayStore
 * @message: a message of the outbox that was not sent
 * @error: return location for a #GError
 *
 * Deletes a queued or failed message. A sent message is the proof of
 * submission and stays (%RELAY_MAIL_ERROR_ALREADY_SENT); one being sent
 * cannot be discarded (%RELAY_MAIL_ERROR_BUSY).
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_discard_message (RelayStore          *self,
                             RelayOutboxMessage  *message,
                             GError             **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (message), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = prepare (self, "DELETE FROM outbox WHERE id = ?1 AND status IN ('queued', 'failed')",
                  RELAY_STORE_OP_DELETE, error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_bind_int64 (stmt, 1, relay_outbox_message_get_id (message));
  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_DELETE, error) ||
      !_relay_store_step_done (self, stmt, RELAY_STORE_OP_DELETE, error))
    return FALSE;

  if (sqlite3_changes (self->db) == 0)
    {
      set_status_error (self, relay_outbox_message_get_id (message), error);
      return FALSE;
    }

  g_debug ("Discarded a message");
  emit_changed (self, message);

  return TRUE;
}

/**
 * relay_store_recover_outbox:
 * @self: a #RelayStore
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Marks as failed, with %RELAY_MAIL_ERROR_INTERRUPTED, the messages left
 * "sending" by a Relay that was closed or crashed while sending. Call it
 * once when the application starts, before sending anything.
 *
 * Returns: the number of such messages; 0 with @error set on failure
 */
guint
relay_store_recover_outbox (RelayStore  *self,
                            GError     **error)
{
  g_autoptr(RelayOwnedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  stmt = prepare (self,
                  "UPDATE outbox SET status = 'failed', last_error = ?1 WHERE status = 'sending'",
                  RELAY_STORE_OP_SAVE, error);
  if (stmt == NULL)
    return 0;

  rc = sqlite3_bind_text (stmt, 1, enum_nick (RELAY_TYPE_MAIL_ERROR, RELAY_MAIL_ERROR_INTERRUPTED),
                          -1, SQLITE_STATIC);
  if (!_relay_store_check_bind (self, rc, RELAY_STORE_OP_SAVE, error) ||
      !_relay_store_step_done (self, stmt, RELAY_STORE_OP_SAVE, error))
    return 0;

  return sqlite3_changes (self->db);
}
