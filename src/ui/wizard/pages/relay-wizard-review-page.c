/* relay-wizard-review-page.c
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

#define G_LOG_DOMAIN "relay-wizard-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "wizard/relay-send-group.h"
#include "relay-wizard-review-page.h"

/* "Review": the completeness checks, the language of the submission,
 * whether to include the confidential part, and the letter as the experts
 * will receive it. Nothing is sent from here. The letter is rebuilt when
 * the page is shown and when the language or the confidential switch
 * changes, not on every edit elsewhere.
 */

struct _RelayWizardReviewPage
{
  RelayWizardPage  parent_instance;

  /* Template Widgets */
  GtkListBox      *checklist;
  AdwComboRow     *language_row;
  GtkSwitch       *confidential_switch;
  GtkBox          *preview_box;
  GtkLabel        *export_status;
  RelaySendGroup  *send_group;

  /* The case whose language the combo row shows. */
  RelayCase       *kase;
  GBinding        *language_binding;
  gulong           language_handler;

  /* The "Copied" label shown, if any: one at a time. */
  GtkWidget       *copied_label;
};

enum {
  SHOW_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RelayWizardReviewPage, relay_wizard_review_page, RELAY_TYPE_WIZARD_PAGE)

#define PART_KEY "relay-wizard-part"
#define COPY_TEXT_KEY "relay-wizard-copy-text"
#define COPIED_LABEL_KEY "relay-wizard-copied-label"

/* The languages of the combo row, in its order. */
static const char * const languages[] = { "en", "fr", "es" };

/*
 * Auxiliary methods
 */

/* The wizard page that asks for @part. */
static const char *
part_get_page_id (RelayLetterPart part)
{
  switch (part)
    {
    case RELAY_LETTER_PART_SENDER:
    case RELAY_LETTER_PART_CONFIDENTIAL:
      return "sender";
    case RELAY_LETTER_PART_URGENCY:
      return "kind";
    case RELAY_LETTER_PART_VICTIMS:
    case RELAY_LETTER_PART_CONSENT:
      return "victims";
    case RELAY_LETTER_PART_WHAT_HAPPENED:
      return "events";
    case RELAY_LETTER_PART_PERPETRATORS:
      return "perpetrators";
    case RELAY_LETTER_PART_CONTEXT:
      return "context";
    case RELAY_LETTER_PART_ACTION_TAKEN:
      return "action-taken";
    case RELAY_LETTER_PART_ACTION_REQUESTED:
      return "action-requested";
    case RELAY_LETTER_PART_MANDATES:
      return "mandates";
    default:
      g_return_val_if_reached ("sender");
    }
}

/* The question's name, in the language of the user interface. */
static const char *
part_get_name (RelayLetterPart part)
{
  switch (part)
    {
    case RELAY_LETTER_PART_SENDER:
      return _("Who is sending");
    case RELAY_LETTER_PART_URGENCY:
      return _("Urgency");
    case RELAY_LETTER_PART_VICTIMS:
      return _("Victims");
    case RELAY_LETTER_PART_CONSENT:
      return _("Consent");
    case RELAY_LETTER_PART_WHAT_HAPPENED:
      return _("What happened");
    case RELAY_LETTER_PART_PERPETRATORS:
      return _("Alleged perpetrators");
    case RELAY_LETTER_PART_CONTEXT:
      return _("Context");
    case RELAY_LETTER_PART_ACTION_TAKEN:
      return _("Action already taken");
    case RELAY_LETTER_PART_ACTION_REQUESTED:
      return _("Action requested");
    case RELAY_LETTER_PART_MANDATES:
      return _("Mandates");
    case RELAY_LETTER_PART_CONFIDENTIAL:
      return _("Confidential part");
    default:
      g_return_val_if_reached ("");
    }
}

static void
status_get_icon (RelayCheckStatus   status,
                 const char       **icon_name,
                 const char       **css_class,
                 const char       **label)
{
  switch (status)
    {
    case RELAY_CHECK_STATUS_ANSWERED:
      *icon_name = "emblem-ok-symbolic";
      *css_class = "success";
      *label = _("Answered");
      break;

    case RELAY_CHECK_STATUS_THIN:
      *icon_name = "dialog-warning-symbolic";
      *css_class = "warning";
      *label = _("Thin");
      break;

    case RELAY_CHECK_STATUS_MISSING:
      *icon_name = "dialog-error-symbolic";
      *css_class = "error";
      *label = _("Missing");
      break;

    case RELAY_CHECK_STATUS_WARNING:
    default:
      *icon_name = "dialog-warning-symbolic";
      *css_class = "warning";
      *label = _("Warning");
      break;
    }
}

