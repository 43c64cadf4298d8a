/* test-preferences-mail.c
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The E-mail page of Preferences. Like test-secrets, this program runs
 * through tests/servers/with-keyring.sh (--keep-display), which says in
 * RELAY_TEST_KEYRING what the session bus has:
 *
 *   running  a real, unlocked gnome-keyring: the fields are bound to
 *            GSettings, the password goes to the keyring and never to
 *            GSettings, it is saved on Enter and not on each key press,
 *            and it can be removed
 *   none     no keyring (meson also runs it with no bus at all): the page
 *            says so, and "Use for This Session Only" keeps the password
 *            in memory, from where the test message uses it
 *
 * With RELAY_TEST_SCREENSHOT=FILE.png it also saves a picture of the page,
 * for review; RELAY_TEST_LOCALEDIR=DIR then takes the translations from DIR
 * (with LANGUAGE and LC_ALL set to the language wanted).
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "relay-mail-account.h"
#include "relay-mail-page.h"
#include "relay-preferences-window.h"

#include "relay-test-server.h"
#include "relay-test-ui.h"
#include "relay-test-utils.h"

#define WAIT_SECONDS  30
#define SERVER        "smtp.example.org"
#define USER          "ana@example.org"
#define SENDER        "ana.lopez@tierraviva.example.org"
#define PASSWORD      "correct horse battery staple"
#define OTHER_PASS    "pässwörd-ñandú ✓"

typedef struct
{
  GSettings              *settings;
  RelaySecrets           *secrets;
  RelayPreferencesWindow *prefs;
  RelayMailPage          *page;

  /* The mail server, for the tests that start one */
  char                   *dir;
  char                   *spool;
  RelayTestServer        *server;
} Fixture;

/*
 * Helpers
 */

static gboolean
set_flag_cb (gpointer data)
{
  gboolean *flag = data;

  *flag = TRUE;

  return G_SOURCE_REMOVE;
}

static void
iterate_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until the page waits for nothing. */
static void
wait_idle (RelayMailPage *page)
{
  gint64 end = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (relay_mail_page_get_busy (page) && g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_false (relay_mail_page_get_busy (page));
  relay_test_iterate ();
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  static const char *keys[] = {
    "smtp-server", "smtp-port", "smtp-security", "smtp-user", "smtp-from",
    "smtp-copy-to-sender", "sender-email",
  };

  fixture->settings = g_settings_new (SCHEMA_ID);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (fixture->settings, keys[i]);

  fixture->secrets = relay_secrets_new ();
  fixture->prefs = relay_preferences_window_new (fixture->settings, NULL, NULL, fixture->secrets);
  gtk_window_present (GTK_WINDOW (fixture->prefs));

  fixture->page = RELAY_MAIL_PAGE (relay_test_find_widget (GTK_WIDGET (fixture->prefs),
                                                           RELAY_TYPE_MAIL_PAGE, NULL));
  g_assert_nonnull (fixture->page);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->prefs), "email");
  wait_idle (fixture->page);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->prefs));
  relay_test_iterate ();

  g_clear_pointer (&fixture->server, relay_test_server_stop);
  if (fixture->dir != NULL)
    relay_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->spool, g_free);
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->settings);
}

static GtkWidget *
find_row (Fixture    *fixture,
          GType       type,
          const char *title)
{
  GtkWidget *row = relay_test_find_widget (GTK_WIDGET (fixture->page), type, title);

  g_assert_nonnull (row);

  return row;
}

static GtkWidget *
find_row_button (Fixture    *fixture,
                 const char *row_title)
{
  GtkWidget *row = find_row (fixture, ADW_TYPE_ACTION_ROW, row_title);
  GtkWidget *button = relay_test_find_widget (row, GTK_TYPE_BUTTON, NULL);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));

  return button;
}

static void
set_account (Fixture *fixture)
{
  g_settings_set_string (fixture->settings, "smtp-server", SERVER);
  g_settings_set_string (fixture->settings, "smtp-user", USER);
  g_settings_set_string (fixture->settings, "sender-email", SENDER);
  relay_test_iterate ();
  wait_idle (fixture->page);
}

