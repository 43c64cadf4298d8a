/* test-secrets.c
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

/*
 * RelaySecrets against a real gnome-keyring-daemon, or against a bus with
 * no keyring at all. This program runs through tests/servers/with-keyring.sh,
 * which starts a private session bus and says what is on it in
 * RELAY_TEST_KEYRING:
 *
 *   running  an unlocked gnome-keyring: store, look up, replace, clear,
 *            accounts kept apart, Unicode, no password on disk or in logs;
 *            the /secrets/locked tests lock the keyring, so meson runs them
 *            apart (-p), and the others with -s /secrets/locked
 *   none     no Secret Service (a bus without service files, or no bus at
 *            all): every call fails with RELAY_SECRETS_ERROR_NO_SERVICE,
 *            and the password for this session only still works
 *
 * Without RELAY_TEST_KEYRING the program says it was skipped.
 */

#include "config.h"

#include <string.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>
#include <libsecret/secret.h>

#include <relay/relay.h>

#define WAIT_SECONDS      30
#define SERVER            "smtp.example.org"
#define OTHER_SERVER      "mail.example.net"
#define USER              "ana@example.org"
#define OTHER_USER        "colectivo@example.org"
#define PASSWORD          "correct horse battery staple"
#define OTHER_PASSWORD    "Tr0ub4dor&3"
#define UNICODE_PASSWORD  "pässwörd-ñandú-密码-✓ «à» 🔑"
#define NO_SERVICE_HINT   "gnome-keyring"

/* The documented schema (relay-secrets.c), to look at what the keyring
 * holds without going through RelaySecrets. */
static const SecretSchema documented_schema = {
  SCHEMA_ID, SECRET_SCHEMA_NONE,
  {
    { "protocol", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "port", SECRET_SCHEMA_ATTRIBUTE_INTEGER },
    { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "NULL", 0 },
  }
};

typedef struct
{
  guint unused;
} Fixture;

/* Every message logged while the tests run, debug ones included. */
static GPtrArray *log_lines;
static gboolean forward_debug;
static GLogFunc previous_log_handler;

/*
 * Helpers
 */

static void
record_log_handler (const char     *log_domain,
                    GLogLevelFlags  log_level,
                    const char     *message,
                    gpointer        user_data)
{
  if (message != NULL)
    g_ptr_array_add (log_lines, g_strdup (message));

  if ((log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) != 0 && !forward_debug)
    return;

  previous_log_handler (log_domain, log_level, message, user_data);
}

static void
assert_not_logged (const char *text)
{
  for (guint i = 0; i < log_lines->len; i++)
    g_assert_null (strstr (g_ptr_array_index (log_lines, i), text));
}

static gboolean
set_flag_cb (gpointer data)
{
  gboolean *flag = data;

  *flag = TRUE;

  return G_SOURCE_REMOVE;
}

