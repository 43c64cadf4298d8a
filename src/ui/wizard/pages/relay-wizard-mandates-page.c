/* relay-wizard-mandates-page.c
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

#define G_LOG_DOMAIN "relay-wizard-mandates-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-wizard-mandates-page.h"

/* "Mandates": which Special Procedures the case goes to. Relay suggests
 * some from the case; the user ticks them, or searches the directory for
 * others. Exactly one chosen mandate leads, the others act jointly. */

#define MAX_SUGGESTIONS 8
#define MAX_RESULTS     6

struct _RelayWizardMandatesPage
{
  RelayWizardPage      parent_instance;

  /* Template Widgets */
  GtkListBox          *suggestions_list;
  GtkListBox          *chosen_list;
  GtkSearchEntry      *search_entry;
  GtkListBox          *results_list;
  AdwPreferencesGroup *joint_group;
  GtkTextView         *joint_view;

  GtkWidget           *results_placeholder;

  /* The suggestions for the case, computed when the page is shown. */
  GListModel          *suggestions;

  /* The directory, filtered by the search, without chosen mandates. */
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkSliceListModel   *results;

  /* The case's mandates, watched to keep the ticks in step. */
  GListStore          *mandates;
  gulong               mandates_changed_id;

  /* Set while the page updates its own widgets: their signals are not
   * the user's. */
  guint                syncing : 1;
  /* Set while the page adds a mandate: its row opens. */
  guint                adding : 1;
};

G_DEFINE_FINAL_TYPE (RelayWizardMandatesPage, relay_wizard_mandates_page, RELAY_TYPE_WIZARD_PAGE)

#define ID_KEY    "relay-wizard-mandate-id"
#define ITEM_KEY  "relay-wizard-item"
#define CHECK_KEY "relay-wizard-check"
#define LEAD_KEY  "relay-wizard-lead"
#define PAGE_KEY  "relay-wizard-page"

/*
 * Auxiliary methods
 */

static RelayMandate *
lookup_mandate (RelayWizardMandatesPage *self,
                const char              *id)
{
  RelayDirectory *directory = relay_wizard_page_get_directory (RELAY_WIZARD_PAGE (self));

  if (directory == NULL || id == NULL)
    return NULL;

  return relay_directory_lookup (directory, id);
}

static RelayCaseMandate *
find_chosen (RelayWizardMandatesPage *self,
             const char              *id,
             guint                   *position)
{
  guint n;

  if (self->mandates == NULL || id == NULL)
    return NULL;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->mandates));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayCaseMandate) chosen = g_list_model_get_item (G_LIST_MODEL (self->mandates), i);

      if (g_strcmp0 (relay_case_mandate_get_mandate_id (chosen), id) == 0)
        {
          if (position != NULL)
            *position = i;
          /* The store holds a reference. */
          return chosen;
        }
    }

  return NULL;
}

static gboolean
has_lead (RelayWizardMandatesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->mandates));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayCaseMandate) chosen = g_list_model_get_item (G_LIST_MODEL (self->mandates), i);

      if (relay_case_mandate_get_role (chosen) == RELAY_MANDATE_ROLE_LEAD)
        return TRUE;
    }

  return FALSE;
}

/* Makes @lead the lead mandate and every other one joint. */
static void
set_lead (RelayWizardMandatesPage *self,
          RelayCaseMandate        *lead)
{
  guint n;

  if (self->mandates == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->mandates));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayCaseMandate) chosen = g_list_model_get_item (G_LIST_MODEL (self->mandates), i);

      if (chosen != lead)
        relay_case_mandate_set_role (chosen, RELAY_MANDATE_ROLE_JOINT);
    }

  relay_case_mandate_set_role (lead, RELAY_MANDATE_ROLE_LEAD);
}

static void
add_mandate (RelayWizardMandatesPage *self,
             const char              *id)
{
  g_autoptr(RelayCaseMandate) chosen = NULL;

  if (self->mandates == NULL || id == NULL || find_chosen (self, id, NULL) != NULL)
    return;

  chosen = relay_case_mandate_new ();
  relay_case_mandate_set_mandate_id (chosen, id);
  relay_case_mandate_set_role (chosen, has_lead (self) ? RELAY_MANDATE_ROLE_JOINT
                                                       : RELAY_MANDATE_ROLE_LEAD);

  self->adding = TRUE;
  g_list_store_append (self->mandates, chosen);
  self->adding = FALSE;
}