/* A real SMTP server on 127.0.0.1 (tests/servers/smtp-server.py) that
 * wants STARTTLS and signing in as USER with PASSWORD, with a certificate
 * made for this run; the account of the page points to it. */
static void
start_smtp (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *script = relay_test_server_script_path ("smtp-server.py");
  g_autofree char *cert = NULL;
  g_autofree char *key = NULL;

  fixture->dir = g_dir_make_tmp ("relay-test-mail-page-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->spool = g_build_filename (fixture->dir, "spool", NULL);
  g_assert_cmpint (g_mkdir (fixture->spool, 0700), ==, 0);
  cert = g_build_filename (fixture->dir, "cert.pem", NULL);
  key = g_build_filename (fixture->dir, "key.pem", NULL);
  relay_test_make_certificate (key, cert);

  {
    const char *argv[] = { script, "--tls", "starttls", "--cert", cert, "--key", key,
                           "--spool", fixture->spool, "--auth", USER ":" PASSWORD, NULL };

    fixture->server = relay_test_server_start (argv);
  }

  relay_mail_page_set_ca_file (fixture->page, cert);
  g_settings_set_string (fixture->settings, "smtp-server", "localhost");
  g_settings_set_int (fixture->settings, "smtp-port", relay_test_server_get_port (fixture->server));
  g_settings_set_enum (fixture->settings, "smtp-security", RELAY_MAIL_SECURITY_STARTTLS);
  g_settings_set_string (fixture->settings, "smtp-user", USER);
  g_settings_set_string (fixture->settings, "sender-email", SENDER);
  relay_test_iterate ();
  wait_idle (fixture->page);
}

/* The messages the server accepted. */
static guint
count_messages (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->spool, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".eml");

  return n;
}

static GtkWidget *
find_test_status_label (Fixture *fixture)
{
  const char *status = relay_mail_page_get_test_status (fixture->page);
  GtkWidget *label;

  g_assert_nonnull (status);
  label = relay_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, status);
  g_assert_nonnull (label);

  return label;
}

/* Fails if any key of the schema holds @text. */
static void
assert_not_in_settings (GSettings  *settings,
                        const char *text)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *printed = g_variant_print (value, FALSE);

      g_assert_null (strstr (printed, text));
    }
}

static void
on_result_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static char *
lookup_password_at (Fixture     *fixture,
                    const char  *server,
                    guint        port,
                    GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  relay_secrets_lookup_async (fixture->secrets, server, port, USER, NULL, on_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return relay_secrets_lookup_finish (fixture->secrets, result, error);
}

static char *
lookup_password (Fixture  *fixture,
                 guint     port,
                 GError  **error)
{
  return lookup_password_at (fixture, SERVER, port, error);
}

static void
save_screenshot (Fixture *fixture)
{
  const char *path = g_getenv ("RELAY_TEST_SCREENSHOT");

  if (path != NULL)
    relay_test_save_screenshot (GTK_WIDGET (fixture->prefs), path);
}

/*
 * Tests
 */

static void
test_page (Fixture       *fixture,
           gconstpointer  data)
{
  AdwPreferencesPage *visible;

  visible = adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (fixture->prefs));
  g_assert_true (visible == ADW_PREFERENCES_PAGE (fixture->page));
  g_assert_cmpstr (adw_preferences_page_get_title (visible), ==, "E-mail");

  /* The help says where the settings come from and that mail is encrypted. */
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (fixture->page),
                                            ADW_TYPE_PREFERENCES_GROUP, "Outgoing Mail Server"));
  g_assert_nonnull (find_row (fixture, ADW_TYPE_ACTION_ROW, "Send a Test Message"));
}

