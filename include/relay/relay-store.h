/* relay-store.h
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
#include "relay-case-summary.h"
#include "relay-error.h"
#include "relay-outbox-message.h"

G_BEGIN_DECLS

#define RELAY_TYPE_STORE (relay_store_get_type ())

/* The most results relay_store_search() gives. */
#define RELAY_STORE_MAX_SEARCH_RESULTS 2000

G_DECLARE_FINAL_TYPE (RelayStore, relay_store, RELAY, STORE, GObject)

RelayStore *relay_store_new                (const char  *path,
                                            GError     **error);
const char *relay_store_get_path           (RelayStore  *self);
int         relay_store_get_schema_version (RelayStore  *self);
GListModel *relay_store_get_cases          (RelayStore  *self);
guint       relay_store_count_cases        (RelayStore  *self);
GListModel *relay_store_search             (RelayStore  *self,
                                            const char  *text,
                                            GError     **error);
void        relay_store_search_async       (RelayStore          *self,
                                            const char          *text,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
GListModel *relay_store_search_finish      (RelayStore          *self,
                                            GAsyncResult        *result,
                                            GError             **error);
gboolean    relay_store_same_results       (GListModel          *a,
                                            GListModel          *b);
guint       relay_store_find_case          (RelayStore          *self,
                                            GListModel          *cases,
                                            const char          *uuid);
RelayCase  *relay_store_load_case          (RelayStore  *self,
                                            const char  *uuid,
                                            GError     **error);
gboolean    relay_store_save_case          (RelayStore  *self,
                                            RelayCase   *kase,
                                            GError     **error);
gboolean    relay_store_delete_case        (RelayStore  *self,
                                            const char  *uuid,
                                            GError     **error);
GHashTable *relay_store_dup_mandate_emails (RelayStore  *self,
                                            GError     **error);
gboolean    relay_store_set_mandate_email  (RelayStore  *self,
                                            const char  *mandate_id,
                                            const char  *email,
                                            GError     **error);

/* The outbox (relay-store-outbox.c) */
gboolean            relay_store_queue_message       (RelayStore          *self,
                                                     RelayOutboxMessage  *message,
                                                     GError             **error);
GListModel         *relay_store_list_outbox         (RelayStore          *self,
                                                     const char          *case_uuid,
                                                     GError             **error);
RelayOutboxMessage *relay_store_load_outbox_message (RelayStore          *self,
                                                     gint64               id,
                                                     GError             **error);
gboolean            relay_store_begin_sending       (RelayStore          *self,
                                                     RelayOutboxMessage  *message,
                                                     GError             **error);
gboolean            relay_store_finish_sending      (RelayStore          *self,
                                                     RelayOutboxMessage  *message,
                                                     RelayCase           *kase,
                                                     const GError        *send_error,
                                                     const char          *detail,
                                                     GError             **error);
gboolean            relay_store_discard_message     (RelayStore          *self,
                                                     RelayOutboxMessage  *message,
                                                     GError             **error);
guint               relay_store_recover_outbox      (RelayStore          *self,
                                                     GError             **error);

G_END_DECLS