static void
remove_mandate (RelayWizardMandatesPage *self,
                const char              *id)
{
  RelayCaseMandate *chosen;
  gboolean was_lead;
  guint position;

  chosen = find_chosen (self, id, &position);
  if (chosen == NULL)
    return;

  was_lead = relay_case_mandate_get_role (chosen) == RELAY_MANDATE_ROLE_LEAD;
  g_list_store_remove (self->mandates, position);

  /* Someone has to lead: the first one left. */
  if (was_lead && g_list_model_get_n_items (G_LIST_MODEL (self->mandates)) > 0 && !has_lead (self))
    {
      g_autoptr(RelayCaseMandate) first = g_list_model_get_item (G_LIST_MODEL (self->mandates), 0);

      set_lead (self, first);
    }
}

/* Keeps the ticks of the suggestions, the search results and the joint
 * note in step with the case's mandates. */
static void
sync_with_case (RelayWizardMandatesPage *self)
{
  guint n_chosen = 0;

  if (self->mandates != NULL)
    n_chosen = g_list_model_get_n_items (G_LIST_MODEL (self->mandates));

  self->syncing = TRUE;
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->suggestions_list, i);
      GtkWidget *check;
      const char *id;

      if (row == NULL)
        break;

      check = g_object_get_data (G_OBJECT (row), CHECK_KEY);
      id = g_object_get_data (G_OBJECT (row), ID_KEY);
      if (check != NULL)
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), find_chosen (self, id, NULL) != NULL);
    }
  self->syncing = FALSE;

  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);

  gtk_widget_set_visible (GTK_WIDGET (self->joint_group), n_chosen >= 2);
}

/* What a mandate asks of those who write to it, in plain words; NULL if
 * the directory lists nothing particular. */
static char *
dup_criteria_text (RelayMandate *mandate)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *who = relay_mandate_get_who_may_submit (mandate, NULL);
  const char * const *elements = relay_mandate_get_required_elements (mandate, NULL);
  const char * const *statements = relay_mandate_get_consent_statements (mandate, NULL);
  const char *note = relay_mandate_get_criteria_note (mandate, NULL);
  guint n_elements = elements != NULL ? g_strv_length ((char **)elements) : 0;
  guint n_statements = statements != NULL ? g_strv_length ((char **)statements) : 0;

  if (who != NULL && *who != '\0')
    /* Translators: %s says who may write to a mandate. */
    g_string_append_printf (text, _("Who may submit: %s"), who);

  if (n_elements > 0)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text,
                              ngettext ("This mandate asks for %u particular element; the review page checks it.",
                                        "This mandate asks for %u particular elements; the review page checks them.",
                                        n_elements),
                              n_elements);
    }

  if (n_statements > 0)
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append_printf (text,
                              ngettext ("This mandate asks you to answer %u consent statement with yes or no.",
                                        "This mandate asks you to answer %u consent statements, each with yes or no.",
                                        n_statements),
                              n_statements);
    }

  if (note != NULL && *note != '\0')
    {
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, note);
    }

  if (text->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_chosen_row (GtkWidget        *row,
                   RelayCaseMandate *chosen)
{
  RelayWizardMandatesPage *self = g_object_get_data (G_OBJECT (row), PAGE_KEY);
  GtkWidget *lead = g_object_get_data (G_OBJECT (row), LEAD_KEY);
  RelayMandateRole role = relay_case_mandate_get_role (chosen);
  const char *subtitle = relay_mandate_role_get_label (role);

  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  self->syncing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lead), role == RELAY_MANDATE_ROLE_LEAD);
  self->syncing = FALSE;
}

static GtkWidget *
make_placeholder (const char *text)
{
  GtkWidget *placeholder = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");

  return placeholder;
}

/*
 * Signal callbacks
 */

static void
on_suggestion_toggled_cb (GtkCheckButton          *check,
                          RelayWizardMandatesPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), ID_KEY);

  g_assert (RELAY_IS_WIZARD_MANDATES_PAGE (self));

  if (self->syncing)
    return;

  if (gtk_check_button_get_active (check))
    add_mandate (self, id);
  else
    remove_mandate (self, id);
}