static void
remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

static GtkWidget *
create_check_row (RelayCheckItem *item)
{
  RelayLetterPart part = relay_check_item_get_part (item);
  const char *icon_name, *css_class, *status_label;
  g_autofree char *accessible_label = NULL;
  GtkWidget *row;
  GtkWidget *icon;

  status_get_icon (relay_check_item_get_status (item), &icon_name, &css_class, &status_label);

  row = adw_action_row_new ();
  /* The message may quote a victim's name: no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), part_get_name (part));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), relay_check_item_get_message (item));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), PART_KEY, GINT_TO_POINTER (part));

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, css_class);
  gtk_widget_set_tooltip_text (icon, status_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, status_label,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  /* Translators: a line of the review's checklist, for screen readers:
   * the question and its status, as in "Victims: Missing" */
  accessible_label = g_strdup_printf (_("%1$s: %2$s"), part_get_name (part), status_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, relay_check_item_get_message (item),
                                  -1);

  return row;
}

static void
on_copy_clicked_cb (RelayWizardReviewPage *self,
                    GtkButton             *button)
{
  const char *text = g_object_get_data (G_OBJECT (button), COPY_TEXT_KEY);
  GtkWidget *copied = g_object_get_data (G_OBJECT (button), COPIED_LABEL_KEY);

  g_assert (RELAY_IS_WIZARD_REVIEW_PAGE (self));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text != NULL ? text : "");

  if (self->copied_label != NULL && self->copied_label != copied)
    gtk_widget_set_visible (self->copied_label, FALSE);
  self->copied_label = copied;
  if (copied != NULL)
    gtk_widget_set_visible (copied, TRUE);

  /* The wizard's window may not have this action: the label above says it too. */
  gtk_widget_activate_action (GTK_WIDGET (button), "win.toast", "s", _("Copied"));
}

/* A heading with a Copy button, and the text in a card, selectable. */
static GtkWidget *
create_preview_block (RelayWizardReviewPage *self,
                      const char            *heading,
                      const char            *text,
                      const char            *copy_label)
{
  GtkWidget *block;
  GtkWidget *header;
  GtkWidget *label;
  GtkWidget *copied;
  GtkWidget *button;
  GtkWidget *card;

  block = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (block), header);

  label = gtk_label_new (heading);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (header), label);

  copied = gtk_label_new (_("Copied"));
  gtk_widget_add_css_class (copied, "dim-label");
  gtk_widget_add_css_class (copied, "caption");
  gtk_widget_set_visible (copied, FALSE);
  gtk_box_append (GTK_BOX (header), copied);

  button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, copy_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, copy_label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), COPY_TEXT_KEY, g_strdup (text), g_free);
  g_object_set_data (G_OBJECT (button), COPIED_LABEL_KEY, copied);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_copy_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), button);

  card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (card, "card");
  gtk_box_append (GTK_BOX (block), card);

  /* The user's words, exactly: no markup. */
  label = gtk_label_new (text);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  gtk_box_append (GTK_BOX (card), label);

  return block;
}

static void
clear (RelayWizardReviewPage *self)
{
  self->copied_label = NULL;
  remove_all_children (GTK_WIDGET (self->checklist));
  remove_all_children (GTK_WIDGET (self->preview_box));
}

/* Builds the letter again, with the case's language and the switch, and
 * shows its checks and its text. */
static void
rebuild (RelayWizardReviewPage *self)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  RelayDirectory *directory = relay_wizard_page_get_directory (RELAY_WIZARD_PAGE (self));
  g_autoptr(RelayLetter) letter = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autofree char *subject = NULL;

  g_assert (RELAY_IS_WIZARD_REVIEW_PAGE (self));

  clear (self);

  if (kase == NULL)
    return;

  letter = relay_letter_new (kase, directory, NULL);
  relay_letter_set_include_confidential (letter, gtk_switch_get_active (self->confidential_switch));

  checks = relay_letter_check (letter);
  for (guint i = 0; i < checks->len; i++)
    gtk_list_box_append (self->checklist, create_check_row (g_ptr_array_index (checks, i)));

  subject = relay_letter_dup_subject (letter);
  relay_send_group_set_letter (self->send_group, letter);
  gtk_box_append (self->preview_box,
                  create_preview_block (self, _("Subject"), subject, _("Copy the Subject")));

  sections = relay_letter_dup_sections (letter);
  for (guint i = 0; i < sections->len; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (sections, i);
      const char *heading = relay_letter_section_get_heading (section);
      /* Translators: the tooltip of a section's Copy button, %s is its
       * heading, as in "Copy “3. Victims”" */
      g_autofree char *copy_label = g_strdup_printf (_("Copy “%s”"), heading);

      gtk_box_append (self->preview_box,
                      create_preview_block (self, heading,
                                            relay_letter_section_get_text (section),
                                            copy_label));
    }
}

