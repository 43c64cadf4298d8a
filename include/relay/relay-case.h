/* relay-case.h
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

#include "relay-types.h"
#include "relay-attachment.h"
#include "relay-victim.h"
#include "relay-perpetrator.h"
#include "relay-incident.h"
#include "relay-source.h"
#include "relay-case-mandate.h"
#include "relay-timeline-entry.h"

G_BEGIN_DECLS

#define RELAY_TYPE_CASE (relay_case_get_type ())

G_DECLARE_FINAL_TYPE (RelayCase, relay_case, RELAY, CASE, GObject)

RelayCase       *relay_case_new                      (void);
const char      *relay_case_get_uuid                 (RelayCase *self);
const char      *relay_case_get_title                (RelayCase *self);
void             relay_case_set_title                (RelayCase  *self,
                                                      const char *title);
RelayCaseKind    relay_case_get_kind                 (RelayCase *self);
void             relay_case_set_kind                 (RelayCase     *self,
                                                      RelayCaseKind  kind);
RelayCaseStatus  relay_case_get_status               (RelayCase *self);
void             relay_case_set_status               (RelayCase       *self,
                                                      RelayCaseStatus  status);
const char      *relay_case_get_country              (RelayCase *self);
void             relay_case_set_country              (RelayCase  *self,
                                                      const char *country);
const char      *relay_case_get_language             (RelayCase *self);
void             relay_case_set_language             (RelayCase  *self,
                                                      const char *language);
gboolean         relay_case_get_urgent               (RelayCase *self);
void             relay_case_set_urgent               (RelayCase *self,
                                                      gboolean   urgent);
const char      *relay_case_get_why_now              (RelayCase *self);
void             relay_case_set_why_now              (RelayCase  *self,
                                                      const char *why_now);
const char      *relay_case_get_what_happened        (RelayCase *self);
void             relay_case_set_what_happened        (RelayCase  *self,
                                                      const char *what_happened);
const char      *relay_case_get_context              (RelayCase *self);
void             relay_case_set_context              (RelayCase  *self,
                                                      const char *context);
const char      *relay_case_get_action_taken         (RelayCase *self);
void             relay_case_set_action_taken         (RelayCase  *self,
                                                      const char *action_taken);
const char      *relay_case_get_action_requested     (RelayCase *self);
void             relay_case_set_action_requested     (RelayCase  *self,
                                                      const char *action_requested);
gboolean         relay_case_get_press_release        (RelayCase *self);
void             relay_case_set_press_release        (RelayCase *self,
                                                      gboolean   press_release);
const char      *relay_case_get_press_release_reason (RelayCase *self);
void             relay_case_set_press_release_reason (RelayCase  *self,
                                                      const char *press_release_reason);
const char      *relay_case_get_draft_page           (RelayCase *self);
void             relay_case_set_draft_page           (RelayCase  *self,
                                                      const char *draft_page);
const char      *relay_case_get_joint_action_note    (RelayCase *self);
void             relay_case_set_joint_action_note    (RelayCase  *self,
                                                      const char *joint_action_note);
const char      *relay_case_get_confidential_note    (RelayCase *self);
void             relay_case_set_confidential_note    (RelayCase  *self,
                                                      const char *confidential_note);
const char      *relay_case_get_sender_name          (RelayCase *self);
void             relay_case_set_sender_name          (RelayCase  *self,
                                                      const char *sender_name);
const char      *relay_case_get_sender_organisation  (RelayCase *self);
void             relay_case_set_sender_organisation  (RelayCase  *self,
                                                      const char *sender_organisation);
const char      *relay_case_get_sender_email         (RelayCase *self);
void             relay_case_set_sender_email         (RelayCase  *self,
                                                      const char *sender_email);
const char      *relay_case_get_sender_phone         (RelayCase *self);
void             relay_case_set_sender_phone         (RelayCase  *self,
                                                      const char *sender_phone);
const char      *relay_case_get_sender_address       (RelayCase *self);
void             relay_case_set_sender_address       (RelayCase  *self,
                                                      const char *sender_address);
const char      *relay_case_get_sender_relationship  (RelayCase *self);
void             relay_case_set_sender_relationship  (RelayCase  *self,
                                                      const char *sender_relationship);
gboolean         relay_case_get_sender_confidential  (RelayCase *self);
void             relay_case_set_sender_confidential  (RelayCase *self,
                                                      gboolean   sender_confidential);
GDateTime       *relay_case_get_created_at           (RelayCase *self);
void             relay_case_set_created_at           (RelayCase *self,
                                                      GDateTime *created_at);
GDateTime       *relay_case_get_updated_at           (RelayCase *self);
void             relay_case_set_updated_at           (RelayCase *self,
                                                      GDateTime *updated_at);
GDateTime       *relay_case_get_submitted_at         (RelayCase *self);
void             relay_case_set_submitted_at         (RelayCase *self,
                                                      GDateTime *submitted_at);
GListStore      *relay_case_get_victims              (RelayCase *self);
GListStore      *relay_case_get_perpetrators         (RelayCase *self);
GListStore      *relay_case_get_incidents            (RelayCase *self);
GListStore      *relay_case_get_sources              (RelayCase *self);
GListStore      *relay_case_get_mandates             (RelayCase *self);
GListStore      *relay_case_get_timeline             (RelayCase *self);
GListStore      *relay_case_get_attachments          (RelayCase *self);

G_END_DECLS
