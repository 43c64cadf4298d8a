/* test-a11y.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Accessibility: every control a person can reach has a name a screen
 * reader can say — its own text, a label that points at it, the row that
 * holds it, or an accessible label set in the code — in the main window's
 * three views, every page of the wizard, the preferences, the event dialog
 * and the timeline dialog; each of those controls can be reached with the
 * Tab key alone; and each wizard page puts the focus on its first field. Runs with GTK_A11Y=test, so that the accessible properties the
 * code sets can be read back.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "calendar/relay-event-dialog.h"
#include "cases/relay-timeline-dialog.h"
#include "relay-application.h"
#include "relay-preferences-window.h"
#include "relay-window.h"
#include "wizard/relay-wizard.h"
#include "wizard/relay-wizard-page.h"

#include "relay-test-ui.h"
#include "relay-test-utils.h"

static char *data_home;
static guint n_checked;

static gboolean
has_text_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && *gtk_label_get_label (GTK_LABEL (child)) != '\0')
        return TRUE;
      if (ADW_IS_BUTTON_CONTENT (child) && adw_button_content_get_label (ADW_BUTTON_CONTENT (child)) != NULL &&
          *adw_button_content_get_label (ADW_BUTTON_CONTENT (child)) != '\0')
        return TRUE;
      if (has_text_child (child))
        return TRUE;
    }

  return FALSE;
}

/* The row that gives a control inside it its meaning. */
static gboolean
in_titled_row (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  const char *title;

  if (row == NULL)
    return FALSE;

  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  return title != NULL && *title != '\0';
}

static gboolean
has_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GList *mnemonics;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  mnemonics = gtk_widget_list_mnemonic_labels (widget);
  if (mnemonics != NULL)
    {
      g_list_free (mnemonics);
      return TRUE;
    }

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return TRUE;
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) != NULL)
    return TRUE;
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL)
    return TRUE;
  if ((GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget)) && has_text_child (widget))
    return TRUE;

  return in_titled_row (widget);
}

/* What a person can operate; the inner text of an entry is its entry's. */
static gboolean
is_control (GtkWidget *widget)
{
  if (GTK_IS_TEXT (widget))
    return FALSE;

  /* A menu button's own toggle is named by the menu button. */
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    return FALSE;

  /* The parts that libadwaita and GTK draw for themselves (a row's
   * expander arrow, a spin button's +/−, a calendar's arrows) are theirs. */
  for (GtkWidget *parent = gtk_widget_get_parent (widget); parent != NULL; parent = gtk_widget_get_parent (parent))
    if (GTK_IS_SPIN_BUTTON (parent) || GTK_IS_CALENDAR (parent) || ADW_IS_TAB_BAR (parent) ||
        ADW_IS_VIEW_SWITCHER (parent) || ADW_IS_VIEW_SWITCHER_BAR (parent) || ADW_IS_HEADER_BAR (parent) ||
        GTK_IS_DROP_DOWN (parent) || ADW_IS_SPLIT_BUTTON (parent) || GTK_IS_POPOVER (parent))
      {
        /* Our own buttons in a header bar are ours to name. */
        if (ADW_IS_HEADER_BAR (parent) && (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) &&
            gtk_widget_get_parent (widget) != NULL &&
            !GTK_IS_WINDOW_CONTROLS (gtk_widget_get_parent (widget)))
          continue;
        return FALSE;
      }

  return GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) || GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) ||
         GTK_IS_PASSWORD_ENTRY (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_SPIN_BUTTON (widget) ||
         GTK_IS_DROP_DOWN (widget) || GTK_IS_SCALE (widget);
}

static void
collect_unnamed (GtkWidget  *root,
                 const char *where,
                 GString    *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;

      if (is_control (child))
        n_checked++;

      if (is_control (child) && !has_name (child))
        {
          const char *tooltip = gtk_widget_get_tooltip_text (child);

          g_string_append_printf (out, "%s: a %s without a name%s%s%s\n", where,
                                  G_OBJECT_TYPE_NAME (child),
                                  tooltip != NULL ? " (tooltip “" : "",
                                  tooltip != NULL ? tooltip : "",
                                  tooltip != NULL ? "”)" : "");
        }

      collect_unnamed (child, where, out);
    }
}

