/* test-calendar.c
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

/* The Calendar page of the main window, its event dialog, its export, and
 * the Calendar page of Preferences with feeds from the HTTPS test server
 * (tests/servers/https-server.py) on 127.0.0.1. Each test has an
 * application with its own empty database, and "today" is 10 May 2026.
 *
 * With RELAY_TEST_SCREENSHOT_DIR=DIR, /ui/calendar/screenshots (only
 * then) saves
 * pictures of the page, wide and narrow, of the dialogs and of the
 * Preferences page there, for review (see relay_test_use_localedir() for
 * translations; that test asserts no English text).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libical/ical.h>

#include "calendar/relay-agenda-row.h"
#include "calendar/relay-calendar-page.h"
#include "calendar/relay-calendar-preferences.h"
#include "calendar/relay-date-button.h"
#include "calendar/relay-event-dialog.h"
#include "calendar/relay-mandate-picker.h"
#include "cases/relay-case-page.h"
#include "relay-application.h"
#include "relay-preferences-window.h"
#include "relay-window.h"

#include "relay-test-https.h"
#include "relay-test-ui.h"
#include "relay-test-utils.h"

#define PYTHON     "/usr/bin/python3"
#define TODAY      "2026-05-10"
#define CASE_TITLE "Arrest of Ana Quispe"

/* GLib reads XDG_DATA_HOME once: the tests share a folder, and each starts
 * without a database in it. */
static char *data_home;

typedef struct
{
  RelayApplication  *app;
  RelayAgenda       *agenda;
  RelayWindow       *window;
  RelayCalendarPage *page;
  RelayCase         *kase;
} Fixture;

static void
set_day (GDate      *date,
         const char *text)
{
  g_assert_true (relay_agenda_parse_day (text, date));
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* A case sent to the government: its reply window and the day to check
 * the database are computed from the timeline. */
static RelayCase *
save_case (RelayStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayVictim) victim = relay_victim_new ();
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();
  g_autoptr(RelayTimelineEntry) sent = relay_timeline_entry_new ();
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, CASE_TITLE);
  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_country (kase, "PE");
  relay_case_set_status (kase, RELAY_CASE_STATUS_COMMUNICATION_SENT);
  relay_victim_set_name (victim, "Ana Quispe");
  g_list_store_append (relay_case_get_victims (kase), victim);
  relay_case_mandate_set_mandate_id (mandate, "sr-hrd");
  relay_case_mandate_set_role (mandate, RELAY_MANDATE_ROLE_LEAD);
  g_list_store_append (relay_case_get_mandates (kase), mandate);

  relay_timeline_entry_set_kind (sent, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  relay_timeline_entry_set_date (sent, "2026-04-02");
  relay_timeline_entry_set_reference (sent, "UA PER 3/2026");
  g_list_store_append (relay_case_get_timeline (kase), sent);

  relay_store_save_case (store, kase, &error);
  g_assert_no_error (error);

  return kase;
}

static RelayAgendaItem *
add_user_event (RelayAgenda     *agenda,
                RelayAgendaKind  kind,
                const char      *title,
                const char      *start,
                const char      *end)
{
  g_autoptr(RelayAgendaItem) item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, kind, title, start, end);
  g_autoptr(GError) error = NULL;

  relay_agenda_add_event (agenda, item, &error);
  g_assert_no_error (error);

  return relay_agenda_lookup (agenda, relay_agenda_item_get_uid (item));
}

static RelayAgendaItem *
find_item (RelayAgenda     *agenda,
           RelayAgendaKind  kind,
           const char      *case_uuid)
{
  GListModel *items = relay_agenda_get_items (agenda);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (relay_agenda_item_get_kind (item) == kind &&
          (case_uuid == NULL || g_str_equal (relay_agenda_item_get_case_uuid (item), case_uuid)))
        return item;
    }

  return NULL;
}

/* The Council session of June 2026, bundled with Relay. */
static RelayAgendaItem *
find_june_session (RelayAgenda *agenda)
{
  GListModel *items = relay_agenda_get_items (agenda);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (relay_agenda_item_get_kind (item) == RELAY_AGENDA_KIND_HRC_SESSION &&
          g_str_equal (relay_agenda_item_get_start_date (item), "2026-06-15"))
        return item;
    }

  return NULL;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  GDate today;

  relay_test_remove_tree (data_home);
  g_mkdir_with_parents (data_home, 0700);
  g_settings_reset (settings, "calendar-feeds");

  fixture->app = relay_application_new ("io.github.relayhr.Relay.Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (fixture->app), NULL, &error);
  g_assert_no_error (error);

  fixture->agenda = relay_application_get_agenda (fixture->app);
  g_assert_nonnull (fixture->agenda);
  set_day (&today, TODAY);
  relay_agenda_set_today (fixture->agenda, &today);

  fixture->kase = save_case (relay_application_get_store (fixture->app));

  fixture->window = relay_window_new (fixture->app);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 780);
  gtk_window_present (GTK_WINDOW (fixture->window));
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (relay_test_find_widget (GTK_WIDGET (fixture->window),
                                                                                 ADW_TYPE_VIEW_STACK, NULL)),
                                         "calendar");
  relay_test_iterate ();

  fixture->page = RELAY_CALENDAR_PAGE (relay_test_find_widget (GTK_WIDGET (fixture->window),
                                                               RELAY_TYPE_CALENDAR_PAGE, NULL));
  g_assert_nonnull (fixture->page);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
close_other_windows (Fixture *fixture)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (fixture->window))
        gtk_window_destroy (window);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  RelayWindow *window = fixture->window;

  close_other_windows (fixture);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);

  g_clear_object (&fixture->kase);
  g_clear_object (&fixture->app);
  relay_test_remove_tree (data_home);
}

