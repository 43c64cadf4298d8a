/* test-ical.c
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
 * iCalendar: reading feeds (valid, malformed, huge, duplicate UIDs,
 * unknown properties, recurrences, time zones), fetching one from the
 * real HTTPS test server (tests/servers/https-server.py), and exporting,
 * with the export read back by libical and by python3-icalendar
 * (tests/servers/check-ics.py).
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <libical/ical.h>

#include <relay/relay.h>

#include "relay-test-https.h"
#include "relay-test-utils.h"

#define PYTHON   "/usr/bin/python3"
#define FEED_URL "https://calendar.example.org/feed.ics"

/*
 * Helpers
 */

static void
set_day (GDate      *date,
         const char *text)
{
  g_assert_true (relay_agenda_parse_day (text, date));
}

static GBytes *
read_server_file (const char *name)
{
  g_autofree char *path = relay_test_server_script_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static GPtrArray *
parse_text (const char   *text,
            GTimeZone    *zone,
            const char   *today_text,
            GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  GDate today;

  set_day (&today, today_text);

  return relay_ical_parse_feed (bytes, FEED_URL, zone, &today, error);
}

/* A feed of one calendar around @events. */
static char *
calendar_of (const char *events)
{
  return g_strconcat ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Relay tests//EN\r\n",
                      events, "END:VCALENDAR\r\n", NULL);
}

static RelayAgendaItem *
find_title (GPtrArray  *items,
            const char *title)
{
  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (relay_agenda_item_get_title (item), title))
        return item;
    }

  g_test_message ("No item “%s”", title);
  g_assert_not_reached ();
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

/*
 * Feed URLs
 */

static void
test_feed_url (void)
{
  static const char *good[][2] = {
    { "https://example.org/cal.ics", "https://example.org/cal.ics" },
    { "  webcal://example.org/cal.ics?token=abc ", "https://example.org/cal.ics?token=abc" },
    { "WEBCAL://example.org/x", "https://example.org/x" },
    { "webcals://example.org/x", "https://example.org/x" },
  };
  static const char *bad[] = {
    "http://example.org/cal.ics",
    "ftp://example.org/cal.ics",
    "file:///etc/passwd",
    "example.org/cal.ics",
    "https://",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = relay_ical_normalize_feed_url (good[i][0], &error);

      g_assert_no_error (error);
      g_assert_cmpstr (url, ==, good[i][1]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = relay_ical_normalize_feed_url (bad[i], &error);

      g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED);
      g_assert_null (url);
    }
}

/*
 * Reading feeds
 */

