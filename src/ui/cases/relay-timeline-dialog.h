/* relay-timeline-dialog.h
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

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_TIMELINE_DIALOG (relay_timeline_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RelayTimelineDialog, relay_timeline_dialog, RELAY, TIMELINE_DIALOG, AdwWindow)

RelayTimelineDialog *relay_timeline_dialog_new          (RelayStore          *store,
                                                         RelayDirectory      *directory,
                                                         RelayCase           *kase,
                                                         RelayTimelineKind    kind,
                                                         RelayTimelineEntry  *entry);
RelayTimelineKind    relay_timeline_dialog_get_kind     (RelayTimelineDialog *self);
gboolean             relay_timeline_dialog_save         (RelayTimelineDialog *self);

G_END_DECLS