static void
on_result_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the main context until the call is done, or fails after a while. */
static GAsyncResult *
await_result (GAsyncResult **result)
{
  g_autoptr(GSource) timeout = g_timeout_source_new_seconds (WAIT_SECONDS);
  gboolean timed_out = FALSE;

  g_source_set_callback (timeout, set_flag_cb, &timed_out, NULL);
  g_source_attach (timeout, NULL);

  while (*result == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_source_destroy (timeout);
  g_assert_false (timed_out);

  return *result;
}

static gboolean
store_password (RelaySecrets  *secrets,
                const char    *server,
                guint          port,
                const char    *user,
                const char    *password,
                GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_secrets_store_async (secrets, server, port, user, password, NULL, on_result_cb, &result);

  return relay_secrets_store_finish (secrets, await_result (&result), error);
}

static char *
lookup_password (RelaySecrets  *secrets,
                 const char    *server,
                 guint          port,
                 const char    *user,
                 GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_secrets_lookup_async (secrets, server, port, user, NULL, on_result_cb, &result);

  return relay_secrets_lookup_finish (secrets, await_result (&result), error);
}

static gboolean
has_password (RelaySecrets  *secrets,
              const char    *server,
              guint          port,
              const char    *user,
              GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_secrets_has_password_async (secrets, server, port, user, NULL, on_result_cb, &result);

  return relay_secrets_has_password_finish (secrets, await_result (&result), error);
}

static gboolean
clear_password (RelaySecrets  *secrets,
                const char    *server,
                guint          port,
                const char    *user,
                GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_secrets_clear_async (secrets, server, port, user, NULL, on_result_cb, &result);

  return relay_secrets_clear_finish (secrets, await_result (&result), error);
}

static gboolean
is_available (RelaySecrets  *secrets,
              GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_secrets_is_available_async (secrets, NULL, on_result_cb, &result);

  return relay_secrets_is_available_finish (secrets, await_result (&result), error);
}

static void
assert_password (RelaySecrets *secrets,
                 const char   *server,
                 guint         port,
                 const char   *user,
                 const char   *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  password = lookup_password (secrets, server, port, user, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, expected);
}

static void
on_search_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The items of Relay's schema for the account (or any, for NULL and 0).
 * (The asynchronous search: libsecret's synchronous one leaks a little
 * in GDBus, which LeakSanitizer reports.) */
static GList *
search_items (const char *server,
              guint       port,
              const char *user)
{
  g_autofree char *port_text = g_strdup_printf ("%u", port);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) attributes = g_hash_table_new (g_str_hash, g_str_equal);
  GList *items;

  g_hash_table_insert (attributes, (gpointer) "protocol", (gpointer) "smtp");
  if (server != NULL)
    g_hash_table_insert (attributes, (gpointer) "server", (gpointer) server);
  if (port != 0)
    g_hash_table_insert (attributes, (gpointer) "port", port_text);
  if (user != NULL)
    g_hash_table_insert (attributes, (gpointer) "user", (gpointer) user);

  secret_password_searchv (&documented_schema, attributes, SECRET_SEARCH_ALL, NULL,
                           on_search_done_cb, &result);
  items = secret_password_search_finish (await_result (&result), &error);
  g_assert_no_error (error);

  return items;
}

/* How many items the keyring holds under Relay's schema. */
static guint
count_items (void)
{
  GList *items = search_items (NULL, 0, NULL);
  guint n = g_list_length (items);

  g_list_free_full (items, g_object_unref);

  return n;
}

static void
keyring_setup (Fixture       *fixture,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  /* Each test starts with no Relay item in the keyring. */
  secret_password_clear_sync (&documented_schema, NULL, &error, "protocol", "smtp", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (), ==, 0);
}

static void
keyring_teardown (Fixture       *fixture,
                  gconstpointer data)
{
  assert_not_logged (PASSWORD);
  assert_not_logged (OTHER_PASSWORD);
  assert_not_logged (UNICODE_PASSWORD);
}

static gboolean
contains_bytes (const char *haystack,
                gsize       length,
                const char *needle)
{
  gsize needle_length = strlen (needle);

  for (gsize i = 0; i + needle_length <= length; i++)
    if (memcmp (haystack + i, needle, needle_length) == 0)
      return TRUE;

  return FALSE;
}

/* Fails if any file under @dir holds @needle. Returns how many files were
 * read, so that the caller knows the search saw something. */
static guint
assert_not_in_files (const char *dir,
                     const char *needle)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n_files = 0;

  if (handle == NULL)
    return 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          n_files += assert_not_in_files (path, needle);
          continue;
        }

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;

      if (!g_file_get_contents (path, &contents, &length, NULL))
        continue;

      n_files++;
      if (contains_bytes (contents, length, needle))
        g_error ("The password was written to %s", path);
    }

  return n_files;
}

/*
 * With a running keyring
 */

static void
test_keyring_available (Fixture       *fixture,
                        gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (is_available (secrets, &error));
  g_assert_no_error (error);
}

