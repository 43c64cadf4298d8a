/* test-mailer.c
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

/* Sending submissions by e-mail, with real parts: an SMTP server
 * (tests/servers/smtp-server.py, aiosmtpd) on 127.0.0.1 with STARTTLS and
 * sign-in, a certificate made by openssl for this run, and Python's own
 * e-mail parser (tests/servers/check-mail.py) to read what arrived.
 */

#include "config.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include <relay/relay.h>

#include "relay-test-server.h"
#include "relay-test-utils.h"

#define USER     "defender@example.org"
#define PASSWORD "pässwörd-Ω-1"
#define WAIT     60

static RelayDirectory *directory;

typedef struct
{
  char            *dir;
  char            *spool;
  char            *cert;
  char            *key;
  char            *other_cert;
  RelayTestServer *server;
  RelayStore      *store;
  RelayMailer     *mailer;
} Fixture;

/*
 * Helpers
 */

static RelayTestServer *
start_smtp (Fixture    *fixture,
            const char *tls,
            gboolean    auth)
{
  g_autofree char *script = relay_test_server_script_path ("smtp-server.py");
  const char *argv[] = { script, "--tls", tls, "--cert", fixture->cert, "--key", fixture->key,
                         "--spool", fixture->spool, auth ? "--auth" : NULL, USER ":" PASSWORD, NULL };

  return relay_test_server_start (argv);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other_key = NULL;
  g_autofree char *db = NULL;

  fixture->dir = g_dir_make_tmp ("relay-test-mailer-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->spool = g_build_filename (fixture->dir, "spool", NULL);
  g_assert_cmpint (g_mkdir (fixture->spool, 0700), ==, 0);
  fixture->cert = g_build_filename (fixture->dir, "cert.pem", NULL);
  fixture->key = g_build_filename (fixture->dir, "key.pem", NULL);
  fixture->other_cert = g_build_filename (fixture->dir, "other-cert.pem", NULL);
  other_key = g_build_filename (fixture->dir, "other-key.pem", NULL);
  relay_test_make_certificate (fixture->key, fixture->cert);
  relay_test_make_certificate (other_key, fixture->other_cert);

  db = g_build_filename (fixture->dir, "relay.db", NULL);
  fixture->store = relay_store_new (db, &error);
  g_assert_no_error (error);
  relay_directory_set_store (directory, fixture->store);

  fixture->server = start_smtp (fixture, "starttls", TRUE);

  fixture->mailer = relay_mailer_new ();
  relay_mailer_set_host (fixture->mailer, "localhost");
  relay_mailer_set_port (fixture->mailer, relay_test_server_get_port (fixture->server));
  relay_mailer_set_username (fixture->mailer, USER);
  relay_mailer_set_password (fixture->mailer, PASSWORD);
  relay_mailer_set_ca_file (fixture->mailer, fixture->cert);
  relay_mailer_set_timeout (fixture->mailer, 20);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  relay_test_server_stop (fixture->server);
  relay_directory_set_store (directory, NULL);
  g_clear_object (&fixture->mailer);
  g_clear_object (&fixture->store);
  relay_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->spool);
  g_free (fixture->cert);
  g_free (fixture->key);
  g_free (fixture->other_cert);
}

static void
add_victim (RelayCase    *kase,
            const char   *name,
            RelayConsent  government)
{
  g_autoptr(RelayVictim) victim = relay_victim_new ();

  relay_victim_set_name (victim, name);
  relay_victim_set_consent_government (victim, government);
  relay_victim_set_consent_public (victim, RELAY_CONSENT_NO);
  relay_victim_set_name_form (victim, RELAY_NAME_FORM_FULL);
  g_list_store_append (relay_case_get_victims (kase), victim);
}

static void
add_mandate (RelayCase        *kase,
             const char       *id,
             RelayMandateRole  role)
{
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();

  g_assert_nonnull (relay_directory_lookup (directory, id));
  relay_case_mandate_set_mandate_id (mandate, id);
  relay_case_mandate_set_role (mandate, role);
  g_list_store_append (relay_case_get_mandates (kase), mandate);
}

/* Two detained defenders; Ñusta Quispe agreed to be named to the
 * government, Raúl Condori did not. */