static void
test_parse_valid (void)
{
  g_autoptr(GBytes) bytes = read_server_file ("feed-valid.ics");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) los_angeles = g_time_zone_new_identifier ("America/Los_Angeles");
  g_autoptr(GTimeZone) kiritimati = g_time_zone_new_identifier ("Pacific/Kiritimati");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  RelayAgendaItem *item;
  GDate today;

  set_day (&today, "2026-03-01");
  items = relay_ical_parse_feed (bytes, FEED_URL, utc, &today, &error);
  g_assert_no_error (error);

  /* The cancelled event, the one without a start, the to-do and the
   * unknown component are left out; of the two "dup", the higher
   * SEQUENCE stays. */
  g_assert_cmpuint (items->len, ==, 5);

  /* DATE values; DTEND is the day after the last; escapes and folded lines. */
  item = find_title (items, "Call for input: defenders in rural areas, report to HRC 62");
  assert_days (item, "2026-04-15", "2026-04-30");
  g_assert_cmpstr (relay_agenda_item_get_note (item), ==,
                   "Place: Geneva\n\nSend contributions by 30 April.\n"
                   "Word limit: 2,500. This line is folded as RFC 5545 says.");
  g_assert_cmpstr (relay_agenda_item_get_url (item), ==,
                   "https://www.ohchr.org/en/calls-for-input/example");
  g_assert_cmpint (relay_agenda_item_get_origin (item), ==, RELAY_AGENDA_ORIGIN_FEED);
  g_assert_cmpint (relay_agenda_item_get_kind (item), ==, RELAY_AGENDA_KIND_FEED);
  g_assert_cmpstr (relay_agenda_item_get_feed_url (item), ==, FEED_URL);
  g_assert_true (g_str_has_prefix (relay_agenda_item_get_uid (item), "feed-"));
  g_assert_false (relay_agenda_item_get_expected (item));

  item = find_title (items, "Country visit of the Special Rapporteur");
  assert_days (item, "2026-06-01", "2026-06-12");
  g_assert_true (relay_agenda_item_get_expected (item));

  assert_days (find_title (items, "Webinar (late in UTC)"), "2026-02-28", "2026-03-01");
  assert_days (find_title (items, "Side event in Geneva"), "2026-02-28", "2026-03-01");
  assert_days (find_title (items, "Consultation (moved)"), "2026-05-10", "2026-05-10");

  /* The same feed read again gives the same ids. */
  again = relay_ical_parse_feed (bytes, FEED_URL, utc, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    g_assert_true (relay_agenda_item_equal (g_ptr_array_index (items, i),
                                            g_ptr_array_index (again, i)));
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Another feed with the same events: other ids. */
  again = relay_ical_parse_feed (bytes, "https://other.example.org/feed.ics", utc, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relay_agenda_item_get_uid (g_ptr_array_index (items, 0)), !=,
                   relay_agenda_item_get_uid (g_ptr_array_index (again, 0)));
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Moments fall on the user's day: in Los Angeles... */
  again = relay_ical_parse_feed (bytes, FEED_URL, los_angeles, &today, &error);
  g_assert_no_error (error);
  assert_days (find_title (again, "Webinar (late in UTC)"), "2026-02-28", "2026-02-28");
  assert_days (find_title (again, "Side event in Geneva"), "2026-02-28", "2026-02-28");
  assert_days (find_title (again, "Country visit of the Special Rapporteur"), "2026-06-01", "2026-06-12");
  assert_days (find_title (again, "Consultation (moved)"), "2026-05-10", "2026-05-10");
  g_clear_pointer (&again, g_ptr_array_unref);

  /* ...and at UTC+14, while days stay days. */
  again = relay_ical_parse_feed (bytes, FEED_URL, kiritimati, &today, &error);
  g_assert_no_error (error);
  assert_days (find_title (again, "Webinar (late in UTC)"), "2026-03-01", "2026-03-01");
  assert_days (find_title (again, "Side event in Geneva"), "2026-03-01", "2026-03-01");
  assert_days (find_title (again, "Country visit of the Special Rapporteur"), "2026-06-01", "2026-06-13");
  assert_days (find_title (again, "Call for input: defenders in rural areas, report to HRC 62"),
               "2026-04-15", "2026-04-30");
}

