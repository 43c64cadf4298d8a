/* relay-test-server.c — the HTTPS test server, for core tests
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Runs tests/servers/https-server.py with /usr/bin/python3 on 127.0.0.1
 * with a self-signed certificate made for this run, in a relay-test-*
 * folder of the temp folder. The server binds port 0 and reports its port;
 * it exits when its standard input closes, which also happens when the
 * test crashes, and then removes that folder.
 */

#include "config.h"

#include "relay-test-server.h"
#include "relay-test-utils.h"

#define PYTHON       "/usr/bin/python3"
#define WAIT_SECONDS 60

struct _RelayTestServer
{
  char         *root;
  char         *cert;
  GSubprocess  *process;
  GInputStream *stdout_stream;
  guint16       port;
};

static gboolean
set_flag_cb (gpointer data)
{
  gboolean *flag = data;

  *flag = TRUE;

  return G_SOURCE_REMOVE;
}

/**
 * relay_test_wait_until:
 * @done: a flag a callback sets
 *
 * Runs the thread-default main context until *@done, or fails after a
 * minute.
 */
void
relay_test_wait_until (gboolean *done)
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
}

/**
 * relay_test_data_path:
 * @name: a file of tests/servers
 *
 * Returns: (transfer full): its path
 */
char *
relay_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "servers", name, NULL);
}

G_GNUC_PRINTF (2, 3) G_GNUC_NORETURN static void
fail_setup (RelayTestServer *server,
            const char      *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (server->process != NULL)
    g_subprocess_force_exit (server->process);
  relay_test_remove_tree (server->root);

  g_error ("%s", message);
}

static void
make_certificate (RelayTestServer *server,
                  const char      *key,
                  const char      *cert)
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
    fail_setup (server, "Cannot run openssl (install it to run this test): %s", error->message);

  if (!g_subprocess_communicate_utf8 (openssl, NULL, NULL, NULL, &errors, &error))
    fail_setup (server, "openssl failed: %s", error->message);
  if (!g_subprocess_get_successful (openssl))
    fail_setup (server, "openssl failed: %s", errors);
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

/**
 * relay_test_server_start:
 * @root: (transfer none): a relay-test-* folder directly in the temp
 *   folder, which the server removes when it stops
 *
 * Starts the HTTPS test server.
 *
 * Returns: (transfer full): the server
 */
RelayTestServer *
relay_test_server_start (const char *root)
{
  RelayTestServer *server = g_new0 (RelayTestServer, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *script = relay_test_data_path ("https-server.py");
  g_autofree char *key = NULL;
  LineRead read = { 0 };
  guint64 port = 0;

  server->root = g_strdup (root);

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    fail_setup (server, "%s is needed to run this test", PYTHON);
  if (!g_file_test (script, G_FILE_TEST_IS_REGULAR))
    fail_setup (server, "%s is missing; run the test through meson test, or set G_TEST_SRCDIR "
                "to the tests folder", script);

  server->cert = g_build_filename (root, "cert.pem", NULL);
  key = g_build_filename (root, "key.pem", NULL);
  make_certificate (server, key, server->cert);

  server->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                      &error,
                                      PYTHON, script,
                                      "--cert", server->cert,
                                      "--key", key,
                                      "--cleanup-dir", root,
                                      NULL);
  if (server->process == NULL)
    fail_setup (server, "Cannot start the test server: %s", error->message);

  server->stdout_stream = g_object_ref (g_subprocess_get_stdout_pipe (server->process));
  lines = g_data_input_stream_new (server->stdout_stream);
  g_filter_input_stream_set_close_base_stream (G_FILTER_INPUT_STREAM (lines), FALSE);
  g_data_input_stream_read_line_async (lines, G_PRIORITY_DEFAULT, NULL, on_line_read_cb, &read);
  relay_test_wait_until (&read.done);

  if (read.line == NULL || !g_str_has_prefix (read.line, "PORT ") ||
      !g_ascii_string_to_unsigned (read.line + 5, 10, 1, G_MAXUINT16, &port, NULL))
    fail_setup (server, "The test server did not start (it said “%s”)",
                read.line != NULL ? read.line : "");

  server->port = (guint16) port;
  g_free (read.line);
  g_clear_error (&read.error);

  return server;
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

/**
 * relay_test_server_stop:
 * @server: (transfer full): the server
 *
 * Stops the server by closing its input (it is killed if it does not
 * stop), removes its folder, and frees @server.
 */
void
relay_test_server_stop (RelayTestServer *server)
{
  gboolean exited = FALSE;
  gboolean timed_out = FALSE;
  guint timeout_id;

  g_output_stream_close (g_subprocess_get_stdin_pipe (server->process), NULL, NULL);
  g_subprocess_wait_async (server->process, NULL, on_server_exited_cb, &exited);
  timeout_id = g_timeout_add_seconds (10, set_flag_cb, &timed_out);
  while (!exited && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);

  if (!exited)
    {
      g_subprocess_force_exit (server->process);
      g_subprocess_wait (server->process, NULL, NULL);
    }

  relay_test_remove_tree (server->root);

  g_clear_object (&server->stdout_stream);
  g_clear_object (&server->process);
  g_free (server->root);
  g_free (server->cert);
  g_free (server);
}

/**
 * relay_test_server_get_cert:
 * @server: the server
 *
 * Returns: the path of the server's certificate, for RelayHttp:ca-file
 */
const char *
relay_test_server_get_cert (RelayTestServer *server)
{
  return server->cert;
}

/**
 * relay_test_server_url:
 * @server: the server
 * @path: a path, such as "/feed.ics"
 *
 * Returns: (transfer full): the https:// address of @path on the server
 */
char *
relay_test_server_url (RelayTestServer *server,
                       const char      *path)
{
  return g_strdup_printf ("https://127.0.0.1:%u%s", server->port, path);
}
