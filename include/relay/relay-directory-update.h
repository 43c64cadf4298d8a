/* relay-directory-update.h
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

#include "relay-directory.h"
#include "relay-http.h"

G_BEGIN_DECLS

typedef struct _RelayDirectoryUpdate RelayDirectoryUpdate;

#define RELAY_TYPE_DIRECTORY_UPDATE (relay_directory_update_get_type ())

GType                  relay_directory_update_get_type          (void) G_GNUC_CONST;
RelayDirectoryUpdate  *relay_directory_update_new               (RelayDirectory         *current,
                                                                 GBytes                 *bytes,
                                                                 const char             *etag,
                                                                 GError                **error);
RelayDirectoryUpdate  *relay_directory_update_copy              (RelayDirectoryUpdate   *self);
void                   relay_directory_update_free              (RelayDirectoryUpdate   *self);
GBytes                *relay_directory_update_get_bytes         (RelayDirectoryUpdate   *self);
RelayDirectory        *relay_directory_update_get_directory     (RelayDirectoryUpdate   *self);
RelayDirectoryChanges *relay_directory_update_get_changes       (RelayDirectoryUpdate   *self);
const char            *relay_directory_update_get_etag          (RelayDirectoryUpdate   *self);
gboolean               relay_directory_update_has_changes       (RelayDirectoryUpdate   *self);
gboolean               relay_directory_update_apply             (RelayDirectoryUpdate   *self,
                                                                 RelayDirectory         *current,
                                                                 GError                **error);

void                   relay_directory_check_update_async       (RelayDirectory         *current,
                                                                 RelayHttp              *http,
                                                                 const char             *url,
                                                                 const char             *etag,
                                                                 GCancellable           *cancellable,
                                                                 GFileProgressCallback   progress,
                                                                 gpointer                progress_data,
                                                                 GAsyncReadyCallback     callback,
                                                                 gpointer                user_data);
RelayDirectoryUpdate  *relay_directory_check_update_finish      (GAsyncResult           *result,
                                                                 GError                **error);
RelayDirectoryUpdate  *relay_directory_check_update_finish_full (GAsyncResult           *result,
                                                                 char                  **etag,
                                                                 GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayDirectoryUpdate, relay_directory_update_free)

G_END_DECLS
