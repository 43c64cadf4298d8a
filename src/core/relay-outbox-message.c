/* relay-outbox-message.c
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

#define G_LOG_DOMAIN "relay-outbox"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "relay-core-private.h"
#include "relay-format.h"
#include "relay-outbox-message-private.h"

/* A message in the outbox: what was (or will be) sent, where it is, and
 * the proof of submission once the server accepted it — the date, the
 * recipients, the Message-ID and the SHA-256 of the exact bytes sent and of
 * every attached file. The bytes themselves stay in the store and are only
 * loaded to send them.
 */

struct _RelayProofFile
{
  char    *name;
  guint64  size;
  char    *sha256;
};

G_DEFINE_BOXED_TYPE (RelayProofFile, relay_proof_file, relay_proof_file_copy, relay_proof_file_free)

/**
 * relay_proof_file_new:
 * @name: the file name the recipients see
 * @size: its size in bytes
 * @sha256: its SHA-256, in hexadecimal
 *
 * Returns: (transfer full): a new #RelayProofFile
 */
RelayProofFile *
relay_proof_file_new (const char *name,
                      guint64     size,
                      const char *sha256)
{
  RelayProofFile *self = g_new0 (RelayProofFile, 1);

  self->name = g_strdup (name != NULL ? name : "");
  self->size = size;
  self->sha256 = g_strdup (sha256 != NULL ? sha256 : "");

  return self;
}

/**
 * relay_proof_file_copy:
 * @self: a #RelayProofFile
 *
 * Returns: (transfer full): a copy of @self
 */
RelayProofFile *
relay_proof_file_copy (RelayProofFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return relay_proof_file_new (self->name, self->size, self->sha256);
}

/**
 * relay_proof_file_free:
 * @self: (nullable): a #RelayProofFile
 */
void
relay_proof_file_free (RelayProofFile *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->sha256);
  g_free (self);
}

/**
 * relay_proof_file_get_name:
 * @self: a #RelayProofFile
 *
 * Returns: the file name
 */
const char *
relay_proof_file_get_name (RelayProofFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

/**
 * relay_proof_file_get_size:
 * @self: a #RelayProofFile
 *
 * Returns: the size in bytes
 */
guint64
relay_proof_file_get_size (RelayProofFile *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->size;
}

/**
 * relay_proof_file_get_sha256:
 * @self: a #RelayProofFile
 *
 * Returns: the SHA-256 in hexadecimal
 */
const char *
relay_proof_file_get_sha256 (RelayProofFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->sha256;
}

struct _RelayOutboxMessage
{
  GObject parent_instance;

  gint64             id;
  char              *case_uuid;
  char              *message_id;
  char              *sender;
  GStrv              recipients;
  char              *subject;
  char              *sha256;
  GPtrArray         *files;
  GBytes            *bytes;
  RelayOutboxStatus  status;
  guint              attempts;
  RelayMailError     last_error;
  char              *last_error_detail;
  GDateTime         *created_at;
  GDateTime         *attempted_at;
  GDateTime         *sent_at;
};

G_DEFINE_FINAL_TYPE (RelayOutboxMessage, relay_outbox_message, G_TYPE_OBJECT)

static void
relay_outbox_message_finalize (GObject *object)
{
  RelayOutboxMessage *self = (RelayOutboxMessage *)object;

  g_clear_pointer (&self->case_uuid, g_free);
  g_clear_pointer (&self->message_id, g_free);
  g_clear_pointer (&self->sender, g_free);
  g_clear_pointer (&self->recipients, g_strfreev);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->last_error_detail, g_free);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->attempted_at, g_date_time_unref);
  g_clear_pointer (&self->sent_at, g_date_time_unref);

  G_OBJECT_CLASS (relay_outbox_message_parent_class)->finalize (object);
}

static void
relay_outbox_message_class_init (RelayOutboxMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_outbox_message_finalize;
}

static void
relay_outbox_message_init (RelayOutboxMessage *self)
{
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_proof_file_free);
  self->status = RELAY_OUTBOX_STATUS_QUEUED;
  self->last_error_detail = g_strdup ("");
}

/**
 * relay_outbox_message_new:
 * @case_uuid: the case the message belongs to
 * @mime: the message
 * @files: (element-type RelayProofFile): the files attached to it
 *
 * Writes @mime once and keeps its bytes, their SHA-256 and the files' for
 * the proof of submission, ready for relay_store_queue_message().
 *
 * Returns: (transfer full): a new #RelayOutboxMessage
 */
