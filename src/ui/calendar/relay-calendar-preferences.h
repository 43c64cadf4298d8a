/* relay-calendar-preferences.h — the Calendar page of Preferences
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

#include "relay-calendar-feeds.h"

G_BEGIN_DECLS

#define RELAY_TYPE_CALENDAR_PREFERENCES (relay_calendar_preferences_get_type ())

G_DECLARE_FINAL_TYPE (RelayCalendarPreferences, relay_calendar_preferences, RELAY, CALENDAR_PREFERENCES, AdwPreferencesPage)

void        relay_calendar_preferences_set_settings   (RelayCalendarPreferences *self,
                                                       GSettings                *settings);
void        relay_calendar_preferences_set_feeds      (RelayCalendarPreferences *self,
                                                       RelayCalendarFeeds       *feeds);
gboolean    relay_calendar_preferences_add_feed       (RelayCalendarPreferences *self,
                                                       const char               *address);
const char *relay_calendar_preferences_get_add_status (RelayCalendarPreferences *self);

G_END_DECLS
