/* relay-case-row.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_CASE_ROW (relay_case_row_get_type ())

G_DECLARE_FINAL_TYPE (RelayCaseRow, relay_case_row, RELAY, CASE_ROW, GtkWidget)

RelayCaseRow     *relay_case_row_new         (void);
RelayCaseSummary *relay_case_row_get_summary (RelayCaseRow     *self);
void              relay_case_row_set_summary (RelayCaseRow     *self,
                                              RelayCaseSummary *summary);

G_END_DECLS
