/* relay-test-https.h
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

#include "relay-test-server.h"

G_BEGIN_DECLS

/* The scripted HTTPS server (tests/servers/https-server.py), with a
 * certificate made for this run in its own folder. */

typedef struct _RelayTestHttps RelayTestHttps;

RelayTestHttps *relay_test_https_start    (const char     *root);
void            relay_test_https_stop     (RelayTestHttps *server);
const char     *relay_test_https_get_cert (RelayTestHttps *server);
char           *relay_test_https_url      (RelayTestHttps *server,
                                           const char     *path);

G_END_DECLS
