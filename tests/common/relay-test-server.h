/* relay-test-server.h — the HTTPS test server, for core tests
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _RelayTestServer RelayTestServer;

RelayTestServer *relay_test_server_start    (const char      *root);
void             relay_test_server_stop     (RelayTestServer *server);
const char      *relay_test_server_get_cert (RelayTestServer *server);
char            *relay_test_server_url      (RelayTestServer *server,
                                             const char      *path);
char            *relay_test_data_path       (const char      *name);
void             relay_test_wait_until      (gboolean        *done);

G_END_DECLS