static gboolean
language_to_selected (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  const char *language = g_value_get_string (from);

  /* The letter is in English for any other value. */
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }

  g_value_set_uint (to, 0);
  return TRUE;
}

static gboolean
selected_to_language (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected >= G_N_ELEMENTS (languages))
    return FALSE;

  g_value_set_string (to, languages[selected]);
  return TRUE;
}

/*
 * Signal callbacks
 */

static void
on_checklist_row_activated_cb (RelayWizardReviewPage *self,
                               GtkListBoxRow         *row,
                               GtkListBox            *list)
{
  RelayLetterPart part = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), PART_KEY));

  g_assert (RELAY_IS_WIZARD_REVIEW_PAGE (self));

  g_signal_emit (self, signals[SHOW_PAGE], 0, part_get_page_id (part));
}

static void
on_case_language_notify_cb (RelayWizardReviewPage *self,
                            GParamSpec            *pspec,
                            RelayCase             *kase)
{
  rebuild (self);
}

static void
on_confidential_notify_cb (RelayWizardReviewPage *self,
                           GParamSpec            *pspec,
                           GtkSwitch             *widget)
{
  rebuild (self);
}

static void
disconnect_case (RelayWizardReviewPage *self)
{
  if (self->language_binding != NULL)
    {
      g_binding_unbind (self->language_binding);
      g_clear_object (&self->language_binding);
    }

  if (self->kase != NULL)
    g_clear_signal_handler (&self->language_handler, self->kase);
  g_clear_object (&self->kase);
}

/*
 * RelayWizardPage
 */

static void
relay_wizard_review_page_case_changed (RelayWizardPage *page,
                                       RelayCase       *kase)
{
  RelayWizardReviewPage *self = (RelayWizardReviewPage *)page;

  g_assert (RELAY_IS_WIZARD_REVIEW_PAGE (self));

  disconnect_case (self);
  clear (self);

  if (kase == NULL)
    return;

  self->language_binding =
    g_object_ref (g_object_bind_property_full (kase, "language", self->language_row, "selected",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                               language_to_selected, selected_to_language,
                                               NULL, NULL));
  self->kase = g_object_ref (kase);
  self->language_handler =
    g_signal_connect_object (kase, "notify::language", G_CALLBACK (on_case_language_notify_cb),
                             self, G_CONNECT_SWAPPED);

  /* The letter is built when the page is shown; a draft may reopen here. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

static void
relay_wizard_review_page_shown (RelayWizardPage *page)
{
  RelayWizardReviewPage *self = (RelayWizardReviewPage *)page;
  GtkListBoxRow *first;

  g_assert (RELAY_IS_WIZARD_REVIEW_PAGE (self));

  rebuild (self);

  first = gtk_list_box_get_row_at_index (self->checklist, 0);
  if (first != NULL && gtk_widget_grab_focus (GTK_WIDGET (first)))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->language_row));
}

/*
 * GObject
 */

/*
 * Export
 */

typedef enum {
  EXPORT_PDF,
  EXPORT_TEXT,
} ExportFormat;

static void
show_export_status (RelayWizardReviewPage *self,
                    const char            *message,
                    gboolean               is_error)
{
  gtk_label_set_label (self->export_status, message);
  gtk_widget_set_visible (GTK_WIDGET (self->export_status), TRUE);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->export_status), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->export_status), "error");
}

