/* relay-case-mandate.h
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

#define RELAY_TYPE_CASE_MANDATE (relay_case_mandate_get_type ())

G_DECLARE_FINAL_TYPE (RelayCaseMandate, relay_case_mandate, RELAY, CASE_MANDATE, GObject)

RelayCaseMandate *relay_case_mandate_new            (void);
const char       *relay_case_mandate_get_mandate_id (RelayCaseMandate *self);
void              relay_case_mandate_set_mandate_id (RelayCaseMandate *self,
                                                     const char       *mandate_id);
RelayMandateRole  relay_case_mandate_get_role       (RelayCaseMandate *self);
void              relay_case_mandate_set_role       (RelayCaseMandate *self,
                                                     RelayMandateRole  role);

G_END_DECLS
