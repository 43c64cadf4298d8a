/* fuzz-search.c — the search box of the case list
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

/* The input is what the user types into the search box. Whatever it is
 * (FTS5 syntax, quotes, stars, scripts, combining accents), the search
 * runs without an error and finds only cases of the store.
 */

#include "config.h"

#include <string.h>

#include <relay/relay.h>

#include "relay-fuzz.h"

static RelayStore *store;
static GPtrArray *uuids;

static const char * const titles[] = {
  "Detención de María José Pérez Ñuñez",
  "Menaces contre l’équipe de « Terre Libre »",
  "Threats after the NEAR meeting (AND \"OR\" NOT)",
  "Задержание журналиста в Минске",
  "証言 記録 東京",
  "Ḍaʿīf al-Ḥaqq, Ørsted & Søn",
};

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  relay_fuzz_init ();

  path = g_build_filename (relay_fuzz_make_tmpdir (), "relay.db", NULL);
  store = relay_store_new (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  uuids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(RelayCase) kase = relay_case_new ();
      g_autoptr(RelayVictim) victim = relay_victim_new ();

      relay_case_set_title (kase, titles[i]);
      relay_case_set_what_happened (kase, titles[(i + 1) % G_N_ELEMENTS (titles)]);
      relay_victim_set_name (victim, titles[(i + 2) % G_N_ELEMENTS (titles)]);
      g_list_store_append (relay_case_get_victims (kase), victim);
      if (!relay_store_save_case (store, kase, &error))
        g_error ("%s", error->message);
      g_ptr_array_add (uuids, g_strdup (relay_case_get_uuid (kase)));
    }

  return 0;
}

static gboolean
is_stored (const char *uuid)
{
  for (guint i = 0; i < uuids->len; i++)
    if (g_str_equal (g_ptr_array_index (uuids, i), uuid))
      return TRUE;

  return FALSE;
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *raw = g_strndup ((const char *)data, size);
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  /* The search takes what a GtkEntry gives (valid UTF-8), but is also
   * given raw bytes here: it must cope with both. */
  for (guint pass = 0; pass < 2; pass++)
    {
      g_autofree char *text = pass == 0 ? g_strdup (raw) : relay_fuzz_dup_text (data, size);

      if (pass == 0 && !g_utf8_validate (text, -1, NULL))
        continue;

      g_clear_object (&results);
      results = relay_store_search (store, text, &error);
      if (results == NULL)
        g_error ("The search failed: %s", error->message);

      n = g_list_model_get_n_items (results);
      g_assert_cmpuint (n, <=, uuids->len);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (results, i);

          g_assert_true (is_stored (relay_case_summary_get_uuid (summary)));
          g_assert_nonnull (relay_case_summary_get_title (summary));
        }
    }

  return 0;
}
