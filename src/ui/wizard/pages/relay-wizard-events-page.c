/* relay-wizard-events-page.c
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

#define G_LOG_DOMAIN "relay-wizard-events-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "relay-wizard-events-page.h"
#include "../relay-attachments-group.h"

/* "What happened": the account in the user's words, the dated incidents
 * and the sources. Every edit goes straight into the case; the wizard
 * saves it. */

struct _RelayWizardEventsPage
{
  RelayWizardPage  parent_instance;

  /* Template Widgets */
  GtkTextView     *text_view;
  GtkListBox      *incidents_list;
  GtkButton       *add_incident_button;
  GtkListBox      *sources_list;
  GtkWidget       *media_warning;
  GtkButton       *add_source_button;
  RelayAttachmentsGroup *attachments_group;

  /* Owned References */
  GSignalGroup    *case_signals;

  /* Set while the Add buttons append an item: its row opens and its
   * first field takes the focus. */
  GtkWidget       *new_item_focus;
  guint            adding : 1;
};

G_DEFINE_FINAL_TYPE (RelayWizardEventsPage, relay_wizard_events_page, RELAY_TYPE_WIZARD_PAGE)

#define ITEM_KEY "relay-wizard-item"
#define INCIDENT_ROW_KEY "relay-wizard-incident-row"

/* The widgets of one incident's row, and the incident. The widgets are
 * referenced so that a late notification never meets a freed one. */
typedef struct
{
  RelayIncident  *incident;
  AdwExpanderRow *row;
  AdwComboRow    *precision_row;
  GtkWidget      *year_row;
  GtkSpinButton  *year_spin;
  AdwComboRow    *month_row;
  GtkWidget      *day_row;
  GtkSpinButton  *day_spin;
  guint           updating : 1;
} IncidentRow;

static void
incident_row_free (IncidentRow *ir)
{
  g_clear_object (&ir->incident);
  g_clear_object (&ir->precision_row);
  g_clear_object (&ir->year_row);
  g_clear_object (&ir->year_spin);
  g_clear_object (&ir->month_row);
  g_clear_object (&ir->day_row);
  g_clear_object (&ir->day_spin);
  g_free (ir);
}

/*
 * Auxiliary methods
 */

static GtkWidget *
make_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static GtkWidget *
make_remove_button (const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);

  return button;
}

static GtkWidget *
make_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static GtkWidget *
make_spin_row (const char  *title,
               double       lower,
               double       upper,
               GtkWidget  **spin_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  *spin_out = spin;

  return row;
}

static GtkStringList *
make_month_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  /* The locale's own month names; %OB is the form used alone (nominative),
   * which matters in languages such as Polish or Russian. */
  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (2000, month, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%OB");

      gtk_string_list_append (list, name != NULL ? name : "");
    }

  return list;
}

/* Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or the date of an ISO 8601
 * date and time); fields that are absent are 0. */
static gboolean
parse_date (const char *date,
            int        *year,
            int        *month,
            int        *day)
{
  int n;

  *year = *month = *day = 0;

  if (date == NULL || *date == '\0')
    return FALSE;

  n = sscanf (date, "%4d-%2d-%2d", year, month, day);
  if (n < 1 || *year <= 0)
    return FALSE;
  if (n < 2 || *month < 1 || *month > 12)
    *month = *day = 0;
  else if (n < 3 || *day < 1 || *day > 31)
    *day = 0;

  return TRUE;
}

static void
remove_item (GListStore *store,
             GObject    *item)
{
  guint position;

  if (store != NULL && item != NULL && g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

/*
 * Incidents
 */

static void
incident_row_update_title (IncidentRow *ir)
{
  g_autofree char *label = relay_incident_dup_date_label (ir->incident);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ir->row), label);
}

static void
incident_row_update_visible (IncidentRow *ir)
{
  RelayDatePrecision precision = relay_incident_get_precision (ir->incident);

  gtk_widget_set_visible (GTK_WIDGET (ir->month_row), precision != RELAY_DATE_PRECISION_YEAR);
  gtk_widget_set_visible (ir->day_row,
                          precision == RELAY_DATE_PRECISION_DAY ||
                          precision == RELAY_DATE_PRECISION_APPROXIMATE);
}