static void
test_bound (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *server = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Server (such as smtp.example.org)");
  GtkWidget *user = find_row (fixture, ADW_TYPE_ENTRY_ROW, "User name (often your e-mail address)");
  GtkWidget *from = find_row (fixture, ADW_TYPE_ENTRY_ROW, "Send from");
  GtkWidget *security = find_row (fixture, ADW_TYPE_COMBO_ROW, "Encryption");
  GtkWidget *port = relay_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SPIN_BUTTON, NULL);
  GtkWidget *copy = relay_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SWITCH, NULL);
  GtkWidget *sending = find_row (fixture, ADW_TYPE_PREFERENCES_GROUP, "Sending");
  GtkWidget *test_row = find_row (fixture, ADW_TYPE_ACTION_ROW, "Send a Test Message");
  g_autofree char *value = NULL;

  g_assert_nonnull (port);
  g_assert_nonnull (copy);

  /* Settings → widgets */
  g_settings_set_string (fixture->settings, "smtp-server", SERVER);
  g_settings_set_string (fixture->settings, "smtp-user", USER);
  g_settings_set_int (fixture->settings, "smtp-port", 2525);
  g_settings_set_enum (fixture->settings, "smtp-security", RELAY_MAIL_SECURITY_TLS);
  g_settings_set_boolean (fixture->settings, "smtp-copy-to-sender", FALSE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (server)), ==, SERVER);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (user)), ==, USER);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (port)), ==, 2525);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (security)), ==, 1);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (copy)));

  /* Widgets → settings */
  gtk_editable_set_text (GTK_EDITABLE (server), "mail.example.net");
  value = g_settings_get_string (fixture->settings, "smtp-server");
  g_assert_cmpstr (value, ==, "mail.example.net");
  g_clear_pointer (&value, g_free);
  gtk_editable_set_text (GTK_EDITABLE (user), "colectivo");
  value = g_settings_get_string (fixture->settings, "smtp-user");
  g_assert_cmpstr (value, ==, "colectivo");
  g_clear_pointer (&value, g_free);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (port), 1025);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "smtp-port"), ==, 1025);
  adw_combo_row_set_selected (ADW_COMBO_ROW (security), 0);
  g_assert_cmpint (g_settings_get_enum (fixture->settings, "smtp-security"), ==,
                   RELAY_MAIL_SECURITY_STARTTLS);
  gtk_switch_set_active (GTK_SWITCH (copy), TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "smtp-copy-to-sender"));
  gtk_editable_set_text (GTK_EDITABLE (from), "urgent@tierraviva.example.org");
  value = g_settings_get_string (fixture->settings, "smtp-from");
  g_assert_cmpstr (value, ==, "urgent@tierraviva.example.org");
  g_clear_pointer (&value, g_free);

  /* The usual port follows the encryption, a chosen one stays. */
  g_settings_set_int (fixture->settings, "smtp-port", 587);
  adw_combo_row_set_selected (ADW_COMBO_ROW (security), 1);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "smtp-port"), ==, 465);
  adw_combo_row_set_selected (ADW_COMBO_ROW (security), 0);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "smtp-port"), ==, 587);
  g_settings_set_int (fixture->settings, "smtp-port", 2525);
  adw_combo_row_set_selected (ADW_COMBO_ROW (security), 1);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "smtp-port"), ==, 2525);

  /* With "Send from" empty, the page says which address is used. */
  gtk_editable_set_text (GTK_EDITABLE (from), "");
  g_settings_set_string (fixture->settings, "sender-email", SENDER);
  g_assert_nonnull (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (sending)),
                            SENDER));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (test_row)), SENDER));
  g_settings_set_string (fixture->settings, "sender-email", "");
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (test_row)), SENDER));

  wait_idle (fixture->page);
}

/* With a running keyring: Enter saves, key presses do not, Remove removes;
 * the password never reaches GSettings. */
