/* relay-case-list.h
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

#include <gio/gio.h>
#include <sqlite3.h>

#include "relay-case-summary.h"

G_BEGIN_DECLS

/* A list of cases that reads its rows only when they are shown: it holds
 * the ids of the cases in their order, and reads a summary from the
 * database the first time a row asks for it (relay-case-list.c). Private to
 * the store.
 */

#define RELAY_TYPE_CASE_LIST (relay_case_list_get_type ())

G_DECLARE_FINAL_TYPE (RelayCaseList, relay_case_list, RELAY, CASE_LIST, GObject)

/* Reads the summary of the case with this id, or NULL. */
typedef RelayCaseSummary *(*RelayCaseListReadFunc) (gint64   id,
                                                    gpointer user_data);

RelayCaseList *_relay_case_list_new            (RelayCaseListReadFunc  read_func,
                                                gpointer               user_data,
                                                GDestroyNotify         user_data_free);
void           _relay_case_list_set_ids        (RelayCaseList         *self,
                                                GArray                *ids);
void           _relay_case_list_move_to_front  (RelayCaseList         *self,
                                                gint64                 id);
void           _relay_case_list_remove         (RelayCaseList         *self,
                                                gint64                 id);
void           _relay_case_list_refresh        (RelayCaseList         *self,
                                                gint64                 id);
guint          _relay_case_list_find           (RelayCaseList         *self,
                                                gint64                 id);
gboolean       _relay_case_list_same_ids       (RelayCaseList         *self,
                                                RelayCaseList         *other);
void           _relay_case_list_detach         (RelayCaseList         *self);

G_END_DECLS
