/* test-wizard-victims.c
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wizard/pages/relay-wizard-victims-page.h"

/* Drives the victims page through its widgets, as a user would, and checks
 * what lands in the case's RelayVictim objects. */

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  GtkWidget *found = NULL;

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL && found == NULL;
       child = gtk_widget_get_next_sibling (child))
    found = find_named (child, name);

  return found;
}

static GtkListBox *
get_list_box (RelayWizardPage *page)
{
  GtkWidget *widget = GTK_WIDGET (page);
  GtkWidget *list = NULL;

  /* The list of victims is the boxed list that holds the expander rows. */
  for (GtkWidget *w = gtk_widget_get_first_child (widget); w != NULL; w = gtk_widget_get_first_child (w))
    {
      for (GtkWidget *c = w; c != NULL; c = gtk_widget_get_next_sibling (c))
        if (GTK_IS_LIST_BOX (c) && gtk_widget_has_css_class (c, "boxed-list"))
          list = c;
      if (list != NULL)
        break;
    }

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

static AdwExpanderRow *
get_expander (RelayWizardPage *page,
              int              index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (get_list_box (page), index);

  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return ADW_EXPANDER_ROW (row);
}

static int
count_rows (RelayWizardPage *page)
{
  int n = 0;

  while (gtk_list_box_get_row_at_index (get_list_box (page), n) != NULL)
    n++;

  return n;
}

static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
test_victims_edit (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  RelayWizardPage *page;
  GListModel *victims;
  AdwExpanderRow *first;
  AdwExpanderRow *second;
  GtkWidget *widget;
  GtkWidget *add;
  RelayVictim *victim;
  g_autofree char *summary = NULL;

  page = g_object_ref_sink (relay_wizard_victims_page_new ());
  g_assert_cmpstr (relay_wizard_page_get_page_id (page), ==, "victims");
  g_assert_cmpstr (relay_wizard_page_get_title (page), ==, "Victims");

  add = find_named (GTK_WIDGET (page), "add-victim");
  g_assert_nonnull (add);
  g_assert_false (gtk_widget_get_sensitive (add));

  relay_wizard_page_set_case (page, kase);
  g_assert_true (gtk_widget_get_sensitive (add));
  g_assert_true (relay_wizard_page_get_complete (page));
  victims = G_LIST_MODEL (relay_case_get_victims (kase));
  g_assert_cmpuint (g_list_model_get_n_items (victims), ==, 0);

  /* Two victims */
  click (add);
  click (add);
  g_assert_cmpuint (g_list_model_get_n_items (victims), ==, 2);
  g_assert_cmpint (count_rows (page), ==, 2);

  first = get_expander (page, 0);
  second = get_expander (page, 1);
  g_assert_true (adw_expander_row_get_expanded (second));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "Victim 1");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (second)), ==, "Victim 2");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (first)));

  /* A name, typed */
  victim = g_list_model_get_item (victims, 0);
  g_object_unref (victim);
  widget = find_named (GTK_WIDGET (first), "name");
  g_assert_true (ADW_IS_ENTRY_ROW (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), "María <b>Pérez</b> & co");
  g_assert_cmpstr (relay_victim_get_name (victim), ==, "María <b>Pérez</b> & co");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==, "María <b>Pérez</b> & co");

  /* No consent yet: the warning says how the letter names her. */
  widget = find_named (GTK_WIDGET (first), "consent-warning");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (widget)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (widget)), "Victim 1"));

  /* Consent to send the name, through the combo row */
  widget = find_named (GTK_WIDGET (first), "consent-government");
  g_assert_true (ADW_IS_COMBO_ROW (widget));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), ==, RELAY_CONSENT_UNKNOWN);
  g_object_set (widget, "selected", (guint)RELAY_CONSENT_YES, NULL);
  g_assert_cmpint (relay_victim_get_consent_government (victim), ==, RELAY_CONSENT_YES);
  g_assert_true (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT));
  widget = find_named (GTK_WIDGET (first), "consent-warning");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (widget)));
  summary = relay_victim_dup_consent_summary (victim);
  g_assert_cmpstr (adw_expander_row_get_subtitle (first), ==, summary);

  /* The other way round: the model drives the row */
  relay_victim_set_consent_public (victim, RELAY_CONSENT_NO);
  widget = find_named (GTK_WIDGET (first), "consent-public");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), ==, RELAY_CONSENT_NO);
  g_clear_pointer (&summary, g_free);
  summary = relay_victim_dup_consent_summary (victim);
  g_assert_cmpstr (adw_expander_row_get_subtitle (first), ==, summary);

  widget = find_named (GTK_WIDGET (first), "name-form");
  g_object_set (widget, "selected", (guint)RELAY_NAME_FORM_INITIALS, NULL);
  g_assert_cmpint (relay_victim_get_name_form (victim), ==, RELAY_NAME_FORM_INITIALS);
  widget = find_named (GTK_WIDGET (first), "consent-given-by");
  g_object_set (widget, "selected", (guint)RELAY_CONSENT_GIVER_FAMILY, NULL);
  g_assert_cmpint (relay_victim_get_consent_given_by (victim), ==, RELAY_CONSENT_GIVER_FAMILY);
  widget = find_named (GTK_WIDGET (first), "consent-method");
  g_object_set (widget, "selected", (guint)RELAY_CONSENT_METHOD_WRITTEN, NULL);
  g_assert_cmpint (relay_victim_get_consent_method (victim), ==, RELAY_CONSENT_METHOD_WRITTEN);

  /* Age: 0 in the spin button is "unknown", -1 in the victim */
  g_assert_cmpint (relay_victim_get_age (victim), ==, -1);
  widget = find_named (GTK_WIDGET (first), "age");
  g_assert_true (GTK_IS_SPIN_BUTTON (widget));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget)), ==, 0.0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "Unknown");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 34);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "34");
  g_assert_cmpint (relay_victim_get_age (victim), ==, 34);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 0);
  g_assert_cmpint (relay_victim_get_age (victim), ==, -1);
  gtk_editable_set_text (GTK_EDITABLE (widget), "52");
  gtk_spin_button_update (GTK_SPIN_BUTTON (widget));
  g_assert_cmpint (relay_victim_get_age (victim), ==, 52);
  gtk_editable_set_text (GTK_EDITABLE (widget), "unknown");
  gtk_spin_button_update (GTK_SPIN_BUTTON (widget));
  g_assert_cmpint (relay_victim_get_age (victim), ==, -1);
  gtk_editable_set_text (GTK_EDITABLE (widget), "");
  gtk_spin_button_update (GTK_SPIN_BUTTON (widget));
  g_assert_cmpint (relay_victim_get_age (victim), ==, -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "Unknown");
  relay_victim_set_age (victim, 7);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget)), ==, 7.0);

  widget = find_named (GTK_WIDGET (first), "gender");
  gtk_editable_set_text (GTK_EDITABLE (widget), "woman");
  g_assert_cmpstr (relay_victim_get_gender (victim), ==, "woman");
  widget = find_named (GTK_WIDGET (first), "origin");
  gtk_editable_set_text (GTK_EDITABLE (widget), "Wayuu");
  g_assert_cmpstr (relay_victim_get_origin (victim), ==, "Wayuu");
  widget = find_named (GTK_WIDGET (first), "residence");
  gtk_editable_set_text (GTK_EDITABLE (widget), "Riohacha");
  g_assert_cmpstr (relay_victim_get_residence (victim), ==, "Riohacha");

  /* Dates: kept as typed; an invalid one holds the page back */
  widget = find_named (GTK_WIDGET (first), "consent-date");
  gtk_editable_set_text (GTK_EDITABLE (widget), "2026-02-30");
  g_assert_cmpstr (relay_victim_get_consent_date (victim), ==, "2026-02-30");
  g_assert_false (relay_wizard_page_get_complete (page));
  g_assert_true (gtk_widget_has_css_class (widget, "error"));
  gtk_editable_set_text (GTK_EDITABLE (widget), "2026-03-14");
  g_assert_true (relay_wizard_page_get_complete (page));
  g_assert_false (gtk_widget_has_css_class (widget, "error"));
  widget = find_named (GTK_WIDGET (first), "consent-withdrawn");
  gtk_editable_set_text (GTK_EDITABLE (widget), "yesterday");
  g_assert_cmpstr (relay_victim_get_consent_withdrawn (victim), ==, "yesterday");
  g_assert_false (relay_wizard_page_get_complete (page));
  g_assert_false (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT));
  gtk_editable_set_text (GTK_EDITABLE (widget), "");
  g_assert_true (relay_wizard_page_get_complete (page));

  /* The second victim is a group of 40 people */
  victim = g_list_model_get_item (victims, 1);
  g_object_unref (victim);
  widget = find_named (GTK_WIDGET (second), "group-size");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW)));
  widget = find_named (GTK_WIDGET (second), "is-group");
  g_assert_true (GTK_IS_SWITCH (widget));
  gtk_switch_set_active (GTK_SWITCH (widget), TRUE);
  g_assert_true (relay_victim_get_is_group (victim));
  widget = find_named (GTK_WIDGET (second), "group-size");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW)));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (find_named (GTK_WIDGET (second), "age"),
                                                                   ADW_TYPE_ACTION_ROW)));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (widget), 40);
  g_assert_cmpint (relay_victim_get_group_size (victim), ==, 40);
  widget = find_named (GTK_WIDGET (second), "name");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), ==, "Name of the group");
  gtk_editable_set_text (GTK_EDITABLE (widget), "Families of El Salado");
  widget = find_named (GTK_WIDGET (second), "group-name");
  gtk_editable_set_text (GTK_EDITABLE (widget), "Association of Victims");
  g_assert_cmpstr (relay_victim_get_group_name (victim), ==, "Association of Victims");

  /* Remove the first: the second becomes number 1 */
  g_object_ref (victim);
  click (find_named (GTK_WIDGET (first), "remove-victim"));
  g_assert_cmpuint (g_list_model_get_n_items (victims), ==, 1);
  g_assert_cmpint (count_rows (page), ==, 1);
  g_assert_true (g_list_model_get_item (victims, 0) == (gpointer)victim);
  g_object_unref (victim);
  g_object_unref (victim);
  second = get_expander (page, 0);
  relay_victim_set_name (victim, "");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (second)), ==, "Victim 1");

  /* Changes from elsewhere show up too */
  {
    g_autoptr(RelayVictim) other = relay_victim_new ();

    relay_victim_set_consent_date (other, "14/03/2026");
    g_list_store_append (relay_case_get_victims (kase), other);
    g_assert_cmpint (count_rows (page), ==, 2);
    g_assert_false (relay_wizard_page_get_complete (page));
    g_list_store_remove (relay_case_get_victims (kase), 1);
    g_assert_true (relay_wizard_page_get_complete (page));
  }

  relay_wizard_page_shown (page);

  relay_wizard_page_set_case (page, NULL);
  g_assert_cmpint (count_rows (page), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (add));
  g_assert_true (relay_wizard_page_get_complete (page));

  g_assert_finalize_object (page);
}

