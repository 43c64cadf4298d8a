/* test-agenda.c
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

/*
 * RelayAgenda: the dates computed from a case's timeline (reply windows,
 * follow-ups), the bundled UN calendar, the user's events in a real store,
 * and the models the Calendar page binds to. The environment's TZ is UTC;
 * other zones are passed explicitly here, and test-agenda-tz.c runs with
 * another TZ.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include <relay/relay.h>

#include "relay-test-utils.h"

typedef struct
{
  char       *dir;
  char       *path;
  RelayStore *store;
} Fixture;

/*
 * Helpers
 */

static void
set_day (GDate      *date,
         const char *text)
{
  g_assert_true (relay_agenda_parse_day (text, date));
}

static RelayDirectory *
load_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory",
                                                 "mandates.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RelayDirectory *directory = relay_directory_new ();

  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);

  return directory;
}

static GBytes *
read_calendar_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "calendar",
                                                 "calendar.json", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static RelayCase *
make_case (const char *title)
{
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, title);
  relay_case_set_country (kase, "BR");
  relay_case_set_status (kase, RELAY_CASE_STATUS_SENT);

  return kase;
}

static void
add_mandate (RelayCase  *kase,
             const char *mandate_id)
{
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();

  relay_case_mandate_set_mandate_id (mandate, mandate_id);
  g_list_store_append (relay_case_get_mandates (kase), mandate);
}

static RelayTimelineEntry *
add_entry (RelayCase         *kase,
           RelayTimelineKind  kind,
           const char        *date,
           const char        *mandate_id)
{
  g_autoptr(RelayTimelineEntry) entry = relay_timeline_entry_new ();

  relay_timeline_entry_set_kind (entry, kind);
  relay_timeline_entry_set_date (entry, date);
  relay_timeline_entry_set_mandate_id (entry, mandate_id);
  g_list_store_append (relay_case_get_timeline (kase), entry);

  return entry;
}

static RelayTimelineEntry *
add_communication (RelayCase              *kase,
                   const char             *date,
                   RelayCommunicationType  type,
                   const char             *deadline,
                   const char             *reference)
{
  RelayTimelineEntry *entry = add_entry (kase, RELAY_TIMELINE_KIND_COMMUNICATION_SENT, date, "");

  relay_timeline_entry_set_communication_type (entry, type);
  relay_timeline_entry_set_deadline (entry, deadline);
  relay_timeline_entry_set_reference (entry, reference);

  return entry;
}

static guint
count_kind (GPtrArray       *items,
            RelayAgendaKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    if (relay_agenda_item_get_kind (g_ptr_array_index (items, i)) == kind)
      n++;

  return n;
}

/* The @nth item of @kind in @items. */
static RelayAgendaItem *
find_kind (GPtrArray       *items,
           RelayAgendaKind  kind,
           guint            nth)
{
  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);

      if (relay_agenda_item_get_kind (item) == kind && nth-- == 0)
        return item;
    }

  g_assert_not_reached ();
}

/* The item of @items for @mandate_id. */
static RelayAgendaItem *
find_mandate (GPtrArray  *items,
              const char *mandate_id)
{
  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (relay_agenda_item_get_mandate_id (item), mandate_id))
        return item;
    }

  g_assert_not_reached ();
}

static RelayAgendaItem *
find_model_uid (GListModel *model,
                const char *uid)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (relay_agenda_item_get_uid (item), uid))
        return item;
    }

  return NULL;
}

static GPtrArray *
model_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static void
assert_days (RelayAgendaItem *item,
             const char      *first,
             const char      *last)
{
  g_autofree char *start = relay_agenda_format_day (relay_agenda_item_get_start (item));
  g_autofree char *end = relay_agenda_format_day (relay_agenda_item_get_end (item));

  g_assert_cmpstr (start, ==, first);
  g_assert_cmpstr (end, ==, last);
}

