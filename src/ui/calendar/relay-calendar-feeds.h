/* relay-calendar-feeds.h — the subscribed calendars and their state
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_CALENDAR_FEEDS (relay_calendar_feeds_get_type ())

G_DECLARE_FINAL_TYPE (RelayCalendarFeeds, relay_calendar_feeds, RELAY, CALENDAR_FEEDS, GObject)

RelayCalendarFeeds *relay_calendar_feeds_new          (RelayAgenda         *agenda,
                                                       RelayHttp           *http,
                                                       GSettings           *settings);
RelayAgenda        *relay_calendar_feeds_get_agenda   (RelayCalendarFeeds  *self);
GStrv               relay_calendar_feeds_dup_urls     (RelayCalendarFeeds  *self);
char               *relay_calendar_feeds_add          (RelayCalendarFeeds  *self,
                                                       const char          *address,
                                                       GError             **error);
gboolean            relay_calendar_feeds_remove       (RelayCalendarFeeds  *self,
                                                       const char          *url,
                                                       GError             **error);
void                relay_calendar_feeds_refresh      (RelayCalendarFeeds  *self,
                                                       const char          *url);
void                relay_calendar_feeds_refresh_all  (RelayCalendarFeeds  *self);
gboolean            relay_calendar_feeds_is_fetching  (RelayCalendarFeeds  *self,
                                                       const char          *url);
gboolean            relay_calendar_feeds_is_busy      (RelayCalendarFeeds  *self);
const char         *relay_calendar_feeds_get_error    (RelayCalendarFeeds  *self,
                                                       const char          *url);
char               *relay_calendar_feeds_dup_status   (RelayCalendarFeeds  *self,
                                                       const char          *url,
                                                       gboolean            *is_error);

G_END_DECLS
