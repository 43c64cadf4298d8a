/* relay-incident.h
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

#define RELAY_TYPE_INCIDENT (relay_incident_get_type ())

G_DECLARE_FINAL_TYPE (RelayIncident, relay_incident, RELAY, INCIDENT, GObject)

RelayIncident      *relay_incident_new             (void);
const char         *relay_incident_get_date        (RelayIncident *self);
void                relay_incident_set_date        (RelayIncident *self,
                                                    const char    *date);
RelayDatePrecision  relay_incident_get_precision   (RelayIncident *self);
void                relay_incident_set_precision   (RelayIncident      *self,
                                                    RelayDatePrecision  precision);
const char         *relay_incident_get_place       (RelayIncident *self);
void                relay_incident_set_place       (RelayIncident *self,
                                                    const char    *place);
const char         *relay_incident_get_description (RelayIncident *self);
void                relay_incident_set_description (RelayIncident *self,
                                                    const char    *description);
char               *relay_incident_dup_date_label  (RelayIncident *self);

G_END_DECLS
