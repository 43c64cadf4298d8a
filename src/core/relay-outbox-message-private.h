/* relay-outbox-message-private.h
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

#include "relay-outbox-message.h"

G_BEGIN_DECLS

/* The store reads and updates messages through these. */

RelayOutboxMessage *_relay_outbox_message_new_from_row (gint64              id,
                                                        const char         *case_uuid,
                                                        const char         *message_id,
                                                        const char         *sender,
                                                        const char         *recipients,
                                                        const char         *subject,
                                                        const char         *sha256,
                                                        const char         *files);
void                _relay_outbox_message_set_id       (RelayOutboxMessage *self,
                                                        gint64              id);
void                _relay_outbox_message_set_state    (RelayOutboxMessage *self,
                                                        RelayOutboxStatus   status,
                                                        guint               attempts,
                                                        RelayMailError      last_error,
                                                        const char         *last_error_detail);
void                _relay_outbox_message_set_times    (RelayOutboxMessage *self,
                                                        GDateTime          *created_at,
                                                        GDateTime          *attempted_at,
                                                        GDateTime          *sent_at);
void                _relay_outbox_message_set_bytes    (RelayOutboxMessage *self,
                                                        GBytes             *bytes);
char               *_relay_outbox_message_dup_recipients_text (RelayOutboxMessage *self);
char               *_relay_outbox_message_dup_files_json      (RelayOutboxMessage *self);

G_END_DECLS
