/* relay-perpetrator.h
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

#define RELAY_TYPE_PERPETRATOR (relay_perpetrator_get_type ())

G_DECLARE_FINAL_TYPE (RelayPerpetrator, relay_perpetrator, RELAY, PERPETRATOR, GObject)

RelayPerpetrator *relay_perpetrator_new             (void);
const char       *relay_perpetrator_get_name        (RelayPerpetrator *self);
void              relay_perpetrator_set_name        (RelayPerpetrator *self,
                                                     const char       *name);
const char       *relay_perpetrator_get_function    (RelayPerpetrator *self);
void              relay_perpetrator_set_function    (RelayPerpetrator *self,
                                                     const char       *function);
const char       *relay_perpetrator_get_institution (RelayPerpetrator *self);
void              relay_perpetrator_set_institution (RelayPerpetrator *self,
                                                     const char       *institution);
const char       *relay_perpetrator_get_motive      (RelayPerpetrator *self);
void              relay_perpetrator_set_motive      (RelayPerpetrator *self,
                                                     const char       *motive);

G_END_DECLS
