/* relay-ical-export.c
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

#include "relay-agenda-private.h"
#include "relay-ical.h"

/*
 * Exporting the agenda to iCalendar (RFC 5545) with libical
 *
 * Every item is an all-day VEVENT: DTSTART;VALUE=DATE on its first day and
 * DTEND;VALUE=DATE on the day after its last, as GNOME Calendar,
 * Thunderbird and Outlook expect. UIDs are the items' stable ids, so a
 * calendar that imports the file again updates its events instead of
 * doubling them. libical escapes and folds the text.
 *
 * An exported file leaves this computer, so by default it says nothing of
 * a case that could identify someone: an item of a case is titled with
 * the case's short reference ("Reply window ends — case 3F2A9C") and
 * carries only Relay's own explanation, never the case's title, the
 * communication's reference, the user's notes or links about the case.
 */

static struct icaltimetype
day_to_ical (const GDate *day)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (day);
  t.month = g_date_get_month (day);
  t.day = g_date_get_day (day);
  t.is_date = 1;

  return t;
}

static void
add_x_property (icalcomponent *component,
                const char    *name,
                const char    *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (component, property);
}

static char *
dup_description (RelayAgendaItem *item,
                 gboolean         case_details_allowed)
{
  RelayAgendaOrigin origin = relay_agenda_item_get_origin (item);
  const char *note = relay_agenda_item_get_note (item);
  GString *description = g_string_new (NULL);

  /* Relay's own notes on computed and bundled dates name nothing; the
   * user's notes on a case may.
   */
  if (*note != '\0' &&
      (origin == RELAY_AGENDA_ORIGIN_COMPUTED || origin == RELAY_AGENDA_ORIGIN_BUNDLED ||
       case_details_allowed))
    g_string_append (description, note);

  if (relay_agenda_item_get_expected (item) &&
      origin != RELAY_AGENDA_ORIGIN_COMPUTED && origin != RELAY_AGENDA_ORIGIN_BUNDLED)
    {
      if (description->len > 0)
        g_string_append (description, "\n\n");
      g_string_append (description, _("The dates are not confirmed."));
    }

  return g_string_free (description, FALSE);
}

static icalcomponent *
new_event (RelayAgendaItem *item,
           gboolean         include_case_details,
           struct icaltimetype stamp)
{
  gboolean has_case = *relay_agenda_item_get_case_uuid (item) != '\0';
  gboolean case_details_allowed = !has_case || include_case_details;
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  const char *url = relay_agenda_item_get_url (item);
  icalcomponent *event;
  GDate after_last;

  event = icalcomponent_new_vevent ();

  uid = g_strconcat (relay_agenda_item_get_uid (item), "@", RELAY_ICAL_UID_DOMAIN, NULL);
  icalcomponent_set_uid (event, uid);
  icalcomponent_set_dtstamp (event, stamp);

  after_last = *relay_agenda_item_get_end (item);
  g_date_add_days (&after_last, 1);
  icalcomponent_add_property (event, icalproperty_new_dtstart (day_to_ical (relay_agenda_item_get_start (item))));
  icalcomponent_add_property (event, icalproperty_new_dtend (day_to_ical (&after_last)));

  summary = relay_agenda_item_dup_display_title (item, include_case_details);
  icalcomponent_set_summary (event, summary);

  description = dup_description (item, case_details_allowed);
  if (*description != '\0')
    icalcomponent_set_description (event, description);

  /* The communications database's address is the same for every case. */
  if (*url != '\0' &&
      (case_details_allowed ||
       (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_COMPUTED &&
        relay_agenda_item_get_kind (item) == RELAY_AGENDA_KIND_CHECK_REPLY)))
    icalcomponent_add_property (event, icalproperty_new_url (url));

  icalcomponent_add_property (event,
                              icalproperty_new_categories (relay_agenda_kind_get_label (relay_agenda_item_get_kind (item))));
  icalcomponent_set_status (event, relay_agenda_item_get_expected (item) ? ICAL_STATUS_TENTATIVE
                                                                          : ICAL_STATUS_CONFIRMED);
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  add_x_property (event, "X-RELAY-KIND",
                  relay_enum_to_nick (RELAY_TYPE_AGENDA_KIND, relay_agenda_item_get_kind (item)));

  return event;
}

/**
 * relay_ical_export:
 * @items: (element-type RelayAgendaItem): the items to export
 * @include_case_details: whether events of a case may carry the case's
 *   title, the communication's reference, the user's notes and the links
 *   about the case; %FALSE (the default the UI offers) names only the
 *   case's short reference
 * @now: (nullable): the time of the export (DTSTAMP), %NULL for now
 *
 * Writes items as an iCalendar file (VERSION 2.0) of all-day events with
 * stable UIDs. Items without a valid day are left out.
 *
 * Returns: (transfer full): the text of the .ics file
 */
char *
relay_ical_export (GPtrArray *items,
                   gboolean   include_case_details,
                   GDateTime *now)
{
  g_autoptr(GDateTime) current = NULL;
  g_autofree char *prodid = NULL;
  struct icaltimetype stamp;
  icalcomponent *calendar;
  char *buffer;
  char *text;

  g_return_val_if_fail (items != NULL, NULL);
  for (guint i = 0; i < items->len; i++)
    g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (g_ptr_array_index (items, i)), NULL);

  if (now == NULL)
    now = current = g_date_time_new_now_utc ();

  stamp = icaltime_from_timet_with_zone (g_date_time_to_unix (now), FALSE,
                                         icaltimezone_get_utc_timezone ());

  calendar = icalcomponent_new_vcalendar ();
  prodid = g_strdup_printf ("-//Relay//Relay %s//EN", PACKAGE_VERSION);
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  /* Translators: the name of an exported calendar, shown by calendar programs */
  add_x_property (calendar, "X-WR-CALNAME", _("Relay deadlines"));

  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);

      if (!g_date_valid (relay_agenda_item_get_start (item)) ||
          *relay_agenda_item_get_uid (item) == '\0')
        continue;

      icalcomponent_add_component (calendar, new_event (item, include_case_details, stamp));
    }

  buffer = icalcomponent_as_ical_string_r (calendar);
  text = g_strdup (buffer);
  icalmemory_free_buffer (buffer);
  icalcomponent_free (calendar);

  return text;
}