static RelayCase *
make_case (Fixture       *fixture,
           const char    *language,
           RelayCaseKind  kind)
{
  g_autoptr(GError) error = NULL;
  static const guint8 law[] = { '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0x00, 0xfe, 0x80 };
  g_autoptr(GBytes) bytes = g_bytes_new_static (law, sizeof law);
  g_autoptr(RelayAttachment) attachment = NULL;
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, "Detention of Ñusta Quispe and Raúl Condori");
  relay_case_set_kind (kase, kind);
  relay_case_set_urgent (kase, TRUE);
  relay_case_set_language (kase, language);
  relay_case_set_country (kase, "PE");
  relay_case_set_sender_name (kase, "Lucía Fernández");
  relay_case_set_sender_organisation (kase, "Colectivo Çaracol");
  relay_case_set_sender_email (kase, "lucia@caracol.example.org");
  add_victim (kase, "Ñusta Quispe", RELAY_CONSENT_YES);
  add_victim (kase, "Raúl Condori", RELAY_CONSENT_NO);
  relay_case_set_why_now (kase, "Leur transfert est annoncé — su traslado está anunciado.");
  relay_case_set_what_happened (kase,
    "Ñusta Quispe et Raúl Condori ont été arrêtés à Cusco ; detenidos sin orden judicial.");
  relay_case_set_action_requested (kase, "Libération immédiate — liberación inmediata.");
  relay_case_set_confidential_note (kase, "Secret: contact the family only through the lawyer.");

  attachment = relay_attachment_new_from_bytes ("Ley nº 30.151 — traducción.pdf", "application/pdf", bytes);
  g_list_store_append (relay_case_get_attachments (kase), attachment);

  add_mandate (kase, "sr-hrd", RELAY_MANDATE_ROLE_LEAD);
  add_mandate (kase, "wg-arbitrary-detention", RELAY_MANDATE_ROLE_JOINT);

  relay_store_save_case (fixture->store, kase, &error);
  g_assert_no_error (error);

  return kase;
}

/* The message is sent under the name of the case's sender: person and
 * organisation, either alone, or no name. */
static void
test_submission_sender_name (void)
{
  static const struct {
    const char *person, *organisation, *name;
  } senders[] = {
    { "Lucía Fernández", "Colectivo Çaracol", "Lucía Fernández (Colectivo Çaracol)" },
    { "Lucía Fernández", "", "Lucía Fernández" },
    { "", "Colectivo Çaracol", "Colectivo Çaracol" },
    { "", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (senders); i++)
    {
      g_autoptr(RelayCase) kase = relay_case_new ();
      g_autoptr(RelayLetter) letter = NULL;
      g_autoptr(RelaySubmission) submission = NULL;

      relay_case_set_sender_name (kase, senders[i].person);
      relay_case_set_sender_organisation (kase, senders[i].organisation);
      letter = relay_letter_new (kase, directory, "en");
      submission = relay_submission_new (letter);
      relay_submission_set_sender_from_case (submission, "lucia@caracol.example.org");

      g_assert_cmpstr (relay_submission_get_sender_name (submission), ==, senders[i].name);
      g_assert_cmpstr (relay_submission_get_sender_address (submission), ==, "lucia@caracol.example.org");
    }
}

static RelayOutboxMessage *
queue (Fixture     *fixture,
       RelayLetter *letter,
       gboolean     copy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelaySubmission) submission = relay_submission_new (letter);
  RelayOutboxMessage *message;

  relay_submission_set_sender (submission, "Lucía Fernández (Colectivo Çaracol)",
                               "lucia@caracol.example.org");
  relay_submission_set_copy_to_sender (submission, copy);
  message = relay_submission_build (submission, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);

  relay_store_queue_message (fixture->store, message, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_outbox_message_get_id (message), >, 0);

  return message;
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} SendResult;

static void
on_sent_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SendResult *send = user_data;

  send->ok = relay_submission_send_finish (result, &send->error);
  send->done = TRUE;
}

/* Sends and returns the error, if any. */
static GError *
send (Fixture            *fixture,
      RelayOutboxMessage *message,
      RelayCase          *kase)
{
  SendResult result = { 0 };

  relay_submission_send_async (fixture->store, fixture->mailer, message, kase, NULL,
                               on_sent_cb, &result);
  relay_test_wait_until (&result.done, WAIT);
  g_assert_true (result.ok == (result.error == NULL));

  return result.error;
}