/* Every row of the page, shown or not, in order. */
static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (RELAY_IS_AGENDA_ROW (child))
        g_ptr_array_add (rows, child);
      else
        collect_rows (child, rows);
    }
}

/* The row of an item in one of the page's lists: the one titled @group
 * (a group, or the day's date), or any when @group is NULL. */
static RelayAgendaRow *
find_row (RelayCalendarPage *page,
          const char        *group,
          const char        *uid)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (page), rows);

  for (guint i = 0; i < rows->len; i++)
    {
      RelayAgendaRow *row = g_ptr_array_index (rows, i);
      GtkWidget *parent_group = gtk_widget_get_ancestor (GTK_WIDGET (row), ADW_TYPE_PREFERENCES_GROUP);

      if (!g_str_equal (relay_agenda_item_get_uid (relay_agenda_row_get_item (row)), uid))
        continue;

      if (group == NULL ||
          g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (parent_group)), group) == 0)
        return row;
    }

  return NULL;
}

static gboolean
row_is_shown (RelayAgendaRow *row)
{
  return row != NULL && gtk_widget_is_visible (GTK_WIDGET (row));
}

static void
test_page (Fixture       *fixture,
           gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  const char *uuid = relay_case_get_uuid (fixture->kase);
  RelayAgendaItem *deadline = find_item (fixture->agenda, RELAY_AGENDA_KIND_REPLY_DEADLINE, uuid);
  RelayAgendaItem *check = find_item (fixture->agenda, RELAY_AGENDA_KIND_CHECK_REPLY, uuid);
  RelayAgendaItem *session = find_june_session (fixture->agenda);
  RelayAgendaItem *reminder;
  RelayAgendaRow *row;
  g_autofree char *title = NULL;
  GDate day;

  g_assert_cmpstr (relay_calendar_page_get_state (page), ==, "agenda");

  /* The case's computed reply deadline: 60 days after 2 April, in the next
   * 30 days, named with the case's details (this is the user's screen),
   * marked as an estimate, and opening the case. */
  g_assert_nonnull (deadline);
  g_assert_cmpstr (relay_agenda_item_get_start_date (deadline), ==, "2026-06-01");
  row = find_row (page, "Next 30 Days", relay_agenda_item_get_uid (deadline));
  g_assert_true (row_is_shown (row));
  title = relay_agenda_item_dup_display_title (deadline, TRUE);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
  g_assert_nonnull (strstr (title, CASE_TITLE));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "1 June 2026"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Due in 22 days"));
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "Estimated")));

  /* The check of the database is a task, with a done box. */
  g_assert_nonnull (check);
  row = find_row (page, NULL, relay_agenda_item_get_uid (check));
  g_assert_true (row_is_shown (row));
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, NULL)));

  /* The bundled Council session of June, expected, later than 30 days. */
  g_assert_nonnull (session);
  g_assert_cmpint (relay_agenda_item_get_origin (session), ==, RELAY_AGENDA_ORIGIN_BUNDLED);
  row = find_row (page, "Later", relay_agenda_item_get_uid (session));
  g_assert_true (row_is_shown (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "UN calendar"));
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_LABEL, "Expected")));

  /* A reminder of the user's whose day passed is overdue. */
  reminder = add_user_event (fixture->agenda, RELAY_AGENDA_KIND_CUSTOM, "Call the lawyer", "2026-05-07", NULL);
  relay_test_iterate ();
  row = find_row (page, "Overdue", relay_agenda_item_get_uid (reminder));
  g_assert_true (row_is_shown (row));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "3 days late"));
  /* Its edit button is there, not on the bundled dates. */
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON,
                                                                "Edit or Delete This Event")));

  /* The month marks the days on which something is due, starts or ends:
   * in June, the deadline (1st), the check (2nd) and the session's first
   * day (15th), not the days in the middle of the session. */
  relay_calendar_page_show_month (page, 2026, 6);
  g_assert_true (relay_calendar_page_get_marked_days (page) & (1u << 1));
  g_assert_true (relay_calendar_page_get_marked_days (page) & (1u << 2));
  g_assert_true (relay_calendar_page_get_marked_days (page) & (1u << 15));
  g_assert_false (relay_calendar_page_get_marked_days (page) & (1u << 20));
  g_assert_false (relay_calendar_page_get_marked_days (page) & (1u << 10));
  {
    GtkWidget *month = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_CALENDAR, NULL);

    /* The first "15" shown is 15 June; the 1st of July is of the next
     * month, and not marked even though 1 June is. */
    g_assert_true (gtk_widget_has_css_class (relay_test_find_widget (month, GTK_TYPE_LABEL, "15"), "agenda-busy"));
    g_assert_false (gtk_widget_has_css_class (relay_test_find_widget (month, GTK_TYPE_LABEL, "10"), "agenda-busy"));
  }

  /* Choosing a day lists only its dates. */
  set_day (&day, "2026-06-15");
  relay_calendar_page_select_day (page, &day);
  relay_test_iterate ();
  g_assert_cmpstr (relay_calendar_page_get_state (page), ==, "day");
  g_assert_true (row_is_shown (find_row (page, "15 June 2026", relay_agenda_item_get_uid (session))));
  g_assert_null (find_row (page, "15 June 2026", relay_agenda_item_get_uid (deadline)));
  g_assert_false (row_is_shown (find_row (page, "Next 30 Days", relay_agenda_item_get_uid (deadline))));

  /* A day without dates says so; "Show All Dates" comes back. */
  set_day (&day, "2026-06-10");
  relay_calendar_page_select_day (page, &day);
  relay_test_iterate ();
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                                                "Nothing on this day.")));
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.show-all", NULL);
  relay_test_iterate ();
  g_assert_cmpstr (relay_calendar_page_get_state (page), ==, "agenda");
  g_assert_true (row_is_shown (find_row (page, "Next 30 Days", relay_agenda_item_get_uid (deadline))));

  /* A new day: the rows count from it. */
  set_day (&day, "2026-05-12");
  relay_agenda_set_today (fixture->agenda, &day);
  relay_test_iterate ();
  row = find_row (page, "Overdue", relay_agenda_item_get_uid (reminder));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "5 days late"));
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  const char *uuid = relay_case_get_uuid (fixture->kase);
  RelayAgendaItem *deadline = find_item (fixture->agenda, RELAY_AGENDA_KIND_REPLY_DEADLINE, uuid);
  RelayAgendaItem *session = find_june_session (fixture->agenda);
  RelayAgendaItem *visit;
  g_autofree char *deadline_uid = g_strdup (relay_agenda_item_get_uid (deadline));
  g_autofree char *session_uid = g_strdup (relay_agenda_item_get_uid (session));
  g_autofree char *visit_uid = NULL;

  visit = add_user_event (fixture->agenda, RELAY_AGENDA_KIND_COUNTRY_VISIT, "Visit to Peru",
                          "2026-05-20", "2026-05-29");
  visit_uid = g_strdup (relay_agenda_item_get_uid (visit));
  relay_test_iterate ();

  /* The deadlines of the user's cases only. */
  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_CASES);
  relay_test_iterate ();
  g_assert_true (row_is_shown (find_row (page, NULL, deadline_uid)));
  g_assert_false (row_is_shown (find_row (page, NULL, session_uid)));
  g_assert_false (row_is_shown (find_row (page, NULL, visit_uid)));

  /* The UN's dates. */
  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_UN);
  relay_test_iterate ();
  g_assert_false (row_is_shown (find_row (page, NULL, deadline_uid)));
  g_assert_true (row_is_shown (find_row (page, NULL, visit_uid)));

  /* The user's own events. */
  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_MINE);
  relay_test_iterate ();
  g_assert_true (row_is_shown (find_row (page, NULL, visit_uid)));
  g_assert_false (row_is_shown (find_row (page, NULL, deadline_uid)));
  g_assert_false (row_is_shown (find_row (page, NULL, session_uid)));

  /* No feed: the page says what would appear, and where to add one. */
  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_FEEDS);
  relay_test_iterate ();
  g_assert_cmpstr (relay_calendar_page_get_state (page), ==, "empty");
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                                                "No Events From Subscribed Calendars")));
  g_signal_emit_by_name (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "_Open Preferences"),
                         "clicked");
  relay_test_iterate ();
  {
    GtkWindow *prefs = find_toplevel (RELAY_TYPE_PREFERENCES_WINDOW);

    /* On its Calendar page, where feeds are added. */
    g_assert_nonnull (prefs);
    g_assert_true (RELAY_IS_CALENDAR_PREFERENCES (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (prefs))));
    gtk_window_destroy (prefs);
  }

  /* The month follows the filter. */
  relay_calendar_page_show_month (page, 2026, 5);
  g_assert_cmpuint (relay_calendar_page_get_marked_days (page), ==, 0);

  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_ALL);
  relay_test_iterate ();
  g_assert_true (relay_calendar_page_get_marked_days (page) & (1u << 20));
  g_assert_true (row_is_shown (find_row (page, NULL, deadline_uid)));
  g_assert_true (row_is_shown (find_row (page, NULL, session_uid)));
}

