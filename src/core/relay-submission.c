/* relay-submission.c
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

#define G_LOG_DOMAIN "relay-submission"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-attachment.h"
#include "relay-case-mandate.h"
#include "relay-directory.h"
#include "relay-mime-message.h"
#include "relay-submission.h"

/* A submission by e-mail: who receives it, and the message itself (the
 * letter as text, the letter as PDF, the case's documents), built once and
 * kept in the outbox; then sending it from there and recording the result.
 *
 * Recipients, as the guide says: urgent-action@ohchr.org always, which
 * OHCHR routes; the address of each chosen mandate that has one (the
 * user's correction first); reprisals@ohchr.org for a case of reprisals;
 * and, if asked, a copy to the sender.
 */

struct _RelaySubmission
{
  GObject parent_instance;

  RelayLetter *letter;
  char        *sender_name;
  char        *sender_address;
  gboolean     copy_to_sender;
};

G_DEFINE_FINAL_TYPE (RelaySubmission, relay_submission, G_TYPE_OBJECT)

static void
relay_submission_finalize (GObject *object)
{
  RelaySubmission *self = (RelaySubmission *)object;

  g_clear_object (&self->letter);
  g_clear_pointer (&self->sender_name, g_free);
  g_clear_pointer (&self->sender_address, g_free);

  G_OBJECT_CLASS (relay_submission_parent_class)->finalize (object);
}

static void
relay_submission_class_init (RelaySubmissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_submission_finalize;
}

static void
relay_submission_init (RelaySubmission *self)
{
}

/**
 * relay_submission_new:
 * @letter: the letter, with its case and directory
 *
 * Returns: (transfer full): a new #RelaySubmission
 */
RelaySubmission *
relay_submission_new (RelayLetter *letter)
{
  RelaySubmission *self;

  g_return_val_if_fail (RELAY_IS_LETTER (letter), NULL);
  g_return_val_if_fail (relay_letter_get_directory (letter) != NULL, NULL);

  self = g_object_new (RELAY_TYPE_SUBMISSION, NULL);
  self->letter = g_object_ref (letter);

  return self;
}

/**
 * relay_submission_get_letter:
 * @self: a #RelaySubmission
 *
 * Returns: (transfer none): the letter
 */
RelayLetter *
relay_submission_get_letter (RelaySubmission *self)
{
  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  return self->letter;
}

/**
 * relay_submission_set_sender:
 * @self: a #RelaySubmission
 * @name: (nullable): the sender's name or organisation
 * @address: (nullable): the address the message is sent from
 */
void
relay_submission_set_sender (RelaySubmission *self,
                             const char      *name,
                             const char      *address)
{
  g_return_if_fail (RELAY_IS_SUBMISSION (self));

  g_free (self->sender_name);
  self->sender_name = g_strdup (name);
  g_free (self->sender_address);
  self->sender_address = g_strdup (address);
}

/**
 * relay_submission_set_sender_from_case:
 * @self: a #RelaySubmission
 * @address: (nullable): the address the message is sent from
 *
 * Sends from @address under the name of the case's sender: the person and,
 * in brackets, the organisation ("Lucía Fernández (Colectivo Çaracol)"),
 * either one alone, or no name when the case has neither.
 */
void
relay_submission_set_sender_from_case (RelaySubmission *self,
                                       const char      *address)
{
  RelayCase *kase;
  const char *person;
  const char *organisation;
  g_autofree char *name = NULL;

  g_return_if_fail (RELAY_IS_SUBMISSION (self));

  kase = relay_letter_get_case (self->letter);
  person = relay_case_get_sender_name (kase);
  organisation = relay_case_get_sender_organisation (kase);

  if (*person != '\0' && *organisation != '\0')
    name = g_strdup_printf ("%s (%s)", person, organisation);
  else if (*person != '\0' || *organisation != '\0')
    name = g_strdup (*person != '\0' ? person : organisation);

  relay_submission_set_sender (self, name, address);
}

/**
 * relay_submission_get_sender_name:
 * @self: a #RelaySubmission
 *
 * Returns: (nullable): the name the message is sent under
 */
