/* relay-secrets.h
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

#define RELAY_SECRETS_ERROR (relay_secrets_error_quark ())

typedef enum
{
  RELAY_SECRETS_ERROR_FAILED,
  RELAY_SECRETS_ERROR_NO_SERVICE,
  RELAY_SECRETS_ERROR_LOCKED,
  RELAY_SECRETS_ERROR_INVALID,
} RelaySecretsError;

/* A password that relay_secrets_lookup_finish() returned, for g_autoptr():
 * freeing it wipes it first. */
typedef char RelaySecretsPassword;

#define RELAY_TYPE_SECRETS (relay_secrets_get_type ())

G_DECLARE_FINAL_TYPE (RelaySecrets, relay_secrets, RELAY, SECRETS, GObject)

GQuark        relay_secrets_error_quark             (void);
gboolean      relay_secrets_error_is_unavailable    (const GError         *error);
void          relay_secrets_password_free           (char                 *password);

RelaySecrets *relay_secrets_new                     (void);

void          relay_secrets_store_async             (RelaySecrets         *self,
                                                     const char           *server,
                                                     guint                 port,
                                                     const char           *user,
                                                     const char           *password,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean      relay_secrets_store_finish            (RelaySecrets         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

void          relay_secrets_lookup_async            (RelaySecrets         *self,
                                                     const char           *server,
                                                     guint                 port,
                                                     const char           *user,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
char         *relay_secrets_lookup_finish           (RelaySecrets         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

void          relay_secrets_has_password_async      (RelaySecrets         *self,
                                                     const char           *server,
                                                     guint                 port,
                                                     const char           *user,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean      relay_secrets_has_password_finish     (RelaySecrets         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

void          relay_secrets_clear_async             (RelaySecrets         *self,
                                                     const char           *server,
                                                     guint                 port,
                                                     const char           *user,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean      relay_secrets_clear_finish            (RelaySecrets         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

void          relay_secrets_is_available_async      (RelaySecrets         *self,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean      relay_secrets_is_available_finish     (RelaySecrets         *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

void          relay_secrets_set_session_password    (RelaySecrets         *self,
                                                     const char           *server,
                                                     guint                 port,
                                                     const char           *user,
                                                     const char           *password);
gboolean      relay_secrets_has_session_password    (RelaySecrets         *self,
                                                     const char           *server,
                                                     guint                 port,
                                                     const char           *user);
void          relay_secrets_forget_session_password (RelaySecrets         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaySecretsPassword, relay_secrets_password_free)

G_END_DECLS
