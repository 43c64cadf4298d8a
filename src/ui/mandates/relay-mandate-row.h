/* relay-mandate-row.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_MANDATE_ROW (relay_mandate_row_get_type ())

G_DECLARE_FINAL_TYPE (RelayMandateRow, relay_mandate_row, RELAY, MANDATE_ROW, GtkWidget)

RelayMandateRow *relay_mandate_row_new         (void);
void             relay_mandate_row_set_mandate (RelayMandateRow *self,
                                                RelayMandate    *mandate);

G_END_DECLS
