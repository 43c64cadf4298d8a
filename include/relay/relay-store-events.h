/* relay-store-events.h
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

#include "relay-agenda-item.h"
#include "relay-store.h"

G_BEGIN_DECLS

/* The calendar part of RelayStore (relay-store-events.c). */

gboolean    relay_store_add_event           (RelayStore       *self,
                                             RelayAgendaItem  *item,
                                             GError          **error);
gboolean    relay_store_update_event        (RelayStore       *self,
                                             RelayAgendaItem  *item,
                                             GError          **error);
gboolean    relay_store_delete_event        (RelayStore       *self,
                                             const char       *uid,
                                             GError          **error);
GPtrArray  *relay_store_list_events         (RelayStore       *self,
                                             GError          **error);
gboolean    relay_store_set_item_done       (RelayStore       *self,
                                             const char       *uid,
                                             const char       *case_uuid,
                                             gboolean          done,
                                             GError          **error);
GHashTable *relay_store_dup_done_items      (RelayStore       *self,
                                             GError          **error);
gboolean    relay_store_replace_feed_events (RelayStore       *self,
                                             const char       *feed_url,
                                             GPtrArray        *items,
                                             const char       *etag,
                                             GError          **error);
gboolean    relay_store_touch_feed          (RelayStore       *self,
                                             const char       *feed_url,
                                             GError          **error);
gboolean    relay_store_get_feed_state      (RelayStore       *self,
                                             const char       *feed_url,
                                             char            **etag,
                                             GDateTime       **fetched_at,
                                             GError          **error);
gboolean    relay_store_delete_feed         (RelayStore       *self,
                                             const char       *feed_url,
                                             GError          **error);

G_END_DECLS