static void
test_done (Fixture       *fixture,
           gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  RelayAgendaItem *check = find_item (fixture->agenda, RELAY_AGENDA_KIND_CHECK_REPLY,
                                      relay_case_get_uuid (fixture->kase));
  g_autofree char *uid = g_strdup (relay_agenda_item_get_uid (check));
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GError) error = NULL;
  RelayAgendaRow *row;
  GtkWidget *box;

  /* Ticking the box marks it done, saved in the store. */
  row = find_row (page, "Next 30 Days", uid);
  box = relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON, NULL);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (box), TRUE);
  relay_test_iterate ();

  g_assert_true (relay_agenda_item_get_done (relay_agenda_lookup (fixture->agenda, uid)));
  done = relay_store_dup_done_items (relay_application_get_store (fixture->app), &error);
  g_assert_no_error (error);
  g_assert_true (g_hash_table_contains (done, uid));
  g_assert_false (row_is_shown (find_row (page, "Next 30 Days", uid)));
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                                                "Marked as done")));

  /* It waits under "Done", behind the button. */
  g_assert_false (row_is_shown (find_row (page, "Done", uid)));
  relay_calendar_page_set_show_past (page, TRUE);
  relay_test_iterate ();
  row = find_row (page, "Done", uid);
  g_assert_true (row_is_shown (row));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (relay_test_find_widget (GTK_WIDGET (row),
                                                                                        GTK_TYPE_CHECK_BUTTON,
                                                                                        NULL))));

  /* Undo, as the toast's button does. */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.undo-done", "s", uid);
  relay_test_iterate ();
  g_assert_false (relay_agenda_item_get_done (relay_agenda_lookup (fixture->agenda, uid)));
  g_assert_true (row_is_shown (find_row (page, "Next 30 Days", uid)));

  /* Unticking in the Done list works too. */
  relay_agenda_set_done (fixture->agenda, relay_agenda_lookup (fixture->agenda, uid), TRUE, &error);
  g_assert_no_error (error);
  relay_test_iterate ();
  row = find_row (page, "Done", uid);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON,
                                                                         NULL)), FALSE);
  relay_test_iterate ();
  g_assert_false (relay_agenda_item_get_done (relay_agenda_lookup (fixture->agenda, uid)));
}

