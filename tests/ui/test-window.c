/* test-window.c
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>
#include <string.h>

#include "cases/relay-case-page.h"
#include "cases/relay-case-row.h"
#include "cases/relay-cases-page.h"
#include "mandates/relay-mandate-detail.h"
#include "mandates/relay-mandate-row.h"
#include "mandates/relay-mandates-page.h"
#include "relay-application.h"
#include "relay-preferences-window.h"
#include "relay-reminders.h"
#include "relay-window.h"
#include "wizard/relay-wizard.h"

#include "relay-test-ui.h"
#include "relay-test-utils.h"

typedef struct {
  char *tmpdir;
} Fixture;

/* GLib reads XDG_DATA_HOME only once, so all tests share one private data
 * folder, and each test starts with no database in it. */
static char *data_home;


static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->tmpdir = g_strdup (data_home);
  relay_test_remove_tree (fixture->tmpdir);
  g_mkdir_with_parents (fixture->tmpdir, 0700);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  relay_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

typedef struct
{
  GtkListView *list_view;
  guint        n_items;
} ListWait;

static gboolean
list_has_items (gpointer data)
{
  ListWait *wait = data;

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (wait->list_view))) == wait->n_items;
}

/* Waits until the list view shows @n_items: search runs on a worker and
 * the list is given its rows over a few frames. */
static void
wait_for_items (GtkListView *list_view,
                guint        n_items)
{
  ListWait wait = { list_view, n_items };

  relay_test_wait_for (list_has_items, &wait, 5);
}

static gboolean
shows_no_results (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "no-results") == 0;
}

static RelayApplication *
make_app (void)
{
  g_autoptr(GError) error = NULL;
  RelayApplication *app;

  app = relay_application_new ("io.github.relayhr.Relay.Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

static void
destroy_window (RelayWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;

      if ((found = find_widget (child, type)))
        return found;
    }

  return NULL;
}

static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), text) == 0)
        return TRUE;
      if (ADW_IS_ACTION_ROW (child) &&
          g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (child)), text) == 0)
        return TRUE;
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static RelayCase *
make_case (const char *title,
           const char *victim_name,
           RelayConsent consent)
{
  RelayCase *kase = relay_case_new ();
  g_autoptr(RelayVictim) victim = g_object_new (RELAY_TYPE_VICTIM, NULL);
  g_autoptr(RelayIncident) incident = g_object_new (RELAY_TYPE_INCIDENT, NULL);
  g_autoptr(RelayTimelineEntry) entry = g_object_new (RELAY_TYPE_TIMELINE_ENTRY, NULL);

  relay_case_set_title (kase, title);
  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_country (kase, "CO");
  relay_case_set_what_happened (kase, "Threats were made after the community meeting.");

  relay_victim_set_name (victim, victim_name);
  relay_victim_set_age (victim, 34);
  relay_victim_set_consent_government (victim, consent);
  g_list_store_append (relay_case_get_victims (kase), victim);

  relay_incident_set_date (incident, "2026-03");
  relay_incident_set_precision (incident, RELAY_DATE_PRECISION_MONTH);
  relay_incident_set_place (incident, "Quibdó");
  g_list_store_append (relay_case_get_incidents (kase), incident);

  relay_timeline_entry_set_date (entry, "2026-04-02");
  relay_timeline_entry_set_kind (entry, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  relay_timeline_entry_set_reference (entry, "UA COL 3/2026");
  g_list_store_append (relay_case_get_timeline (kase), entry);

  return kase;
}

static void
test_window_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  RelayWindow *window;
  RelayCasesPage *page;
  g_autofree char *db = g_build_filename (fixture->tmpdir, "relay", "relay.db", NULL);
  GStatBuf st;

  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate (100);

  page = RELAY_CASES_PAGE (find_widget (GTK_WIDGET (window), RELAY_TYPE_CASES_PAGE));
  g_assert_nonnull (page);
  g_assert_cmpstr (relay_cases_page_get_visible_state (page), ==, "empty");
  g_assert_cmpstr (relay_window_get_visible_page_name (window), ==, "cases");
  g_assert_true (has_label (GTK_WIDGET (window), "No Cases Yet"));

  /* The store made its private file where the user's data lives. */
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  destroy_window (window);
}