static void
test_keyring_store_lookup (Fixture       *fixture,
                           gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) stored = NULL;
  GList *items;

  g_assert_false (has_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);

  g_assert_true (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  g_assert_no_error (error);

  g_assert_true (has_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);
  assert_password (secrets, SERVER, 587, USER, PASSWORD);

  /* A second object (as after a restart) finds it in the keyring. */
  g_clear_object (&secrets);
  secrets = relay_secrets_new ();
  assert_password (secrets, SERVER, 587, USER, PASSWORD);

  /* The item has the documented attributes, and a label without it. */
  items = search_items (SERVER, 587, USER);
  g_assert_cmpuint (g_list_length (items), ==, 1);
  {
    g_autofree char *label = secret_retrievable_get_label (items->data);

    g_assert_nonnull (strstr (label, USER));
    g_assert_nonnull (strstr (label, SERVER));
    g_assert_null (strstr (label, PASSWORD));
  }
  g_list_free_full (items, g_object_unref);

  stored = secret_password_lookup_sync (&documented_schema, NULL, &error,
                                        "protocol", "smtp",
                                        "server", SERVER,
                                        "port", 587,
                                        "user", USER,
                                        NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, PASSWORD);
}

static void
test_keyring_replace (Fixture       *fixture,
                      gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  g_assert_no_error (error);
  g_assert_true (store_password (secrets, SERVER, 587, USER, OTHER_PASSWORD, &error));
  g_assert_no_error (error);

  assert_password (secrets, SERVER, 587, USER, OTHER_PASSWORD);
  g_assert_cmpuint (count_items (), ==, 1);
}

static void
test_keyring_clear (Fixture       *fixture,
                    gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  g_assert_true (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  g_assert_no_error (error);

  g_assert_true (clear_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);

  password = lookup_password (secrets, SERVER, 587, USER, &error);
  g_assert_no_error (error);
  g_assert_null (password);
  g_assert_false (has_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (), ==, 0);

  /* Clearing what is not there is not an error. */
  g_assert_true (clear_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);
}

static void
test_keyring_nothing_stored (Fixture       *fixture,
                             gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  password = lookup_password (secrets, SERVER, 587, USER, &error);
  g_assert_no_error (error);
  g_assert_null (password);
}

static void
test_keyring_accounts_apart (Fixture       *fixture,
                             gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  g_assert_true (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  g_assert_no_error (error);
  g_assert_true (store_password (secrets, SERVER, 587, OTHER_USER, OTHER_PASSWORD, &error));
  g_assert_no_error (error);
  g_assert_true (store_password (secrets, OTHER_SERVER, 587, USER, UNICODE_PASSWORD, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_items (), ==, 3);

  assert_password (secrets, SERVER, 587, USER, PASSWORD);
  assert_password (secrets, SERVER, 587, OTHER_USER, OTHER_PASSWORD);
  assert_password (secrets, OTHER_SERVER, 587, USER, UNICODE_PASSWORD);

  /* Another port is another account. */
  password = lookup_password (secrets, SERVER, 465, USER, &error);
  g_assert_no_error (error);
  g_assert_null (password);

  /* Clearing one leaves the others. */
  g_assert_true (clear_password (secrets, SERVER, 587, OTHER_USER, &error));
  g_assert_no_error (error);
  assert_password (secrets, SERVER, 587, USER, PASSWORD);
  assert_password (secrets, OTHER_SERVER, 587, USER, UNICODE_PASSWORD);
  g_assert_cmpuint (count_items (), ==, 2);
}

static void
test_keyring_unicode (Fixture       *fixture,
                      gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (store_password (secrets, SERVER, 465, "josé.núñez@ejemplo.org",
                                 UNICODE_PASSWORD, &error));
  g_assert_no_error (error);
  assert_password (secrets, SERVER, 465, "josé.núñez@ejemplo.org", UNICODE_PASSWORD);
}

static void
test_keyring_normalized (Fixture       *fixture,
                         gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;

  /* What people type: spaces around, capitals in the server's name. */
  g_assert_true (store_password (secrets, "  SMTP.Example.ORG ", 587, " " USER "\t",
                                 PASSWORD, &error));
  g_assert_no_error (error);
  assert_password (secrets, SERVER, 587, USER, PASSWORD);
  g_assert_true (has_password (secrets, "smtp.EXAMPLE.org", 587, USER, &error));
  g_assert_no_error (error);

  /* User names may be case-sensitive on the server: kept as typed. */
  g_assert_false (has_password (secrets, SERVER, 587, "Ana@Example.org", &error));
  g_assert_no_error (error);
}

static void
test_keyring_invalid (Fixture       *fixture,
                      gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  g_assert_false (store_password (secrets, "  ", 587, USER, PASSWORD, &error));
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID);
  g_assert_null (strstr (error->message, PASSWORD));
  g_clear_error (&error);

  g_assert_false (store_password (secrets, SERVER, 587, "", PASSWORD, &error));
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (store_password (secrets, SERVER, 0, USER, PASSWORD, &error));
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (store_password (secrets, SERVER, 587, USER, "", &error));
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID);
  g_clear_error (&error);

  password = lookup_password (secrets, "", 587, USER, &error);
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_INVALID);
  g_assert_null (password);
  g_clear_error (&error);

  g_assert_cmpuint (count_items (), ==, 0);
}