static GPtrArray *
compute (RelayAgenda *agenda,
         RelayCase   *kase)
{
  return relay_agenda_compute_case_items (agenda, kase);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("relay-test-agenda-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "relay.db", NULL);
  fixture->store = relay_store_new (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  relay_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static void
save_case (RelayStore *store,
           RelayCase  *kase)
{
  g_autoptr(GError) error = NULL;

  relay_store_save_case (store, kase, &error);
  g_assert_no_error (error);
}

/*
 * Items and days
 */

static void
test_dates_parse (void)
{
  GDate date;
  g_autofree char *text = NULL;

  g_assert_true (relay_agenda_parse_day ("2024-02-29", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 29);
  g_assert_true (relay_agenda_parse_day ("2026-03-14T09:00:00Z", &date));
  g_assert_cmpuint (g_date_get_day (&date), ==, 14);

  g_assert_false (relay_agenda_parse_day ("2023-02-29", &date));
  g_assert_false (relay_agenda_parse_day ("2026-13-01", &date));
  g_assert_false (relay_agenda_parse_day ("2026-04", &date));
  g_assert_false (relay_agenda_parse_day ("2026", &date));
  g_assert_false (relay_agenda_parse_day ("", &date));
  g_assert_false (relay_agenda_parse_day ("tomorrow", &date));
  g_assert_false (relay_agenda_parse_day (NULL, &date));

  set_day (&date, "0999-01-02");
  text = relay_agenda_format_day (&date);
  g_assert_cmpstr (text, ==, "0999-01-02");
}

static void
test_dates_time_zones (void)
{
  g_autoptr(GTimeZone) los_angeles = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GTimeZone) kiritimati = g_time_zone_new_identifier ("Pacific/Kiritimati");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) instant = NULL;
  g_autoptr(GDateTime) in_la = NULL;
  g_autoptr(GDateTime) in_kiritimati = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  GDate date, today;

  g_assert_nonnull (los_angeles);
  g_assert_nonnull (kiritimati);

  /* One moment, three calendar days. */
  instant = g_date_time_new (utc, 2026, 3, 1, 2, 0, 0);
  relay_agenda_date_from_date_time (instant, &date);
  text = relay_agenda_format_day (&date);
  g_assert_cmpstr (text, ==, "2026-03-01");
  g_clear_pointer (&text, g_free);

  in_la = g_date_time_to_timezone (instant, los_angeles);
  relay_agenda_date_from_date_time (in_la, &date);
  text = relay_agenda_format_day (&date);
  g_assert_cmpstr (text, ==, "2026-02-28");
  g_clear_pointer (&text, g_free);

  g_clear_pointer (&instant, g_date_time_unref);
  instant = g_date_time_new (utc, 2026, 3, 1, 12, 0, 0);
  in_kiritimati = g_date_time_to_timezone (instant, kiritimati);
  relay_agenda_date_from_date_time (in_kiritimati, &date);
  text = relay_agenda_format_day (&date);
  g_assert_cmpstr (text, ==, "2026-03-02");

  /* "Today" in a zone is that zone's calendar day. */
  relay_agenda_today (kiritimati, &today);
  now = g_date_time_new_now (kiritimati);
  g_assert_cmpint (g_date_get_day (&today), ==, g_date_time_get_day_of_month (now));
  g_assert_cmpint (g_date_get_year (&today), ==, g_date_time_get_year (now));
}

static void
test_item_basics (void)
{
  g_autoptr(RelayAgendaItem) item = NULL;
  g_autoptr(RelayAgendaItem) copy = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;
  GDate day;

  item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, RELAY_AGENDA_KIND_CALL_FOR_INPUT,
                                "Call for input", "2028-02-28", "2028-03-01");
  assert_days (item, "2028-02-28", "2028-03-01");

  set_day (&day, "2028-02-29");
  g_assert_true (relay_agenda_item_covers (item, &day));
  set_day (&day, "2028-03-02");
  g_assert_false (relay_agenda_item_covers (item, &day));

  /* An end before the start, or none, is a one-day item. */
  relay_agenda_item_set_end_date (item, "2028-02-01");
  assert_days (item, "2028-02-28", "2028-02-28");
  relay_agenda_item_set_end_date (item, "");
  assert_days (item, "2028-02-28", "2028-02-28");
  relay_agenda_item_set_end_date (item, "2028-03-01");

  label = relay_agenda_item_dup_date_label (item);
  g_assert_nonnull (strstr (label, "2028"));
  g_assert_nonnull (strstr (label, "–"));

  /* Without a case the title is the title; with one, only its reference
   * unless details are allowed. */
  title = relay_agenda_item_dup_display_title (item, FALSE);
  g_assert_cmpstr (title, ==, "Call for input");
  g_clear_pointer (&title, g_free);

  relay_agenda_item_set_case_uuid (item, "3f2a9c1e-0b7d-4c1a-9a55-6d0c2e7f8a90");
  relay_agenda_item_set_case_title (item, "Detention of Maria Example");
  relay_agenda_item_set_reference (item, "UA BRA 3/2026");
  g_assert_cmpstr (relay_agenda_item_get_case_reference (item), ==, "3F2A9C");

  title = relay_agenda_item_dup_display_title (item, FALSE);
  g_assert_cmpstr (title, ==, "Call for input — case 3F2A9C");
  g_clear_pointer (&title, g_free);
  title = relay_agenda_item_dup_display_title (item, TRUE);
  g_assert_cmpstr (title, ==, "Call for input — Detention of Maria Example (UA BRA 3/2026)");

  copy = relay_agenda_item_copy (item);
  g_assert_true (relay_agenda_item_equal (item, copy));
  g_assert_cmpint (relay_agenda_item_compare (item, copy), ==, 0);
  relay_agenda_item_set_note (copy, "changed");
  g_assert_false (relay_agenda_item_equal (item, copy));

  /* The order is by day first. */
  relay_agenda_item_set_start_date (copy, "2028-02-27");
  g_assert_cmpint (relay_agenda_item_compare (copy, item), <, 0);

  g_assert_true (relay_agenda_kind_is_task (RELAY_AGENDA_KIND_FOLLOW_UP));
  g_assert_false (relay_agenda_kind_is_task (RELAY_AGENDA_KIND_REPLY_DEADLINE));
  g_assert_true (relay_agenda_kind_is_user_kind (RELAY_AGENDA_KIND_COUNTRY_VISIT));
  g_assert_false (relay_agenda_kind_is_user_kind (RELAY_AGENDA_KIND_HRC_SESSION));
  for (guint k = 0; k < RELAY_AGENDA_N_KINDS; k++)
    g_assert_cmpstr (relay_agenda_kind_get_label (k), !=, "");
  for (guint g = 0; g < RELAY_AGENDA_N_GROUPS; g++)
    g_assert_cmpstr (relay_agenda_group_get_label (g), !=, "");
  g_assert_cmpstr (relay_agenda_origin_get_label (RELAY_AGENDA_ORIGIN_FEED), !=, "");
}

static void
test_item_groups (void)
{
  g_autoptr(RelayAgendaItem) task = NULL;
  g_autoptr(RelayAgendaItem) session = NULL;
  GDate today;

  set_day (&today, "2026-03-01");

  task = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, RELAY_AGENDA_KIND_CUSTOM,
                                "Reminder", "2026-02-28", NULL);
  session = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_BUNDLED, RELAY_AGENDA_KIND_HRC_SESSION,
                                   "Session", "2026-02-01", "2026-02-28");

  /* Yesterday: a task is overdue, a session is only past. */
  g_assert_cmpint (relay_agenda_item_get_group (task, &today), ==, RELAY_AGENDA_GROUP_OVERDUE);
  g_assert_cmpint (relay_agenda_item_get_group (session, &today), ==, RELAY_AGENDA_GROUP_PAST);

  /* Under way, today, and up to 30 days ahead: next. */
  relay_agenda_item_set_end_date (session, "2026-03-01");
  g_assert_cmpint (relay_agenda_item_get_group (session, &today), ==, RELAY_AGENDA_GROUP_NEXT_30_DAYS);
  relay_agenda_item_set_start_date (task, "2026-03-01");
  g_assert_cmpint (relay_agenda_item_get_group (task, &today), ==, RELAY_AGENDA_GROUP_NEXT_30_DAYS);
  relay_agenda_item_set_start_date (task, "2026-03-31");
  g_assert_cmpint (relay_agenda_item_get_group (task, &today), ==, RELAY_AGENDA_GROUP_NEXT_30_DAYS);
  relay_agenda_item_set_start_date (task, "2026-04-01");
  g_assert_cmpint (relay_agenda_item_get_group (task, &today), ==, RELAY_AGENDA_GROUP_LATER);

  relay_agenda_item_set_done (task, TRUE);
  g_assert_cmpint (relay_agenda_item_get_group (task, &today), ==, RELAY_AGENDA_GROUP_DONE);
}