static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  RelayAgendaItem *deadline = find_item (fixture->agenda, RELAY_AGENDA_KIND_REPLY_DEADLINE,
                                         relay_case_get_uuid (fixture->kase));
  RelayAgendaItem *call;
  RelayAgendaRow *row;
  RelayCasePage *case_page;
  GtkWidget *list_box;

  /* Activating a date of a case opens the case. */
  row = find_row (page, "Next 30 Days", relay_agenda_item_get_uid (deadline));
  list_box = gtk_widget_get_parent (GTK_WIDGET (row));
  g_signal_emit_by_name (list_box, "row-activated", row);
  relay_test_iterate ();
  g_assert_cmpstr (relay_window_get_visible_page_name (fixture->window), ==, "cases");
  case_page = RELAY_CASE_PAGE (relay_test_find_widget (GTK_WIDGET (fixture->window), RELAY_TYPE_CASE_PAGE, NULL));
  g_assert_nonnull (relay_case_page_get_case (case_page));
  g_assert_cmpstr (relay_case_get_uuid (relay_case_page_get_case (case_page)), ==,
                   relay_case_get_uuid (fixture->kase));

  /* A call for input of a mandate opens the mandate. */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (relay_test_find_widget (GTK_WIDGET (fixture->window),
                                                                                 ADW_TYPE_VIEW_STACK, NULL)),
                                         "calendar");
  call = add_user_event (fixture->agenda, RELAY_AGENDA_KIND_CALL_FOR_INPUT, "Report on defenders", "2026-05-30", NULL);
  {
    g_autoptr(RelayAgendaItem) changed = relay_agenda_item_copy (call);
    g_autoptr(GError) error = NULL;

    relay_agenda_item_set_mandate_id (changed, "sr-hrd");
    relay_agenda_item_set_url (changed, "https://www.ohchr.org/en/calls-for-input");
    relay_agenda_update_event (fixture->agenda, changed, &error);
    g_assert_no_error (error);
    call = relay_agenda_lookup (fixture->agenda, relay_agenda_item_get_uid (changed));
  }
  relay_test_iterate ();
  row = find_row (page, "Next 30 Days", relay_agenda_item_get_uid (call));
  /* Its web page has a button of its own. */
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON,
                                                                "Open the Web Page")));
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);
  relay_test_iterate ();
  g_assert_cmpstr (relay_window_get_visible_page_name (fixture->window), ==, "mandates");
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  GtkWidget *row = relay_test_find_widget (root, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);

  return row;
}

static RelayDateButton *
find_date_button (GtkWidget *root,
                  guint      index)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GtkWidget *first = relay_test_find_widget (root, RELAY_TYPE_DATE_BUTTON, NULL);
  GtkWidget *row = gtk_widget_get_ancestor (first, ADW_TYPE_ACTION_ROW);
  GtkWidget *listbox = gtk_widget_get_parent (row);

  for (GtkWidget *child = gtk_widget_get_first_child (listbox);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = relay_test_find_widget (child, RELAY_TYPE_DATE_BUTTON, NULL);

      if (button != NULL)
        g_ptr_array_add (found, button);
    }

  g_assert_cmpuint (index, <, found->len);

  return RELAY_DATE_BUTTON (g_ptr_array_index (found, index));
}

/* Closing destroys a dialog: watch it first, then check that it went. */
static void
watch (RelayEventDialog **dialog)
{
  g_assert_nonnull (*dialog);
  g_object_add_weak_pointer (G_OBJECT (*dialog), (gpointer *)dialog);
}

static void
wait_closed (RelayEventDialog **dialog)
{
  for (guint i = 0; i < 1000 && *dialog != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (*dialog);
}

static RelayAgendaItem *
find_titled (RelayAgenda *agenda,
             const char  *title)
{
  GListModel *items = relay_agenda_get_items (agenda);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (relay_agenda_item_get_title (item), title))
        return item;
    }

  return NULL;
}

