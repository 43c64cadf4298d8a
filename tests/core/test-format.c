/* test-format.c
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <relay/relay.h>

static GDateTime *
utc (int year,
     int month,
     int day,
     int hour,
     int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_utc ();

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static void
test_format_date (void)
{
  g_autoptr(GDateTime) date = utc (2026, 3, 4, 10, 0);
  g_autofree char *text = relay_format_date (date);

  g_assert_cmpstr (text, ==, "4 March 2026");
}

static void
test_format_iso_date (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "2026-11-14", "14 November 2026" },
    { "2026-11-27T22:14:47Z", "27 November 2026" },
    { "2024-02-29", "29 February 2024" },
    { "2025-02-29", NULL },
    { "2026-13-01", NULL },
    { "not a date", NULL },
    { "2026", NULL },
    { "", NULL },
    { NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = relay_format_iso_date (cases[i].in);

      g_assert_cmpstr (text, ==, cases[i].out);
    }
}

static void
test_format_last_change (void)
{
  g_autoptr(GDateTime) now = utc (2026, 11, 27, 22, 30);
  g_autoptr(GDateTime) earlier_today = utc (2026, 11, 27, 0, 5);
  g_autoptr(GDateTime) yesterday = utc (2026, 11, 26, 23, 59);
  g_autoptr(GDateTime) older = utc (2026, 11, 25, 9, 0);
  g_autoptr(GDateTime) last_year = utc (2025, 1, 2, 9, 0);
  g_autofree char *a = relay_format_last_change (earlier_today, now);
  g_autofree char *b = relay_format_last_change (yesterday, now);
  g_autofree char *c = relay_format_last_change (older, now);
  g_autofree char *d = relay_format_last_change (last_year, now);

  g_assert_cmpstr (a, ==, "Today at 00:05");
  g_assert_cmpstr (b, ==, "Yesterday at 23:59");
  g_assert_cmpstr (c, ==, "25 November 2026");
  g_assert_cmpstr (d, ==, "2 January 2025");
}

/* The day boundary is the one of the time zone of "now", not UTC. */
static void
test_format_last_change_time_zone (void)
{
  g_autoptr(GTimeZone) bogota = g_time_zone_new_offset (-5 * 3600);
  g_autoptr(GDateTime) now = g_date_time_new (bogota, 2026, 11, 27, 8, 0, 0);
  g_autoptr(GDateTime) change = utc (2026, 11, 27, 2, 0);
  g_autofree char *text = relay_format_last_change (change, now);

  /* 02:00 UTC is 21:00 the day before in Bogotá. */
  g_assert_cmpstr (text, ==, "Yesterday at 21:00");
}

static void
test_country_names (void)
{
  if (!relay_country_is_valid_code ("BR"))
    {
      g_test_skip ("iso-codes is not installed");
      return;
    }

  g_assert_cmpstr (relay_country_get_name ("BR"), ==, "Brazil");
  g_assert_cmpstr (relay_country_get_name ("CO"), ==, "Colombia");
  /* The short common name, not "Bolivia, Plurinational State of". */
  g_assert_cmpstr (relay_country_get_name ("BO"), ==, "Bolivia");
  g_assert_cmpstr (relay_country_get_name ("XX"), ==, "XX");
  g_assert_cmpstr (relay_country_get_name (""), ==, "");
  g_assert_cmpstr (relay_country_get_name (NULL), ==, "");

  g_assert_true (relay_country_is_valid_code ("CD"));
  g_assert_false (relay_country_is_valid_code ("XX"));
  g_assert_false (relay_country_is_valid_code ("br"));
  g_assert_false (relay_country_is_valid_code ("BRA"));
  g_assert_false (relay_country_is_valid_code (NULL));

  {
    g_auto(GStrv) codes = relay_country_dup_codes ();

    g_assert_cmpuint (g_strv_length (codes), >=, 249);
    g_assert_true (g_strv_contains ((const char * const *)codes, "CO"));
    /* Sorted by name, as the locale sorts: Afghanistan first. */
    g_assert_cmpstr (codes[0], ==, "AF");
    for (guint i = 1; codes[i] != NULL; i++)
      g_assert_cmpint (g_utf8_collate (relay_country_get_name (codes[i - 1]),
                                       relay_country_get_name (codes[i])), <=, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/format/date", test_format_date);
  g_test_add_func ("/core/format/iso-date", test_format_iso_date);
  g_test_add_func ("/core/format/last-change", test_format_last_change);
  g_test_add_func ("/core/format/last-change-time-zone", test_format_last_change_time_zone);
  g_test_add_func ("/core/format/country-names", test_country_names);

  return g_test_run ();
}