RelayOutboxMessage *
relay_outbox_message_new (const char       *case_uuid,
                          RelayMimeMessage *mime,
                          GPtrArray        *files)
{
  RelayOutboxMessage *self;

  g_return_val_if_fail (case_uuid != NULL, NULL);
  g_return_val_if_fail (RELAY_IS_MIME_MESSAGE (mime), NULL);
  g_return_val_if_fail (relay_mime_message_get_from_address (mime) != NULL, NULL);

  self = g_object_new (RELAY_TYPE_OUTBOX_MESSAGE, NULL);
  self->case_uuid = g_strdup (case_uuid);
  self->bytes = relay_mime_message_to_bytes (mime);
  self->message_id = g_strdup (relay_mime_message_get_message_id (mime));
  self->sender = g_strdup (relay_mime_message_get_from_address (mime));
  self->recipients = relay_mime_message_dup_recipients (mime);
  self->subject = g_strdup (relay_mime_message_get_subject (mime));
  self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, self->bytes);

  for (guint i = 0; files != NULL && i < files->len; i++)
    g_ptr_array_add (self->files, relay_proof_file_copy (g_ptr_array_index (files, i)));

  return self;
}

RelayOutboxMessage *
_relay_outbox_message_new_from_row (gint64      id,
                                    const char *case_uuid,
                                    const char *message_id,
                                    const char *sender,
                                    const char *recipients,
                                    const char *subject,
                                    const char *sha256,
                                    const char *files)
{
  RelayOutboxMessage *self = g_object_new (RELAY_TYPE_OUTBOX_MESSAGE, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();

  self->id = id;
  self->case_uuid = g_strdup (case_uuid != NULL ? case_uuid : "");
  self->message_id = g_strdup (message_id != NULL ? message_id : "");
  self->sender = g_strdup (sender != NULL ? sender : "");
  self->recipients = g_strsplit (recipients != NULL ? recipients : "", "\n", -1);
  self->subject = g_strdup (subject != NULL ? subject : "");
  self->sha256 = g_strdup (sha256 != NULL ? sha256 : "");

  /* A damaged list of files only loses the list, not the message. */
  if (files != NULL && *files != '\0' && json_parser_load_from_data (parser, files, -1, NULL) &&
      JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)))
    {
      JsonArray *array = json_node_get_array (json_parser_get_root (parser));

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          JsonObject *object;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;

          object = json_node_get_object (node);
          g_ptr_array_add (self->files,
                           relay_proof_file_new (json_object_get_string_member_with_default (object, "name", ""),
                                                 json_object_get_int_member_with_default (object, "size", 0),
                                                 json_object_get_string_member_with_default (object, "sha256", "")));
        }
    }

  return self;
}

void
_relay_outbox_message_set_id (RelayOutboxMessage *self,
                              gint64              id)
{
  self->id = id;
}

void
_relay_outbox_message_set_state (RelayOutboxMessage *self,
                                 RelayOutboxStatus   status,
                                 guint               attempts,
                                 RelayMailError      last_error,
                                 const char         *last_error_detail)
{
  self->status = status;
  self->attempts = attempts;
  self->last_error = last_error;
  _relay_set_string (&self->last_error_detail, last_error_detail);
}

void
_relay_outbox_message_set_times (RelayOutboxMessage *self,
                                 GDateTime          *created_at,
                                 GDateTime          *attempted_at,
                                 GDateTime          *sent_at)
{
  _relay_set_date_time (&self->created_at, created_at);
  _relay_set_date_time (&self->attempted_at, attempted_at);
  _relay_set_date_time (&self->sent_at, sent_at);
}

void
_relay_outbox_message_set_bytes (RelayOutboxMessage *self,
                                 GBytes             *bytes)
{
  g_clear_pointer (&self->bytes, g_bytes_unref);
  if (bytes != NULL)
    self->bytes = g_bytes_ref (bytes);
}

char *
_relay_outbox_message_dup_recipients_text (RelayOutboxMessage *self)
{
  return g_strjoinv ("\n", self->recipients);
}

char *
_relay_outbox_message_dup_files_json (RelayOutboxMessage *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < self->files->len; i++)
    {
      RelayProofFile *file = g_ptr_array_index (self->files, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, file->name);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, (gint64) file->size);
      json_builder_set_member_name (builder, "sha256");
      json_builder_add_string_value (builder, file->sha256);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/**
 * relay_outbox_message_get_id:
 * @self: a #RelayOutboxMessage
 *
 * Returns: the id of the message in the store, 0 before it is queued
 */
gint64
relay_outbox_message_get_id (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), 0);

  return self->id;
}

/**
 * relay_outbox_message_get_case_uuid:
 * @self: a #RelayOutboxMessage
 *
 * Returns: the unique id of the case
 */
const char *
relay_outbox_message_get_case_uuid (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->case_uuid;
}

/**
 * relay_outbox_message_get_message_id:
 * @self: a #RelayOutboxMessage
 *
 * Returns: the Message-ID header, with its angle brackets
 */
const char *
relay_outbox_message_get_message_id (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->message_id;
}

/**
 * relay_outbox_message_get_sender:
 * @self: a #RelayOutboxMessage
 *
 * Returns: the sender's address
 */
const char *
relay_outbox_message_get_sender (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->sender;
}

/**
 * relay_outbox_message_get_recipients:
 * @self: a #RelayOutboxMessage
 *
 * Returns: (array zero-terminated=1) (transfer none): every recipient
 */
const char * const *
relay_outbox_message_get_recipients (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return (const char * const *) self->recipients;
}

