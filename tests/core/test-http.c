/* test-http.c
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
 * RelayHttp and the directory update, against a real HTTPS server on
 * 127.0.0.1 (tests/servers/https-server.py, run by /usr/bin/python3) with a
 * self-signed certificate made for this run.
 *
 * Everything lives in one relay-test-http-XXXXXX folder in the temp folder:
 * the certificates, and XDG_DATA_HOME (so relay_directory_get_user_path()
 * points there). The server binds port 0 and reports its port, so two runs
 * can go side by side. It exits when its standard input closes, which also
 * happens when this program crashes, and then removes that folder.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <relay/relay.h>

#include "relay-test-utils.h"

#define PYTHON              "/usr/bin/python3"
#define OK_BODY             "Hello from the Relay test server\n"
#define OK_ETAG             "\"relay-ok-v1\""
#define BIG_SIZE            (3 * 1024 * 1024)
#define WAIT_SECONDS        60
#define OFFLINE_MESSAGE     "Relay could not reach the server. Check that this computer is " \
                            "connected to the internet, then try again."

typedef struct
{
  char        *root;
  char        *cert;
  char        *key;
  char        *other_cert;
  GSubprocess *process;
  GInputStream *stdout_stream;
  guint16      port;
} TestServer;

static TestServer server;
static GThread *main_thread;

/* Messages logged by Relay's own code, to check what they reveal. */
static GMutex log_mutex;
static GPtrArray *log_lines;
static gboolean forward_debug;
static GLogFunc previous_log_handler;

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

/* Runs the thread-default main context until *done, or fails after a while. */
static void
wait_until (gboolean *done)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GSource) timeout = g_timeout_source_new_seconds (WAIT_SECONDS);
  gboolean timed_out = FALSE;

  g_source_set_callback (timeout, set_flag_cb, &timed_out, NULL);
  g_source_attach (timeout, context);

  while (!*done && !timed_out)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  g_assert_false (timed_out);

  /* Let anything already queued run, to catch late progress reports. */
  while (g_main_context_iteration (context, FALSE))
    ;
}

static void
sleep_in_main_loop (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static char *
server_url (const char *path)
{
  return g_strdup_printf ("https://127.0.0.1:%u%s", server.port, path);
}

static char *
test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "servers", name, NULL);
}

static GBytes *
read_test_data (const char *name)
{
  g_autofree char *path = test_data_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static RelayHttp *
trusting_http (void)
{
  RelayHttp *http = relay_http_new ();

  g_object_set (http, "ca-file", server.cert, NULL);

  return http;
}

/* A local port where nothing listens. */
static guint16
closed_port (GSocket **keep_listening)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  guint16 port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  address = g_inet_socket_address_new (loopback, 0);
  g_socket_bind (socket, address, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  if (keep_listening != NULL)
    {
      /* Listening, but the test accepts nothing: connections would queue. */
      g_socket_listen (socket, &error);
      g_assert_no_error (error);
      g_socket_set_blocking (socket, FALSE);
      *keep_listening = g_steal_pointer (&socket);
    }

  return port;
}

/*
 * Installed over GTest's own default handler, which it then calls. (In TAP
 * mode GTest's handler does not reach any GLogWriterFunc, so a writer
 * function would see nothing.)
 */
static void
record_log_handler (const char     *log_domain,
                    GLogLevelFlags  log_level,
                    const char     *message,
                    gpointer        user_data)
{
  if (log_domain != NULL && message != NULL && g_str_has_prefix (log_domain, "relay"))
    {
      g_mutex_lock (&log_mutex);
      g_ptr_array_add (log_lines, g_strdup (message));
      g_mutex_unlock (&log_mutex);
    }

  if ((log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO)) != 0 && !forward_debug)
    return;

  previous_log_handler (log_domain, log_level, message, user_data);
}

static void
clear_log (void)
{
  g_mutex_lock (&log_mutex);
  g_ptr_array_set_size (log_lines, 0);
  g_mutex_unlock (&log_mutex);
}

static gboolean
log_contains (const char *text)
{
  gboolean found = FALSE;

  g_mutex_lock (&log_mutex);
  for (guint i = 0; i < log_lines->len && !found; i++)
    found = strstr (g_ptr_array_index (log_lines, i), text) != NULL;
  g_mutex_unlock (&log_mutex);

  return found;
}

/*
 * The server
 */

/* Before the server runs, nothing else removes our folder. */
G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN static void
fail_setup (const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (server.process != NULL)
    g_subprocess_force_exit (server.process);
  if (server.root != NULL)
    relay_test_remove_tree (server.root);

  g_error ("%s", message);
}

static void
make_certificate (const char *key,
                  const char *cert)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) openssl = NULL;
  g_autofree char *errors = NULL;

  openssl = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error,
                              "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                              "-days", "1", "-subj", "/CN=localhost",
                              "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                              "-keyout", key, "-out", cert, NULL);
  if (openssl == NULL)
    fail_setup ("Cannot run openssl (install it to run this test): %s", error->message);

  if (!g_subprocess_communicate_utf8 (openssl, NULL, NULL, NULL, &errors, &error))
    fail_setup ("openssl failed: %s", error->message);
  if (!g_subprocess_get_successful (openssl))
    fail_setup ("openssl failed: %s", errors);
}

typedef struct
{
  gboolean  done;
  char     *line;
  GError   *error;
} LineRead;

static void
on_line_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LineRead *read = user_data;

  read->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object),
                                                          result, NULL, &read->error);
  read->done = TRUE;
}

