/* test-reminders.c
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

/* RelayReminders with a fixed "today", a real store and agenda, and the
 * in-memory settings: which notifications would be sent, that the check
 * happens once a day (a restart the same day notifies nothing), that what
 * is no longer due is withdrawn, and the summary when there are many. A
 * sink stands for the desktop's notifications, which need a session bus.
 * No display is needed.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "relay-reminders.h"

#include "relay-test-utils.h"

typedef struct
{
  /* What the sink was given, in order: "id" sent, "-id" withdrawn */
  GPtrArray *calls;
  /* id → RelayReminder copy, of the notifications shown now */
  GHashTable *shown;
} Sink;

typedef struct
{
  char        *dir;
  RelayStore  *store;
  RelayAgenda *agenda;
  GSettings   *settings;
  RelayCase   *kase;
  Sink         sink;
} Fixture;

static RelayReminder *
copy_reminder (const RelayReminder *reminder)
{
  RelayReminder *copy = g_new0 (RelayReminder, 1);

  copy->id = g_strdup (reminder->id);
  copy->title = g_strdup (reminder->title);
  copy->body = g_strdup (reminder->body);
  copy->target = g_strdup (reminder->target);

  return copy;
}

static void
sink_cb (const char          *id,
         const RelayReminder *reminder,
         GNotification       *notification,
         gpointer             user_data)
{
  Sink *sink = user_data;

  g_assert_nonnull (id);
  g_assert_true ((reminder == NULL) == (notification == NULL));

  if (notification == NULL)
    {
      g_ptr_array_add (sink->calls, g_strconcat ("-", id, NULL));
      g_assert_true (g_hash_table_remove (sink->shown, id));
      return;
    }

  g_assert_true (G_IS_NOTIFICATION (notification));
  g_assert_cmpstr (reminder->id, ==, id);
  g_ptr_array_add (sink->calls, g_strdup (id));
  g_hash_table_replace (sink->shown, g_strdup (id), copy_reminder (reminder));
}

static void
set_day (GDate      *date,
         const char *text)
{
  g_assert_true (relay_agenda_parse_day (text, date));
}

static RelayReminders *
new_reminders (Fixture    *fixture,
               const char *today_text)
{
  RelayReminders *reminders = relay_reminders_new (fixture->agenda, fixture->settings);
  GDate today;

  set_day (&today, today_text);
  relay_reminders_set_today (reminders, &today);
  relay_reminders_set_sink (reminders, sink_cb, &fixture->sink, NULL);

  return reminders;
}

static void
assert_last_check (Fixture    *fixture,
                   const char *expected)
{
  g_autofree char *last = g_settings_get_string (fixture->settings, "last-reminder-check");

  g_assert_cmpstr (last, ==, expected);
}

static void
forget_calls (Fixture *fixture)
{
  g_ptr_array_set_size (fixture->sink.calls, 0);
}

static gboolean
called (Fixture    *fixture,
        const char *call)
{
  for (guint i = 0; i < fixture->sink.calls->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->sink.calls, i), call))
      return TRUE;

  return FALSE;
}

/* The uid of the case's item of @kind. */
static const char *
find_uid (Fixture         *fixture,
          RelayAgendaKind  kind)
{
  GListModel *items = relay_agenda_get_items (fixture->agenda);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (relay_agenda_item_get_kind (item) == kind &&
          g_str_equal (relay_agenda_item_get_case_uuid (item), relay_case_get_uuid (fixture->kase)))
        return relay_agenda_item_get_uid (item);
    }

  g_assert_not_reached ();
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RelayTimelineEntry) submitted = relay_timeline_entry_new ();
  g_autoptr(RelayTimelineEntry) communication = relay_timeline_entry_new ();

  fixture->dir = g_dir_make_tmp ("relay-test-reminders-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "relay.db", NULL);
  fixture->store = relay_store_new (path, &error);
  g_assert_no_error (error);
  fixture->agenda = relay_agenda_new (fixture->store, NULL);
  relay_agenda_reload (fixture->agenda, &error);
  g_assert_no_error (error);

  /* The memory backend starts from the defaults for each new settings
   * object only if nothing was written: reset what the tests write. */
  fixture->settings = g_settings_new (SCHEMA_ID);
  g_settings_reset (fixture->settings, "last-reminder-check");
  g_settings_reset (fixture->settings, "reminder-days");
  g_assert_cmpint (g_settings_get_int (fixture->settings, "reminder-days"), ==, 7);

  /* Sent on 1 March; an urgent appeal on 13 March: its reply window ends
   * on 12 May, and on 13 May the database is to be checked. */
  fixture->kase = relay_case_new ();
  relay_case_set_title (fixture->kase, "Arrest of Ana Quispe");
  relay_timeline_entry_set_kind (submitted, RELAY_TIMELINE_KIND_SUBMITTED);
  relay_timeline_entry_set_date (submitted, "2026-03-01");
  g_list_store_append (relay_case_get_timeline (fixture->kase), submitted);
  relay_timeline_entry_set_kind (communication, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  relay_timeline_entry_set_date (communication, "2026-03-13");
  relay_timeline_entry_set_communication_type (communication, RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
  relay_timeline_entry_set_reference (communication, "UA PER 2/2026");
  g_list_store_append (relay_case_get_timeline (fixture->kase), communication);
  relay_case_update_status_from_timeline (fixture->kase);
  relay_store_save_case (fixture->store, fixture->kase, &error);
  g_assert_no_error (error);

  fixture->sink.calls = g_ptr_array_new_with_free_func (g_free);
  fixture->sink.shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) relay_reminder_free);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->kase);
  g_clear_object (&fixture->settings);
  g_clear_object (&fixture->agenda);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->sink.calls, g_ptr_array_unref);
  g_clear_pointer (&fixture->sink.shown, g_hash_table_unref);
  relay_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* Once a day: the first check of the day notifies, the next ones and a
 * restart the same day do not; the next day does again. */