/**
 * relay_outbox_message_get_subject:
 * @self: a #RelayOutboxMessage
 *
 * Returns: the subject
 */
const char *
relay_outbox_message_get_subject (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->subject;
}

/**
 * relay_outbox_message_get_sha256:
 * @self: a #RelayOutboxMessage
 *
 * Returns: the SHA-256 of the whole message, in hexadecimal
 */
const char *
relay_outbox_message_get_sha256 (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->sha256;
}

/**
 * relay_outbox_message_get_files:
 * @self: a #RelayOutboxMessage
 *
 * Returns: (transfer none) (element-type RelayProofFile): the attached files
 */
GPtrArray *
relay_outbox_message_get_files (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->files;
}

/**
 * relay_outbox_message_get_bytes:
 * @self: a #RelayOutboxMessage
 *
 * Gets the message itself, when it is at hand: a new message has it, one
 * listed from the store has not (see relay_store_load_outbox_bytes()).
 *
 * Returns: (transfer none) (nullable): the bytes of the message
 */
GBytes *
relay_outbox_message_get_bytes (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->bytes;
}

/**
 * relay_outbox_message_get_status:
 * @self: a #RelayOutboxMessage
 *
 * Returns: where the message is
 */
RelayOutboxStatus
relay_outbox_message_get_status (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), RELAY_OUTBOX_STATUS_QUEUED);

  return self->status;
}

/**
 * relay_outbox_message_get_attempts:
 * @self: a #RelayOutboxMessage
 *
 * Returns: how many times sending was tried
 */
guint
relay_outbox_message_get_attempts (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), 0);

  return self->attempts;
}

/**
 * relay_outbox_message_get_last_error:
 * @self: a #RelayOutboxMessage
 *
 * Gets why the last attempt failed; see relay_mail_error_get_message().
 * Meaningful when the status is %RELAY_OUTBOX_STATUS_FAILED.
 *
 * Returns: the error
 */
RelayMailError
relay_outbox_message_get_last_error (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), RELAY_MAIL_ERROR_FAILED);

  return self->last_error;
}

/**
 * relay_outbox_message_get_last_error_detail:
 * @self: a #RelayOutboxMessage
 *
 * Returns: technical details of the last failure, or ""
 */
const char *
relay_outbox_message_get_last_error_detail (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->last_error_detail;
}

/**
 * relay_outbox_message_get_created_at:
 * @self: a #RelayOutboxMessage
 *
 * Returns: (nullable): when the message was queued
 */
GDateTime *
relay_outbox_message_get_created_at (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->created_at;
}

/**
 * relay_outbox_message_get_attempted_at:
 * @self: a #RelayOutboxMessage
 *
 * Returns: (nullable): when sending was last tried
 */
GDateTime *
relay_outbox_message_get_attempted_at (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->attempted_at;
}

/**
 * relay_outbox_message_get_sent_at:
 * @self: a #RelayOutboxMessage
 *
 * Returns: (nullable): when the server accepted the message
 */
GDateTime *
relay_outbox_message_get_sent_at (RelayOutboxMessage *self)
{
  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  return self->sent_at;
}

/**
 * relay_outbox_message_dup_proof_text:
 * @self: a #RelayOutboxMessage
 *
 * Writes the proof of submission of a sent message as text, to show or
 * copy: when, to whom, the Message-ID and the SHA-256 of the message and
 * of each file.
 *
 * Returns: (transfer full): translated text
 */
char *
relay_outbox_message_dup_proof_text (RelayOutboxMessage *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *recipients = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (RELAY_IS_OUTBOX_MESSAGE (self), NULL);

  recipients = g_strjoinv (", ", self->recipients);
  if (self->sent_at != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (self->sent_at);

      /* Translators: a date and time in proofs of submission, in
       * g_date_time_format() notation. */
      when = g_date_time_format (local, _("%Y-%m-%d %H:%M:%S %Z"));
    }

  /* Translators: %s is a date and time. */
  g_string_append_printf (text, _("Accepted by the mail server: %s"), when != NULL ? when : "—");
  g_string_append_c (text, '\n');
  /* Translators: %s is a list of e-mail addresses. */
  g_string_append_printf (text, _("Recipients: %s"), recipients);
  g_string_append_c (text, '\n');
  /* Translators: %s is the Message-ID of an e-mail, such as <1234@example.org>. */
  g_string_append_printf (text, _("Message-ID: %s"), self->message_id);
  g_string_append_c (text, '\n');
  /* Translators: %s is a SHA-256 checksum in hexadecimal. */
  g_string_append_printf (text, _("SHA-256 of the message: %s"), self->sha256);

  for (guint i = 0; i < self->files->len; i++)
    {
      RelayProofFile *file = g_ptr_array_index (self->files, i);

      g_string_append_c (text, '\n');
      /* Translators: the first %s is a file name, the second a SHA-256 checksum. */
      g_string_append_printf (text, _("SHA-256 of %s: %s"), file->name, file->sha256);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
