/* relay-format.c
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

#define G_LOG_DOMAIN "relay-format"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "relay/relay-format.h"
#include "relay-core-private.h"

/* Where Debian and the GNOME runtime keep the ISO 3166 names; the
 * translations come from the iso-codes gettext domain. */
#define ISO_CODES_JSON "/usr/share/iso-codes/json/iso_3166-1.json"
#define ISO_CODES_JSON_APP "/app/share/iso-codes/json/iso_3166-1.json"
#define ISO_3166_DOMAIN "iso_3166-1"

/**
 * relay_format_date:
 * @date: a #GDateTime
 *
 * Formats the day of @date for people, in the user's language:
 * "14 March 2026".
 *
 * Returns: (transfer full): the formatted date
 */
char *
relay_format_date (GDateTime *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* The same format as the exact dates of incidents. */
  return g_date_time_format (date, C_("date format", "%-d %B %Y"));
}

/**
 * relay_format_iso_date:
 * @iso_date: (nullable): a date as "YYYY-MM-DD", or a date and time in
 *   ISO 8601
 *
 * Returns: (transfer full) (nullable): the date formatted for people, or
 *   %NULL when @iso_date is empty or not a date
 */
char *
relay_format_iso_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = NULL;
  g_autoptr(GTimeZone) utc = NULL;
  int year, month, day;

  if (iso_date == NULL || *iso_date == '\0')
    return NULL;

  utc = g_time_zone_new_utc ();

  if (strlen (iso_date) > 10)
    date = g_date_time_new_from_iso8601 (iso_date, utc);
  else if (sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) == 3 &&
           g_date_valid_dmy (day, month, year))
    date = g_date_time_new (utc, year, month, day, 0, 0, 0);

  if (date == NULL)
    return NULL;

  return relay_format_date (date);
}

/**
 * relay_format_last_change:
 * @time: when something changed
 * @now: the current time, in the same time zone as wanted for display
 *
 * Formats @time as a short description relative to @now: "Today at
 * 14:02", "Yesterday at 09:15", or the date for anything older.
 *
 * Returns: (transfer full): the formatted text
 */
char *
relay_format_last_change (GDateTime *time,
                          GDateTime *now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  g_autofree char *clock = NULL;
  int y1, m1, d1, y2, m2, d2;

  g_return_val_if_fail (time != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  local = g_date_time_to_timezone (time, g_date_time_get_timezone (now));
  g_date_time_get_ymd (local, &y1, &m1, &d1);
  g_date_time_get_ymd (now, &y2, &m2, &d2);

  /* Translators: a time of day, as in "14:02"; see strftime(3). */
  clock = g_date_time_format (local, _("%H:%M"));

  if (y1 == y2 && m1 == m2 && d1 == d2)
    /* Translators: %s is a time of day, as in "Today at 14:02". */
    return g_strdup_printf (_("Today at %s"), clock);

  yesterday = g_date_time_add_days (now, -1);
  g_date_time_get_ymd (yesterday, &y2, &m2, &d2);

  if (y1 == y2 && m1 == m2 && d1 == d2)
    /* Translators: %s is a time of day, as in "Yesterday at 09:15". */
    return g_strdup_printf (_("Yesterday at %s"), clock);

  return relay_format_date (local);
}

static GHashTable *
load_country_names (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GHashTable *names;
  const char *path = ISO_CODES_JSON;
  JsonNode *root;
  JsonObject *object;
  JsonArray *countries;

  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (g_file_test (ISO_CODES_JSON_APP, G_FILE_TEST_EXISTS))
    path = ISO_CODES_JSON_APP;

  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_debug ("Country names are not available: %s", error->message);
      return names;
    }

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return names;

  object = json_node_get_object (root);
  if (!json_object_has_member (object, "3166-1"))
    return names;

  countries = json_object_get_array_member (object, "3166-1");

  for (guint i = 0; countries != NULL && i < json_array_get_length (countries); i++)
    {
      JsonObject *country = json_array_get_object_element (countries, i);
      const char *code;
      const char *name;

      if (country == NULL)
        continue;

      code = json_object_get_string_member_with_default (country, "alpha_2", NULL);
      /* Prefer the short common name ("Bolivia") to the official one. */
      name = json_object_get_string_member_with_default (country, "common_name", NULL);
      if (name == NULL)
        name = json_object_get_string_member_with_default (country, "name", NULL);

      if (code != NULL && name != NULL)
        g_hash_table_insert (names, g_strdup (code), g_strdup (name));
    }

  return names;
}

static GHashTable *
get_country_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    g_once_init_leave (&names, load_country_names ());

  return names;
}

/**
 * _relay_country_get_english_name:
 * @code: (nullable): an ISO 3166-1 alpha-2 code
 *
 * Returns: (nullable): the country's English name, as iso-codes gives it
 */
const char *
_relay_country_get_english_name (const char *code)
{
  if (code == NULL)
    return NULL;

  return g_hash_table_lookup (get_country_names (), code);
}

/**
 * relay_country_is_valid_code:
 * @code: (nullable): a country code
 *
 * Returns: %TRUE if @code is an ISO 3166-1 alpha-2 code in use
 */
gboolean
relay_country_is_valid_code (const char *code)
{
  if (code == NULL || strlen (code) != 2)
    return FALSE;

  return g_hash_table_contains (get_country_names (), code);
}

/**
 * relay_country_get_name:
 * @code: (nullable): an ISO 3166-1 alpha-2 country code, such as "BR"
 *
 * Gets the name of a country in the user's language.
 *
 * Returns: the name, @code itself when the name is not known, or "" for
 *   %NULL
 */
const char *
relay_country_get_name (const char *code)
{
  const char *name;

  if (code == NULL || *code == '\0')
    return "";

  name = g_hash_table_lookup (get_country_names (), code);
  if (name == NULL)
    return code;

  return g_dgettext (ISO_3166_DOMAIN, name);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const char *code_a = *(const char * const *)a;
  const char *code_b = *(const char * const *)b;

  return g_utf8_collate (relay_country_get_name (code_a), relay_country_get_name (code_b));
}

/**
 * relay_country_dup_codes:
 *
 * Lists the countries, for people to choose one.
 *
 * Returns: (transfer full): the ISO 3166-1 alpha-2 codes, sorted by the
 *   countries' names in the user's language
 */
GStrv
relay_country_dup_codes (void)
{
  GHashTable *names = get_country_names ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer code;

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    g_ptr_array_add (codes, g_strdup (code));

  g_ptr_array_sort (codes, compare_by_name);
  g_ptr_array_add (codes, NULL);

  return (GStrv)g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

