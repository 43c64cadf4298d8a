/* relay-test-server.h
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

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Test servers written in Python (tests/servers/), run with Debian's
 * /usr/bin/python3 on 127.0.0.1. A server prints "PORT <n>" when it is
 * ready, and stops when its standard input closes.
 */

typedef struct _RelayTestServer RelayTestServer;

void             relay_test_wait_until          (gboolean        *done,
                                                 guint            seconds);
void             relay_test_make_certificate    (const char      *key,
                                                 const char      *cert);
char            *relay_test_server_script_path  (const char      *name);
RelayTestServer *relay_test_server_start        (const char * const *argv);
guint16          relay_test_server_get_port     (RelayTestServer *server);
void             relay_test_server_command      (RelayTestServer *server,
                                                 const char      *command);
void             relay_test_server_stop         (RelayTestServer *server);

G_END_DECLS
