/* test-agenda-tz.c
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
 * The agenda in a user's own time zone: this program sets TZ to
 * Pacific/Auckland (UTC+12, +13 in the southern summer) before anything
 * reads the time, so that "today" and feed events given in UTC fall on
 * other days than in the UTC of the other tests.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <relay/relay.h>

#define ZONE "Pacific/Auckland"

static char *
format_first (GPtrArray *items)
{
  g_assert_cmpuint (items->len, >, 0);

  return g_strdup_printf ("%s/%s",
                          relay_agenda_item_get_start_date (g_ptr_array_index (items, 0)),
                          relay_agenda_item_get_end_date (g_ptr_array_index (items, 0)));
}

static GPtrArray *
parse (const char *event_lines)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strdup_printf ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
                                           "BEGIN:VEVENT\r\nUID:one@example.org\r\n%s"
                                           "END:VEVENT\r\nEND:VCALENDAR\r\n", event_lines);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  GPtrArray *items;
  GDate today;

  g_assert_true (relay_agenda_parse_day ("2026-03-01", &today));
  items = relay_ical_parse_feed (bytes, "https://example.org/feed.ics", NULL, &today, &error);
  g_assert_no_error (error);

  return items;
}

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);
  struct tm local;
  time_t seconds;
  GDate today, agenda_today;

  /* The zone in use is Auckland's, whatever the machine's. */
  g_assert_cmpstr (g_date_time_get_timezone_abbreviation (now), !=, "UTC");
  g_assert_cmpint (g_date_time_get_utc_offset (now) / G_TIME_SPAN_HOUR, >=, 12);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      seconds = time (NULL);
      localtime_r (&seconds, &local);
      relay_agenda_today (NULL, &today);

      if (g_date_get_day (&today) == (guint) local.tm_mday)
        break;
    }

  g_assert_cmpint (g_date_get_year (&today), ==, local.tm_year + 1900);
  g_assert_cmpint (g_date_get_month (&today), ==, local.tm_mon + 1);
  g_assert_cmpint (g_date_get_day (&today), ==, local.tm_mday);

  /* A new agenda starts on the local day. */
  relay_agenda_get_today (agenda, &agenda_today);
  g_assert_cmpint (g_date_compare (&agenda_today, &today), ==, 0);
}

static void
test_feed_local_days (void)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *days = NULL;

  /* Noon in UTC on 28 February is 1 a.m. on 1 March in Auckland. */
  items = parse ("DTSTART:20260228T120000Z\r\nDTEND:20260228T130000Z\r\n");
  days = format_first (items);
  g_assert_cmpstr (days, ==, "2026-03-01/");
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&days, g_free);

  /* A day is a day in every zone. */
  items = parse ("DTSTART;VALUE=DATE:20260228\r\nDTEND;VALUE=DATE:20260302\r\n");
  days = format_first (items);
  g_assert_cmpstr (days, ==, "2026-02-28/2026-03-01");
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&days, g_free);

  /* A floating time is taken as written. */
  items = parse ("DTSTART:20260228T230000\r\n");
  days = format_first (items);
  g_assert_cmpstr (days, ==, "2026-02-28/");
  g_clear_pointer (&items, g_ptr_array_unref);
  g_clear_pointer (&days, g_free);

  /* 23:00 in New York on 28 February is the next afternoon here. */
  items = parse ("DTSTART;TZID=America/New_York:20260228T230000\r\n"
                 "DTEND;TZID=America/New_York:20260228T235900\r\n");
  days = format_first (items);
  g_assert_cmpstr (days, ==, "2026-03-01/");
}

int
main (int   argc,
      char *argv[])
{
  /* Before GLib or the C library read the zone. */
  g_setenv ("TZ", ZONE, TRUE);
  tzset ();

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agenda-tz/today", test_today);
  g_test_add_func ("/agenda-tz/feed-local-days", test_feed_local_days);

  return g_test_run ();
}
