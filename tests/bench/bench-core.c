/* bench-core.c
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

/* Benchmarks of the core besides the store (bench-store.c): filtering the
 * mandate directory per keystroke, suggestions for a long case, the letter
 * of a case with 40 victims as text and as PDF, the agenda of 10,000 cases
 * and its iCalendar export. One line "BENCH<TAB>name<TAB>value<TAB>unit"
 * per result on stdout.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include <relay/relay.h>

#include "relay-bench.h"
#include "relay-test-utils.h"

#define ROUNDS 30

static RelayDirectory *
load_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (RELAY_BENCH_SOURCE_ROOT "/data/directory/mandates.json");
  RelayDirectory *directory = relay_directory_new ();

  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);

  return directory;
}

static void
bench_directory_filter (RelayDirectory *directory)
{
  const char *typed = "detención arbitraria de defensores";
  g_autoptr(GArray) times = relay_bench_times_new ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (directory));

  /* Each keystroke filters the whole directory again, as the page does. */
  for (guint round = 0; round < ROUNDS; round++)
    for (const char *end = g_utf8_next_char (typed); ; end = g_utf8_next_char (end))
      {
        g_autofree char *query = g_strndup (typed, end - typed);
        gint64 start = g_get_monotonic_time ();
        guint matches = 0;

        for (guint i = 0; i < n_items; i++)
          {
            g_autoptr(RelayMandate) mandate = g_list_model_get_item (G_LIST_MODEL (directory), i);

            matches += relay_mandate_matches (mandate, query);
          }
        relay_bench_times_add (times, start);
        g_assert_cmpuint (matches, <=, n_items);

        if (*end == '\0')
          break;
      }

  relay_bench_report_median (g_strdup ("directory/filter-per-keystroke"), times);
  relay_bench_report_percentile (g_strdup ("directory/filter-per-keystroke-p95"), times, 95);
}

static RelayCase *
make_long_case (guint n_victims)
{
  RelayCase *kase = relay_case_new ();
  g_autoptr(GString) what = g_string_new (NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append (what, "Police officers dispersed a peaceful protest of indigenous land defenders "
                           "near the river; journalists covering it were beaten and detained without "
                           "a warrant, and two organisers have disappeared since. ");

  relay_case_set_title (kase, "Protest in the valley");
  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_country (kase, "CO");
  relay_case_set_what_happened (kase, what->str);
  relay_case_set_context (kase, what->str);
  relay_case_set_action_requested (kase, "Ask for their release and an investigation.");

  for (guint i = 0; i < n_victims; i++)
    {
      g_autoptr(RelayVictim) victim = relay_victim_new ();
      g_autofree char *name = g_strdup_printf ("María José Pérez Ñuñez %u", i);

      relay_victim_set_name (victim, name);
      relay_victim_set_consent_government (victim, i % 3 == 0 ? RELAY_CONSENT_NO : RELAY_CONSENT_YES);
      relay_victim_set_name_form (victim, i % 2 ? RELAY_NAME_FORM_FULL : RELAY_NAME_FORM_INITIALS);
      g_list_store_append (relay_case_get_victims (kase), victim);
    }

  {
    g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();

    relay_case_mandate_set_mandate_id (mandate, "sr-hrd");
    g_list_store_append (relay_case_get_mandates (kase), mandate);
  }

  return kase;
}

static void
bench_suggestions (RelayDirectory *directory)
{
  g_autoptr(RelayCase) kase = make_long_case (3);
  g_autoptr(GArray) times = relay_bench_times_new ();

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GListModel) suggestions = NULL;
      gint64 start = g_get_monotonic_time ();

      suggestions = relay_suggest_mandates (directory, kase, 8);
      relay_bench_times_add (times, start);
      g_assert_cmpuint (g_list_model_get_n_items (suggestions), >, 0);
    }

  relay_bench_report_median (g_strdup ("directory/suggestions-long-case"), times);
}

