/* relay-attachments-group.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-attachments-group"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-attachments-group.h"
#include "relay-wizard-page.h"

/* The documents attached to a case: for a law or policy, its text and a
 * note on the translation. Files go in through the file chooser portal. */

struct _RelayAttachmentsGroup
{
  AdwBin      parent_instance;

  GtkWidget  *group;
  GtkListBox *list;
  GtkLabel   *error_label;

  RelayCase  *kase;
};

G_DEFINE_FINAL_TYPE (RelayAttachmentsGroup, relay_attachments_group, ADW_TYPE_BIN)

static void rebuild (RelayAttachmentsGroup *self);

static void
show_error (RelayAttachmentsGroup *self,
            const char            *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_remove_clicked_cb (GtkButton             *button,
                      RelayAttachmentsGroup *self)
{
  RelayAttachment *attachment = g_object_get_data (G_OBJECT (button), "attachment");
  guint position;

  if (self->kase != NULL &&
      g_list_store_find (relay_case_get_attachments (self->kase), attachment, &position))
    g_list_store_remove (relay_case_get_attachments (self->kase), position);
}

static GtkWidget *
create_row (RelayAttachmentsGroup *self,
            RelayAttachment       *attachment)
{
  g_autofree char *size = g_format_size (relay_attachment_get_size (attachment));
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *note_row;
  GtkWidget *button;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), relay_attachment_get_file_name (attachment));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), size);

  /* Translators: %s is a file name. */
  remove_label = g_strdup_printf (_("Remove “%s”"), relay_attachment_get_file_name (attachment));
  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  note_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (note_row),
                                 _("Translation note, for example “Unofficial English translation”"));
  relay_wizard_bind_item (G_OBJECT (attachment), "translation-note", note_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), note_row);

  return row;
}

static void
rebuild (RelayAttachmentsGroup *self)
{
  GtkWidget *child;
  GListModel *attachments;
  guint n_items;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);

  if (self->kase == NULL)
    return;

  attachments = G_LIST_MODEL (relay_case_get_attachments (self->kase));
  n_items = g_list_model_get_n_items (attachments);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelayAttachment) attachment = g_list_model_get_item (attachments, i);

      gtk_list_box_append (self->list, create_row (self, attachment));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), n_items > 0);
}

static void
on_attachments_changed_cb (RelayAttachmentsGroup *self)
{
  rebuild (self);
}

/**
 * relay_attachments_group_attach_file:
 * @self: a #RelayAttachmentsGroup
 * @file: a file the user chose
 *
 * Reads @file into the case, or says plainly why it cannot be attached.
 *
 * Returns: %TRUE if the file was attached
 */
gboolean
relay_attachments_group_attach_file (RelayAttachmentsGroup *self,
                                     GFile                 *file)
{
  g_autoptr(RelayAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RELAY_IS_ATTACHMENTS_GROUP (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->kase == NULL)
    return FALSE;

  attachment = relay_attachment_new_from_file (file, NULL, &error);
  if (attachment == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }

  show_error (self, NULL);
  g_list_store_append (relay_case_get_attachments (self->kase), attachment);

  return TRUE;
}

static void
on_chooser_response_cb (GtkNativeDialog       *dialog,
                        int                    response,
                        RelayAttachmentsGroup *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      relay_attachments_group_attach_file (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
on_attach_clicked_cb (GtkButton             *button,
                      RelayAttachmentsGroup *self)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Attach a Document"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Attach"), _("_Cancel"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
relay_attachments_group_dispose (GObject *object)
{
  RelayAttachmentsGroup *self = (RelayAttachmentsGroup *)object;

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (relay_case_get_attachments (self->kase), self);
  g_clear_object (&self->kase);

  G_OBJECT_CLASS (relay_attachments_group_parent_class)->dispose (object);
}

static void
relay_attachments_group_class_init (RelayAttachmentsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_attachments_group_dispose;
}

static void
relay_attachments_group_init (RelayAttachmentsGroup *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *button;

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Documents"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("Attach what supports the facts: for a law or policy, its "
                                           "text, with a translation into English, French or Spanish if "
                                           "you have one. Files up to 20 MB."));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Documents"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0.0f);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  button = gtk_button_new_with_mnemonic (_("Attach a _Document…"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_attach_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (box), button);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), box);
  adw_bin_set_child (ADW_BIN (self), self->group);
}

/**
 * relay_attachments_group_set_case:
 * @self: a #RelayAttachmentsGroup
 * @kase: (nullable): the case whose documents to show
 *
 * Shows the documents of @kase and lets the user add and remove them.
 */
void
relay_attachments_group_set_case (RelayAttachmentsGroup *self,
                                  RelayCase             *kase)
{
  g_return_if_fail (RELAY_IS_ATTACHMENTS_GROUP (self));

  if (self->kase == kase)
    return;

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (relay_case_get_attachments (self->kase), self);

  g_set_object (&self->kase, kase);
  show_error (self, NULL);

  if (kase != NULL)
    g_signal_connect_object (relay_case_get_attachments (kase), "items-changed",
                             G_CALLBACK (on_attachments_changed_cb), self, G_CONNECT_SWAPPED);

  rebuild (self);
}