/**
 * relay_wizard_review_page_export:
 * @self: a #RelayWizardReviewPage
 * @file: where to save the letter
 * @as_pdf: %TRUE for a PDF, %FALSE for plain text
 *
 * Saves the letter as the preview shows it, records the export in the
 * case's timeline and says so on the page.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
relay_wizard_review_page_export (RelayWizardReviewPage *self,
                                 GFile                 *file,
                                 gboolean               as_pdf)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  RelayDirectory *directory = relay_wizard_page_get_directory (RELAY_WIZARD_PAGE (self));
  g_autoptr(RelayLetter) letter = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gboolean saved;

  g_return_val_if_fail (RELAY_IS_WIZARD_REVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (kase == NULL)
    return FALSE;

  letter = relay_letter_new (kase, directory, NULL);
  relay_letter_set_include_confidential (letter, gtk_switch_get_active (self->confidential_switch));

  if (as_pdf)
    saved = relay_letter_save_pdf (letter, file, NULL, &error);
  else
    saved = relay_letter_save_text (letter, file, NULL, &error);

  if (!saved)
    {
      show_export_status (self, error->message, TRUE);
      return FALSE;
    }

  relay_letter_record_export (letter, file);

  name = g_file_get_basename (file);
  /* Translators: %s is a file name. */
  message = g_strdup_printf (_("Saved as “%s”. The case’s timeline records the export."), name);
  show_export_status (self, message, FALSE);

  return TRUE;
}

static void
on_export_response_cb (GtkNativeDialog       *dialog,
                       int                    response,
                       RelayWizardReviewPage *self)
{
  ExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      relay_wizard_review_page_export (self, file, format == EXPORT_PDF);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
start_export (RelayWizardReviewPage *self,
              ExportFormat           format)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  if (kase == NULL)
    return;

  /* A neutral name: the case's title may hold a victim's name, and file
   * names travel, as attachments for instance. */
  now = g_date_time_new_now_local ();
  date = g_date_time_format (now, "%Y-%m-%d");
  /* Translators: the start of the suggested file name of an exported
   * letter, as in "submission-2026-11-28.pdf"; no spaces. */
  name = g_strdup_printf ("%s-%s.%s", C_("file name", "submission"), date,
                          format == EXPORT_PDF ? "pdf" : "txt");

  dialog = gtk_file_chooser_native_new (format == EXPORT_PDF ? _("Save as PDF") : _("Save as Text"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (format == EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Text files"));
      gtk_file_filter_add_mime_type (filter, "text/plain");
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_export_pdf_clicked_cb (RelayWizardReviewPage *self,
                          GtkButton             *button)
{
  start_export (self, EXPORT_PDF);
}

static void
on_export_text_clicked_cb (RelayWizardReviewPage *self,
                           GtkButton             *button)
{
  start_export (self, EXPORT_TEXT);
}

static void
relay_wizard_review_page_dispose (GObject *object)
{
  RelayWizardReviewPage *self = (RelayWizardReviewPage *)object;

  disconnect_case (self);
  self->copied_label = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WIZARD_REVIEW_PAGE);

  G_OBJECT_CLASS (relay_wizard_review_page_parent_class)->dispose (object);
}

static void
relay_wizard_review_page_class_init (RelayWizardReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_review_page_dispose;

  page_class->page_id = "review";
  page_class->case_changed = relay_wizard_review_page_case_changed;
  page_class->shown = relay_wizard_review_page_shown;

  /**
   * RelayWizardReviewPage::show-page:
   * @self: the page
   * @page_id: the id of the wizard page to show
   *
   * Asks the wizard to go back to the page of a question of the checklist.
   */
  signals[SHOW_PAGE] =
    g_signal_new ("show-page",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardReviewPage, checklist);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardReviewPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardReviewPage, confidential_switch);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardReviewPage, preview_box);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardReviewPage, export_status);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardReviewPage, send_group);
  gtk_widget_class_bind_template_callback (widget_class, on_export_pdf_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_text_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_checklist_row_activated_cb);
}

static void
relay_wizard_review_page_init (RelayWizardReviewPage *self)
{
  g_type_ensure (RELAY_TYPE_SEND_GROUP);
  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("Review"));

  /* Only this page knows the choice: the case has no property for it. */
  g_signal_connect_object (self->confidential_switch, "notify::active",
                           G_CALLBACK (on_confidential_notify_cb), self, G_CONNECT_SWAPPED);
}

/**
 * relay_wizard_review_page_new:
 *
 * Creates the page that shows what the experts will receive.
 *
 * Returns: (transfer floating): a new #RelayWizardReviewPage
 */
RelayWizardPage *
relay_wizard_review_page_new (void)
{
  return g_object_new (RELAY_TYPE_WIZARD_REVIEW_PAGE, NULL);
}
