/* crash-test.c — SIGKILL at random moments while the wizard saves a draft
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

/* Starts the application (crash-child.c) again and again on one store,
 * lets it type into the wizard's "What happened" field, and kills it with
 * SIGKILL: while it starts up and opens the store, around the first save
 * of the draft, or at a random moment 0.3 to 3 s into typing. After every
 * kill:
 *
 *  - the database, opened read-only with SQLite, passes PRAGMA
 *    integrity_check and its full-text index matches the cases;
 *  - the new case is there if anything was saved or typed more than a
 *    second before the kill, and its text is a prefix of what was typed
 *    that holds everything the store said it committed and everything
 *    typed up to one second before the kill;
 *  - the cases of earlier rounds are exactly as they were;
 *  - RelayStore opens a copy of the files (the path the application takes
 *    on its next start) and reads the same text, and FTS5's own
 *    integrity check passes on that copy.
 *
 *   crash-test [GTEST OPTIONS] CHILD
 *
 * RELAY_CRASH_ITERATIONS sets the number of kills (default 20).
 */

#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <string.h>

#include <glib/gstdio.h>
#include <relay/relay.h>

#include "relay-test-utils.h"

#define DEFAULT_ITERATIONS 20
/* The most typing a kill may lose. */
#define MAX_LOSS_US        G_USEC_PER_SEC
/* The wizard saves this long after the first unsaved edit (relay-wizard.c). */
#define SAVE_DELAY_US      (400 * G_TIME_SPAN_MILLISECOND)
#define CHILD_TIMEOUT_US   (60 * G_USEC_PER_SEC)

static const char *child_path;

typedef enum {
  KILL_AT_START,      /* from 0 ms after exec: start-up, opening the store */
  KILL_AT_FIRST_SAVE, /* while the first save of the draft runs */
  KILL_WHILE_TYPING,  /* 0.3 to 3 s after typing began */
} KillPlan;

typedef enum {
  PHASE_STARTING,     /* the store was not open yet */
  PHASE_OPENED,       /* open, nothing typed yet */
  PHASE_TYPING,       /* typing, nothing saved yet */
  PHASE_SAVED,        /* at least one save committed */
  N_PHASES
} Phase;

static const char * const phase_names[N_PHASES] = {
  "while starting up",
  "with the store open, before typing",
  "while typing, before the first save",
  "while typing, after a save",
};

typedef struct {
  /* For the whole run */
  char       *folder;
  char       *db_path;
  char       *copy_folder;
  char       *text;
  GHashTable *known;          /* uuid → text, the cases of earlier rounds */
  gint64      opened_sum;     /* from exec to the store being open */
  guint       opened_count;
  gint64      startup_sum;    /* from exec to the wizard being open */
  guint       startup_count;
  guint       phases[N_PHASES];
  gint64      max_loss;

  /* For one round */
  GMainLoop        *loop;
  GSubprocess      *process;
  GDataInputStream *out;
  KillPlan          plan;
  gint64            delay;
  gint64            spawned_at;
  gint64            killed_at;
  gboolean          opened;
  char             *uuid;
  GArray           *typed_at;
  guint             n_saved;
  gboolean          any_saved;
  guint             kill_source;
  guint             guard_source;
  char             *failure;
} Run;

/*
 * The text typed: several scripts, accents, quotes and line breaks.
 */

static char *
make_text (void)
{
  static const char * const lines[] = {
    "El 3 de marzo, la policía detuvo a María José Núñez en Cúcuta.\n",
    "Le lendemain, l’équipe a reçu des menaces « très graves ».\n",
    "Witnesses saw three men — two of them in uniform — take her away.\n",
    "Свидетелей трое; 証言は記録済み。\n",
  };
  GString *text = g_string_new (NULL);

  /* More than the 3 s of the longest round, at 15 ms a character. */
  for (guint i = 0; g_utf8_strlen (text->str, -1) < 600; i++)
    g_string_append (text, lines[i % G_N_ELEMENTS (lines)]);

  return g_string_free (text, FALSE);
}

/* The first @n characters of the text. */
static char *
text_prefix (Run   *run,
             guint  n)
{
  const char *end = g_utf8_offset_to_pointer (run->text, n);

  return g_strndup (run->text, end - run->text);
}

/*
 * Driving the child
 */

static void
fail_round (Run        *run,
            const char *message)
{
  if (run->failure == NULL)
    run->failure = g_strdup (message);
  if (run->killed_at == 0 && run->process != NULL)
    g_subprocess_force_exit (run->process);
}

