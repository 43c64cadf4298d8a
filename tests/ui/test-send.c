/* test-send.c
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

/* Sending from the wizard's last page, and the result on the case page,
 * against a real SMTP server (tests/servers/smtp-server.py) on 127.0.0.1.
 * The password is one kept for this session only, so no keyring is needed.
 *
 * With RELAY_TEST_SCREENSHOT_DIR=DIR it also saves pictures of the pages
 * there, for review (see relay_test_use_localedir() for translations: the
 * test finds widgets by their translated labels).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cases/relay-case-page.h"
#include "relay-application.h"
#include "wizard/relay-send-group.h"
#include "wizard/relay-wizard.h"

#include "relay-test-server.h"
#include "relay-test-ui.h"
#include "relay-test-utils.h"

#define USER     "defender@example.org"
#define PASSWORD "correct horse"

static char *data_home;

static void
wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static gboolean
is_idle (gpointer data)
{
  return !relay_send_group_get_sending (data);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  return relay_test_find_widget (root, GTK_TYPE_BUTTON, label);
}

/* Clicks Send (or Try Again) and confirms in the dialog. */
static void
send_and_confirm (RelaySendGroup *group,
                  const char     *button_label,
                  const char     *expected_heading)
{
  GtkWidget *button = find_button (GTK_WIDGET (group), button_label);
  AdwMessageDialog *dialog;

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  relay_test_iterate ();

  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, expected_heading);
  /* The dialog says where it goes and what it is. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "urgent-action@ohchr.org"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "hrc-sr-defenders@un.org"));
  /* As a click on its button does: answer, then close. */
  adw_message_dialog_response (dialog, "send");
  gtk_window_close (GTK_WINDOW (dialog));
  relay_test_iterate ();
}

static RelayCase *
make_case (RelayStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayVictim) named = relay_victim_new ();
  g_autoptr(RelayVictim) unnamed = relay_victim_new ();
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, "Arrest of Ana Quispe");
  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_country (kase, "PE");
  relay_case_set_sender_name (kase, "Lucía Fernández");
  relay_case_set_what_happened (kase, "Ana Quispe and Raúl Condori were arrested in Cusco.");
  relay_victim_set_name (named, "Ana Quispe");
  relay_victim_set_consent_government (named, RELAY_CONSENT_YES);
  relay_victim_set_name_form (named, RELAY_NAME_FORM_FULL);
  g_list_store_append (relay_case_get_victims (kase), named);
  relay_victim_set_name (unnamed, "Raúl Condori");
  relay_victim_set_consent_government (unnamed, RELAY_CONSENT_NO);
  g_list_store_append (relay_case_get_victims (kase), unnamed);
  relay_case_mandate_set_mandate_id (mandate, "sr-hrd");
  relay_case_mandate_set_role (mandate, RELAY_MANDATE_ROLE_LEAD);
  g_list_store_append (relay_case_get_mandates (kase), mandate);

  relay_store_save_case (store, kase, &error);
  g_assert_no_error (error);

  return kase;
}