static void
test_parse_duplicates (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;

  text = calendar_of (
    /* Same SEQUENCE: the most recently modified wins, wherever it is. */
    "BEGIN:VEVENT\r\nUID:a@x\r\nLAST-MODIFIED:20260301T000000Z\r\n"
    "DTSTART;VALUE=DATE:20260410\r\nSUMMARY:A newest\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a@x\r\nLAST-MODIFIED:20260201T000000Z\r\n"
    "DTSTART;VALUE=DATE:20260401\r\nSUMMARY:A older\r\nEND:VEVENT\r\n"
    /* Nothing to tell them apart: the last one in the file. */
    "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART;VALUE=DATE:20260501\r\nSUMMARY:B first\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART;VALUE=DATE:20260502\r\nSUMMARY:B second\r\nEND:VEVENT\r\n"
    /* No UID at all: still read, with an id of its own. */
    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260601\r\nSUMMARY:No UID\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260602\r\nSUMMARY:No UID either\r\nEND:VEVENT\r\n"
    /* No SUMMARY. */
    "BEGIN:VEVENT\r\nUID:c@x\r\nDTSTART;VALUE=DATE:20260603\r\nEND:VEVENT\r\n");

  items = parse_text (text, utc, "2026-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 5);
  assert_days (find_title (items, "A newest"), "2026-04-10", "2026-04-10");
  assert_days (find_title (items, "B second"), "2026-05-02", "2026-05-02");
  g_assert_cmpstr (relay_agenda_item_get_uid (find_title (items, "No UID")), !=,
                   relay_agenda_item_get_uid (find_title (items, "No UID either")));
  assert_days (find_title (items, "Untitled event"), "2026-06-03", "2026-06-03");
}

static void
test_parse_recurring (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  guint n_monthly = 0;
  RelayAgendaItem *moved;

  text = calendar_of (
    /* Monthly on the 15th, January 2024 to April 2027, less January 2026;
     * February 2026 moved to the 20th. */
    "BEGIN:VEVENT\r\nUID:monthly@x\r\nDTSTART;VALUE=DATE:20240115\r\n"
    "RRULE:FREQ=MONTHLY;COUNT=40\r\nEXDATE;VALUE=DATE:20260115\r\n"
    "SUMMARY:Monthly briefing\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:monthly@x\r\nRECURRENCE-ID;VALUE=DATE:20260215\r\n"
    "DTSTART;VALUE=DATE:20260220\r\nSUMMARY:Monthly briefing (moved)\r\nEND:VEVENT\r\n"
    /* March 2026 cancelled. */
    "BEGIN:VEVENT\r\nUID:monthly@x\r\nRECURRENCE-ID;VALUE=DATE:20260315\r\n"
    "DTSTART;VALUE=DATE:20260315\r\nSTATUS:CANCELLED\r\nSUMMARY:Cancelled\r\nEND:VEVENT\r\n"
    /* On the 31st: only months that have one. */
    "BEGIN:VEVENT\r\nUID:month-end@x\r\nDTSTART;VALUE=DATE:20260131\r\n"
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20261231\r\nSUMMARY:Month end\r\nEND:VEVENT\r\n"
    /* Yearly on 29 February. */
    "BEGIN:VEVENT\r\nUID:leap@x\r\nDTSTART;VALUE=DATE:20240229\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29\r\nSUMMARY:Leap day\r\nEND:VEVENT\r\n");

  items = parse_text (text, utc, "2026-06-01", &error);
  g_assert_no_error (error);

  /* Kept: 31 May 2025 to 1 June 2028, so June 2025 to April 2027: 23
   * occurrences, less the excluded and the cancelled one. */
  for (guint i = 0; i < items->len; i++)
    if (g_str_has_prefix (relay_agenda_item_get_title (g_ptr_array_index (items, i)), "Monthly"))
      n_monthly++;
  g_assert_cmpuint (n_monthly, ==, 21);

  moved = find_title (items, "Monthly briefing (moved)");
  assert_days (moved, "2026-02-20", "2026-02-20");
  g_assert_true (g_str_has_suffix (relay_agenda_item_get_uid (moved), "-20260215"));

  /* January, March, May, July, August, October, December 2026. */
  {
    guint n = 0;

    for (guint i = 0; i < items->len; i++)
      if (g_str_equal (relay_agenda_item_get_title (g_ptr_array_index (items, i)), "Month end"))
        n++;
    g_assert_cmpuint (n, ==, 7);
  }

  /* 29 February 2028 only, in the window. */
  assert_days (find_title (items, "Leap day"), "2028-02-29", "2028-02-29");

  /* Ids are unique. */
  {
    g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < items->len; i++)
      g_assert_true (g_hash_table_add (uids, (gpointer)relay_agenda_item_get_uid (g_ptr_array_index (items, i))));
  }
}

static void
test_parse_invalid (void)
{
  static const struct { const char *name; const char *text; int code; } cases[] = {
    { "web page", "<!DOCTYPE html><html><body>Sign in</body></html>", RELAY_AGENDA_ERROR_INVALID_FEED },
    { "JSON", "{ \"events\": [] }", RELAY_AGENDA_ERROR_INVALID_FEED },
    { "empty", "", RELAY_AGENDA_ERROR_INVALID_FEED },
    { "truncated", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n", RELAY_AGENDA_ERROR_INVALID_FEED },
    { "no usable start",
      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:yesterday\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
      "BEGIN:VEVENT\r\nUID:y\r\nSUMMARY:y\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
      RELAY_AGENDA_ERROR_INVALID_FEED },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].name);
      items = parse_text (cases[i].text, NULL, "2026-03-01", &error);
      g_assert_error (error, RELAY_AGENDA_ERROR, cases[i].code);
      g_assert_null (items);
      g_assert_nonnull (strstr (error->message, "stay"));
      g_clear_error (&error);
    }

  /* A calendar without events is a valid, empty feed. */
  items = parse_text ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", NULL, "2026-03-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* Bytes that are not UTF-8, and binary garbage. */
  {
    static const char latin1[] = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n"
                                 "DTSTART;VALUE=DATE:20260401\r\nSUMMARY:R\xe9union\r\n"
                                 "END:VEVENT\r\nEND:VCALENDAR\r\n";
    static const char garbage[] = { 'B', 'E', 'G', 0, (char) 0xff, (char) 0xfe, 'x', 0 };
    g_autoptr(GBytes) bytes = g_bytes_new (garbage, sizeof garbage);

    items = parse_text (latin1, NULL, "2026-03-01", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (items->len, ==, 1);
    g_assert_true (g_utf8_validate (relay_agenda_item_get_title (g_ptr_array_index (items, 0)), -1, NULL));
    g_clear_pointer (&items, g_ptr_array_unref);

    items = relay_ical_parse_feed (bytes, FEED_URL, NULL, NULL, &error);
    g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED);
    g_clear_error (&error);
  }
}

