/* relay-mandate-detail.c
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

#define G_LOG_DOMAIN "relay-mandate-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-mandate-detail.h"
#include "relay-rows.h"

/* Everything the directory knows about one mandate: how to reach it first,
 * then what it requires. The user may add or correct its address. */

struct _RelayMandateDetail
{
  AdwBin             parent_instance;

  /* Template Widgets */
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkWidget         *unofficial_box;
  GtkButton         *prepare_button;
  GtkBox            *sections;

  /* Owned References */
  RelayDirectory    *directory;
  RelayMandate      *mandate;
  gulong             notify_id;
};

G_DEFINE_FINAL_TYPE (RelayMandateDetail, relay_mandate_detail, ADW_TYPE_BIN)

static void rebuild (RelayMandateDetail *self);

/*
 * Auxiliary methods
 */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
show_toast (RelayMandateDetail *self,
            const char         *message)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
}

static void
copy_text (RelayMandateDetail *self,
           const char         *text)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_set_text (clipboard, text);
  show_toast (self, _("Address copied"));
}

static GtkWidget *
add_suffix_button (GtkWidget  *row,
                   const char *icon_name,
                   const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return button;
}

static void
on_copy_clicked_cb (GtkButton          *button,
                    RelayMandateDetail *self)
{
  copy_text (self, g_object_get_data (G_OBJECT (button), "address"));
}

static GtkWidget *
add_address_row (RelayMandateDetail *self,
                 GtkWidget          *group,
                 const char         *address,
                 const char         *description)
{
  GtkWidget *row = relay_rows_add_row (group, address, description);
  GtkWidget *button;

  gtk_widget_add_css_class (row, "property");
  button = add_suffix_button (row, "edit-copy-symbolic", _("Copy Address"));
  g_object_set_data_full (G_OBJECT (button), "address", g_strdup (address), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_copy_clicked_cb), self, 0);

  return row;
}

static void
on_remove_local_clicked_cb (RelayMandateDetail *self,
                            GtkButton          *button)
{
  g_autoptr(GError) error = NULL;

  if (!relay_directory_set_local_email (self->directory, relay_mandate_get_id (self->mandate),
                                        NULL, &error))
    show_toast (self, error->message);
  else
    show_toast (self, _("Your address was removed"));
}

static void
on_email_entry_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  const char *text = gtk_editable_get_text (entry);
  gboolean valid = relay_email_is_valid (text);

  adw_message_dialog_set_response_enabled (dialog, "save", valid);
  if (valid || *text == '\0')
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
}

static void
on_email_entry_activate_cb (GtkEntry         *entry,
                            AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "save"))
    adw_message_dialog_response (dialog, "save");
}

static void
on_email_dialog_response_cb (AdwMessageDialog   *dialog,
                             const char         *response,
                             RelayMandateDetail *self)
{
  g_autoptr(GError) error = NULL;
  GtkEditable *entry;
  const char *mandate_id;

  if (g_strcmp0 (response, "save") != 0 || self->mandate == NULL)
    return;

  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  mandate_id = g_object_get_data (G_OBJECT (dialog), "mandate-id");

  if (!relay_directory_set_local_email (self->directory, mandate_id,
                                        gtk_editable_get_text (entry), &error))
    show_toast (self, error->message);
  else
    show_toast (self, _("Address saved"));
}