static void
test_once_a_day (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RelayReminders) reminders = new_reminders (fixture, "2026-05-04");
  g_autoptr(RelayReminders) restarted = NULL;
  g_autoptr(RelayReminders) tomorrow = NULL;
  const char *reply_uid = find_uid (fixture, RELAY_AGENDA_KIND_REPLY_DEADLINE);
  const char *check_uid = find_uid (fixture, RELAY_AGENDA_KIND_CHECK_REPLY);
  RelayReminder *reminder;
  GDate today;

  /* 8 days before the reply deadline: nothing within 7 days. */
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 0);
  g_assert_cmpuint (fixture->sink.calls->len, ==, 0);
  assert_last_check (fixture, "2026-05-04");

  /* The next day: the reply deadline (in 7 days), not yet the check of
   * the database (in 8). */
  set_day (&today, "2026-05-05");
  relay_reminders_set_today (reminders, &today);
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 1);
  g_assert_cmpuint (fixture->sink.calls->len, ==, 1);
  g_assert_true (called (fixture, reply_uid));
  reminder = g_hash_table_lookup (fixture->sink.shown, reply_uid);
  g_assert_cmpstr (reminder->target, ==, reply_uid);
  g_assert_cmpstr (reminder->body, ==, "In 7 days, on 12 May 2026 (an estimated date)");
  g_assert_nonnull (strstr (reminder->title, "Reply window ends"));
  /* Notifications may show on a locked screen: no case title. */
  g_assert_null (strstr (reminder->title, "Quispe"));
  g_assert_null (strstr (reminder->body, "Quispe"));

  /* The agenda moved on to the same day. */
  {
    GDate agenda_today;

    relay_agenda_get_today (fixture->agenda, &agenda_today);
    g_assert_cmpint (g_date_compare (&agenda_today, &today), ==, 0);
  }

  /* Again the same day, and after a restart the same day: nothing. */
  forget_calls (fixture);
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 0);
  restarted = new_reminders (fixture, "2026-05-05");
  g_assert_cmpuint (relay_reminders_check (restarted), ==, 0);
  g_assert_cmpuint (fixture->sink.calls->len, ==, 0);

  /* The next day, both; the reply deadline's notification is replaced,
   * by its id. */
  tomorrow = new_reminders (fixture, "2026-05-06");
  g_assert_cmpuint (relay_reminders_check (tomorrow), ==, 2);
  g_assert_true (called (fixture, reply_uid));
  g_assert_true (called (fixture, check_uid));
  g_assert_cmpuint (g_hash_table_size (fixture->sink.shown), ==, 2);
  reminder = g_hash_table_lookup (fixture->sink.shown, check_uid);
  g_assert_cmpstr (reminder->body, ==, "In 7 days, on 13 May 2026 (an estimated date)");
}