static guint
count_received (Fixture *fixture)
{
  guint n = 0;

  while (TRUE)
    {
      g_autofree char *name = g_strdup_printf ("%u.eml", n + 1);
      g_autofree char *path = g_build_filename (fixture->spool, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return n;
      n++;
    }
}

/* What Python's e-mail parser reads in the n-th message received. */
static JsonObject *
read_received (Fixture *fixture,
               guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%u.eml", n);
  g_autofree char *path = g_build_filename (fixture->spool, name, NULL);
  g_autofree char *script = relay_test_server_script_path ("check-mail.py");
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, "/usr/bin/python3", script, path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &output, &errors, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (process))
    g_error ("check-mail.py failed: %s", errors);

  json_parser_load_from_data (parser, output, -1, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static char *
read_file_sha256 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static gboolean
array_has (JsonArray  *array,
           const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;

  return FALSE;
}

/* Whether any client event recorded by the server has this name. */
static gboolean
server_saw (Fixture    *fixture,
            const char *event)
{
  g_autofree char *path = g_build_filename (fixture->spool, "events.jsonl", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *needle = g_strdup_printf ("\"event\": \"%s\"", event);

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  return strstr (contents, needle) != NULL;
}

static void
reset_events (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->spool, "events.jsonl", NULL);

  g_unlink (path);
}

/*
 * The message
 */

static void
test_mime_headers (void)
{
  g_autoptr(RelayMimeMessage) mime = relay_mime_message_new ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 2, 29 - 1, 23, 5, 9);
  g_autofree char *text = NULL;
  const char *long_subject = "Appel urgent : détention arbitraire de défenseurs des droits "
                             "humains à Cusco, Pérou — transfert imminent vers une prison";

  relay_mime_message_set_from (mime, "Lucía \"Lu\" Fernández", "lucia@example.org");
  relay_mime_message_add_to (mime, "urgent-action@ohchr.org");
  relay_mime_message_add_to (mime, "URGENT-ACTION@ohchr.org");
  relay_mime_message_add_cc (mime, "lucia@example.org");
  relay_mime_message_set_subject (mime, long_subject);
  relay_mime_message_set_date (mime, date);
  relay_mime_message_set_text (mime, "Ligne 1\n.ligne avec point\nfin = égal   \n");

  first = relay_mime_message_to_bytes (mime);
  second = relay_mime_message_to_bytes (mime);
  /* The same message gives the same bytes: retries send what was hashed. */
  g_assert_true (g_bytes_equal (first, second));

  text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_true (g_str_has_prefix (text, "From: =?UTF-8?B?"));
  g_assert_nonnull (strstr (text, "\r\nDate: Sat, 28 Feb 2026 23:05:09 +0000\r\n"));
  g_assert_nonnull (strstr (text, "\r\nTo: urgent-action@ohchr.org\r\n"));
  g_assert_nonnull (strstr (text, "\r\nMessage-ID: <"));
  g_assert_nonnull (strstr (text, "@example.org>\r\n"));
  g_assert_nonnull (strstr (text, "fin =3D =C3=A9gal  =20\r\n"));
  g_assert_nonnull (strstr (text, "\r\n.ligne avec point\r\n"));

  /* No header line is longer than 78 characters, and every line ends in CRLF. */
  {
    g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_assert_cmpuint (strlen (lines[i]), <=, 78);
        g_assert_null (strchr (lines[i], '\n'));
      }
  }

  {
    g_auto(GStrv) recipients = relay_mime_message_dup_recipients (mime);

    g_assert_cmpuint (g_strv_length (recipients), ==, 2);
  }
}

