/* relay-source.h
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

#define RELAY_TYPE_SOURCE (relay_source_get_type ())

G_DECLARE_FINAL_TYPE (RelaySource, relay_source, RELAY, SOURCE, GObject)

RelaySource     *relay_source_new             (void);
RelaySourceKind  relay_source_get_kind        (RelaySource *self);
void             relay_source_set_kind        (RelaySource     *self,
                                               RelaySourceKind  kind);
const char      *relay_source_get_description (RelaySource *self);
void             relay_source_set_description (RelaySource *self,
                                               const char  *description);

G_END_DECLS
