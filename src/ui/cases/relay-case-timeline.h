/* relay-case-timeline.h
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

#include <gtk/gtk.h>
#include <relay/relay.h>

#include "relay-case-page.h"

G_BEGIN_DECLS

GtkWidget *relay_case_timeline_add_group (RelayCasePage *page,
                                          GtkBox        *sections,
                                          RelayCase     *kase);

G_END_DECLS
