/* fuzz-ical.c — the iCalendar feed importer
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The input is a subscribed feed, as its server would send it. It is read
 * as relay_ical_parse_feed() does on the worker thread, written out again
 * as an .ics export, and imported into an agenda on a real store, which
 * then shows it.
 */

#include "config.h"

#include <string.h>

#include <relay/relay.h>

#include "relay-fuzz.h"

#define FEED_URL "https://calendar.example.org/feed.ics"

static RelayStore *store;
static RelayAgenda *agenda;
static GTimeZone *zone;
static GDate today;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  relay_fuzz_init ();

  path = g_build_filename (relay_fuzz_make_tmpdir (), "relay.db", NULL);
  store = relay_store_new (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  zone = g_time_zone_new_identifier ("America/Bogota");
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 10, G_DATE_MARCH, 2026);

  agenda = relay_agenda_new (store, NULL);
  relay_agenda_set_today (agenda, &today);

  return 0;
}

static void
check_items (GPtrArray *items)
{
  g_assert_cmpuint (items->len, <=, RELAY_ICAL_MAX_EVENTS);

  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);
      const GDate *start = relay_agenda_item_get_start (item);
      const GDate *end = relay_agenda_item_get_end (item);

      g_assert_nonnull (relay_agenda_item_get_uid (item));
      g_assert_true (g_utf8_validate (relay_agenda_item_get_title (item), -1, NULL));
      g_assert_true (relay_agenda_item_get_note (item) == NULL ||
                     g_utf8_validate (relay_agenda_item_get_note (item), -1, NULL));
      g_assert_nonnull (start);
      g_assert_true (g_date_valid (start));
      if (end != NULL)
        {
          g_assert_true (g_date_valid (end));
          g_assert_cmpint (g_date_compare (start, end), <=, 0);
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;

  items = relay_ical_parse_feed (bytes, FEED_URL, zone, &today, &error);
  if (items == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);
  check_items (items);

  /* What Relay reads, it can write, and read back. */
  exported = relay_ical_export (items, TRUE, now);
  g_assert_nonnull (exported);
  {
    g_autoptr(GBytes) export_bytes = g_bytes_new_static (exported, strlen (exported));

    again = relay_ical_parse_feed (export_bytes, FEED_URL, zone, &today, &error);
    g_assert_no_error (error);
    check_items (again);
  }

  /* Into the store, and out again through the agenda. */
  if (!relay_agenda_import_feed (agenda, FEED_URL, bytes, &error))
    g_error ("A feed that parses does not import: %s", error->message);
  g_list_model_get_n_items (relay_agenda_get_items (agenda));

  return 0;
}