static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *script = test_data_path ("https-server.py");
  g_autofree char *other_key = NULL;
  LineRead read = { 0 };
  guint64 port = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    fail_setup ("%s is needed to run this test", PYTHON);
  if (!g_file_test (script, G_FILE_TEST_IS_REGULAR))
    fail_setup ("%s is missing; run the test through meson test, or set G_TEST_SRCDIR to "
                "the tests folder", script);

  server.cert = g_build_filename (server.root, "cert.pem", NULL);
  server.key = g_build_filename (server.root, "key.pem", NULL);
  server.other_cert = g_build_filename (server.root, "other-cert.pem", NULL);
  other_key = g_build_filename (server.root, "other-key.pem", NULL);
  make_certificate (server.key, server.cert);
  make_certificate (other_key, server.other_cert);

  server.process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                     &error,
                                     PYTHON, script,
                                     "--cert", server.cert,
                                     "--key", server.key,
                                     "--cleanup-dir", server.root,
                                     NULL);
  if (server.process == NULL)
    fail_setup ("Cannot start the test server: %s", error->message);

  server.stdout_stream = g_object_ref (g_subprocess_get_stdout_pipe (server.process));
  lines = g_data_input_stream_new (server.stdout_stream);
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);
  g_data_input_stream_read_line_async (lines, G_PRIORITY_DEFAULT, NULL, on_line_read_cb, &read);
  wait_until (&read.done);

  if (read.line == NULL || !g_str_has_prefix (read.line, "PORT ") ||
      !g_ascii_string_to_unsigned (read.line + 5, 10, 1, G_MAXUINT16, &port, NULL))
    fail_setup ("The test server did not start (it said “%s”%s%s)",
                read.line != NULL ? read.line : "",
                read.error != NULL ? ", " : "",
                read.error != NULL ? read.error->message : "");

  server.port = (guint16) port;
  g_free (read.line);
  g_clear_error (&read.error);
}

static void
on_server_exited_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *done = TRUE;
}

/* Closing its input stops the server; it is killed if it does not stop. */
static void
stop_server (void)
{
  gboolean exited = FALSE;
  gboolean timed_out = FALSE;
  guint timeout_id;

  if (server.process != NULL)
    {
      g_output_stream_close (g_subprocess_get_stdin_pipe (server.process), NULL, NULL);
      g_subprocess_wait_async (server.process, NULL, on_server_exited_cb, &exited);
      timeout_id = g_timeout_add_seconds (10, set_flag_cb, &timed_out);
      while (!exited && !timed_out)
        g_main_context_iteration (NULL, TRUE);
      if (!timed_out)
        g_source_remove (timeout_id);

      if (!exited)
        {
          g_subprocess_force_exit (server.process);
          g_subprocess_wait (server.process, NULL, NULL);
        }
    }

  g_clear_object (&server.stdout_stream);
  g_clear_object (&server.process);

  if (server.root != NULL)
    relay_test_remove_tree (server.root);

  g_clear_pointer (&server.root, g_free);
  g_clear_pointer (&server.cert, g_free);
  g_clear_pointer (&server.key, g_free);
  g_clear_pointer (&server.other_cert, g_free);
}

/*
 * Downloads
 */

typedef struct
{
  gboolean      done;
  GBytes       *bytes;
  char         *etag;
  gboolean      not_modified;
  GError       *error;
  gint64        started;
  gint64        elapsed;

  GMainContext *context;
  guint         n_progress;
  goffset       last_current;
  goffset       last_total;
  goffset       max_current;
  gboolean      progress_in_wrong_place;
  gboolean      progress_after_done;
  GCancellable *cancel_on_progress;
} Fetch;

static void
fetch_clear (Fetch *fetch)
{
  g_clear_pointer (&fetch->bytes, g_bytes_unref);
  g_clear_pointer (&fetch->etag, g_free);
  g_clear_error (&fetch->error);
  g_clear_pointer (&fetch->context, g_main_context_unref);
  memset (fetch, 0, sizeof *fetch);
}

static void
on_progress (goffset  current,
             goffset  total,
             gpointer user_data)
{
  Fetch *fetch = user_data;

  if (g_thread_self () != main_thread || !g_main_context_is_owner (fetch->context))
    fetch->progress_in_wrong_place = TRUE;
  if (fetch->done)
    fetch->progress_after_done = TRUE;

  fetch->n_progress++;
  fetch->last_current = current;
  fetch->last_total = total;
  fetch->max_current = MAX (fetch->max_current, current);

  if (fetch->cancel_on_progress != NULL && current > 0)
    g_cancellable_cancel (fetch->cancel_on_progress);
}

static void
on_fetched_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Fetch *fetch = user_data;

  g_assert_true (g_thread_self () == main_thread);

  fetch->bytes = relay_http_get_finish (RELAY_HTTP (object), result, &fetch->etag,
                                        &fetch->not_modified, &fetch->error);
  fetch->elapsed = g_get_monotonic_time () - fetch->started;
  fetch->done = TRUE;
}

/* @where is a path on the test server, or a whole address. */
static void
fetch_full (RelayHttp    *http,
            const char   *where,
            const char   *etag,
            GCancellable *cancellable,
            Fetch        *fetch)
{
  g_autofree char *url = where[0] == '/' ? server_url (where) : g_strdup (where);

  fetch->context = g_main_context_ref_thread_default ();
  fetch->started = g_get_monotonic_time ();
  relay_http_get_async (http, url, etag, cancellable, on_progress, fetch, on_fetched_cb, fetch);
  g_assert_false (fetch->done);

  wait_until (&fetch->done);

  g_assert_false (fetch->progress_in_wrong_place);
  g_assert_false (fetch->progress_after_done);
  if (fetch->error != NULL)
    {
      g_assert_null (fetch->bytes);
      g_assert_null (fetch->etag);
      g_assert_false (fetch->not_modified);
      g_assert_nonnull (fetch->error->message);
      g_assert_cmpstr (fetch->error->message, !=, "");
    }
}

