/* relay-agenda-items.c
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

#define G_LOG_DOMAIN "relay-agenda"

#include "config.h"

#include "relay-agenda-private.h"

/*
 * RelayAgenda: finding items, and changing them
 *
 * What the Calendar page, the case page and the reminders ask of the
 * agenda: an item by its id, the busy days of a month, the deadlines due
 * soon, a case's items; and marking items done, and the user's own events.
 */

/**
 * relay_agenda_lookup:
 * @self: a #RelayAgenda
 * @uid: the stable id of an item
 *
 * Finds an item, for example the one a notification was about.
 *
 * Returns: (transfer none) (nullable): the item, or %NULL
 */
RelayAgendaItem *
relay_agenda_lookup (RelayAgenda *self,
                     const char  *uid)
{
  GListModel *items;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  items = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (relay_agenda_item_get_uid (item), uid))
        return item;
    }

  return NULL;
}

/**
 * relay_agenda_get_busy_days:
 * @self: a #RelayAgenda
 * @year: a year
 * @month: a month, 1 to 12
 *
 * Finds the days of a month that have filtered items not done, for the
 * marks of a month view. An item over several days marks each of them.
 *
 * Returns: a mask where bit N (1 << N) is set when day N has an item
 */
guint32
relay_agenda_get_busy_days (RelayAgenda *self,
                            int          year,
                            int          month)
{
  GListModel *items;
  guint32 days = 0;
  GDate first, last;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), 0);
  g_return_val_if_fail (g_date_valid_year (year), 0);
  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  last = first;
  g_date_set_day (&last, g_date_get_days_in_month (month, year));

  items = G_LIST_MODEL (self->filtered);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);
      const GDate *start = relay_agenda_item_get_start (item);
      const GDate *end = relay_agenda_item_get_end (item);
      GDate day;

      if (relay_agenda_item_get_done (item) || !g_date_valid (start) ||
          g_date_compare (end, &first) < 0)
        continue;

      /* The list is sorted by first day. */
      if (g_date_compare (start, &last) > 0)
        break;

      day = g_date_compare (start, &first) > 0 ? *start : first;
      while (g_date_compare (&day, end) <= 0 && g_date_compare (&day, &last) <= 0)
        {
          days |= 1u << g_date_get_day (&day);
          g_date_add_days (&day, 1);
        }
    }

  return days;
}

/**
 * relay_agenda_dup_due_items:
 * @self: a #RelayAgenda
 * @days: how many days ahead to look (the reminder-days setting)
 * @include_overdue: whether to include tasks whose day has passed
 *
 * Finds what to notify the user of: the deadlines not done whose last day
 * is between #RelayAgenda:today and @days days later, included, whatever
 * the kind filter. Deadlines are tasks (relay_agenda_kind_is_task()) and
 * the governments' reply deadlines.
 *
 * Returns: (transfer full) (element-type RelayAgendaItem): the items,
 *   sorted by day
 */
GPtrArray *
relay_agenda_dup_due_items (RelayAgenda *self,
                            guint        days,
                            gboolean     include_overdue)
{
  GPtrArray *due;
  GListModel *items;
  GDate horizon;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  due = g_ptr_array_new_with_free_func (g_object_unref);
  horizon = self->today;
  g_date_add_days (&horizon, days);

  items = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);
      RelayAgendaKind kind = relay_agenda_item_get_kind (item);
      const GDate *end = relay_agenda_item_get_end (item);

      if (relay_agenda_item_get_done (item) || !g_date_valid (end) ||
          !(relay_agenda_kind_is_task (kind) || kind == RELAY_AGENDA_KIND_REPLY_DEADLINE))
        continue;

      if (g_date_compare (end, &horizon) > 0)
        continue;

      if (g_date_compare (end, &self->today) < 0 &&
          !(include_overdue && relay_agenda_kind_is_task (kind)))
        continue;

      g_ptr_array_add (due, g_steal_pointer (&item));
    }

  return due;
}

/**
 * relay_agenda_dup_case_items:
 * @self: a #RelayAgenda
 * @case_uuid: the id of a case
 *
 * Gets the items of one case, as last computed and read.
 *
 * Returns: (transfer full) (element-type RelayAgendaItem): the items,
 *   sorted by day
 */
