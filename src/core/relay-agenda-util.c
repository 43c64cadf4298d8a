/* relay-agenda-util.c
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

#include "relay-agenda-item.h"
#include "relay-core-private.h"

/*
 * The calendar's kinds, origins and groups, its errors, and calendar days
 */

/* Short case references ("case 3F2A9C") take this many characters. */
#define CASE_REFERENCE_LENGTH 6

/**
 * relay_agenda_kind_get_label:
 * @kind: a #RelayAgendaKind
 *
 * Gets the translated name of @kind, for display and filters.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_agenda_kind_get_label (RelayAgendaKind kind)
{
  switch (kind)
    {
    case RELAY_AGENDA_KIND_REPLY_DEADLINE:
      return C_("agenda kind", "Reply deadline");
    case RELAY_AGENDA_KIND_CHECK_REPLY:
      return C_("agenda kind", "Check for a reply");
    case RELAY_AGENDA_KIND_FOLLOW_UP:
      return C_("agenda kind", "Follow-up");
    case RELAY_AGENDA_KIND_HRC_SESSION:
      return C_("agenda kind", "Human Rights Council session");
    case RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL:
      return C_("agenda kind", "Reprisals report call");
    case RELAY_AGENDA_KIND_GENERAL_ASSEMBLY:
      return C_("agenda kind", "General Assembly");
    case RELAY_AGENDA_KIND_CALL_FOR_INPUT:
      return C_("agenda kind", "Call for input");
    case RELAY_AGENDA_KIND_COUNTRY_VISIT:
      return C_("agenda kind", "Country visit");
    case RELAY_AGENDA_KIND_CUSTOM:
      return C_("agenda kind", "Reminder");
    case RELAY_AGENDA_KIND_FEED:
      return C_("agenda kind", "Subscribed calendar");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_agenda_kind_is_task:
 * @kind: a #RelayAgendaKind
 *
 * Whether items of @kind ask the user to act by their last day: checking
 * for a reply, following up, answering a call (for input or for the
 * reprisals report) and the user's own reminders. Other dates (a
 * government's deadline, a session, a visit, a feed's events) only pass.
 *
 * Returns: %TRUE for a task
 */
gboolean
relay_agenda_kind_is_task (RelayAgendaKind kind)
{
  switch (kind)
    {
    case RELAY_AGENDA_KIND_CHECK_REPLY:
    case RELAY_AGENDA_KIND_FOLLOW_UP:
    case RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL:
    case RELAY_AGENDA_KIND_CALL_FOR_INPUT:
    case RELAY_AGENDA_KIND_CUSTOM:
      return TRUE;
    case RELAY_AGENDA_KIND_REPLY_DEADLINE:
    case RELAY_AGENDA_KIND_HRC_SESSION:
    case RELAY_AGENDA_KIND_GENERAL_ASSEMBLY:
    case RELAY_AGENDA_KIND_COUNTRY_VISIT:
    case RELAY_AGENDA_KIND_FEED:
    default:
      return FALSE;
    }
}

/**
 * relay_agenda_kind_is_user_kind:
 * @kind: a #RelayAgendaKind
 *
 * Whether the user may add events of @kind: calls for input, country
 * visits, follow-ups and reminders. The others are computed, bundled or
 * come from feeds.
 *
 * Returns: %TRUE when the "Add event" dialog offers @kind
 */
gboolean
relay_agenda_kind_is_user_kind (RelayAgendaKind kind)
{
  return kind == RELAY_AGENDA_KIND_CALL_FOR_INPUT ||
         kind == RELAY_AGENDA_KIND_COUNTRY_VISIT ||
         kind == RELAY_AGENDA_KIND_FOLLOW_UP ||
         kind == RELAY_AGENDA_KIND_CUSTOM;
}

