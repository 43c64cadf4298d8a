/* relay-test-utils.h — helpers shared by the tests
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void relay_test_remove_tree (const char *path);

/* Whether what a test waits for has happened. */
typedef gboolean (*RelayTestCondition) (gpointer user_data);

void relay_test_wait_for    (RelayTestCondition  condition,
                             gpointer            user_data,
                             guint               seconds);

G_END_DECLS
