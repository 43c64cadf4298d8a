/* relay-case-summary.h
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

#define RELAY_TYPE_CASE_SUMMARY (relay_case_summary_get_type ())

G_DECLARE_FINAL_TYPE (RelayCaseSummary, relay_case_summary, RELAY, CASE_SUMMARY, GObject)

RelayCaseSummary *relay_case_summary_new            (const char       *uuid,
                                                     const char       *title,
                                                     RelayCaseKind     kind,
                                                     RelayCaseStatus   status,
                                                     const char       *country,
                                                     GDateTime        *updated_at);
const char       *relay_case_summary_get_uuid       (RelayCaseSummary *self);
const char       *relay_case_summary_get_title      (RelayCaseSummary *self);
RelayCaseKind     relay_case_summary_get_kind       (RelayCaseSummary *self);
RelayCaseStatus   relay_case_summary_get_status     (RelayCaseSummary *self);
const char       *relay_case_summary_get_country    (RelayCaseSummary *self);
GDateTime        *relay_case_summary_get_updated_at (RelayCaseSummary *self);

G_END_DECLS