static void
test_event_dialog (Fixture       *fixture,
                   gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  RelayEventDialog *dialog;
  RelayMandatePicker *picker;
  RelayAgendaItem *item;
  GtkWidget *title_row;
  GtkWidget *link_row;
  g_autofree char *uid = NULL;
  gboolean found = FALSE;

  /* "Add Event": an empty title is refused, with the agenda's message at
   * the top and the field marked. */
  gtk_widget_activate_action (GTK_WIDGET (page), "calendar.add-event", NULL);
  relay_test_iterate ();
  dialog = RELAY_EVENT_DIALOG (find_toplevel (RELAY_TYPE_EVENT_DIALOG));
  watch (&dialog);
  g_assert_null (relay_event_dialog_get_item (dialog));

  relay_event_dialog_set_kind (dialog, RELAY_AGENDA_KIND_CALL_FOR_INPUT);
  g_assert_false (relay_event_dialog_save (dialog));
  g_assert_cmpstr (relay_event_dialog_get_message (dialog), ==, "Give the event a title.");
  title_row = find_entry_row (GTK_WIDGET (dialog), "Title");
  g_assert_true (gtk_widget_has_css_class (title_row, "error"));

  /* A link that is not a web address is refused too. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Call for input: defenders in rural areas");
  g_assert_false (gtk_widget_has_css_class (title_row, "error"));
  link_row = find_entry_row (GTK_WIDGET (dialog), "Web page (https://…)");
  gtk_editable_set_text (GTK_EDITABLE (link_row), "ohchr dot org");
  g_assert_false (relay_event_dialog_save (dialog));
  g_assert_nonnull (strstr (relay_event_dialog_get_message (dialog), "web address"));
  g_assert_true (gtk_widget_has_css_class (link_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (link_row), "https://www.ohchr.org/en/calls-for-input/example");

  /* The deadline, and the mandate found by searching the directory. */
  relay_date_button_set_date (find_date_button (GTK_WIDGET (dialog), 0), "2026-05-31");
  picker = RELAY_MANDATE_PICKER (relay_test_find_widget (GTK_WIDGET (dialog), RELAY_TYPE_MANDATE_PICKER, NULL));
  relay_mandate_picker_set_search_text (picker, "defenders");
  for (guint i = 0; i < g_list_model_get_n_items (relay_mandate_picker_get_shown (picker)); i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (relay_mandate_picker_get_shown (picker), i);

      found |= g_str_equal (relay_mandate_get_id (mandate), "sr-hrd");
    }
  g_assert_true (found);
  g_assert_cmpuint (g_list_model_get_n_items (relay_mandate_picker_get_shown (picker)), <, 59);
  relay_mandate_picker_set_mandate_id (picker, "sr-hrd");
  relay_test_screenshot (GTK_WIDGET (dialog), "event-dialog.png");

  g_assert_true (relay_event_dialog_save (dialog));
  wait_closed (&dialog);
  relay_test_iterate ();

  item = find_titled (fixture->agenda, "Call for input: defenders in rural areas");
  g_assert_nonnull (item);
  uid = g_strdup (relay_agenda_item_get_uid (item));
  g_assert_cmpint (relay_agenda_item_get_kind (item), ==, RELAY_AGENDA_KIND_CALL_FOR_INPUT);
  g_assert_cmpint (relay_agenda_item_get_origin (item), ==, RELAY_AGENDA_ORIGIN_USER);
  g_assert_cmpstr (relay_agenda_item_get_start_date (item), ==, "2026-05-31");
  g_assert_cmpstr (relay_agenda_item_get_mandate_id (item), ==, "sr-hrd");
  g_assert_cmpstr (relay_agenda_item_get_url (item), ==, "https://www.ohchr.org/en/calls-for-input/example");
  g_assert_true (row_is_shown (find_row (page, "Next 30 Days", uid)));
  g_assert_true (gtk_widget_is_visible (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "Event added")));

  /* Edit it from its row: a country visit now, whose last day cannot be
   * before its first. */
  g_signal_emit_by_name (relay_test_find_widget (GTK_WIDGET (find_row (page, "Next 30 Days", uid)),
                                                 GTK_TYPE_BUTTON, "Edit or Delete This Event"),
                         "clicked");
  relay_test_iterate ();
  dialog = RELAY_EVENT_DIALOG (find_toplevel (RELAY_TYPE_EVENT_DIALOG));
  watch (&dialog);
  g_assert_true (relay_event_dialog_get_item (dialog) == relay_agenda_lookup (fixture->agenda, uid));
  title_row = find_entry_row (GTK_WIDGET (dialog), "Title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Call for input: defenders in rural areas");
  relay_event_dialog_set_kind (dialog, RELAY_AGENDA_KIND_COUNTRY_VISIT);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Visit of the Special Rapporteur to Peru");
  relay_date_button_set_date (find_date_button (GTK_WIDGET (dialog), 0), "2026-06-08");
  relay_date_button_set_date (find_date_button (GTK_WIDGET (dialog), 1), "2026-06-01");
  g_assert_false (relay_event_dialog_save (dialog));
  g_assert_nonnull (strstr (relay_event_dialog_get_message (dialog), "ends before it starts"));
  relay_test_screenshot (GTK_WIDGET (dialog), "event-dialog-error.png");
  relay_date_button_set_date (find_date_button (GTK_WIDGET (dialog), 1), "2026-06-19");
  g_assert_true (relay_event_dialog_save (dialog));
  wait_closed (&dialog);

  item = relay_agenda_lookup (fixture->agenda, uid);
  g_assert_nonnull (item);
  g_assert_cmpint (relay_agenda_item_get_kind (item), ==, RELAY_AGENDA_KIND_COUNTRY_VISIT);
  g_assert_cmpstr (relay_agenda_item_get_title (item), ==, "Visit of the Special Rapporteur to Peru");
  g_assert_cmpstr (relay_agenda_item_get_end_date (item), ==, "2026-06-19");

  /* Bundled and computed dates cannot be edited. */
  g_assert_null (relay_calendar_page_edit_event (page, relay_agenda_item_get_uid (find_item (fixture->agenda,
                                                                                             RELAY_AGENDA_KIND_HRC_SESSION,
                                                                                             NULL))));

  /* Delete it, after the confirmation. */
  dialog = relay_calendar_page_edit_event (page, uid);
  watch (&dialog);
  g_signal_emit_by_name (relay_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, "_Delete Event…"), "clicked");
  relay_test_iterate ();
  {
    AdwMessageDialog *confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (confirm);
    g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Delete This Event?");
    /* As a click on its button does: answer, then close. */
    adw_message_dialog_response (confirm, "delete");
    gtk_window_close (GTK_WINDOW (confirm));
  }
  wait_closed (&dialog);
  relay_test_iterate ();
  g_assert_null (relay_agenda_lookup (fixture->agenda, uid));
  g_assert_null (find_row (page, NULL, uid));
}