static void
audit (GtkWidget  *root,
       const char *where,
       GString    *out)
{
  relay_test_iterate ();
  collect_unnamed (root, where, out);
}

/* Controls on screen that the keyboard should reach. */
static void
collect_controls (GtkWidget *root,
                  GPtrArray *controls)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child) || !gtk_widget_is_sensitive (child))
        continue;

      /* Rows that are edited or activated are controls too. */
      if (is_control (child) || ADW_IS_ENTRY_ROW (child) || ADW_IS_COMBO_ROW (child) ||
          (GTK_IS_LIST_BOX_ROW (child) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child)) &&
           !ADW_IS_EXPANDER_ROW (child)))
        g_ptr_array_add (controls, child);
      else
        collect_controls (child, controls);
    }
}

/* Presses Tab until the focus comes back where it started, and lists the
 * controls of @root it never reached. */
static void
check_keyboard (GtkWindow  *window,
                GtkWidget  *root,
                const char *where,
                GString    *out)
{
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();

  relay_test_iterate ();
  collect_controls (root, controls);

  for (guint step = 0; step < 400; step++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
      focus = gtk_window_get_focus (window);
      if (focus != NULL)
        g_ptr_array_add (reached, focus);
    }

  g_test_message ("%s: %u controls on screen, %u focus steps", where, controls->len, reached->len);
  g_assert_cmpuint (reached->len, >, 0);

  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      gboolean found = FALSE;

      for (guint j = 0; j < reached->len && !found; j++)
        {
          GtkWidget *focus = g_ptr_array_index (reached, j);

          found = focus == control || gtk_widget_is_ancestor (focus, control);
        }

      if (!found)
        g_string_append_printf (out, "%s: the keyboard does not reach a %s\n", where,
                                G_OBJECT_TYPE_NAME (control));
    }
}