static void
on_edit_address_clicked_cb (RelayMandateDetail *self,
                            GtkButton          *button)
{
  GtkWidget *dialog;
  GtkWidget *entry;
  const char *current;

  g_assert (RELAY_IS_MANDATE_DETAIL (self));

  if (self->mandate == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Address of This Mandate"),
                                   NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s",
                                  _("Type the address the mandate gave you or that you found on its page at ohchr.org. "
                                    "Relay keeps it on this computer, marked as added by you, and uses it instead of "
                                    "the directory’s."));

  entry = gtk_entry_new ();
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_EMAIL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "hrc-…@un.org");
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("E-mail address"),
                                  -1);
  current = relay_mandate_get_effective_email (self->mandate);
  if (current != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), current);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save",
                                           relay_email_is_valid (current));

  g_object_set_data_full (G_OBJECT (dialog), "mandate-id",
                          g_strdup (relay_mandate_get_id (self->mandate)), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_email_entry_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (on_email_entry_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_email_dialog_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
on_webpage_activated_cb (RelayMandateDetail *self,
                         AdwActionRow       *row)
{
  if (self->mandate == NULL || is_empty (relay_mandate_get_webpage (self->mandate)))
    return;

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                relay_mandate_get_webpage (self->mandate),
                GDK_CURRENT_TIME);
}

static void
add_contact_section (RelayMandateDetail *self)
{
  RelayMandate *mandate = self->mandate;
  const char *email = relay_mandate_get_email (mandate);
  const char *local = relay_mandate_get_local_email (mandate);
  const char *urgent = relay_directory_get_urgent_action_email (self->directory);
  const char *webpage = relay_mandate_get_webpage (mandate);
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *button;

  group = relay_rows_add_group (self->sections, _("How to Reach This Mandate"), NULL);

  if (!is_empty (local))
    {
      row = add_address_row (self, group, local, _("Added by you"));
      button = add_suffix_button (row, "user-trash-symbolic", _("Remove Your Address"));
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_local_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      if (!is_empty (email))
        add_address_row (self, group, email, _("Address in the directory, not used while yours is set"));
    }
  else if (!is_empty (email))
    {
      add_address_row (self, group, email, _("E-mail address"));
    }
  else
    {
      g_autofree char *text = NULL;

      /* Translators: %s is urgent-action@ohchr.org. */
      text = g_strdup_printf (_("No confirmed address is known for this mandate. Send submissions to %s: "
                                "the staff of the UN Human Rights Office pass them on to the right experts."),
                              urgent);
      add_address_row (self, group, urgent, text);
    }

  row = relay_rows_add_row (group,
                            is_empty (relay_mandate_get_effective_email (mandate))
                              ? _("Add the Mandate’s Address")
                              : _("Correct the Address"),
                            _("If the mandate gave you another address, Relay will use yours."));
  button = add_suffix_button (row, "document-edit-symbolic",
                              is_empty (relay_mandate_get_effective_email (mandate))
                                ? _("Add the Mandate’s Address")
                                : _("Correct the Address"));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_edit_address_clicked_cb),
                           self, G_CONNECT_SWAPPED);

  if (!is_empty (webpage))
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("adw-external-link-symbolic");

      row = relay_rows_add_row (group, _("Web Page"), webpage);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Opens in your web browser"),
                                      -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (on_webpage_activated_cb),
                               self, G_CONNECT_SWAPPED);
    }
}

static void
add_about_section (RelayMandateDetail *self)
{
  RelayMandate *mandate = self->mandate;
  g_autofree char *verified = relay_format_iso_date (relay_mandate_get_last_verified (mandate));
  const char *country = relay_mandate_get_country (mandate);
  GtkWidget *group;

  group = relay_rows_add_group (self->sections, _("About This Mandate"), NULL);

  relay_rows_add_value_row (group, _("Type"),
                            relay_mandate_type_get_label (relay_mandate_get_mandate_type (mandate)));
  if (!is_empty (country))
    relay_rows_add_value_row (group, _("Country"), relay_country_get_name (country));
  else
    relay_rows_add_value_row (group, _("Scope"), _("Thematic: all countries"));

  if (relay_mandate_get_acknowledges_submissions (mandate))
    relay_rows_add_row (group, _("Confirms receipt"),
                        _("This mandate usually confirms that it received your submission. If you hear "
                          "nothing for several weeks, send a short follow-up."));
  else
    relay_rows_add_row (group, _("Does not usually confirm receipt"),
                        _("Silence does not mean your submission was lost. Keep a copy of what you sent and when."));

  if (verified != NULL)
    relay_rows_add_value_row (group, _("Information last checked"), verified);
}

static void
add_list_section (RelayMandateDetail *self,
                  const char         *title,
                  const char         *description,
                  const char * const *items)
{
  GtkWidget *group;

  if (items == NULL || items[0] == NULL)
    return;

  group = relay_rows_add_group (self->sections, title, description);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = relay_rows_add_row (group, items[i], NULL);
      GtkWidget *label = gtk_label_new (number);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
    }
}

static void
add_criteria_sections (RelayMandateDetail *self)
{
  RelayMandate *mandate = self->mandate;
  const char *who = relay_mandate_get_who_may_submit (mandate, NULL);
  const char *note = relay_mandate_get_criteria_note (mandate, NULL);
  GtkWidget *group;

  if (!is_empty (who))
    {
      group = relay_rows_add_group (self->sections, _("Who May Submit"), NULL);
      relay_rows_add_text (group, _("Who May Submit"), who);
    }

  add_list_section (self, _("Information the Mandate Requires"),
                    _("A submission without these elements cannot be considered."),
                    relay_mandate_get_required_elements (mandate, NULL));

  add_list_section (self, _("Consent Statements"),
                    _("Say yes or no to each of these in your submission."),
                    relay_mandate_get_consent_statements (mandate, NULL));

  if (!is_empty (note))
    {
      group = relay_rows_add_group (self->sections, _("Good to Know"), NULL);
      relay_rows_add_text (group, _("Good to Know"), note);
    }
}

