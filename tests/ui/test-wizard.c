/* test-wizard.c — the submission wizard under Xvfb
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "relay-test-utils.h"
#include "wizard/pages/relay-wizard-kind-page.h"
#include "wizard/relay-attachments-group.h"
#include "wizard/relay-wizard.h"

static char *data_home;

typedef struct {
  RelayStore     *store;
  RelayDirectory *directory;
  GSettings      *settings;
} Fixture;

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  relay_test_remove_tree (data_home);
  g_mkdir_with_parents (data_home, 0700);
  db = g_build_filename (data_home, "relay", "relay.db", NULL);

  fixture->store = relay_store_new (db, &error);
  g_assert_no_error (error);
  fixture->directory = relay_directory_new ();
  relay_directory_load_default (fixture->directory, &error);
  g_assert_no_error (error);
  fixture->settings = g_settings_new (SCHEMA_ID);
  g_settings_set_string (fixture->settings, "sender-organisation", "Colectivo Tierra");
  g_settings_set_string (fixture->settings, "sender-email", "contacto@example.org");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->directory);
  g_clear_object (&fixture->store);
  relay_test_remove_tree (data_home);
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_entry_row (child, title)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      if ((found = find_type (child, type)))
        return found;
    }

  return NULL;
}

static void
set_text_view (GtkWidget  *page,
               const char *text)
{
  GtkWidget *view = find_type (page, GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static RelayCase *
reload (Fixture   *fixture,
        RelayCase *kase)
{
  g_autoptr(GError) error = NULL;
  RelayCase *loaded = relay_store_load_case (fixture->store, relay_case_get_uuid (kase), &error);

  g_assert_no_error (error);
  return loaded;
}

static void
destroy_wizard (RelayWizard *wizard)
{
  g_object_add_weak_pointer (G_OBJECT (wizard), (gpointer *)&wizard);
  gtk_window_destroy (GTK_WINDOW (wizard));
  while (wizard != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* Every page, in the guide's order, reached with Next and Back. */
static void
test_wizard_pages (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char * const ids[] = {
    "sender", "kind", "victims", "events", "perpetrators",
    "context", "action-taken", "action-requested", "mandates", "review",
  };
  RelayWizard *wizard = relay_wizard_new (fixture->store, fixture->directory, fixture->settings, NULL);
  RelayCase *kase = relay_wizard_get_case (wizard);

  gtk_window_present (GTK_WINDOW (wizard));
  iterate (50);

  g_assert_cmpuint (relay_wizard_get_n_pages (wizard), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RelayWizardPage *page = relay_wizard_get_page (wizard, i);

      g_assert_cmpstr (relay_wizard_page_get_page_id (page), ==, ids[i]);
      g_assert_nonnull (relay_wizard_page_get_title (page));
      g_assert_true (relay_wizard_page_get_case (page) == kase);
    }

  /* The sender's details come from Preferences. */
  g_assert_cmpstr (relay_case_get_sender_organisation (kase), ==, "Colectivo Tierra");
  g_assert_cmpstr (relay_case_get_sender_email (kase), ==, "contacto@example.org");
  g_assert_true (relay_case_get_sender_confidential (kase));

  /* Turning the pages of an untouched New Case saves nothing. */
  relay_wizard_next (wizard);
  relay_wizard_back (wizard);
  iterate (600);
  g_assert_cmpuint (relay_store_count_cases (fixture->store), ==, 0);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (ids); i++)
    {
      g_assert_cmpstr (relay_wizard_page_get_page_id (relay_wizard_get_current_page (wizard)), ==, ids[i]);
      gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.next", NULL);
      iterate (10);
    }
  g_assert_cmpstr (relay_wizard_page_get_page_id (relay_wizard_get_current_page (wizard)), ==,
                   "review");
  g_assert_cmpstr (relay_case_get_draft_page (kase), ==, "review");

  for (guint i = 0; i < 3; i++)
    gtk_widget_activate_action (GTK_WIDGET (wizard), "wizard.back", NULL);
  g_assert_cmpstr (relay_wizard_page_get_page_id (relay_wizard_get_current_page (wizard)), ==,
                   "action-taken");

  /* The review's checklist leads back to the pages. */
  relay_wizard_show_page (wizard, "review");
  g_signal_emit_by_name (relay_wizard_get_current_page (wizard), "show-page", "victims");
  g_assert_cmpstr (relay_wizard_page_get_page_id (relay_wizard_get_current_page (wizard)), ==,
                   "victims");

  destroy_wizard (wizard);

  /* Closing it leaves no empty draft behind either. */
  g_assert_cmpuint (relay_store_count_cases (fixture->store), ==, 0);
}