static void
test_parse_huge (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GString) events = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *big = NULL;

  /* More bytes than any feed Relay reads. */
  big = g_malloc (RELAY_ICAL_MAX_SIZE + 2);
  memset (big, 'x', RELAY_ICAL_MAX_SIZE + 1);
  memcpy (big, "BEGIN:VCALENDAR\r\nX-PAD:", 23);
  big[RELAY_ICAL_MAX_SIZE + 1] = '\0';
  items = parse_text (big, NULL, "2026-03-01", &error);
  g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_FEED_TOO_LARGE);
  g_assert_null (items);
  g_clear_error (&error);

  /* Small, but more events than any feed may give once expanded. */
  for (guint i = 0; i < 12; i++)
    g_string_append_printf (events, "BEGIN:VEVENT\r\nUID:daily-%u@x\r\nDTSTART;VALUE=DATE:20250601\r\n"
                                    "RRULE:FREQ=DAILY\r\nSUMMARY:Daily %u\r\nEND:VEVENT\r\n", i, i);
  text = calendar_of (events->str);
  items = parse_text (text, NULL, "2026-03-01", &error);
  g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_FEED_TOO_LARGE);
  g_assert_null (items);
}

/*
 * Export
 */

typedef struct
{
  char        *dir;
  char        *path;
  RelayStore  *store;
  RelayAgenda *agenda;
  RelayCase   *kase;
} ExportFixture;

static void
export_set_up (ExportFixture *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayVictim) victim = relay_victim_new ();
  g_autoptr(RelayTimelineEntry) entry = relay_timeline_entry_new ();
  g_autoptr(RelayAgendaItem) hearing = NULL;
  g_autoptr(RelayAgendaItem) call = NULL;
  g_autoptr(GBytes) calendar = NULL;
  g_autofree char *calendar_path = g_test_build_filename (G_TEST_DIST, "..", "data", "calendar",
                                                          "calendar.json", NULL);
  GDate today;

  fixture->dir = g_dir_make_tmp ("relay-test-ical-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "relay.db", NULL);
  fixture->store = relay_store_new (fixture->path, &error);
  g_assert_no_error (error);

  /* A case that names its victim. */
  fixture->kase = relay_case_new ();
  relay_case_set_title (fixture->kase, "Detention of Maria Exemplar");
  relay_case_set_status (fixture->kase, RELAY_CASE_STATUS_COMMUNICATION_SENT);
  relay_victim_set_name (victim, "Maria Exemplar");
  g_list_store_append (relay_case_get_victims (fixture->kase), victim);
  relay_timeline_entry_set_kind (entry, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  relay_timeline_entry_set_date (entry, "2026-03-02");
  relay_timeline_entry_set_reference (entry, "UA BRA 3/2026");
  relay_timeline_entry_set_communication_type (entry, RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
  relay_timeline_entry_set_url (entry, "https://spcommreports.ohchr.org/TMResultsBase/DownLoadPublicCommunicationFile?gId=12345");
  g_list_store_append (relay_case_get_timeline (fixture->kase), entry);
  relay_store_save_case (fixture->store, fixture->kase, &error);
  g_assert_no_error (error);

  fixture->agenda = relay_agenda_new (fixture->store, NULL);
  set_day (&today, "2026-03-10");
  relay_agenda_set_today (fixture->agenda, &today);
  {
    char *contents = NULL;
    gsize length = 0;

    g_file_get_contents (calendar_path, &contents, &length, &error);
    g_assert_no_error (error);
    calendar = g_bytes_new_take (contents, length);
  }
  relay_agenda_load_calendar_bytes (fixture->agenda, calendar, &error);
  g_assert_no_error (error);

  /* The user's own event on the case, with a note that names her. */
  hearing = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, RELAY_AGENDA_KIND_CUSTOM,
                                   "Hearing of Maria Exemplar", "2026-03-20", NULL);
  relay_agenda_item_set_case_uuid (hearing, relay_case_get_uuid (fixture->kase));
  relay_agenda_item_set_note (hearing, "Maria Exemplar's lawyer will attend; a long note, "
                                       "long enough to be folded by libical; “quotes”, commas, "
                                       "semicolons; and a new line\nhere.");
  relay_agenda_add_event (fixture->agenda, hearing, &error);
  g_assert_no_error (error);

  /* And one of no case. */
  call = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, RELAY_AGENDA_KIND_CALL_FOR_INPUT,
                                "Call for input on detention", "2026-04-01", "2026-04-30");
  relay_agenda_item_set_note (call, "Word limit 2,500.");
  relay_agenda_item_set_url (call, "https://www.ohchr.org/en/calls-for-input/example");
  relay_agenda_add_event (fixture->agenda, call, &error);
  g_assert_no_error (error);
}

