/* test-wizard-mandates.c — the "Mandates" page of the wizard
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "wizard/pages/relay-wizard-mandates-page.h"
#include "relay-test-ui.h"



/* A list of the page's own, known by its placeholder. */
static GtkListBox *
get_list (GtkWidget  *page,
          const char *placeholder)
{
  GtkWidget *label = relay_test_find_widget (page, GTK_TYPE_LABEL, placeholder);

  g_assert_nonnull (label);
  return GTK_LIST_BOX (gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX));
}

/* The row of @list whose title is @title, or NULL. */
static GtkWidget *
find_row (GtkListBox *list,
          const char *title)
{
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);

      if (row == NULL)
        return NULL;
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return GTK_WIDGET (row);
    }
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static RelayCaseMandate *
nth_mandate (RelayCase *kase,
             guint      i)
{
  g_autoptr(RelayCaseMandate) chosen = g_list_model_get_item (G_LIST_MODEL (relay_case_get_mandates (kase)), i);

  g_assert_nonnull (chosen);
  return chosen; /* the case holds a reference */
}

static void
test_mandates_page (void)
{
  g_autoptr(RelayDirectory) directory = relay_directory_new ();
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GError) error = NULL;
  RelayWizardPage *page = g_object_ref_sink (relay_wizard_mandates_page_new ());
  GListModel *mandates = G_LIST_MODEL (relay_case_get_mandates (kase));
  GtkListBox *suggestions;
  GtkListBox *chosen;
  GtkListBox *results;
  GtkWidget *joint_group;
  GtkWidget *search;
  GtkWidget *row;
  GtkWidget *check;
  GtkWidget *lead;
  GtkWidget *other_lead;
  GtkWidget *text_view;
  GtkTextBuffer *buffer;
  const char *hrd;
  const char *wgad;
  const char *torture;

  g_assert_true (relay_directory_load_default (directory, &error));
  g_assert_no_error (error);
  hrd = relay_mandate_get_title (relay_directory_lookup (directory, "sr-hrd"), NULL);
  wgad = relay_mandate_get_title (relay_directory_lookup (directory, "wg-arbitrary-detention"), NULL);
  torture = relay_mandate_get_title (relay_directory_lookup (directory, "sr-torture"), NULL);

  g_assert_cmpstr (relay_wizard_page_get_page_id (page), ==, "mandates");
  g_assert_cmpstr (relay_wizard_page_get_title (page), ==, "Mandates");
  g_assert_true (relay_wizard_page_get_complete (page));

  suggestions = get_list (GTK_WIDGET (page),
                          "No suggestions yet. Relay suggests mandates from what you wrote about "
                          "the case; you can also search for one below.");
  chosen = get_list (GTK_WIDGET (page), "No mandates chosen yet. Tick a suggestion or add one below.");
  results = get_list (GTK_WIDGET (page), "Type a theme, a right or a country to find a mandate.");
  joint_group = relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, "Why Joint Action Matters");
  g_assert_nonnull (joint_group);
  search = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);

  /* No case, no directory: empty lists, no crash. */
  relay_wizard_page_shown (page);
  g_assert_cmpuint (count_rows (suggestions), ==, 0);

  relay_case_set_title (kase, "Defender detained");
  relay_case_set_what_happened (kase,
                                "On 3 March 2026 police arrested Ana Pérez, a human rights defender, "
                                "at a peaceful protest in Bogotá. She has been detained without charge "
                                "since then and her lawyer cannot see her.");
  relay_wizard_page_set_directory (page, directory);
  relay_wizard_page_set_case (page, kase);
  relay_wizard_page_shown (page);

  /* The suggestions: both mandates, with their reasons, none ticked. */
  g_assert_cmpuint (count_rows (suggestions), >=, 2);
  g_assert_cmpuint (count_rows (suggestions), <=, 8);
  row = find_row (suggestions, hrd);
  g_assert_nonnull (row);
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, "");
  row = find_row (suggestions, wgad);
  g_assert_nonnull (row);
  check = relay_test_find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  g_assert_true (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)) == check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_false (gtk_widget_get_visible (joint_group));

  /* Ticking the first one makes it the lead. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (mandates), ==, 1);
  g_assert_cmpstr (relay_case_mandate_get_mandate_id (nth_mandate (kase, 0)), ==, "wg-arbitrary-detention");
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 0)), ==, RELAY_MANDATE_ROLE_LEAD);
  g_assert_nonnull (find_row (chosen, wgad));
  g_assert_false (gtk_widget_get_visible (joint_group));

  /* The second one joins. */
  check = relay_test_find_widget (find_row (suggestions, hrd), GTK_TYPE_CHECK_BUTTON, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (mandates), ==, 2);
  g_assert_cmpstr (relay_case_mandate_get_mandate_id (nth_mandate (kase, 1)), ==, "sr-hrd");
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 1)), ==, RELAY_MANDATE_ROLE_JOINT);
  g_assert_cmpuint (count_rows (chosen), ==, 2);
  g_assert_true (gtk_widget_get_visible (joint_group));

  /* The joint note, both ways. */
  text_view = relay_test_find_widget (joint_group, GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (text_view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  gtk_text_buffer_set_text (buffer, "She was detained <b>for</b> her work.", -1);
  g_assert_cmpstr (relay_case_get_joint_action_note (kase), ==, "She was detained <b>for</b> her work.");

  /* Making the second one lead makes the first one joint. */
  lead = relay_test_find_widget (find_row (chosen, hrd), GTK_TYPE_CHECK_BUTTON, "Lead");
  other_lead = relay_test_find_widget (find_row (chosen, wgad), GTK_TYPE_CHECK_BUTTON, "Lead");
  g_assert_nonnull (lead);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (other_lead)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (lead)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lead), TRUE);
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 1)), ==, RELAY_MANDATE_ROLE_LEAD);
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 0)), ==, RELAY_MANDATE_ROLE_JOINT);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (other_lead)));

  /* A role set elsewhere shows. */
  relay_case_mandate_set_role (nth_mandate (kase, 1), RELAY_MANDATE_ROLE_JOINT);
  relay_case_mandate_set_role (nth_mandate (kase, 0), RELAY_MANDATE_ROLE_LEAD);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (other_lead)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (lead)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lead), TRUE);
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 0)), ==, RELAY_MANDATE_ROLE_JOINT);

  /* Unticking the lead removes it; the other one leads. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (mandates), ==, 1);
  g_assert_cmpstr (relay_case_mandate_get_mandate_id (nth_mandate (kase, 0)), ==, "wg-arbitrary-detention");
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 0)), ==, RELAY_MANDATE_ROLE_LEAD);
  g_assert_null (find_row (chosen, hrd));
  g_assert_false (gtk_widget_get_visible (joint_group));

  /* Searching finds mandates not chosen yet; activating one adds it. */
  gtk_editable_set_text (GTK_EDITABLE (search), "detention");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_null (find_row (results, wgad));
  gtk_editable_set_text (GTK_EDITABLE (search), "torture");
  g_signal_emit_by_name (search, "search-changed");
  row = find_row (results, torture);
  g_assert_nonnull (row);
  g_assert_cmpuint (count_rows (results), <=, 6);
  g_signal_emit_by_name (results, "row-activated", row);
  g_assert_cmpuint (g_list_model_get_n_items (mandates), ==, 2);
  g_assert_cmpstr (relay_case_mandate_get_mandate_id (nth_mandate (kase, 1)), ==, "sr-torture");
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 1)), ==, RELAY_MANDATE_ROLE_JOINT);
  g_assert_nonnull (find_row (chosen, torture));
  g_assert_null (find_row (results, torture));
  g_assert_true (gtk_widget_get_visible (joint_group));

  /* Nothing found: a plain message. */
  gtk_editable_set_text (GTK_EDITABLE (search), "zzzzqqq");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (count_rows (results), ==, 0);
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (results), GTK_TYPE_LABEL, "No mandate matches your search."));

  /* Removing the lead from its row. */
  row = find_row (chosen, wgad);
  g_signal_emit_by_name (relay_test_find_widget (row, GTK_TYPE_BUTTON, "Remove Mandate"), "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (mandates), ==, 1);
  g_assert_cmpstr (relay_case_mandate_get_mandate_id (nth_mandate (kase, 0)), ==, "sr-torture");
  g_assert_cmpint (relay_case_mandate_get_role (nth_mandate (kase, 0)), ==, RELAY_MANDATE_ROLE_LEAD);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (relay_test_find_widget (find_row (suggestions, wgad),
                                                                               GTK_TYPE_CHECK_BUTTON, NULL))));

  /* Another case: its mandates show and tick; the old case is left alone. */
  {
    g_autoptr(RelayCase) other = relay_case_new ();
    g_autoptr(RelayCaseMandate) old = relay_case_mandate_new ();

    relay_case_set_what_happened (other, "A human rights defender was detained after a protest.");
    relay_case_mandate_set_mandate_id (old, "sr-hrd");
    relay_case_mandate_set_role (old, RELAY_MANDATE_ROLE_LEAD);
    g_list_store_append (relay_case_get_mandates (other), old);

    relay_wizard_page_set_case (page, other);
    relay_wizard_page_shown (page);
    g_assert_cmpuint (count_rows (chosen), ==, 1);
    g_assert_nonnull (find_row (chosen, hrd));
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (relay_test_find_widget (find_row (suggestions, hrd),
                                                                                GTK_TYPE_CHECK_BUTTON, NULL))));
    gtk_text_buffer_set_text (buffer, "Other", -1);
    g_assert_cmpstr (relay_case_get_joint_action_note (kase), ==, "She was detained <b>for</b> her work.");
    g_assert_cmpstr (relay_case_get_joint_action_note (other), ==, "Other");

    relay_wizard_page_set_case (page, NULL);
  }

  g_assert_cmpuint (count_rows (chosen), ==, 0);
  g_assert_cmpuint (count_rows (suggestions), ==, 0);
  g_assert_true (relay_wizard_page_get_complete (page));
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

  g_test_add_func ("/wizard/mandates/page", test_mandates_page);

  return g_test_run ();
}
