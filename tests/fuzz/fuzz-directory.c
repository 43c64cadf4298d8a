/* fuzz-directory.c — the mandate directory's JSON loader
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

/* The input is a directory file, as a download from the configured URL
 * would give it. When it loads, everything the application reads from a
 * directory is read: each mandate's fields in the three languages, the
 * filter of the Mandates page, and the summary of changes against the
 * bundled directory that Preferences shows before an update.
 */

#include "config.h"

#include <relay/relay.h>

#include "relay-fuzz.h"

static RelayDirectory *bundled;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  relay_fuzz_init ();

  bundled = relay_directory_new ();
  if (!relay_directory_load_default (bundled, &error))
    g_error ("The bundled directory does not load: %s", error->message);

  return 0;
}

static void
read_mandate (RelayMandate *mandate)
{
  static const char * const languages[] = { "en", "fr", "es", "de" };
  static const char * const queries[] = { "", "detención", "RAPPORTEUR", "é", "  torture  " };

  g_assert_nonnull (relay_mandate_get_id (mandate));
  relay_mandate_get_kind (mandate);
  relay_mandate_get_mandate_type (mandate);
  relay_mandate_get_country (mandate);
  relay_mandate_get_effective_email (mandate);
  relay_mandate_get_webpage (mandate);
  relay_mandate_get_last_verified (mandate);
  relay_mandate_get_sources (mandate);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      relay_mandate_get_title (mandate, languages[i]);
      relay_mandate_title_is_official (mandate, languages[i]);
      relay_mandate_get_topics (mandate, languages[i]);
      relay_mandate_get_who_may_submit (mandate, languages[i]);
      relay_mandate_get_required_elements (mandate, languages[i]);
      relay_mandate_get_consent_statements (mandate, languages[i]);
      relay_mandate_get_criteria_note (mandate, languages[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    relay_mandate_matches (mandate, queries[i]);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(RelayDirectory) directory = relay_directory_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(RelayDirectoryChanges) changes = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *details = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *mandates = G_LIST_MODEL (directory);
  guint n;

  if (!relay_directory_load_bytes (directory, bytes, &error))
    {
      /* A file that does not load says why, in the directory's domain. */
      g_assert_nonnull (error);
      g_assert_true (error->domain == RELAY_DIRECTORY_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);

  relay_directory_get_data_date (directory);
  relay_directory_get_urgent_action_email (directory);
  relay_directory_get_reprisals_email (directory);
  relay_directory_get_online_questionnaire (directory);
  relay_directory_get_communications_database (directory);

  n = g_list_model_get_n_items (mandates);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (mandates, i);

      read_mandate (mandate);
      /* Every mandate can be found by its id. */
      g_assert_true (relay_directory_lookup (directory, relay_mandate_get_id (mandate)) == mandate);
    }

  changes = relay_directory_compare (bundled, directory);
  summary = relay_directory_changes_dup_summary (changes);
  details = relay_directory_changes_dup_details (changes);
  g_assert_true (summary == NULL || g_utf8_validate (summary, -1, NULL));
  g_assert_true (details == NULL || g_utf8_validate (details, -1, NULL));

  return 0;
}