static void
export_tear_down (ExportFixture *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->kase);
  g_assert_finalize_object (g_steal_pointer (&fixture->agenda));
  g_assert_finalize_object (g_steal_pointer (&fixture->store));
  relay_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static GPtrArray *
all_items (RelayAgenda *agenda)
{
  GListModel *model = relay_agenda_get_items (agenda);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

/* The text with folded lines joined again (RFC 5545, 3.1). */
static char *
unfold (const char *text)
{
  g_autoptr(GString) unfolded = g_string_new (text);

  g_string_replace (unfolded, "\r\n ", "", 0);

  return g_string_free (g_steal_pointer (&unfolded), FALSE);
}

static RelayAgendaItem *
find_uid (GPtrArray  *items,
          const char *uid)
{
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (relay_agenda_item_get_uid (g_ptr_array_index (items, i)), uid))
      return g_ptr_array_index (items, i);

  return NULL;
}

static void
test_export_libical (ExportFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) items = all_items (fixture->agenda);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) now = g_date_time_new (utc, 2026, 3, 10, 9, 30, 0);
  g_autofree char *text = relay_ical_export (items, FALSE, now);
  g_autofree char *again = relay_ical_export (items, FALSE, now);
  g_autofree char *exported = relay_agenda_export (fixture->agenda, NULL, TRUE);
  g_autofree char *detailed = unfold (exported);
  g_autofree char *plain = unfold (text);
  icalcomponent *calendar;
  guint n_events = 0;

  g_assert_cmpuint (items->len, >=, 14);

  /* Nothing that names the victim, the case or the communication. */
  g_assert_null (strstr (plain, "Maria"));
  g_assert_null (strstr (plain, "Exemplar"));
  g_assert_null (strstr (plain, "Detention of"));
  g_assert_null (strstr (plain, "Hearing"));
  g_assert_null (strstr (plain, "UA BRA"));
  g_assert_null (strstr (plain, "gId=12345"));
  g_assert_nonnull (strstr (plain, "Reminder — case "));
  /* What belongs to no case is all there. */
  g_assert_nonnull (strstr (plain, "Call for input on detention"));
  g_assert_nonnull (strstr (plain, "Word limit 2\\,500."));
  g_assert_nonnull (strstr (plain, "https://www.ohchr.org/en/calls-for-input/example"));

  /* With details, on request. */
  g_assert_nonnull (strstr (detailed, "Hearing of Maria Exemplar — Detention of Maria Exemplar"));
  g_assert_nonnull (strstr (detailed, "Maria Exemplar's lawyer"));
  g_assert_nonnull (strstr (detailed, "UA BRA 3/2026"));
  g_assert_nonnull (strstr (detailed, "gId=12345"));

  /* The same items at the same time: the same file. */
  g_assert_cmpstr (text, ==, again);

  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");
  g_assert_true (g_str_has_prefix (icalproperty_get_prodid (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY)),
                                   "-//Relay//Relay "));

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      const char *uid = icalcomponent_get_uid (event);
      g_autofree char *stable_id = NULL;
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype end = icalcomponent_get_dtend (event);
      RelayAgendaItem *item;
      GDate after_last;

      n_events++;
      g_assert_true (g_str_has_suffix (uid, "@" RELAY_ICAL_UID_DOMAIN));
      stable_id = g_strndup (uid, strlen (uid) - strlen ("@" RELAY_ICAL_UID_DOMAIN));
      item = find_uid (items, stable_id);
      g_assert_nonnull (item);

      /* All-day: DATE values, DTEND the day after the last. */
      g_assert_true (start.is_date);
      g_assert_true (end.is_date);
      g_assert_cmpint (start.year, ==, g_date_get_year (relay_agenda_item_get_start (item)));
      g_assert_cmpint (start.month, ==, g_date_get_month (relay_agenda_item_get_start (item)));
      g_assert_cmpint (start.day, ==, g_date_get_day (relay_agenda_item_get_start (item)));
      after_last = *relay_agenda_item_get_end (item);
      g_date_add_days (&after_last, 1);
      g_assert_cmpint (end.year, ==, g_date_get_year (&after_last));
      g_assert_cmpint (end.month, ==, g_date_get_month (&after_last));
      g_assert_cmpint (end.day, ==, g_date_get_day (&after_last));
      g_assert_false (icaltime_is_null_time (icalcomponent_get_dtstamp (event)));
      g_assert_cmpint (icalcomponent_get_status (event), ==,
                       relay_agenda_item_get_expected (item) ? ICAL_STATUS_TENTATIVE
                                                             : ICAL_STATUS_CONFIRMED);
    }

  g_assert_cmpuint (n_events, ==, items->len);
  icalcomponent_free (calendar);

  /* One case's items only. */
  {
    g_autofree char *one = relay_agenda_export (fixture->agenda,
                                                relay_case_get_uuid (fixture->kase), FALSE);

    calendar = icalparser_parse_string (one);
    g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 3);
    icalcomponent_free (calendar);
  }
}