static gboolean
kill_cb (gpointer user_data)
{
  Run *run = user_data;

  run->kill_source = 0;
  if (run->killed_at == 0)
    {
      run->killed_at = g_get_monotonic_time ();
      g_subprocess_send_signal (run->process, SIGKILL);
    }

  return G_SOURCE_REMOVE;
}

static void
kill_at (Run    *run,
         gint64  when)
{
  gint64 wait = MAX (0, when - g_get_monotonic_time ());

  g_assert (run->kill_source == 0);
  run->kill_source = g_timeout_add_full (G_PRIORITY_HIGH, wait / 1000, kill_cb, run, NULL);
}

static gboolean
guard_cb (gpointer user_data)
{
  Run *run = user_data;

  run->guard_source = 0;
  fail_round (run, "the application did not open the wizard within a minute");

  return G_SOURCE_REMOVE;
}

static void read_next_line (Run *run);

static void
handle_line (Run        *run,
             const char *line)
{
  g_auto(GStrv) words = g_strsplit (line, " ", 0);
  guint n_words = g_strv_length (words);
  gint64 when;

  if (n_words < 2)
    {
      fail_round (run, "the application printed an unexpected line");
      return;
    }
  when = g_ascii_strtoll (words[n_words - 1], NULL, 10);

  if (g_str_equal (words[0], "opened") && n_words == 2)
    {
      run->opened = TRUE;
      run->opened_sum += when - run->spawned_at;
      run->opened_count++;
    }
  else if (g_str_equal (words[0], "case") && n_words == 3)
    {
      run->uuid = g_strdup (words[1]);
      run->startup_sum += when - run->spawned_at;
      run->startup_count++;
      if (run->plan == KILL_WHILE_TYPING)
        kill_at (run, when + run->delay);
    }
  else if (g_str_equal (words[0], "typed") && n_words == 3)
    {
      guint n = (guint)g_ascii_strtoull (words[1], NULL, 10);

      if (n != run->typed_at->len + 1)
        fail_round (run, "the characters were not typed in order");
      g_array_append_val (run->typed_at, when);

      /* The wizard saves SAVE_DELAY_US after the first edit. */
      if (run->plan == KILL_AT_FIRST_SAVE && n == 1)
        kill_at (run, when + SAVE_DELAY_US + run->delay);
    }
  else if (g_str_equal (words[0], "saved") && n_words == 3)
    {
      run->n_saved = MAX (run->n_saved, (guint)g_ascii_strtoull (words[1], NULL, 10));
      run->any_saved = TRUE;
    }
  else
    fail_round (run, "the application printed an unexpected line");
}

static void
on_line_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  if (line == NULL)
    {
      /* End of output: the child is gone. */
      if (error != NULL)
        fail_round (run, error->message);
      g_main_loop_quit (run->loop);
      return;
    }

  handle_line (run, line);
  read_next_line (run);
}

static void
read_next_line (Run *run)
{
  g_data_input_stream_read_line_async (run->out, G_PRIORITY_DEFAULT, NULL, on_line_cb, run);
}

/* Starts the child and reads its output until it dies. */
static void
run_child (Run *run)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", run->folder, TRUE);
  /* No session bus: nothing of the child's outlives it. */
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS",
                                "unix:path=/nonexistent/relay-crash-bus", TRUE);

  run->spawned_at = g_get_monotonic_time ();
  run->process = g_subprocess_launcher_spawn (launcher, &error, child_path, run->text, NULL);
  g_assert_no_error (error);

  run->out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (run->process));
  run->loop = g_main_loop_new (NULL, FALSE);
  run->guard_source = g_timeout_add_seconds (CHILD_TIMEOUT_US / G_USEC_PER_SEC, guard_cb, run);

  if (run->plan == KILL_AT_START)
    kill_at (run, run->spawned_at + run->delay);

  read_next_line (run);
  g_main_loop_run (run->loop);

  g_subprocess_wait (run->process, NULL, &error);
  g_assert_no_error (error);

  if (run->killed_at == 0)
    fail_round (run, "the application exited before it was killed");
  else if (!g_subprocess_get_if_signaled (run->process) ||
           g_subprocess_get_term_sig (run->process) != SIGKILL)
    fail_round (run, "the application did not die of SIGKILL");

  g_clear_handle_id (&run->kill_source, g_source_remove);
  g_clear_handle_id (&run->guard_source, g_source_remove);
  g_clear_object (&run->out);
  g_clear_object (&run->process);
  g_clear_pointer (&run->loop, g_main_loop_unref);
}

/*
 * Checking the files
 */

