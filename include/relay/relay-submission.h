/* relay-submission.h
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

#include "relay-letter.h"
#include "relay-mailer.h"
#include "relay-outbox-message.h"
#include "relay-store.h"

G_BEGIN_DECLS

#define RELAY_TYPE_SUBMISSION (relay_submission_get_type ())

G_DECLARE_FINAL_TYPE (RelaySubmission, relay_submission, RELAY, SUBMISSION, GObject)

RelaySubmission    *relay_submission_new                   (RelayLetter         *letter);
RelayLetter        *relay_submission_get_letter            (RelaySubmission     *self);
void                relay_submission_set_sender            (RelaySubmission     *self,
                                                            const char          *name,
                                                            const char          *address);
void                relay_submission_set_sender_from_case  (RelaySubmission     *self,
                                                            const char          *address);
const char         *relay_submission_get_sender_name       (RelaySubmission     *self);
const char         *relay_submission_get_sender_address    (RelaySubmission     *self);
void                relay_submission_set_copy_to_sender    (RelaySubmission     *self,
                                                            gboolean             copy_to_sender);
char              **relay_submission_dup_to                (RelaySubmission     *self);
char              **relay_submission_dup_cc                (RelaySubmission     *self);
char              **relay_submission_dup_mandates_without_address (RelaySubmission *self);
char               *relay_submission_dup_subject           (RelaySubmission     *self);
RelayOutboxMessage *relay_submission_build                 (RelaySubmission     *self,
                                                            GError             **error);

void                relay_submission_send_async            (RelayStore          *store,
                                                            RelayMailer         *mailer,
                                                            RelayOutboxMessage  *message,
                                                            RelayCase           *kase,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean            relay_submission_send_finish           (GAsyncResult        *result,
                                                            GError             **error);

G_END_DECLS