static void
incident_row_update_day_range (IncidentRow *ir)
{
  int year = gtk_spin_button_get_value_as_int (ir->year_spin);
  guint month = adw_combo_row_get_selected (ir->month_row);
  guint8 days = 31;

  if (month < 12 && g_date_valid_year ((GDateYear) year))
    days = g_date_get_days_in_month ((GDateMonth) (month + 1), (GDateYear) year);

  gtk_spin_button_set_range (ir->day_spin, 1, days);
}

/* Writes the date the controls show, as precisely as the incident's
 * precision says: an approximate date is a full date marked so. */
static void
incident_row_write_date (IncidentRow *ir)
{
  g_autofree char *date = NULL;
  int year = gtk_spin_button_get_value_as_int (ir->year_spin);
  int month = (int) adw_combo_row_get_selected (ir->month_row) + 1;
  int day = gtk_spin_button_get_value_as_int (ir->day_spin);

  if (ir->updating)
    return;

  switch (relay_incident_get_precision (ir->incident))
    {
    case RELAY_DATE_PRECISION_YEAR:
      date = g_strdup_printf ("%04d", year);
      break;

    case RELAY_DATE_PRECISION_MONTH:
      date = g_strdup_printf ("%04d-%02d", year, month);
      break;

    case RELAY_DATE_PRECISION_DAY:
    case RELAY_DATE_PRECISION_APPROXIMATE:
    default:
      date = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
      break;
    }

  ir->updating = TRUE;
  relay_incident_set_date (ir->incident, date);
  ir->updating = FALSE;
}

/* Shows the incident's date in the controls; an unknown date leaves
 * them as they are (today, for a new incident). */
static void
incident_row_read_date (IncidentRow *ir)
{
  int year, month, day;

  if (ir->updating)
    return;

  if (!parse_date (relay_incident_get_date (ir->incident), &year, &month, &day))
    return;

  ir->updating = TRUE;

  /* Widen the range rather than change a date the user entered. */
  {
    double lower, upper;

    gtk_spin_button_get_range (ir->year_spin, &lower, &upper);
    gtk_spin_button_set_range (ir->year_spin, MIN (lower, year), MAX (upper, year));
  }

  gtk_spin_button_set_value (ir->year_spin, year);
  if (month != 0)
    adw_combo_row_set_selected (ir->month_row, (guint) month - 1);
  incident_row_update_day_range (ir);
  if (day != 0)
    gtk_spin_button_set_value (ir->day_spin, day);

  ir->updating = FALSE;
}

static IncidentRow *
incident_row_from_widget (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);

  return row != NULL ? g_object_get_data (G_OBJECT (row), INCIDENT_ROW_KEY) : NULL;
}

static void
on_incident_date_notify_cb (RelayIncident *incident,
                            GParamSpec    *pspec,
                            GtkWidget     *row)
{
  IncidentRow *ir = g_object_get_data (G_OBJECT (row), INCIDENT_ROW_KEY);

  g_assert (ir != NULL);

  incident_row_update_title (ir);
  incident_row_read_date (ir);
}

static void
on_incident_precision_notify_cb (RelayIncident *incident,
                                 GParamSpec    *pspec,
                                 GtkWidget     *row)
{
  IncidentRow *ir = g_object_get_data (G_OBJECT (row), INCIDENT_ROW_KEY);
  const char *date = relay_incident_get_date (incident);

  g_assert (ir != NULL);

  incident_row_update_visible (ir);

  /* Keep the stored date as precise as the precision says; an unknown
   * date stays unknown until a date control is touched. */
  if (date != NULL && *date != '\0')
    incident_row_write_date (ir);

  incident_row_update_title (ir);
}

static void
on_incident_place_notify_cb (RelayIncident *incident,
                             GParamSpec    *pspec,
                             GtkWidget     *row)
{
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), relay_incident_get_place (incident));
}