static void
test_mime_parsed_back (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(RelayMimeMessage) mime = relay_mime_message_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) attachment = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autofree char *path = g_build_filename (fixture->spool, "1.eml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  JsonArray *attachments;
  JsonObject *file;
  const char *subject = "Comunicación urgente: detención de Ñusta Quispe y defensores en Cusco, "
                        "Perú — 日本語も";

  for (guint i = 0; i < 70000; i++)
    g_string_append_c (big, (char) (i * 7));
  attachment = g_string_free_to_bytes (g_steal_pointer (&big));

  relay_mime_message_set_from (mime, "Colectivo Çaracol", "info@caracol.example.org");
  relay_mime_message_add_to (mime, "urgent-action@ohchr.org");
  relay_mime_message_set_subject (mime, subject);
  relay_mime_message_set_language (mime, "es");
  relay_mime_message_set_text (mime, "Señoras y señores:\n\nUna línea muy larga sin ningún salto "
                                     "de línea que supera con creces los setenta y seis caracteres "
                                     "permitidos por línea en quoted-printable — ¿verdad?\n");
  relay_mime_message_add_attachment (mime, "../Ley nº 30.151.pdf", "application/pdf", attachment);
  bytes = relay_mime_message_to_bytes (mime);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  parsed = read_received (fixture, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "defects")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, subject);
  g_assert_cmpstr (json_object_get_string_member (parsed, "from_name"), ==, "Colectivo Çaracol");
  g_assert_cmpstr (json_object_get_string_member (parsed, "content_language"), ==, "es");
  g_assert_cmpstr (json_object_get_string_member (parsed, "text"), ==,
                   "Señoras y señores:\n\nUna línea muy larga sin ningún salto de línea que supera "
                   "con creces los setenta y seis caracteres permitidos por línea en "
                   "quoted-printable — ¿verdad?\n");

  attachments = json_object_get_array_member (parsed, "attachments");
  g_assert_cmpuint (json_array_get_length (attachments), ==, 1);
  file = json_array_get_object_element (attachments, 0);
  /* Only the name, never a path. */
  g_assert_cmpstr (json_object_get_string_member (file, "filename"), ==, ".._Ley nº 30.151.pdf");
  g_assert_cmpstr (json_object_get_string_member (file, "content_type"), ==, "application/pdf");
  {
    g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, attachment);

    g_assert_cmpstr (json_object_get_string_member (file, "sha256"), ==, sha256);
  }
}

/*
 * Sending a submission
 */

