/* relay-ical-import.c
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

#define G_LOG_DOMAIN "relay-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "relay-agenda-private.h"
#include "relay-ical.h"

/*
 * Reading subscribed iCalendar feeds (RFC 5545) with libical
 *
 * Every VEVENT becomes an all-day item: the days it covers in the user's
 * time zone. DATE values are days already (DTEND is the day after the
 * last); DATE-TIME values in UTC or in a known zone are converted to the
 * user's zone; floating times and unknown zones are taken as written.
 *
 * Events without a usable start are skipped; a feed where no event is
 * usable, or that is not iCalendar at all, is refused whole, so the events
 * imported before stay. When several events share a UID, the one with the
 * highest SEQUENCE wins, then the most recently modified, then the last in
 * the file; an event with a RECURRENCE-ID replaces that one occurrence.
 * Recurring events are expanded from a year before "today" to two years
 * after it. Properties Relay does not use are ignored.
 *
 * This runs on a worker thread: it touches nothing but its arguments.
 */

/* The recurrences kept: from this many days before today to this many after. */
#define RECURRENCE_DAYS_BEFORE 366
#define RECURRENCE_DAYS_AFTER  731

/* The most steps an iterator may take for one event (e.g. a daily rule
 * starting decades ago).
 */
#define MAX_RECURRENCE_STEPS   100000

#define MAX_TITLE_LENGTH 500
#define MAX_NOTE_LENGTH  20000
#define MAX_URL_LENGTH   2000

typedef struct
{
  icalcomponent *component;
  int            sequence;
  gint64         modified;
  guint          position;
} Candidate;

typedef struct
{
  const char  *feed_url;
  GTimeZone   *zone;
  GDate        window_start;
  GDate        window_end;
  GPtrArray   *items;
  GHashTable  *uids;
  gboolean     too_many;
} ParseContext;

/*
 * Errors
 */

static void
set_too_large (GError **error)
{
  g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_FEED_TOO_LARGE,
                       _("The calendar feed is too large for Relay. Its events already in the "
                         "calendar stay."));
}

static void
set_not_ical (GError **error)
{
  g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED,
                       _("This address does not give a calendar feed in the iCalendar format; "
                         "it may be a web page. Check the address of the feed. Its events already "
                         "in the calendar stay."));
}

static void
set_damaged (GError **error)
{
  g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED,
                       _("The calendar feed is damaged and cannot be read. Its events already in "
                         "the calendar stay."));
}

/*
 * Texts
 */

/* Valid UTF-8, without control characters (but new lines in @multiline),
 * trimmed and at most @max_chars long.
 */
static char *
clean_text (const char *text,
            gboolean    multiline,
            glong       max_chars)
{
  g_autofree char *valid = NULL;
  GString *clean;
  glong n_chars = 0;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  clean = g_string_new (NULL);

  for (const char *p = valid; *p != '\0' && n_chars < max_chars; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && multiline)
        g_string_append_c (clean, '\n');
      else if (g_unichar_iscntrl (c))
        g_string_append_c (clean, ' ');
      else
        g_string_append_unichar (clean, c);
    }

  return g_strstrip (g_string_free (clean, FALSE));
}

static gboolean
is_web_address (const char *text)
{
  g_autoptr(GUri) uri = NULL;

  if (strlen (text) > MAX_URL_LENGTH)
    return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);

  return uri != NULL &&
         g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' &&
         (g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0 ||
          g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0);
}

/*
 * Dates
 */

/* The day of @t in the user's zone. An end (@is_end) is exclusive: an
 * event ending at midnight, or a DATE end, ends the day before.
 */
static gboolean
time_to_day (struct icaltimetype  t,
             GTimeZone           *zone,
             gboolean             is_end,
             GDate               *day)
{
  g_date_clear (day, 1);

  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t) ||
      !g_date_valid_dmy (t.day, t.month, t.year))
    return FALSE;

  if (t.is_date || t.zone == NULL)
    {
      g_date_set_dmy (day, t.day, t.month, t.year);

      if (is_end && (t.is_date || (t.hour == 0 && t.minute == 0 && t.second == 0)))
        g_date_subtract_days (day, 1);

      return TRUE;
    }
  else
    {
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) local = NULL;
      time_t seconds = icaltime_as_timet_with_zone (t, t.zone);

      if (is_end)
        seconds -= 1;

      if (!(utc = g_date_time_new_from_unix_utc (seconds)))
        return FALSE;

      if (zone != NULL)
        local = g_date_time_to_timezone (utc, zone);
      else
        local = g_date_time_to_local (utc);

      if (local == NULL)
        return FALSE;

      relay_agenda_date_from_date_time (local, day);
      return TRUE;
    }
}