/* A draft that already holds victims */
static void
test_victims_load (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayVictim) victim = relay_victim_new ();
  RelayWizardPage *page;
  AdwExpanderRow *row;
  GtkWidget *widget;

  relay_victim_set_name (victim, "Ana Gómez");
  relay_victim_set_age (victim, 41);
  relay_victim_set_consent_government (victim, RELAY_CONSENT_NO);
  relay_victim_set_consent_date (victim, "2026-13-01");
  g_list_store_append (relay_case_get_victims (kase), victim);

  page = g_object_ref_sink (relay_wizard_victims_page_new ());
  relay_wizard_page_set_case (page, kase);

  row = get_expander (page, 0);
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ana Gómez");
  widget = find_named (GTK_WIDGET (row), "age");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (widget)), ==, 41.0);
  widget = find_named (GTK_WIDGET (row), "consent-government");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), ==, RELAY_CONSENT_NO);
  g_assert_false (relay_wizard_page_get_complete (page));
  widget = find_named (GTK_WIDGET (row), "consent-date");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "2026-13-01");

  /* Another case replaces everything */
  {
    g_autoptr(RelayCase) other = relay_case_new ();

    relay_wizard_page_set_case (page, other);
    g_assert_cmpint (count_rows (page), ==, 0);
    g_assert_true (relay_wizard_page_get_complete (page));
  }

  g_assert_finalize_object (page);
  g_assert_cmpstr (relay_victim_get_name (victim), ==, "Ana Gómez");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      /* A TAP plan of zero tests is how a TAP program says "skipped". */
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      return 0;
    }

  adw_init ();

  g_test_add_func ("/wizard/victims/edit", test_victims_edit);
  g_test_add_func ("/wizard/victims/load", test_victims_load);

  return g_test_run ();
}