static char *
check_ics (const char *path)
{
  g_autofree char *script = relay_test_server_script_path ("check-ics.py");
  g_autoptr(GSubprocess) python = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *errors = NULL;
  char *output = NULL;

  python = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             PYTHON, script, path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (python, NULL, NULL, &output, &errors, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (python))
    g_error ("check-ics.py failed: %s", errors);

  return output;
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-test-export-XXXXXX", &error);
  g_autofree char *plain_path = g_build_filename (dir, "plain.ics", NULL);
  g_autofree char *detailed_path = g_build_filename (dir, "detailed.ics", NULL);
  g_autofree char *case_path = g_build_filename (dir, "case.ics", NULL);
  g_autoptr(GFile) plain = g_file_new_for_path (plain_path);
  g_autoptr(GFile) detailed = g_file_new_for_path (detailed_path);
  g_autoptr(GFile) one_case = g_file_new_for_path (case_path);
  g_autofree char *contents = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *reference = relay_agenda_case_reference (relay_case_get_uuid (fixture->kase));
  icalcomponent *calendar;
  JsonArray *events;
  guint n_items = g_list_model_get_n_items (relay_agenda_get_items (fixture->agenda));
  gboolean found_reference = FALSE;
  AdwMessageDialog *dialog = NULL;
  GtkWidget *check;
  GStatBuf st;

  g_assert_no_error (error);

  /* By default, nothing names the case or its victim. */
  g_assert_true (relay_calendar_page_export_to_file (page, plain, NULL, FALSE, &error));
  g_assert_no_error (error);
  g_file_get_contents (plain_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (contents, "Quispe"));
  g_assert_null (strstr (contents, "UA PER"));

  /* libical reads it, with every date. */
  calendar = icalparser_parse_string (contents);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, n_items);
  icalcomponent_free (calendar);

  /* So does python3-icalendar; the case's dates name it by its code. */
  json = check_ics (plain_path);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  events = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "events");
  g_assert_cmpuint (json_array_get_length (events), ==, n_items);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      const char *summary = json_object_get_string_member (json_array_get_object_element (events, i), "summary");

      g_assert_null (strstr (summary, "Quispe"));
      found_reference |= strstr (summary, reference) != NULL;
    }
  g_assert_true (found_reference);

  /* With the box ticked, the case is named, and only the user can read
   * the file. */
  g_assert_true (relay_calendar_page_export_to_file (page, detailed, NULL, TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (detailed_path, &contents, NULL, &error);
  g_assert_nonnull (strstr (contents, CASE_TITLE));
  g_assert_cmpint (g_stat (detailed_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);
  g_clear_pointer (&json, g_free);
  json = check_ics (detailed_path);
  g_assert_nonnull (strstr (json, CASE_TITLE));

  /* One case's dates. */
  g_assert_true (relay_calendar_page_export_to_file (page, one_case, relay_case_get_uuid (fixture->kase),
                                                     FALSE, &error));
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (case_path, &contents, NULL, &error);
  calendar = icalparser_parse_string (contents);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 2);
  icalcomponent_free (calendar);

  /* A folder that does not exist: a message, nothing written. */
  {
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent/relay/calendar.ics");

    g_assert_false (relay_calendar_page_export_to_file (page, nowhere, NULL, FALSE, &error));
    g_assert_nonnull (error);
    g_assert_true (g_str_has_prefix (error->message, "The calendar could not be saved"));
    g_clear_error (&error);
  }

  /* "Export This Case's Dates", from the window: the box is off by
   * default, and explained. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-case-dates", "s",
                              relay_case_get_uuid (fixture->kase));
  relay_test_iterate ();
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Export This Case’s Dates?");
  check = relay_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, "_Include case details");
  g_assert_nonnull (check);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_close (GTK_WINDOW (dialog));
  relay_test_iterate ();

  relay_test_remove_tree (dir);
}

/*
 * Preferences
 */

static void
on_mode_set_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean *done = user_data;

  bytes = relay_http_get_finish (RELAY_HTTP (object), result, NULL, NULL, &error);
  g_assert_no_error (error);
  *done = TRUE;
}

static void
set_feed_mode (RelayTestHttps *server,
               RelayHttp      *http,
               const char     *mode)
{
  g_autofree char *path = g_strconcat ("/feed-mode?", mode, NULL);
  g_autofree char *url = relay_test_https_url (server, path);
  gboolean done = FALSE;

  relay_http_get_async (http, url, NULL, NULL, NULL, NULL, on_mode_set_cb, &done);
  relay_test_wait_until (&done, 60);
}

static void
wait_feeds (RelayCalendarFeeds *feeds)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (relay_calendar_feeds_is_busy (feeds))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  relay_test_iterate ();
}

static guint
n_feed_items (RelayAgenda *agenda)
{
  GListModel *items = relay_agenda_get_items (agenda);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      n += relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_FEED;
    }

  return n;
}

static AdwActionRow *
find_feed_row (GtkWidget  *root,
               const char *url)
{
  return ADW_ACTION_ROW (relay_test_find_widget (root, ADW_TYPE_ACTION_ROW, url));
}

/* Shows the end of the page, where the subscribed calendars are. */
static void
scroll_to_end (GtkWidget *page)
{
  GtkWidget *scrolled = relay_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, NULL);
  GtkAdjustment *adjustment;

  relay_test_iterate ();
  wait_ms (100);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
}