/*
 * Reply windows
 */

typedef struct
{
  RelayCommunicationType  type;
  const char             *sent;
  const char             *stated;
  const char             *window_end;
  const char             *check;
  gboolean                expected;
} ReplyCase;

static void
test_reply_windows (void)
{
  static const ReplyCase cases[] = {
    /* 60 days for urgent appeals and allegation letters. */
    { RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "2026-03-02", "", "2026-05-01", "2026-05-02", TRUE },
    /* Leap years: 29 February + 60 days, and a window that ends on it. */
    { RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "2024-02-29", "", "2024-04-29", "2024-04-30", TRUE },
    { RELAY_COMMUNICATION_TYPE_ALLEGATION, "2023-12-31", "", "2024-02-29", "2024-03-01", TRUE },
    { RELAY_COMMUNICATION_TYPE_ALLEGATION, "2025-12-31", "", "2026-03-01", "2026-03-02", TRUE },
    /* Month ends. */
    { RELAY_COMMUNICATION_TYPE_ALLEGATION, "2026-01-31", "", "2026-04-01", "2026-04-02", TRUE },
    { RELAY_COMMUNICATION_TYPE_NONE, "2026-08-31", "", "2026-10-30", "2026-10-31", TRUE },
    /* 48 hours for a letter on a law or policy, across month and year ends. */
    { RELAY_COMMUNICATION_TYPE_OTHER_LETTER, "2026-02-27", "", "2026-03-01", "2026-03-02", TRUE },
    { RELAY_COMMUNICATION_TYPE_OTHER_LETTER, "2024-02-28", "", "2024-03-01", "2024-03-02", TRUE },
    { RELAY_COMMUNICATION_TYPE_OTHER_LETTER, "2025-12-31", "", "2026-01-02", "2026-01-03", TRUE },
    /* The deadline the communication states wins... */
    { RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "2026-03-02", "2026-04-15", "2026-04-15", "2026-04-16", FALSE },
    { RELAY_COMMUNICATION_TYPE_OTHER_LETTER, "2026-03-02", "2026-05-01", "2026-05-01", "2026-05-02", FALSE },
    { RELAY_COMMUNICATION_TYPE_ALLEGATION, "2026-12-31", "2026-12-31", "2026-12-31", "2027-01-01", FALSE },
    /* ...unless it is not a date, or before the communication. */
    { RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "2026-03-02", "2026-02-01", "2026-05-01", "2026-05-02", TRUE },
    { RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "2026-03-02", "soon", "2026-05-01", "2026-05-02", TRUE },
  };
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RelayCase) kase = make_case ("Case");
      g_autoptr(GPtrArray) items = NULL;
      RelayAgendaItem *reply, *check;

      add_communication (kase, cases[i].sent, cases[i].type, cases[i].stated, "AL BRA 1/2026");
      items = compute (agenda, kase);

      g_test_message ("case %u: sent %s, stated “%s”", i, cases[i].sent, cases[i].stated);
      g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_REPLY_DEADLINE), ==, 1);
      g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_CHECK_REPLY), ==, 1);

      reply = find_kind (items, RELAY_AGENDA_KIND_REPLY_DEADLINE, 0);
      check = find_kind (items, RELAY_AGENDA_KIND_CHECK_REPLY, 0);
      assert_days (reply, cases[i].window_end, cases[i].window_end);
      assert_days (check, cases[i].check, cases[i].check);
      g_assert_cmpint (relay_agenda_item_get_expected (reply), ==, cases[i].expected);
      g_assert_cmpint (relay_agenda_item_get_origin (reply), ==, RELAY_AGENDA_ORIGIN_COMPUTED);
      g_assert_cmpstr (relay_agenda_item_get_case_uuid (reply), ==, relay_case_get_uuid (kase));
      g_assert_cmpstr (relay_agenda_item_get_reference (reply), ==, "AL BRA 1/2026");
      g_assert_true (g_str_has_prefix (relay_agenda_item_get_url (check), "https://"));
      g_assert_cmpstr (relay_agenda_item_get_note (reply), !=, "");
    }
}

static void
test_reply_answered (void)
{
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);
  g_autoptr(RelayCase) kase = make_case ("Case");
  g_autoptr(GPtrArray) items = NULL;
  RelayTimelineEntry *first, *reply;

  first = add_communication (kase, "2026-01-10", RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "", "UA 1");
  relay_timeline_entry_set_mandate_id (first, "sr-hrd");
  add_communication (kase, "2026-02-10", RELAY_COMMUNICATION_TYPE_ALLEGATION, "", "AL 2");

  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_REPLY_DEADLINE), ==, 2);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A reply about another mandate's communication ends nothing of this one. */
  reply = add_entry (kase, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY, "2026-02-20", "sr-torture");
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_REPLY_DEADLINE), ==, 1);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A reply before a communication does not answer it. */
  relay_timeline_entry_set_date (reply, "2026-01-20");
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_REPLY_DEADLINE), ==, 2);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A publication without a mandate answers every communication before it. */
  add_entry (kase, RELAY_TIMELINE_KIND_PUBLISHED, "2026-04-15", "");
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A closed case has no dates. */
  g_list_store_remove (relay_case_get_timeline (kase), 3);
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, >, 0);
  g_clear_pointer (&items, g_ptr_array_unref);
  relay_case_set_status (kase, RELAY_CASE_STATUS_CLOSED);
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 0);
}

static void
test_reply_stable_uids (void)
{
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);
  g_autoptr(RelayCase) kase = make_case ("Detention of Maria Example");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  RelayTimelineEntry *entry;
  const char *uid;

  entry = add_communication (kase, "2026-03-02", RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "",
                             "UA BRA 3/2026");
  before = compute (agenda, kase);

  /* Recording the stated deadline moves the date, not the item. */
  relay_timeline_entry_set_deadline (entry, "2026-04-01");
  after = compute (agenda, kase);

  for (guint i = 0; i < before->len; i++)
    {
      uid = relay_agenda_item_get_uid (g_ptr_array_index (before, i));
      g_assert_cmpstr (uid, ==, relay_agenda_item_get_uid (g_ptr_array_index (after, i)));

      /* Ids say nothing of the case. */
      g_assert_null (strstr (uid, "UA"));
      g_assert_null (strstr (uid, "Maria"));
      g_assert_null (strstr (uid, relay_case_get_uuid (kase)));
    }

  g_assert_cmpstr (relay_agenda_item_get_uid (g_ptr_array_index (before, 0)), !=,
                   relay_agenda_item_get_uid (g_ptr_array_index (before, 1)));
}