static RelayApplication *
make_app (void)
{
  g_autoptr(GError) error = NULL;
  RelayApplication *app = relay_application_new ("io.github.relayhr.Relay.Test", G_APPLICATION_NON_UNIQUE);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

static RelayCase *
save_case (RelayStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayVictim) victim = relay_victim_new ();
  g_autoptr(RelayTimelineEntry) entry = relay_timeline_entry_new ();
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, "Arrest of Ana Quispe");
  relay_case_set_country (kase, "PE");
  relay_case_set_what_happened (kase, "Ana Quispe was arrested in Cusco.");
  relay_victim_set_name (victim, "Ana Quispe");
  g_list_store_append (relay_case_get_victims (kase), victim);
  relay_case_mandate_set_mandate_id (mandate, "sr-hrd");
  g_list_store_append (relay_case_get_mandates (kase), mandate);
  relay_timeline_entry_set_kind (entry, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  relay_timeline_entry_set_date (entry, "2026-03-01");
  relay_timeline_entry_set_communication_type (entry, RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
  g_list_store_append (relay_case_get_timeline (kase), entry);
  relay_case_set_status (kase, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  relay_store_save_case (store, kase, &error);
  g_assert_no_error (error);

  return kase;
}

static void
test_names (void)
{
  g_autoptr(RelayApplication) app = make_app ();
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(RelayCase) draft = relay_case_new ();
  g_autoptr(GString) unnamed = g_string_new (NULL);
  static const char * const views[] = { "cases", "mandates", "calendar" };
  RelayWindow *window;
  AdwViewStack *stack;
  RelayWizard *wizard;
  GtkWidget *dialog;

  kase = save_case (relay_application_get_store (app));

  window = relay_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (relay_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *where = g_strdup_printf ("window, %s", views[i]);

      adw_view_stack_set_visible_child_name (stack, views[i]);
      if (i == 0)
        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case", "s", relay_case_get_uuid (kase));
      audit (GTK_WIDGET (window), where, unnamed);
      check_keyboard (GTK_WINDOW (window), GTK_WIDGET (window), where, unnamed);
    }

  /* Every page of the wizard, and the focus on its first field. */
  wizard = relay_wizard_new (relay_application_get_store (app), relay_application_get_directory (app),
                             relay_application_get_settings (app), draft);
  gtk_window_present (GTK_WINDOW (wizard));
  for (guint i = 0; i < relay_wizard_get_n_pages (wizard); i++)
    {
      RelayWizardPage *page = relay_wizard_get_page (wizard, i);
      g_autofree char *where = g_strdup_printf ("wizard, page %s", relay_wizard_page_get_page_id (page));
      GtkWidget *focus;

      relay_wizard_show_page (wizard, relay_wizard_page_get_page_id (page));
      relay_test_iterate ();
      focus = gtk_window_get_focus (GTK_WINDOW (wizard));
      if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (page)))
        g_string_append_printf (unnamed, "%s: the focus is not on the page\n", where);

      audit (GTK_WIDGET (page), where, unnamed);
      check_keyboard (GTK_WINDOW (wizard), GTK_WIDGET (page), where, unnamed);
    }
  audit (GTK_WIDGET (wizard), "wizard, header", unnamed);
  gtk_window_destroy (GTK_WINDOW (wizard));

  /* The preferences, each page. */
  {
    RelayPreferencesWindow *preferences;
    GtkWidget *view_stack;

    preferences = relay_preferences_window_new (relay_application_get_settings (app),
                                                relay_application_get_directory (app),
                                                relay_application_get_http (app),
                                                relay_application_get_secrets (app));
    relay_preferences_window_set_calendar_feeds (preferences, relay_application_get_calendar_feeds (app));
    gtk_window_present (GTK_WINDOW (preferences));
    view_stack = relay_test_find_widget (GTK_WIDGET (preferences), ADW_TYPE_VIEW_STACK, NULL);
    for (GtkWidget *child = gtk_widget_get_first_child (view_stack);
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      {
        adw_view_stack_set_visible_child (ADW_VIEW_STACK (view_stack), child);
        audit (GTK_WIDGET (preferences), "preferences", unnamed);
      }
    gtk_window_destroy (GTK_WINDOW (preferences));
  }

  /* The dialogs. */
  dialog = GTK_WIDGET (relay_event_dialog_new (relay_application_get_agenda (app), NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  audit (dialog, "event dialog", unnamed);
  check_keyboard (GTK_WINDOW (dialog), dialog, "event dialog", unnamed);

  /* A refused save: the message is an alert, which screen readers say. */
  g_assert_false (relay_event_dialog_save (RELAY_EVENT_DIALOG (dialog)));
  relay_test_iterate ();
  {
    GtkWidget *message = relay_test_find_widget (dialog, GTK_TYPE_LABEL,
                                                 relay_event_dialog_get_message (RELAY_EVENT_DIALOG (dialog)));

    g_assert_nonnull (message);
    g_assert_true (gtk_widget_get_visible (message));
    g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (message), GTK_ACCESSIBLE_ROLE_ALERT));
  }
  gtk_window_destroy (GTK_WINDOW (dialog));

  for (RelayTimelineKind kind = RELAY_TIMELINE_KIND_SUBMITTED; kind <= RELAY_TIMELINE_KIND_NOTE; kind++)
    {
      g_autofree char *where = g_strdup_printf ("timeline dialog, %s",
                                                relay_timeline_kind_get_label (kind));

      dialog = GTK_WIDGET (relay_timeline_dialog_new (relay_application_get_store (app),
                                                      relay_application_get_directory (app),
                                                      kase, kind, NULL));
      gtk_window_present (GTK_WINDOW (dialog));
      audit (dialog, where, unnamed);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  relay_test_iterate ();

  if (unnamed->len > 0)
    g_printerr ("%s", unnamed->str);
  g_assert_cmpstr (unnamed->str, ==, "");

  /* The audit saw the controls it is about. */
  g_test_message ("%u controls checked", n_checked);
  g_assert_cmpuint (n_checked, >, 150);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  data_home = g_dir_make_tmp ("relay-ui-a11y-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      relay_test_remove_tree (data_home);
      return 0;
    }

  adw_init ();

  g_test_add_func ("/ui/a11y/names", test_names);

  ret = g_test_run ();

  relay_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
