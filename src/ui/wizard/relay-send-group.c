/* relay-send-group.c
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

#define G_LOG_DOMAIN "relay-send-group"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-application.h"
#include "relay-mail-account.h"
#include "relay-send.h"
#include "relay-send-group.h"

/* The end of the wizard: who the submission goes to, and "Send…", which
 * asks to confirm, stores the message in the outbox and sends it. Progress
 * and errors show here, in the page; the window stays usable meanwhile. A
 * message that failed is sent again as it was stored ("Try Again"), so the
 * proof of submission matches what the server got.
 */

struct _RelaySendGroup
{
  AdwPreferencesGroup  parent_instance;

  /* Template Widgets */
  AdwActionRow        *to_row;
  AdwActionRow        *cc_row;
  AdwActionRow        *subject_row;
  GtkLabel            *note_label;
  GtkBox              *progress_box;
  GtkProgressBar      *progress_bar;
  GtkLabel            *status_label;
  GtkButton           *preferences_button;
  GtkButton           *cancel_button;
  GtkButton           *send_button;

  RelayLetter         *letter;
  /* A queued or failed message of this case, sent again as it is. */
  RelayOutboxMessage  *pending;
  GCancellable        *cancellable;
  GBinding            *progress_binding;
};

G_DEFINE_FINAL_TYPE (RelaySendGroup, relay_send_group, ADW_TYPE_PREFERENCES_GROUP)

/* NULL when the group is shown outside Relay's application (in tests of
 * other pages): it then has nothing to send with and hides. */
static RelayApplication *
get_app (void)
{
  GApplication *app = g_application_get_default ();

  return RELAY_IS_APPLICATION (app) && relay_application_get_store (RELAY_APPLICATION (app)) != NULL
         ? RELAY_APPLICATION (app) : NULL;
}

static RelaySubmission *
new_submission (RelaySendGroup *self)
{
  RelayApplication *app = get_app ();
  GSettings *settings = relay_application_get_settings (app);
  g_autoptr(RelaySubmission) submission = relay_submission_new (self->letter);
  g_autofree char *from = relay_mail_account_dup_from (settings);

  relay_submission_set_sender_from_case (submission, from);
  relay_submission_set_copy_to_sender (submission,
                                       g_settings_get_boolean (settings, "smtp-copy-to-sender"));

  return g_steal_pointer (&submission);
}

static void
set_status (RelaySendGroup *self,
            const char     *text,
            gboolean        is_error)
{
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  gtk_label_set_text (self->status_label, text != NULL ? text : "");

  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");
    }
}

static void
set_sending (RelaySendGroup *self,
             gboolean        sending)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_box), sending);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), sending);
  gtk_widget_set_sensitive (GTK_WIDGET (self->send_button), !sending);
  if (sending)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      gtk_widget_set_visible (GTK_WIDGET (self->preferences_button), FALSE);
      set_status (self, NULL, FALSE);
    }
}

static char *
join_addresses (char **addresses)
{
  return g_strjoinv (", ", addresses);
}

/* What the page shows about earlier attempts for this case. */
static void
update_from_outbox (RelaySendGroup *self)
{
  RelayStore *store = get_app () != NULL ? relay_application_get_store (get_app ()) : NULL;
  RelayCase *kase = relay_letter_get_case (self->letter);
  g_autoptr(GListModel) outbox = NULL;
  RelayOutboxMessage *sent = NULL;

  g_clear_object (&self->pending);

  if (store == NULL)
    return;

  outbox = relay_store_list_outbox (store, relay_case_get_uuid (kase), NULL);
  for (guint i = 0; outbox != NULL && i < g_list_model_get_n_items (outbox); i++)
    {
      g_autoptr(RelayOutboxMessage) message = g_list_model_get_item (outbox, i);

      switch (relay_outbox_message_get_status (message))
        {
        case RELAY_OUTBOX_STATUS_SENT:
          if (sent == NULL)
            sent = message;
          break;
        case RELAY_OUTBOX_STATUS_QUEUED:
        case RELAY_OUTBOX_STATUS_FAILED:
          if (self->pending == NULL && sent == NULL)
            self->pending = g_object_ref (message);
          break;
        case RELAY_OUTBOX_STATUS_SENDING:
        default:
          break;
        }
    }

  if (self->pending != NULL)
    {
      gtk_button_set_label (self->send_button, _("_Try Again…"));
      if (relay_outbox_message_get_status (self->pending) == RELAY_OUTBOX_STATUS_FAILED)
        set_status (self, relay_mail_error_get_message (relay_outbox_message_get_last_error (self->pending)),
                    TRUE);
    }
  else if (sent != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (relay_outbox_message_get_sent_at (sent));
      g_autofree char *day = g_date_time_format (local, "%x");
      g_autofree char *text = NULL;

      /* Translators: %s is a date. */
      text = g_strdup_printf (_("Sent on %s. The proof of submission is kept with the case."), day);
      gtk_button_set_label (self->send_button, _("Send _Again…"));
      set_status (self, text, FALSE);
    }
  else
    {
      gtk_button_set_label (self->send_button, _("_Send…"));
      set_status (self, NULL, FALSE);
    }
}