/*
 * Follow-ups
 */

static void
test_follow_up_acknowledging (void)
{
  g_autoptr(RelayDirectory) directory = load_directory ();
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, directory);
  g_autoptr(RelayCase) kase = make_case ("Case");
  g_autoptr(GPtrArray) items = NULL;
  RelayTimelineEntry *ack;
  RelayAgendaItem *item;

  add_mandate (kase, "sr-hrd");
  add_mandate (kase, "wg-arbitrary-detention");
  add_mandate (kase, "sr-torture");
  add_mandate (kase, "sr-freedom-expression");
  add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-01-31", "");

  /* Each acknowledging mandate after 4 weeks (31 January + 28 days is in
   * March of a common year); one reminder for the others after 8. */
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP), ==, 3);
  assert_days (find_mandate (items, "sr-hrd"), "2026-02-28", "2026-02-28");
  assert_days (find_mandate (items, "wg-arbitrary-detention"), "2026-02-28", "2026-02-28");
  item = find_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP, 2);
  assert_days (item, "2026-03-28", "2026-03-28");
  g_assert_cmpstr (relay_agenda_item_get_mandate_id (item), ==, "");
  g_assert_true (relay_agenda_item_is_task (item));
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A note is not news from the experts. */
  add_entry (kase, RELAY_TIMELINE_KIND_NOTE, "2026-02-10", "");
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP), ==, 3);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* The defenders' acknowledgement ends their reminder; anything recorded
   * ends the others' too. */
  ack = add_entry (kase, RELAY_TIMELINE_KIND_ACKNOWLEDGED, "2026-02-10", "sr-hrd");
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP), ==, 1);
  g_assert_cmpstr (relay_agenda_item_get_mandate_id (find_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP, 0)),
                   ==, "wg-arbitrary-detention");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* An acknowledgement dated before the submission does not count. */
  relay_timeline_entry_set_date (ack, "2026-01-30");
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP), ==, 3);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* An acknowledgement without a mandate, or a communication, ends all. */
  relay_timeline_entry_set_date (ack, "2026-01-31");
  relay_timeline_entry_set_mandate_id (ack, "");
  items = compute (agenda, kase);
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP), ==, 0);
}

static void
test_follow_up_others (void)
{
  g_autoptr(RelayDirectory) directory = load_directory ();
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, directory);
  g_autoptr(RelayCase) kase = make_case ("Case");
  g_autoptr(GPtrArray) items = NULL;
  RelayAgendaItem *item;

  /* Sent to no mandate in particular: one reminder after 8 weeks. */
  add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-11-15", "");
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 1);
  assert_days (g_ptr_array_index (items, 0), "2027-01-10", "2027-01-10");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* One mandate that does not acknowledge: the reminder names it. */
  add_mandate (kase, "sr-torture");
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 1);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (relay_agenda_item_get_mandate_id (item), ==, "sr-torture");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* The latest submission counts. */
  add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-12-01", "");
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 1);
  assert_days (g_ptr_array_index (items, 0), "2027-01-26", "2027-01-26");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A follow-up sent ends the reminder. */
  add_entry (kase, RELAY_TIMELINE_KIND_FOLLOW_UP_SENT, "2027-01-20", "");
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Without a directory no mandate counts as acknowledging. */
  {
    g_autoptr(RelayAgenda) bare = relay_agenda_new (NULL, NULL);
    g_autoptr(RelayCase) other = make_case ("Other");

    add_mandate (other, "sr-hrd");
    add_entry (other, RELAY_TIMELINE_KIND_SUBMITTED, "2026-01-01", "");
    items = compute (bare, other);
    g_assert_cmpuint (items->len, ==, 1);
    assert_days (g_ptr_array_index (items, 0), "2026-02-26", "2026-02-26");
  }
}

static void
test_follow_up_weeks (void)
{
  g_autoptr(RelayDirectory) directory = load_directory ();
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, directory);
  g_autoptr(RelayCase) kase = make_case ("Case");
  g_autoptr(GPtrArray) items = NULL;

  g_assert_cmpuint (relay_agenda_get_follow_up_weeks_acknowledging (agenda), ==, 4);
  g_assert_cmpuint (relay_agenda_get_follow_up_weeks_other (agenda), ==, 8);

  add_mandate (kase, "wg-disappearances");
  add_mandate (kase, "sr-torture");
  /* A leap year: 1 February + 4 weeks is 29 February. */
  add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2028-02-01", "");
  items = compute (agenda, kase);
  assert_days (find_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP, 0), "2028-02-29", "2028-02-29");
  assert_days (find_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP, 1), "2028-03-28", "2028-03-28");
  g_clear_pointer (&items, g_ptr_array_unref);

  relay_agenda_set_follow_up_weeks_acknowledging (agenda, 2);
  relay_agenda_set_follow_up_weeks_other (agenda, 52);
  items = compute (agenda, kase);
  assert_days (find_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP, 0), "2028-02-15", "2028-02-15");
  assert_days (find_kind (items, RELAY_AGENDA_KIND_FOLLOW_UP, 1), "2029-01-30", "2029-01-30");
}

static void
test_follow_up_no_submission (void)
{
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);
  g_autoptr(RelayCase) kase = make_case ("Case");
  g_autoptr(GPtrArray) items = NULL;

  /* A draft, a submission without a day, a note: nothing to remind. */
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-03", "");
  add_entry (kase, RELAY_TIMELINE_KIND_NOTE, "2026-03-10", "");
  items = compute (agenda, kase);
  g_assert_cmpuint (items->len, ==, 0);
}

/*
 * The bundled calendar
 */

static RelayAgenda *
bundled_agenda (const char *today_text)
{
  g_autoptr(GBytes) bytes = read_calendar_file ();
  g_autoptr(GError) error = NULL;
  RelayAgenda *agenda = relay_agenda_new (NULL, NULL);
  GDate today;

  set_day (&today, today_text);
  relay_agenda_set_today (agenda, &today);
  relay_agenda_load_calendar_bytes (agenda, bytes, &error);
  g_assert_no_error (error);

  return agenda;
}