/* What is done, or answered, is withdrawn; 0 days turns notifications off. */
static void
test_withdrawn (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RelayReminders) reminders = new_reminders (fixture, "2026-05-10");
  g_autoptr(GError) error = NULL;
  g_autofree char *reply_uid = g_strdup (find_uid (fixture, RELAY_AGENDA_KIND_REPLY_DEADLINE));
  g_autofree char *check_uid = g_strdup (find_uid (fixture, RELAY_AGENDA_KIND_CHECK_REPLY));
  RelayAgendaItem *check;
  GDate today;

  g_assert_cmpuint (relay_reminders_check (reminders), ==, 2);

  /* The database was checked. */
  check = relay_agenda_lookup (fixture->agenda, check_uid);
  g_assert_nonnull (check);
  relay_agenda_set_done (fixture->agenda, check, TRUE, &error);
  g_assert_no_error (error);

  forget_calls (fixture);
  set_day (&today, "2026-05-11");
  relay_reminders_set_today (reminders, &today);
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 1);
  g_assert_true (called (fixture, reply_uid));
  {
    g_autofree char *withdrawn = g_strconcat ("-", check_uid, NULL);

    g_assert_true (called (fixture, withdrawn));
  }
  g_assert_cmpuint (g_hash_table_size (fixture->sink.shown), ==, 1);

  /* The government replied: nothing is due any more. */
  {
    g_autoptr(RelayCase) saved = NULL;
    g_autoptr(RelayTimelineEntry) reply = relay_timeline_entry_new ();

    relay_timeline_entry_set_kind (reply, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY);
    relay_timeline_entry_set_date (reply, "2026-05-11");
    saved = relay_case_followup_record (fixture->store, relay_case_get_uuid (fixture->kase), reply, &error);
    g_assert_no_error (error);
  }

  forget_calls (fixture);
  set_day (&today, "2026-05-12");
  relay_reminders_set_today (reminders, &today);
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 0);
  g_assert_cmpuint (fixture->sink.calls->len, ==, 1);
  g_assert_cmpuint (g_hash_table_size (fixture->sink.shown), ==, 0);

  /* Turned off: nothing, and the day still counts as checked. */
  g_settings_set_int (fixture->settings, "reminder-days", 0);
  {
    g_autoptr(RelayAgendaItem) event = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER,
                                                              RELAY_AGENDA_KIND_CUSTOM,
                                                              "Call the lawyer", "2026-05-13", NULL);

    relay_agenda_add_event (fixture->agenda, event, &error);
    g_assert_no_error (error);
  }
  forget_calls (fixture);
  set_day (&today, "2026-05-13");
  relay_reminders_set_today (reminders, &today);
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 0);
  g_assert_cmpuint (fixture->sink.calls->len, ==, 0);
  assert_last_check (fixture, "2026-05-13");
}

/* Many deadlines make one notification that opens the calendar; it
 * replaces the separate ones. */
static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(RelayReminders) reminders = new_reminders (fixture, "2026-05-10");
  g_autoptr(GError) error = NULL;
  g_autofree char *reply_uid = g_strdup (find_uid (fixture, RELAY_AGENDA_KIND_REPLY_DEADLINE));
  RelayReminder *summary;
  GDate today;

  g_assert_cmpuint (relay_reminders_check (reminders), ==, 2);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("Call for input %u", i + 1);
      g_autoptr(RelayAgendaItem) event = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER,
                                                                RELAY_AGENDA_KIND_CALL_FOR_INPUT,
                                                                title, "2026-05-15", NULL);

      relay_agenda_add_event (fixture->agenda, event, &error);
      g_assert_no_error (error);
    }

  forget_calls (fixture);
  set_day (&today, "2026-05-11");
  relay_reminders_set_today (reminders, &today);
  g_assert_cmpuint (relay_reminders_check (reminders), ==, 1);
  g_assert_cmpuint (g_hash_table_size (fixture->sink.shown), ==, 1);
  summary = g_hash_table_lookup (fixture->sink.shown, RELAY_REMINDER_SUMMARY_ID);
  g_assert_nonnull (summary);
  g_assert_cmpstr (summary->title, ==, "5 deadlines coming up");
  g_assert_cmpstr (summary->target, ==, "");
  g_assert_true (g_str_has_prefix (summary->body, "Tomorrow, 12 May 2026: Reply window ends — case "));
  g_assert_true (g_str_has_suffix (summary->body, "And 2 more, in the calendar."));
  {
    g_autofree char *withdrawn = g_strconcat ("-", reply_uid, NULL);

    g_assert_true (called (fixture, withdrawn));
  }
}

/* Starting checks at once and arms the daily check; starting again does
 * nothing more. */
static void
test_start (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(RelayReminders) reminders = new_reminders (fixture, "2026-05-12");

  g_assert_false (relay_reminders_get_started (reminders));
  relay_reminders_start (reminders);
  g_assert_true (relay_reminders_get_started (reminders));
  g_assert_cmpuint (fixture->sink.calls->len, ==, 2);
  relay_reminders_start (reminders);
  g_assert_cmpuint (fixture->sink.calls->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ui/reminders/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("once-a-day", test_once_a_day);
  ADD ("withdrawn", test_withdrawn);
  ADD ("summary", test_summary);
  ADD ("start", test_start);

#undef ADD

  return g_test_run ();
}