static RelayPreferencesWindow *
open_preferences (Fixture *fixture)
{
  RelayPreferencesWindow *prefs;

  prefs = relay_preferences_window_new (relay_application_get_settings (fixture->app),
                                        relay_application_get_directory (fixture->app),
                                        relay_application_get_http (fixture->app),
                                        relay_application_get_secrets (fixture->app));
  relay_preferences_window_set_calendar_feeds (prefs, relay_application_get_calendar_feeds (fixture->app));
  gtk_window_set_transient_for (GTK_WINDOW (prefs), GTK_WINDOW (fixture->window));
  relay_preferences_window_show_calendar (prefs);
  gtk_window_present (GTK_WINDOW (prefs));
  relay_test_iterate ();

  return prefs;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("relay-test-calendar-https-XXXXXX", &error);
  g_autofree char *url = NULL;
  g_autofree char *webcal = NULL;
  g_auto(GStrv) urls = NULL;
  RelayCalendarFeeds *feeds = relay_application_get_calendar_feeds (fixture->app);
  RelayHttp *http = relay_application_get_http (fixture->app);
  GSettings *settings = relay_application_get_settings (fixture->app);
  RelayCalendarPreferences *page;
  RelayPreferencesWindow *prefs;
  RelayTestHttps *server;
  AdwActionRow *row;
  GtkWidget *spin;

  g_assert_no_error (error);
  server = relay_test_https_start (root);
  relay_http_set_ca_file (http, relay_test_https_get_cert (server));
  url = relay_test_https_url (server, "/feed.ics");
  webcal = g_strconcat ("webcal://", url + strlen ("https://"), NULL);

  prefs = open_preferences (fixture);
  page = RELAY_CALENDAR_PREFERENCES (relay_test_find_widget (GTK_WIDGET (prefs), RELAY_TYPE_CALENDAR_PREFERENCES, NULL));
  g_assert_nonnull (page);

  /* The follow-up delays go to the settings, and the agenda follows. */
  spin = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SPIN_BUTTON, NULL);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 6);
  g_assert_cmpint (g_settings_get_int (settings, "follow-up-weeks-acknowledging"), ==, 6);
  g_assert_cmpuint (relay_agenda_get_follow_up_weeks_acknowledging (fixture->agenda), ==, 6);

  /* Addresses that are not feeds are explained, and not kept. */
  g_assert_false (relay_calendar_preferences_add_feed (page, ""));
  g_assert_cmpstr (relay_calendar_preferences_get_add_status (page), !=, "");
  g_assert_false (relay_calendar_preferences_add_feed (page, "ftp://example.org/feed.ics"));
  g_assert_cmpstr (relay_calendar_preferences_get_add_status (page), !=, "");
  urls = g_settings_get_strv (settings, "calendar-feeds");
  g_assert_cmpuint (g_strv_length (urls), ==, 0);
  g_clear_pointer (&urls, g_strfreev);

  /* A webcal:// address is kept as https:// and downloaded at once. */
  g_assert_true (relay_calendar_preferences_add_feed (page, webcal));
  g_assert_cmpstr (relay_calendar_preferences_get_add_status (page), ==, "");
  urls = g_settings_get_strv (settings, "calendar-feeds");
  g_assert_cmpuint (g_strv_length (urls), ==, 1);
  g_assert_cmpstr (urls[0], ==, url);
  row = find_feed_row (GTK_WIDGET (page), url);
  g_assert_nonnull (row);
  g_assert_true (relay_calendar_feeds_is_fetching (feeds, url));
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "Downloading…");
  wait_feeds (feeds);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), "Up to date. Last download: Today at"));
  g_assert_cmpuint (n_feed_items (fixture->agenda), ==, 5);

  /* The same calendar twice is refused. */
  g_assert_false (relay_calendar_preferences_add_feed (page, url));
  g_assert_cmpstr (relay_calendar_preferences_get_add_status (page), ==, "You already follow this calendar.");

  /* The Calendar page shows the feed's events under their filter. */
  relay_calendar_page_set_filter (fixture->page, RELAY_CALENDAR_FILTER_FEEDS);
  relay_test_iterate ();
  g_assert_cmpstr (relay_calendar_page_get_state (fixture->page), ==, "agenda");
  scroll_to_end (GTK_WIDGET (page));
  relay_test_screenshot (GTK_WIDGET (prefs), "preferences-calendar.png");

  /* A failed download says why on the feed's row, and the events stay. */
  set_feed_mode (server, http, "html");
  relay_calendar_feeds_refresh (feeds, url);
  wait_feeds (feeds);
  g_assert_nonnull (relay_calendar_feeds_get_error (feeds, url));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (row), relay_calendar_feeds_get_error (feeds, url)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "Last successful download: Today at"));
  g_assert_cmpuint (n_feed_items (fixture->agenda), ==, 5);
  scroll_to_end (GTK_WIDGET (page));
  relay_test_screenshot (GTK_WIDGET (prefs), "preferences-calendar-error.png");

  /* When Relay starts, every feed is downloaded again, quietly. */
  set_feed_mode (server, http, "changed");
  relay_calendar_feeds_refresh_all (feeds);
  wait_feeds (feeds);
  g_assert_null (relay_calendar_feeds_get_error (feeds, url));
  g_assert_cmpuint (n_feed_items (fixture->agenda), ==, 2);

  /* Removing the feed removes its events. */
  g_signal_emit_by_name (relay_test_find_widget (GTK_WIDGET (row), GTK_TYPE_BUTTON, "Stop Following This Calendar"),
                         "clicked");
  relay_test_iterate ();
  g_assert_cmpuint (n_feed_items (fixture->agenda), ==, 0);
  g_clear_pointer (&urls, g_strfreev);
  urls = g_settings_get_strv (settings, "calendar-feeds");
  g_assert_cmpuint (g_strv_length (urls), ==, 0);
  g_assert_null (find_feed_row (GTK_WIDGET (page), url));

  gtk_window_destroy (GTK_WINDOW (prefs));
  relay_test_iterate ();
  relay_test_https_stop (server);
}

static void
test_templates (void)
{
  g_autoptr(RelayAgendaItem) item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, RELAY_AGENDA_KIND_CUSTOM,
                                                           "A reminder", "2026-05-10", NULL);
  GtkWidget *widget;
  GDate today;

  set_day (&today, TODAY);

  widget = g_object_ref_sink (g_object_new (RELAY_TYPE_CALENDAR_PAGE, NULL));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (GTK_WIDGET (relay_agenda_row_new (item, &today)));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (g_object_new (RELAY_TYPE_CALENDAR_PREFERENCES, NULL));
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (relay_date_button_new ());
  g_assert_finalize_object (widget);

  widget = g_object_ref_sink (relay_mandate_picker_new ());
  g_assert_finalize_object (widget);
}