static void
test_bundled_years (void)
{
  g_autoptr(RelayAgenda) agenda = bundled_agenda ("2026-05-10");
  g_autoptr(GPtrArray) items = model_items (relay_agenda_get_items (agenda));
  RelayAgendaItem *item;

  g_assert_cmpstr (relay_agenda_get_calendar_date (agenda), ==, "2026-11-27");

  /* 2026: sessions 61 (confirmed), 62 and 63 (a start from an unofficial
   * source, so expected, ending with their usual window); 2027: the three
   * usual windows. 2025 is not shown. */
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_HRC_SESSION), ==, 6);
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 0);
  assert_days (item, "2026-02-23", "2026-03-31");
  g_assert_false (relay_agenda_item_get_expected (item));
  g_assert_cmpstr (relay_agenda_item_get_title (item), ==, "Human Rights Council, session 61");
  g_assert_true (g_str_has_prefix (relay_agenda_item_get_url (item), "https://"));
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 1);
  assert_days (item, "2026-06-15", "2026-07-31");
  g_assert_true (relay_agenda_item_get_expected (item));
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 2);
  assert_days (item, "2026-09-07", "2026-10-31");
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 3);
  assert_days (item, "2027-02-01", "2027-04-30");
  g_assert_true (relay_agenda_item_get_expected (item));
  g_assert_cmpstr (relay_agenda_item_get_uid (item), ==, "un-hrc-window-2027-1");
  assert_days (find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 4), "2027-06-01", "2027-07-31");
  assert_days (find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 5), "2027-09-01", "2027-10-31");

  /* The reprisals call, 1-31 May, expected while no deadline is known. */
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL), ==, 2);
  item = find_kind (items, RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL, 0);
  assert_days (item, "2026-05-01", "2026-05-31");
  g_assert_true (relay_agenda_item_get_expected (item));
  g_assert_nonnull (strstr (relay_agenda_item_get_note (item), "reprisals@ohchr.org"));
  assert_days (find_kind (items, RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL, 1), "2027-05-01", "2027-05-31");

  /* The Third Committee, October-November. */
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_GENERAL_ASSEMBLY), ==, 2);
  assert_days (find_kind (items, RELAY_AGENDA_KIND_GENERAL_ASSEMBLY, 0), "2026-10-01", "2026-11-30");
  assert_days (find_kind (items, RELAY_AGENDA_KIND_GENERAL_ASSEMBLY, 1), "2027-10-01", "2027-11-30");

  g_assert_cmpuint (items->len, ==, 10);
  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (relay_agenda_item_get_origin (g_ptr_array_index (items, i)), ==,
                     RELAY_AGENDA_ORIGIN_BUNDLED);

  /* Under way on 10 May: the reprisals call, not overdue yet. */
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_PAST)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_NEXT_30_DAYS)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_OVERDUE)), ==, 0);
}

static void
test_bundled_across_years (void)
{
  g_autoptr(RelayAgenda) agenda = bundled_agenda ("2025-12-31");
  g_autoptr(GPtrArray) items = model_items (relay_agenda_get_items (agenda));
  RelayAgendaItem *item;
  GDate today;

  /* 2025: the confirmed sessions 58-60. */
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 0);
  assert_days (item, "2025-02-24", "2025-04-04");
  g_assert_false (relay_agenda_item_get_expected (item));
  g_assert_cmpuint (count_kind (items, RELAY_AGENDA_KIND_HRC_SESSION), ==, 6);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* New Year's day: 2025 goes, 2027 comes. */
  set_day (&today, "2026-01-01");
  relay_agenda_set_today (agenda, &today);
  items = model_items (relay_agenda_get_items (agenda));
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 0);
  assert_days (item, "2026-02-23", "2026-03-31");
  item = find_kind (items, RELAY_AGENDA_KIND_HRC_SESSION, 5);
  assert_days (item, "2027-09-01", "2027-10-31");
  item = find_kind (items, RELAY_AGENDA_KIND_GENERAL_ASSEMBLY, 1);
  assert_days (item, "2027-10-01", "2027-11-30");
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A year with a known reprisals deadline: confirmed, ending that day. */
  set_day (&today, "2018-03-01");
  relay_agenda_set_today (agenda, &today);
  items = model_items (relay_agenda_get_items (agenda));
  item = find_kind (items, RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL, 0);
  assert_days (item, "2018-05-01", "2018-05-18");
  g_assert_false (relay_agenda_item_get_expected (item));
  g_clear_pointer (&items, g_ptr_array_unref);

  /* One whose deadline is its first day. */
  set_day (&today, "2020-01-15");
  relay_agenda_set_today (agenda, &today);
  items = model_items (relay_agenda_get_items (agenda));
  assert_days (find_kind (items, RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL, 0), "2020-05-01", "2020-05-01");
}

typedef struct
{
  const char *name;
  const char *find;
  const char *replace;
  const char *field;
} BadCalendar;

