/* relay-agenda.h
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

#pragma once

#include <gio/gio.h>

#include "relay-agenda-item.h"
#include "relay-case.h"
#include "relay-directory.h"
#include "relay-http.h"
#include "relay-ical.h"
#include "relay-store.h"
#include "relay-store-events.h"

G_BEGIN_DECLS

/* The reply window of a communication whose stated deadline was not
 * recorded: 60 days for urgent appeals and allegation letters (and when
 * the type is not known), 48 hours for other letters (law or policy).
 */
#define RELAY_AGENDA_REPLY_DAYS                  60
#define RELAY_AGENDA_REPLY_DAYS_OTHER_LETTER     2

/* Defaults of the follow-up delays (GSettings follow-up-weeks-*). */
#define RELAY_AGENDA_DEFAULT_WEEKS_ACKNOWLEDGING 4
#define RELAY_AGENDA_DEFAULT_WEEKS_OTHER         8

/* The newest format of the bundled calendar this build reads. */
#define RELAY_CALENDAR_FORMAT 1

/* Where the bundled calendar lives in the application's GResource. */
#define RELAY_CALENDAR_RESOURCE_PATH "/io/github/relayhr/Relay/calendar/calendar.json"

#define RELAY_TYPE_AGENDA (relay_agenda_get_type ())

G_DECLARE_FINAL_TYPE (RelayAgenda, relay_agenda, RELAY, AGENDA, GObject)

RelayAgenda     *relay_agenda_new                               (RelayStore           *store,
                                                                 RelayDirectory       *directory);
RelayStore      *relay_agenda_get_store                         (RelayAgenda          *self);
RelayDirectory  *relay_agenda_get_directory                     (RelayAgenda          *self);
void             relay_agenda_get_today                         (RelayAgenda          *self,
                                                                 GDate                *today);
void             relay_agenda_set_today                         (RelayAgenda          *self,
                                                                 const GDate          *today);
GTimeZone       *relay_agenda_get_time_zone                     (RelayAgenda          *self);
void             relay_agenda_set_time_zone                     (RelayAgenda          *self,
                                                                 GTimeZone            *zone);
guint            relay_agenda_get_follow_up_weeks_acknowledging (RelayAgenda          *self);
void             relay_agenda_set_follow_up_weeks_acknowledging (RelayAgenda          *self,
                                                                 guint                 weeks);
guint            relay_agenda_get_follow_up_weeks_other         (RelayAgenda          *self);
void             relay_agenda_set_follow_up_weeks_other         (RelayAgenda          *self,
                                                                 guint                 weeks);
guint            relay_agenda_get_kind_filter                   (RelayAgenda          *self);
void             relay_agenda_set_kind_filter                   (RelayAgenda          *self,
                                                                 guint                 kinds);

gboolean         relay_agenda_load_calendar_bytes               (RelayAgenda          *self,
                                                                 GBytes               *bytes,
                                                                 GError              **error);
gboolean         relay_agenda_load_default_calendar             (RelayAgenda          *self,
                                                                 GError              **error);
const char      *relay_agenda_get_calendar_date                 (RelayAgenda          *self);
gboolean         relay_agenda_reload                            (RelayAgenda          *self,
                                                                 GError              **error);

GListModel      *relay_agenda_get_items                         (RelayAgenda          *self);
GListModel      *relay_agenda_get_filtered_items                (RelayAgenda          *self);
GListModel      *relay_agenda_get_group                         (RelayAgenda          *self,
                                                                 RelayAgendaGroup      group);
RelayAgendaItem *relay_agenda_lookup                            (RelayAgenda          *self,
                                                                 const char           *uid);
guint32          relay_agenda_get_busy_days                     (RelayAgenda          *self,
                                                                 int                   year,
                                                                 int                   month);
GPtrArray       *relay_agenda_dup_due_items                     (RelayAgenda          *self,
                                                                 guint                 days,
                                                                 gboolean              include_overdue);
GPtrArray       *relay_agenda_dup_case_items                    (RelayAgenda          *self,
                                                                 const char           *case_uuid);
GPtrArray       *relay_agenda_compute_case_items                (RelayAgenda          *self,
                                                                 RelayCase            *kase);

gboolean         relay_agenda_set_done                          (RelayAgenda          *self,
                                                                 RelayAgendaItem      *item,
                                                                 gboolean              done,
                                                                 GError              **error);
gboolean         relay_agenda_add_event                         (RelayAgenda          *self,
                                                                 RelayAgendaItem      *item,
                                                                 GError              **error);
gboolean         relay_agenda_update_event                      (RelayAgenda          *self,
                                                                 RelayAgendaItem      *item,
                                                                 GError              **error);
gboolean         relay_agenda_delete_event                      (RelayAgenda          *self,
                                                                 const char           *uid,
                                                                 GError              **error);

gboolean         relay_agenda_import_feed                       (RelayAgenda          *self,
                                                                 const char           *feed_url,
                                                                 GBytes               *bytes,
                                                                 GError              **error);
void             relay_agenda_fetch_feed_async                  (RelayAgenda          *self,
                                                                 RelayHttp            *http,
                                                                 const char           *feed_url,
                                                                 GCancellable         *cancellable,
                                                                 GAsyncReadyCallback   callback,
                                                                 gpointer              user_data);
gboolean         relay_agenda_fetch_feed_finish                 (RelayAgenda          *self,
                                                                 GAsyncResult         *result,
                                                                 GError              **error);
gboolean         relay_agenda_remove_feed                       (RelayAgenda          *self,
                                                                 const char           *feed_url,
                                                                 GError              **error);

char            *relay_agenda_export                            (RelayAgenda          *self,
                                                                 const char           *case_uuid,
                                                                 gboolean              include_case_details);

G_END_DECLS