/* What is typed goes into the case, survives Back and Next, and is saved
 * to the store within a second. */
static void
test_wizard_edits_and_autosave (Fixture       *fixture,
                                gconstpointer  data)
{
  RelayWizard *wizard = relay_wizard_new (fixture->store, fixture->directory, fixture->settings, NULL);
  g_autoptr(RelayCase) kase = g_object_ref (relay_wizard_get_case (wizard));
  g_autoptr(RelayCase) saved = NULL;
  GtkWidget *page;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (wizard));
  iterate (50);

  page = GTK_WIDGET (relay_wizard_get_current_page (wizard));
  row = find_entry_row (page, "Your name");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Marta Quiñones");
  g_assert_cmpstr (relay_case_get_sender_name (kase), ==, "Marta Quiñones");

  relay_wizard_next (wizard);
  page = GTK_WIDGET (relay_wizard_get_current_page (wizard));
  row = find_entry_row (page, "A short title, for your list of cases");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Amenazas a una lideresa");
  relay_wizard_kind_page_set_country (RELAY_WIZARD_KIND_PAGE (page), "CO");
  g_assert_cmpstr (relay_case_get_country (kase), ==, "CO");
  set_text_view (page, "Audiencia el 3 de diciembre.");
  g_assert_cmpstr (relay_case_get_why_now (kase), ==, "Audiencia el 3 de diciembre.");

  relay_wizard_show_page (wizard, "context");
  set_text_view (GTK_WIDGET (relay_wizard_get_current_page (wizard)), "Contexto: conflicto por tierras.");
  g_assert_cmpstr (relay_case_get_context (kase), ==, "Contexto: conflicto por tierras.");

  relay_wizard_show_page (wizard, "action-requested");
  page = GTK_WIDGET (relay_wizard_get_current_page (wizard));
  gtk_switch_set_active (GTK_SWITCH (find_type (page, GTK_TYPE_SWITCH)), TRUE);
  g_assert_true (relay_case_get_press_release (kase));

  /* Back and Next lose nothing. */
  relay_wizard_back (wizard);
  relay_wizard_back (wizard);
  relay_wizard_next (wizard);
  relay_wizard_next (wizard);
  g_assert_cmpstr (relay_case_get_context (kase), ==, "Contexto: conflicto por tierras.");
  g_assert_cmpstr (relay_case_get_title (kase), ==, "Amenazas a una lideresa");

  /* Saved within a second, without closing anything. */
  iterate (1000);
  saved = reload (fixture, kase);
  g_assert_cmpstr (relay_case_get_title (saved), ==, "Amenazas a una lideresa");
  g_assert_cmpstr (relay_case_get_sender_name (saved), ==, "Marta Quiñones");
  g_assert_cmpstr (relay_case_get_country (saved), ==, "CO");
  g_assert_cmpstr (relay_case_get_why_now (saved), ==, "Audiencia el 3 de diciembre.");
  g_assert_true (relay_case_get_press_release (saved));
  g_assert_cmpint (relay_case_get_status (saved), ==, RELAY_CASE_STATUS_DRAFT);

  destroy_wizard (wizard);
}

