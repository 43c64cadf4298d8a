/* bench-store.c
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

/* Benchmarks of the case database at 1k, 10k and 100k cases (3 victims and
 * 2 incidents each): inserting a case, opening the store, loading a case,
 * the first page of the list of cases, full-text search (p50 and p95) and
 * deleting a case. Run by `meson test --benchmark` (build-aux/bench.sh);
 * each result is one line "BENCH<TAB>name<TAB>value<TAB>unit" on stdout.
 *
 * The databases are made once, with plain SQL in one transaction, in
 * $RELAY_BENCH_DATA (default: a folder of the build tree), and copied for
 * each run so that every run starts from the same file. Their text follows
 * the shape of real prose: a vocabulary of 6,000 words whose frequencies
 * follow Zipf's law (a few words in almost every case, most words in few),
 * with the domain's words ("detention", "journalist"…) among the frequent
 * ones, and people's names from a list.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include <relay/relay.h>

#include "relay-bench.h"
#include "relay-test-utils.h"

static const char * const words[] = {
  "detention", "arrest", "protest", "journalist", "land", "eviction", "torture", "threat",
  "defender", "union", "indigenous", "river", "mine", "police", "court", "prison",
  "disappearance", "student", "women", "housing", "water", "forest", "election", "lawyer",
};

static const char * const names[] = {
  "José", "María", "Ñusta", "Françoise", "Zoë", "Ángel", "Inés", "Raúl", "Amina", "Kofi",
  "Quispe", "Mamani", "Huanca", "Condori", "Dubois", "Okafor", "Nguyen", "Haddad",
};

#define VOCABULARY_SIZE 6000

static const char * const syllables[] = {
  "ka", "lo", "mi", "ra", "te", "su", "po", "na", "vi", "de", "gu", "sha", "ben", "tor",
  "al", "es", "in", "or", "um", "qui", "zan", "fe", "lu", "chi",
};

static char *vocabulary[VOCABULARY_SIZE];
static double cumulative[VOCABULARY_SIZE];

/* Word i (from 0) is the (i+1)-th most frequent; the domain's words come
 * first among them, then made-up words of two to four syllables. */
static void
make_vocabulary (void)
{
  double total = 0.0;

  if (vocabulary[0] != NULL)
    return;

  for (guint i = 0; i < VOCABULARY_SIZE; i++)
    {
      if (i < G_N_ELEMENTS (words))
        vocabulary[i] = g_strdup (words[i]);
      else
        {
          guint n = i - G_N_ELEMENTS (words);
          GString *word = g_string_new (NULL);

          g_string_append (word, syllables[n % G_N_ELEMENTS (syllables)]);
          g_string_append (word, syllables[(n / G_N_ELEMENTS (syllables)) % G_N_ELEMENTS (syllables)]);
          if (n >= G_N_ELEMENTS (syllables) * G_N_ELEMENTS (syllables))
            g_string_append (word, syllables[(n / 576) % G_N_ELEMENTS (syllables)]);
          if (n % 3 == 0)
            g_string_append (word, "nde");
          vocabulary[i] = g_string_free (word, FALSE);
        }

      total += 1.0 / (i + 1);
      cumulative[i] = total;
    }

  for (guint i = 0; i < VOCABULARY_SIZE; i++)
    cumulative[i] /= total;
}

static const char *
pick_word (GRand *rand)
{
  double x = g_rand_double (rand);
  guint low = 0, high = VOCABULARY_SIZE - 1;

  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (cumulative[middle] < x)
        low = middle + 1;
      else
        high = middle;
    }

  return vocabulary[low];
}

static char *
make_text (GRand *rand,
           guint  n_words)
{
  GString *text = g_string_new (NULL);

  make_vocabulary ();

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, pick_word (rand));
    }

  return g_string_free (text, FALSE);
}

