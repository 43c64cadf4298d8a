/* relay-secrets.c
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

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "relay-secrets-private.h"

/*
 * RelaySecrets keeps the password of the e-mail (SMTP) account in the
 * system keyring through libsecret, and nowhere else: never in a file,
 * GSettings, the database, a log line or an error message. Inside Flatpak,
 * libsecret itself switches to its portal-backed file, so the code is the
 * same.
 *
 * The items use the schema "io.github.relayhr.Relay" (SCHEMA_ID: a
 * development build shares the installed app's passwords, as it shares its
 * settings) with these attributes:
 *
 *   protocol  string   always "smtp": the kind of account
 *   server    string   the mail server, trimmed and in lower case
 *   port      integer  the server's port
 *   user      string   the user name, trimmed
 *
 * so one item is one account, and changing the server, port or user name
 * in Preferences means another account, with no password yet.
 *
 * When no keyring can be used, a password typed "for this session only" is
 * kept in this object's memory, for one account at a time, and wiped when
 * replaced, forgotten or finalized. Lookups return it first.
 *
 * Every call is asynchronous: a keyring may show an unlock prompt, and the
 * UI must not wait for it. libsecret's own async calls run on the caller's
 * main context, so no thread is needed here.
 *
 * A locked keyring whose unlock prompt was dismissed or cannot be shown is
 * silent in libsecret: lookups find nothing, clearing removes nothing. A
 * search that does not unlock still sees the item, which is how it is told
 * apart from "nothing stored" (RELAY_SECRETS_ERROR_LOCKED).
 */

#define PROTOCOL_SMTP "smtp"

G_DEFINE_FINAL_TYPE (RelaySecrets, relay_secrets, G_TYPE_OBJECT)

/**
 * RelaySecretsError:
 * @RELAY_SECRETS_ERROR_FAILED: the keyring answered with an unexpected error
 * @RELAY_SECRETS_ERROR_NO_SERVICE: no keyring (Secret Service) answers: none
 *   is installed or running, there is no session bus, or the keyring is not
 *   set up
 * @RELAY_SECRETS_ERROR_LOCKED: the keyring is locked and was not unlocked
 * @RELAY_SECRETS_ERROR_INVALID: the server, user name or password is empty
 *
 * Errors of #RelaySecrets. Their messages are translated, say what to do,
 * and never contain a password. Cancelling gives %G_IO_ERROR_CANCELLED.
 */
G_DEFINE_QUARK (relay-secrets-error-quark, relay_secrets_error)

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    SCHEMA_ID, SECRET_SCHEMA_NONE,
    {
      { "protocol", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "NULL", 0 },
    }
  };

  return &schema;
}

/*
 * Helpers
 */

/* Turns libsecret's error into ours. libsecret's message goes to the debug
 * log only: it names D-Bus objects, never a secret, but it is not written
 * for people. */
static GError *
translate_error (const GError *error)
{
  int code;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  g_debug ("Keyring error (%s, %d): %s",
           g_quark_to_string (error->domain), error->code, error->message);

  if (error->domain == G_DBUS_ERROR || error->domain == G_IO_ERROR ||
      g_error_matches (error, SECRET_ERROR, SECRET_ERROR_NO_SUCH_OBJECT))
    code = RELAY_SECRETS_ERROR_NO_SERVICE;
  else if (g_error_matches (error, SECRET_ERROR, SECRET_ERROR_IS_LOCKED))
    code = RELAY_SECRETS_ERROR_LOCKED;
  else
    code = RELAY_SECRETS_ERROR_FAILED;

  switch (code)
    {
    case RELAY_SECRETS_ERROR_NO_SERVICE:
      return g_error_new_literal (RELAY_SECRETS_ERROR, code,
                                  _("No password keyring is running on this computer, so "
                                    "Relay cannot keep the e-mail password safely. Install "
                                    "and start GNOME Keyring (the gnome-keyring package), or "
                                    "use the password for this session only."));

    case RELAY_SECRETS_ERROR_LOCKED:
      return g_error_new_literal (RELAY_SECRETS_ERROR, code,
                                  _("Your password keyring is locked, so Relay cannot use the "
                                    "e-mail password. Unlock the keyring when it asks for its "
                                    "password (or in the Passwords and Keys application), then "
                                    "try again; or use the password for this session only."));

    default:
      return g_error_new_literal (RELAY_SECRETS_ERROR, code,
                                  _("The password keyring could not be used because of an "
                                    "unexpected problem. Try again; if this keeps happening, "
                                    "restart the computer, or use the password for this "
                                    "session only."));
    }
}

