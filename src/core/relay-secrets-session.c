/* relay-secrets-session.c
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

#define G_LOG_DOMAIN "relay-secrets"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relay-secrets-private.h"

/*
 * The accounts that RelaySecrets keeps passwords for, and the password
 * typed "for this session only": kept in memory, for one account at a
 * time, and overwritten with zeros before it is freed.
 */

static void
wipe_string (char *str)
{
  if (str != NULL)
    explicit_bzero (str, strlen (str));
}

void
_relay_secrets_account_free (gpointer data)
{
  RelaySecretsAccount *account = data;

  g_free (account->server);
  g_free (account->user);
  g_free (account);
}

/* Trims both names and lowers the server's case (host names are not case
 * sensitive), so "SMTP.example.org " and "smtp.example.org" are one
 * account. Sets RELAY_SECRETS_ERROR_INVALID for an incomplete account. */
RelaySecretsAccount *
_relay_secrets_account_new (const char  *server,
                            guint        port,
                            const char  *user,
                            GError     **error)
{
  g_autoptr(RelaySecretsAccount) account = g_new0 (RelaySecretsAccount, 1);
  g_autofree char *trimmed_server = g_strstrip (g_strdup (server));

  account->server = g_ascii_strdown (trimmed_server, -1);
  account->user = g_strstrip (g_strdup (user));
  account->port = port;

  if (*account->server == '\0' || *account->user == '\0' || port == 0 || port > 65535)
    {
      g_set_error_literal (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID,
                           _("Fill in the mail server, its port and your user name first: "
                             "the password is kept for that account."));
      return NULL;
    }

  return g_steal_pointer (&account);
}

gboolean
_relay_secrets_session_matches (RelaySecrets              *self,
                                const RelaySecretsAccount *account)
{
  return self->session_password != NULL &&
         account->port == self->session_port &&
         g_strcmp0 (account->server, self->session_server) == 0 &&
         g_strcmp0 (account->user, self->session_user) == 0;
}

/**
 * relay_secrets_password_free:
 * @password: (nullable): a password from relay_secrets_lookup_finish()
 *
 * Overwrites @password with zeros, then frees it.
 */
void
relay_secrets_password_free (char *password)
{
  wipe_string (password);
  g_free (password);
}

/**
 * relay_secrets_set_session_password:
 * @self: a #RelaySecrets
 * @server: the mail server
 * @port: its port
 * @user: the user name on that server
 * @password: (nullable): the password, or %NULL to forget it
 *
 * Keeps @password in memory only, for this account, until Relay quits or
 * another session password replaces it: for when no keyring can be used.
 * relay_secrets_lookup_async() returns it before asking the keyring. The
 * copy held before is wiped.
 */
void
relay_secrets_set_session_password (RelaySecrets *self,
                                    const char   *server,
                                    guint         port,
                                    const char   *user,
                                    const char   *password)
{
  g_autoptr(RelaySecretsAccount) account = NULL;

  g_return_if_fail (RELAY_IS_SECRETS (self));
  g_return_if_fail (server != NULL);
  g_return_if_fail (user != NULL);

  relay_secrets_forget_session_password (self);

  if (password == NULL || *password == '\0')
    return;

  account = _relay_secrets_account_new (server, port, user, NULL);
  g_return_if_fail (account != NULL);

  self->session_server = g_steal_pointer (&account->server);
  self->session_user = g_steal_pointer (&account->user);
  self->session_port = port;
  self->session_password = g_strdup (password);
}

/**
 * relay_secrets_has_session_password:
 * @self: a #RelaySecrets
 * @server: the mail server
 * @port: its port
 * @user: the user name on that server
 *
 * Returns: %TRUE if a password is kept in memory for this account
 */
gboolean
relay_secrets_has_session_password (RelaySecrets *self,
                                    const char   *server,
                                    guint         port,
                                    const char   *user)
{
  g_autoptr(RelaySecretsAccount) account = NULL;

  g_return_val_if_fail (RELAY_IS_SECRETS (self), FALSE);
  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (user != NULL, FALSE);

  account = _relay_secrets_account_new (server, port, user, NULL);

  return account != NULL && _relay_secrets_session_matches (self, account);
}

/**
 * relay_secrets_forget_session_password:
 * @self: a #RelaySecrets
 *
 * Wipes and forgets the password kept for this session, if any.
 */
void
relay_secrets_forget_session_password (RelaySecrets *self)
{
  g_return_if_fail (RELAY_IS_SECRETS (self));

  g_clear_pointer (&self->session_password, relay_secrets_password_free);
  g_clear_pointer (&self->session_server, g_free);
  g_clear_pointer (&self->session_user, g_free);
  self->session_port = 0;
}