static void
on_year_changed_cb (GtkSpinButton *spin,
                    gpointer       user_data)
{
  IncidentRow *ir = incident_row_from_widget (GTK_WIDGET (spin));

  if (ir == NULL || ir->updating)
    return;

  ir->updating = TRUE;
  incident_row_update_day_range (ir);
  ir->updating = FALSE;
  incident_row_write_date (ir);
}

static void
on_month_selected_cb (AdwComboRow *month_row,
                      GParamSpec  *pspec,
                      gpointer     user_data)
{
  IncidentRow *ir = incident_row_from_widget (GTK_WIDGET (month_row));

  if (ir == NULL || ir->updating)
    return;

  ir->updating = TRUE;
  incident_row_update_day_range (ir);
  ir->updating = FALSE;
  incident_row_write_date (ir);
}

static void
on_day_changed_cb (GtkSpinButton *spin,
                   gpointer       user_data)
{
  IncidentRow *ir = incident_row_from_widget (GTK_WIDGET (spin));

  if (ir != NULL)
    incident_row_write_date (ir);
}

static void
on_remove_incident_clicked_cb (RelayWizardEventsPage *self,
                               GtkButton             *button)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  if (kase == NULL || row == NULL)
    return;

  /* The row goes away with the focus in it: give the focus a home. */
  gtk_widget_grab_focus (GTK_WIDGET (self->add_incident_button));
  remove_item (relay_case_get_incidents (kase), g_object_get_data (G_OBJECT (row), ITEM_KEY));
}

static GtkWidget *
create_incident_row (gpointer item,
                     gpointer user_data)
{
  RelayWizardEventsPage *self = user_data;
  RelayIncident *incident = item;
  g_autoptr(GtkStringList) precisions = NULL;
  g_autoptr(GtkStringList) month_model = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  IncidentRow *ir;
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *widget;
  GtkWidget *spin;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));
  g_assert (RELAY_IS_INCIDENT (incident));

  ir = g_new0 (IncidentRow, 1);
  ir->incident = g_object_ref (incident);

  row = adw_expander_row_new ();
  ir->row = ADW_EXPANDER_ROW (row);
  /* The title and subtitle are the user's words: no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (incident), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), INCIDENT_ROW_KEY, ir, (GDestroyNotify) incident_row_free);

  button = make_remove_button (_("Remove Incident"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_incident_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  /* How precise is the date? */
  widget = adw_combo_row_new ();
  ir->precision_row = g_object_ref (ADW_COMBO_ROW (widget));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), _("How precise is the date?"));
  precisions = relay_wizard_enum_model (RELAY_TYPE_DATE_PRECISION);
  adw_combo_row_set_model (ADW_COMBO_ROW (widget), G_LIST_MODEL (precisions));
  relay_wizard_bind_enum (G_OBJECT (incident), "precision", ADW_COMBO_ROW (widget));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  /* Year, month and day, as far as the precision goes. A new incident's
   * controls start at today, the most likely neighbourhood. */
  ir->year_row = g_object_ref (make_spin_row (_("Year"), 1900,
                                              g_date_time_get_year (now) + 5, &spin));
  ir->year_spin = g_object_ref (GTK_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (ir->year_spin, g_date_time_get_year (now));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), ir->year_row);

  month_model = make_month_model ();
  widget = adw_combo_row_new ();
  ir->month_row = g_object_ref (ADW_COMBO_ROW (widget));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), _("Month"));
  adw_combo_row_set_model (ADW_COMBO_ROW (widget), G_LIST_MODEL (month_model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), (guint) g_date_time_get_month (now) - 1);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  ir->day_row = g_object_ref (make_spin_row (_("Day"), 1, 31, &spin));
  ir->day_spin = g_object_ref (GTK_SPIN_BUTTON (spin));
  incident_row_update_day_range (ir);
  gtk_spin_button_set_value (ir->day_spin, g_date_time_get_day_of_month (now));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), ir->day_row);

  incident_row_read_date (ir);
  incident_row_update_visible (ir);
  incident_row_update_title (ir);

  g_signal_connect (ir->year_spin, "value-changed", G_CALLBACK (on_year_changed_cb), NULL);
  g_signal_connect (ir->month_row, "notify::selected", G_CALLBACK (on_month_selected_cb), NULL);
  g_signal_connect (ir->day_spin, "value-changed", G_CALLBACK (on_day_changed_cb), NULL);

  /* Place and description */
  widget = make_entry_row (_("Place"));
  relay_wizard_bind_item (G_OBJECT (incident), "place", widget);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), relay_incident_get_place (incident));

  widget = make_entry_row (_("What happened there"));
  relay_wizard_bind_item (G_OBJECT (incident), "description", widget);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  g_signal_connect_object (incident, "notify::date",
                           G_CALLBACK (on_incident_date_notify_cb), row, 0);
  g_signal_connect_object (incident, "notify::precision",
                           G_CALLBACK (on_incident_precision_notify_cb), row, 0);
  g_signal_connect_object (incident, "notify::place",
                           G_CALLBACK (on_incident_place_notify_cb), row, 0);

  if (self->adding)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      self->new_item_focus = GTK_WIDGET (ir->precision_row);
    }

  return row;
}