GPtrArray *
relay_agenda_dup_case_items (RelayAgenda *self,
                             const char  *case_uuid)
{
  GPtrArray *found;
  GListModel *items;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);

  found = g_ptr_array_new_with_free_func (g_object_unref);
  items = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);

      if (g_str_equal (relay_agenda_item_get_case_uuid (item), case_uuid))
        g_ptr_array_add (found, g_steal_pointer (&item));
    }

  return found;
}

/**
 * relay_agenda_compute_case_items:
 * @self: a #RelayAgenda
 * @kase: a case, saved or not
 *
 * Computes the dates of @kase's timeline as it is now, with the agenda's
 * settings and done markers, for example to show them on the case page
 * before the case is saved.
 *
 * Returns: (transfer full) (element-type RelayAgendaItem): new items,
 *   sorted by day
 */
GPtrArray *
relay_agenda_compute_case_items (RelayAgenda *self,
                                 RelayCase   *kase)
{
  g_autoptr(RelayAgendaCase) agenda_case = NULL;
  RelayAgendaRules rules;
  GPtrArray *items;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);
  g_return_val_if_fail (RELAY_IS_CASE (kase), NULL);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  agenda_case = _relay_agenda_case_new_from_case (kase);
  rules = _relay_agenda_get_rules (self);
  _relay_agenda_compute_case (agenda_case, &rules, items);
  _relay_agenda_apply_done (self, items);
  g_ptr_array_sort (items, _relay_agenda_compare_items);

  return items;
}

/**
 * relay_agenda_set_done:
 * @self: a #RelayAgenda
 * @item: an item of the agenda, of any origin
 * @done: whether it is done
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Marks an item done, or not, and saves it: a computed or bundled item
 * made again later is still done.
 *
 * Returns: %TRUE on success, %FALSE with @error set and nothing changed
 */
gboolean
relay_agenda_set_done (RelayAgenda      *self,
                       RelayAgendaItem  *item,
                       gboolean          done,
                       GError          **error)
{
  const char *uid;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), FALSE);
  g_return_val_if_fail (*relay_agenda_item_get_uid (item) != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uid = relay_agenda_item_get_uid (item);

  if (self->store != NULL &&
      !relay_store_set_item_done (self->store, uid, relay_agenda_item_get_case_uuid (item),
                                  done, error))
    return FALSE;

  if (done)
    g_hash_table_add (self->done, g_strdup (uid));
  else
    g_hash_table_remove (self->done, uid);

  _relay_agenda_rebuild (self);

  return TRUE;
}

/**
 * relay_agenda_add_event:
 * @self: a #RelayAgenda with a store
 * @item: a new event of origin %RELAY_AGENDA_ORIGIN_USER
 * @error: return location for a #GError
 *
 * Saves a new event (relay_store_add_event()) and shows it.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_add_event (RelayAgenda      *self,
                        RelayAgendaItem  *item,
                        GError          **error)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (RELAY_IS_STORE (self->store), FALSE);

  return relay_store_add_event (self->store, item, error) &&
         relay_agenda_reload (self, error);
}

/**
 * relay_agenda_update_event:
 * @self: a #RelayAgenda with a store
 * @item: an event the user added, changed
 * @error: return location for a #GError
 *
 * Saves the changes to an event (relay_store_update_event()) and shows
 * them.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_update_event (RelayAgenda      *self,
                           RelayAgendaItem  *item,
                           GError          **error)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (RELAY_IS_STORE (self->store), FALSE);

  return relay_store_update_event (self->store, item, error) &&
         relay_agenda_reload (self, error);
}

/**
 * relay_agenda_delete_event:
 * @self: a #RelayAgenda with a store
 * @uid: the stable id of an event the user added
 * @error: return location for a #GError
 *
 * Deletes an event (relay_store_delete_event()).
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_delete_event (RelayAgenda  *self,
                           const char   *uid,
                           GError      **error)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (RELAY_IS_STORE (self->store), FALSE);

  return relay_store_delete_event (self->store, uid, error) &&
         relay_agenda_reload (self, error);
}