static void
fetch (RelayHttp  *http,
       const char *where,
       Fetch      *fetch)
{
  fetch_full (http, where, NULL, NULL, fetch);
}

static void
assert_bytes_equal (GBytes     *bytes,
                    const char *text)
{
  gsize size = 0;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpmem (data, size, text, strlen (text));
}

/*
 * RelayHttp tests
 */

static void
count_cb (gpointer  object,
          gpointer  arg,
          guint    *counter)
{
  (*counter)++;
}

static void
test_http_properties (void)
{
  g_autoptr(RelayHttp) http = relay_http_new ();
  g_autofree char *ca_file = NULL;
  guint timeout = 0;
  guint64 max_size = 0;
  guint notified = 0;

  g_object_get (http, "ca-file", &ca_file, "timeout", &timeout, "max-size", &max_size, NULL);
  g_assert_null (ca_file);
  g_assert_cmpuint (timeout, ==, 30);
  g_assert_cmpuint (max_size, ==, 2 * 1024 * 1024);

  g_signal_connect (http, "notify", G_CALLBACK (count_cb), &notified);

  g_object_set (http, "ca-file", "/nonexistent/ca.pem", "timeout", 5, "max-size",
                (guint64) 1000, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_object_set (http, "ca-file", "/nonexistent/ca.pem", "timeout", 5, "max-size",
                (guint64) 1000, NULL);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpstr (relay_http_get_ca_file (http), ==, "/nonexistent/ca.pem");
  g_assert_cmpuint (relay_http_get_timeout (http), ==, 5);
  g_assert_cmpuint (relay_http_get_max_size (http), ==, 1000);

  relay_http_set_ca_file (http, NULL);
  g_assert_null (relay_http_get_ca_file (http));
  g_assert_cmpuint (notified, ==, 4);

  /* Idempotent, and safe to call again. */
  relay_http_global_init ();
  relay_http_global_init ();
}

static void
test_http_ok (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  fetch (http, "/ok", &result);
  g_assert_no_error (result.error);
  assert_bytes_equal (result.bytes, OK_BODY);
  g_assert_cmpstr (result.etag, ==, OK_ETAG);
  g_assert_false (result.not_modified);

  /* At least the final report, with the whole size. */
  g_assert_cmpuint (result.n_progress, >=, 1);
  g_assert_cmpint (result.last_current, ==, strlen (OK_BODY));
  g_assert_cmpint (result.last_total, ==, strlen (OK_BODY));
  fetch_clear (&result);

  /* The scheme is not case-sensitive. */
  {
    g_autofree char *url = g_strdup_printf ("HTTPS://127.0.0.1:%u/ok", server.port);

    fetch (http, url, &result);
    g_assert_no_error (result.error);
    assert_bytes_equal (result.bytes, OK_BODY);
    fetch_clear (&result);
  }
}

static void
test_http_progress_context (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  g_autoptr(GMainContext) context = g_main_context_new ();
  Fetch result = { 0 };

  /* Reports go to the thread-default context of the caller, not the global one. */
  g_main_context_push_thread_default (context);
  fetch (http, "/big-stream", &result);
  g_main_context_pop_thread_default (context);

  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TOO_LARGE);
  g_assert_cmpuint (result.n_progress, >, 1);
  g_assert_false (result.progress_in_wrong_place);
  fetch_clear (&result);
}

static void
test_http_not_modified (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  fetch_full (http, "/ok", OK_ETAG, NULL, &result);
  g_assert_no_error (result.error);
  g_assert_null (result.bytes);
  g_assert_true (result.not_modified);
  g_assert_cmpstr (result.etag, ==, OK_ETAG);
  fetch_clear (&result);

  /* An older tag gets the file again, with the new tag. */
  fetch_full (http, "/ok", "\"relay-ok-v0\"", NULL, &result);
  g_assert_no_error (result.error);
  assert_bytes_equal (result.bytes, OK_BODY);
  g_assert_false (result.not_modified);
  g_assert_cmpstr (result.etag, ==, OK_ETAG);
  fetch_clear (&result);

  /* A tag that could inject a header is not sent at all. */
  fetch_full (http, "/ok", "\"x\"\r\nX-Evil: 1", NULL, &result);
  g_assert_no_error (result.error);
  assert_bytes_equal (result.bytes, OK_BODY);
  fetch_clear (&result);
}

static void
test_http_user_agent (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  fetch (http, "/user-agent", &result);
  g_assert_no_error (result.error);
  assert_bytes_equal (result.bytes, "Relay/" PACKAGE_VERSION);
  g_assert_null (result.etag);
  fetch_clear (&result);
}

static void
test_http_redirects (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  fetch (http, "/redirect-https", &result);
  g_assert_no_error (result.error);
  assert_bytes_equal (result.bytes, OK_BODY);
  g_assert_cmpstr (result.etag, ==, OK_ETAG);
  fetch_clear (&result);

  fetch (http, "/redirect-http", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_INSECURE);
  fetch_clear (&result);

  fetch (http, "/redirect-loop", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_FAILED);
  g_assert_nonnull (strstr (result.error->message, "other addresses"));
  fetch_clear (&result);
}