static void
test_bundled_invalid (void)
{
  static const BadCalendar cases[] = {
    { "newer format", "\"format\": 1", "\"format\": 2", "format" },
    { "no format", "\"format\": 1,", "", "format" },
    { "bad data date", "\"data_date\": \"2026-11-27\"", "\"data_date\": \"2026-11-31\"", "data_date" },
    { "bad window", "\"from\": \"06-01\"", "\"from\": \"06-31\"", "hrc.usual_windows[1].from" },
    { "window backwards", "\"to\": \"07-31\"", "\"to\": \"05-31\"", "hrc.usual_windows[1].to" },
    { "29 February", "\"from\": \"02-01\"", "\"from\": \"02-29\"", "hrc.usual_windows[0].from" },
    { "bad start", "\"start\": \"2025-06-16\"", "\"start\": \"16 June 2025\"", "hrc.sessions[1].start" },
    { "end before start", "\"end\": \"2025-07-09\"", "\"end\": \"2025-06-01\"", "hrc.sessions[1].end" },
    { "confirmed without end", "\"end\": \"2025-07-09\"", "\"end\": null", "hrc.sessions[1].end" },
    { "same number twice", "\"number\": 59", "\"number\": 58", "hrc.sessions[1].number" },
    { "no source", "\"source\": \"https://whencount.com/un-human-rights-council-session-start/\"\n      },\n      {",
      "\"source\": \"not a link\"\n      },\n      {", "hrc.sessions[4].source" },
    { "bad e-mail", "\"email\": \"reprisals@ohchr.org\"", "\"email\": \"reprisals\"", "reprisals_report.email" },
    { "no deadline", "\"end\": \"2018-05-18\"", "\"end\": null", "reprisals_report.deadlines[1].end" },
    { "no committee", "\"ga_third_committee\"", "\"ga_committee\"", "ga_third_committee" },
    { "not JSON", "{", "[", "/" },
    { "truncated", "\"sessions\": []", "\"sessions\": [", "/" },
  };
  g_autoptr(GBytes) good = read_calendar_file ();
  g_autoptr(RelayAgenda) agenda = bundled_agenda ("2026-05-10");
  guint n_items = g_list_model_get_n_items (relay_agenda_get_items (agenda));
  g_autofree char *text = g_strndup (g_bytes_get_data (good, NULL), g_bytes_get_size (good));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GString) bad = g_string_new (text);

      g_test_message ("%s", cases[i].name);
      g_assert_cmpuint (g_string_replace (bad, cases[i].find, cases[i].replace, 1), ==, 1);
      bytes = g_bytes_new (bad->str, bad->len);

      g_assert_false (relay_agenda_load_calendar_bytes (agenda, bytes, &error));
      g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, cases[i].field));

      /* What was loaded stays. */
      g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_items (agenda)), ==, n_items);
      g_assert_cmpstr (relay_agenda_get_calendar_date (agenda), ==, "2026-11-27");
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);

    g_assert_false (relay_agenda_load_calendar_bytes (agenda, empty, &error));
    g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_DATA);
  }
}

static void
test_bundled_resource (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);

  /* The copy in the GResource, as the application loads it. */
  relay_agenda_load_default_calendar (agenda, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relay_agenda_get_calendar_date (agenda), ==, "2026-11-27");
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_items (agenda)), >=, 10);
}

/*
 * Events in the store
 */

static RelayAgendaItem *
new_event (RelayAgendaKind  kind,
           const char      *title,
           const char      *start,
           const char      *end)
{
  return relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, kind, title, start, end);
}

static guint
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

typedef struct
{
  const char *title;
  const char *start;
  const char *end;
  const char *url;
} BadEvent;

static void
test_store_events (Fixture       *fixture,
                   gconstpointer  data)
{
  static const BadEvent bad[] = {
    { "   ", "2026-05-01", "", "" },
    { "Visit", "", "", "" },
    { "Visit", "2026-02-30", "", "" },
    { "Visit", "2026-05-01", "2026-13-01", "" },
    { "Visit", "2026-05-01", "2026-04-30", "" },
    { "Visit", "2026-05-01", "", "javascript:alert(1)" },
    { "Visit", "2026-05-01", "", "not a link" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayAgendaItem) visit = NULL;
  g_autoptr(RelayAgendaItem) call = NULL;
  g_autoptr(GPtrArray) events = NULL;
  RelayAgendaItem *read;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RelayAgendaItem) item = new_event (RELAY_AGENDA_KIND_COUNTRY_VISIT, bad[i].title,
                                                   bad[i].start, bad[i].end);

      g_test_message ("bad event %u", i);
      relay_agenda_item_set_url (item, bad[i].url);
      g_assert_false (relay_store_add_event (fixture->store, item, &error));
      g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_EVENT);
      g_assert_cmpstr (relay_agenda_item_get_uid (item), ==, "");
      g_clear_error (&error);
    }
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM events"), ==, 0);

  visit = new_event (RELAY_AGENDA_KIND_COUNTRY_VISIT, "Visit of the SR on defenders",
                     "2026-06-01", "2026-06-12");
  relay_agenda_item_set_mandate_id (visit, "sr-hrd");
  relay_agenda_item_set_country (visit, "BR");
  relay_agenda_item_set_url (visit, "https://www.ohchr.org/en/country-visits");
  relay_agenda_item_set_note (visit, "Ask for a meeting.\nBring the report.");
  relay_store_add_event (fixture->store, visit, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (relay_agenda_item_get_uid (visit), "user-"));

  call = new_event (RELAY_AGENDA_KIND_CALL_FOR_INPUT, "Call for input", "2026-04-30", NULL);
  relay_store_add_event (fixture->store, call, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relay_agenda_item_get_uid (call), !=, relay_agenda_item_get_uid (visit));

  events = relay_store_list_events (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  read = g_ptr_array_index (events, 1);
  g_assert_true (relay_agenda_item_equal (read, visit));
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Update, checked like an addition. */
  relay_agenda_item_set_end_date (visit, "2026-06-14");
  relay_store_update_event (fixture->store, visit, &error);
  g_assert_no_error (error);
  relay_agenda_item_set_end_date (visit, "2026-05-01");
  g_assert_false (relay_store_update_event (fixture->store, visit, &error));
  g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_EVENT);
  g_clear_error (&error);

  events = relay_store_list_events (fixture->store, &error);
  g_assert_no_error (error);
  assert_days (g_ptr_array_index (events, 1), "2026-06-01", "2026-06-14");
  g_clear_pointer (&events, g_ptr_array_unref);

  /* Delete; a second time finds nothing. */
  relay_store_delete_event (fixture->store, relay_agenda_item_get_uid (call), &error);
  g_assert_no_error (error);
  g_assert_false (relay_store_delete_event (fixture->store, relay_agenda_item_get_uid (call), &error));
  g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (relay_store_update_event (fixture->store, call, &error));
  g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An event of a case that does not exist is refused. */
  {
    g_autoptr(RelayAgendaItem) orphan = new_event (RELAY_AGENDA_KIND_CUSTOM, "Reminder",
                                                   "2026-05-01", NULL);

    relay_agenda_item_set_case_uuid (orphan, "no-such-case");
    g_assert_false (relay_store_add_event (fixture->store, orphan, &error));
    g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  }

  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM events"), ==, 1);
}

