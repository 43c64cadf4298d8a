/* relay-timeline-entry.h
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

#include <glib-object.h>

#include "relay-types.h"

G_BEGIN_DECLS

#define RELAY_TYPE_TIMELINE_ENTRY (relay_timeline_entry_get_type ())

G_DECLARE_FINAL_TYPE (RelayTimelineEntry, relay_timeline_entry, RELAY, TIMELINE_ENTRY, GObject)

RelayTimelineEntry *relay_timeline_entry_new            (void);
const char         *relay_timeline_entry_get_date       (RelayTimelineEntry *self);
void                relay_timeline_entry_set_date       (RelayTimelineEntry *self,
                                                         const char         *date);
RelayTimelineKind   relay_timeline_entry_get_kind       (RelayTimelineEntry *self);
void                relay_timeline_entry_set_kind       (RelayTimelineEntry *self,
                                                         RelayTimelineKind   kind);
const char         *relay_timeline_entry_get_reference  (RelayTimelineEntry *self);
void                relay_timeline_entry_set_reference  (RelayTimelineEntry *self,
                                                         const char         *reference);
const char         *relay_timeline_entry_get_note       (RelayTimelineEntry *self);
void                relay_timeline_entry_set_note       (RelayTimelineEntry *self,
                                                         const char         *note);
const char         *relay_timeline_entry_get_mandate_id (RelayTimelineEntry *self);
void                relay_timeline_entry_set_mandate_id (RelayTimelineEntry *self,
                                                         const char         *mandate_id);
RelayCommunicationType
                    relay_timeline_entry_get_communication_type (RelayTimelineEntry *self);
void                relay_timeline_entry_set_communication_type (RelayTimelineEntry     *self,
                                                                 RelayCommunicationType  type);
const char         *relay_timeline_entry_get_deadline   (RelayTimelineEntry *self);
void                relay_timeline_entry_set_deadline   (RelayTimelineEntry *self,
                                                         const char         *deadline);
const char         *relay_timeline_entry_get_url        (RelayTimelineEntry *self);
void                relay_timeline_entry_set_url        (RelayTimelineEntry *self,
                                                         const char         *url);
char               *relay_timeline_entry_dup_date_label (RelayTimelineEntry *self);

G_END_DECLS