static void
check_submission (Fixture     *fixture,
                  const char  *language,
                  gboolean     confidential)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCase) kase = make_case (fixture, language, RELAY_CASE_KIND_REPRISAL);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, language);
  g_autoptr(RelayOutboxMessage) message = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autoptr(GListModel) outbox = NULL;
  g_autoptr(RelayCase) reloaded = NULL;
  g_autoptr(RelayTimelineEntry) entry = NULL;
  g_autofree char *export = g_build_filename (fixture->dir, "export.pdf", NULL);
  g_autofree char *export_sha256 = NULL;
  g_autofree char *received = g_build_filename (fixture->spool, "1.eml", NULL);
  g_autofree char *received_sha256 = NULL;
  g_autofree char *subject = relay_letter_dup_subject (letter);
  g_autofree char *proof = NULL;
  g_autofree char *envelope_text = NULL;
  g_autofree char *envelope_path = g_build_filename (fixture->spool, "1.json", NULL);
  g_autoptr(GFile) export_file = g_file_new_for_path (export);
  JsonArray *to;
  JsonObject *pdf;
  const char *text;
  const char *pdftext;

  relay_letter_set_include_confidential (letter, confidential);
  message = queue (fixture, letter, TRUE);

  /* The export, from the same letter, after the message was built. */
  relay_letter_save_pdf (letter, export_file, NULL, &error);
  g_assert_no_error (error);
  export_sha256 = read_file_sha256 (export);

  g_assert_null (send (fixture, message, kase));
  g_assert_cmpuint (count_received (fixture), ==, 1);

  /* The bytes that arrived are the bytes that were hashed and stored. */
  received_sha256 = read_file_sha256 (received);
  g_assert_cmpstr (received_sha256, ==, relay_outbox_message_get_sha256 (message));

  /* The envelope, over TLS and signed in. */
  g_file_get_contents (envelope_path, &envelope_text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (envelope_text, "\"tls\": true"));
  g_assert_nonnull (strstr (envelope_text, "\"authenticated\": true"));
  g_assert_nonnull (strstr (envelope_text, "\"mail_from\": \"lucia@caracol.example.org\""));

  parsed = read_received (fixture, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "defects")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, subject);
  g_assert_cmpstr (json_object_get_string_member (parsed, "content_language"), ==, language);
  g_assert_cmpstr (json_object_get_string_member (parsed, "message_id"), ==,
                   relay_outbox_message_get_message_id (message));

  to = json_object_get_array_member (parsed, "to");
  g_assert_true (array_has (to, "urgent-action@ohchr.org"));
  g_assert_true (array_has (to, "hrc-sr-defenders@un.org"));
  g_assert_true (array_has (to, "hrc-wg-ad@un.org"));
  g_assert_true (array_has (to, "reprisals@ohchr.org"));
  g_assert_cmpuint (json_array_get_length (to), ==, 4);
  g_assert_true (array_has (json_object_get_array_member (parsed, "cc"), "lucia@caracol.example.org"));

  /* UTF-8 text, the named victim, never the one without consent. */
  text = json_object_get_string_member (parsed, "text");
  g_assert_nonnull (strstr (text, "Ñusta Quispe"));
  g_assert_null (strstr (text, "Condori"));
  g_assert_nonnull (strstr (text, g_str_equal (language, "fr") ? "Libération immédiate"
                                                               : "liberación inmediata"));
  g_assert_true ((strstr (text, "contact the family only") != NULL) == confidential);

  /* The PDF is byte for byte the export; and it names no one without consent. */
  pdf = json_array_get_object_element (json_object_get_array_member (parsed, "attachments"), 0);
  g_assert_cmpstr (json_object_get_string_member (pdf, "content_type"), ==, "application/pdf");
  g_assert_cmpstr (json_object_get_string_member (pdf, "sha256"), ==, export_sha256);
  pdftext = json_object_get_string_member (pdf, "pdftext");
  g_assert_nonnull (strstr (pdftext, "Quispe"));
  g_assert_null (strstr (pdftext, "Condori"));
  g_assert_true ((strstr (pdftext, "contact the family only") != NULL) == confidential);
  {
    g_autofree char *pdf_name = relay_letter_dup_pdf_file_name (letter);

    g_assert_cmpstr (json_object_get_string_member (pdf, "filename"), ==, pdf_name);
  }

  /* The document, as it was stored. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (parsed, "attachments"), 1), "filename"),
                   ==, "Ley nº 30.151 — traducción.pdf");

  /* The outbox and the case hold the proof of submission. */
  g_assert_cmpint (relay_outbox_message_get_status (message), ==, RELAY_OUTBOX_STATUS_SENT);
  outbox = relay_store_list_outbox (fixture->store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (outbox), ==, 1);
  {
    g_autoptr(RelayOutboxMessage) listed = g_list_model_get_item (outbox, 0);
    GPtrArray *files = relay_outbox_message_get_files (listed);

    g_assert_cmpint (relay_outbox_message_get_status (listed), ==, RELAY_OUTBOX_STATUS_SENT);
    g_assert_cmpuint (relay_outbox_message_get_attempts (listed), ==, 1);
    g_assert_nonnull (relay_outbox_message_get_sent_at (listed));
    g_assert_cmpstr (relay_outbox_message_get_sha256 (listed), ==, received_sha256);
    g_assert_cmpuint (files->len, ==, 2);
    g_assert_cmpstr (relay_proof_file_get_sha256 (g_ptr_array_index (files, 0)), ==, export_sha256);
    proof = relay_outbox_message_dup_proof_text (listed);
    g_assert_nonnull (strstr (proof, received_sha256));
    g_assert_nonnull (strstr (proof, export_sha256));
    g_assert_nonnull (strstr (proof, relay_outbox_message_get_message_id (message)));
    g_assert_nonnull (strstr (proof, "reprisals@ohchr.org"));
  }

  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_SENT);
  reloaded = relay_store_load_case (fixture->store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (reloaded), ==, RELAY_CASE_STATUS_SENT);
  g_assert_nonnull (relay_case_get_submitted_at (reloaded));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (reloaded))), ==, 1);
  entry = g_list_model_get_item (G_LIST_MODEL (relay_case_get_timeline (reloaded)), 0);
  g_assert_cmpint (relay_timeline_entry_get_kind (entry), ==, RELAY_TIMELINE_KIND_SUBMITTED);
  g_assert_cmpstr (relay_timeline_entry_get_reference (entry), ==,
                   relay_outbox_message_get_message_id (message));
  g_assert_nonnull (strstr (relay_timeline_entry_get_note (entry), "hrc-wg-ad@un.org"));
  /* …and the checksums, as sha256sum(1) writes them. */
  {
    g_autofree char *message_line = g_strdup_printf ("\n%s  message.eml", received_sha256);
    g_autofree char *pdf_line = g_strdup_printf ("\n%s  %s", export_sha256,
                                                 json_object_get_string_member (pdf, "filename"));

    g_assert_nonnull (strstr (relay_timeline_entry_get_note (entry), message_line));
    g_assert_nonnull (strstr (relay_timeline_entry_get_note (entry), pdf_line));
  }

  /* Never twice. */
  {
    g_autoptr(GError) again = send (fixture, message, kase);

    g_assert_error (again, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_ALREADY_SENT);
    g_assert_cmpuint (count_received (fixture), ==, 1);
    relay_store_discard_message (fixture->store, message, &error);
    g_assert_error (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_ALREADY_SENT);
  }
}

