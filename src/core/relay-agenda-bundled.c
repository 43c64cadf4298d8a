/* relay-agenda-bundled.c
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

#define G_LOG_DOMAIN "relay-agenda"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "relay-agenda-private.h"

/*
 * The UN calendar bundled with Relay (data/calendar/calendar.json)
 *
 * It holds the Human Rights Council sessions whose dates a source states,
 * the windows in which the Council, the call for the Secretary-General's
 * reprisals report and the General Assembly's Third Committee usually fall,
 * and the dates known of the last two. For a given year, each window
 * becomes an "expected" item unless a known date of that year fills it.
 *
 * Like the mandate directory, the file is checked whole before anything in
 * it is used; the message names the first wrong field.
 */

/* The file is small; anything much larger is not ours. */
#define MAX_FILE_SIZE (1024 * 1024)

typedef struct
{
  int from_month;
  int from_day;
  int to_month;
  int to_day;
} Window;

typedef struct
{
  /* 0 when the entry has no number */
  guint  number;
  GDate  start;
  /* not valid when the source gives no end */
  GDate  end;
  gboolean confirmed;
  char  *source;
} KnownDates;

struct _RelayCalendarData
{
  char   *data_date;

  GArray *hrc_windows;        /* Window */
  GArray *hrc_sessions;       /* KnownDates */

  char   *reprisals_email;
  char   *reprisals_url;
  Window  reprisals_window;
  GArray *reprisals_deadlines; /* KnownDates */

  Window  ga_window;
  GArray *ga_sessions;         /* KnownDates */
};

/*
 * Reading
 */

static void
clear_known_dates (gpointer data)
{
  KnownDates *known = data;

  g_clear_pointer (&known->source, g_free);
}

static GArray *
new_known_dates_array (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (KnownDates));

  g_array_set_clear_func (array, clear_known_dates);

  return array;
}

static void
set_problem (GError     **error,
             const char  *field)
{
  g_set_error (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_DATA,
               /* Translators: %s names the wrong part of the file ("hrc.sessions[2].start");
                * keep it as it is */
               _("The UN calendar that came with Relay is damaged (field “%s”). Install "
                 "Relay again."),
               field);
}

static JsonObject *
get_object (JsonObject  *object,
            const char  *name,
            const char  *path,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_problem (error, path);
      return NULL;
    }

  return json_node_get_object (node);
}

static JsonArray *
get_array (JsonObject  *object,
           const char  *name,
           const char  *path,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      set_problem (error, path);
      return NULL;
    }

  return json_node_get_array (node);
}