static guint
count_received (const char *spool)
{
  guint n = 0;

  for (;; n++)
    {
      g_autofree char *name = g_strdup_printf ("%u.eml", n + 1);
      g_autofree char *path = g_build_filename (spool, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return n;
    }
}

static void
test_send_from_wizard (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayApplication) app = NULL;
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(RelayCase) stored = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-test-send-XXXXXX", &error);
  g_autofree char *spool = g_build_filename (dir, "spool", NULL);
  g_autofree char *cert = g_build_filename (dir, "cert.pem", NULL);
  g_autofree char *key = g_build_filename (dir, "key.pem", NULL);
  g_autofree char *script = relay_test_server_script_path ("smtp-server.py");
  g_autofree char *received = g_build_filename (spool, "1.eml", NULL);
  g_autofree char *contents = NULL;
  RelayTestServer *server;
  RelayStore *store;
  RelaySecrets *secrets;
  GSettings *settings;
  RelayWizard *wizard;
  RelaySendGroup *group;
  RelayCasePage *case_page;
  GtkWidget *window;
  GtkWidget *label;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (spool, 0700), ==, 0);
  relay_test_make_certificate (key, cert);

  {
    const char *argv[] = { script, "--tls", "starttls", "--cert", cert, "--key", key,
                           "--spool", spool, "--auth", USER ":" PASSWORD, NULL };
    server = relay_test_server_start (argv);
  }

  app = relay_application_new ("io.github.relayhr.Relay.Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  relay_application_set_mail_ca_file (app, cert);

  store = relay_application_get_store (app);
  g_assert_nonnull (store);
  settings = relay_application_get_settings (app);
  g_settings_set_string (settings, "smtp-server", "localhost");
  g_settings_set_int (settings, "smtp-port", relay_test_server_get_port (server));
  g_settings_set_string (settings, "smtp-user", USER);
  g_settings_set_string (settings, "smtp-from", USER);
  g_settings_set_boolean (settings, "smtp-copy-to-sender", FALSE);
  secrets = relay_application_get_secrets (app);
  relay_secrets_set_session_password (secrets, "localhost", relay_test_server_get_port (server),
                                      USER, "wrong password");

  kase = make_case (store);
  wizard = relay_wizard_new (store, relay_application_get_directory (app), settings, kase);
  gtk_window_present (GTK_WINDOW (wizard));
  relay_wizard_show_page (wizard, "review");
  relay_test_iterate ();

  group = RELAY_SEND_GROUP (relay_test_find_widget (GTK_WIDGET (wizard), RELAY_TYPE_SEND_GROUP, NULL));
  g_assert_nonnull (group);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (group)));
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (group), GTK_TYPE_LABEL,
                                            "urgent-action@ohchr.org, hrc-sr-defenders@un.org"));

  /* A refused password: the error shows in the page, nothing arrives. */
  send_and_confirm (group, _("_Send…"), _("Send This Submission?"));
  wait_for (is_idle, group);
  label = relay_test_find_widget (GTK_WIDGET (group), GTK_TYPE_LABEL,
                                  relay_mail_error_get_message (RELAY_MAIL_ERROR_LOGIN_DENIED));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_get_visible (find_button (GTK_WIDGET (group), _("_Open E-mail Preferences"))));
  relay_test_scroll_to (GTK_WIDGET (group), 24);
  relay_test_screenshot (GTK_WIDGET (wizard), "send-failed.png");
  g_assert_cmpuint (count_received (spool), ==, 0);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_DRAFT);

  /* The right password: the same message goes. */
  relay_secrets_set_session_password (secrets, "localhost", relay_test_server_get_port (server),
                                      USER, PASSWORD);
  send_and_confirm (group, _("_Try Again…"), _("Send This Submission Again?"));
  wait_for (is_idle, group);
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (group), GTK_TYPE_LABEL,
                                            _("Sent. The mail server accepted the submission; the proof of submission is kept with the case.")));
  g_assert_cmpuint (count_received (spool), ==, 1);
  relay_test_screenshot (GTK_WIDGET (wizard), "send-sent.png");
  g_file_get_contents (received, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "Ana Quispe"));
  g_assert_null (strstr (contents, "Condori"));

  /* The wizard's case and the stored one are "sent", with the proof. */
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_SENT);
  stored = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (stored), ==, RELAY_CASE_STATUS_SENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (stored))), ==, 1);

  /* The case page shows the proof of submission. */
  case_page = relay_case_page_new ();
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (case_page));
  relay_case_page_set_case (case_page, stored);
  gtk_window_present (GTK_WINDOW (window));
  relay_test_iterate ();
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (case_page), GTK_TYPE_LABEL, _("Sent by E-mail")));
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (case_page), GTK_TYPE_BUTTON, _("_Copy Proof")));
  if (g_getenv ("RELAY_TEST_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *expander = relay_test_find_widget (GTK_WIDGET (case_page), ADW_TYPE_EXPANDER_ROW, NULL);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
      gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
      relay_test_scroll_to (expander, 24);
      relay_test_screenshot (window, "case-proof.png");
    }

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (wizard));
  relay_test_iterate ();
  relay_test_server_stop (server);
  relay_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  relay_test_use_localedir ();
  g_test_init (&argc, &argv, NULL);

  data_home = g_dir_make_tmp ("relay-ui-send-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      relay_test_remove_tree (data_home);
      return 0;
    }

  adw_init ();

  g_test_add_func ("/ui/send/wizard", test_send_from_wizard);

  ret = g_test_run ();

  relay_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