static void
test_store_case_events (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCase) kase = make_case ("Detention of Maria Example");
  g_autoptr(RelayAgendaItem) reminder = NULL;
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (fixture->store, NULL);
  g_autoptr(GPtrArray) items = NULL;
  RelayAgendaItem *reply;
  GDate today;

  set_day (&today, "2026-03-10");
  relay_agenda_set_today (agenda, &today);
  relay_agenda_reload (agenda, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_items (agenda)), ==, 0);

  /* Saving the case is enough: the agenda follows the store. */
  add_communication (kase, "2026-03-02", RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "", "UA BRA 3/2026");
  save_case (fixture->store, kase);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_items (agenda)), ==, 2);

  reminder = new_event (RELAY_AGENDA_KIND_CUSTOM, "Call the lawyer", "2026-03-20", NULL);
  relay_agenda_item_set_case_uuid (reminder, relay_case_get_uuid (kase));
  relay_agenda_add_event (agenda, reminder, &error);
  g_assert_no_error (error);

  items = relay_agenda_dup_case_items (agenda, relay_case_get_uuid (kase));
  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpstr (relay_agenda_item_get_case_title (find_kind (items, RELAY_AGENDA_KIND_CUSTOM, 0)),
                   ==, "Detention of Maria Example");

  /* Done markers: a computed item stays done when computed again. */
  reply = find_kind (items, RELAY_AGENDA_KIND_REPLY_DEADLINE, 0);
  relay_agenda_set_done (agenda, reply, TRUE, &error);
  g_assert_no_error (error);
  relay_agenda_reload (agenda, &error);
  g_assert_no_error (error);
  g_assert_true (relay_agenda_item_get_done (relay_agenda_lookup (agenda, relay_agenda_item_get_uid (reply))));
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM agenda_done WHERE case_id IS NOT NULL"), ==, 1);

  {
    g_autoptr(RelayAgenda) fresh = relay_agenda_new (fixture->store, NULL);

    relay_agenda_reload (fresh, &error);
    g_assert_no_error (error);
    g_assert_true (relay_agenda_item_get_done (relay_agenda_lookup (fresh, relay_agenda_item_get_uid (reply))));
    g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (fresh, RELAY_AGENDA_GROUP_DONE)), ==, 1);
  }

  relay_agenda_set_done (agenda, reply, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM agenda_done"), ==, 0);
  relay_agenda_set_done (agenda, reply, TRUE, &error);
  g_assert_no_error (error);

  /* Deleting the case takes its events and done markers with it. */
  g_clear_pointer (&items, g_ptr_array_unref);
  relay_store_delete_case (fixture->store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_items (agenda)), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM events"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM agenda_done"), ==, 0);
}

/* The uids of @model, in order, one per line. */
static char *
model_uids (GListModel *model)
{
  GString *uids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (model, i);

      g_string_append_printf (uids, "%s\n", relay_agenda_item_get_uid (item));
    }

  return g_string_free (uids, FALSE);
}

static guint
count_case_items (RelayAgenda *agenda,
                  RelayCase   *kase)
{
  g_autoptr(GPtrArray) items = relay_agenda_dup_case_items (agenda, relay_case_get_uuid (kase));

  return items->len;
}

/* Saves change only the saved case's items, and leave the models as a
 * full reload would make them. */