static void
test_export_round_trip (ExportFixture *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) items = all_items (fixture->agenda);
  g_autofree char *text = relay_ical_export (items, TRUE, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) read = NULL;
  GDate today;

  /* Relay reads its own export back: the same days and titles. */
  set_day (&today, "2026-03-10");
  read = relay_ical_parse_feed (bytes, FEED_URL, NULL, &today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, items->len);

  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *title = relay_agenda_item_dup_display_title (item, TRUE);
      RelayAgendaItem *back = g_ptr_array_index (read, i);

      g_assert_cmpstr (relay_agenda_item_get_title (back), ==, title);
      g_assert_cmpint (g_date_compare (relay_agenda_item_get_start (back), relay_agenda_item_get_start (item)), ==, 0);
      g_assert_cmpint (g_date_compare (relay_agenda_item_get_end (back), relay_agenda_item_get_end (item)), ==, 0);
      g_assert_cmpint (relay_agenda_item_get_expected (back), ==, relay_agenda_item_get_expected (item));
    }
}

static void
test_export_python (ExportFixture *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) items = all_items (fixture->agenda);
  g_autofree char *text = relay_agenda_export (fixture->agenda, NULL, FALSE);
  g_autofree char *ics = g_build_filename (fixture->dir, "relay.ics", NULL);
  g_autofree char *script = relay_test_server_script_path ("check-ics.py");
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) python = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *events;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip (PYTHON " is not installed");
      return;
    }

  g_file_set_contents (ics, text, -1, &error);
  g_assert_no_error (error);

  python = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                             PYTHON, script, ics, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (python, NULL, NULL, &output, &errors, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (python))
    g_error ("check-ics.py refused the export: %s", errors);

  json_parser_load_from_data (parser, output, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "version"), ==, "2.0");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "prodid"), "-//Relay//Relay "));

  events = json_object_get_array_member (root, "events");
  g_assert_cmpuint (json_array_get_length (events), ==, items->len);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *event = json_array_get_object_element (events, i);
      JsonObject *start = json_object_get_object_member (event, "dtstart");
      JsonObject *end = json_object_get_object_member (event, "dtend");
      const char *uid = json_object_get_string_member (event, "uid");
      g_autofree char *stable_id = g_strndup (uid, strlen (uid) - strlen ("@" RELAY_ICAL_UID_DOMAIN));
      RelayAgendaItem *item = find_uid (items, stable_id);
      g_autofree char *title = NULL;
      g_autofree char *after_last = NULL;
      GDate day;

      g_assert_nonnull (item);
      title = relay_agenda_item_dup_display_title (item, FALSE);
      g_assert_cmpstr (json_object_get_string_member (event, "summary"), ==, title);
      g_assert_null (strstr (json_object_get_string_member (event, "summary"), "Maria"));
      g_assert_null (strstr (json_object_get_string_member (event, "description"), "Maria"));
      g_assert_true (json_object_get_boolean_member (start, "is_date"));
      g_assert_true (json_object_get_boolean_member (end, "is_date"));
      g_assert_cmpstr (json_object_get_string_member (start, "date"), ==,
                       relay_agenda_item_get_start_date (item));
      day = *relay_agenda_item_get_end (item);
      g_date_add_days (&day, 1);
      after_last = relay_agenda_format_day (&day);
      g_assert_cmpstr (json_object_get_string_member (end, "date"), ==, after_last);
      g_assert_true (json_object_get_boolean_member (event, "has_dtstamp"));
    }
}