static void
test_when (void)
{
  static const struct {
    RelayAgendaKind  kind;
    const char      *start;
    const char      *end;
    const char      *when;
  } cases[] = {
    { RELAY_AGENDA_KIND_CUSTOM, "2026-05-10", NULL, "Due today" },
    { RELAY_AGENDA_KIND_CUSTOM, "2026-05-11", NULL, "Due tomorrow" },
    { RELAY_AGENDA_KIND_CALL_FOR_INPUT, "2026-05-01", "2026-05-31", "Due in 21 days" },
    { RELAY_AGENDA_KIND_CUSTOM, "2026-05-09", NULL, "1 day late" },
    { RELAY_AGENDA_KIND_REPLY_DEADLINE, "2026-05-01", NULL, NULL },
    { RELAY_AGENDA_KIND_COUNTRY_VISIT, "2026-05-01", "2026-05-12", "Under way" },
    { RELAY_AGENDA_KIND_COUNTRY_VISIT, "2026-05-11", "2026-05-12", "Starts tomorrow" },
    { RELAY_AGENDA_KIND_HRC_SESSION, "2026-06-01", "2026-06-30", "Starts in 22 days" },
    { RELAY_AGENDA_KIND_HRC_SESSION, "2026-09-01", "2026-09-30", NULL },
    { RELAY_AGENDA_KIND_FEED, "2026-05-10", NULL, "Today" },
    { RELAY_AGENDA_KIND_FEED, "2026-05-01", NULL, NULL },
  };
  GDate today;

  set_day (&today, TODAY);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RelayAgendaItem) item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, cases[i].kind, "x",
                                                               cases[i].start, cases[i].end);
      g_autofree char *when = relay_agenda_dup_when (item, &today);

      g_assert_cmpstr (when, ==, cases[i].when);
    }
}

/* Pictures for people to look at, in the language of the environment.
 * Nothing here compares English text. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  RelayCalendarPage *page = fixture->page;
  RelayAgendaItem *item;
  RelayEventDialog *dialog;
  RelayPreferencesWindow *prefs;
  GtkWindow *export_dialog;
  AdwFlap *flap;
  g_autoptr(GError) error = NULL;

  add_user_event (fixture->agenda, RELAY_AGENDA_KIND_CUSTOM, _("Call the lawyer in Cusco"), "2026-05-07", NULL);
  item = add_user_event (fixture->agenda, RELAY_AGENDA_KIND_CALL_FOR_INPUT,
                         _("Report on defenders in rural areas"), "2026-05-29", NULL);
  {
    g_autoptr(RelayAgendaItem) changed = relay_agenda_item_copy (item);

    relay_agenda_item_set_mandate_id (changed, "sr-hrd");
    relay_agenda_item_set_url (changed, "https://www.ohchr.org/en/calls-for-input");
    relay_agenda_update_event (fixture->agenda, changed, &error);
    g_assert_no_error (error);
  }
  item = add_user_event (fixture->agenda, RELAY_AGENDA_KIND_COUNTRY_VISIT, _("Visit to Peru"),
                         "2026-07-06", "2026-07-17");
  {
    g_autoptr(RelayAgendaItem) changed = relay_agenda_item_copy (item);

    relay_agenda_item_set_country (changed, "PE");
    relay_agenda_update_event (fixture->agenda, changed, &error);
    g_assert_no_error (error);
  }
  relay_test_iterate ();

  relay_test_screenshot (GTK_WIDGET (fixture->window), "calendar-wide.png");

  {
    GDate day;

    set_day (&day, "2026-05-29");
    relay_calendar_page_select_day (page, &day);
    relay_test_screenshot (GTK_WIDGET (fixture->window), "calendar-day.png");
    relay_calendar_page_select_day (page, NULL);
  }

  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_FEEDS);
  relay_test_screenshot (GTK_WIDGET (fixture->window), "calendar-empty-feeds.png");
  relay_calendar_page_set_filter (page, RELAY_CALENDAR_FILTER_ALL);


  /* Narrow: the month folds away behind a button. */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 740);
  wait_ms (300);
  relay_test_screenshot (GTK_WIDGET (fixture->window), "calendar-narrow.png");
  flap = ADW_FLAP (relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_FLAP, NULL));
  g_assert_true (adw_flap_get_folded (flap));
  adw_flap_set_reveal_flap (flap, TRUE);
  wait_ms (500);
  relay_test_screenshot (GTK_WIDGET (fixture->window), "calendar-narrow-month.png");
  adw_flap_set_reveal_flap (flap, FALSE);

  dialog = relay_calendar_page_add_event (page);
  relay_event_dialog_set_kind (dialog, RELAY_AGENDA_KIND_COUNTRY_VISIT);
  relay_event_dialog_save (dialog);
  relay_test_screenshot (GTK_WIDGET (dialog), "event-dialog-add-error.png");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 700);
  wait_ms (300);
  relay_test_screenshot (GTK_WIDGET (dialog), "event-dialog-narrow.png");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 780);
  wait_ms (300);
  relay_calendar_page_export (page, NULL);
  relay_test_iterate ();
  export_dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (export_dialog);
  relay_test_screenshot (GTK_WIDGET (export_dialog), "export-dialog.png");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (export_dialog), "cancel");
  gtk_window_close (export_dialog);

  prefs = open_preferences (fixture);
  relay_test_screenshot (GTK_WIDGET (prefs), "preferences-calendar-empty.png");
  gtk_window_destroy (GTK_WINDOW (prefs));
  relay_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  relay_test_use_localedir ();
  g_test_init (&argc, &argv, NULL);

  /* Straight to 127.0.0.1, even on a machine with a proxy. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

  data_home = g_dir_make_tmp ("relay-ui-calendar-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      relay_test_remove_tree (data_home);
      return 0;
    }

  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/ui/calendar/templates", test_templates);
  g_test_add_func ("/ui/calendar/when", test_when);
  ADD ("/ui/calendar/page", test_page);
  ADD ("/ui/calendar/filter", test_filter);
  ADD ("/ui/calendar/done", test_done);
  ADD ("/ui/calendar/open", test_open);
  ADD ("/ui/calendar/event-dialog", test_event_dialog);
  ADD ("/ui/calendar/export", test_export);
  ADD ("/ui/calendar/preferences", test_preferences);
  /* Only when pictures are wanted: a skipped test counts as failed. */
  if (g_getenv ("RELAY_TEST_SCREENSHOT_DIR") != NULL)
    ADD ("/ui/calendar/screenshots", test_screenshots);

#undef ADD

  ret = g_test_run ();

  relay_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
