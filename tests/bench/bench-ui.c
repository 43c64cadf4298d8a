/* bench-ui.c
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

/* Benchmarks of the user interface, under the test X server:
 *
 * - startup: from exec to the first frame of Relay's main window with 1,000
 *   cases in the store, beside a bare AdwApplicationWindow program (this
 *   same binary, started with "bare"), measured in the same run, with the
 *   ratio, and the peak RSS of both;
 * - the first page of the list of cases at 100,000 cases: from making the
 *   window (the store already open) to its first frame;
 * - responsiveness: the longest stall of the main loop while a person types
 *   into a wizard field (which saves the case as they go) and into the
 *   search box, at 100,000 cases. A 1 ms timeout probes the main loop; a
 *   stall is the time between two of its runs, minus that millisecond.
 *
 * Usage: bench-ui (all, as the parent) | bench-ui relay | bench-ui bare.
 * RELAY_BENCH_NO_STARTUP=1 leaves out the startup runs.
 * One line "BENCH<TAB>name<TAB>value<TAB>unit" per result on stdout.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <adwaita.h>
#include <relay/relay.h>

#include "cases/relay-cases-page.h"
#include "relay-application.h"
#include "relay-window.h"
#include "wizard/relay-wizard.h"

#include "relay-bench.h"
#include "relay-test-ui.h"
#include "relay-test-utils.h"

extern char **environ;

#define STARTUP_RUNS 7

/*
 * The child: one start of Relay or of a bare window, printing the time of
 * its first frame (CLOCK_MONOTONIC, the same for every process).
 */

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *app)
{
  g_print ("FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, app);
  g_application_quit (app);
}

static void
on_activate_after_cb (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
      gtk_window_set_default_size (window, 1000, 700);
      gtk_window_present (window);
    }

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint_cb), app);
}

static int
run_child (const char *mode,
           int         argc,
           char       *argv[])
{
  g_autoptr(GApplication) app = NULL;

  if (g_str_equal (mode, "relay"))
    {
      relay_http_global_init ();
      app = G_APPLICATION (relay_application_new ("io.github.relayhr.Relay.Bench",
                                                  G_APPLICATION_NON_UNIQUE));
    }
  else
    app = G_APPLICATION (adw_application_new ("io.github.relayhr.Relay.BenchBare",
                                              G_APPLICATION_NON_UNIQUE));

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after_cb), NULL);

  return g_application_run (app, 1, argv);
}

/*
 * The parent
 */

typedef struct
{
  double ms;
  double rss_mb;
} Start;

static Start
measure_start (const char *self_path,
               const char *mode)
{
  g_autoptr(GError) error = NULL;
  char *argv[] = { (char *) self_path, (char *) mode, NULL };
  int out[2];
  pid_t pid;
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  g_autoptr(GString) output = g_string_new (NULL);
  char buffer[256];
  gint64 start, first_frame = 0;
  ssize_t n;
  int status;
  Start result = { 0 };
  const char *line;

  g_assert_cmpint (pipe (out), ==, 0);
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose (&actions, out[0]);

  start = g_get_monotonic_time ();
  g_assert_cmpint (posix_spawn (&pid, self_path, &actions, NULL, argv, environ), ==, 0);
  posix_spawn_file_actions_destroy (&actions);
  close (out[1]);

  while ((n = read (out[0], buffer, sizeof buffer)) > 0)
    g_string_append_len (output, buffer, n);
  close (out[0]);

  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  line = strstr (output->str, "FIRST_FRAME ");
  g_assert_nonnull (line);
  first_frame = g_ascii_strtoll (line + strlen ("FIRST_FRAME "), NULL, 10);

  result.ms = (first_frame - start) / 1000.0;
  result.rss_mb = usage.ru_maxrss / 1024.0;

  return result;
}

static double
median (double *values,
        guint   n)
{
  g_autoptr(GArray) array = relay_bench_times_new ();

  g_array_append_vals (array, values, n);

  return relay_bench_percentile (array, 50);
}

/* A store of @n cases for the app, in its data folder. */
static void
prepare_store (const char *data_home,
               guint       n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (data_home, "relay", NULL);
  g_autofree char *path = g_build_filename (dir, "relay.db", NULL);
  g_autofree char *name = g_strdup_printf ("cases-zipf-%u.db", n);
  g_autofree char *source = g_build_filename (RELAY_BENCH_DEFAULT_DATA, name, NULL);
  g_autoptr(GFile) from = g_file_new_for_path (source);
  g_autoptr(GFile) to = g_file_new_for_path (path);

  if (!g_file_test (source, G_FILE_TEST_EXISTS))
    g_error ("%s is missing: run the store benchmark first (build-aux/bench.sh does)", source);

  g_mkdir_with_parents (dir, 0700);
  g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_chmod (path, 0600);
}