static void
on_lead_toggled_cb (GtkCheckButton *check,
                    GtkWidget      *row)
{
  RelayWizardMandatesPage *self = g_object_get_data (G_OBJECT (row), PAGE_KEY);

  if (self->syncing || !gtk_check_button_get_active (check))
    return;

  set_lead (self, g_object_get_data (G_OBJECT (row), ITEM_KEY));
}

static void
on_role_notify_cb (RelayCaseMandate *chosen,
                   GParamSpec       *pspec,
                   GtkWidget        *row)
{
  update_chosen_row (row, chosen);
}

static void
on_remove_clicked_cb (GtkButton *button,
                      GtkWidget *row)
{
  RelayWizardMandatesPage *self = g_object_get_data (G_OBJECT (row), PAGE_KEY);
  RelayCaseMandate *chosen = g_object_get_data (G_OBJECT (row), ITEM_KEY);

  /* The row goes away with the focus in it: give the focus a home. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  remove_mandate (self, relay_case_mandate_get_mandate_id (chosen));
}

static void
on_mandates_changed_cb (RelayWizardMandatesPage *self,
                        guint                    position,
                        guint                    removed,
                        guint                    added,
                        GListModel              *model)
{
  sync_with_case (self);
}

static void
on_search_changed_cb (RelayWizardMandatesPage *self,
                      GtkSearchEntry          *entry)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_assert (RELAY_IS_WIZARD_MANDATES_PAGE (self));

  if (query == NULL || *query == '\0')
    gtk_label_set_label (GTK_LABEL (self->results_placeholder),
                         _("Type a theme, a right or a country to find a mandate."));
  else
    gtk_label_set_label (GTK_LABEL (self->results_placeholder),
                         _("No mandate matches your search."));

  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_result_activated_cb (RelayWizardMandatesPage *self,
                        GtkListBoxRow           *row,
                        GtkListBox              *list)
{
  g_assert (RELAY_IS_WIZARD_MANDATES_PAGE (self));

  /* The row leaves the results once chosen: keep the focus nearby. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  add_mandate (self, g_object_get_data (G_OBJECT (row), ID_KEY));
}

static void
on_search_activate_cb (RelayWizardMandatesPage *self,
                       GtkSearchEntry          *entry)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);

  g_assert (RELAY_IS_WIZARD_MANDATES_PAGE (self));

  if (first != NULL)
    add_mandate (self, g_object_get_data (G_OBJECT (first), ID_KEY));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  RelayWizardMandatesPage *self = user_data;
  RelayMandate *mandate = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (query == NULL || *query == '\0')
    return FALSE;

  if (find_chosen (self, relay_mandate_get_id (mandate), NULL) != NULL)
    return FALSE;

  return relay_mandate_matches (mandate, query);
}

/*
 * Rows
 */

static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  RelayWizardMandatesPage *self = user_data;
  RelaySuggestion *suggestion = item;
  RelayMandate *mandate = relay_suggestion_get_mandate (suggestion);
  const char * const *reasons = relay_suggestion_get_reasons (suggestion);
  const char *id = relay_mandate_get_id (mandate);
  const char *title = relay_mandate_get_title (mandate, NULL);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *check;

  row = adw_action_row_new ();
  /* Titles come from the directory and reasons quote the case: no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (reasons != NULL)
    {
      /* Translators: the separator between the reasons for a suggestion. */
      subtitle = g_strjoinv (_(", "), (char **)reasons);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle != NULL ? subtitle : "",
                                  -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), find_chosen (self, id, NULL) != NULL);
  g_object_set_data_full (G_OBJECT (check), ID_KEY, g_strdup (id), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_suggestion_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (row), CHECK_KEY, check);

  return row;
}