static void
test_http_insecure (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  g_autoptr(GSocket) listener = NULL;
  g_autoptr(GSocket) accepted = NULL;
  g_autoptr(GError) error = NULL;
  guint16 port = closed_port (&listener);
  g_autofree char *plain = g_strdup_printf ("http://127.0.0.1:%u/ok", port);
  g_autofree char *upper = g_strdup_printf ("HTTP://127.0.0.1:%u/ok", port);
  g_autofree char *bare = g_strdup_printf ("127.0.0.1:%u/ok", port);
  const char *urls[] = { plain, upper, bare, "ftp://127.0.0.1/ok", "file:///etc/passwd", "" };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      Fetch result = { 0 };

      fetch (http, urls[i], &result);
      g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_INSECURE);
      g_assert_nonnull (strstr (result.error->message, "https://"));
      g_assert_cmpuint (result.n_progress, ==, 0);
      fetch_clear (&result);
    }

  /* Nobody knocked on the listening port. */
  accepted = g_socket_accept (listener, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
  g_assert_null (accepted);
}

static void
test_http_untrusted (void)
{
  g_autoptr(RelayHttp) system_ca = relay_http_new ();
  g_autoptr(RelayHttp) other_ca = relay_http_new ();
  g_autoptr(RelayHttp) missing_ca = relay_http_new ();
  Fetch result = { 0 };

  /* The system's authorities do not know our certificate. */
  fetch (system_ca, "/ok", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TLS);
  g_assert_true (g_str_has_prefix (result.error->message,
                                   "The server's security certificate could not be verified, "
                                   "so nothing was downloaded."));
  fetch_clear (&result);

  relay_http_set_ca_file (other_ca, server.other_cert);
  fetch (other_ca, "/ok", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TLS);
  fetch_clear (&result);

  relay_http_set_ca_file (missing_ca, "/nonexistent/relay-ca.pem");
  fetch (missing_ca, "/ok", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TLS);
  fetch_clear (&result);
}

static void
test_http_offline (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  g_autofree char *url = g_strdup_printf ("https://127.0.0.1:%u/ok", closed_port (NULL));
  Fetch result = { 0 };

  fetch (http, url, &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_OFFLINE);
  g_assert_cmpstr (result.error->message, ==, OFFLINE_MESSAGE);
  fetch_clear (&result);
}

static void
test_http_dns (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  fetch (http, "https://relay-test.invalid/", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_DNS);
  g_assert_nonnull (strstr (result.error->message, "“relay-test.invalid”"));
  fetch_clear (&result);
}

static void
test_http_status (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  fetch (http, "/missing", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS);
  g_assert_true (g_str_has_prefix (result.error->message,
                                   "The file was not found on the server (error 404)"));
  g_assert_null (strstr (result.error->message, "127.0.0.1"));
  g_assert_null (strstr (result.error->message, "No such page"));
  fetch_clear (&result);

  fetch (http, "/server-error", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS);
  g_assert_nonnull (strstr (result.error->message, "(error 503)"));
  fetch_clear (&result);
}

static void
test_http_too_large (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  g_autoptr(RelayHttp) tiny = trusting_http ();
  guint64 max_size = relay_http_get_max_size (http);
  Fetch result = { 0 };

  /* The announced length is too much: nothing of the body is read. */
  fetch (http, "/big", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (result.error->message, "(more than 2.1\u00a0MB)"));
  g_assert_cmpint (result.max_current, <, 64 * 1024);
  fetch_clear (&result);

  /* No length announced: the download stops at the limit, not at the end. */
  fetch (http, "/big-stream", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TOO_LARGE);
  g_test_message ("Stopped after %" G_GOFFSET_FORMAT " of %d bytes", result.max_current, BIG_SIZE);
  g_assert_cmpint (result.max_current, >, (goffset) max_size - 256 * 1024);
  g_assert_cmpint (result.max_current, <=, (goffset) max_size + 64 * 1024);
  g_assert_cmpint (result.max_current, <, BIG_SIZE);
  fetch_clear (&result);

  /* The property applies. */
  relay_http_set_max_size (tiny, 10);
  fetch (tiny, "/ok", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TOO_LARGE);
  fetch_clear (&result);
}

static void
test_http_timeout (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  g_object_set (http, "timeout", 1, NULL);
  fetch (http, "/slow", &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TIMEOUT);
  g_assert_cmpint (result.elapsed, >=, 900 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (result.elapsed, <, 5 * G_TIME_SPAN_SECOND);
  fetch_clear (&result);
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);

  return G_SOURCE_REMOVE;
}