static void
test_keyring_password (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *password_row;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  set_account (fixture);
  g_assert_null (relay_mail_page_get_keyring_problem (fixture->page));
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==, "No password saved");

  password_row = find_row (fixture, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (password_row), PASSWORD);
  iterate_for (200);
  assert_not_in_settings (fixture->settings, PASSWORD);

  /* Typing alone saves nothing. */
  stored = lookup_password (fixture, 587, &error);
  g_assert_no_error (error);
  g_assert_null (stored);

  /* Enter (the row's apply) does. */
  g_signal_emit_by_name (password_row, "apply");
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==, "Saved in the keyring");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password_row)), ==, "");
  stored = lookup_password (fixture, 587, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, PASSWORD);
  g_clear_pointer (&stored, relay_secrets_password_free);
  assert_not_in_settings (fixture->settings, PASSWORD);

  /* Another port is another account, with no password yet. */
  g_settings_set_int (fixture->settings, "smtp-port", 465);
  relay_test_iterate ();
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==, "No password saved");
  g_settings_set_int (fixture->settings, "smtp-port", 587);
  relay_test_iterate ();
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==, "Saved in the keyring");

  /* A new one replaces it, saved when the focus leaves the row. */
  g_assert_true (gtk_widget_grab_focus (password_row));
  gtk_editable_set_text (GTK_EDITABLE (password_row), OTHER_PASS);
  relay_test_iterate ();
  g_assert_true (gtk_widget_grab_focus (find_row (fixture, ADW_TYPE_ENTRY_ROW,
                                                  "Server (such as smtp.example.org)")));
  relay_test_iterate ();
  wait_idle (fixture->page);
  stored = lookup_password (fixture, 587, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, OTHER_PASS);
  g_clear_pointer (&stored, relay_secrets_password_free);
  assert_not_in_settings (fixture->settings, OTHER_PASS);

  /* Remove */
  g_signal_emit_by_name (find_row_button (fixture, "Saved in the keyring"), "clicked");
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==, "No password saved");
  stored = lookup_password (fixture, 587, &error);
  g_assert_no_error (error);
  g_assert_null (stored);
}

static void
test_keyring_incomplete (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *password_row = find_row (fixture, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL);

  /* No server: the password cannot be filed under an account. */
  g_settings_set_string (fixture->settings, "smtp-user", USER);
  relay_test_iterate ();
  wait_idle (fixture->page);
  gtk_editable_set_text (GTK_EDITABLE (password_row), PASSWORD);
  g_signal_emit_by_name (password_row, "apply");
  wait_idle (fixture->page);

  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==,
                   "The Password Was Not Saved");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password_row)), ==, PASSWORD);
  assert_not_in_settings (fixture->settings, PASSWORD);
}

static void
test_keyring_test_not_configured (Fixture       *fixture,
                                  gconstpointer  data)
{
  const char *status;

  set_account (fixture);
  relay_mail_page_send_test (fixture->page);
  wait_idle (fixture->page);

  status = relay_mail_page_get_test_status (fixture->page);
  g_assert_nonnull (status);
  g_assert_nonnull (strstr (status, "No password is saved for " USER " on " SERVER));
}

/* The test message, with a password typed but not yet saved: it is saved
 * first, then the message goes to the sender's address. */
static void
test_keyring_test_message (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *password_row = find_row (fixture, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  const char *status;

  start_smtp (fixture);

  gtk_editable_set_text (GTK_EDITABLE (password_row), PASSWORD);
  relay_mail_page_send_test (fixture->page);
  wait_idle (fixture->page);

  status = relay_mail_page_get_test_status (fixture->page);
  g_assert_nonnull (strstr (status, "The test message was sent to " SENDER));
  g_assert_true (gtk_widget_has_css_class (find_test_status_label (fixture), "success"));
  g_assert_cmpuint (count_messages (fixture), ==, 1);

  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==, "Saved in the keyring");
  stored = lookup_password_at (fixture, "localhost",
                               g_settings_get_int (fixture->settings, "smtp-port"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, PASSWORD);

  /* A wrong password: refused, said in plain words, nothing sent. */
  gtk_editable_set_text (GTK_EDITABLE (password_row), OTHER_PASS);
  g_signal_emit_by_name (password_row, "apply");
  wait_idle (fixture->page);
  relay_mail_page_send_test (fixture->page);
  wait_idle (fixture->page);

  status = relay_mail_page_get_test_status (fixture->page);
  g_assert_cmpstr (status, ==, relay_mail_error_get_message (RELAY_MAIL_ERROR_LOGIN_DENIED));
  g_assert_null (strstr (status, OTHER_PASS));
  g_assert_true (gtk_widget_has_css_class (find_test_status_label (fixture), "error"));
  g_assert_cmpuint (count_messages (fixture), ==, 1);
  assert_not_in_settings (fixture->settings, PASSWORD);
  assert_not_in_settings (fixture->settings, OTHER_PASS);
}

static void
test_keyring_screenshot (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *password_row = find_row (fixture, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (fixture->prefs), 640, 1000);
  set_account (fixture);
  gtk_editable_set_text (GTK_EDITABLE (password_row), PASSWORD);
  relay_mail_page_save_password (fixture->page);
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), !=, NULL);
  save_screenshot (fixture);
}