/*
 * Fetching a feed from the HTTPS test server
 */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} FetchResult;

static void
on_fetched_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  FetchResult *fetched = user_data;

  fetched->ok = relay_agenda_fetch_feed_finish (RELAY_AGENDA (object), result, &fetched->error);
  fetched->done = TRUE;
}

static gboolean
fetch_feed (RelayAgenda  *agenda,
            RelayHttp    *http,
            const char   *url,
            GError      **error)
{
  FetchResult fetched = { 0 };

  relay_agenda_fetch_feed_async (agenda, http, url, NULL, on_fetched_cb, &fetched);
  relay_test_wait_until (&fetched.done, 60);

  g_assert_true (fetched.ok == (fetched.error == NULL));
  if (fetched.error != NULL)
    g_propagate_error (error, fetched.error);

  return fetched.ok;
}

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
               RelayHttp       *http,
               const char      *mode)
{
  g_autofree char *path = g_strconcat ("/feed-mode?", mode, NULL);
  g_autofree char *url = relay_test_https_url (server, path);
  gboolean done = FALSE;

  relay_http_get_async (http, url, NULL, NULL, NULL, NULL, on_mode_set_cb, &done);
  relay_test_wait_until (&done, 60);
}

static guint
n_feed_items (RelayAgenda *agenda)
{
  GListModel *items = relay_agenda_get_items (agenda);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_FEED)
        n++;
    }

  return n;
}

