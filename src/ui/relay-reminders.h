/* relay-reminders.h
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

#pragma once

#include <gio/gio.h>
#include <relay/relay.h>

G_BEGIN_DECLS

/* Where notifications go: @reminder says what @notification says, and
 * both are %NULL to withdraw the notification with @id. */
typedef void (*RelayReminderSink) (const char          *id,
                                   const RelayReminder *reminder,
                                   GNotification       *notification,
                                   gpointer             user_data);

#define RELAY_TYPE_REMINDERS (relay_reminders_get_type ())

G_DECLARE_FINAL_TYPE (RelayReminders, relay_reminders, RELAY, REMINDERS, GObject)

RelayReminders *relay_reminders_new       (RelayAgenda       *agenda,
                                           GSettings         *settings);
void            relay_reminders_set_sink  (RelayReminders    *self,
                                           RelayReminderSink  sink,
                                           gpointer           user_data,
                                           GDestroyNotify     destroy);
void            relay_reminders_set_today (RelayReminders    *self,
                                           const GDate       *today);
guint           relay_reminders_check     (RelayReminders    *self);
void            relay_reminders_start     (RelayReminders    *self);
gboolean        relay_reminders_get_started (RelayReminders  *self);

G_END_DECLS