static void
test_window_cases (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(RelayCase) first = make_case ("Threats against a land defender", "Ana Pérez", RELAY_CONSENT_YES);
  g_autoptr(RelayCase) second = make_case ("Arbitrary detention of a journalist", "Luis Gómez", RELAY_CONSENT_NO);
  g_autoptr(GError) error = NULL;
  RelayStore *store;
  RelayWindow *window;
  RelayCasesPage *page;
  RelayCasePage *case_page;
  GtkListView *list_view;

  store = relay_application_get_store (app);
  g_assert_nonnull (store);
  relay_store_save_case (store, first, &error);
  g_assert_no_error (error);
  relay_store_save_case (store, second, &error);
  g_assert_no_error (error);

  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate (100);

  page = RELAY_CASES_PAGE (find_widget (GTK_WIDGET (window), RELAY_TYPE_CASES_PAGE));
  g_assert_cmpstr (relay_cases_page_get_visible_state (page), ==, "cases");

  list_view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))), ==, 2);

  /* Newest change first, and rows show the titles. */
  g_assert_true (has_label (GTK_WIDGET (list_view), "Arbitrary detention of a journalist"));
  g_assert_true (has_label (GTK_WIDGET (list_view), "Threats against a land defender"));

  relay_cases_page_select_case (page, relay_case_get_uuid (first));
  iterate (50);

  case_page = RELAY_CASE_PAGE (find_widget (GTK_WIDGET (page), RELAY_TYPE_CASE_PAGE));
  g_assert_nonnull (relay_case_page_get_case (case_page));
  g_assert_cmpstr (relay_case_get_uuid (relay_case_page_get_case (case_page)), ==, relay_case_get_uuid (first));
  g_assert_true (has_label (GTK_WIDGET (case_page), "Threats against a land defender"));
  g_assert_true (has_label (GTK_WIDGET (case_page), "Ana Pérez"));
  g_assert_true (has_label (GTK_WIDGET (case_page), "Victim 1"));
  g_assert_true (has_label (GTK_WIDGET (case_page), "Name may be sent to the government"));
  g_assert_true (has_label (GTK_WIDGET (case_page), "Communication sent to the government"));

  /* A new case appears at once, on top. */
  {
    g_autoptr(RelayCase) third = make_case ("Killing of a community leader", "Unnamed", RELAY_CONSENT_UNKNOWN);

    relay_store_save_case (store, third, &error);
    g_assert_no_error (error);
    iterate (50);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))), ==, 3);
  }

  destroy_window (window);
}