static void
add_sources_section (RelayMandateDetail *self)
{
  const char * const *sources = relay_mandate_get_sources (self->mandate);
  GtkWidget *group;

  if (sources == NULL || sources[0] == NULL)
    return;

  group = relay_rows_add_group (self->sections, _("Sources"),
                                _("Where the information on this page comes from."));

  for (guint i = 0; sources[i] != NULL; i++)
    {
      GtkWidget *row = relay_rows_add_row (group, sources[i], NULL);

      gtk_widget_add_css_class (row, "caption");
    }
}

static void
rebuild (RelayMandateDetail *self)
{
  RelayMandate *mandate = self->mandate;
  g_autofree char *summary = NULL;
  const char *language;
  const char *country;

  relay_rows_clear (self->sections);

  if (mandate == NULL || self->directory == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->summary_label, "");
      gtk_widget_set_visible (self->unofficial_box, FALSE);
      return;
    }

  language = relay_ui_language ();
  gtk_label_set_label (self->title_label, relay_mandate_get_title (mandate, NULL));

  /* A new case with this mandate already chosen as the lead. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->prepare_button), "s",
                                    relay_mandate_get_id (mandate));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->prepare_button), "win.prepare-submission");
  gtk_widget_set_visible (self->unofficial_box,
                          !relay_mandate_title_is_official (mandate, language));

  country = relay_mandate_get_country (mandate);
  if (!is_empty (country))
    /* Translators: a mandate's type, then its country, as in
     * "Special Rapporteur · Myanmar". */
    summary = g_strdup_printf (_("%1$s · %2$s"),
                               relay_mandate_type_get_label (relay_mandate_get_mandate_type (mandate)),
                               relay_country_get_name (country));
  else
    summary = g_strdup (relay_mandate_type_get_label (relay_mandate_get_mandate_type (mandate)));
  gtk_label_set_label (self->summary_label, summary);

  add_contact_section (self);
  add_criteria_sections (self);
  add_about_section (self);
  add_sources_section (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

static void
on_mandate_notify_cb (RelayMandateDetail *self,
                      GParamSpec         *pspec,
                      RelayMandate       *mandate)
{
  rebuild (self);
}

/*
 * Object implementation
 */

static void
relay_mandate_detail_dispose (GObject *object)
{
  RelayMandateDetail *self = (RelayMandateDetail *)object;

  if (self->mandate != NULL)
    g_clear_signal_handler (&self->notify_id, self->mandate);
  g_clear_object (&self->mandate);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (relay_mandate_detail_parent_class)->dispose (object);
}

static void
relay_mandate_detail_class_init (RelayMandateDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_mandate_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mandates/relay-mandate-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayMandateDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateDetail, unofficial_box);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateDetail, prepare_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateDetail, sections);
}

static void
relay_mandate_detail_init (RelayMandateDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_mandate_detail_new:
 *
 * Returns: (transfer floating): a new #RelayMandateDetail
 */
RelayMandateDetail *
relay_mandate_detail_new (void)
{
  return g_object_new (RELAY_TYPE_MANDATE_DETAIL, NULL);
}

/**
 * relay_mandate_detail_set_directory:
 * @self: a #RelayMandateDetail
 * @directory: the directory the mandates come from
 *
 * Sets the directory, which knows the general addresses and keeps the
 * addresses the user adds.
 */
void
relay_mandate_detail_set_directory (RelayMandateDetail *self,
                                    RelayDirectory     *directory)
{
  g_return_if_fail (RELAY_IS_MANDATE_DETAIL (self));
  g_return_if_fail (RELAY_IS_DIRECTORY (directory));

  if (g_set_object (&self->directory, directory))
    rebuild (self);
}

/**
 * relay_mandate_detail_get_mandate:
 * @self: a #RelayMandateDetail
 *
 * Returns: (transfer none) (nullable): the mandate shown
 */
RelayMandate *
relay_mandate_detail_get_mandate (RelayMandateDetail *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE_DETAIL (self), NULL);

  return self->mandate;
}

/**
 * relay_mandate_detail_set_mandate:
 * @self: a #RelayMandateDetail
 * @mandate: (nullable): the mandate to show
 *
 * Shows @mandate, and keeps the page up to date when its address changes.
 */
void
relay_mandate_detail_set_mandate (RelayMandateDetail *self,
                                  RelayMandate       *mandate)
{
  g_return_if_fail (RELAY_IS_MANDATE_DETAIL (self));
  g_return_if_fail (mandate == NULL || RELAY_IS_MANDATE (mandate));

  if (self->mandate == mandate)
    return;

  if (self->mandate != NULL)
    g_clear_signal_handler (&self->notify_id, self->mandate);

  g_set_object (&self->mandate, mandate);

  if (mandate != NULL)
    self->notify_id = g_signal_connect_object (mandate, "notify::local-email",
                                               G_CALLBACK (on_mandate_notify_cb),
                                               self, G_CONNECT_SWAPPED);

  rebuild (self);
}