/* The days of an occurrence from @start to @end (exclusive end). */
static gboolean
span_to_days (struct icaltimetype  start,
              struct icaltimetype  end,
              GTimeZone           *zone,
              GDate               *first,
              GDate               *last)
{
  if (!time_to_day (start, zone, FALSE, first))
    return FALSE;

  if (icaltime_is_null_time (end) || icaltime_compare (end, start) <= 0 ||
      !time_to_day (end, zone, TRUE, last) || g_date_compare (last, first) < 0)
    *last = *first;

  return TRUE;
}

static char *
day_key (struct icaltimetype t)
{
  return g_strdup_printf ("%04d%02d%02d", t.year, t.month, t.day);
}

/*
 * Items
 */

static gboolean
add_item (ParseContext  *ctx,
          icalcomponent *component,
          const char    *uid,
          const GDate   *first,
          const GDate   *last)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *location = NULL;
  g_autofree char *note = NULL;
  g_autofree char *url = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  icalproperty *url_property;
  RelayAgendaItem *item;

  if (ctx->items->len >= RELAY_ICAL_MAX_EVENTS)
    {
      ctx->too_many = TRUE;
      return FALSE;
    }

  /* Two events may still end up with one id (a UID given twice with
   * and without a RECURRENCE-ID on the same day): the first stays.
   */
  if (!g_hash_table_add (ctx->uids, g_strdup (uid)))
    return TRUE;

  title = clean_text (icalcomponent_get_summary (component), FALSE, MAX_TITLE_LENGTH);
  if (*title == '\0')
    {
      g_free (title);
      title = g_strdup (_("Untitled event"));
    }

  description = clean_text (icalcomponent_get_description (component), TRUE, MAX_NOTE_LENGTH);
  location = clean_text (icalcomponent_get_location (component), FALSE, MAX_TITLE_LENGTH);
  if (*location != '\0' && *description != '\0')
    /* Translators: %1$s is where an event takes place, %2$s its description */
    note = g_strdup_printf (_("Place: %1$s\n\n%2$s"), location, description);
  else if (*location != '\0')
    /* Translators: %s is where an event takes place */
    note = g_strdup_printf (_("Place: %s"), location);
  else
    note = g_steal_pointer (&description);

  url_property = icalcomponent_get_first_property (component, ICAL_URL_PROPERTY);
  if (url_property != NULL)
    {
      g_autofree char *text = clean_text (icalproperty_get_url (url_property), FALSE,
                                          MAX_URL_LENGTH);

      if (is_web_address (text))
        url = g_steal_pointer (&text);
    }

  start_text = relay_agenda_format_day (first);
  if (g_date_compare (first, last) < 0)
    end_text = relay_agenda_format_day (last);

  item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_FEED, RELAY_AGENDA_KIND_FEED, title,
                                start_text, end_text);
  g_object_set (item,
                "uid", uid,
                "note", note,
                "url", url,
                "feed-url", ctx->feed_url,
                "expected", icalcomponent_get_status (component) == ICAL_STATUS_TENTATIVE,
                NULL);
  g_ptr_array_add (ctx->items, item);

  return TRUE;
}

static gboolean
in_window (ParseContext *ctx,
           const GDate  *first,
           const GDate  *last)
{
  return g_date_compare (last, &ctx->window_start) >= 0 &&
         g_date_compare (first, &ctx->window_end) <= 0;
}

static struct icaldurationtype
event_duration (icalcomponent *component)
{
  struct icaltimetype start = icalcomponent_get_dtstart (component);
  struct icaltimetype end = icalcomponent_get_dtend (component);

  if (icaltime_is_null_time (end) || icaltime_compare (end, start) <= 0)
    return icaldurationtype_null_duration ();

  return icaltime_subtract (end, start);
}

