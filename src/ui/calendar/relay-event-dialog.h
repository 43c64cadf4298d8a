/* relay-event-dialog.h — adding, changing and deleting the user's events
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_EVENT_DIALOG (relay_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RelayEventDialog, relay_event_dialog, RELAY, EVENT_DIALOG, AdwWindow)

RelayEventDialog *relay_event_dialog_new         (RelayAgenda      *agenda,
                                                  RelayAgendaItem  *item);
RelayAgendaItem  *relay_event_dialog_get_item    (RelayEventDialog *self);
void              relay_event_dialog_set_kind    (RelayEventDialog *self,
                                                  RelayAgendaKind   kind);
gboolean          relay_event_dialog_save        (RelayEventDialog *self);
void              relay_event_dialog_delete      (RelayEventDialog *self);
const char       *relay_event_dialog_get_message (RelayEventDialog *self);

G_END_DECLS