static void
test_send_french (Fixture       *fixture,
                  gconstpointer  data)
{
  check_submission (fixture, "fr", FALSE);
}

static void
test_send_spanish_with_confidential_part (Fixture       *fixture,
                                          gconstpointer  data)
{
  check_submission (fixture, "es", TRUE);
}

static void
test_send_implicit_tls (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RelayCase) kase = make_case (fixture, "en", RELAY_CASE_KIND_ALLEGATION);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelayOutboxMessage) message = queue (fixture, letter, FALSE);
  g_autoptr(JsonObject) parsed = NULL;

  relay_test_server_stop (fixture->server);
  fixture->server = start_smtp (fixture, "implicit", TRUE);
  relay_mailer_set_security (fixture->mailer, RELAY_MAIL_SECURITY_TLS);
  relay_mailer_set_port (fixture->mailer, relay_test_server_get_port (fixture->server));

  g_assert_null (send (fixture, message, kase));
  parsed = read_received (fixture, 1);
  /* An allegation letter without a copy: no reprisals address, no Cc. */
  g_assert_false (array_has (json_object_get_array_member (parsed, "to"), "reprisals@ohchr.org"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "cc")), ==, 0);
}

/*
 * Faults: each leaves the message failed in the outbox with a clear reason,
 * and a retry sends it once the fault is gone.
 */

typedef void (*FaultFunc) (Fixture *fixture, gboolean on);

static void
check_fault (Fixture        *fixture,
             FaultFunc       fault,
             RelayMailError  expected)
{
  g_autoptr(RelayCase) kase = make_case (fixture, "en", RELAY_CASE_KIND_URGENT_APPEAL);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelayOutboxMessage) message = queue (fixture, letter, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) outbox = NULL;
  g_autoptr(RelayOutboxMessage) stored = NULL;
  g_autofree char *log = NULL;

  fault (fixture, TRUE);
  error = send (fixture, message, kase);
  g_assert_error (error, RELAY_MAIL_ERROR, (int) expected);
  g_assert_cmpstr (error->message, ==, relay_mail_error_get_message (expected));
  g_assert_null (strstr (error->message, PASSWORD));
  g_assert_cmpuint (count_received (fixture), ==, 0);

  /* Kept, as failed, with the reason; the case is not "sent". */
  outbox = relay_store_list_outbox (fixture->store, relay_case_get_uuid (kase), NULL);
  stored = g_list_model_get_item (outbox, 0);
  g_assert_cmpint (relay_outbox_message_get_status (stored), ==, RELAY_OUTBOX_STATUS_FAILED);
  g_assert_cmpint (relay_outbox_message_get_last_error (stored), ==, expected);
  g_assert_cmpuint (relay_outbox_message_get_attempts (stored), ==, 1);
  g_assert_cmpstr (relay_outbox_message_get_last_error_detail (stored), !=, "");
  g_assert_null (strstr (relay_outbox_message_get_last_error_detail (stored), PASSWORD));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_DRAFT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (kase))), ==, 0);

  /* The fault is gone: the same message goes, once. */
  fault (fixture, FALSE);
  g_clear_error (&error);
  error = send (fixture, stored, kase);
  g_assert_no_error (error);
  g_assert_cmpuint (count_received (fixture), ==, 1);
  g_assert_cmpuint (relay_outbox_message_get_attempts (stored), ==, 2);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_SENT);
  {
    g_autofree char *path = g_build_filename (fixture->spool, "1.eml", NULL);
    g_autofree char *sha256 = read_file_sha256 (path);

    g_assert_cmpstr (sha256, ==, relay_outbox_message_get_sha256 (message));
  }
}

static void
fault_server_down (Fixture  *fixture,
                   gboolean  on)
{
  if (on)
    {
      guint16 port = relay_test_server_get_port (fixture->server);

      relay_test_server_stop (fixture->server);
      fixture->server = NULL;
      relay_mailer_set_port (fixture->mailer, port);
    }
  else
    {
      fixture->server = start_smtp (fixture, "starttls", TRUE);
      relay_mailer_set_port (fixture->mailer, relay_test_server_get_port (fixture->server));
    }
}