/* Whether @occurrence is excluded by an EXDATE of @component. */
static gboolean
is_excluded (icalcomponent       *component,
             struct icaltimetype  occurrence)
{
  for (icalproperty *p = icalcomponent_get_first_property (component, ICAL_EXDATE_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (component, ICAL_EXDATE_PROPERTY))
    {
      struct icaltimetype excluded = icalproperty_get_exdate (p);

      if (excluded.year == occurrence.year && excluded.month == occurrence.month &&
          excluded.day == occurrence.day)
        return TRUE;
    }

  return FALSE;
}

/* Adds one occurrence starting at @start, or the override that replaces it. */
static gboolean
add_occurrence (ParseContext            *ctx,
                icalcomponent           *master,
                const char              *base_uid,
                GHashTable              *overrides,
                struct icaltimetype      start,
                struct icaldurationtype  duration)
{
  g_autofree char *key = day_key (start);
  g_autofree char *uid = g_strconcat (base_uid, "-", key, NULL);
  icalcomponent *component = master;
  struct icaltimetype end;
  GDate first, last;

  if (overrides != NULL && (component = g_hash_table_lookup (overrides, key)) != NULL)
    {
      if (icalcomponent_get_status (component) == ICAL_STATUS_CANCELLED)
        return TRUE;

      start = icalcomponent_get_dtstart (component);
      end = icalcomponent_get_dtend (component);
    }
  else
    {
      component = master;
      end = icaltime_add (start, duration);
    }

  if (!span_to_days (start, end, ctx->zone, &first, &last) || !in_window (ctx, &first, &last))
    return TRUE;

  return add_item (ctx, component, uid, &first, &last);
}

static gboolean
add_recurring (ParseContext  *ctx,
               icalcomponent *master,
               const char    *base_uid,
               GHashTable    *overrides)
{
  struct icaltimetype start = icalcomponent_get_dtstart (master);
  struct icaldurationtype duration = event_duration (master);
  icalproperty *rrule = icalcomponent_get_first_property (master, ICAL_RRULE_PROPERTY);
  gboolean start_done = FALSE;

  if (rrule != NULL)
    {
      struct icalrecurrencetype recurrence = icalproperty_get_rrule (rrule);
      icalrecur_iterator *iterator = icalrecur_iterator_new (recurrence, start);
      guint steps = 0;

      if (iterator == NULL)
        return TRUE;

      for (struct icaltimetype next = icalrecur_iterator_next (iterator);
           !icaltime_is_null_time (next) && steps < MAX_RECURRENCE_STEPS;
           next = icalrecur_iterator_next (iterator), steps++)
        {
          GDate day;

          next.zone = start.zone;
          if (time_to_day (next, ctx->zone, FALSE, &day) &&
              g_date_compare (&day, &ctx->window_end) > 0)
            break;

          if (icaltime_compare (next, start) == 0)
            start_done = TRUE;

          if (is_excluded (master, next))
            continue;

          if (!add_occurrence (ctx, master, base_uid, overrides, next, duration))
            {
              icalrecur_iterator_free (iterator);
              return FALSE;
            }
        }

      icalrecur_iterator_free (iterator);
    }

  /* DTSTART is always an occurrence, even when the rule does not match it. */
  if (!start_done && !is_excluded (master, start) &&
      !add_occurrence (ctx, master, base_uid, overrides, start, duration))
    return FALSE;

  for (icalproperty *p = icalcomponent_get_first_property (master, ICAL_RDATE_PROPERTY);
       p != NULL;
       p = icalcomponent_get_next_property (master, ICAL_RDATE_PROPERTY))
    {
      struct icaldatetimeperiodtype rdate = icalproperty_get_rdate (p);

      if (icaltime_is_null_time (rdate.time))
        continue;

      rdate.time.zone = start.zone;
      if (!add_occurrence (ctx, master, base_uid, overrides, rdate.time, duration))
        return FALSE;
    }

  return TRUE;
}

static gboolean
is_recurring (icalcomponent *component)
{
  return icalcomponent_get_first_property (component, ICAL_RRULE_PROPERTY) != NULL ||
         icalcomponent_get_first_property (component, ICAL_RDATE_PROPERTY) != NULL;
}

/* Whether @candidate should replace @current for the same UID. */
static gboolean
is_newer (const Candidate *candidate,
          const Candidate *current)
{
  if (candidate->sequence != current->sequence)
    return candidate->sequence > current->sequence;

  if (candidate->modified != current->modified)
    return candidate->modified > current->modified;

  return candidate->position > current->position;
}

static gint64
modified_time (icalcomponent *component)
{
  icalproperty *property = icalcomponent_get_first_property (component,
                                                             ICAL_LASTMODIFIED_PROPERTY);
  struct icaltimetype t;

  if (property != NULL)
    t = icalproperty_get_lastmodified (property);
  else
    t = icalcomponent_get_dtstamp (component);

  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t))
    return 0;

  return icaltime_as_timet_with_zone (t, t.zone != NULL ? t.zone : icaltimezone_get_utc_timezone ());
}