static void
test_http_cancel (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  Fetch result = { 0 };

  /* While waiting for the answer: stops at once, not at the next poll. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_timeout_add (200, cancel_cb, cancellable);
    fetch_full (http, "/slow", NULL, cancellable, &result);
    g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpint (result.elapsed, <, 900 * G_TIME_SPAN_MILLISECOND);
    fetch_clear (&result);
  }

  /* Already cancelled. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    fetch_full (http, "/ok", NULL, cancellable, &result);
    g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpuint (result.n_progress, ==, 0);
    fetch_clear (&result);
  }

  /* In the middle of the body; no report after the cancellation. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    guint n_progress;

    relay_http_set_max_size (http, 8 * 1024 * 1024);
    result.cancel_on_progress = cancellable;
    fetch_full (http, "/big-stream", NULL, cancellable, &result);
    g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_assert_cmpint (result.max_current, <, BIG_SIZE);
    n_progress = result.n_progress;
    sleep_in_main_loop (200);
    g_assert_cmpuint (result.n_progress, ==, n_progress);
    fetch_clear (&result);
  }
}

/* Every failure has its own plain message, with no address and no jargon. */
static void
test_http_messages (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  g_autoptr(RelayHttp) untrusting = relay_http_new ();
  g_autoptr(RelayHttp) quick = trusting_http ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *offline = g_strdup_printf ("https://127.0.0.1:%u/", closed_port (NULL));
  g_autofree char *plain = g_strdup_printf ("http://127.0.0.1:%u/ok", server.port);
  struct {
    RelayHttp  *http;
    const char *where;
    int         code;
  } cases[] = {
    { http, plain, RELAY_HTTP_ERROR_INSECURE },
    { http, "/redirect-http", RELAY_HTTP_ERROR_INSECURE },
    { http, offline, RELAY_HTTP_ERROR_OFFLINE },
    { http, "https://relay-test.invalid/", RELAY_HTTP_ERROR_DNS },
    { untrusting, "/ok", RELAY_HTTP_ERROR_TLS },
    { quick, "/slow", RELAY_HTTP_ERROR_TIMEOUT },
    { http, "/big", RELAY_HTTP_ERROR_TOO_LARGE },
    { http, "/missing", RELAY_HTTP_ERROR_HTTP_STATUS },
    { http, "/server-error", RELAY_HTTP_ERROR_HTTP_STATUS },
    { http, "/redirect-loop", RELAY_HTTP_ERROR_FAILED },
  };

  relay_http_set_timeout (quick, 1);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Fetch result = { 0 };
      const char *message;

      fetch (cases[i].http, cases[i].where, &result);
      g_assert_error (result.error, RELAY_HTTP_ERROR, cases[i].code);
      message = result.error->message;
      g_test_message ("%s: %s", cases[i].where, message);

      g_assert_false (g_hash_table_contains (seen, message));
      g_hash_table_add (seen, g_strdup (message));
      g_assert_true (g_unichar_isupper (g_utf8_get_char (message)));
      g_assert_true (g_str_has_suffix (message, "."));
      g_assert_null (strstr (message, "127.0.0.1"));
      g_assert_null (strstr (message, "curl"));
      g_assert_null (strstr (message, "SSL"));
      g_assert_null (strstr (message, "CURLE"));
      fetch_clear (&result);
    }
}

static void
test_http_no_secrets_logged (void)
{
  g_autoptr(RelayHttp) http = trusting_http ();
  g_autofree char *ok = g_strdup_printf ("https://alice:s3cret@127.0.0.1:%u/ok?token=hunter2",
                                         server.port);
  g_autofree char *missing = g_strdup_printf ("https://alice:s3cret@127.0.0.1:%u/missing?token=hunter2#frag",
                                              server.port);
  Fetch result = { 0 };

  clear_log ();

  fetch (http, ok, &result);
  g_assert_no_error (result.error);
  assert_bytes_equal (result.bytes, OK_BODY);
  fetch_clear (&result);

  fetch (http, missing, &result);
  g_assert_error (result.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS);
  fetch_clear (&result);

  /* The logs say what was fetched, and nothing more. */
  g_assert_true (log_contains ("https://127.0.0.1"));
  g_assert_true (log_contains ("/missing"));
  g_assert_false (log_contains ("s3cret"));
  g_assert_false (log_contains ("alice"));
  g_assert_false (log_contains ("hunter2"));
  g_assert_false (log_contains ("frag"));
  g_assert_false (log_contains ("Hello from"));
  g_assert_false (log_contains ("No such page"));
}

/*
 * Directory update tests
 */

typedef struct
{
  RelayHttp      *http;
  RelayDirectory *current;
  GBytes         *base;
  char           *folder;
  char           *path;
} UpdateFixture;

static void
update_setup (UpdateFixture *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->path = relay_directory_get_user_path ();
  fixture->folder = g_path_get_dirname (fixture->path);
  g_assert_true (g_str_has_prefix (fixture->path, server.root));
  relay_test_remove_tree (fixture->folder);

  fixture->http = trusting_http ();
  fixture->base = read_test_data ("directory-base.json");
  fixture->current = relay_directory_new ();
  relay_directory_load_bytes (fixture->current, fixture->base, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->current)), ==, 3);
}

static void
update_teardown (UpdateFixture *fixture,
                 gconstpointer  data)
{
  g_clear_object (&fixture->current);
  g_clear_object (&fixture->http);
  g_clear_pointer (&fixture->base, g_bytes_unref);
  relay_test_remove_tree (fixture->folder);
  g_clear_pointer (&fixture->folder, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

typedef struct
{
  gboolean              done;
  RelayDirectoryUpdate *update;
  char                 *etag;
  GError               *error;
  guint                 n_progress;
  RelayDirectory       *current;
} Check;

static void
check_clear (Check *check)
{
  g_clear_pointer (&check->update, relay_directory_update_free);
  g_clear_pointer (&check->etag, g_free);
  g_clear_error (&check->error);
  memset (check, 0, sizeof *check);
}

static void
on_check_progress (goffset  current,
                   goffset  total,
                   gpointer user_data)
{
  Check *check = user_data;

  g_assert_true (g_thread_self () == main_thread);
  g_assert_false (check->done);
  check->n_progress++;
}

static void
on_checked_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Check *check = user_data;

  g_assert_true (object == G_OBJECT (check->current));
  check->update = relay_directory_check_update_finish_full (result, &check->etag, &check->error);
  check->done = TRUE;
}

static void
check_update (UpdateFixture *fixture,
              const char    *path,
              const char    *etag,
              GCancellable  *cancellable,
              Check         *check)
{
  g_autofree char *url = server_url (path);

  check->current = fixture->current;
  relay_directory_check_update_async (fixture->current, fixture->http, url, etag, cancellable,
                                      on_check_progress, check, on_checked_cb, check);
  wait_until (&check->done);

  if (check->error != NULL)
    {
      g_assert_null (check->update);
      g_assert_null (check->etag);
    }
}

static void
assert_current_is_base (UpdateFixture *fixture)
{
  RelayMandate *mandate = relay_directory_lookup (fixture->current, "sr-myanmar");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->current)), ==, 3);
  g_assert_null (relay_directory_lookup (fixture->current, "ie-sogi"));
  g_assert_nonnull (mandate);
  g_assert_cmpstr (relay_mandate_get_email (mandate), ==, "hrc-sr-myanmar@un.org");
  g_assert_cmpstr (relay_directory_get_data_date (fixture->current), ==, "2026-11-01");
}