static void
fault_wrong_password (Fixture  *fixture,
                      gboolean  on)
{
  relay_mailer_set_password (fixture->mailer, on ? "not-the-password" : PASSWORD);
}

static void
fault_untrusted_certificate (Fixture  *fixture,
                             gboolean  on)
{
  relay_mailer_set_ca_file (fixture->mailer, on ? fixture->other_cert : fixture->cert);
  if (!on)
    g_assert_false (server_saw (fixture, "auth"));
}

static void
fault_no_starttls (Fixture  *fixture,
                   gboolean  on)
{
  relay_test_server_stop (fixture->server);
  reset_events (fixture);
  fixture->server = start_smtp (fixture, on ? "none" : "starttls", TRUE);
  relay_mailer_set_port (fixture->mailer, relay_test_server_get_port (fixture->server));
}

static void
fault_no_starttls_check (Fixture  *fixture,
                         gboolean  on)
{
  /* Refused before any credentials or addresses went in clear; the
   * server's record is checked before the server is replaced. */
  if (!on)
    {
      g_assert_true (server_saw (fixture, "ehlo"));
      g_assert_false (server_saw (fixture, "auth"));
      g_assert_false (server_saw (fixture, "mail"));
    }
  fault_no_starttls (fixture, on);
}

static void
fault_dropped (Fixture  *fixture,
               gboolean  on)
{
  if (on)
    relay_test_server_command (fixture->server, "drop-data 1");
  else
    g_assert_true (server_saw (fixture, "dropped"));
}

static void
fault_too_large (Fixture  *fixture,
                 gboolean  on)
{
  relay_test_server_command (fixture->server, on ? "size-limit 2000" : "size-limit 50000000");
}

static void
test_fault_server_down (Fixture *fixture, gconstpointer data)
{
  check_fault (fixture, fault_server_down, RELAY_MAIL_ERROR_UNREACHABLE);
}

static void
test_fault_wrong_password (Fixture *fixture, gconstpointer data)
{
  check_fault (fixture, fault_wrong_password, RELAY_MAIL_ERROR_LOGIN_DENIED);
}

static void
test_fault_untrusted_certificate (Fixture *fixture, gconstpointer data)
{
  check_fault (fixture, fault_untrusted_certificate, RELAY_MAIL_ERROR_CERTIFICATE);
}

static void
test_fault_no_starttls (Fixture *fixture, gconstpointer data)
{
  check_fault (fixture, fault_no_starttls_check, RELAY_MAIL_ERROR_NO_ENCRYPTION);
}

static void
test_fault_dropped (Fixture *fixture, gconstpointer data)
{
  check_fault (fixture, fault_dropped, RELAY_MAIL_ERROR_CONNECTION_LOST);
}

static void
test_fault_too_large (Fixture *fixture, gconstpointer data)
{
  check_fault (fixture, fault_too_large, RELAY_MAIL_ERROR_TOO_LARGE);
}

static void
test_recipient_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCase) kase = make_case (fixture, "en", RELAY_CASE_KIND_URGENT_APPEAL);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelayOutboxMessage) message = NULL;

  relay_directory_set_local_email (directory, "sr-hrd", "nobody@refused.example.org", &error);
  g_assert_no_error (error);
  message = queue (fixture, letter, FALSE);
  relay_directory_set_local_email (directory, "sr-hrd", NULL, &error);
  g_assert_no_error (error);

  error = send (fixture, message, kase);
  g_assert_error (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_RECIPIENT_REFUSED);
  g_assert_cmpuint (count_received (fixture), ==, 0);

  /* A failed message can be discarded. */
  g_clear_error (&error);
  relay_store_discard_message (fixture->store, message, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) outbox = relay_store_list_outbox (fixture->store, NULL, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (outbox), ==, 0);
  }
}