const char *
relay_submission_get_sender_name (RelaySubmission *self)
{
  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  return self->sender_name;
}

/**
 * relay_submission_get_sender_address:
 * @self: a #RelaySubmission
 *
 * Returns: (nullable): the address the message is sent from
 */
const char *
relay_submission_get_sender_address (RelaySubmission *self)
{
  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  return self->sender_address;
}

/**
 * relay_submission_set_copy_to_sender:
 * @self: a #RelaySubmission
 * @copy_to_sender: whether the sender gets a copy (in Cc)
 */
void
relay_submission_set_copy_to_sender (RelaySubmission *self,
                                     gboolean         copy_to_sender)
{
  g_return_if_fail (RELAY_IS_SUBMISSION (self));

  self->copy_to_sender = !!copy_to_sender;
}

static void
add_unique (GPtrArray  *addresses,
            const char *address)
{
  if (address == NULL || !relay_email_is_valid (address))
    return;

  for (guint i = 0; i < addresses->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (addresses, i), address) == 0)
      return;

  g_ptr_array_add (addresses, g_strdup (address));
}

static const char *
mandate_address (RelayDirectory *directory,
                 const char     *mandate_id)
{
  RelayMandate *mandate = relay_directory_lookup (directory, mandate_id);
  const char *local;

  if (mandate == NULL)
    return NULL;

  local = relay_mandate_get_local_email (mandate);
  if (local != NULL && *local != '\0')
    return local;

  return relay_mandate_get_email (mandate);
}

/* The case's mandates, the lead first. */
static GPtrArray *
dup_mandate_ids (RelayCase *kase)
{
  GListModel *mandates = G_LIST_MODEL (relay_case_get_mandates (kase));
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (mandates); i++)
      {
        g_autoptr(RelayCaseMandate) item = g_list_model_get_item (mandates, i);
        gboolean lead = relay_case_mandate_get_role (item) == RELAY_MANDATE_ROLE_LEAD;

        if (lead == (pass == 0))
          g_ptr_array_add (ids, g_strdup (relay_case_mandate_get_mandate_id (item)));
      }

  return ids;
}

static char **
to_strv (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);

  return (char **) g_ptr_array_free (array, FALSE);
}

/**
 * relay_submission_dup_to:
 * @self: a #RelaySubmission
 *
 * Gets the main recipients: urgent-action@ohchr.org, each mandate's
 * address, and reprisals@ohchr.org for a case of reprisals.
 *
 * Returns: (transfer full): a %NULL-terminated array of addresses
 */
char **
relay_submission_dup_to (RelaySubmission *self)
{
  RelayDirectory *directory;
  RelayCase *kase;
  g_autoptr(GPtrArray) ids = NULL;
  GPtrArray *to;

  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  directory = relay_letter_get_directory (self->letter);
  kase = relay_letter_get_case (self->letter);
  to = g_ptr_array_new_with_free_func (g_free);

  add_unique (to, relay_directory_get_urgent_action_email (directory));

  ids = dup_mandate_ids (kase);
  for (guint i = 0; i < ids->len; i++)
    add_unique (to, mandate_address (directory, g_ptr_array_index (ids, i)));

  if (relay_case_get_kind (kase) == RELAY_CASE_KIND_REPRISAL)
    add_unique (to, relay_directory_get_reprisals_email (directory));

  return to_strv (to);
}

/**
 * relay_submission_dup_cc:
 * @self: a #RelaySubmission
 *
 * Gets the copy recipients: the sender, if a copy was asked for.
 *
 * Returns: (transfer full): a %NULL-terminated array of addresses
 */
char **
relay_submission_dup_cc (RelaySubmission *self)
{
  g_auto(GStrv) to = NULL;
  GPtrArray *cc;

  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  cc = g_ptr_array_new_with_free_func (g_free);

  if (self->copy_to_sender && self->sender_address != NULL &&
      relay_email_is_valid (self->sender_address))
    {
      to = relay_submission_dup_to (self);
      if (!g_strv_contains ((const char * const *) to, self->sender_address))
        g_ptr_array_add (cc, g_strdup (self->sender_address));
    }

  return to_strv (cc);
}

