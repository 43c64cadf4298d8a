/* relay-calendar-private.h — shared by the files of the Calendar page
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <relay/relay.h>

G_BEGIN_DECLS

/* What activating an item of the agenda opens. */
typedef enum
{
  RELAY_AGENDA_TARGET_NONE,
  RELAY_AGENDA_TARGET_CASE,
  RELAY_AGENDA_TARGET_MANDATE,
  RELAY_AGENDA_TARGET_LINK,
  RELAY_AGENDA_TARGET_EDIT,
} RelayAgendaTarget;

RelayAgendaTarget relay_agenda_item_get_target (RelayAgendaItem *item);

G_END_DECLS