static void
exec_or_die (sqlite3    *db,
             const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* A store of @n cases, made with plain SQL in one transaction. */
static void
populate (const char *path,
          guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  sqlite3_stmt *insert_case, *insert_victim, *insert_incident;
  sqlite3 *db;

  store = relay_store_new (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_or_die (db, "PRAGMA journal_mode = WAL; BEGIN");
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "INSERT INTO cases (uuid, title, country, what_happened, context, created_at, updated_at, change_seq) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)", -1, &insert_case, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "INSERT INTO victims (case_id, position, name) VALUES (?1, ?2, ?3)", -1, &insert_victim, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
    "INSERT INTO incidents (case_id, position, date, place, description) VALUES (?1, ?2, ?3, ?4, ?5)",
    -1, &insert_incident, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *title = make_text (rand, 4);
      g_autofree char *what = make_text (rand, 60);
      g_autofree char *context = make_text (rand, 30);
      g_autofree char *when = g_strdup_printf ("2026-%02u-%02uT%02u:%02u:%02uZ",
                                               1 + i % 12, 1 + i % 28, i % 24, i % 60, (i / 60) % 60);
      gint64 id;

      sqlite3_bind_text (insert_case, 1, uuid, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_case, 2, title, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_case, 3, "CO", -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_case, 4, what, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_case, 5, context, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert_case, 6, when, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (insert_case, 7, i + 1);
      g_assert_cmpint (sqlite3_step (insert_case), ==, SQLITE_DONE);
      sqlite3_reset (insert_case);
      id = sqlite3_last_insert_rowid (db);

      for (int v = 0; v < 3; v++)
        {
          g_autofree char *name = g_strdup_printf ("%s %s", names[g_rand_int_range (rand, 0, 10)],
                                                   names[g_rand_int_range (rand, 10, G_N_ELEMENTS (names))]);

          sqlite3_bind_int64 (insert_victim, 1, id);
          sqlite3_bind_int (insert_victim, 2, v);
          sqlite3_bind_text (insert_victim, 3, name, -1, SQLITE_STATIC);
          g_assert_cmpint (sqlite3_step (insert_victim), ==, SQLITE_DONE);
          sqlite3_reset (insert_victim);
        }

      for (int k = 0; k < 2; k++)
        {
          g_autofree char *description = make_text (rand, 12);

          sqlite3_bind_int64 (insert_incident, 1, id);
          sqlite3_bind_int (insert_incident, 2, k);
          sqlite3_bind_text (insert_incident, 3, "2026-03-14", -1, SQLITE_STATIC);
          sqlite3_bind_text (insert_incident, 4, "Bogotá", -1, SQLITE_STATIC);
          sqlite3_bind_text (insert_incident, 5, description, -1, SQLITE_STATIC);
          g_assert_cmpint (sqlite3_step (insert_incident), ==, SQLITE_DONE);
          sqlite3_reset (insert_incident);
        }
    }

  sqlite3_finalize (insert_case);
  sqlite3_finalize (insert_victim);
  sqlite3_finalize (insert_incident);
  exec_or_die (db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)");
  sqlite3_close (db);
}

static RelayCase *
make_case (guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *title = make_text (rand, 4);
  g_autofree char *what = make_text (rand, 60);
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, title);
  relay_case_set_what_happened (kase, what);
  for (int v = 0; v < 3; v++)
    {
      g_autoptr(RelayVictim) victim = relay_victim_new ();

      relay_victim_set_name (victim, names[(seed + v) % G_N_ELEMENTS (names)]);
      g_list_store_append (relay_case_get_victims (kase), victim);
    }
  for (int k = 0; k < 2; k++)
    {
      g_autoptr(RelayIncident) incident = relay_incident_new ();

      relay_incident_set_date (incident, "2026-03-14");
      relay_incident_set_description (incident, what);
      g_list_store_append (relay_case_get_incidents (kase), incident);
    }

  return kase;
}

static void
bench_size (const char *data_dir,
            guint       n)
{
  g_autoptr(GError) error = NULL;
  /* The version of the generated text is in the name. */
  g_autofree char *name = g_strdup_printf ("cases-zipf-%u.db", n);
  g_autofree char *source = g_build_filename (data_dir, name, NULL);
  g_autofree char *work_dir = g_dir_make_tmp ("relay-bench-XXXXXX", &error);
  g_autofree char *path = g_build_filename (work_dir, "relay.db", NULL);
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(GArray) times = relay_bench_times_new ();
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  /* As typed: the first letters of a word, a word, two words, names. */
  static const char * const queries[] = {
    "de", "deten", "detention", "arr", "journalist river", "Quispe", "torture prison",
    "land evic", "Ñusta", "Ñusta Quispe", "defender union", "water", "kalo", "mirate",
    "nothing-matches-this",
  };
  gint64 start;

  if (!g_file_test (source, G_FILE_TEST_EXISTS))
    {
      start = g_get_monotonic_time ();
      populate (source, n);
      g_printerr ("Made %s in %.1f s\n", source, (g_get_monotonic_time () - start) / 1e6);
    }
  {
    g_autoptr(GFile) from = g_file_new_for_path (source);
    g_autoptr(GFile) to = g_file_new_for_path (path);

    g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }

  /* Opening the store and the first page of the list of cases. */
  start = g_get_monotonic_time ();
  store = relay_store_new (path, &error);
  g_assert_no_error (error);
  relay_bench_report_ms (g_strdup_printf ("store/%u/open", n), (g_get_monotonic_time () - start) / 1000.0);

  start = g_get_monotonic_time ();
  {
    GListModel *cases = relay_store_get_cases (store);

    g_assert_cmpuint (g_list_model_get_n_items (cases), ==, n);
    for (guint i = 0; i < 30; i++)
      {
        g_autoptr(RelayCaseSummary) summary = g_list_model_get_item (cases, i);

        g_assert_nonnull (relay_case_summary_get_title (summary));
        if (i < 20)
          g_ptr_array_add (uuids, g_strdup (relay_case_summary_get_uuid (summary)));
      }
  }
  relay_bench_report_ms (g_strdup_printf ("store/%u/list-first-page", n),
                         (g_get_monotonic_time () - start) / 1000.0);

  /* Loading a case. */
  g_array_set_size (times, 0);
  for (guint i = 0; i < uuids->len; i++)
    {
      g_autoptr(RelayCase) kase = NULL;

      start = g_get_monotonic_time ();
      kase = relay_store_load_case (store, g_ptr_array_index (uuids, i), &error);
      relay_bench_times_add (times, start);
      g_assert_no_error (error);
    }
  relay_bench_report_median (g_strdup_printf ("store/%u/load-case", n), times);

  /* Inserting a case (the list follows). */
  g_array_set_size (times, 0);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(RelayCase) kase = make_case (i);

      start = g_get_monotonic_time ();
      relay_store_save_case (store, kase, &error);
      relay_bench_times_add (times, start);
      g_assert_no_error (error);
    }
  relay_bench_report_median (g_strdup_printf ("store/%u/insert-case", n), times);

  /* Saving the same case again and again, as the wizard's autosave does. */
  g_array_set_size (times, 0);
  {
    g_autoptr(RelayCase) kase = make_case (99);
    g_autoptr(GString) typed = g_string_new ("Land defenders");

    for (guint i = 0; i < 60; i++)
      {
        gint64 start_save;

        g_string_append (typed, " face threats");
        relay_case_set_context (kase, typed->str);
        start_save = g_get_monotonic_time ();
        relay_store_save_case (store, kase, &error);
        relay_bench_times_add (times, start_save);
        g_assert_no_error (error);
      }
  }
  relay_bench_report_median (g_strdup_printf ("store/%u/autosave", n), times);
  relay_bench_report_percentile (g_strdup_printf ("store/%u/autosave-max", n), times, 100);

  /* Full-text search, as typed. */
  g_array_set_size (times, 0);
  for (guint round = 0; round < 3; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      {
        g_autoptr(GListModel) results = NULL;

        start = g_get_monotonic_time ();
        results = relay_store_search (store, queries[q], &error);
        /* What a person sees: the first rows of the results. */
        for (guint i = 0; i < MIN (20, g_list_model_get_n_items (results)); i++)
          g_object_unref (g_list_model_get_item (results, i));
        relay_bench_times_add (times, start);
        g_assert_no_error (error);
      }
  relay_bench_report_percentile (g_strdup_printf ("store/%u/search-p50", n), times, 50);
  relay_bench_report_percentile (g_strdup_printf ("store/%u/search-p95", n), times, 95);

  /* Deleting a case. */
  g_array_set_size (times, 0);
  for (guint i = 0; i < 10; i++)
    {
      start = g_get_monotonic_time ();
      relay_store_delete_case (store, g_ptr_array_index (uuids, i), &error);
      relay_bench_times_add (times, start);
      g_assert_no_error (error);
    }
  relay_bench_report_median (g_strdup_printf ("store/%u/delete-case", n), times);

  g_clear_object (&store);
  relay_test_remove_tree (work_dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *data_dir = g_getenv ("RELAY_BENCH_DATA");
  const char *sizes = g_getenv ("RELAY_BENCH_SIZES");
  g_auto(GStrv) size_list = NULL;

  if (data_dir == NULL)
    data_dir = RELAY_BENCH_DEFAULT_DATA;
  g_mkdir_with_parents (data_dir, 0700);

  size_list = g_strsplit (sizes != NULL ? sizes : "1000 10000 100000", " ", -1);
  for (guint i = 0; size_list[i] != NULL; i++)
    if (*size_list[i] != '\0')
      bench_size (data_dir, (guint) g_ascii_strtoull (size_list[i], NULL, 10));

  return 0;
}
