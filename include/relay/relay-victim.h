/* relay-victim.h
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

#define RELAY_TYPE_VICTIM (relay_victim_get_type ())

G_DECLARE_FINAL_TYPE (RelayVictim, relay_victim, RELAY, VICTIM, GObject)

RelayVictim        *relay_victim_new                    (void);
const char         *relay_victim_get_name               (RelayVictim *self);
void                relay_victim_set_name               (RelayVictim *self,
                                                         const char  *name);
int                 relay_victim_get_age                (RelayVictim *self);
void                relay_victim_set_age                (RelayVictim *self,
                                                         int          age);
const char         *relay_victim_get_gender             (RelayVictim *self);
void                relay_victim_set_gender             (RelayVictim *self,
                                                         const char  *gender);
const char         *relay_victim_get_origin             (RelayVictim *self);
void                relay_victim_set_origin             (RelayVictim *self,
                                                         const char  *origin);
const char         *relay_victim_get_residence          (RelayVictim *self);
void                relay_victim_set_residence          (RelayVictim *self,
                                                         const char  *residence);
const char         *relay_victim_get_group_name         (RelayVictim *self);
void                relay_victim_set_group_name         (RelayVictim *self,
                                                         const char  *group_name);
gboolean            relay_victim_get_is_group           (RelayVictim *self);
void                relay_victim_set_is_group           (RelayVictim *self,
                                                         gboolean     is_group);
int                 relay_victim_get_group_size         (RelayVictim *self);
void                relay_victim_set_group_size         (RelayVictim *self,
                                                         int          group_size);
RelayConsent        relay_victim_get_consent_government (RelayVictim *self);
void                relay_victim_set_consent_government (RelayVictim  *self,
                                                         RelayConsent  consent_government);
RelayConsent        relay_victim_get_consent_public     (RelayVictim *self);
void                relay_victim_set_consent_public     (RelayVictim  *self,
                                                         RelayConsent  consent_public);
RelayNameForm       relay_victim_get_name_form          (RelayVictim *self);
void                relay_victim_set_name_form          (RelayVictim   *self,
                                                         RelayNameForm  name_form);
RelayConsentGiver   relay_victim_get_consent_given_by   (RelayVictim *self);
void                relay_victim_set_consent_given_by   (RelayVictim       *self,
                                                         RelayConsentGiver  consent_given_by);
RelayConsentMethod  relay_victim_get_consent_method     (RelayVictim *self);
void                relay_victim_set_consent_method     (RelayVictim        *self,
                                                         RelayConsentMethod  consent_method);
const char         *relay_victim_get_consent_date       (RelayVictim *self);
void                relay_victim_set_consent_date       (RelayVictim *self,
                                                         const char  *consent_date);
const char         *relay_victim_get_consent_withdrawn  (RelayVictim *self);
void                relay_victim_set_consent_withdrawn  (RelayVictim *self,
                                                         const char  *consent_withdrawn);
gboolean            relay_victim_may_be_named           (RelayVictim         *self,
                                                         RelayConsentPurpose  purpose);
char               *relay_victim_dup_initials           (RelayVictim *self);
char               *relay_victim_dup_consent_summary    (RelayVictim *self);
char               *relay_victim_dup_description        (RelayVictim *self);

G_END_DECLS
