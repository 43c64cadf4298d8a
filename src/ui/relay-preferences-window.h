/* relay-preferences-window.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

#include "calendar/relay-calendar-feeds.h"

G_BEGIN_DECLS

#define RELAY_TYPE_PREFERENCES_WINDOW (relay_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RelayPreferencesWindow, relay_preferences_window, RELAY, PREFERENCES_WINDOW, AdwPreferencesWindow)

RelayPreferencesWindow *relay_preferences_window_new          (GSettings              *settings,
                                                               RelayDirectory         *directory,
                                                               RelayHttp              *http,
                                                               RelaySecrets           *secrets);
void                    relay_preferences_window_check_updates (RelayPreferencesWindow *self);
const char             *relay_preferences_window_get_status    (RelayPreferencesWindow *self);
void                    relay_preferences_window_set_calendar_feeds (RelayPreferencesWindow *self,
                                                                     RelayCalendarFeeds     *feeds);
void                    relay_preferences_window_show_calendar (RelayPreferencesWindow *self);

G_END_DECLS