static void
return_secret_error (GTask        *task,
                     const GError *error)
{
  g_task_return_error (task, translate_error (error));
}

static void
return_locked_error (GTask *task)
{
  g_autoptr(GError) locked = g_error_new_literal (SECRET_ERROR, SECRET_ERROR_IS_LOCKED, "locked");

  return_secret_error (task, locked);
}

/* Searches the keyring for the account's item without unlocking anything
 * and without reading any secret. */
static void
search_account (const RelaySecretsAccount *account,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  secret_password_search (get_schema (), SECRET_SEARCH_NONE, cancellable, callback, user_data,
                          "protocol", PROTOCOL_SMTP,
                          "server", account->server,
                          "port", (int) account->port,
                          "user", account->user,
                          NULL);
}

/* Finishes a search_account(): TRUE if the item exists, locked or not. */
static gboolean
search_account_finish (GAsyncResult  *result,
                       gboolean      *found,
                       GError       **error)
{
  GList *items = secret_password_search_finish (result, error);

  if (items == NULL && error != NULL && *error != NULL)
    return FALSE;

  *found = items != NULL;
  g_list_free_full (items, g_object_unref);

  return TRUE;
}

static GTask *
start_task (RelaySecrets        *self,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, "relay-secrets");

  return task;
}

/*
 * GObject
 */

static void
relay_secrets_finalize (GObject *object)
{
  RelaySecrets *self = (RelaySecrets *)object;

  relay_secrets_forget_session_password (self);

  G_OBJECT_CLASS (relay_secrets_parent_class)->finalize (object);
}

static void
relay_secrets_class_init (RelaySecretsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_secrets_finalize;
}

static void
relay_secrets_init (RelaySecrets *self)
{
}

/*
 * Public API
 */

/**
 * relay_secrets_new:
 *
 * Creates the keeper of the e-mail account's password. Nothing is asked
 * of the keyring until a call needs it.
 *
 * Returns: (transfer full): a new #RelaySecrets
 */
RelaySecrets *
relay_secrets_new (void)
{
  return g_object_new (RELAY_TYPE_SECRETS, NULL);
}

/**
 * relay_secrets_error_is_unavailable:
 * @error: (nullable): an error from #RelaySecrets
 *
 * Tells whether @error means that the keyring cannot be used now (none
 * runs, or it stays locked), which is when a password for this session only
 * is the way out.
 *
 * Returns: %TRUE for %RELAY_SECRETS_ERROR_NO_SERVICE and
 *   %RELAY_SECRETS_ERROR_LOCKED
 */
gboolean
relay_secrets_error_is_unavailable (const GError *error)
{
  return g_error_matches (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_NO_SERVICE) ||
         g_error_matches (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_LOCKED);
}

/* Store */

static void
on_store_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RelaySecrets *self = g_task_get_source_object (task);
  RelaySecretsAccount *account = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    {
      return_secret_error (task, error);
      return;
    }

  /* The keyring has it now; a session password for the same account
   * would only hide it. */
  if (_relay_secrets_session_matches (self, account))
    relay_secrets_forget_session_password (self);

  g_task_return_boolean (task, TRUE);
}

/**
 * relay_secrets_store_async:
 * @self: a #RelaySecrets
 * @server: the mail server
 * @port: its port
 * @user: the user name on that server
 * @password: the password; it is copied at once, and the caller may wipe
 *   its own copy when this returns
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the keyring has answered
 * @user_data: data for @callback
 *
 * Saves the account's password in the default keyring, replacing any
 * saved before. The keyring may show an unlock prompt first.
 */