/**
 * relay_agenda_origin_get_label:
 * @origin: a #RelayAgendaOrigin
 *
 * Gets the translated name of @origin, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_agenda_origin_get_label (RelayAgendaOrigin origin)
{
  switch (origin)
    {
    case RELAY_AGENDA_ORIGIN_COMPUTED:
      return C_("agenda origin", "From the case’s history");
    case RELAY_AGENDA_ORIGIN_BUNDLED:
      return C_("agenda origin", "UN calendar");
    case RELAY_AGENDA_ORIGIN_USER:
      return C_("agenda origin", "Added by you");
    case RELAY_AGENDA_ORIGIN_FEED:
      return C_("agenda origin", "Subscribed calendar");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_agenda_group_get_label:
 * @group: a #RelayAgendaGroup
 *
 * Gets the translated heading of @group.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_agenda_group_get_label (RelayAgendaGroup group)
{
  switch (group)
    {
    case RELAY_AGENDA_GROUP_OVERDUE:
      return C_("agenda group", "Overdue");
    case RELAY_AGENDA_GROUP_NEXT_30_DAYS:
      return C_("agenda group", "Next 30 Days");
    case RELAY_AGENDA_GROUP_LATER:
      return C_("agenda group", "Later");
    case RELAY_AGENDA_GROUP_PAST:
      return C_("agenda group", "Past");
    case RELAY_AGENDA_GROUP_DONE:
      return C_("agenda group", "Done");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_agenda_case_reference:
 * @case_uuid: (nullable): the id of a case
 *
 * Makes the short reference of a case used where the case must not be
 * named, such as an exported calendar: the first six letters and digits of
 * its id, in capitals ("3F2A9C"). The case page can show it, so the user
 * recognises the case.
 *
 * Returns: (transfer full): the reference, "" for no case
 */
char *
relay_agenda_case_reference (const char *case_uuid)
{
  GString *reference = g_string_new (NULL);

  for (const char *p = case_uuid; p != NULL && *p != '\0'; p++)
    {
      if (reference->len == CASE_REFERENCE_LENGTH)
        break;
      if (g_ascii_isalnum (*p))
        g_string_append_c (reference, g_ascii_toupper (*p));
    }

  return g_string_free (reference, FALSE);
}

/**
 * relay_agenda_parse_day:
 * @text: (nullable): a day, "YYYY-MM-DD"
 * @date: (out caller-allocates): where to put the day
 *
 * Reads a calendar day. A date and time ("2026-03-14T09:00:00Z") counts
 * as its day, as written.
 *
 * Returns: %TRUE when @text is a valid day; @date is then set
 */
gboolean
relay_agenda_parse_day (const char *text,
                        GDate      *date)
{
  int year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || !_relay_parse_date (text, &year, &month, &day) || day == 0 ||
      year > 9999)
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

/**
 * relay_agenda_format_day:
 * @date: a valid day
 *
 * Writes a day as "YYYY-MM-DD".
 *
 * Returns: (transfer full): the day
 */
char *
relay_agenda_format_day (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

/**
 * relay_agenda_date_from_date_time:
 * @date_time: a moment
 * @date: (out caller-allocates): where to put its day
 *
 * Gets the calendar day of @date_time in its own time zone.
 */
void
relay_agenda_date_from_date_time (GDateTime *date_time,
                                  GDate     *date)
{
  int year, month, day;

  g_return_if_fail (date_time != NULL);
  g_return_if_fail (date != NULL);

  g_date_time_get_ymd (date_time, &year, &month, &day);
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/**
 * relay_agenda_today:
 * @zone: (nullable): the user's time zone, or %NULL for the local one
 * @today: (out caller-allocates): where to put the day
 *
 * Gets the current day in @zone. Deadlines are calendar days in the
 * user's time zone, so this is the "today" the agenda compares them with.
 */
void
relay_agenda_today (GTimeZone *zone,
                    GDate     *today)
{
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (today != NULL);

  if (zone != NULL)
    now = g_date_time_new_now (zone);
  else
    now = g_date_time_new_now_local ();

  relay_agenda_date_from_date_time (now, today);
}

/**
 * RelayAgendaError:
 * @RELAY_AGENDA_ERROR_FAILED: an unexpected problem
 * @RELAY_AGENDA_ERROR_INVALID_EVENT: an event cannot be saved as it is (no
 *   title, dates that are not valid...); nothing was saved
 * @RELAY_AGENDA_ERROR_NOT_FOUND: the event no longer exists
 * @RELAY_AGENDA_ERROR_INVALID_DATA: the calendar data bundled with Relay is
 *   damaged
 * @RELAY_AGENDA_ERROR_INVALID_FEED: a subscribed feed is not an iCalendar
 *   file Relay can read; its events already imported stay
 * @RELAY_AGENDA_ERROR_FEED_TOO_LARGE: a feed is too large; its events
 *   already imported stay
 *
 * Errors of the calendar. Their messages are translated, and say what to do.
 */
G_DEFINE_QUARK (relay-agenda-error-quark, relay_agenda_error)
