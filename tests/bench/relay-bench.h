/* relay-bench.h
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

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Results go to stdout, one per line: "BENCH<TAB>name<TAB>value<TAB>unit";
 * build-aux/bench.sh makes the table. The functions take ownership of
 * @name. */

GArray *relay_bench_times_new          (void);
void    relay_bench_times_add          (GArray     *times,
                                        gint64      start);
double  relay_bench_percentile         (GArray     *times,
                                        guint       percent);
void    relay_bench_report             (char       *name,
                                        double      value,
                                        const char *unit);
void    relay_bench_report_ms          (char       *name,
                                        double      milliseconds);
void    relay_bench_report_median      (char       *name,
                                        GArray     *times);
void    relay_bench_report_percentile  (char       *name,
                                        GArray     *times,
                                        guint       percent);

G_END_DECLS