static void
test_keyring_session_first (Fixture       *fixture,
                            gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  g_assert_no_error (error);

  /* The session password wins while it is set, and is not stored. */
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, OTHER_PASSWORD);
  assert_password (secrets, SERVER, 587, USER, OTHER_PASSWORD);
  g_assert_cmpuint (count_items (), ==, 1);

  relay_secrets_forget_session_password (secrets);
  assert_password (secrets, SERVER, 587, USER, PASSWORD);

  /* Saving in the keyring drops the session one of the same account. */
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, OTHER_PASSWORD);
  g_assert_true (store_password (secrets, SERVER, 587, USER, UNICODE_PASSWORD, &error));
  g_assert_no_error (error);
  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, USER));
  assert_password (secrets, SERVER, 587, USER, UNICODE_PASSWORD);
}

static void
test_keyring_cancelled (Fixture       *fixture,
                        gconstpointer data)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;

  g_cancellable_cancel (cancellable);
  relay_secrets_lookup_async (secrets, SERVER, 587, USER, cancellable, on_result_cb, &result);
  password = relay_secrets_lookup_finish (secrets, await_result (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (password);
}

/* Nothing secret reaches the settings file or any other file under HOME,
 * the logs included. */
static void
test_keyring_nothing_on_disk (Fixture       *fixture,
                              gconstpointer data)
{
  const char *home = g_getenv ("RELAY_TEST_HOME");
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettingsBackend) backend = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *keyfile = NULL;
  g_autofree char *keyring_file = NULL;
  g_autofree char *contents = NULL;

  g_assert_nonnull (home);

  /* The account as Preferences saves it, in a settings file under HOME. */
  keyfile = g_build_filename (g_get_user_config_dir (), "relay-test", "settings.ini", NULL);
  backend = g_keyfile_settings_backend_new (keyfile, "/io/github/relayhr/Relay/", "relay");
  settings = g_settings_new_with_backend (SCHEMA_ID, backend);
  g_settings_set_string (settings, "smtp-server", SERVER);
  g_settings_set_int (settings, "smtp-port", 465);
  g_settings_set_enum (settings, "smtp-security", 1);
  g_settings_set_string (settings, "smtp-user", USER);
  g_settings_sync ();

  g_assert_true (store_password (secrets, SERVER, 465, USER, UNICODE_PASSWORD, &error));
  g_assert_no_error (error);
  relay_secrets_set_session_password (secrets, OTHER_SERVER, 587, USER, OTHER_PASSWORD);
  assert_password (secrets, OTHER_SERVER, 587, USER, OTHER_PASSWORD);
  assert_password (secrets, SERVER, 465, USER, UNICODE_PASSWORD);

  /* The search reads real files: the settings, and the keyring's own. */
  g_assert_true (g_file_get_contents (keyfile, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, SERVER));
  keyring_file = g_build_filename (g_get_user_data_dir (), "keyrings", "login.keyring", NULL);
  g_assert_true (g_file_test (keyring_file, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpuint (assert_not_in_files (home, UNICODE_PASSWORD), >=, 2);
  g_assert_cmpuint (assert_not_in_files (home, OTHER_PASSWORD), >=, 2);
}

/*
 * With a locked keyring. These lock the login keyring and leave it locked:
 * no prompt can unlock it here (with-keyring.sh runs without a display).
 */

static void
lock_keyring (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SecretService) service = NULL;
  GList *collections;
  int n_locked;

  service = secret_service_get_sync (SECRET_SERVICE_LOAD_COLLECTIONS, NULL, &error);
  g_assert_no_error (error);
  collections = secret_service_get_collections (service);
  n_locked = secret_service_lock_sync (service, collections, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (n_locked, >, 0);
  g_list_free_full (collections, g_object_unref);
}

static void
test_locked (void)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  g_assert_true (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  g_assert_no_error (error);

  lock_keyring ();

  /* libsecret finds nothing in a locked keyring; we say it is locked
   * rather than "no password". */
  password = lookup_password (secrets, SERVER, 587, USER, &error);
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_LOCKED);
  g_assert_true (relay_secrets_error_is_unavailable (error));
  g_assert_null (password);
  g_clear_error (&error);

  /* Without unlocking, we still know a password is there. */
  g_assert_true (has_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);

  g_assert_false (store_password (secrets, SERVER, 587, USER, OTHER_PASSWORD, &error));
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_LOCKED);
  g_assert_null (strstr (error->message, OTHER_PASSWORD));
  g_clear_error (&error);

  g_assert_false (clear_password (secrets, SERVER, 587, USER, &error));
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_LOCKED);
  g_clear_error (&error);

  /* The way out: a password for this session only. */
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, OTHER_PASSWORD);
  assert_password (secrets, SERVER, 587, USER, OTHER_PASSWORD);

  assert_not_logged (PASSWORD);
  assert_not_logged (OTHER_PASSWORD);
}