static void
test_window_search (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(RelayCase) first = make_case ("Expulsión de una comunidad", "María José", RELAY_CONSENT_YES);
  g_autoptr(RelayCase) second = make_case ("Arbitrary detention of a journalist", "Luis Gómez", RELAY_CONSENT_NO);
  g_autoptr(GError) error = NULL;
  RelayStore *store;
  RelayWindow *window;
  GtkWidget *entry;
  GtkListView *list_view;
  GListModel *shown;
  GtkStack *list_stack;

  store = relay_application_get_store (app);
  relay_store_save_case (store, first, &error);
  g_assert_no_error (error);
  relay_store_save_case (store, second, &error);
  g_assert_no_error (error);

  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  /* Ctrl+F's action moves the focus to the search box. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  iterate (50);
  entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

  list_view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW));

  /* Without the accent, the accented title is found. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "expulsion");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for_items (list_view, 1);
  shown = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  {
    g_autoptr(RelayCaseSummary) found = g_list_model_get_item (shown, 0);

    g_assert_cmpstr (relay_case_summary_get_uuid (found), ==, relay_case_get_uuid (first));
  }

  gtk_editable_set_text (GTK_EDITABLE (entry), "nothing-matches-this");
  g_signal_emit_by_name (entry, "search-changed");
  list_stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (list_view), GTK_TYPE_STACK));
  relay_test_wait_for (shows_no_results, list_stack, 5);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for_items (list_view, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");

  /* Enter, pressed before the results come, opens the best match once
   * they do. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "journalist");
  g_signal_emit_by_name (entry, "search-changed");
  g_signal_emit_by_name (entry, "activate");
  wait_for_items (list_view, 1);
  {
    GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view));
    RelayCaseSummary *selected = gtk_single_selection_get_selected_item (selection);

    g_assert_nonnull (selected);
    g_assert_cmpstr (relay_case_summary_get_uuid (selected), ==, relay_case_get_uuid (second));
  }

  destroy_window (window);
}

/* A long list comes a few rows a frame; searching replaces it, and a case
 * far down can be shown before the list is complete. */
static void
test_window_long_list (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCase) oldest = make_case ("The oldest case", "Ana Pérez", RELAY_CONSENT_YES);
  RelayStore *store = relay_application_get_store (app);
  RelayWindow *window;
  RelayCasesPage *page;
  RelayCasePage *case_page;
  GtkListView *list_view;
  GtkWidget *entry;
  const guint n_cases = 400;

  relay_store_save_case (store, oldest, &error);
  g_assert_no_error (error);
  for (guint i = 1; i < n_cases; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s case %u", i % 2 ? "Odd" : "Even", i);
      g_autoptr(RelayCase) kase = make_case (title, "Luis Gómez", RELAY_CONSENT_YES);

      relay_store_save_case (store, kase, &error);
      g_assert_no_error (error);
    }

  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  page = RELAY_CASES_PAGE (find_widget (GTK_WIDGET (window), RELAY_TYPE_CASES_PAGE));
  list_view = GTK_LIST_VIEW (find_widget (GTK_WIDGET (page), GTK_TYPE_LIST_VIEW));

  /* At first a screenful, then all of them. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))), <, n_cases);
  wait_for_items (list_view, n_cases);
  relay_test_screenshot (GTK_WIDGET (window), "window-long-list.png");

  /* Results replace the long list, and the long list comes back whole. */
  entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "odd");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for_items (list_view, n_cases / 2);
  gtk_editable_set_text (GTK_EDITABLE (entry), "oldest");
  g_signal_emit_by_name (entry, "search-changed");
  wait_for_items (list_view, 1);
  iterate (100);
  relay_test_screenshot (GTK_WIDGET (window), "window-long-list-search.png");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))), <, n_cases);

  /* The last case, not yet in the list, is shown at once when asked for. */
  relay_cases_page_select_case (page, relay_case_get_uuid (oldest));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))), ==, n_cases);
  case_page = RELAY_CASE_PAGE (find_widget (GTK_WIDGET (page), RELAY_TYPE_CASE_PAGE));
  g_assert_nonnull (relay_case_page_get_case (case_page));
  g_assert_cmpstr (relay_case_get_uuid (relay_case_page_get_case (case_page)), ==,
                   relay_case_get_uuid (oldest));

  destroy_window (window);
}

static void
test_window_store_error (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(RelayApplication) app = NULL;
  g_autofree char *dir = g_build_filename (fixture->tmpdir, "relay", NULL);
  g_autofree char *db = g_build_filename (dir, "relay.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RelayWindow *window;
  RelayCasesPage *page;
  char garbage[8192];

  /* Something that is not a database where the database should be. */
  for (guint i = 0; i < sizeof garbage; i++)
    garbage[i] = (char)(i * 7 + 3);
  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (db, garbage, sizeof garbage, &error);
  g_assert_no_error (error);
  g_chmod (db, 0600);

  app = make_app ();
  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  page = RELAY_CASES_PAGE (find_widget (GTK_WIDGET (window), RELAY_TYPE_CASES_PAGE));
  g_assert_cmpstr (relay_cases_page_get_visible_state (page), ==, "error");
  g_assert_nonnull (relay_application_get_store_error (app));
  g_assert_true (has_label (GTK_WIDGET (window), "Your Cases Cannot Be Opened"));

  /* The file is left exactly as it was. */
  g_file_get_contents (db, &after, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (after, sizeof garbage, garbage, sizeof garbage);

  destroy_window (window);
}

static void
test_app_actions (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "app.quit", "<Control>q" },
    { "app.preferences", "<Control>comma" },
    { "window.close", "<Control>w" },
    { "win.search", "<Control>f" },
    { "win.show-help-overlay", "<Control>question" },
  };

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                    expected[i].action);

      g_assert_nonnull (accels);
      g_assert_cmpstr (accels[0], ==, expected[i].accel);
    }
}

