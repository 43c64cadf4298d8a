/* relay-application.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

#include "calendar/relay-calendar-feeds.h"
#include "relay-reminders.h"

G_BEGIN_DECLS

#define RELAY_TYPE_APPLICATION (relay_application_get_type ())

G_DECLARE_FINAL_TYPE (RelayApplication, relay_application, RELAY, APPLICATION, AdwApplication)

RelayApplication *relay_application_new           (const char        *application_id,
                                                   GApplicationFlags  flags);
RelayStore       *relay_application_get_store     (RelayApplication  *self);
const GError     *relay_application_get_store_error (RelayApplication *self);
GSettings        *relay_application_get_settings  (RelayApplication  *self);
RelayDirectory   *relay_application_get_directory (RelayApplication  *self);
const GError     *relay_application_get_directory_error (RelayApplication *self);
RelayHttp        *relay_application_get_http      (RelayApplication  *self);
RelaySecrets     *relay_application_get_secrets   (RelayApplication  *self);
void              relay_application_set_mail_ca_file (RelayApplication *self,
                                                      const char       *ca_file);
const char       *relay_application_get_mail_ca_file (RelayApplication *self);
RelayAgenda      *relay_application_get_agenda    (RelayApplication  *self);
RelayCalendarFeeds *relay_application_get_calendar_feeds (RelayApplication *self);
RelayReminders   *relay_application_get_reminders (RelayApplication  *self);

G_END_DECLS