/*
 * Without a keyring
 */

static void
assert_no_service (const GError *error)
{
  g_assert_error (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_NO_SERVICE);
  g_assert_true (relay_secrets_error_is_unavailable (error));
  /* Says what to install. */
  g_assert_nonnull (strstr (error->message, NO_SERVICE_HINT));
  g_assert_null (strstr (error->message, PASSWORD));
}

static void
test_no_service_errors (void)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  g_assert_false (is_available (secrets, &error));
  assert_no_service (error);
  g_clear_error (&error);

  g_assert_false (store_password (secrets, SERVER, 587, USER, PASSWORD, &error));
  assert_no_service (error);
  g_clear_error (&error);

  password = lookup_password (secrets, SERVER, 587, USER, &error);
  assert_no_service (error);
  g_assert_null (password);
  g_clear_error (&error);

  g_assert_false (has_password (secrets, SERVER, 587, USER, &error));
  assert_no_service (error);
  g_clear_error (&error);

  g_assert_false (clear_password (secrets, SERVER, 587, USER, &error));
  assert_no_service (error);
  g_clear_error (&error);

  assert_not_logged (PASSWORD);
}

static void
test_no_service_session (void)
{
  g_autoptr(RelaySecrets) secrets = relay_secrets_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySecretsPassword) password = NULL;

  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, USER));
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, UNICODE_PASSWORD);
  g_assert_true (relay_secrets_has_session_password (secrets, SERVER, 587, USER));
  g_assert_true (relay_secrets_has_session_password (secrets, " smtp.EXAMPLE.org", 587, USER));

  assert_password (secrets, SERVER, 587, USER, UNICODE_PASSWORD);
  g_assert_true (has_password (secrets, SERVER, 587, USER, &error));
  g_assert_no_error (error);

  /* Only for that account: another one still needs the keyring. */
  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, OTHER_USER));
  password = lookup_password (secrets, SERVER, 587, OTHER_USER, &error);
  assert_no_service (error);
  g_assert_null (password);
  g_clear_error (&error);
  password = lookup_password (secrets, SERVER, 465, USER, &error);
  assert_no_service (error);
  g_clear_error (&error);

  /* Replacing it keeps only the new one. */
  relay_secrets_set_session_password (secrets, SERVER, 587, OTHER_USER, OTHER_PASSWORD);
  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, USER));
  assert_password (secrets, SERVER, 587, OTHER_USER, OTHER_PASSWORD);

  /* Forgetting it brings the keyring's error back. */
  relay_secrets_forget_session_password (secrets);
  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, OTHER_USER));
  password = lookup_password (secrets, SERVER, 587, OTHER_USER, &error);
  assert_no_service (error);
  g_clear_error (&error);

  /* Setting NULL forgets it too; clearing forgets it even without keyring. */
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, PASSWORD);
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, NULL);
  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, USER));
  relay_secrets_set_session_password (secrets, SERVER, 587, USER, PASSWORD);
  g_assert_false (clear_password (secrets, SERVER, 587, USER, &error));
  assert_no_service (error);
  g_clear_error (&error);
  g_assert_false (relay_secrets_has_session_password (secrets, SERVER, 587, USER));

  assert_not_logged (PASSWORD);
  assert_not_logged (OTHER_PASSWORD);
  assert_not_logged (UNICODE_PASSWORD);
}