/* The UID of an event, or one made from its start and summary when it has
 * none (RFC 5545 requires one, but some feeds forget it).
 */
static char *
dup_event_uid (icalcomponent *component)
{
  const char *uid = icalcomponent_get_uid (component);
  g_autofree char *made = NULL;

  if (uid != NULL && *uid != '\0')
    return g_strdup (uid);

  made = _relay_agenda_make_uid ("no-uid",
                                 icaltime_as_ical_string (icalcomponent_get_dtstart (component)),
                                 icalcomponent_get_summary (component) != NULL
                                 ? icalcomponent_get_summary (component) : "",
                                 NULL);
  return g_steal_pointer (&made);
}

static void
collect_events (icalcomponent *calendar,
                GHashTable    *masters,
                GHashTable    *overrides,
                guint         *n_events,
                guint         *n_unusable)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_autofree char *uid = dup_event_uid (event);
      struct icaltimetype start = icalcomponent_get_dtstart (event);
      struct icaltimetype recurrence_id = icalcomponent_get_recurrenceid (event);
      Candidate *candidate, *current;

      (*n_events)++;

      if (icaltime_is_null_time (start) || !icaltime_is_valid_time (start))
        {
          (*n_unusable)++;
          continue;
        }

      if (!icaltime_is_null_time (recurrence_id))
        {
          GHashTable *by_day = g_hash_table_lookup (overrides, uid);

          if (by_day == NULL)
            {
              by_day = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              g_hash_table_insert (overrides, g_strdup (uid), by_day);
            }
          g_hash_table_replace (by_day, day_key (recurrence_id), event);
          continue;
        }

      candidate = g_new0 (Candidate, 1);
      candidate->component = event;
      candidate->sequence = icalcomponent_get_sequence (event);
      candidate->modified = modified_time (event);
      candidate->position = *n_events;

      current = g_hash_table_lookup (masters, uid);
      if (current == NULL || is_newer (candidate, current))
        g_hash_table_replace (masters, g_steal_pointer (&uid), candidate);
      else
        g_free (candidate);
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *candidate_a = *(Candidate **)a;
  const Candidate *candidate_b = *(Candidate **)b;

  return (int)candidate_a->position - (int)candidate_b->position;
}

/*
 * Public API
 */

/**
 * relay_ical_normalize_feed_url:
 * @url: the address of a feed as the user gave it
 * @error: return location for a #GError in %RELAY_AGENDA_ERROR
 *
 * Checks the address of a feed. webcal:// addresses, which calendar sites
 * give for subscriptions, become https:// ones; any other scheme than
 * https:// is refused (%RELAY_AGENDA_ERROR_INVALID_FEED).
 *
 * Returns: (transfer full): the address to download, or %NULL with @error set
 */
char *
relay_ical_normalize_feed_url (const char  *url,
                               GError     **error)
{
  g_autofree char *stripped = NULL;
  g_autofree char *https = NULL;
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stripped = g_strstrip (g_strdup (url));

  if (g_ascii_strncasecmp (stripped, "webcal://", 9) == 0)
    https = g_strconcat ("https://", stripped + 9, NULL);
  else if (g_ascii_strncasecmp (stripped, "webcals://", 10) == 0)
    https = g_strconcat ("https://", stripped + 10, NULL);
  else
    https = g_steal_pointer (&stripped);

  uri = g_uri_parse (https, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") != 0 ||
      g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      strlen (https) > MAX_URL_LENGTH)
    {
      g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED,
                           _("The address of a calendar feed must start with https:// or "
                             "webcal://. Check the address, then try again."));
      return NULL;
    }

  return g_steal_pointer (&https);
}

/**
 * relay_ical_parse_feed:
 * @bytes: the contents of an iCalendar feed
 * @feed_url: the address of the feed, which the items keep
 * @zone: (nullable): the user's time zone, %NULL for the local one
 * @today: (nullable): the current day, around which recurring events are
 *   expanded; %NULL for the current day in @zone
 * @error: return location for a #GError in %RELAY_AGENDA_ERROR
 *
 * Reads the events of a feed as all-day items of origin
 * %RELAY_AGENDA_ORIGIN_FEED, with stable ids made from the feed and the
 * events' UIDs. Feeds over %RELAY_ICAL_MAX_SIZE bytes or
 * %RELAY_ICAL_MAX_EVENTS events fail with
 * %RELAY_AGENDA_ERROR_FEED_TOO_LARGE; anything that is not iCalendar, or
 * in which no event can be read, with %RELAY_AGENDA_ERROR_INVALID_FEED.
 * Safe to call from any thread.
 *
 * Returns: (transfer full) (element-type RelayAgendaItem): the items, or
 *   %NULL with @error set
 */