static void
bench_startup (const char *self_path,
               const char *data_home)
{
  double relay_ms[STARTUP_RUNS], bare_ms[STARTUP_RUNS];
  double relay_rss[STARTUP_RUNS], bare_rss[STARTUP_RUNS];
  double relay_median, bare_median;

  prepare_store (data_home, 1000);

  /* One of each first, for the caches of fonts and shaders. */
  measure_start (self_path, "relay");
  measure_start (self_path, "bare");

  for (guint i = 0; i < STARTUP_RUNS; i++)
    {
      Start relay = measure_start (self_path, "relay");
      Start bare = measure_start (self_path, "bare");

      relay_ms[i] = relay.ms;
      relay_rss[i] = relay.rss_mb;
      bare_ms[i] = bare.ms;
      bare_rss[i] = bare.rss_mb;
    }

  relay_median = median (relay_ms, STARTUP_RUNS);
  bare_median = median (bare_ms, STARTUP_RUNS);
  relay_bench_report_ms (g_strdup ("startup/relay-1k-cases"), relay_median);
  relay_bench_report_ms (g_strdup ("startup/bare-window"), bare_median);
  relay_bench_report (g_strdup ("startup/ratio"), relay_median / bare_median, "x");
  relay_bench_report (g_strdup ("startup/relay-peak-rss"), median (relay_rss, STARTUP_RUNS), "MB");
  relay_bench_report (g_strdup ("startup/bare-peak-rss"), median (bare_rss, STARTUP_RUNS), "MB");
}

/* The longest time between two runs of a 1 ms timeout. */
typedef struct
{
  gint64 last;
  gint64 longest;
} Probe;

static gboolean
probe_cb (gpointer data)
{
  Probe *probe = data;
  gint64 now = g_get_monotonic_time ();

  if (probe->last != 0 && now - probe->last > probe->longest)
    probe->longest = now - probe->last;
  probe->last = now;

  return G_SOURCE_CONTINUE;
}

typedef struct
{
  GtkWidget  *target;
  const char *text;
  const char *next;
  gboolean    done;
} Typist;

/* One character every 60 ms: a quick typist. */
static gboolean
type_cb (gpointer data)
{
  Typist *typist = data;
  const char *end;

  if (*typist->next == '\0')
    {
      typist->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  end = g_utf8_next_char (typist->next);
  if (GTK_IS_TEXT_VIEW (typist->target))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (typist->target));

      gtk_text_buffer_insert_at_cursor (buffer, typist->next, end - typist->next);
    }
  else
    {
      int position = -1;

      gtk_editable_insert_text (GTK_EDITABLE (typist->target), typist->next, end - typist->next, &position);
      gtk_editable_set_position (GTK_EDITABLE (typist->target), -1);
    }
  typist->next = end;

  return G_SOURCE_CONTINUE;
}

/* Types @text into @target and returns the longest stall, in ms. */
static double
type_and_probe (GtkWidget  *target,
                const char *text)
{
  Probe probe = { 0 };
  Typist typist = { target, text, text, FALSE };
  guint probe_id, type_id;
  gint64 settle;

  probe_id = g_timeout_add_full (G_PRIORITY_HIGH, 1, probe_cb, &probe, NULL);
  type_id = g_timeout_add (60, type_cb, &typist);

  while (!typist.done)
    g_main_context_iteration (NULL, TRUE);

  /* The last autosave comes 0.4 s after the last key. */
  settle = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < settle)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (probe_id);
  (void) type_id;

  return MAX (0, probe.longest - 1000) / 1000.0;
}

static gboolean
first_frame_done (GdkFrameClock *clock,
                  gboolean      *done)
{
  *done = TRUE;

  return FALSE;
}