static void
test_interrupted (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCase) kase = make_case (fixture, "en", RELAY_CASE_KIND_URGENT_APPEAL);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelayOutboxMessage) message = queue (fixture, letter, FALSE);
  g_autoptr(RelayStore) reopened = NULL;
  g_autoptr(RelayOutboxMessage) stored = NULL;

  /* Relay quits with the message "sending"… */
  relay_store_begin_sending (fixture->store, message, &error);
  g_assert_no_error (error);
  relay_store_begin_sending (fixture->store, message, &error);
  g_assert_error (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_BUSY);
  g_clear_error (&error);
  g_clear_object (&fixture->store);

  /* …and at the next start it is kept, failed, with a warning. */
  {
    g_autofree char *db = g_build_filename (fixture->dir, "relay.db", NULL);

    reopened = relay_store_new (db, &error);
  }
  g_assert_no_error (error);
  g_assert_cmpuint (relay_store_recover_outbox (reopened, &error), ==, 1);
  g_assert_no_error (error);
  stored = relay_store_load_outbox_message (reopened, relay_outbox_message_get_id (message), &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_outbox_message_get_status (stored), ==, RELAY_OUTBOX_STATUS_FAILED);
  g_assert_cmpint (relay_outbox_message_get_last_error (stored), ==, RELAY_MAIL_ERROR_INTERRUPTED);
  g_assert_true (g_bytes_equal (relay_outbox_message_get_bytes (stored),
                                relay_outbox_message_get_bytes (message)));
  fixture->store = g_steal_pointer (&reopened);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RelayCase) kase = make_case (fixture, "en", RELAY_CASE_KIND_URGENT_APPEAL);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelayOutboxMessage) message = queue (fixture, letter, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  SendResult result = { 0 };

  relay_submission_send_async (fixture->store, fixture->mailer, message, kase, cancellable,
                               on_sent_cb, &result);
  g_cancellable_cancel (cancellable);
  relay_test_wait_until (&result.done, WAIT);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&result.error);
  g_assert_cmpint (relay_outbox_message_get_status (message), ==, RELAY_OUTBOX_STATUS_FAILED);
  g_assert_cmpint (relay_outbox_message_get_last_error (message), ==, RELAY_MAIL_ERROR_CANCELLED);
  g_assert_false (relay_mailer_get_busy (fixture->mailer));
}

static void
test_not_configured (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCase) kase = make_case (fixture, "en", RELAY_CASE_KIND_URGENT_APPEAL);
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelaySubmission) submission = relay_submission_new (letter);
  g_autoptr(RelayOutboxMessage) message = relay_submission_build (submission, &error);

  g_assert_error (error, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED);
  g_assert_null (message);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} TestResult;

static void
on_test_sent_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TestResult *test = user_data;

  test->ok = relay_mailer_send_test_finish (RELAY_MAILER (object), result, NULL, &test->error);
  test->done = TRUE;
}

static void
test_test_message (Fixture       *fixture,
                   gconstpointer  data)
{
  TestResult result = { 0 };
  g_autoptr(JsonObject) parsed = NULL;

  relay_mailer_send_test_async (fixture->mailer, USER, NULL, on_test_sent_cb, &result);
  relay_test_wait_until (&result.done, WAIT);
  g_assert_no_error (result.error);
  g_assert_true (result.ok);

  parsed = read_received (fixture, 1);
  g_assert_true (array_has (json_object_get_array_member (parsed, "to"), USER));
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, "Relay test message");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "mandates.json", NULL);
  file = g_file_new_for_path (path);
  directory = relay_directory_new ();
  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);

#define ADD(name, func) \
  g_test_add ("/core/mailer/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/core/mailer/mime/headers", test_mime_headers);
  ADD ("mime/parsed-back", test_mime_parsed_back);
  ADD ("send/french", test_send_french);
  g_test_add_func ("/core/mailer/submission/sender-name", test_submission_sender_name);
  ADD ("send/spanish-confidential", test_send_spanish_with_confidential_part);
  ADD ("send/implicit-tls", test_send_implicit_tls);
  ADD ("send/test-message", test_test_message);
  ADD ("send/not-configured", test_not_configured);
  ADD ("fault/server-down", test_fault_server_down);
  ADD ("fault/wrong-password", test_fault_wrong_password);
  ADD ("fault/untrusted-certificate", test_fault_untrusted_certificate);
  ADD ("fault/no-starttls", test_fault_no_starttls);
  ADD ("fault/dropped", test_fault_dropped);
  ADD ("fault/too-large", test_fault_too_large);
  ADD ("fault/recipient-refused", test_recipient_refused);
  ADD ("outbox/interrupted", test_interrupted);
  ADD ("outbox/cancel", test_cancel);

  ret = g_test_run ();

  g_clear_object (&directory);

  /* The letters' PDFs load fonts: free the caches of fontconfig, pango and
   * cairo, so that LeakSanitizer reports only our own leaks. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return ret;
}