static void
assert_sqlite_ok (sqlite3 *db,
                  int      rc)
{
  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
    g_error ("SQLite: %s (%d)", sqlite3_errmsg (db), rc);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  assert_sqlite_ok (db, sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL));
  assert_sqlite_ok (db, sqlite3_step (stmt));
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* Opens the database read-only, checks it and returns uuid → what happened. */
static GHashTable *
read_database (Run *run)
{
  g_autofree char *uri = g_strconcat ("file:", run->db_path, "?mode=ro", NULL);
  GHashTable *rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db = NULL;
  guint n_results = 0;
  int rc;

  /* A kill before the application created its file leaves nothing. */
  if (!g_file_test (run->db_path, G_FILE_TEST_EXISTS))
    return rows;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  assert_sqlite_ok (db, rc);

  assert_sqlite_ok (db, sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *result = (const char *)sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (result, "ok") != 0)
        g_error ("PRAGMA integrity_check: %s", result);
      n_results++;
    }
  assert_sqlite_ok (db, rc);
  g_assert_cmpuint (n_results, ==, 1);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The file may hold nothing yet, or no tables (killed while the schema
   * was being made: every migration is one transaction). */
  if (query_int (db, "SELECT count(*) FROM sqlite_master WHERE name = 'cases'") == 0)
    {
      sqlite3_close (db);
      return rows;
    }

  assert_sqlite_ok (db, sqlite3_prepare_v2 (db, "SELECT uuid, what_happened FROM cases", -1, &stmt, NULL));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (rows,
                         g_strdup ((const char *)sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *)sqlite3_column_text (stmt, 1)));
  assert_sqlite_ok (db, rc);
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* The full-text index holds each case's text, and nothing else. */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM case_fts"), ==, g_hash_table_size (rows));
  g_assert_cmpint (query_int (db,
                              "SELECT count(*) FROM cases AS c JOIN case_fts AS f ON f.rowid = c.id "
                              "WHERE f.what_happened IS c.what_happened"),
                   ==, g_hash_table_size (rows));

  sqlite3_close (db);

  return rows;
}

