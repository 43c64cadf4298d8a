/* relay-test-server.c
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

#include "config.h"

#include <string.h>

#include "relay-test-server.h"

#define PYTHON "/usr/bin/python3"

struct _RelayTestServer
{
  GSubprocess      *process;
  GDataInputStream *lines;
  guint16           port;
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
 * @done: the flag to wait for
 * @seconds: how long to wait before the test fails
 *
 * Runs the thread-default main context until *@done.
 */
void
relay_test_wait_until (gboolean *done,
                       guint     seconds)
{
  g_autoptr(GMainContext) context = g_main_context_ref_thread_default ();
  g_autoptr(GSource) timeout = g_timeout_source_new_seconds (seconds);
  gboolean timed_out = FALSE;

  g_source_set_callback (timeout, set_flag_cb, &timed_out, NULL);
  g_source_attach (timeout, context);

  while (!*done && !timed_out)
    g_main_context_iteration (context, TRUE);

  g_source_destroy (timeout);
  g_assert_false (timed_out);
}

/**
 * relay_test_make_certificate:
 * @key: where to write the private key
 * @cert: where to write the self-signed certificate
 *
 * Makes a certificate for "localhost" and 127.0.0.1 with openssl.
 */
void
relay_test_make_certificate (const char *key,
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
    g_error ("Cannot run openssl (install it to run this test): %s", error->message);

  if (!g_subprocess_communicate_utf8 (openssl, NULL, NULL, NULL, &errors, &error))
    g_error ("openssl failed: %s", error->message);
  if (!g_subprocess_get_successful (openssl))
    g_error ("openssl failed: %s", errors);
}

/**
 * relay_test_server_script_path:
 * @name: a file of tests/servers/
 *
 * Returns: (transfer full): its path, which must exist
 */
char *
relay_test_server_script_path (const char *name)
{
  char *path = g_test_build_filename (G_TEST_DIST, "servers", name, NULL);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_error ("%s is missing; run the test through meson test, or set G_TEST_SRCDIR to "
             "the tests folder", path);

  return path;
}

typedef struct
{
  gboolean  done;
  char     *line;
} LineRead;

static void
on_line_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LineRead *read = user_data;

  read->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (object),
                                                          result, NULL, NULL);
  read->done = TRUE;
}

static char *
read_line (RelayTestServer *server)
{
  LineRead read = { 0 };

  g_data_input_stream_read_line_async (server->lines, G_PRIORITY_DEFAULT, NULL,
                                       on_line_read_cb, &read);
  relay_test_wait_until (&read.done, 60);

  return read.line;
}

/**
 * relay_test_server_start:
 * @argv: (array zero-terminated=1): the script (a path) and its arguments
 *
 * Starts a test server with /usr/bin/python3 and waits until it is ready.
 *
 * Returns: (transfer full): the server
 */
RelayTestServer *
relay_test_server_start (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *line = NULL;
  RelayTestServer *server;
  guint64 port = 0;

  if (!g_file_test (PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("%s is needed to run this test", PYTHON);

  g_ptr_array_add (args, (gpointer) PYTHON);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);

  server = g_new0 (RelayTestServer, 1);
  server->process = g_subprocess_newv ((const char * const *) args->pdata,
                                       G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                       &error);
  if (server->process == NULL)
    g_error ("Cannot start the test server: %s", error->message);

  server->lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (server->process));
  line = read_line (server);

  if (line == NULL || !g_str_has_prefix (line, "PORT ") ||
      !g_ascii_string_to_unsigned (line + 5, 10, 1, G_MAXUINT16, &port, NULL))
    g_error ("The test server did not start (it said “%s”)", line != NULL ? line : "");

  server->port = (guint16) port;

  return server;
}

/**
 * relay_test_server_get_port:
 * @server: a running server
 *
 * Returns: the port it listens on
 */
guint16
relay_test_server_get_port (RelayTestServer *server)
{
  return server->port;
}

/**
 * relay_test_server_command:
 * @server: a running server
 * @command: one line, without its newline
 *
 * Sends a command to the server and waits for its "OK".
 */
void
relay_test_server_command (RelayTestServer *server,
                           const char      *command)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_strconcat (command, "\n", NULL);
  g_autofree char *answer = NULL;
  GOutputStream *input = g_subprocess_get_stdin_pipe (server->process);

  if (!g_output_stream_write_all (input, line, strlen (line), NULL, NULL, &error) ||
      !g_output_stream_flush (input, NULL, &error))
    g_error ("Cannot talk to the test server: %s", error->message);

  answer = read_line (server);
  g_assert_cmpstr (answer, ==, "OK");
}

static void
on_exited_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *done = TRUE;
}

/**
 * relay_test_server_stop:
 * @server: (transfer full) (nullable): a server
 *
 * Stops the server by closing its input (or kills it after 10 seconds).
 */
void
relay_test_server_stop (RelayTestServer *server)
{
  gboolean exited = FALSE;
  gboolean timed_out = FALSE;
  guint timeout_id;

  if (server == NULL)
    return;

  g_output_stream_close (g_subprocess_get_stdin_pipe (server->process), NULL, NULL);
  g_subprocess_wait_async (server->process, NULL, on_exited_cb, &exited);
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

  g_clear_object (&server->lines);
  g_clear_object (&server->process);
  g_free (server);
}