static GtkWidget *
create_chosen_row (gpointer item,
                   gpointer user_data)
{
  RelayWizardMandatesPage *self = user_data;
  RelayCaseMandate *chosen = item;
  const char *id = relay_case_mandate_get_mandate_id (chosen);
  RelayMandate *mandate = lookup_mandate (self, id);
  g_autofree char *criteria = NULL;
  g_autofree char *lead_label = NULL;
  g_autofree char *remove_label = NULL;
  const char *title;
  GtkWidget *row;
  GtkWidget *lead;
  GtkWidget *button;

  if (mandate != NULL)
    {
      title = relay_mandate_get_title (mandate, NULL);
      criteria = dup_criteria_text (mandate);
    }
  else
    /* Not (or no longer) in the directory: its id is all we have. */
    title = id != NULL ? id : "";

  row = criteria != NULL ? adw_expander_row_new () : adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (chosen), g_object_unref);
  g_object_set_data (G_OBJECT (row), PAGE_KEY, self);

  /* The lead: one per case, hence a radio group across the rows. */
  lead = gtk_check_button_new_with_label (relay_mandate_role_get_label (RELAY_MANDATE_ROLE_LEAD));
  gtk_widget_set_valign (lead, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (lead, _("Make this the lead mandate"));
  /* Translators: %s is a mandate's title. */
  lead_label = g_strdup_printf (_("Make “%s” the lead mandate"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (lead),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, lead_label,
                                  -1);
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *other = gtk_list_box_get_row_at_index (self->chosen_list, i);
      GtkWidget *other_lead;

      if (other == NULL)
        break;
      other_lead = g_object_get_data (G_OBJECT (other), LEAD_KEY);
      if (other_lead != NULL)
        {
          gtk_check_button_set_group (GTK_CHECK_BUTTON (lead), GTK_CHECK_BUTTON (other_lead));
          break;
        }
    }
  g_object_set_data (G_OBJECT (row), LEAD_KEY, lead);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove Mandate"));
  gtk_widget_add_css_class (button, "flat");
  /* Translators: %s is a mandate's title. */
  remove_label = g_strdup_printf (_("Remove “%s”"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), row, 0);

  if (criteria != NULL)
    {
      GtkWidget *caption_row = gtk_list_box_row_new ();
      GtkWidget *caption = gtk_label_new (criteria);

      /* Actions go in front of the earlier ones: the last one first. */
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), lead);

      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_use_markup (GTK_LABEL (caption), FALSE);
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_widget_set_margin_top (caption, 12);
      gtk_widget_set_margin_bottom (caption, 12);
      gtk_widget_set_margin_start (caption, 12);
      gtk_widget_set_margin_end (caption, 12);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (caption_row), caption);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (caption_row), FALSE);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), caption_row);

      if (self->adding)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  else
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), lead);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  update_chosen_row (row, chosen);
  g_signal_connect_object (lead, "toggled", G_CALLBACK (on_lead_toggled_cb), row, 0);
  g_signal_connect_object (chosen, "notify::role", G_CALLBACK (on_role_notify_cb), row, 0);

  return row;
}

static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  RelayMandate *mandate = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), relay_mandate_get_title (mandate, NULL));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Add this mandate"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Add this mandate"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
  g_object_set_data_full (G_OBJECT (row), ID_KEY, g_strdup (relay_mandate_get_id (mandate)), g_free);

  return row;
}

/* Suggests mandates for the case as it stands. */
static void
refresh_suggestions (RelayWizardMandatesPage *self)
{
  RelayDirectory *directory = relay_wizard_page_get_directory (RELAY_WIZARD_PAGE (self));
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));

  g_clear_object (&self->suggestions);
  if (directory != NULL && kase != NULL)
    self->suggestions = relay_suggest_mandates (directory, kase, MAX_SUGGESTIONS);

  if (self->suggestions != NULL)
    gtk_list_box_bind_model (self->suggestions_list, self->suggestions,
                             create_suggestion_row, self, NULL);
  else
    gtk_list_box_bind_model (self->suggestions_list, NULL, NULL, NULL, NULL);
}

static void
bind_chosen (RelayWizardMandatesPage *self)
{
  if (self->mandates != NULL)
    gtk_list_box_bind_model (self->chosen_list, G_LIST_MODEL (self->mandates),
                             create_chosen_row, self, NULL);
  else
    gtk_list_box_bind_model (self->chosen_list, NULL, NULL, NULL, NULL);
}

static void
on_directory_notify_cb (RelayWizardMandatesPage *self,
                        GParamSpec              *pspec,
                        gpointer                 user_data)
{
  RelayDirectory *directory = relay_wizard_page_get_directory (RELAY_WIZARD_PAGE (self));

  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (directory));
  /* Titles and criteria come from the directory. */
  bind_chosen (self);
  refresh_suggestions (self);
}

/*
 * RelayWizardPage
 */

