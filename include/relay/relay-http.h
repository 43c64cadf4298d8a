/* relay-http.h
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

G_BEGIN_DECLS

#define RELAY_HTTP_ERROR (relay_http_error_quark ())

typedef enum
{
  RELAY_HTTP_ERROR_FAILED,
  RELAY_HTTP_ERROR_INSECURE,
  RELAY_HTTP_ERROR_OFFLINE,
  RELAY_HTTP_ERROR_DNS,
  RELAY_HTTP_ERROR_TLS,
  RELAY_HTTP_ERROR_TIMEOUT,
  RELAY_HTTP_ERROR_TOO_LARGE,
  RELAY_HTTP_ERROR_HTTP_STATUS,
} RelayHttpError;

#define RELAY_HTTP_DEFAULT_TIMEOUT  30
#define RELAY_HTTP_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (2) * 1024 * 1024)

#define RELAY_TYPE_HTTP (relay_http_get_type ())

G_DECLARE_FINAL_TYPE (RelayHttp, relay_http, RELAY, HTTP, GObject)

GQuark      relay_http_error_quark  (void);
void        relay_http_global_init  (void);

RelayHttp  *relay_http_new          (void);
const char *relay_http_get_ca_file  (RelayHttp              *self);
void        relay_http_set_ca_file  (RelayHttp              *self,
                                     const char             *ca_file);
guint       relay_http_get_timeout  (RelayHttp              *self);
void        relay_http_set_timeout  (RelayHttp              *self,
                                     guint                   timeout);
guint64     relay_http_get_max_size (RelayHttp              *self);
void        relay_http_set_max_size (RelayHttp              *self,
                                     guint64                 max_size);
void        relay_http_get_async    (RelayHttp              *self,
                                     const char             *url,
                                     const char             *etag,
                                     GCancellable           *cancellable,
                                     GFileProgressCallback   progress,
                                     gpointer                progress_data,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
GBytes     *relay_http_get_finish   (RelayHttp              *self,
                                     GAsyncResult           *result,
                                     char                  **new_etag,
                                     gboolean               *not_modified,
                                     GError                **error);

G_END_DECLS
