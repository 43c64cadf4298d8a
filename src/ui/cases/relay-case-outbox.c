/* relay-case-outbox.c
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

#define G_LOG_DOMAIN "relay-case-outbox"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-application.h"
#include "relay-case-outbox.h"
#include "relay-rows.h"
#include "relay-send.h"

/* The case page's "Sent by E-mail" group: each message of the case in the
 * outbox. A sent message shows its proof of submission, which can be
 * copied; one that failed shows why, and can be sent again as it was
 * stored, or discarded.
 */

#define MESSAGE_KEY "relay-outbox-message"
#define CASE_KEY "relay-outbox-case"

static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("—");

  local = g_date_time_to_local (time);
  /* Translators: a date and time, in g_date_time_format() notation. */
  return g_date_time_format (local, _("%x at %H:%M"));
}

static void
show_toast (GtkWidget  *widget,
            const char *message)
{
  gtk_widget_activate_action (widget, "win.toast", "s", message);
}

static void
on_copy_clicked_cb (GtkButton *button,
                    gpointer   user_data)
{
  RelayOutboxMessage *message = g_object_get_data (G_OBJECT (button), MESSAGE_KEY);
  g_autofree char *proof = relay_outbox_message_dup_proof_text (message);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), proof);
  show_toast (GTK_WIDGET (button), _("Proof of submission copied"));
}

static void
on_retried_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWidget) button = user_data;
  g_autoptr(GError) error = NULL;

  /* The group is rebuilt from the outbox when it changes; the button may
   * be gone from the window by now. */
  if (!relay_send_message_finish (result, &error))
    {
      if (gtk_widget_get_root (button) != NULL)
        show_toast (button, error->message);
      else
        g_debug ("Sending again failed: %s", error->message);
      return;
    }

  if (gtk_widget_get_root (button) != NULL)
    show_toast (button, _("Sent. The proof of submission is below."));
}

static void
on_retry_clicked_cb (GtkButton *button,
                     gpointer   user_data)
{
  RelayOutboxMessage *message = g_object_get_data (G_OBJECT (button), MESSAGE_KEY);
  RelayCase *kase = g_object_get_data (G_OBJECT (button), CASE_KEY);

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  gtk_button_set_label (button, _("Sending…"));
  relay_send_message_async (message, kase, NULL, NULL, on_retried_cb, g_object_ref (button));
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  RelayOutboxMessage *message = g_object_get_data (G_OBJECT (dialog), MESSAGE_KEY);
  g_autoptr(GError) error = NULL;
  RelayStore *store = relay_application_get_store (RELAY_APPLICATION (g_application_get_default ()));

  if (g_strcmp0 (response, "discard") != 0)
    return;

  if (!relay_store_discard_message (store, message, &error))
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

      if (parent != NULL)
        show_toast (GTK_WIDGET (parent), error->message);
    }
}

static void
on_discard_clicked_cb (GtkButton *button,
                       gpointer   user_data)
{
  RelayOutboxMessage *message = g_object_get_data (G_OBJECT (button), MESSAGE_KEY);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                                   _("Discard This Message?"),
                                   _("It was not sent. The case itself stays as it is, and you can send it again from the wizard."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* Closing the dialog answers again, with "cancel": the message goes
   * with the dialog, not with an answer. */
  g_object_set_data_full (G_OBJECT (dialog), MESSAGE_KEY, g_object_ref (message), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_discard_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
new_button (const char         *label,
            const char         *accessible_label,
            RelayOutboxMessage *message,
            RelayCase          *kase,
            GCallback           callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), MESSAGE_KEY, g_object_ref (message), g_object_unref);
  g_object_set_data_full (G_OBJECT (button), CASE_KEY, g_object_ref (kase), g_object_unref);
  g_signal_connect (button, "clicked", callback, NULL);

  return button;
}

static void
add_sent_row (GtkWidget          *group,
              RelayOutboxMessage *message,
              RelayCase          *kase)
{
  g_autofree char *when = format_time (relay_outbox_message_get_sent_at (message));
  g_autofree char *title = NULL;
  g_autofree char *recipients = g_strjoinv (", ", (char **) relay_outbox_message_get_recipients (message));
  g_autofree char *proof = relay_outbox_message_dup_proof_text (message);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *label;
  GtkWidget *box;

  /* Translators: %s is a date and time. */
  title = g_strdup_printf (_("Sent on %s"), when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), recipients);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row),
                               gtk_image_new_from_icon_name ("emblem-ok-symbolic"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  label = gtk_label_new (_("Proof of submission: keep it to show when, to whom and what you sent. The checksums (SHA-256) identify the exact message and files."));
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (proof);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "monospace");
  gtk_box_append (GTK_BOX (box), label);

  {
    GtkWidget *copy = new_button (_("_Copy Proof"), _("Copy the proof of submission"),
                                  message, kase, G_CALLBACK (on_copy_clicked_cb));

    gtk_widget_set_halign (copy, GTK_ALIGN_END);
    gtk_box_append (GTK_BOX (box), copy);
  }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_unsent_row (GtkWidget          *group,
                RelayOutboxMessage *message,
                RelayCase          *kase)
{
  RelayOutboxStatus status = relay_outbox_message_get_status (message);
  g_autofree char *when = format_time (relay_outbox_message_get_created_at (message));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: the first %s is a state such as "Not sent", the second a date and time. */
  title = g_strdup_printf (_("%s — prepared on %s"), relay_outbox_status_get_label (status), when);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  if (status == RELAY_OUTBOX_STATUS_FAILED)
    {
      subtitle = g_strdup (relay_mail_error_get_message (relay_outbox_message_get_last_error (message)));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
    }
  else if (status == RELAY_OUTBOX_STATUS_SENDING)
    {
      GtkWidget *spinner = gtk_spinner_new ();

      gtk_spinner_start (GTK_SPINNER (spinner));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), spinner);
    }
  else
    subtitle = g_strdup (_("It is waiting in the outbox: nothing was sent yet."));

  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (status != RELAY_OUTBOX_STATUS_SENDING)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_button (_("_Discard"), _("Discard the message that was not sent"),
                                             message, kase, G_CALLBACK (on_discard_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 new_button (_("_Try Again"), _("Send the message again"),
                                             message, kase, G_CALLBACK (on_retry_clicked_cb)));
    }

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

/**
 * relay_case_outbox_add_group:
 * @sections: the box of the case page's groups
 * @kase: the case shown
 *
 * Adds the group of the case's e-mails, if it has any.
 */
void
relay_case_outbox_add_group (GtkBox    *sections,
                             RelayCase *kase)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GListModel) outbox = NULL;
  g_autoptr(GError) error = NULL;
  RelayStore *store;
  GtkWidget *group;

  if (!RELAY_IS_APPLICATION (app) || (store = relay_application_get_store (RELAY_APPLICATION (app))) == NULL)
    return;

  outbox = relay_store_list_outbox (store, relay_case_get_uuid (kase), &error);
  if (outbox == NULL)
    {
      g_debug ("Cannot list the outbox: %s", error->message);
      return;
    }

  if (g_list_model_get_n_items (outbox) == 0)
    return;

  group = relay_rows_add_group (sections, _("Sent by E-mail"),
                                _("Each message sent, or not yet sent, for this case."));

  for (guint i = 0; i < g_list_model_get_n_items (outbox); i++)
    {
      g_autoptr(RelayOutboxMessage) message = g_list_model_get_item (outbox, i);

      if (relay_outbox_message_get_status (message) == RELAY_OUTBOX_STATUS_SENT)
        add_sent_row (group, message, kase);
      else
        add_unsent_row (group, message, kase);
    }
}
