/* relay-outbox-message.h
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

#include "relay-mailer.h"
#include "relay-mime-message.h"
#include "relay-types.h"

G_BEGIN_DECLS

/* One file of a sent message, for the proof of submission. */
typedef struct _RelayProofFile RelayProofFile;

#define RELAY_TYPE_PROOF_FILE (relay_proof_file_get_type ())

GType           relay_proof_file_get_type   (void) G_GNUC_CONST;
RelayProofFile *relay_proof_file_new        (const char     *name,
                                             guint64         size,
                                             const char     *sha256);
RelayProofFile *relay_proof_file_copy       (RelayProofFile *self);
void            relay_proof_file_free       (RelayProofFile *self);
const char     *relay_proof_file_get_name   (RelayProofFile *self);
guint64         relay_proof_file_get_size   (RelayProofFile *self);
const char     *relay_proof_file_get_sha256 (RelayProofFile *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayProofFile, relay_proof_file_free)

#define RELAY_TYPE_OUTBOX_MESSAGE (relay_outbox_message_get_type ())

G_DECLARE_FINAL_TYPE (RelayOutboxMessage, relay_outbox_message, RELAY, OUTBOX_MESSAGE, GObject)

RelayOutboxMessage *relay_outbox_message_new                   (const char         *case_uuid,
                                                                RelayMimeMessage   *mime,
                                                                GPtrArray          *files);
gint64              relay_outbox_message_get_id                (RelayOutboxMessage *self);
const char         *relay_outbox_message_get_case_uuid         (RelayOutboxMessage *self);
const char         *relay_outbox_message_get_message_id        (RelayOutboxMessage *self);
const char         *relay_outbox_message_get_sender            (RelayOutboxMessage *self);
const char * const *relay_outbox_message_get_recipients        (RelayOutboxMessage *self);
const char         *relay_outbox_message_get_subject           (RelayOutboxMessage *self);
const char         *relay_outbox_message_get_sha256            (RelayOutboxMessage *self);
GPtrArray          *relay_outbox_message_get_files             (RelayOutboxMessage *self);
GBytes             *relay_outbox_message_get_bytes             (RelayOutboxMessage *self);
RelayOutboxStatus   relay_outbox_message_get_status            (RelayOutboxMessage *self);
guint               relay_outbox_message_get_attempts          (RelayOutboxMessage *self);
RelayMailError      relay_outbox_message_get_last_error        (RelayOutboxMessage *self);
const char         *relay_outbox_message_get_last_error_detail (RelayOutboxMessage *self);
GDateTime          *relay_outbox_message_get_created_at        (RelayOutboxMessage *self);
GDateTime          *relay_outbox_message_get_attempted_at      (RelayOutboxMessage *self);
GDateTime          *relay_outbox_message_get_sent_at           (RelayOutboxMessage *self);
char               *relay_outbox_message_dup_proof_text        (RelayOutboxMessage *self);

G_END_DECLS