static void
relay_wizard_mandates_page_case_changed (RelayWizardPage *page,
                                         RelayCase       *kase)
{
  RelayWizardMandatesPage *self = (RelayWizardMandatesPage *)page;

  g_assert (RELAY_IS_WIZARD_MANDATES_PAGE (self));

  self->adding = FALSE;

  g_clear_signal_handler (&self->mandates_changed_id, self->mandates);
  g_clear_object (&self->mandates);

  if (kase != NULL)
    {
      self->mandates = g_object_ref (relay_case_get_mandates (kase));
      self->mandates_changed_id =
        g_signal_connect_object (self->mandates, "items-changed",
                                 G_CALLBACK (on_mandates_changed_cb), self,
                                 G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      relay_wizard_page_bind (page, "joint-action-note", GTK_WIDGET (self->joint_view));
    }

  bind_chosen (self);
  refresh_suggestions (self);
  sync_with_case (self);
}

static void
relay_wizard_mandates_page_shown (RelayWizardPage *page)
{
  RelayWizardMandatesPage *self = (RelayWizardMandatesPage *)page;
  GtkListBoxRow *first;

  g_assert (RELAY_IS_WIZARD_MANDATES_PAGE (self));

  /* The case may have grown on the earlier pages. */
  refresh_suggestions (self);

  first = gtk_list_box_get_row_at_index (self->suggestions_list, 0);
  if (first != NULL && gtk_widget_grab_focus (g_object_get_data (G_OBJECT (first), CHECK_KEY)))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/*
 * GObject
 */

static void
relay_wizard_mandates_page_dispose (GObject *object)
{
  RelayWizardMandatesPage *self = (RelayWizardMandatesPage *)object;

  /* The rows call back into the page: drop them first. */
  if (self->suggestions_list != NULL)
    gtk_list_box_bind_model (self->suggestions_list, NULL, NULL, NULL, NULL);
  if (self->chosen_list != NULL)
    gtk_list_box_bind_model (self->chosen_list, NULL, NULL, NULL, NULL);
  if (self->results_list != NULL)
    gtk_list_box_bind_model (self->results_list, NULL, NULL, NULL, NULL);

  g_clear_signal_handler (&self->mandates_changed_id, self->mandates);
  g_clear_object (&self->mandates);
  g_clear_object (&self->suggestions);
  g_clear_object (&self->results);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WIZARD_MANDATES_PAGE);

  G_OBJECT_CLASS (relay_wizard_mandates_page_parent_class)->dispose (object);
}

static void
relay_wizard_mandates_page_class_init (RelayWizardMandatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_mandates_page_dispose;

  page_class->page_id = "mandates";
  page_class->case_changed = relay_wizard_mandates_page_case_changed;
  page_class->shown = relay_wizard_mandates_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-mandates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardMandatesPage, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardMandatesPage, chosen_list);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardMandatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardMandatesPage, results_list);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardMandatesPage, joint_group);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardMandatesPage, joint_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated_cb);
}

static void
relay_wizard_mandates_page_init (RelayWizardMandatesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("Mandates"));

  gtk_list_box_set_placeholder (self->suggestions_list,
                                make_placeholder (_("No suggestions yet. Relay suggests mandates from "
                                                    "what you wrote about the case; you can also "
                                                    "search for one below.")));
  gtk_list_box_set_placeholder (self->chosen_list,
                                make_placeholder (_("No mandates chosen yet. Tick a suggestion "
                                                    "or add one below.")));
  self->results_placeholder =
    make_placeholder (_("Type a theme, a right or a country to find a mandate."));
  gtk_list_box_set_placeholder (self->results_list, self->results_placeholder);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->results = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), 0, MAX_RESULTS);
  gtk_list_box_bind_model (self->results_list, G_LIST_MODEL (self->results),
                           create_result_row, self, NULL);

  g_signal_connect (self, "notify::directory", G_CALLBACK (on_directory_notify_cb), NULL);
}

/**
 * relay_wizard_mandates_page_new:
 *
 * Creates the page that asks which mandates the case goes to.
 *
 * Returns: (transfer floating): a new #RelayWizardMandatesPage
 */
RelayWizardPage *
relay_wizard_mandates_page_new (void)
{
  return g_object_new (RELAY_TYPE_WIZARD_MANDATES_PAGE, NULL);
}
