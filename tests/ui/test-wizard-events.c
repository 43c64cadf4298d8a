/* test-wizard-events.c — the "What happened" page of the wizard
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wizard/pages/relay-wizard-events-page.h"
#include "relay-test-ui.h"



static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkWidget *content = relay_test_find_widget (root, ADW_TYPE_BUTTON_CONTENT, label);

  g_assert_nonnull (content);
  return gtk_widget_get_ancestor (content, GTK_TYPE_BUTTON);
}

static GtkWidget *
nth_row (GtkWidget *list,
         int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return GTK_WIDGET (row);
}

/* A list of the page's own (a preferences group has one inside too),
 * known by its placeholder. */
static GtkWidget *
get_list (GtkWidget  *page,
          const char *placeholder)
{
  GtkWidget *label = relay_test_find_widget (page, GTK_TYPE_LABEL, placeholder);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX);
}

static void
set_text (GtkWidget  *editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static void
test_events_page (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  RelayWizardPage *page = g_object_ref_sink (relay_wizard_events_page_new ());
  GListStore *incidents = relay_case_get_incidents (kase);
  GListStore *sources = relay_case_get_sources (kase);
  GtkWidget *text_view;
  GtkWidget *incidents_list;
  GtkWidget *sources_list;
  GtkWidget *row;
  GtkWidget *widget;
  GtkWidget *warning;
  GtkTextBuffer *buffer;
  g_autoptr(RelayIncident) incident = NULL;
  g_autoptr(RelaySource) source = NULL;
  g_autofree char *label = NULL;

  g_assert_cmpstr (relay_wizard_page_get_page_id (page), ==, "events");
  g_assert_cmpstr (relay_wizard_page_get_title (page), ==, "What Happened");
  g_assert_true (relay_wizard_page_get_complete (page));

  relay_case_set_what_happened (kase, "On 3 March 2026, police came.");
  relay_wizard_page_set_case (page, kase);
  relay_wizard_page_shown (page);

  /* The account, both ways. */
  text_view = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (text_view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  {
    g_autofree char *text = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "On 3 March 2026, police came.");
  }
  gtk_text_buffer_set_text (buffer, "On 3 March 2026, police <b>came</b> at dawn.", -1);
  g_assert_cmpstr (relay_case_get_what_happened (kase), ==,
                   "On 3 March 2026, police <b>came</b> at dawn.");

  /* An incident: month precision, March 2026. */
  incidents_list = get_list (GTK_WIDGET (page), "No incidents yet");
  sources_list = get_list (GTK_WIDGET (page), "No sources yet");
  g_assert_nonnull (incidents_list);
  g_assert_nonnull (sources_list);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (incidents_list), 0));

  g_signal_emit_by_name (find_button (GTK_WIDGET (page), "Add an _Incident"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (incidents)), ==, 1);
  incident = g_list_model_get_item (G_LIST_MODEL (incidents), 0);
  row = nth_row (incidents_list, 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Date unknown");

  widget = relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "How precise is the date?");
  g_assert_nonnull (widget);
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), RELAY_DATE_PRECISION_MONTH);
  g_assert_cmpint (relay_incident_get_precision (incident), ==, RELAY_DATE_PRECISION_MONTH);
  g_assert_false (gtk_widget_get_visible (relay_test_find_widget (row, ADW_TYPE_ACTION_ROW, "Day")));
  g_assert_true (gtk_widget_get_visible (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Month")));

  widget = relay_test_find_widget (relay_test_find_widget (row, ADW_TYPE_ACTION_ROW, "Year"), GTK_TYPE_SPIN_BUTTON, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 2025);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 2026);
  widget = relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Month");
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), 2);
  g_assert_cmpstr (relay_incident_get_date (incident), ==, "2026-03");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "March 2026");

  /* Day precision shows the day and writes a full date; year writes the year. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW,
                                                          "How precise is the date?")),
                              RELAY_DATE_PRECISION_DAY);
  widget = relay_test_find_widget (relay_test_find_widget (row, ADW_TYPE_ACTION_ROW, "Day"), GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW)));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 31);
  g_assert_cmpstr (relay_incident_get_date (incident), ==, "2026-03-31");
  /* April has 30 days: the day follows. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Month")), 3);
  g_assert_cmpstr (relay_incident_get_date (incident), ==, "2026-04-30");
  adw_combo_row_set_selected (ADW_COMBO_ROW (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW,
                                                          "How precise is the date?")),
                              RELAY_DATE_PRECISION_YEAR);
  g_assert_cmpstr (relay_incident_get_date (incident), ==, "2026");
  g_assert_false (gtk_widget_get_visible (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Month")));

  /* A date set elsewhere shows in the controls. */
  relay_incident_set_precision (incident, RELAY_DATE_PRECISION_DAY);
  relay_incident_set_date (incident, "2025-12-24");
  widget = relay_test_find_widget (relay_test_find_widget (row, ADW_TYPE_ACTION_ROW, "Year"), GTK_TYPE_SPIN_BUTTON, NULL);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget)), ==, 2025);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW,
                                                                             "Month"))), ==, 11);
  label = relay_incident_dup_date_label (incident);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, label);

  /* Place and description; the place is the row's subtitle, as text. */
  set_text (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Place"), "Bogotá <i>centre</i>");
  g_assert_cmpstr (relay_incident_get_place (incident), ==, "Bogotá <i>centre</i>");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Bogotá <i>centre</i>");
  set_text (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "What happened there"), "Arrest");
  g_assert_cmpstr (relay_incident_get_description (incident), ==, "Arrest");

  /* Sources: media only warns, a first-hand account does not. */
  warning = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                         "Media reports alone are rarely enough: the experts need first-hand "
                         "accounts, witnesses or documents.");
  g_assert_nonnull (warning);
  g_assert_true (gtk_widget_has_css_class (warning, "warning"));
  g_assert_false (gtk_widget_is_visible (warning));

  g_signal_emit_by_name (find_button (GTK_WIDGET (page), "Add a _Source"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 1);
  source = g_list_model_get_item (G_LIST_MODEL (sources), 0);
  row = nth_row (sources_list, 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Kind of source")),
                              RELAY_SOURCE_KIND_MEDIA);
  g_assert_cmpint (relay_source_get_kind (source), ==, RELAY_SOURCE_KIND_MEDIA);
  set_text (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Who or what it is"), "El Tiempo, 4 March");
  g_assert_cmpstr (relay_source_get_description (source), ==, "El Tiempo, 4 March");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "El Tiempo, 4 March");
  g_assert_true (gtk_widget_is_visible (warning));

  g_signal_emit_by_name (find_button (GTK_WIDGET (page), "Add a _Source"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 2);
  row = nth_row (sources_list, 1);
  widget = relay_test_find_widget (row, ADW_TYPE_COMBO_ROW, "Kind of source");
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), RELAY_SOURCE_KIND_MEDIA);
  g_assert_true (gtk_widget_is_visible (warning));
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), RELAY_SOURCE_KIND_FIRST_HAND);
  g_assert_false (gtk_widget_is_visible (warning));

  /* Removing the first-hand account brings the warning back. */
  g_signal_emit_by_name (relay_test_find_widget (row, GTK_TYPE_BUTTON, "Remove Source"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 1);
  g_assert_true (gtk_widget_is_visible (warning));

  /* Removing the incident. */
  row = nth_row (incidents_list, 0);
  g_signal_emit_by_name (relay_test_find_widget (row, GTK_TYPE_BUTTON, "Remove Incident"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (incidents)), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (incidents_list), 0));

  /* A draft with parts opens with its rows, folded. */
  {
    g_autoptr(RelayCase) other = relay_case_new ();
    g_autoptr(RelayIncident) old = relay_incident_new ();

    relay_incident_set_date (old, "2024-05");
    relay_incident_set_precision (old, RELAY_DATE_PRECISION_MONTH);
    relay_incident_set_place (old, "Cali");
    g_list_store_append (relay_case_get_incidents (other), old);

    relay_wizard_page_set_case (page, other);
    row = nth_row (incidents_list, 0);
    g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
    g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Cali");
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "May 2024");
    g_assert_false (gtk_widget_is_visible (warning));
    /* The old case is no longer edited. */
    gtk_text_buffer_set_text (buffer, "Other", -1);
    g_assert_cmpstr (relay_case_get_what_happened (kase), ==,
                     "On 3 March 2026, police <b>came</b> at dawn.");
    g_assert_cmpstr (relay_case_get_what_happened (other), ==, "Other");

    relay_wizard_page_set_case (page, NULL);
  }

  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (incidents_list), 0));
  relay_test_iterate ();
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/wizard/events/page", test_events_page);

  return g_test_run ();
}