static void
test_store_saves_follow (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (fixture->store, NULL);
  g_autoptr(RelayCase) first = make_case ("Detention of Maria Example");
  g_autoptr(RelayCase) second = make_case ("Threats against a radio station");
  g_autoptr(RelayCase) third = make_case ("Eviction of a village");
  g_autoptr(RelayAgendaItem) kept = NULL;
  GDate today;

  set_day (&today, "2026-03-10");
  relay_agenda_set_today (agenda, &today);
  relay_agenda_reload (agenda, &error);
  g_assert_no_error (error);

  add_communication (first, "2026-03-02", RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "", "UA 1/2026");
  add_communication (second, "2026-01-15", RELAY_COMMUNICATION_TYPE_ALLEGATION, "", "AL 2/2026");
  add_communication (third, "2026-02-20", RELAY_COMMUNICATION_TYPE_URGENT_APPEAL, "2026-03-12", "UA 3/2026");
  save_case (fixture->store, first);
  save_case (fixture->store, second);
  save_case (fixture->store, third);

  {
    g_autoptr(GPtrArray) items = relay_agenda_dup_case_items (agenda, relay_case_get_uuid (second));

    g_assert_cmpuint (items->len, >, 0);
    kept = g_object_ref (g_ptr_array_index (items, 0));
  }

  /* One case gains a communication, another loses its own; a third is
   * saved with no change to its dates. */
  add_communication (first, "2026-03-05", RELAY_COMMUNICATION_TYPE_ALLEGATION, "", "AL 4/2026");
  save_case (fixture->store, first);
  g_list_store_remove_all (relay_case_get_timeline (third));
  save_case (fixture->store, third);
  relay_case_set_context (second, "The station was raided twice before.");
  save_case (fixture->store, second);

  {
    g_autoptr(RelayAgenda) fresh = relay_agenda_new (fixture->store, NULL);
    g_autofree char *followed = NULL;
    g_autofree char *reloaded = NULL;

    relay_agenda_set_today (fresh, &today);
    relay_agenda_reload (fresh, &error);
    g_assert_no_error (error);

    followed = model_uids (relay_agenda_get_items (agenda));
    reloaded = model_uids (relay_agenda_get_items (fresh));
    g_assert_cmpstr (followed, ==, reloaded);

    for (RelayAgendaGroup group = 0; group < RELAY_AGENDA_N_GROUPS; group++)
      {
        g_autofree char *a = model_uids (relay_agenda_get_group (agenda, group));
        g_autofree char *b = model_uids (relay_agenda_get_group (fresh, group));

        g_assert_cmpstr (a, ==, b);
      }
  }

  g_assert_cmpuint (count_case_items (agenda, third), ==, 0);
  /* The unchanged case's items are the same objects. */
  g_assert_true (find_model_uid (relay_agenda_get_items (agenda), relay_agenda_item_get_uid (kept)) == kept);

  /* Deleting a case takes its items; the others are left as they were. */
  relay_store_delete_case (fixture->store, relay_case_get_uuid (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_case_items (agenda, first), ==, 0);
  g_assert_true (find_model_uid (relay_agenda_get_items (agenda), relay_agenda_item_get_uid (kept)) != NULL);
}

/*
 * Models
 */

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_models (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (fixture->store, NULL);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(RelayAgendaItem) kept = NULL;
  static const struct { RelayAgendaKind kind; const char *title, *start, *end; } events[] = {
    { RELAY_AGENDA_KIND_CUSTOM, "Overdue reminder", "2028-02-20", NULL },
    { RELAY_AGENDA_KIND_CALL_FOR_INPUT, "Call closing soon", "2028-02-20", "2028-03-02" },
    { RELAY_AGENDA_KIND_COUNTRY_VISIT, "Visit", "2028-03-25", "2028-04-02" },
    { RELAY_AGENDA_KIND_CUSTOM, "Reminder in a week", "2028-03-07", NULL },
    { RELAY_AGENDA_KIND_CUSTOM, "Reminder later", "2028-05-01", NULL },
    { RELAY_AGENDA_KIND_COUNTRY_VISIT, "Past visit", "2028-01-10", "2028-01-12" },
  };
  guint n_changes = 0;
  guint32 busy;
  GDate today;

  set_day (&today, "2028-02-29");
  relay_agenda_set_today (agenda, &today);

  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      g_autoptr(RelayAgendaItem) item = new_event (events[i].kind, events[i].title,
                                                   events[i].start, events[i].end);

      relay_agenda_add_event (agenda, item, &error);
      g_assert_no_error (error);
    }

  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_items (agenda)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_OVERDUE)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_NEXT_30_DAYS)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_LATER)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_PAST)), ==, 1);

  /* Sorted by day. */
  for (guint i = 1; i < g_list_model_get_n_items (relay_agenda_get_items (agenda)); i++)
    {
      g_autoptr(RelayAgendaItem) a = g_list_model_get_item (relay_agenda_get_items (agenda), i - 1);
      g_autoptr(RelayAgendaItem) b = g_list_model_get_item (relay_agenda_get_items (agenda), i);

      g_assert_cmpint (relay_agenda_item_compare (a, b), <, 0);
    }

  /* Days marked in the month view, leap day included. */
  busy = relay_agenda_get_busy_days (agenda, 2028, 2);
  g_assert_cmphex (busy, ==, (1u << 20) | (1u << 21) | (1u << 22) | (1u << 23) | (1u << 24) |
                             (1u << 25) | (1u << 26) | (1u << 27) | (1u << 28) | (1u << 29));
  busy = relay_agenda_get_busy_days (agenda, 2028, 3);
  g_assert_cmphex (busy, ==, (1u << 1) | (1u << 2) | (1u << 7) | (1u << 25) | (1u << 26) |
                             (1u << 27) | (1u << 28) | (1u << 29) | (1u << 30) | (1u << 31));
  busy = relay_agenda_get_busy_days (agenda, 2028, 4);
  g_assert_cmphex (busy, ==, (1u << 1) | (1u << 2));

  /* Notifications: deadlines within 7 days; overdue tasks when asked. */
  due = relay_agenda_dup_due_items (agenda, 7, FALSE);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpstr (relay_agenda_item_get_title (g_ptr_array_index (due, 0)), ==, "Call closing soon");
  g_assert_cmpstr (relay_agenda_item_get_title (g_ptr_array_index (due, 1)), ==, "Reminder in a week");
  g_clear_pointer (&due, g_ptr_array_unref);
  due = relay_agenda_dup_due_items (agenda, 7, TRUE);
  g_assert_cmpuint (due->len, ==, 3);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = relay_agenda_dup_due_items (agenda, 0, FALSE);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* The kind filter applies to the filtered models and the groups. */
  relay_agenda_set_kind_filter (agenda, RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_COUNTRY_VISIT));
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_filtered_items (agenda)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_OVERDUE)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_NEXT_30_DAYS)), ==, 1);
  busy = relay_agenda_get_busy_days (agenda, 2028, 2);
  g_assert_cmphex (busy, ==, 0);
  relay_agenda_set_kind_filter (agenda, RELAY_AGENDA_KIND_MASK_ALL);

  /* A reload that changes nothing keeps the objects and emits nothing. */
  kept = g_list_model_get_item (relay_agenda_get_items (agenda), 0);
  g_signal_connect (relay_agenda_get_items (agenda), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &n_changes);
  relay_agenda_reload (agenda, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_true (find_model_uid (relay_agenda_get_items (agenda),
                                 relay_agenda_item_get_uid (kept)) == kept);

  /* Marking one done changes one item. */
  relay_agenda_set_done (agenda, kept, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_DONE)), ==, 1);
  g_signal_handlers_disconnect_by_func (relay_agenda_get_items (agenda), on_items_changed_cb, &n_changes);

  /* A month later. */
  set_day (&today, "2028-03-29");
  relay_agenda_set_today (agenda, &today);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_OVERDUE)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_NEXT_30_DAYS)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_LATER)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (relay_agenda_get_group (agenda, RELAY_AGENDA_GROUP_DONE)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda/dates/parse", test_dates_parse);
  g_test_add_func ("/agenda/dates/time-zones", test_dates_time_zones);
  g_test_add_func ("/agenda/item/basics", test_item_basics);
  g_test_add_func ("/agenda/item/groups", test_item_groups);
  g_test_add_func ("/agenda/reply/windows", test_reply_windows);
  g_test_add_func ("/agenda/reply/answered", test_reply_answered);
  g_test_add_func ("/agenda/reply/stable-uids", test_reply_stable_uids);
  g_test_add_func ("/agenda/follow-up/acknowledging", test_follow_up_acknowledging);
  g_test_add_func ("/agenda/follow-up/others", test_follow_up_others);
  g_test_add_func ("/agenda/follow-up/weeks", test_follow_up_weeks);
  g_test_add_func ("/agenda/follow-up/no-submission", test_follow_up_no_submission);
  g_test_add_func ("/agenda/bundled/years", test_bundled_years);
  g_test_add_func ("/agenda/bundled/across-years", test_bundled_across_years);
  g_test_add_func ("/agenda/bundled/invalid", test_bundled_invalid);
  g_test_add_func ("/agenda/bundled/resource", test_bundled_resource);
  g_test_add ("/agenda/store/events", Fixture, NULL,
              fixture_set_up, test_store_events, fixture_tear_down);
  g_test_add ("/agenda/store/case-events", Fixture, NULL,
              fixture_set_up, test_store_case_events, fixture_tear_down);
  g_test_add ("/agenda/store/saves-follow", Fixture, NULL,
              fixture_set_up, test_store_saves_follow, fixture_tear_down);
  g_test_add ("/agenda/models", Fixture, NULL,
              fixture_set_up, test_models, fixture_tear_down);

  return g_test_run ();
}