static void
test_password_free (void)
{
  char *password = g_strdup (PASSWORD);

  relay_secrets_password_free (password);
  relay_secrets_password_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = g_getenv ("RELAY_TEST_KEYRING");
  int status;

  /* Record RelaySecrets' debug messages without printing them. */
  forward_debug = g_getenv ("G_MESSAGES_DEBUG") != NULL;
  if (!forward_debug)
    g_setenv ("G_MESSAGES_DEBUG", "relay-secrets", TRUE);
  log_lines = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);
  previous_log_handler = g_log_set_default_handler (record_log_handler, NULL);

  if (g_strcmp0 (mode, "running") != 0 && g_strcmp0 (mode, "none") != 0)
    {
      /* A TAP plan of zero tests is how a TAP program says "skipped". */
      g_print ("1..0 # SKIP run through tests/servers/with-keyring.sh\n");
      g_clear_pointer (&log_lines, g_ptr_array_unref);
      return 0;
    }

  g_test_add_func ("/secrets/password-free", test_password_free);

  if (g_str_equal (mode, "running"))
    {
#define ADD(path, func) \
      g_test_add (path, Fixture, NULL, keyring_setup, func, keyring_teardown)

      ADD ("/secrets/keyring/available", test_keyring_available);
      ADD ("/secrets/keyring/store-lookup", test_keyring_store_lookup);
      ADD ("/secrets/keyring/replace", test_keyring_replace);
      ADD ("/secrets/keyring/clear", test_keyring_clear);
      ADD ("/secrets/keyring/nothing-stored", test_keyring_nothing_stored);
      ADD ("/secrets/keyring/accounts-apart", test_keyring_accounts_apart);
      ADD ("/secrets/keyring/unicode", test_keyring_unicode);
      ADD ("/secrets/keyring/normalized", test_keyring_normalized);
      ADD ("/secrets/keyring/invalid", test_keyring_invalid);
      ADD ("/secrets/keyring/session-first", test_keyring_session_first);
      ADD ("/secrets/keyring/cancelled", test_keyring_cancelled);
      ADD ("/secrets/keyring/nothing-on-disk", test_keyring_nothing_on_disk);

#undef ADD

      g_test_add_func ("/secrets/locked", test_locked);
    }
  else
    {
      g_test_add_func ("/secrets/no-service/errors", test_no_service_errors);
      g_test_add_func ("/secrets/no-service/session", test_no_service_session);
    }

  status = g_test_run ();

  /* Drop libsecret's shared connection, for LeakSanitizer. */
  secret_service_disconnect ();
  g_clear_pointer (&log_lines, g_ptr_array_unref);

  return status;
}