/* The window goes away mid-way: the draft is there, on the same page. */
static void
test_wizard_reopens_draft (Fixture       *fixture,
                           gconstpointer  data)
{
  RelayWizard *wizard = relay_wizard_new (fixture->store, fixture->directory, fixture->settings, NULL);
  g_autoptr(RelayCase) kase = g_object_ref (relay_wizard_get_case (wizard));
  g_autoptr(RelayCase) draft = NULL;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (wizard));
  iterate (20);

  relay_wizard_next (wizard);
  row = find_entry_row (GTK_WIDGET (relay_wizard_get_current_page (wizard)),
                        "A short title, for your list of cases");
  gtk_editable_set_text (GTK_EDITABLE (row), "Detención de un periodista");
  relay_wizard_show_page (wizard, "action-taken");
  set_text_view (GTK_WIDGET (relay_wizard_get_current_page (wizard)), "Denuncia ante la Fiscalía");

  /* Destroyed at once, before the save delay ran out. */
  destroy_wizard (wizard);

  draft = reload (fixture, kase);
  g_assert_cmpstr (relay_case_get_title (draft), ==, "Detención de un periodista");
  g_assert_cmpstr (relay_case_get_action_taken (draft), ==, "Denuncia ante la Fiscalía");
  g_assert_cmpstr (relay_case_get_draft_page (draft), ==, "action-taken");

  wizard = relay_wizard_new (fixture->store, fixture->directory, fixture->settings, draft);
  gtk_window_present (GTK_WINDOW (wizard));
  iterate (20);
  g_assert_cmpstr (relay_wizard_page_get_page_id (relay_wizard_get_current_page (wizard)), ==,
                   "action-taken");
  g_assert_cmpstr (relay_case_get_action_taken (relay_wizard_get_case (wizard)), ==,
                   "Denuncia ante la Fiscalía");

  destroy_wizard (wizard);
}

/* Documents attached on the "What happened" page are saved with the case;
 * one too large is refused with a message, and nothing else changes. */
static void
test_wizard_attachments (Fixture       *fixture,
                         gconstpointer  data)
{
  RelayWizard *wizard = relay_wizard_new (fixture->store, fixture->directory, fixture->settings, NULL);
  g_autoptr(RelayCase) kase = g_object_ref (relay_wizard_get_case (wizard));
  g_autoptr(RelayCase) saved = NULL;
  g_autoptr(RelayAttachment) stored = NULL;
  g_autofree char *small = g_build_filename (data_home, "ley-2026.txt", NULL);
  g_autofree char *big = g_build_filename (data_home, "video.mp4", NULL);
  g_autoptr(GFile) small_file = g_file_new_for_path (small);
  g_autoptr(GFile) big_file = g_file_new_for_path (big);
  RelayAttachmentsGroup *group;
  GtkWidget *error_label = NULL;
  int fd;

  g_assert_true (g_file_set_contents (small, "Artículo 1. …", -1, NULL));
  fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 21 * 1024 * 1024), ==, 0);
  close (fd);

  gtk_window_present (GTK_WINDOW (wizard));
  relay_wizard_show_page (wizard, "events");
  iterate (20);

  group = RELAY_ATTACHMENTS_GROUP (find_type (GTK_WIDGET (relay_wizard_get_current_page (wizard)),
                                              RELAY_TYPE_ATTACHMENTS_GROUP));
  g_assert_nonnull (group);

  g_assert_false (relay_attachments_group_attach_file (group, big_file));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_attachments (kase))), ==, 0);
  for (GtkWidget *w = find_type (GTK_WIDGET (group), GTK_TYPE_LABEL); w != NULL; w = NULL)
    error_label = w;
  g_assert_nonnull (error_label);

  g_assert_true (relay_attachments_group_attach_file (group, small_file));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_attachments (kase))), ==, 1);

  iterate (1000);
  saved = reload (fixture, kase);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_attachments (saved))), ==, 1);
  stored = g_list_model_get_item (G_LIST_MODEL (relay_case_get_attachments (saved)), 0);
  g_assert_cmpstr (relay_attachment_get_file_name (stored), ==, "ley-2026.txt");
  g_assert_cmpuint (relay_attachment_get_size (stored), ==, strlen ("Artículo 1. …"));

  destroy_wizard (wizard);
  g_unlink (small);
  g_unlink (big);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  data_home = g_dir_make_tmp ("relay-wizard-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      relay_test_remove_tree (data_home);
      return 0;
    }

  adw_init ();

  g_test_add ("/ui/wizard/pages", Fixture, NULL, fixture_setup, test_wizard_pages, fixture_teardown);
  g_test_add ("/ui/wizard/edits-and-autosave", Fixture, NULL, fixture_setup,
              test_wizard_edits_and_autosave, fixture_teardown);
  g_test_add ("/ui/wizard/reopens-draft", Fixture, NULL, fixture_setup,
              test_wizard_reopens_draft, fixture_teardown);
  g_test_add ("/ui/wizard/attachments", Fixture, NULL, fixture_setup,
              test_wizard_attachments, fixture_teardown);

  ret = g_test_run ();

  relay_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
