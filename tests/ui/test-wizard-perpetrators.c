/* test-wizard-perpetrators.c — the "Alleged perpetrators" page of the wizard
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "wizard/pages/relay-wizard-perpetrators-page.h"
#include "relay-test-ui.h"



static GtkWidget *
nth_row (GtkWidget *list,
         int        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  return GTK_WIDGET (row);
}

static void
fill (GtkWidget  *row,
      const char *name,
      const char *function,
      const char *institution,
      const char *motive)
{
  gtk_editable_set_text (GTK_EDITABLE (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Name")), name);
  gtk_editable_set_text (GTK_EDITABLE (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Title or function")),
                         function);
  gtk_editable_set_text (GTK_EDITABLE (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Institution or unit")),
                         institution);
  gtk_editable_set_text (GTK_EDITABLE (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW, "Possible motive")),
                         motive);
}

static void
test_perpetrators_page (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  RelayWizardPage *page = g_object_ref_sink (relay_wizard_perpetrators_page_new ());
  GListStore *perpetrators = relay_case_get_perpetrators (kase);
  GtkWidget *add_button;
  GtkWidget *list;
  GtkWidget *row;
  g_autoptr(RelayPerpetrator) first = NULL;
  g_autoptr(RelayPerpetrator) second = NULL;

  g_assert_cmpstr (relay_wizard_page_get_page_id (page), ==, "perpetrators");
  g_assert_cmpstr (relay_wizard_page_get_title (page), ==, "Alleged Perpetrators");

  relay_wizard_page_set_case (page, kase);
  relay_wizard_page_shown (page);
  g_assert_true (relay_wizard_page_get_complete (page));

  /* The page's list (its group has one inside too), by its placeholder. */
  list = gtk_widget_get_ancestor (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                               "No alleged perpetrators yet"),
                                  GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  add_button = gtk_widget_get_ancestor (relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_BUTTON_CONTENT,
                                                     "Add an Alleged _Perpetrator"),
                                        GTK_TYPE_BUTTON);
  g_assert_nonnull (add_button);

  /* Two of them, typed in. */
  g_signal_emit_by_name (add_button, "clicked");
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (perpetrators)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (perpetrators), 0);
  second = g_list_model_get_item (G_LIST_MODEL (perpetrators), 1);

  row = nth_row (list, 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Name not known");
  fill (row, "Col. <b>J. Pérez</b>", "Commander", "3rd Brigade", "Silence the union");
  g_assert_cmpstr (relay_perpetrator_get_name (first), ==, "Col. <b>J. Pérez</b>");
  g_assert_cmpstr (relay_perpetrator_get_function (first), ==, "Commander");
  g_assert_cmpstr (relay_perpetrator_get_institution (first), ==, "3rd Brigade");
  g_assert_cmpstr (relay_perpetrator_get_motive (first), ==, "Silence the union");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Col. <b>J. Pérez</b>");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Commander, 3rd Brigade");

  row = nth_row (list, 1);
  fill (row, "", "", "Municipal police", "");
  g_assert_cmpstr (relay_perpetrator_get_institution (second), ==, "Municipal police");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Municipal police");

  /* Edits made elsewhere show. */
  relay_perpetrator_set_function (second, "Patrol");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Patrol, Municipal police");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (relay_test_find_widget (row, ADW_TYPE_ENTRY_ROW,
                                                                      "Title or function"))),
                   ==, "Patrol");

  /* Remove the first one. */
  g_signal_emit_by_name (relay_test_find_widget (nth_row (list, 0), GTK_TYPE_BUTTON, "Remove Alleged Perpetrator"),
                         "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (perpetrators)), ==, 1);
  {
    g_autoptr(RelayPerpetrator) left = g_list_model_get_item (G_LIST_MODEL (perpetrators), 0);

    g_assert_true (left == second);
  }
  row = nth_row (list, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "Patrol, Municipal police");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));

  /* The removed one is no longer edited from the page. */
  relay_perpetrator_set_name (first, "Someone");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Name not known");

  relay_wizard_page_shown (page);

  relay_wizard_page_set_case (page, NULL);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  /* The case goes on without the page. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (perpetrators)), ==, 1);

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

  g_test_add_func ("/wizard/perpetrators/page", test_perpetrators_page);

  return g_test_run ();
}