/**
 * relay_send_group_set_letter:
 * @self: a #RelaySendGroup
 * @letter: (nullable): the letter as the review page built it
 *
 * Shows who @letter goes to, and what happened to earlier attempts.
 */
void
relay_send_group_set_letter (RelaySendGroup *self,
                             RelayLetter    *letter)
{
  g_autoptr(RelaySubmission) submission = NULL;
  g_auto(GStrv) to = NULL;
  g_auto(GStrv) cc = NULL;
  g_auto(GStrv) without = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *cc_text = NULL;
  g_autofree char *subject = NULL;

  g_return_if_fail (RELAY_IS_SEND_GROUP (self));
  g_return_if_fail (letter == NULL || RELAY_IS_LETTER (letter));

  gtk_widget_set_visible (GTK_WIDGET (self), get_app () != NULL);

  /* The letter being sent stays as it is until the end. */
  if (get_app () == NULL || relay_send_group_get_sending (self) ||
      !g_set_object (&self->letter, letter) || letter == NULL)
    return;

  submission = new_submission (self);
  to = relay_submission_dup_to (submission);
  cc = relay_submission_dup_cc (submission);
  without = relay_submission_dup_mandates_without_address (submission);
  to_text = join_addresses (to);
  cc_text = join_addresses (cc);
  subject = relay_submission_dup_subject (submission);

  adw_action_row_set_subtitle (self->to_row, to_text);
  adw_action_row_set_subtitle (self->cc_row, cc_text);
  gtk_widget_set_visible (GTK_WIDGET (self->cc_row), cc[0] != NULL);
  adw_action_row_set_subtitle (self->subject_row, subject);

  if (without[0] != NULL)
    {
      RelayDirectory *directory = relay_letter_get_directory (letter);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *list = NULL;
      g_autofree char *note = NULL;

      for (guint i = 0; without[i] != NULL; i++)
        {
          RelayMandate *mandate = relay_directory_lookup (directory, without[i]);

          g_ptr_array_add (names, g_strdup (mandate != NULL ? relay_mandate_get_title (mandate, relay_ui_language ())
                                                            : without[i]));
        }
      g_ptr_array_add (names, NULL);
      list = g_strjoinv ("; ", (char **) names->pdata);
      /* Translators: %s is a list of mandates, separated by semicolons. */
      note = g_strdup_printf (_("No address of their own is known for: %s. OHCHR passes the submission on to them from urgent-action@ohchr.org."),
                              list);
      gtk_label_set_text (self->note_label, note);
      gtk_widget_set_visible (GTK_WIDGET (self->note_label), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->note_label), FALSE);

  update_from_outbox (self);
}

/**
 * relay_send_group_get_sending:
 * @self: a #RelaySendGroup
 *
 * Returns: whether a message is being sent
 */
gboolean
relay_send_group_get_sending (RelaySendGroup *self)
{
  g_return_val_if_fail (RELAY_IS_SEND_GROUP (self), FALSE);

  return self->cancellable != NULL;
}

static void
on_started_cb (RelayMailer *mailer,
               gpointer     user_data)
{
  RelaySendGroup *self = user_data;

  g_clear_object (&self->progress_binding);
  self->progress_binding = g_object_ref (g_object_bind_property (mailer, "progress",
                                                                 self->progress_bar, "fraction",
                                                                 G_BINDING_SYNC_CREATE));
}

static gboolean
is_account_problem (const GError *error)
{
  return g_error_matches (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED) ||
         g_error_matches (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_LOGIN_DENIED) ||
         error->domain == RELAY_SECRETS_ERROR;
}

static void
on_sent_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(RelaySendGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->progress_binding != NULL)
    g_binding_unbind (self->progress_binding);
  g_clear_object (&self->progress_binding);
  g_clear_object (&self->cancellable);
  set_sending (self, FALSE);

  update_from_outbox (self);

  if (!relay_send_message_finish (result, &error))
    {
      g_debug ("Sending failed: %s", error->message);
      set_status (self, error->message, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->preferences_button), is_account_problem (error));
      /* Focus on the message, so that a screen reader reads it; without
       * the selection that focusing a selectable label makes. */
      gtk_widget_grab_focus (GTK_WIDGET (self->status_label));
      gtk_label_select_region (self->status_label, 0, 0);
      return;
    }

  set_status (self, _("Sent. The mail server accepted the submission; the proof of submission is kept with the case."),
              FALSE);
}

