/* relay-calendar-page.h — the Calendar view of the main window
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

#include "relay-event-dialog.h"

G_BEGIN_DECLS

/* The choices of the page's filter, in the order of its list. */
typedef enum
{
  RELAY_CALENDAR_FILTER_ALL,
  RELAY_CALENDAR_FILTER_CASES,
  RELAY_CALENDAR_FILTER_UN,
  RELAY_CALENDAR_FILTER_MINE,
  RELAY_CALENDAR_FILTER_FEEDS,
} RelayCalendarFilter;

#define RELAY_TYPE_CALENDAR_PAGE (relay_calendar_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayCalendarPage, relay_calendar_page, RELAY, CALENDAR_PAGE, AdwBin)

void              relay_calendar_page_set_agenda      (RelayCalendarPage    *self,
                                                       RelayAgenda          *agenda);
RelayAgenda      *relay_calendar_page_get_agenda      (RelayCalendarPage    *self);
void              relay_calendar_page_set_error       (RelayCalendarPage    *self,
                                                       const GError         *error);
void              relay_calendar_page_set_filter      (RelayCalendarPage    *self,
                                                       RelayCalendarFilter   filter);
guint             relay_calendar_filter_get_kinds     (RelayCalendarFilter   filter);
void              relay_calendar_page_select_day      (RelayCalendarPage    *self,
                                                       const GDate          *day);
gboolean          relay_calendar_page_get_day         (RelayCalendarPage    *self,
                                                       GDate                *day);
void              relay_calendar_page_show_month      (RelayCalendarPage    *self,
                                                       int                   year,
                                                       int                   month);
guint32           relay_calendar_page_get_marked_days (RelayCalendarPage    *self);
void              relay_calendar_page_set_show_past   (RelayCalendarPage    *self,
                                                       gboolean              show_past);
RelayEventDialog *relay_calendar_page_add_event       (RelayCalendarPage    *self);
RelayEventDialog *relay_calendar_page_edit_event      (RelayCalendarPage    *self,
                                                       const char           *uid);
void              relay_calendar_page_export          (RelayCalendarPage    *self,
                                                       const char           *case_uuid);
gboolean          relay_calendar_page_export_to_file  (RelayCalendarPage    *self,
                                                       GFile                *file,
                                                       const char           *case_uuid,
                                                       gboolean              include_case_details,
                                                       GError              **error);
const char       *relay_calendar_page_get_state       (RelayCalendarPage    *self);

G_END_DECLS