/*
 * Sources
 */

static void
update_media_warning (RelayWizardEventsPage *self)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  gboolean media_only = FALSE;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  if (kase != NULL)
    {
      GListModel *sources = G_LIST_MODEL (relay_case_get_sources (kase));
      guint n = g_list_model_get_n_items (sources);

      media_only = n > 0;
      for (guint i = 0; i < n && media_only; i++)
        {
          g_autoptr(RelaySource) source = g_list_model_get_item (sources, i);

          media_only = relay_source_get_kind (source) == RELAY_SOURCE_KIND_MEDIA;
        }
    }

  gtk_widget_set_visible (self->media_warning, media_only);
}

static void
update_source_row (GtkWidget   *row,
                   RelaySource *source)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 relay_source_kind_get_label (relay_source_get_kind (source)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), relay_source_get_description (source));
}

static void
on_source_notify_cb (RelaySource *source,
                     GParamSpec  *pspec,
                     GtkWidget   *row)
{
  update_source_row (row, source);
}

static void
on_remove_source_clicked_cb (RelayWizardEventsPage *self,
                             GtkButton             *button)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  if (kase == NULL || row == NULL)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->add_source_button));
  remove_item (relay_case_get_sources (kase), g_object_get_data (G_OBJECT (row), ITEM_KEY));
}

static GtkWidget *
create_source_row (gpointer item,
                   gpointer user_data)
{
  RelayWizardEventsPage *self = user_data;
  RelaySource *source = item;
  g_autoptr(GtkStringList) kinds = NULL;
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *kind_row;
  GtkWidget *widget;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));
  g_assert (RELAY_IS_SOURCE (source));

  row = adw_expander_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (source), g_object_unref);

  button = make_remove_button (_("Remove Source"));
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_source_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  kinds = relay_wizard_enum_model (RELAY_TYPE_SOURCE_KIND);
  kind_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind_row), _("Kind of source"));
  /* Some kinds have long names in some languages: show the whole name. */
  adw_combo_row_set_use_subtitle (ADW_COMBO_ROW (kind_row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (kind_row), G_LIST_MODEL (kinds));
  relay_wizard_bind_enum (G_OBJECT (source), "kind", ADW_COMBO_ROW (kind_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), kind_row);

  widget = make_entry_row (_("Who or what it is"));
  relay_wizard_bind_item (G_OBJECT (source), "description", widget);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  update_source_row (row, source);
  g_signal_connect_object (source, "notify::kind", G_CALLBACK (on_source_notify_cb), row, 0);
  g_signal_connect_object (source, "notify::description", G_CALLBACK (on_source_notify_cb), row, 0);

  if (self->adding)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      self->new_item_focus = kind_row;
    }

  return row;
}

/*
 * Signal callbacks
 */

static void
focus_new_item (RelayWizardEventsPage *self)
{
  GtkWidget *widget = g_steal_pointer (&self->new_item_focus);

  self->adding = FALSE;
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

static void
on_add_incident_clicked_cb (RelayWizardEventsPage *self,
                            GtkButton             *button)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  g_autoptr(RelayIncident) incident = NULL;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  if (kase == NULL)
    return;

  incident = relay_incident_new ();
  self->adding = TRUE;
  g_list_store_append (relay_case_get_incidents (kase), incident);
  focus_new_item (self);
}

