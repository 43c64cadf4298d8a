/* fuzz-main.c — runs a fuzz target over saved inputs, without libFuzzer
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* In a build without -Dfuzzing=true (gcc, or the sanitizer build of
 * build-aux/test.sh), each fuzz target is linked with this main instead of
 * libFuzzer's, and the core suite runs it over the seed corpus and the
 * inputs of crashes that were fixed (tests/fuzz/regressions):
 *
 *   fuzz-TARGET FILE-OR-FOLDER...
 *
 * Every file of every folder is passed once to LLVMFuzzerTestOneInput(); a
 * crash or failed check aborts, as it does under the fuzzer.
 */

#include "config.h"

#include <stdio.h>

#include "relay-fuzz.h"

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static guint
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  /* Named before running, so that a crash says which input it was. */
  printf ("Running %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const guint8 *)contents, length);

  return 1;
}

static guint
run_path (const char *path)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  GDir *dir;
  const char *name;
  guint n = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return run_file (path);

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    g_error ("%s", error->message);

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_dir_close (dir);

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    n += run_path (g_ptr_array_index (names, i));

  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    n += run_path (argv[i]);

  printf ("%u inputs, no crash\n", n);

  return n > 0 ? 0 : 1;
}