static RelayAgendaItem *
find_model_title (RelayAgenda *agenda,
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
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_fetch (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *server_root = NULL;
  g_autofree char *store_dir = NULL;
  g_autofree char *store_path = NULL;
  g_autofree char *url = NULL;
  g_autofree char *webcal = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GDateTime) fetched_at = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(RelayAgenda) agenda = NULL;
  g_autoptr(RelayHttp) http = relay_http_new ();
  RelayTestHttps *server;
  RelayAgendaItem *item;
  guint n_changes = 0;
  GDate today;

  server_root = g_dir_make_tmp ("relay-test-ical-server-XXXXXX", &error);
  g_assert_no_error (error);
  store_dir = g_dir_make_tmp ("relay-test-ical-store-XXXXXX", &error);
  g_assert_no_error (error);
  server = relay_test_https_start (server_root);
  relay_http_set_ca_file (http, relay_test_https_get_cert (server));

  store_path = g_build_filename (store_dir, "relay.db", NULL);
  store = relay_store_new (store_path, &error);
  g_assert_no_error (error);
  agenda = relay_agenda_new (store, NULL);
  set_day (&today, "2026-03-01");
  relay_agenda_set_today (agenda, &today);
  relay_agenda_reload (agenda, &error);
  g_assert_no_error (error);

  url = relay_test_https_url (server, "/feed.ics");

  /* A valid feed. */
  g_assert_true (fetch_feed (agenda, http, url, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_feed_items (agenda), ==, 5);
  relay_store_get_feed_state (store, url, &etag, &fetched_at, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (etag, !=, "");
  g_assert_nonnull (fetched_at);

  /* Unchanged: a conditional download that changes nothing. */
  g_signal_connect (relay_agenda_get_items (agenda), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &n_changes);
  g_assert_true (fetch_feed (agenda, http, url, &error));
  g_assert_cmpuint (n_changes, ==, 0);
  g_signal_handlers_disconnect_by_func (relay_agenda_get_items (agenda), on_items_changed_cb, &n_changes);

  item = find_model_title (agenda, "Consultation (moved)");
  g_assert_nonnull (item);
  relay_agenda_set_done (agenda, item, TRUE, &error);
  g_assert_no_error (error);

  /* Each way a feed can fail leaves the events already imported. */
  {
    static const struct { const char *mode; GQuark (*domain) (void); int code; } failures[] = {
      { "html", relay_agenda_error_quark, RELAY_AGENDA_ERROR_INVALID_FEED },
      { "damaged", relay_agenda_error_quark, RELAY_AGENDA_ERROR_INVALID_FEED },
      { "big", relay_http_error_quark, RELAY_HTTP_ERROR_TOO_LARGE },
      { "error", relay_http_error_quark, RELAY_HTTP_ERROR_HTTP_STATUS },
    };

    for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
      {
        g_test_message ("feed mode %s", failures[i].mode);
        set_feed_mode (server, http, failures[i].mode);
        g_assert_false (fetch_feed (agenda, http, url, &error));
        g_assert_error (error, failures[i].domain (), failures[i].code);
        g_clear_error (&error);
        g_assert_cmpuint (n_feed_items (agenda), ==, 5);
      }
  }

  /* A changed feed replaces its events; a done event stays done. */
  set_feed_mode (server, http, "changed");
  webcal = g_strconcat ("webcal://", url + strlen ("https://"), NULL);
  g_assert_true (fetch_feed (agenda, http, webcal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_feed_items (agenda), ==, 2);
  item = find_model_title (agenda, "Consultation (moved again)");
  assert_days (item, "2026-05-20", "2026-05-20");
  g_assert_true (relay_agenda_item_get_done (item));
  g_assert_nonnull (find_model_title (agenda, "Call for input on torture prevention"));

  /* Only https:// feeds. */
  {
    g_autofree char *insecure = g_strconcat ("http://", url + strlen ("https://"), NULL);

    g_assert_false (fetch_feed (agenda, http, insecure, &error));
    g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED);
    g_clear_error (&error);
  }

  /* The server is gone: an error, and the events stay. */
  relay_test_https_stop (server);
  g_assert_false (fetch_feed (agenda, http, url, &error));
  g_assert_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_OFFLINE);
  g_clear_error (&error);
  g_assert_cmpuint (n_feed_items (agenda), ==, 2);

  /* Unsubscribing forgets the feed. */
  relay_agenda_remove_feed (agenda, url, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_feed_items (agenda), ==, 0);
  g_clear_pointer (&etag, g_free);
  g_clear_pointer (&fetched_at, g_date_time_unref);
  relay_store_get_feed_state (store, url, &etag, &fetched_at, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (etag, ==, "");
  g_assert_null (fetched_at);

  g_assert_finalize_object (g_steal_pointer (&agenda));
  g_assert_finalize_object (g_steal_pointer (&store));
  relay_test_remove_tree (store_dir);
}

static void
test_import_bytes (ExportFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) valid = read_server_file ("feed-valid.ics");
  g_autoptr(GBytes) broken = g_bytes_new_static ("BEGIN:VCALENDAR\r\n", 17);
  g_autoptr(GError) error = NULL;
  GListModel *items = relay_agenda_get_items (fixture->agenda);
  guint n_before = g_list_model_get_n_items (items);

  relay_agenda_import_feed (fixture->agenda, FEED_URL, valid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_before + 5);

  g_assert_false (relay_agenda_import_feed (fixture->agenda, FEED_URL, broken, &error));
  g_assert_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_before + 5);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");

  /* Straight to 127.0.0.1, even on a machine with a proxy. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

  g_test_init (&argc, &argv, NULL);
  relay_http_global_init ();

  g_test_add_func ("/ical/feed-url", test_feed_url);
  g_test_add_func ("/ical/parse/valid", test_parse_valid);
  g_test_add_func ("/ical/parse/duplicates", test_parse_duplicates);
  g_test_add_func ("/ical/parse/recurring", test_parse_recurring);
  g_test_add_func ("/ical/parse/invalid", test_parse_invalid);
  g_test_add_func ("/ical/parse/huge", test_parse_huge);
  g_test_add ("/ical/export/libical", ExportFixture, NULL,
              export_set_up, test_export_libical, export_tear_down);
  g_test_add ("/ical/export/round-trip", ExportFixture, NULL,
              export_set_up, test_export_round_trip, export_tear_down);
  g_test_add ("/ical/export/python-icalendar", ExportFixture, NULL,
              export_set_up, test_export_python, export_tear_down);
  g_test_add ("/ical/import-bytes", ExportFixture, NULL,
              export_set_up, test_import_bytes, export_tear_down);
  g_test_add_func ("/ical/fetch", test_fetch);

  status = g_test_run ();

  /* For LeakSanitizer. */
  icaltimezone_free_builtin_timezones ();

  return status;
}
