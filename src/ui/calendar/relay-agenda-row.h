/* relay-agenda-row.h — one date in the Calendar page's list
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_AGENDA_ROW (relay_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (RelayAgendaRow, relay_agenda_row, RELAY, AGENDA_ROW, AdwActionRow)

RelayAgendaRow  *relay_agenda_row_new      (RelayAgendaItem *item,
                                            const GDate     *today);
RelayAgendaItem *relay_agenda_row_get_item (RelayAgendaRow  *self);
char            *relay_agenda_dup_when     (RelayAgendaItem *item,
                                            const GDate     *today);

G_END_DECLS
