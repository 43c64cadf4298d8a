/* relay-test-https.c
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

#include "relay-test-https.h"

struct _RelayTestHttps
{
  RelayTestServer *server;
  char            *cert;
};

/**
 * relay_test_https_start:
 * @root: a new folder for the certificate; the server removes it when it
 *   stops, even if the test crashes
 *
 * Returns: (transfer full): the running server
 */
RelayTestHttps *
relay_test_https_start (const char *root)
{
  RelayTestHttps *https = g_new0 (RelayTestHttps, 1);
  g_autofree char *script = relay_test_server_script_path ("https-server.py");
  g_autofree char *key = g_build_filename (root, "key.pem", NULL);

  https->cert = g_build_filename (root, "cert.pem", NULL);
  relay_test_make_certificate (key, https->cert);

  {
    const char *argv[] = { script, "--cert", https->cert, "--key", key, "--cleanup-dir", root, NULL };

    https->server = relay_test_server_start (argv);
  }

  return https;
}

/**
 * relay_test_https_stop:
 * @server: (transfer full) (nullable): a server
 */
void
relay_test_https_stop (RelayTestHttps *server)
{
  if (server == NULL)
    return;

  relay_test_server_stop (server->server);
  g_free (server->cert);
  g_free (server);
}

/**
 * relay_test_https_get_cert:
 * @server: a running server
 *
 * Returns: the server's certificate, to trust
 */
const char *
relay_test_https_get_cert (RelayTestHttps *server)
{
  return server->cert;
}

/**
 * relay_test_https_url:
 * @server: a running server
 * @path: a path, starting with "/"
 *
 * Returns: (transfer full): https://127.0.0.1:PORT@path
 */
char *
relay_test_https_url (RelayTestHttps *server,
                      const char     *path)
{
  return g_strdup_printf ("https://127.0.0.1:%u%s", relay_test_server_get_port (server->server), path);
}
