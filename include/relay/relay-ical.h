/* relay-ical.h
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

G_BEGIN_DECLS

/* The largest feed Relay reads, the same as RelayHttp's default cap. */
#define RELAY_ICAL_MAX_SIZE   (G_GUINT64_CONSTANT (2) * 1024 * 1024)

/* The most events one feed may give, recurrences included. */
#define RELAY_ICAL_MAX_EVENTS 10000

/* Exported UIDs are "<stable id>@" RELAY_ICAL_UID_DOMAIN. */
#define RELAY_ICAL_UID_DOMAIN "relay.relayhr.github.io"

char      *relay_ical_normalize_feed_url (const char   *url,
                                          GError      **error);
GPtrArray *relay_ical_parse_feed         (GBytes       *bytes,
                                          const char   *feed_url,
                                          GTimeZone    *zone,
                                          const GDate  *today,
                                          GError      **error);
char      *relay_ical_export             (GPtrArray    *items,
                                          gboolean      include_case_details,
                                          GDateTime    *now);

G_END_DECLS