/* A string member; NULL (with no error) when it is null and @nullable. */
static gboolean
get_string (JsonObject   *object,
            const char   *name,
            gboolean      nullable,
            const char   *path,
            const char  **out,
            GError      **error)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;

  if (nullable && (node == NULL || JSON_NODE_HOLDS_NULL (node)))
    return TRUE;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      *json_node_get_string (node) == '\0')
    {
      set_problem (error, path);
      return FALSE;
    }

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_day (JsonObject  *object,
         const char  *name,
         gboolean     nullable,
         const char  *path,
         GDate       *out,
         GError     **error)
{
  const char *text = NULL;

  g_date_clear (out, 1);

  if (!get_string (object, name, nullable, path, &text, error))
    return FALSE;

  if (text != NULL && (strlen (text) != 10 || !relay_agenda_parse_day (text, out)))
    {
      set_problem (error, path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
is_web_address (const char *text)
{
  g_autoptr(GUri) uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);

  return uri != NULL &&
         g_uri_get_host (uri) != NULL &&
         (g_str_equal (g_uri_get_scheme (uri), "https") ||
          g_str_equal (g_uri_get_scheme (uri), "http"));
}

/* "MM-DD"; 29 February is refused, as it is not in every year. */
static gboolean
parse_month_day (const char *text,
                 int        *month,
                 int        *day)
{
  if (strlen (text) != 5 || text[2] != '-' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  *month = (text[0] - '0') * 10 + (text[1] - '0');
  *day = (text[3] - '0') * 10 + (text[4] - '0');

  return *month >= 1 && *month <= 12 && *day >= 1 &&
         g_date_valid_dmy (*day, *month, 2025);
}

static gboolean
read_window (JsonObject  *object,
             const char  *path,
             Window      *window,
             GError     **error)
{
  g_autofree char *from_path = g_strconcat (path, ".from", NULL);
  g_autofree char *to_path = g_strconcat (path, ".to", NULL);
  const char *from = NULL;
  const char *to = NULL;

  if (!get_string (object, "from", FALSE, from_path, &from, error) ||
      !get_string (object, "to", FALSE, to_path, &to, error))
    return FALSE;

  if (!parse_month_day (from, &window->from_month, &window->from_day))
    {
      set_problem (error, from_path);
      return FALSE;
    }

  /* A window ends in the year it starts. */
  if (!parse_month_day (to, &window->to_month, &window->to_day) ||
      window->to_month * 100 + window->to_day < window->from_month * 100 + window->from_day)
    {
      set_problem (error, to_path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_window_member (JsonObject  *object,
                    const char  *name,
                    const char  *path,
                    Window      *window,
                    GError     **error)
{
  JsonObject *window_object;

  if (!(window_object = get_object (object, name, path, error)))
    return FALSE;

  return read_window (window_object, path, window, error);
}

/* Reads an array of known dates. @numbered entries (Council sessions) have
 * a unique "number", say whether they are "confirmed", and may lack an end;
 * @start_optional ones may lack a start.
 */
static gboolean
read_known_dates (JsonObject  *object,
                  const char  *name,
                  const char  *path,
                  gboolean     numbered,
                  gboolean     start_optional,
                  GArray      *out,
                  GError     **error)
{
  JsonArray *array;
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (!(array = get_array (object, name, path, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      g_autofree char *start_path = g_strconcat (item_path, ".start", NULL);
      g_autofree char *end_path = g_strconcat (item_path, ".end", NULL);
      g_autofree char *source_path = g_strconcat (item_path, ".source", NULL);
      KnownDates known = { 0 };
      JsonObject *entry;
      const char *source = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_problem (error, item_path);
          return FALSE;
        }
      entry = json_node_get_object (node);

      if (numbered)
        {
          g_autofree char *number_path = g_strconcat (item_path, ".number", NULL);
          JsonNode *number = json_object_get_member (entry, "number");
          gint64 value;

          if (number == NULL || !JSON_NODE_HOLDS_VALUE (number) ||
              json_node_get_value_type (number) != G_TYPE_INT64 ||
              (value = json_node_get_int (number)) < 1 || value > 1000 ||
              g_hash_table_contains (numbers, GINT_TO_POINTER (value)))
            {
              set_problem (error, number_path);
              return FALSE;
            }

          known.number = value;
          g_hash_table_add (numbers, GINT_TO_POINTER (value));
        }

      if (!get_day (entry, "start", start_optional, start_path, &known.start, error) ||
          !get_day (entry, "end", numbered, end_path, &known.end, error))
        return FALSE;

      if (g_date_valid (&known.start) && g_date_valid (&known.end) &&
          g_date_compare (&known.end, &known.start) < 0)
        {
          set_problem (error, end_path);
          return FALSE;
        }

      if (numbered)
        {
          JsonNode *confirmed = json_object_get_member (entry, "confirmed");

          if (confirmed == NULL || !JSON_NODE_HOLDS_VALUE (confirmed) ||
              json_node_get_value_type (confirmed) != G_TYPE_BOOLEAN)
            {
              g_autofree char *confirmed_path = g_strconcat (item_path, ".confirmed", NULL);

              set_problem (error, confirmed_path);
              return FALSE;
            }
          known.confirmed = json_node_get_boolean (confirmed);

          /* A confirmed session has both its days. */
          if (known.confirmed && !g_date_valid (&known.end))
            {
              set_problem (error, end_path);
              return FALSE;
            }
        }
      else
        known.confirmed = TRUE;

      if (!get_string (entry, "source", FALSE, source_path, &source, error))
        return FALSE;
      if (!is_web_address (source))
        {
          set_problem (error, source_path);
          return FALSE;
        }
      known.source = g_strdup (source);

      g_array_append_val (out, known);
    }

  return TRUE;
}

static JsonNode *
parse_json (GBytes  *bytes,
            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) json_error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size == 0 || size > MAX_FILE_SIZE || !g_utf8_validate (data, size, NULL) ||
      !json_parser_load_from_data (parser, data, size, &json_error) ||
      json_parser_get_root (parser) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      if (json_error != NULL)
        g_debug ("The bundled calendar is not valid JSON: %s", json_error->message);
      set_problem (error, "/");
      return NULL;
    }

  return json_node_copy (json_parser_get_root (parser));
}

/*
 * Items of a year
 */

static gboolean
window_dates (const Window *window,
              int           year,
              GDate        *start,
              GDate        *end)
{
  if (!g_date_valid_year (year))
    return FALSE;

  g_date_clear (start, 1);
  g_date_clear (end, 1);
  g_date_set_dmy (start, window->from_day, window->from_month, year);
  g_date_set_dmy (end, window->to_day, window->to_month, year);

  return TRUE;
}

static RelayAgendaItem *
new_bundled_item (RelayAgendaKind  kind,
                  const char      *uid,
                  const char      *title,
                  const GDate     *start,
                  const GDate     *end,
                  gboolean         expected,
                  const char      *url,
                  const char      *note)
{
  g_autofree char *start_text = relay_agenda_format_day (start);
  g_autofree char *end_text = g_date_compare (start, end) < 0 ? relay_agenda_format_day (end) : NULL;
  RelayAgendaItem *item;

  item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_BUNDLED, kind, title, start_text, end_text);
  g_object_set (item,
                "uid", uid,
                "expected", expected,
                "url", url,
                "note", note,
                NULL);

  return item;
}

static gboolean
in_window (const Window *window,
           const GDate  *day)
{
  GDate start, end;

  if (!window_dates (window, g_date_get_year (day), &start, &end))
    return FALSE;

  return g_date_compare (&start, day) <= 0 && g_date_compare (day, &end) <= 0;
}

static void
add_hrc_year (RelayCalendarData *data,
              int                year,
              GPtrArray         *items)
{
  g_autofree gboolean *filled = g_new0 (gboolean, data->hrc_windows->len);

  for (guint i = 0; i < data->hrc_sessions->len; i++)
    {
      const KnownDates *session = &g_array_index (data->hrc_sessions, KnownDates, i);
      g_autofree char *uid = NULL;
      g_autofree char *title = NULL;
      const char *note;
      GDate end = session->end;

      if (g_date_get_year (&session->start) != year)
        continue;

      /* Without an end, the session is known to end by its window's end. */
      for (guint w = 0; w < data->hrc_windows->len; w++)
        {
          const Window *window = &g_array_index (data->hrc_windows, Window, w);
          GDate window_start, window_end;

          if (!in_window (window, &session->start))
            continue;

          filled[w] = TRUE;
          if (!g_date_valid (&end) && window_dates (window, year, &window_start, &window_end))
            end = window_end;
        }

      if (!g_date_valid (&end))
        end = session->start;

      uid = g_strdup_printf ("un-hrc-session-%u", session->number);
      /* Translators: %u is the number of a session of the Council ("61") */
      title = g_strdup_printf (_("Human Rights Council, session %u"), session->number);
      if (session->confirmed)
        note = _("Special procedures present their reports to the Council during the session: "
                 "a chance to raise your cases with them in Geneva.");
      else
        note = _("Only the first day comes from an unofficial source; the dates are not "
                 "confirmed yet.");

      g_ptr_array_add (items, new_bundled_item (RELAY_AGENDA_KIND_HRC_SESSION, uid, title,
                                                &session->start, &end, !session->confirmed,
                                                session->source, note));
    }

  for (guint w = 0; w < data->hrc_windows->len; w++)
    {
      const Window *window = &g_array_index (data->hrc_windows, Window, w);
      g_autofree char *uid = NULL;
      GDate start, end;

      if (filled[w] || !window_dates (window, year, &start, &end))
        continue;

      uid = g_strdup_printf ("un-hrc-window-%d-%u", year, w + 1);
      g_ptr_array_add (items,
                       new_bundled_item (RELAY_AGENDA_KIND_HRC_SESSION, uid,
                                         _("Human Rights Council regular session"),
                                         &start, &end, TRUE, NULL,
                                         _("The dates are not confirmed yet: the Council usually "
                                           "holds its regular sessions in February to April, "
                                           "June to July and September to October.")));
    }
}

/* The known dates of @year in @known, else NULL. */
static const KnownDates *
find_year (GArray *known,
           int     year)
{
  for (guint i = 0; i < known->len; i++)
    {
      const KnownDates *dates = &g_array_index (known, KnownDates, i);

      if (g_date_get_year (&dates->end) == year)
        return dates;
    }

  return NULL;
}

static void
add_reprisals_year (RelayCalendarData *data,
                    int                year,
                    GPtrArray         *items)
{
  const KnownDates *known = find_year (data->reprisals_deadlines, year);
  g_autofree char *uid = g_strdup_printf ("un-reprisals-call-%d", year);
  g_autofree char *note = NULL;
  GDate start, end;

  if (!window_dates (&data->reprisals_window, year, &start, &end))
    return;

  if (known != NULL)
    {
      end = known->end;
      if (g_date_valid (&known->start))
        start = known->start;
      if (g_date_compare (&start, &end) > 0)
        start = end;

      /* Translators: %s is an e-mail address (reprisals@ohchr.org) */
      note = g_strdup_printf (_("The UN collects cases of intimidation and reprisal for "
                                "cooperating with it, for the Secretary-General’s annual report. "
                                "Send cases to %s by the last day."),
                              data->reprisals_email);
    }
  else
    /* Translators: %s is an e-mail address (reprisals@ohchr.org) */
    note = g_strdup_printf (_("Each spring the UN collects cases of intimidation and reprisal for "
                              "cooperating with it, for the Secretary-General’s annual report to "
                              "the Human Rights Council in September. The deadline is usually in "
                              "May and is not confirmed yet; send cases to %s."),
                            data->reprisals_email);

  g_ptr_array_add (items,
                   new_bundled_item (RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL, uid,
                                     _("Call for the Secretary-General’s report on reprisals"),
                                     &start, &end, known == NULL, data->reprisals_url, note));
}

static void
add_general_assembly_year (RelayCalendarData *data,
                           int                year,
                           GPtrArray         *items)
{
  const KnownDates *known = find_year (data->ga_sessions, year);
  g_autofree char *uid = g_strdup_printf ("un-ga-third-committee-%d", year);
  GDate start, end;

  if (!window_dates (&data->ga_window, year, &start, &end))
    return;

  if (known != NULL)
    {
      start = known->start;
      end = known->end;
    }

  g_ptr_array_add (items,
                   new_bundled_item (RELAY_AGENDA_KIND_GENERAL_ASSEMBLY, uid,
                                     _("General Assembly Third Committee"),
                                     &start, &end, known == NULL,
                                     known != NULL ? known->source : NULL,
                                     known != NULL
                                     ? _("The Third Committee meets in New York; its dialogues "
                                         "with the special procedures are a chance to raise "
                                         "your concerns.")
                                     : _("The Third Committee meets in New York in October and "
                                         "November; its dialogues with the special procedures "
                                         "are mostly from mid-October to early November. The "
                                         "dates are not confirmed yet.")));
}

/*
 * Private API
 */

void
_relay_calendar_data_free (RelayCalendarData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->data_date, g_free);
  g_clear_pointer (&data->hrc_windows, g_array_unref);
  g_clear_pointer (&data->hrc_sessions, g_array_unref);
  g_clear_pointer (&data->reprisals_email, g_free);
  g_clear_pointer (&data->reprisals_url, g_free);
  g_clear_pointer (&data->reprisals_deadlines, g_array_unref);
  g_clear_pointer (&data->ga_sessions, g_array_unref);
  g_free (data);
}

/* Reads and checks a whole calendar file; nothing is returned unless
 * everything in it is right.
 */
RelayCalendarData *
_relay_calendar_data_parse (GBytes  *bytes,
                            GError **error)
{
  g_autoptr(RelayCalendarData) data = g_new0 (RelayCalendarData, 1);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object, *hrc, *reprisals, *ga;
  JsonArray *windows;
  JsonNode *format;
  const char *text = NULL;
  GDate data_date;

  g_return_val_if_fail (bytes != NULL, NULL);

  data->hrc_windows = g_array_new (FALSE, TRUE, sizeof (Window));
  data->hrc_sessions = new_known_dates_array ();
  data->reprisals_deadlines = new_known_dates_array ();
  data->ga_sessions = new_known_dates_array ();

  if (!(root = parse_json (bytes, error)))
    return NULL;
  object = json_node_get_object (root);

  /* The format first: a newer one may differ in everything else. */
  format = json_object_get_member (object, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_INT64 ||
      json_node_get_int (format) != RELAY_CALENDAR_FORMAT)
    {
      set_problem (error, "format");
      return NULL;
    }

  if (!get_day (object, "data_date", FALSE, "data_date", &data_date, error))
    return NULL;
  data->data_date = relay_agenda_format_day (&data_date);

  if (!(hrc = get_object (object, "hrc", "hrc", error)) ||
      !(windows = get_array (hrc, "usual_windows", "hrc.usual_windows", error)))
    return NULL;

  if (json_array_get_length (windows) == 0)
    {
      set_problem (error, "hrc.usual_windows");
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (windows); i++)
    {
      g_autofree char *path = g_strdup_printf ("hrc.usual_windows[%u]", i);
      JsonNode *node = json_array_get_element (windows, i);
      Window window;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_problem (error, path);
          return NULL;
        }

      if (!read_window (json_node_get_object (node), path, &window, error))
        return NULL;

      g_array_append_val (data->hrc_windows, window);
    }

  if (!read_known_dates (hrc, "sessions", "hrc.sessions", TRUE, FALSE, data->hrc_sessions, error))
    return NULL;

  if (!(reprisals = get_object (object, "reprisals_report", "reprisals_report", error)) ||
      !get_string (reprisals, "email", FALSE, "reprisals_report.email", &text, error))
    return NULL;
  if (strchr (text, '@') == NULL)
    {
      set_problem (error, "reprisals_report.email");
      return NULL;
    }
  data->reprisals_email = g_strdup (text);

  if (!get_string (reprisals, "url", FALSE, "reprisals_report.url", &text, error))
    return NULL;
  if (!is_web_address (text))
    {
      set_problem (error, "reprisals_report.url");
      return NULL;
    }
  data->reprisals_url = g_strdup (text);

  if (!read_window_member (reprisals, "usual_window", "reprisals_report.usual_window",
                           &data->reprisals_window, error) ||
      !read_known_dates (reprisals, "deadlines", "reprisals_report.deadlines", FALSE, TRUE,
                         data->reprisals_deadlines, error))
    return NULL;

  if (!(ga = get_object (object, "ga_third_committee", "ga_third_committee", error)) ||
      !read_window_member (ga, "usual_window", "ga_third_committee.usual_window",
                           &data->ga_window, error) ||
      !read_known_dates (ga, "sessions", "ga_third_committee.sessions", FALSE, FALSE,
                         data->ga_sessions, error))
    return NULL;

  return g_steal_pointer (&data);
}

const char *
_relay_calendar_data_get_date (RelayCalendarData *data)
{
  g_assert (data != NULL);

  return data->data_date;
}

/* Adds the bundled items of @year to @items. */
void
_relay_calendar_data_add_year (RelayCalendarData *data,
                               int                year,
                               GPtrArray         *items)
{
  g_assert (data != NULL);
  g_assert (items != NULL);

  if (!g_date_valid_year (year))
    return;

  add_hrc_year (data, year, items);
  add_reprisals_year (data, year, items);
  add_general_assembly_year (data, year, items);
}