static void
on_add_source_clicked_cb (RelayWizardEventsPage *self,
                          GtkButton             *button)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  g_autoptr(RelaySource) source = NULL;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  if (kase == NULL)
    return;

  source = relay_source_new ();
  self->adding = TRUE;
  g_list_store_append (relay_case_get_sources (kase), source);
  focus_new_item (self);
}

/*
 * RelayWizardPage
 */

static void
relay_wizard_events_page_case_changed (RelayWizardPage *page,
                                       RelayCase       *kase)
{
  RelayWizardEventsPage *self = (RelayWizardEventsPage *)page;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  self->adding = FALSE;
  self->new_item_focus = NULL;

  if (kase != NULL)
    {
      relay_wizard_page_bind (page, "what-happened", GTK_WIDGET (self->text_view));
      gtk_list_box_bind_model (self->incidents_list, G_LIST_MODEL (relay_case_get_incidents (kase)),
                               create_incident_row, self, NULL);
      gtk_list_box_bind_model (self->sources_list, G_LIST_MODEL (relay_case_get_sources (kase)),
                               create_source_row, self, NULL);
    }
  else
    {
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), "", -1);
      gtk_list_box_bind_model (self->incidents_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->sources_list, NULL, NULL, NULL, NULL);
    }

  relay_attachments_group_set_case (self->attachments_group, kase);

  g_signal_group_set_target (self->case_signals, kase);
  update_media_warning (self);
}

static void
relay_wizard_events_page_shown (RelayWizardPage *page)
{
  RelayWizardEventsPage *self = (RelayWizardEventsPage *)page;

  g_assert (RELAY_IS_WIZARD_EVENTS_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/*
 * GObject
 */

static void
relay_wizard_events_page_dispose (GObject *object)
{
  RelayWizardEventsPage *self = (RelayWizardEventsPage *)object;

  if (self->case_signals != NULL)
    g_signal_group_set_target (self->case_signals, NULL);
  g_clear_object (&self->case_signals);

  /* The rows call back into the page: drop them first. */
  if (self->incidents_list != NULL)
    gtk_list_box_bind_model (self->incidents_list, NULL, NULL, NULL, NULL);
  if (self->sources_list != NULL)
    gtk_list_box_bind_model (self->sources_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WIZARD_EVENTS_PAGE);

  G_OBJECT_CLASS (relay_wizard_events_page_parent_class)->dispose (object);
}

static void
relay_wizard_events_page_class_init (RelayWizardEventsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_events_page_dispose;

  page_class->page_id = "events";
  page_class->case_changed = relay_wizard_events_page_case_changed;

  g_type_ensure (RELAY_TYPE_ATTACHMENTS_GROUP);
  page_class->shown = relay_wizard_events_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-events-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, attachments_group);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, incidents_list);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, add_incident_button);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, sources_list);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, media_warning);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardEventsPage, add_source_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_incident_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_source_clicked_cb);
}

static void
relay_wizard_events_page_init (RelayWizardEventsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("What Happened"));

  gtk_list_box_set_placeholder (self->incidents_list,
                                make_placeholder (_("No incidents yet")));
  gtk_list_box_set_placeholder (self->sources_list,
                                make_placeholder (_("No sources yet")));

  self->case_signals = g_signal_group_new (RELAY_TYPE_CASE);
  g_signal_group_connect_swapped (self->case_signals, "changed",
                                  G_CALLBACK (update_media_warning), self);
}

/**
 * relay_wizard_events_page_new:
 *
 * Creates the page that asks what happened: the account, the incidents
 * with their dates and places, and the sources.
 *
 * Returns: (transfer floating): a new #RelayWizardEventsPage
 */
RelayWizardPage *
relay_wizard_events_page_new (void)
{
  return g_object_new (RELAY_TYPE_WIZARD_EVENTS_PAGE, NULL);
}