static char **
list_folder (const char *folder)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GDir *dir = g_dir_open (folder, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_strdup (name));
      g_dir_close (dir);
    }
  g_ptr_array_add (names, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

static RelayDirectoryUpdate *
get_update (UpdateFixture *fixture)
{
  Check check = { 0 };
  RelayDirectoryUpdate *update;

  check_update (fixture, "/directory", NULL, NULL, &check);
  g_assert_no_error (check.error);
  g_assert_nonnull (check.update);
  update = g_steal_pointer (&check.update);
  check_clear (&check);

  return update;
}

static void
keep_result_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **location = user_data;

  *location = g_object_ref (result);
}

static void
test_update_changes (UpdateFixture *fixture,
                     gconstpointer  data)
{
  g_autoptr(GBytes) expected = read_test_data ("directory-update.json");
  g_autofree char *details = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *etag = NULL;
  RelayDirectoryChanges *changes;
  RelayDirectory *directory;
  Check check = { 0 };

  check_update (fixture, "/directory", NULL, NULL, &check);
  g_assert_no_error (check.error);
  g_assert_nonnull (check.update);
  g_assert_cmpuint (check.n_progress, >=, 1);

  /* The tag to keep is there both ways. */
  g_assert_nonnull (check.etag);
  g_assert_cmpstr (relay_directory_update_get_etag (check.update), ==, check.etag);
  etag = g_strdup (check.etag);

  g_assert_true (relay_directory_update_has_changes (check.update));
  g_assert_true (g_bytes_equal (relay_directory_update_get_bytes (check.update), expected));

  changes = relay_directory_update_get_changes (check.update);
  g_assert_nonnull (changes);
  g_assert_false (relay_directory_changes_is_empty (changes));
  g_assert_cmpuint (relay_directory_changes_get_n_added (changes), ==, 1);
  g_assert_cmpuint (relay_directory_changes_get_n_removed (changes), ==, 0);
  g_assert_cmpuint (relay_directory_changes_get_n_email_changed (changes), ==, 1);
  summary = relay_directory_changes_dup_summary (changes);
  details = relay_directory_changes_dup_details (changes);
  g_test_message ("Summary: %s", summary);
  g_test_message ("Details: %s", details);
  g_assert_nonnull (strstr (details, "hrc-sr-myanmar@un.org"));
  g_assert_nonnull (strstr (details, "sr-myanmar@ohchr.org"));

  directory = relay_directory_update_get_directory (check.update);
  g_assert_nonnull (relay_directory_lookup (directory, "ie-sogi"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (directory)), ==, 4);

  /* Checking changes nothing. */
  assert_current_is_base (fixture);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  check_clear (&check);

  /* With the tag, the server says "not modified": up to date. */
  check_update (fixture, "/directory", etag, NULL, &check);
  g_assert_no_error (check.error);
  g_assert_null (check.update);
  g_assert_cmpstr (check.etag, ==, etag);
  check_clear (&check);

  /* The plain finish function gives the same. */
  {
    g_autofree char *url = server_url ("/directory");
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(RelayDirectoryUpdate) update = NULL;
    g_autoptr(GError) error = NULL;

    relay_directory_check_update_async (fixture->current, fixture->http, url, NULL, NULL,
                                        NULL, NULL, keep_result_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    update = relay_directory_check_update_finish (result, &error);
    g_assert_no_error (error);
    g_assert_nonnull (update);
  }
}

static void
test_update_identical (UpdateFixture *fixture,
                       gconstpointer  data)
{
  const char *paths[] = { "/directory-base", "/directory-reformatted" };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      Check check = { 0 };

      check_update (fixture, paths[i], NULL, NULL, &check);
      g_assert_no_error (check.error);
      g_assert_null (check.update);
      g_assert_nonnull (check.etag);
      check_clear (&check);
    }

  assert_current_is_base (fixture);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

static void
test_update_invalid (UpdateFixture *fixture,
                     gconstpointer  data)
{
  struct {
    const char *path;
    int         code;
  } cases[] = {
    { "/invalid-json", RELAY_DIRECTORY_ERROR_INVALID },
    { "/invalid-data", RELAY_DIRECTORY_ERROR_INVALID },
    { "/too-new", RELAY_DIRECTORY_ERROR_TOO_NEW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Check check = { 0 };

      check_update (fixture, cases[i].path, NULL, NULL, &check);
      g_assert_error (check.error, RELAY_DIRECTORY_ERROR, cases[i].code);
      g_test_message ("%s: %s", cases[i].path, check.error->message);
      g_assert_true (g_str_has_prefix (check.error->message,
                                       "The update downloaded from the server cannot be "
                                       "used, so nothing was changed."));
      if (g_str_equal (cases[i].path, "/invalid-data"))
        g_assert_nonnull (strstr (check.error->message, "sr-hrd"));
      check_clear (&check);

      assert_current_is_base (fixture);
      g_assert_false (g_file_test (fixture->folder, G_FILE_TEST_EXISTS));
    }

  /* The same check without a download. */
  {
    g_autoptr(GBytes) bytes = read_test_data ("directory-invalid-data.json");
    g_autoptr(GError) error = NULL;
    g_autoptr(RelayDirectoryUpdate) update = NULL;

    update = relay_directory_update_new (fixture->current, bytes, NULL, &error);
    g_assert_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID);
    g_assert_null (update);
  }
}

static void
test_update_network_errors (UpdateFixture *fixture,
                            gconstpointer  data)
{
  Check check = { 0 };

  check_update (fixture, "/missing", NULL, NULL, &check);
  g_assert_error (check.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS);
  check_clear (&check);

  check_update (fixture, "/redirect-http", NULL, NULL, &check);
  g_assert_error (check.error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_INSECURE);
  check_clear (&check);

  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    check_update (fixture, "/directory", NULL, cancellable, &check);
    g_assert_error (check.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    check_clear (&check);
  }

  assert_current_is_base (fixture);
  g_assert_false (g_file_test (fixture->folder, G_FILE_TEST_EXISTS));
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *counter)
{
  (*counter)++;
}

static void
test_update_apply (UpdateFixture *fixture,
                   gconstpointer  data)
{
  g_autoptr(RelayDirectoryUpdate) update = get_update (fixture);
  g_autoptr(RelayDirectory) reloaded = relay_directory_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;
  RelayMandate *mandate;
  GStatBuf st;
  gsize length = 0;
  guint n_changed = 0;

  g_signal_connect (fixture->current, "items-changed", G_CALLBACK (count_items_changed_cb),
                    &n_changed);

  relay_directory_update_apply (update, fixture->current, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);

  /* The file, readable only by the user, and nothing else in its folder. */
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (fixture->folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_file_get_contents (fixture->path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length,
                   g_bytes_get_data (relay_directory_update_get_bytes (update), NULL),
                   g_bytes_get_size (relay_directory_update_get_bytes (update)));
  names = list_folder (fixture->folder);
  g_assert_cmpuint (g_strv_length (names), ==, 1);

  /* The current directory is the new one. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->current)), ==, 4);
  g_assert_nonnull (relay_directory_lookup (fixture->current, "ie-sogi"));
  mandate = relay_directory_lookup (fixture->current, "sr-myanmar");
  g_assert_cmpstr (relay_mandate_get_email (mandate), ==, "sr-myanmar@ohchr.org");
  g_assert_cmpstr (relay_directory_get_data_date (fixture->current), ==, "2026-11-27");
  g_assert_false (relay_directory_is_bundled (fixture->current));

  /* And the next start uses it. */
  relay_directory_load_default (reloaded, &error);
  g_assert_no_error (error);
  g_assert_false (relay_directory_is_bundled (reloaded));
  g_assert_nonnull (relay_directory_lookup (reloaded, "ie-sogi"));

  /* Applying over an existing file replaces it (and keeps 0600). */
  g_chmod (fixture->path, 0644);
  relay_directory_update_apply (update, fixture->current, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_update_local_email (UpdateFixture *fixture,
                         gconstpointer  data)
{
  g_autofree char *store_path = g_build_filename (server.root, "local-email.db", NULL);
  g_autoptr(RelayDirectoryUpdate) update = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(GError) error = NULL;
  RelayMandate *mandate;

  relay_test_remove_tree (store_path);
  store = relay_store_new (store_path, &error);
  g_assert_no_error (error);
  relay_directory_set_store (fixture->current, store);

  /* The user corrected the address of the mandate the update changes too. */
  relay_directory_set_local_email (fixture->current, "sr-myanmar", "myanmar-desk@example.org",
                                   &error);
  g_assert_no_error (error);
  relay_directory_set_local_email (fixture->current, "sr-hrd", "defenders-desk@example.org",
                                   &error);
  g_assert_no_error (error);

  update = get_update (fixture);
  relay_directory_update_apply (update, fixture->current, &error);
  g_assert_no_error (error);

  mandate = relay_directory_lookup (fixture->current, "sr-myanmar");
  g_assert_cmpstr (relay_mandate_get_email (mandate), ==, "sr-myanmar@ohchr.org");
  g_assert_cmpstr (relay_mandate_get_local_email (mandate), ==, "myanmar-desk@example.org");
  g_assert_cmpstr (relay_mandate_get_effective_email (mandate), ==, "myanmar-desk@example.org");

  mandate = relay_directory_lookup (fixture->current, "sr-hrd");
  g_assert_cmpstr (relay_mandate_get_local_email (mandate), ==, "defenders-desk@example.org");

  mandate = relay_directory_lookup (fixture->current, "ie-sogi");
  g_assert_cmpstr (relay_mandate_get_local_email (mandate), ==, "");
  g_assert_cmpstr (relay_mandate_get_effective_email (mandate), ==, "hrc-ie-sogi@un.org");

  g_clear_object (&fixture->current);
  g_clear_object (&store);
  relay_test_remove_tree (store_path);
}

static void
assert_apply_fails (UpdateFixture        *fixture,
                    RelayDirectoryUpdate *update,
                    const char           *expected_text)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (relay_directory_update_apply (update, fixture->current, &error));
  g_assert_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, expected_text));
  g_assert_nonnull (strstr (error->message, "Nothing was changed."));
  assert_current_is_base (fixture);
}

static void
test_update_apply_blocked (UpdateFixture *fixture,
                           gconstpointer  data)
{
  g_autoptr(RelayDirectoryUpdate) update = get_update (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;

  /* A file where the folder should be. */
  g_file_set_contents (fixture->folder, "not a folder", -1, &error);
  g_assert_no_error (error);
  assert_apply_fails (fixture, update, "where a folder should be");
  g_file_get_contents (fixture->folder, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "not a folder");
  relay_test_remove_tree (fixture->folder);

  /* A folder where the file should be. */
  g_assert_cmpint (g_mkdir_with_parents (fixture->path, 0700), ==, 0);
  assert_apply_fails (fixture, update, "where the file should be");
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
  names = list_folder (fixture->folder);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
}

/* Permissions do not stop root, so as root the check runs as "nobody". */
static gboolean
become_nobody (const char *folder)
{
  g_autofree char *dir = NULL;

  if (geteuid () != 0)
    return TRUE;

  /* Let "nobody" reach the folder: o+x on our folders up to the temp folder. */
  dir = g_strdup (folder);
  while (g_str_has_prefix (dir, server.root))
    {
      g_autofree char *parent = g_path_get_dirname (dir);

      if (!g_str_equal (dir, folder))
        g_chmod (dir, 0711);
      g_free (dir);
      dir = g_steal_pointer (&parent);
    }

  return seteuid (65534) == 0;
}

static void
test_update_apply_not_writable (UpdateFixture *fixture,
                                gconstpointer  data)
{
  g_autoptr(RelayDirectoryUpdate) update = get_update (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) names = NULL;
  gboolean dropped;

  /* An earlier copy, in a folder we may not write in. */
  g_assert_cmpint (g_mkdir_with_parents (fixture->folder, 0700), ==, 0);
  g_file_set_contents (fixture->path, "earlier copy", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fixture->folder, 0555), ==, 0);

  dropped = become_nobody (fixture->folder);
  if (!dropped)
    {
      g_chmod (fixture->folder, 0700);
      g_test_skip ("Cannot drop root privileges to check permissions");
      return;
    }

  assert_apply_fails (fixture, update, "may not write in the folder");

  if (getuid () == 0)
    g_assert_cmpint (seteuid (0), ==, 0);
  g_chmod (server.root, 0700);
  g_chmod (fixture->folder, 0700);

  g_file_get_contents (fixture->path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "earlier copy");
  names = list_folder (fixture->folder);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *home = NULL;
  int status;

  setlocale (LC_ALL, "");

  /* Everything under one folder the server removes if we crash. */
  server.root = g_dir_make_tmp ("relay-test-http-XXXXXX", &error);
  if (server.root == NULL)
    g_error ("Cannot make a temporary folder: %s", error->message);
  data_home = g_build_filename (server.root, "data", NULL);
  home = g_build_filename (server.root, "home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("HOME", home, TRUE);

  /* Straight to 127.0.0.1, even on a machine with a proxy. */
  g_unsetenv ("http_proxy");
  g_unsetenv ("https_proxy");
  g_unsetenv ("HTTPS_PROXY");
  g_unsetenv ("all_proxy");
  g_unsetenv ("ALL_PROXY");

  /* Record Relay's debug messages without printing them. */
  forward_debug = g_getenv ("G_MESSAGES_DEBUG") != NULL;
  if (!forward_debug)
    g_setenv ("G_MESSAGES_DEBUG", "relay-http relay-directory-update", TRUE);
  log_lines = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);
  previous_log_handler = g_log_set_default_handler (record_log_handler, NULL);
  main_thread = g_thread_self ();
  relay_http_global_init ();

  g_test_add_func ("/http/properties", test_http_properties);
  g_test_add_func ("/http/ok", test_http_ok);
  g_test_add_func ("/http/progress-context", test_http_progress_context);
  g_test_add_func ("/http/not-modified", test_http_not_modified);
  g_test_add_func ("/http/user-agent", test_http_user_agent);
  g_test_add_func ("/http/redirects", test_http_redirects);
  g_test_add_func ("/http/insecure", test_http_insecure);
  g_test_add_func ("/http/untrusted", test_http_untrusted);
  g_test_add_func ("/http/offline", test_http_offline);
  g_test_add_func ("/http/dns", test_http_dns);
  g_test_add_func ("/http/status", test_http_status);
  g_test_add_func ("/http/too-large", test_http_too_large);
  g_test_add_func ("/http/timeout", test_http_timeout);
  g_test_add_func ("/http/cancel", test_http_cancel);
  g_test_add_func ("/http/messages", test_http_messages);
  g_test_add_func ("/http/no-secrets-logged", test_http_no_secrets_logged);

  g_test_add ("/directory-update/changes", UpdateFixture, NULL,
              update_setup, test_update_changes, update_teardown);
  g_test_add ("/directory-update/identical", UpdateFixture, NULL,
              update_setup, test_update_identical, update_teardown);
  g_test_add ("/directory-update/invalid", UpdateFixture, NULL,
              update_setup, test_update_invalid, update_teardown);
  g_test_add ("/directory-update/network-errors", UpdateFixture, NULL,
              update_setup, test_update_network_errors, update_teardown);
  g_test_add ("/directory-update/apply", UpdateFixture, NULL,
              update_setup, test_update_apply, update_teardown);
  g_test_add ("/directory-update/local-email", UpdateFixture, NULL,
              update_setup, test_update_local_email, update_teardown);
  g_test_add ("/directory-update/apply-blocked", UpdateFixture, NULL,
              update_setup, test_update_apply_blocked, update_teardown);
  g_test_add ("/directory-update/apply-not-writable", UpdateFixture, NULL,
              update_setup, test_update_apply_not_writable, update_teardown);

  start_server ();
  status = g_test_run ();
  stop_server ();

  g_clear_pointer (&log_lines, g_ptr_array_unref);

  return status;
}