/* The keyboard shortcuts window is built when asked for, over the window. */
static void
test_window_shortcuts (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  GListModel *toplevels = gtk_window_get_toplevels ();
  RelayWindow *window;
  GtkWindow *shortcuts = NULL;

  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      g_assert_false (GTK_IS_SHORTCUTS_WINDOW (toplevel));
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate (50);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        shortcuts = GTK_WINDOW (toplevel);
    }

  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  relay_test_screenshot (GTK_WIDGET (shortcuts), "window-shortcuts.png");
  gtk_window_destroy (shortcuts);

  destroy_window (window);
}

static gboolean
reminders_started (gpointer data)
{
  return relay_reminders_get_started (data);
}

/* Activating Relay shows its window first; the reminders, which read the
 * whole agenda, start once the window has drawn its first frame. */
static void
test_window_activate (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  RelayReminders *reminders;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (RELAY_IS_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  reminders = relay_application_get_reminders (app);
  g_assert_nonnull (reminders);
  g_assert_false (relay_reminders_get_started (reminders));

  relay_test_wait_for (reminders_started, reminders, 5);

  destroy_window (RELAY_WINDOW (window));
}

static void
test_window_state (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  RelayWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 1000);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_boolean (settings, "window-maximized", FALSE);

  window = relay_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  gtk_window_present (GTK_WINDOW (window));
  iterate (50);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  iterate (50);
  gtk_window_close (GTK_WINDOW (window));
  iterate (50);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 800);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 600);
}

static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RelayCase) kase = make_case ("A case", "Someone", RELAY_CONSENT_YES);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *widget;
  GObject *overlay;

  widget = g_object_ref_sink (GTK_WIDGET (relay_case_row_new ()));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (GTK_WIDGET (relay_case_page_new ()));
  relay_case_page_set_case (RELAY_CASE_PAGE (widget), kase);
  relay_case_page_set_case (RELAY_CASE_PAGE (widget), NULL);
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (g_object_new (RELAY_TYPE_CASES_PAGE, NULL));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (GTK_WIDGET (relay_mandate_row_new ()));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (GTK_WIDGET (relay_mandate_detail_new ()));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (g_object_new (RELAY_TYPE_MANDATES_PAGE, NULL));
  g_assert_finalize_object (widget);

  widget = GTK_WIDGET (relay_preferences_window_new (NULL, NULL, NULL, NULL));
  g_object_ref (widget);
  gtk_window_destroy (GTK_WINDOW (widget));
  g_assert_finalize_object (widget);

  builder = gtk_builder_new_from_resource ("/io/github/relayhr/Relay/ui/relay-shortcuts-window.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_preferences_bound (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  RelayPreferencesWindow *prefs;
  GtkWidget *row;

  g_settings_set_string (settings, "sender-organisation", "Asociación Tierra Viva");

  prefs = relay_preferences_window_new (settings, NULL, NULL, NULL);
  row = find_widget (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Asociación Tierra Viva");

  gtk_editable_set_text (GTK_EDITABLE (row), "Colectivo de Abogados");
  g_assert_cmpstr (g_settings_get_string (settings, "sender-organisation"), ==, "Colectivo de Abogados");

  gtk_window_destroy (GTK_WINDOW (prefs));
}

static guint
count_kind (GListModel       *model,
            RelayMandateKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (model, i);

      n += relay_mandate_get_kind (mandate) == kind;
    }

  return n;
}