/* Without a keyring: the page says so, and the session password works,
 * up to a real test message. */
static void
test_no_keyring (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *password_row;
  const char *problem;
  const char *status;
  guint port;

  /* Told before any password is typed. */
  problem = relay_mail_page_get_keyring_problem (fixture->page);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "gnome-keyring"));

  start_smtp (fixture);
  port = g_settings_get_int (fixture->settings, "smtp-port");

  /* Without a password, the test message says what is missing. */
  relay_mail_page_send_test (fixture->page);
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_test_status (fixture->page), ==, problem);

  /* Enter: the keyring fails, the page says so, the password stays. */
  password_row = find_row (fixture, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (password_row), PASSWORD);
  g_signal_emit_by_name (password_row, "apply");
  wait_idle (fixture->page);
  g_assert_nonnull (relay_mail_page_get_keyring_problem (fixture->page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password_row)), ==, PASSWORD);

  /* Use for This Session Only */
  g_signal_emit_by_name (find_row_button (fixture, "Password for This Session Only"), "clicked");
  wait_idle (fixture->page);
  g_assert_cmpstr (relay_mail_page_get_password_status (fixture->page), ==,
                   "Kept for this session only");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (password_row)), ==, "");
  g_assert_true (relay_secrets_has_session_password (fixture->secrets, "localhost", port, USER));
  assert_not_in_settings (fixture->settings, PASSWORD);

  /* The test message goes out with it. */
  relay_mail_page_send_test (fixture->page);
  wait_idle (fixture->page);
  status = relay_mail_page_get_test_status (fixture->page);
  g_assert_nonnull (strstr (status, "The test message was sent to " SENDER));
  g_assert_true (gtk_widget_has_css_class (find_test_status_label (fixture), "success"));
  g_assert_cmpuint (count_messages (fixture), ==, 1);

  /* Forget */
  g_signal_emit_by_name (find_row_button (fixture, "Kept for this session only"), "clicked");
  wait_idle (fixture->page);
  g_assert_null (relay_mail_page_get_password_status (fixture->page));
  g_assert_false (relay_secrets_has_session_password (fixture->secrets, "localhost", port, USER));
}

static void
test_no_keyring_screenshot (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkWidget *password_row = find_row (fixture, ADW_TYPE_PASSWORD_ENTRY_ROW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (fixture->prefs), 640, 1000);
  set_account (fixture);
  gtk_editable_set_text (GTK_EDITABLE (password_row), PASSWORD);
  g_signal_emit_by_name (password_row, "apply");
  wait_idle (fixture->page);
  g_assert_nonnull (relay_mail_page_get_keyring_problem (fixture->page));
  save_screenshot (fixture);
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = g_getenv ("RELAY_TEST_KEYRING");

  relay_test_use_localedir ();
  g_test_init (&argc, &argv, NULL);

  if (g_strcmp0 (mode, "running") != 0 && g_strcmp0 (mode, "none") != 0)
    {
      /* A TAP plan of zero tests is how a TAP program says "skipped". */
      g_print ("1..0 # SKIP run through tests/servers/with-keyring.sh\n");
      return 0;
    }

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      return 0;
    }

  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  if (g_getenv ("RELAY_TEST_SCREENSHOT") != NULL)
    {
      if (g_str_equal (mode, "running"))
        ADD ("/ui/mail/screenshot", test_keyring_screenshot);
      else
        ADD ("/ui/mail/screenshot", test_no_keyring_screenshot);
      return g_test_run ();
    }

  ADD ("/ui/mail/page", test_page);
  ADD ("/ui/mail/bound", test_bound);

  if (g_str_equal (mode, "running"))
    {
      ADD ("/ui/mail/keyring/password", test_keyring_password);
      ADD ("/ui/mail/keyring/incomplete", test_keyring_incomplete);
      ADD ("/ui/mail/keyring/test-not-configured", test_keyring_test_not_configured);
      ADD ("/ui/mail/keyring/test-message", test_keyring_test_message);
    }
  else
    {
      ADD ("/ui/mail/no-keyring", test_no_keyring);
    }

#undef ADD

  return g_test_run ();
}
