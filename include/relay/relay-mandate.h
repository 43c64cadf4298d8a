/* relay-mandate.h
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

#define RELAY_TYPE_MANDATE (relay_mandate_get_type ())

G_DECLARE_FINAL_TYPE (RelayMandate, relay_mandate, RELAY, MANDATE, GObject)

const char          *relay_mandate_get_id                       (RelayMandate *self);
RelayMandateKind     relay_mandate_get_kind                     (RelayMandate *self);
RelayMandateType     relay_mandate_get_mandate_type             (RelayMandate *self);
const char          *relay_mandate_get_country                  (RelayMandate *self);
const char          *relay_mandate_get_email                    (RelayMandate *self);
const char          *relay_mandate_get_local_email              (RelayMandate *self);
const char          *relay_mandate_get_effective_email          (RelayMandate *self);
const char          *relay_mandate_get_webpage                  (RelayMandate *self);
gboolean             relay_mandate_get_acknowledges_submissions (RelayMandate *self);
const char          *relay_mandate_get_last_verified            (RelayMandate *self);
const char          *relay_mandate_get_title                    (RelayMandate *self,
                                                                 const char   *language);
gboolean             relay_mandate_title_is_official            (RelayMandate *self,
                                                                 const char   *language);
const char * const  *relay_mandate_get_topics                   (RelayMandate *self,
                                                                 const char   *language);
const char          *relay_mandate_get_who_may_submit           (RelayMandate *self,
                                                                 const char   *language);
const char * const  *relay_mandate_get_required_elements        (RelayMandate *self,
                                                                 const char   *language);
const char * const  *relay_mandate_get_consent_statements       (RelayMandate *self,
                                                                 const char   *language);
const char          *relay_mandate_get_criteria_note            (RelayMandate *self,
                                                                 const char   *language);
const char * const  *relay_mandate_get_sources                  (RelayMandate *self);
gboolean             relay_mandate_matches                      (RelayMandate *self,
                                                                 const char   *query);

const char          *relay_ui_language                          (void);

G_END_DECLS