static void
bench_window (const char *data_home)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayApplication) app = NULL;
  GListModel *cases;
  RelayWindow *window;
  RelayWizard *wizard;
  GtkWidget *search;
  GtkWidget *text_view;
  gboolean painted = FALSE;
  gint64 start;
  g_autoptr(RelayCase) kase = relay_case_new ();

  prepare_store (data_home, 100000);

  app = relay_application_new ("io.github.relayhr.Relay.BenchUI", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* The store opens first: its cost is in the store benchmark. */
  cases = relay_store_get_cases (relay_application_get_store (app));
  g_assert_cmpuint (g_list_model_get_n_items (cases), ==, 100000);

  /* As in Relay once it runs for the user (its reminders read the agenda):
   * every save then updates the agenda too. */
  g_assert_nonnull (relay_application_get_agenda (app));

  /* The list of cases alone: from giving the page the store to the frame
   * that shows the first rows. */
  {
    GtkWidget *list_window = gtk_window_new ();
    RelayCasesPage *page = g_object_new (RELAY_TYPE_CASES_PAGE, NULL);
    GdkFrameClock *clock;

    gtk_window_set_default_size (GTK_WINDOW (list_window), 1000, 700);
    gtk_window_set_child (GTK_WINDOW (list_window), GTK_WIDGET (page));
    gtk_window_present (GTK_WINDOW (list_window));
    clock = gtk_widget_get_frame_clock (list_window);
    g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_done), &painted);
    while (!painted)
      g_main_context_iteration (NULL, TRUE);

    painted = FALSE;
    start = g_get_monotonic_time ();
    relay_cases_page_set_store (page, relay_application_get_store (app));
    while (!painted)
      g_main_context_iteration (NULL, TRUE);
    relay_bench_report_ms (g_strdup ("ui/100000/first-page-of-case-list"),
                           (g_get_monotonic_time () - start) / 1000.0);
    g_signal_handlers_disconnect_by_func (clock, first_frame_done, &painted);
    gtk_window_destroy (GTK_WINDOW (list_window));
  }

  /* The whole window, the store already open. */
  painted = FALSE;
  start = g_get_monotonic_time ();
  window = relay_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (first_frame_done), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  relay_bench_report_ms (g_strdup ("ui/100000/main-window-first-frame"),
                         (g_get_monotonic_time () - start) / 1000.0);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        first_frame_done, &painted);

  /* Typing into the search box of the cases. */
  search = relay_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_assert_nonnull (search);
  relay_bench_report_ms (g_strdup ("ui/100000/longest-stall-typing-search"),
                         type_and_probe (search, "detention of journalists near the river"));

  /* Typing into the wizard, which saves as it goes. */
  relay_store_save_case (relay_application_get_store (app), kase, &error);
  g_assert_no_error (error);
  wizard = relay_wizard_new (relay_application_get_store (app), relay_application_get_directory (app),
                             relay_application_get_settings (app), kase);
  gtk_window_present (GTK_WINDOW (wizard));
  relay_wizard_show_page (wizard, "context");
  /* Typing starts once the wizard is on screen, as a person would start:
   * its first frames (the second allocates the window's other buffer) are
   * not stalls while typing. */
  painted = FALSE;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (wizard)), "after-paint",
                    G_CALLBACK (first_frame_done), &painted);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (wizard)),
                                        first_frame_done, &painted);
  {
    gint64 settle = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

    while (g_get_monotonic_time () < settle)
      g_main_context_iteration (NULL, FALSE);
  }
  text_view = relay_test_find_widget (GTK_WIDGET (wizard), GTK_TYPE_TEXT_VIEW, NULL);
  g_assert_nonnull (text_view);
  relay_bench_report_ms (g_strdup ("ui/100000/longest-stall-typing-wizard"),
                         type_and_probe (text_view,
                                         "Land defenders in the valley face threats; three were "
                                         "arrested this year and one disappeared in March."));

  gtk_window_destroy (GTK_WINDOW (wizard));
  gtk_window_destroy (GTK_WINDOW (window));
  relay_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *self_path = NULL;

  if (argc > 1)
    return run_child (argv[1], argc, argv);

  /* GLib reads XDG_DATA_HOME once: before GTK does. */
  data_home = g_dir_make_tmp ("relay-bench-ui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("The UI benchmarks need a display.\n");
      relay_test_remove_tree (data_home);
      return 77;
    }
  adw_init ();

  self_path = g_file_read_link ("/proc/self/exe", &error);
  g_assert_no_error (error);

  if (g_getenv ("RELAY_BENCH_NO_STARTUP") == NULL)
    bench_startup (self_path, data_home);
  /* The window benchmark's store replaces the startup one. */
  {
    g_autofree char *db = g_build_filename (data_home, "relay", NULL);

    relay_test_remove_tree (db);
  }
  bench_window (data_home);

  relay_test_remove_tree (data_home);

  return 0;
}
