/* relay-suggest.h
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

#include "relay-case.h"
#include "relay-directory.h"
#include "relay-mandate.h"

G_BEGIN_DECLS

#define RELAY_TYPE_SUGGESTION (relay_suggestion_get_type ())

G_DECLARE_FINAL_TYPE (RelaySuggestion, relay_suggestion, RELAY, SUGGESTION, GObject)

RelayMandate       *relay_suggestion_get_mandate (RelaySuggestion *self);
double              relay_suggestion_get_score   (RelaySuggestion *self);
const char * const *relay_suggestion_get_reasons (RelaySuggestion *self);

GListModel         *relay_suggest_mandates       (RelayDirectory  *directory,
                                                  RelayCase       *kase,
                                                  guint            max_results);

G_END_DECLS
