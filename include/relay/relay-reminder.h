/* relay-reminder.h
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

#include "relay-agenda-item.h"

G_BEGIN_DECLS

/* Up to this many deadlines get a notification each; more get one
 * notification that counts them. */
#define RELAY_REMINDER_MAX_SEPARATE 3

/* The id of the notification that counts the deadlines. */
#define RELAY_REMINDER_SUMMARY_ID "deadlines"

/* One notification to send: its id (the item's uid, so that sending it
 * again replaces it), its text, and the agenda item it opens ("" for
 * the calendar). */
typedef struct
{
  char *id;
  char *title;
  char *body;
  char *target;
} RelayReminder;

void       relay_reminder_free          (RelayReminder   *reminder);

gboolean   relay_reminder_check_is_due  (const char      *last_check,
                                         const GDate     *today);
char      *relay_reminder_dup_when      (RelayAgendaItem *item,
                                         const GDate     *today);
GPtrArray *relay_reminder_plan          (GPtrArray       *due_items,
                                         const GDate     *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayReminder, relay_reminder_free)

G_END_DECLS