void
relay_secrets_store_async (RelaySecrets        *self,
                           const char          *server,
                           guint                port,
                           const char          *user,
                           const char          *password,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  RelaySecretsAccount *account;

  g_return_if_fail (RELAY_IS_SECRETS (self));
  g_return_if_fail (server != NULL);
  g_return_if_fail (user != NULL);
  g_return_if_fail (password != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = start_task (self, relay_secrets_store_async, cancellable, callback, user_data);

  if (*password == '\0')
    {
      g_task_return_new_error (task, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID, "%s",
                               _("Type the password first."));
      return;
    }

  if (!(account = _relay_secrets_account_new (server, port, user, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, account, _relay_secrets_account_free);

  /* Translators: the name of the password in the keyring, as the user
   * sees it in Passwords and Keys. %1$s is a user name, %2$s a mail
   * server, as in "Relay: e-mail password of ana@example.org on
   * smtp.example.org". */
  label = g_strdup_printf (_("Relay: e-mail password of %1$s on %2$s"),
                           account->user, account->server);

  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                         cancellable, on_store_done_cb, g_steal_pointer (&task),
                         "protocol", PROTOCOL_SMTP,
                         "server", account->server,
                         "port", (int) account->port,
                         "user", account->user,
                         NULL);
}

/**
 * relay_secrets_store_finish:
 * @self: a #RelaySecrets
 * @result: the #GAsyncResult
 * @error: a location for a #GError
 *
 * Returns: %TRUE if the password is in the keyring
 */
gboolean
relay_secrets_store_finish (RelaySecrets  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (RELAY_IS_SECRETS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Lookup */

static void
on_lookup_search_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  if (!search_account_finish (result, &found, &error))
    return_secret_error (task, error);
  else if (found)
    return_locked_error (task);
  else
    g_task_return_pointer (task, NULL, NULL);
}

static void
on_lookup_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *password;

  password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    {
      return_secret_error (task, error);
      return;
    }

  if (password == NULL)
    {
      /* Nothing stored, or a locked item: ask without unlocking. */
      RelaySecretsAccount *account = g_task_get_task_data (task);
      GCancellable *cancellable = g_task_get_cancellable (task);

      search_account (account, cancellable, on_lookup_search_done_cb, g_steal_pointer (&task));
      return;
    }

  /* Our own copy, so that every password we hand out is freed the same
   * way; libsecret wipes its own. */
  g_task_return_pointer (task, g_strdup (password), (GDestroyNotify) relay_secrets_password_free);
  secret_password_free (password);
}

/**
 * relay_secrets_lookup_async:
 * @self: a #RelaySecrets
 * @server: the mail server
 * @port: its port
 * @user: the user name on that server
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the password
 * @user_data: data for @callback
 *
 * Gets the account's password: the one kept for this session if any (see
 * relay_secrets_set_session_password()), else the one in the keyring. The
 * keyring may show an unlock prompt first.
 */
void
relay_secrets_lookup_async (RelaySecrets        *self,
                            const char          *server,
                            guint                port,
                            const char          *user,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RelaySecretsAccount *account;

  g_return_if_fail (RELAY_IS_SECRETS (self));
  g_return_if_fail (server != NULL);
  g_return_if_fail (user != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = start_task (self, relay_secrets_lookup_async, cancellable, callback, user_data);

  if (!(account = _relay_secrets_account_new (server, port, user, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, account, _relay_secrets_account_free);

  if (_relay_secrets_session_matches (self, account))
    {
      g_task_return_pointer (task, g_strdup (self->session_password),
                             (GDestroyNotify) relay_secrets_password_free);
      return;
    }

  secret_password_lookup (get_schema (), cancellable, on_lookup_done_cb, g_steal_pointer (&task),
                          "protocol", PROTOCOL_SMTP,
                          "server", account->server,
                          "port", (int) account->port,
                          "user", account->user,
                          NULL);
}

/**
 * relay_secrets_lookup_finish:
 * @self: a #RelaySecrets
 * @result: the #GAsyncResult
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the password, to be freed with
 *   relay_secrets_password_free(); or %NULL, with @error unset when no
 *   password is kept for the account
 */
char *
relay_secrets_lookup_finish (RelaySecrets  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (RELAY_IS_SECRETS (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Has password */

static void
on_has_password_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  if (!search_account_finish (result, &found, &error))
    return_secret_error (task, error);
  else
    g_task_return_boolean (task, found);
}

/**
 * relay_secrets_has_password_async:
 * @self: a #RelaySecrets
 * @server: the mail server
 * @port: its port
 * @user: the user name on that server
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the answer
 * @user_data: data for @callback
 *
 * Tells whether a password is kept for the account, for this session or in
 * the keyring, without reading it and without unlocking the keyring: no
 * prompt is shown.
 */
void
relay_secrets_has_password_async (RelaySecrets        *self,
                                  const char          *server,
                                  guint                port,
                                  const char          *user,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsAccount) account = NULL;

  g_return_if_fail (RELAY_IS_SECRETS (self));
  g_return_if_fail (server != NULL);
  g_return_if_fail (user != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = start_task (self, relay_secrets_has_password_async, cancellable, callback, user_data);

  if (!(account = _relay_secrets_account_new (server, port, user, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (_relay_secrets_session_matches (self, account))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  search_account (account, cancellable, on_has_password_done_cb, g_steal_pointer (&task));
}

/**
 * relay_secrets_has_password_finish:
 * @self: a #RelaySecrets
 * @result: the #GAsyncResult
 * @error: a location for a #GError
 *
 * Returns: %TRUE if a password is kept for the account; %FALSE if none is,
 *   or with @error set if the keyring could not be asked
 */
gboolean
relay_secrets_has_password_finish (RelaySecrets  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (RELAY_IS_SECRETS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Clear */

static void
on_clear_search_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  if (!search_account_finish (result, &found, &error))
    return_secret_error (task, error);
  else if (found)
    return_locked_error (task);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_clear_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  RelaySecretsAccount *account = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (secret_password_clear_finish (result, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (error != NULL)
    {
      return_secret_error (task, error);
      return;
    }

  /* Nothing removed: nothing was stored, or the item is locked. */
  search_account (account, cancellable, on_clear_search_done_cb, g_steal_pointer (&task));
}

/**
 * relay_secrets_clear_async:
 * @self: a #RelaySecrets
 * @server: the mail server
 * @port: its port
 * @user: the user name on that server
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the keyring has answered
 * @user_data: data for @callback
 *
 * Forgets the account's password: the session one at once, and the one in
 * the keyring. Clearing an account with no password succeeds.
 */
void
relay_secrets_clear_async (RelaySecrets        *self,
                           const char          *server,
                           guint                port,
                           const char          *user,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  RelaySecretsAccount *account;

  g_return_if_fail (RELAY_IS_SECRETS (self));
  g_return_if_fail (server != NULL);
  g_return_if_fail (user != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = start_task (self, relay_secrets_clear_async, cancellable, callback, user_data);

  if (!(account = _relay_secrets_account_new (server, port, user, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, account, _relay_secrets_account_free);

  if (_relay_secrets_session_matches (self, account))
    relay_secrets_forget_session_password (self);

  secret_password_clear (get_schema (), cancellable, on_clear_done_cb, g_steal_pointer (&task),
                         "protocol", PROTOCOL_SMTP,
                         "server", account->server,
                         "port", (int) account->port,
                         "user", account->user,
                         NULL);
}

/**
 * relay_secrets_clear_finish:
 * @self: a #RelaySecrets
 * @result: the #GAsyncResult
 * @error: a location for a #GError
 *
 * Returns: %TRUE if no password is kept for the account any more
 */
gboolean
relay_secrets_clear_finish (RelaySecrets  *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (RELAY_IS_SECRETS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Is available */

static void
on_is_available_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GList *items;

  items = secret_password_search_finish (result, &error);
  g_list_free_full (items, g_object_unref);

  if (error != NULL)
    return_secret_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * relay_secrets_is_available_async:
 * @self: a #RelaySecrets
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the answer
 * @user_data: data for @callback
 *
 * Asks the keyring a question that needs it to answer (a search for
 * Relay's items, which neither unlocks nor reads anything), to tell whether
 * passwords can be kept in it.
 */
void
relay_secrets_is_available_async (RelaySecrets        *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (RELAY_IS_SECRETS (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = start_task (self, relay_secrets_is_available_async, cancellable, callback, user_data);

  secret_password_search (get_schema (), SECRET_SEARCH_NONE, cancellable,
                          on_is_available_done_cb, task,
                          "protocol", PROTOCOL_SMTP,
                          NULL);
}

/**
 * relay_secrets_is_available_finish:
 * @self: a #RelaySecrets
 * @result: the #GAsyncResult
 * @error: a location for a #GError
 *
 * Returns: %TRUE if a keyring answers; otherwise %FALSE with @error set,
 *   usually to %RELAY_SECRETS_ERROR_NO_SERVICE
 */
gboolean
relay_secrets_is_available_finish (RelaySecrets  *self,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (RELAY_IS_SECRETS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