/**
 * relay_submission_dup_mandates_without_address:
 * @self: a #RelaySubmission
 *
 * Lists the chosen mandates that have no address of their own: they get
 * the submission through urgent-action@ohchr.org.
 *
 * Returns: (transfer full): a %NULL-terminated array of mandate ids
 */
char **
relay_submission_dup_mandates_without_address (RelaySubmission *self)
{
  RelayDirectory *directory;
  g_autoptr(GPtrArray) ids = NULL;
  GPtrArray *without;

  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  directory = relay_letter_get_directory (self->letter);
  ids = dup_mandate_ids (relay_letter_get_case (self->letter));
  without = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < ids->len; i++)
    {
      const char *address = mandate_address (directory, g_ptr_array_index (ids, i));

      if (address == NULL || !relay_email_is_valid (address))
        g_ptr_array_add (without, g_strdup (g_ptr_array_index (ids, i)));
    }

  return to_strv (without);
}

/**
 * relay_submission_dup_subject:
 * @self: a #RelaySubmission
 *
 * Returns: (transfer full): the subject of the e-mail: the letter's
 */
char *
relay_submission_dup_subject (RelaySubmission *self)
{
  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);

  return relay_letter_dup_subject (self->letter);
}

/**
 * relay_submission_build:
 * @self: a #RelaySubmission
 * @error: return location for a #GError
 *
 * Writes the message: the letter as UTF-8 text in the body, the letter as
 * PDF and the case's documents attached, with the proof of each file. The
 * letter's date is fixed first (if it had none), so that the PDF is the
 * same as one exported from the same letter.
 *
 * Returns: (transfer full) (nullable): the message, ready for
 *   relay_store_queue_message(), or %NULL with @error set
 *   (%RELAY_MAIL_ERROR_NOT_CONFIGURED when there is no sender address)
 */
RelayOutboxMessage *
relay_submission_build (RelaySubmission  *self,
                        GError          **error)
{
  g_autoptr(RelayMimeMessage) mime = NULL;
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_auto(GStrv) to = NULL;
  g_auto(GStrv) cc = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf_name = NULL;
  g_autofree char *pdf_sha256 = NULL;
  RelayCase *kase;
  GListModel *attachments;

  g_return_val_if_fail (RELAY_IS_SUBMISSION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->sender_address == NULL || !relay_email_is_valid (self->sender_address))
    {
      g_set_error_literal (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED,
                           relay_mail_error_get_message (RELAY_MAIL_ERROR_NOT_CONFIGURED));
      return NULL;
    }

  kase = relay_letter_get_case (self->letter);

  if (relay_letter_get_date (self->letter) == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) second = g_date_time_add (now, -(g_date_time_get_microsecond (now)));

      relay_letter_set_date (self->letter, second);
    }

  stream = g_memory_output_stream_new_resizable ();
  if (!relay_letter_write_pdf (self->letter, stream, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;
  pdf = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));

  subject = relay_letter_dup_subject (self->letter);
  text = relay_letter_dup_text (self->letter);
  pdf_name = relay_letter_dup_pdf_file_name (self->letter);
  pdf_sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);

  mime = relay_mime_message_new ();
  relay_mime_message_set_from (mime, self->sender_name, self->sender_address);
  relay_mime_message_set_subject (mime, subject);
  relay_mime_message_set_language (mime, relay_letter_get_language (self->letter));
  relay_mime_message_set_date (mime, relay_letter_get_date (self->letter));
  relay_mime_message_set_text (mime, text);

  to = relay_submission_dup_to (self);
  for (guint i = 0; to[i] != NULL; i++)
    relay_mime_message_add_to (mime, to[i]);
  cc = relay_submission_dup_cc (self);
  for (guint i = 0; cc[i] != NULL; i++)
    relay_mime_message_add_cc (mime, cc[i]);

  files = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_proof_file_free);

  relay_mime_message_add_attachment (mime, pdf_name, "application/pdf", pdf);
  g_ptr_array_add (files, relay_proof_file_new (pdf_name, g_bytes_get_size (pdf), pdf_sha256));

  attachments = G_LIST_MODEL (relay_case_get_attachments (kase));
  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(RelayAttachment) attachment = g_list_model_get_item (attachments, i);

      relay_mime_message_add_attachment (mime,
                                         relay_attachment_get_file_name (attachment),
                                         relay_attachment_get_mime_type (attachment),
                                         relay_attachment_get_bytes (attachment));
      g_ptr_array_add (files, relay_proof_file_new (relay_attachment_get_file_name (attachment),
                                                    relay_attachment_get_size (attachment),
                                                    relay_attachment_get_sha256 (attachment)));
    }

  return relay_outbox_message_new (relay_case_get_uuid (kase), mime, files);
}