GPtrArray *
relay_ical_parse_feed (GBytes       *bytes,
                       const char   *feed_url,
                       GTimeZone    *zone,
                       const GDate  *today,
                       GError      **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GHashTable) masters = NULL;
  g_autoptr(GHashTable) overrides = NULL;
  g_autoptr(GHashTable) uids = NULL;
  g_autoptr(GPtrArray) ordered = NULL;
  g_autofree char *text = NULL;
  icalcomponent *root;
  const char *start;
  gsize size = 0;
  const char *data;
  guint n_events = 0, n_unusable = 0;
  ParseContext ctx = { 0 };
  GDate current;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (feed_url != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size > RELAY_ICAL_MAX_SIZE)
    {
      set_too_large (error);
      return NULL;
    }

  /* libical wants a string; bytes that are not UTF-8 become U+FFFD. */
  text = g_utf8_make_valid (data != NULL ? data : "", size);

  start = text;
  if (g_str_has_prefix (start, "\xef\xbb\xbf"))
    start += 3;
  while (g_ascii_isspace (*start))
    start++;
  if (g_ascii_strncasecmp (start, "BEGIN:VCALENDAR", 15) != 0)
    {
      set_not_ical (error);
      return NULL;
    }

  /* libical reads a cut-off file as far as it goes; its events would
   * replace the whole feed's. */
  if (g_strrstr (start, "END:VCALENDAR") == NULL && g_strrstr (start, "end:vcalendar") == NULL)
    {
      set_damaged (error);
      return NULL;
    }

  root = icalparser_parse_string (start);
  if (root == NULL ||
      (icalcomponent_isa (root) != ICAL_VCALENDAR_COMPONENT &&
       icalcomponent_isa (root) != ICAL_XROOT_COMPONENT))
    {
      g_clear_pointer (&root, icalcomponent_free);
      set_damaged (error);
      return NULL;
    }

  masters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify)g_hash_table_unref);

  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    collect_events (root, masters, overrides, &n_events, &n_unusable);
  else
    for (icalcomponent *calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
         calendar != NULL;
         calendar = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      collect_events (calendar, masters, overrides, &n_events, &n_unusable);

  if (n_events > 0 && n_unusable == n_events)
    {
      icalcomponent_free (root);
      g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED,
                           _("None of the events of the calendar feed has a date Relay can read. "
                             "Its events already in the calendar stay."));
      return NULL;
    }

  if (n_unusable > 0)
    g_debug ("Skipped %u events of a feed without a usable start", n_unusable);

  if (today != NULL && g_date_valid (today))
    current = *today;
  else
    relay_agenda_today (zone, &current);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.feed_url = feed_url;
  ctx.zone = zone;
  ctx.items = items;
  ctx.uids = uids;
  ctx.window_start = current;
  g_date_subtract_days (&ctx.window_start, RECURRENCE_DAYS_BEFORE);
  ctx.window_end = current;
  g_date_add_days (&ctx.window_end, RECURRENCE_DAYS_AFTER);

  /* In the order of the file, so that the result does not depend on hashing. */
  ordered = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, masters);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (ordered, value);
  }
  g_ptr_array_sort (ordered, compare_candidates);

  for (guint i = 0; i < ordered->len && !ctx.too_many; i++)
    {
      const Candidate *candidate = g_ptr_array_index (ordered, i);
      icalcomponent *event = candidate->component;
      g_autofree char *event_uid = dup_event_uid (event);
      g_autofree char *uid = _relay_agenda_make_uid ("feed", feed_url, event_uid, NULL);

      if (icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED)
        continue;

      if (is_recurring (event))
        add_recurring (&ctx, event, uid, g_hash_table_lookup (overrides, event_uid));
      else
        {
          GDate first, last;

          if (span_to_days (icalcomponent_get_dtstart (event), icalcomponent_get_dtend (event),
                            zone, &first, &last))
            add_item (&ctx, event, uid, &first, &last);
        }
    }

  icalcomponent_free (root);

  if (ctx.too_many)
    {
      set_too_large (error);
      return NULL;
    }

  g_debug ("Read %u events from a feed", items->len);

  return g_steal_pointer (&items);
}