static gboolean
shows_mandate (GListModel *model,
               const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (model, i);

      if (g_str_equal (relay_mandate_get_id (mandate), id))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (child), label) == 0)
        return child;
      if ((found = find_button_with_label (child, label)))
        return found;
    }

  return NULL;
}

/* The Mandates page with the real bundled directory. */
static void
test_mandates_page (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(GError) error = NULL;
  RelayDirectory *directory;
  RelayWindow *window;
  RelayMandatesPage *page;
  RelayMandateDetail *detail;
  GtkWidget *copy;
  GListModel *shown;
  guint n_all;

  directory = relay_application_get_directory (app);
  g_assert_null (relay_application_get_directory_error (app));
  n_all = g_list_model_get_n_items (G_LIST_MODEL (directory));
  g_assert_cmpuint (n_all, >=, 59);

  window = relay_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);

  /* As a person would: open the Mandates view (it is filled when first
   * shown, or after the window's first frame). */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK)),
                                         "mandates");
  page = RELAY_MANDATES_PAGE (find_widget (GTK_WIDGET (window), RELAY_TYPE_MANDATES_PAGE));
  shown = relay_mandates_page_get_shown (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);

  /* Search as you type, over topics, without accents. */
  relay_mandates_page_set_search_text (page, "detention");
  g_assert_true (shows_mandate (shown, "wg-arbitrary-detention"));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, n_all);

  relay_mandates_page_set_search_text (page, "myanmar");
  g_assert_true (shows_mandate (shown, "sr-myanmar"));

  relay_mandates_page_set_search_text (page, "nothing-is-called-like-this");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  g_assert_true (has_label (GTK_WIDGET (page), "No Matching Mandates"));

  /* The Country filter shows only country mandates. */
  relay_mandates_page_set_search_text (page, "");
  relay_mandates_page_show_kind (page, RELAY_MANDATE_KIND_COUNTRY);
  iterate (20);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    count_kind (G_LIST_MODEL (directory), RELAY_MANDATE_KIND_COUNTRY));
  g_assert_cmpuint (count_kind (shown, RELAY_MANDATE_KIND_THEMATIC), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);

  /* The detail of the defenders mandate: its address, and a copy button. */
  relay_mandates_page_show_kind (page, -1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n_all);
  relay_mandates_page_select_mandate (page, "sr-hrd");
  iterate (50);
  detail = RELAY_MANDATE_DETAIL (find_widget (GTK_WIDGET (page), RELAY_TYPE_MANDATE_DETAIL));
  g_assert_nonnull (relay_mandate_detail_get_mandate (detail));
  g_assert_cmpstr (relay_mandate_get_id (relay_mandate_detail_get_mandate (detail)), ==, "sr-hrd");
  g_assert_true (has_label (GTK_WIDGET (detail), "hrc-sr-defenders@un.org"));
  g_assert_true (has_label (GTK_WIDGET (detail), "Consent Statements") ||
                 has_label (GTK_WIDGET (detail), "How to Reach This Mandate"));

  copy = find_button_with_label (GTK_WIDGET (detail), "Copy Address");
  g_assert_nonnull (copy);
  g_signal_emit_by_name (copy, "clicked");
  iterate (50);
  g_assert_true (has_label (GTK_WIDGET (window), "Address copied"));

  /* An address the user adds shows at once, marked as theirs. */
  relay_directory_set_local_email (directory, "sr-hrd", "new-address@example.org", &error);
  g_assert_no_error (error);
  iterate (20);
  g_assert_true (has_label (GTK_WIDGET (detail), "new-address@example.org"));
  g_assert_true (has_label (GTK_WIDGET (detail), "Added by you"));
  relay_directory_set_local_email (directory, "sr-hrd", NULL, &error);
  g_assert_no_error (error);
  iterate (20);
  g_assert_false (has_label (GTK_WIDGET (detail), "Added by you"));

  /* A mandate without a confirmed address points to urgent-action. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (directory)); i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (G_LIST_MODEL (directory), i);

      if (relay_mandate_get_effective_email (mandate) == NULL)
        {
          relay_mandate_detail_set_mandate (detail, mandate);
          g_assert_true (has_label (GTK_WIDGET (detail), "urgent-action@ohchr.org"));
          break;
        }
    }

  /* "Prepare a Submission" opens the wizard with the mandate as lead. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.prepare-submission", "s", "sr-hrd");
  iterate (50);
  {
    RelayWizard *wizard = NULL;
    g_autoptr(RelayCaseMandate) chosen = NULL;

    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
      if (RELAY_IS_WIZARD (l->data))
        wizard = l->data;

    g_assert_nonnull (wizard);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_mandates (relay_wizard_get_case (wizard)))), ==, 1);
    chosen = g_list_model_get_item (G_LIST_MODEL (relay_case_get_mandates (relay_wizard_get_case (wizard))), 0);
    g_assert_cmpstr (relay_case_mandate_get_mandate_id (chosen), ==, "sr-hrd");
    g_assert_cmpint (relay_case_mandate_get_role (chosen), ==, RELAY_MANDATE_ROLE_LEAD);
    gtk_window_destroy (GTK_WINDOW (wizard));
    iterate (50);
  }

  /* Ctrl+F on this page searches the mandates. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK)),
                                         "mandates");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  iterate (20);
  g_assert_cmpstr (relay_window_get_visible_page_name (window), ==, "mandates");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (page)));

  destroy_window (window);
}

static void
test_preferences_directory (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  RelayPreferencesWindow *prefs;

  g_settings_set_string (settings, "directory-url", "");
  prefs = relay_preferences_window_new (settings,
                                        relay_application_get_directory (app),
                                        relay_application_get_http (app),
                                        relay_application_get_secrets (app));
  gtk_window_present (GTK_WINDOW (prefs));
  iterate (20);

  /* The bundled directory is in use, and its date is shown. */
  g_assert_true (relay_directory_is_bundled (relay_application_get_directory (app)));

  /* Without an address, checking says what to do and fetches nothing. */
  relay_preferences_window_check_updates (prefs);
  g_assert_cmpstr (relay_preferences_window_get_status (prefs), !=, "");
  g_assert_nonnull (strstr (relay_preferences_window_get_status (prefs), "address"));

  /* An insecure address is refused with a message, without traffic. */
  g_settings_set_string (settings, "directory-url", "http://127.0.0.1:9/mandates.json");
  iterate (20);
  relay_preferences_window_check_updates (prefs);
  for (guint i = 0; i < 200 && strstr (relay_preferences_window_get_status (prefs), "…"); i++)
    iterate (10);
  g_assert_null (strstr (relay_preferences_window_get_status (prefs), "…"));
  g_assert_cmpstr (relay_preferences_window_get_status (prefs), !=, "");

  gtk_window_destroy (GTK_WINDOW (prefs));
  iterate (20);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);
  relay_test_use_localedir ();

  data_home = g_dir_make_tmp ("relay-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      /* A TAP plan of zero tests is how a TAP program says "skipped". */
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      relay_test_remove_tree (data_home);
      return 0;
    }

  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/ui/window/empty", test_window_empty);
  ADD ("/ui/window/cases", test_window_cases);
  ADD ("/ui/window/search", test_window_search);
  ADD ("/ui/window/long-list", test_window_long_list);
  ADD ("/ui/window/shortcuts", test_window_shortcuts);
  ADD ("/ui/window/activate", test_window_activate);
  ADD ("/ui/window/store-error", test_window_store_error);
  ADD ("/ui/window/state", test_window_state);
  ADD ("/ui/app/actions", test_app_actions);
  ADD ("/ui/templates", test_templates);
  ADD ("/ui/preferences/bound", test_preferences_bound);
  ADD ("/ui/preferences/directory", test_preferences_directory);
  ADD ("/ui/mandates/page", test_mandates_page);

#undef ADD

  ret = g_test_run ();

  relay_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
