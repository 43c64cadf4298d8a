/* relay-bench.c
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

#include "config.h"

#include <stdio.h>

#include "relay-bench.h"

/**
 * relay_bench_times_new:
 *
 * Returns: (transfer full): an array of durations in milliseconds (double)
 */
GArray *
relay_bench_times_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (double));
}

/**
 * relay_bench_times_add:
 * @times: durations
 * @start: g_get_monotonic_time() at the start of what was measured
 *
 * Adds the time from @start to now.
 */
void
relay_bench_times_add (GArray *times,
                       gint64  start)
{
  double ms = (g_get_monotonic_time () - start) / 1000.0;

  g_array_append_val (times, ms);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * relay_bench_percentile:
 * @times: durations
 * @percent: 50 for the median
 *
 * Returns: the duration below which @percent % of @times lie (nearest rank)
 */
double
relay_bench_percentile (GArray *times,
                        guint   percent)
{
  guint rank;

  g_return_val_if_fail (times->len > 0, 0.0);

  g_array_sort (times, compare_doubles);
  rank = (percent * times->len + 99) / 100;

  return g_array_index (times, double, MAX (rank, 1) - 1);
}

/**
 * relay_bench_report:
 * @name: (transfer full): what was measured
 * @value: the result
 * @unit: its unit
 */
void
relay_bench_report (char       *name,
                    double      value,
                    const char *unit)
{
  printf ("BENCH\t%s\t%.3f\t%s\n", name, value, unit);
  fflush (stdout);
  g_free (name);
}

/**
 * relay_bench_report_ms:
 * @name: (transfer full): what was measured
 * @milliseconds: the duration
 */
void
relay_bench_report_ms (char   *name,
                       double  milliseconds)
{
  relay_bench_report (name, milliseconds, "ms");
}

/**
 * relay_bench_report_median:
 * @name: (transfer full): what was measured
 * @times: durations
 */
void
relay_bench_report_median (char   *name,
                           GArray *times)
{
  relay_bench_report_ms (name, relay_bench_percentile (times, 50));
}

/**
 * relay_bench_report_percentile:
 * @name: (transfer full): what was measured
 * @times: durations
 * @percent: which percentile
 */
void
relay_bench_report_percentile (char   *name,
                               GArray *times,
                               guint   percent)
{
  relay_bench_report_ms (name, relay_bench_percentile (times, percent));
}
