/* relay-mail-account.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-mail-account"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-mail-account.h"

/*
 * The e-mail account lives in two places: the server, port, encryption and
 * user name in GSettings (the E-mail page of Preferences), the password in
 * the keyring or, for this session only, in RelaySecrets' memory. These
 * functions put them together into a RelayMailer, so that the wizard and
 * the test message send the same way.
 */

typedef struct
{
  char              *server;
  char              *user;
  guint              port;
  RelayMailSecurity  security;
} Account;

static void
account_free (gpointer data)
{
  Account *account = data;

  g_free (account->server);
  g_free (account->user);
  g_free (account);
}

static char *
dup_trimmed (GSettings  *settings,
             const char *key)
{
  return g_strstrip (g_settings_get_string (settings, key));
}

/**
 * relay_mail_account_dup_from:
 * @settings: the application's #GSettings
 *
 * Gets the address that submissions are sent from: the one given on the
 * E-mail page, or else the sender's own e-mail address.
 *
 * Returns: (transfer full) (nullable): the address, or %NULL when neither
 *   is filled in
 */
char *
relay_mail_account_dup_from (GSettings *settings)
{
  g_autofree char *from = NULL;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  from = dup_trimmed (settings, "smtp-from");
  if (*from != '\0')
    return g_steal_pointer (&from);

  g_free (from);
  from = dup_trimmed (settings, "sender-email");
  if (*from != '\0')
    return g_steal_pointer (&from);

  return NULL;
}

/**
 * relay_mail_account_get_security:
 * @settings: the application's #GSettings
 *
 * Returns: how the connection to the mail server is encrypted
 */
RelayMailSecurity
relay_mail_account_get_security (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), RELAY_MAIL_SECURITY_STARTTLS);

  /* The schema's enum has the same values as RelayMailSecurity. */
  switch (g_settings_get_enum (settings, "smtp-security"))
    {
    case RELAY_MAIL_SECURITY_TLS:
      return RELAY_MAIL_SECURITY_TLS;

    case RELAY_MAIL_SECURITY_STARTTLS:
    default:
      return RELAY_MAIL_SECURITY_STARTTLS;
    }
}

static void
on_lookup_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;
  g_autoptr(RelayMailer) mailer = NULL;
  Account *account = g_task_get_task_data (task);

  password = relay_secrets_lookup_finish (RELAY_SECRETS (object), result, &error);

  if (error != NULL)
    {
      /* The keyring's own message says what to do. */
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (password == NULL)
    {
      g_task_return_new_error (task, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED,
                               /* Translators: %1$s is a user name, %2$s a mail server */
                               _("No password is saved for %1$s on %2$s. Type it in "
                                 "Preferences, on the E-mail page."),
                               account->user, account->server);
      return;
    }

  mailer = relay_mailer_new ();
  relay_mailer_set_host (mailer, account->server);
  relay_mailer_set_port (mailer, account->port);
  relay_mailer_set_security (mailer, account->security);
  relay_mailer_set_username (mailer, account->user);
  relay_mailer_set_password (mailer, password);

  g_task_return_pointer (task, g_steal_pointer (&mailer), g_object_unref);
}

/**
 * relay_mail_account_dup_mailer_async:
 * @settings: the application's #GSettings
 * @secrets: where the password is kept
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the mailer
 * @user_data: data for @callback
 *
 * Makes a #RelayMailer for the account of Preferences, with its password
 * from @secrets (which may show the keyring's unlock prompt).
 *
 * It fails with %RELAY_MAIL_ERROR_NOT_CONFIGURED when the server, the user
 * name, the address to send from or the password is missing, and with
 * #RelaySecrets' errors when the keyring cannot be used.
 */
void
relay_mail_account_dup_mailer_async (GSettings           *settings,
                                     RelaySecrets        *secrets,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *from = NULL;
  Account *account;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (RELAY_IS_SECRETS (secrets));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (settings, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_mail_account_dup_mailer_async);

  account = g_new0 (Account, 1);
  account->server = dup_trimmed (settings, "smtp-server");
  account->user = dup_trimmed (settings, "smtp-user");
  account->port = (guint) g_settings_get_int (settings, "smtp-port");
  account->security = relay_mail_account_get_security (settings);
  g_task_set_task_data (task, account, account_free);

  if (*account->server == '\0' || *account->user == '\0')
    {
      g_task_return_new_error (task, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED, "%s",
                               _("Relay does not know your e-mail account yet. Fill in the "
                                 "outgoing mail server and your user name in Preferences, on "
                                 "the E-mail page."));
      return;
    }

  if (!(from = relay_mail_account_dup_from (settings)))
    {
      g_task_return_new_error (task, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED, "%s",
                               _("Relay does not know which address to send from. Fill in "
                                 "your e-mail address in Preferences, on the Sender page."));
      return;
    }

  relay_secrets_lookup_async (secrets, account->server, account->port, account->user,
                              cancellable, on_lookup_done_cb, g_steal_pointer (&task));
}

/**
 * relay_mail_account_dup_mailer_finish:
 * @result: the #GAsyncResult
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): a mailer ready to send, or %NULL
 *   with @error set
 */
RelayMailer *
relay_mail_account_dup_mailer_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        relay_mail_account_dup_mailer_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
