/* relay-case-followup.h
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

#include "relay-agenda.h"
#include "relay-case.h"
#include "relay-store.h"
#include "relay-timeline-entry.h"

G_BEGIN_DECLS

RelayCaseStatus     relay_timeline_kind_get_case_status      (RelayTimelineKind   kind);
RelayCaseStatus     relay_case_get_timeline_status           (RelayCase          *kase);
gboolean            relay_case_update_status_from_timeline   (RelayCase          *kase);
gboolean            relay_case_recompute_status              (RelayCase          *kase);
gboolean            relay_case_close                         (RelayCase          *kase);
gboolean            relay_case_reopen                        (RelayCase          *kase);

gboolean            relay_timeline_entry_is_proof_of_sending (RelayTimelineEntry *entry);
gboolean            relay_timeline_entry_equal               (RelayTimelineEntry *a,
                                                              RelayTimelineEntry *b);
RelayTimelineEntry *relay_timeline_entry_copy                (RelayTimelineEntry *entry);
void                relay_timeline_entry_assign              (RelayTimelineEntry *entry,
                                                              RelayTimelineEntry *source);
gboolean            relay_case_find_timeline_entry           (RelayCase          *kase,
                                                              RelayTimelineEntry *entry,
                                                              guint              *position);

GPtrArray          *relay_case_dup_entry_dates               (RelayCase          *kase,
                                                              RelayAgenda        *agenda,
                                                              RelayTimelineEntry *entry);

RelayCase          *relay_case_followup_record               (RelayStore         *store,
                                                              const char         *case_uuid,
                                                              RelayTimelineEntry *entry,
                                                              GError            **error);
RelayCase          *relay_case_followup_update               (RelayStore         *store,
                                                              const char         *case_uuid,
                                                              RelayTimelineEntry *original,
                                                              RelayTimelineEntry *changed,
                                                              GError            **error);
RelayCase          *relay_case_followup_remove               (RelayStore         *store,
                                                              const char         *case_uuid,
                                                              RelayTimelineEntry *original,
                                                              GError            **error);
RelayCase          *relay_case_followup_set_closed           (RelayStore         *store,
                                                              const char         *case_uuid,
                                                              gboolean            closed,
                                                              GError            **error);

G_END_DECLS
