/* relay-secrets-private.h
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

#include "relay-secrets.h"

G_BEGIN_DECLS

struct _RelaySecrets
{
  GObject  parent_instance;

  /* The session-only password and its account; all NULL when none. */
  char    *session_server;
  char    *session_user;
  guint    session_port;
  char    *session_password;
};

/* The account a call is about, normalized. */
typedef struct
{
  char  *server;
  char  *user;
  guint  port;
} RelaySecretsAccount;

RelaySecretsAccount *_relay_secrets_account_new      (const char                 *server,
                                                      guint                       port,
                                                      const char                 *user,
                                                      GError                    **error);
void                 _relay_secrets_account_free     (gpointer                    account);
gboolean             _relay_secrets_session_matches  (RelaySecrets               *self,
                                                      const RelaySecretsAccount  *account);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelaySecretsAccount, _relay_secrets_account_free)

G_END_DECLS