static void
copy_file_if_there (const char *from,
                    const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) destination = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  if (!g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Opens a copy of the files as the application's next start would, so that
 * the next round still finds them as the kill left them. */
static void
reopen_copy (Run        *run,
             GHashTable *rows)
{
  g_autofree char *copy = g_build_filename (run->copy_folder, "relay.db", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autofree char *wal = g_strconcat (run->db_path, "-wal", NULL);
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  GHashTableIter iter;
  gpointer uuid, text;

  relay_test_remove_tree (run->copy_folder);
  g_assert_cmpint (g_mkdir_with_parents (run->copy_folder, 0700), ==, 0);
  if (!g_file_test (run->db_path, G_FILE_TEST_EXISTS))
    return;

  /* The database and its write-ahead log; SQLite rebuilds the index of
   * the log (-shm) from it. */
  copy_file_if_there (run->db_path, copy);
  copy_file_if_there (wal, copy_wal);

  store = relay_store_new (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (relay_store_count_cases (store), ==, g_hash_table_size (rows));

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &uuid, &text))
    {
      g_autoptr(RelayCase) kase = relay_store_load_case (store, uuid, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (relay_case_get_what_happened (kase), ==, text);
    }
  g_clear_object (&store);

  assert_sqlite_ok (db, sqlite3_open_v2 (copy, &db, SQLITE_OPEN_READWRITE, NULL));
  assert_sqlite_ok (db, sqlite3_exec (db, "INSERT INTO case_fts (case_fts) VALUES ('integrity-check')",
                                      NULL, NULL, NULL));
  sqlite3_close (db);
}

static guint
count_typed_before (Run    *run,
                    gint64  when)
{
  guint n = 0;

  while (n < run->typed_at->len && g_array_index (run->typed_at, gint64, n) <= when)
    n++;

  return n;
}

static void
check_round (Run  *run,
             guint index)
{
  g_autoptr(GHashTable) rows = read_database (run);
  const char *text = run->uuid != NULL ? g_hash_table_lookup (rows, run->uuid) : NULL;
  guint must_have = MAX (run->n_saved, count_typed_before (run, run->killed_at - MAX_LOSS_US));
  guint n_typed = run->typed_at->len;
  GHashTableIter iter;
  gpointer uuid, known_text;
  Phase phase;

  /* The cases of earlier rounds are untouched. */
  g_assert_cmpuint (g_hash_table_size (rows), ==, g_hash_table_size (run->known) + (text != NULL));
  g_hash_table_iter_init (&iter, run->known);
  while (g_hash_table_iter_next (&iter, &uuid, &known_text))
    g_assert_cmpstr (g_hash_table_lookup (rows, uuid), ==, known_text);

  if (!run->opened)
    phase = PHASE_STARTING;
  else if (n_typed == 0)
    phase = PHASE_OPENED;
  else if (!run->any_saved)
    phase = PHASE_TYPING;
  else
    phase = PHASE_SAVED;
  run->phases[phase]++;

  if (text == NULL)
    {
      /* Only a kill before anything was saved may leave no case. */
      g_assert_cmpuint (must_have, ==, 0);
      g_test_message ("%u: killed %s: no case (%u characters typed)",
                      index, phase_names[phase], n_typed);
    }
  else
    {
      g_autofree char *prefix = NULL;
      glong length = g_utf8_strlen (text, -1);
      gint64 loss = 0;

      /* Some of what was typed, from the start, and nothing else... */
      g_assert_cmpint (length, <=, n_typed);
      prefix = text_prefix (run, length);
      g_assert_cmpstr (text, ==, prefix);

      /* ...and at most the last second of it missing. */
      g_assert_cmpint (length, >=, must_have);

      if ((guint)length < n_typed)
        loss = run->killed_at - g_array_index (run->typed_at, gint64, length);
      run->max_loss = MAX (run->max_loss, loss);

      g_test_message ("%u: killed %s: %ld of %u characters saved, the last %" G_GINT64_FORMAT
                      " ms of typing lost", index, phase_names[phase], length, n_typed,
                      MAX (loss, 0) / 1000);

      g_hash_table_insert (run->known, g_strdup (run->uuid), g_strdup (text));
    }

  reopen_copy (run, rows);
}

static int
average (gint64 sum,
         guint  count)
{
  return count > 0 ? (int)MAX (sum / count, 1) : G_USEC_PER_SEC;
}

static void
plan_round (Run   *run,
            guint  index)
{
  switch (index % 10)
    {
    case 1:
    case 6:
      /* From exec to the wizard being open, as measured so far; every
       * other time only until the store is open. */
      run->plan = KILL_AT_START;
      run->delay = g_test_rand_int_range (0, index % 10 == 1
                                             ? average (run->startup_sum, run->startup_count)
                                             : average (run->opened_sum, run->opened_count));
      break;

    case 2:
    case 7:
      /* Around the first save, which takes a few milliseconds. */
      run->plan = KILL_AT_FIRST_SAVE;
      run->delay = g_test_rand_int_range (-5000, 20000);
      break;

    default:
      run->plan = KILL_WHILE_TYPING;
      run->delay = g_test_rand_int_range (300000, 3000000);
      break;
    }
}

static void
test_crash_sigkill (void)
{
  const char *env = g_getenv ("RELAY_CRASH_ITERATIONS");
  guint n_iterations = env != NULL ? (guint)g_ascii_strtoull (env, NULL, 10) : DEFAULT_ITERATIONS;
  g_autoptr(GError) error = NULL;
  Run run = { 0 };

  run.folder = g_dir_make_tmp ("relay-crash-XXXXXX", &error);
  g_assert_no_error (error);
  run.db_path = g_build_filename (run.folder, "relay", "relay.db", NULL);
  run.copy_folder = g_strconcat (run.folder, "-copy", NULL);
  run.text = make_text ();
  run.known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < n_iterations; i++)
    {
      plan_round (&run, i);
      run.typed_at = g_array_new (FALSE, FALSE, sizeof (gint64));

      run_child (&run);
      if (run.failure != NULL)
        g_test_message ("Round %u failed", i);
      g_assert_cmpstr (run.failure, ==, NULL);
      check_round (&run, i);

      g_clear_pointer (&run.typed_at, g_array_unref);
      g_clear_pointer (&run.uuid, g_free);
      run.killed_at = 0;
      run.opened = FALSE;
      run.n_saved = 0;
      run.any_saved = FALSE;
    }

  g_test_message ("%u kills, %u cases kept; killed %u times while starting up, %u before typing, "
                  "%u before the first save, %u after a save; at most %" G_GINT64_FORMAT
                  " ms of typing lost",
                  n_iterations, g_hash_table_size (run.known), run.phases[PHASE_STARTING],
                  run.phases[PHASE_OPENED], run.phases[PHASE_TYPING], run.phases[PHASE_SAVED],
                  run.max_loss / 1000);

  relay_test_remove_tree (run.copy_folder);
  relay_test_remove_tree (run.folder);
  g_hash_table_unref (run.known);
  g_free (run.text);
  g_free (run.copy_folder);
  g_free (run.db_path);
  g_free (run.folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (argc != 2)
    {
      g_printerr ("usage: %s [GTEST OPTIONS] CHILD\n", argv[0]);
      return 2;
    }
  child_path = argv[1];

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display, the application needs one\n");
      return 0;
    }

  g_test_add_func ("/crash/sigkill", test_crash_sigkill);

  return g_test_run ();
}