/*
 * Sending from the outbox
 */

typedef struct
{
  RelayStore         *store;
  RelayOutboxMessage *message;
  RelayCase          *kase;
} SendData;

static void
send_data_free (gpointer data)
{
  SendData *send = data;

  g_clear_object (&send->store);
  g_clear_object (&send->message);
  g_clear_object (&send->kase);
  g_free (send);
}

static void
on_sent_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SendData *send = g_task_get_task_data (task);
  g_autoptr(GError) send_error = NULL;
  g_autoptr(GError) store_error = NULL;
  g_autofree char *detail = NULL;

  relay_mailer_send_finish (RELAY_MAILER (object), result, &detail, &send_error);

  /* The result is recorded even if the caller is gone or cancelled. */
  if (!relay_store_finish_sending (send->store, send->message, send->kase,
                                   send_error, detail, &store_error))
    {
      /* The server has the message but the store could not say so: the
       * message stays "sending", and is marked interrupted at the next
       * start rather than sent again without a warning.
       */
      if (send_error == NULL)
        g_warning ("A message was sent but could not be recorded as sent");
      g_task_return_error (task, g_steal_pointer (&store_error));
      return;
    }

  if (send_error != NULL)
    g_task_return_error (task, g_steal_pointer (&send_error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * relay_submission_send_async:
 * @store: the store that holds @message
 * @mailer: a configured #RelayMailer
 * @message: a queued or failed message of the outbox
 * @kase: (nullable): the message's case, as the caller holds it; it gets
 *   the status "sent" and the proof of submission in its timeline
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Sends a message of the outbox and records the result there. A message
 * that the server already accepted is not sent again
 * (%RELAY_MAIL_ERROR_ALREADY_SENT).
 */
void
relay_submission_send_async (RelayStore          *store,
                             RelayMailer         *mailer,
                             RelayOutboxMessage  *message,
                             RelayCase           *kase,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayOutboxMessage) loaded = NULL;
  SendData *send;
  GBytes *bytes;

  g_return_if_fail (RELAY_IS_STORE (store));
  g_return_if_fail (RELAY_IS_MAILER (mailer));
  g_return_if_fail (RELAY_IS_OUTBOX_MESSAGE (message));
  g_return_if_fail (kase == NULL || RELAY_IS_CASE (kase));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_submission_send_async);

  bytes = relay_outbox_message_get_bytes (message);
  if (bytes == NULL)
    {
      loaded = relay_store_load_outbox_message (store, relay_outbox_message_get_id (message), &error);
      if (loaded == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      bytes = relay_outbox_message_get_bytes (loaded);
    }

  if (!relay_store_begin_sending (store, message, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  send = g_new0 (SendData, 1);
  send->store = g_object_ref (store);
  send->message = g_object_ref (message);
  send->kase = kase != NULL ? g_object_ref (kase) : NULL;
  g_task_set_task_data (task, send, send_data_free);

  relay_mailer_send_async (mailer,
                           relay_outbox_message_get_sender (message),
                           relay_outbox_message_get_recipients (message),
                           bytes, cancellable, on_sent_cb, g_steal_pointer (&task));
}

/**
 * relay_submission_send_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError: %RELAY_MAIL_ERROR,
 *   %G_IO_ERROR_CANCELLED or %RELAY_STORE_ERROR
 *
 * Returns: %TRUE when the server accepted the message and the proof of
 *   submission was recorded
 */
gboolean
relay_submission_send_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == relay_submission_send_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