static void
start_sending (RelaySendGroup *self)
{
  RelayApplication *app = get_app ();
  RelayStore *store = relay_application_get_store (app);
  RelayCase *kase = relay_letter_get_case (self->letter);
  g_autoptr(RelayOutboxMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  if (self->pending != NULL)
    message = g_object_ref (self->pending);
  else
    {
      g_autoptr(RelaySubmission) submission = new_submission (self);

      /* Everything is stored before any network traffic. */
      if (!relay_store_save_case (store, kase, &error) ||
          (message = relay_submission_build (submission, &error)) == NULL ||
          !relay_store_queue_message (store, message, &error))
        {
          set_status (self, error->message, TRUE);
          gtk_widget_set_visible (GTK_WIDGET (self->preferences_button), is_account_problem (error));
          return;
        }
    }

  self->cancellable = g_cancellable_new ();
  set_sending (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->cancel_button));

  relay_send_message_async (message, kase, self->cancellable, on_started_cb,
                            on_sent_cb, g_object_ref (self));
}

static void
on_confirm_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  RelaySendGroup *self = user_data;

  if (g_strcmp0 (response, "send") == 0 && !relay_send_group_get_sending (self))
    start_sending (self);
}

static void
on_send_clicked_cb (RelaySendGroup *self)
{
  GtkWidget *dialog;
  g_autoptr(RelaySubmission) submission = NULL;
  g_auto(GStrv) recipients = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *list = NULL;
  g_autofree char *body = NULL;

  if (self->letter == NULL)
    return;

  if (self->pending != NULL)
    {
      recipients = g_strdupv ((char **) relay_outbox_message_get_recipients (self->pending));
      subject = g_strdup (relay_outbox_message_get_subject (self->pending));
    }
  else
    {
      g_auto(GStrv) to = NULL;
      g_auto(GStrv) cc = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      submission = new_submission (self);
      to = relay_submission_dup_to (submission);
      cc = relay_submission_dup_cc (submission);
      g_strv_builder_addv (builder, (const char **) to);
      g_strv_builder_addv (builder, (const char **) cc);
      recipients = g_strv_builder_end (builder);
      subject = relay_submission_dup_subject (submission);
    }

  list = g_strjoinv ("\n", recipients);
  /* Translators: the first %s is a list of e-mail addresses, one per line;
   * the second the subject of the e-mail. */
  body = g_strdup_printf (_("It goes to:\n%s\n\nSubject: %s\n\nOnce the mail server accepts it, it cannot be taken back."),
                          list, subject);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   self->pending != NULL ? _("Send This Submission Again?")
                                                         : _("Send This Submission?"),
                                   body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "send", _("_Send"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "send",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "send");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* Closing the dialog answers again, with "cancel". */
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_cancel_clicked_cb (RelaySendGroup *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
on_outbox_changed_cb (RelaySendGroup *self,
                      const char     *case_uuid)
{
  if (self->letter != NULL && !relay_send_group_get_sending (self) &&
      g_strcmp0 (case_uuid, relay_case_get_uuid (relay_letter_get_case (self->letter))) == 0)
    update_from_outbox (self);
}

static void
relay_send_group_dispose (GObject *object)
{
  RelaySendGroup *self = (RelaySendGroup *)object;

  /* A send that is under way goes on: its result is recorded anyway. */
  g_clear_object (&self->letter);
  g_clear_object (&self->pending);
  g_clear_object (&self->progress_binding);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_SEND_GROUP);

  G_OBJECT_CLASS (relay_send_group_parent_class)->dispose (object);
}

static void
relay_send_group_class_init (RelaySendGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_send_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/wizard/relay-send-group.ui");
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, to_row);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, cc_row);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, subject_row);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, note_label);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, progress_box);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, status_label);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, preferences_button);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RelaySendGroup, send_button);
  gtk_widget_class_bind_template_callback (widget_class, on_send_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
relay_send_group_init (RelaySendGroup *self)
{
  RelayApplication *app = get_app ();

  gtk_widget_init_template (GTK_WIDGET (self));

  if (app != NULL)
    g_signal_connect_object (relay_application_get_store (app), "outbox-changed",
                             G_CALLBACK (on_outbox_changed_cb), self, G_CONNECT_SWAPPED);
}
