/* relay-test-utils.c
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "relay-test-utils.h"

/**
 * relay_test_remove_tree:
 * @path: a file or folder
 *
 * Removes @path and everything below it, even folders a test made
 * read-only. Symbolic links are removed, not followed.
 */
void
relay_test_remove_tree (const char *path)
{
  GStatBuf st;
  GDir *dir;

  if (g_lstat (path, &st) != 0)
    return;

  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }

  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          relay_test_remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

/**
 * relay_test_wait_for:
 * @condition: what to wait for
 * @user_data: data for @condition
 * @seconds: how long to wait before the test fails
 *
 * Runs the default main context until @condition holds, also when another
 * thread makes it hold (it is asked again every millisecond), and fails
 * the test if it does not within @seconds.
 */
void
relay_test_wait_for (RelayTestCondition condition,
                     gpointer           user_data,
                     guint              seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (user_data) && g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  g_assert_true (condition (user_data));
}