static void
bench_letter (RelayDirectory *directory)
{
  g_autoptr(RelayCase) kase = make_long_case (40);
  g_autoptr(GArray) text_times = relay_bench_times_new ();
  g_autoptr(GArray) pdf_times = relay_bench_times_new ();

  for (guint round = 0; round < 10; round++)
    {
      g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "fr");
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      gint64 start;

      start = g_get_monotonic_time ();
      text = relay_letter_dup_text (letter);
      relay_bench_times_add (text_times, start);
      g_assert_nonnull (text);

      start = g_get_monotonic_time ();
      relay_letter_write_pdf (letter, stream, NULL, &error);
      relay_bench_times_add (pdf_times, start);
      g_assert_no_error (error);
    }

  relay_bench_report_median (g_strdup ("letter/text-40-victims"), text_times);
  relay_bench_report_median (g_strdup ("letter/pdf-40-victims"), pdf_times);
}

/* A store of @n sent cases, each with a communication sent to the
 * government: two computed dates each. */
static char *
make_agenda_store (const char *dir,
                   guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "agenda.db", NULL);
  g_autoptr(RelayStore) store = relay_store_new (path, &error);
  sqlite3 *db;

  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "BEGIN;"
    "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
    "INSERT INTO cases (uuid, title, status, created_at, updated_at, change_seq) "
    "  SELECT printf ('case-%05d', i), printf ('Case %d', i), 'communication-sent', "
    "         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', i FROM n;"
    "INSERT INTO case_mandates (case_id, position, mandate_id, role) "
    "  SELECT id, 0, 'sr-hrd', 'lead' FROM cases;"
    "INSERT INTO timeline (case_id, position, date, kind) "
    "  SELECT id, 0, date ('2026-01-01', printf ('+%d days', id % 300)), 'submitted' FROM cases;"
    "INSERT INTO timeline (case_id, position, date, kind, communication_type, reference) "
    "  SELECT id, 1, date ('2026-02-01', printf ('+%d days', id % 300)), 'communication-sent', "
    "         'allegation', printf ('AL COL %d/2026', id) FROM cases;"
    "COMMIT;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpuint (n, ==, 10000);

  return g_steal_pointer (&path);
}

static void
bench_agenda (RelayDirectory *directory)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-bench-agenda-XXXXXX", &error);
  g_autofree char *path = make_agenda_store (dir, 10000);
  g_autoptr(RelayStore) store = relay_store_new (path, &error);
  g_autoptr(GArray) load_times = relay_bench_times_new ();
  g_autoptr(GArray) save_times = relay_bench_times_new ();
  g_autoptr(GArray) export_times = relay_bench_times_new ();
  g_autoptr(RelayAgenda) agenda = NULL;
  guint n_items = 0;

  g_assert_no_error (error);

  for (guint round = 0; round < 5; round++)
    {
      gint64 start = g_get_monotonic_time ();

      g_clear_object (&agenda);
      agenda = relay_agenda_new (store, directory);
      relay_agenda_reload (agenda, &error);
      relay_bench_times_add (load_times, start);
      g_assert_no_error (error);
    }
  n_items = g_list_model_get_n_items (relay_agenda_get_items (agenda));
  relay_bench_report (g_strdup ("agenda/items-of-10k-cases"),
                      n_items, "items");
  relay_bench_report_median (g_strdup ("agenda/load-10k-cases"), load_times);

  /* What every autosave of one case costs the agenda. */
  for (guint round = 0; round < 10; round++)
    {
      g_autoptr(RelayCase) kase = relay_store_load_case (store, "case-00042", &error);
      gint64 start;

      g_assert_no_error (error);
      relay_case_set_what_happened (kase, round % 2 ? "typed" : "typed more");
      start = g_get_monotonic_time ();
      relay_store_save_case (store, kase, &error);
      relay_bench_times_add (save_times, start);
      g_assert_no_error (error);
    }
  relay_bench_report_median (g_strdup ("agenda/save-one-case-10k"), save_times);

  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *ics = NULL;
      gint64 start = g_get_monotonic_time ();

      ics = relay_agenda_export (agenda, NULL, FALSE);
      relay_bench_times_add (export_times, start);
      g_assert_nonnull (ics);
    }
  relay_bench_report_median (g_strdup_printf ("agenda/ics-export-%u-events", n_items), export_times);

  g_clear_object (&agenda);
  g_clear_object (&store);
  relay_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RelayDirectory) directory = load_directory ();

  bench_directory_filter (directory);
  bench_suggestions (directory);
  bench_letter (directory);
  bench_agenda (directory);

  return 0;
}
