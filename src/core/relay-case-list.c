/* relay-case-list.c
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

#define G_LOG_DOMAIN "relay-store"

#include "config.h"

#include <string.h>

#include "relay-case-list.h"

/* With 100,000 cases, reading every summary to show the first screen, or
 * again after every save, would take a second each time. This list holds
 * only the ids, 8 bytes a case, in the order shown; a row's summary is read
 * (one indexed SELECT, a few microseconds) when a list view binds the row,
 * and kept in a small cache. A saved case moves to the front and a deleted
 * one goes, each with one precise items-changed, so views keep their rows
 * and scroll position.
 */

#define CACHE_SIZE 512

struct _RelayCaseList
{
  GObject                parent_instance;

  GArray                *ids;
  GHashTable            *cache;     /* gint64 * → RelayCaseSummary */
  RelayCaseListReadFunc  read_func;
  gpointer               user_data;
  GDestroyNotify         user_data_free;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelayCaseList, relay_case_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
relay_case_list_get_item_type (GListModel *model)
{
  return RELAY_TYPE_CASE_SUMMARY;
}

static guint
relay_case_list_get_n_items (GListModel *model)
{
  return RELAY_CASE_LIST (model)->ids->len;
}

static gpointer
relay_case_list_get_item (GListModel *model,
                          guint       position)
{
  RelayCaseList *self = RELAY_CASE_LIST (model);
  RelayCaseSummary *summary;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  summary = g_hash_table_lookup (self->cache, &id);

  if (summary == NULL)
    {
      summary = self->read_func != NULL ? self->read_func (id, self->user_data) : NULL;

      /* A row that cannot be read (the disk went away) still shows, empty,
       * rather than breaking the list. */
      if (summary == NULL)
        summary = relay_case_summary_new ("", "", RELAY_CASE_KIND_URGENT_APPEAL,
                                          RELAY_CASE_STATUS_DRAFT, "", NULL);

      /* A small cache, emptied when full: rows come back in runs. */
      if (g_hash_table_size (self->cache) >= CACHE_SIZE)
        g_hash_table_remove_all (self->cache);

      g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), summary);
    }

  return g_object_ref (summary);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = relay_case_list_get_item_type;
  iface->get_n_items = relay_case_list_get_n_items;
  iface->get_item = relay_case_list_get_item;
}

static void
relay_case_list_finalize (GObject *object)
{
  RelayCaseList *self = (RelayCaseList *)object;

  _relay_case_list_detach (self);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (relay_case_list_parent_class)->finalize (object);
}

static void
relay_case_list_class_init (RelayCaseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_case_list_finalize;
}

static void
relay_case_list_init (RelayCaseList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

/* @user_data_free, if any, is called on @user_data when the list is done
 * with it: a search's results keep the store alive, the store's own list
 * does not (the store detaches it). */
RelayCaseList *
_relay_case_list_new (RelayCaseListReadFunc read_func,
                      gpointer              user_data,
                      GDestroyNotify        user_data_free)
{
  RelayCaseList *self = g_object_new (RELAY_TYPE_CASE_LIST, NULL);

  self->read_func = read_func;
  self->user_data = user_data;
  self->user_data_free = user_data_free;

  return self;
}

/* Replaces the whole list (when the store opens, or for a search). */
void
_relay_case_list_set_ids (RelayCaseList *self,
                          GArray        *ids)
{
  guint removed;

  g_return_if_fail (RELAY_IS_CASE_LIST (self));

  removed = self->ids->len;
  g_array_set_size (self->ids, 0);
  g_array_append_vals (self->ids, ids->data, ids->len);
  g_hash_table_remove_all (self->cache);

  if (removed > 0 || ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, ids->len);
}

static guint
find_position (RelayCaseList *self,
               gint64         id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}

/* A case was saved: it is now the most recently changed. */
void
_relay_case_list_move_to_front (RelayCaseList *self,
                                gint64         id)
{
  guint position;

  g_return_if_fail (RELAY_IS_CASE_LIST (self));

  g_hash_table_remove (self->cache, &id);
  position = find_position (self, id);

  if (position == 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, 1, 1);
      return;
    }

  if (position != G_MAXUINT)
    {
      g_array_remove_index (self->ids, position);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
    }

  g_array_prepend_val (self->ids, id);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 1);
}

/* A case was deleted. */
void
_relay_case_list_remove (RelayCaseList *self,
                         gint64         id)
{
  guint position;

  g_return_if_fail (RELAY_IS_CASE_LIST (self));

  g_hash_table_remove (self->cache, &id);
  position = find_position (self, id);

  if (position != G_MAXUINT)
    {
      g_array_remove_index (self->ids, position);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
    }
}

/* The store is going away: no more reads. */
/* The case with this id changed: its row is read again, in place. */
void
_relay_case_list_refresh (RelayCaseList *self,
                          gint64         id)
{
  guint position;

  g_return_if_fail (RELAY_IS_CASE_LIST (self));

  position = find_position (self, id);
  if (position != G_MAXUINT)
    {
      g_hash_table_remove (self->cache, &id);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
}

/* The position of the case with this id, or G_MAXUINT. */
guint
_relay_case_list_find (RelayCaseList *self,
                       gint64         id)
{
  g_return_val_if_fail (RELAY_IS_CASE_LIST (self), G_MAXUINT);

  return find_position (self, id);
}

gboolean
_relay_case_list_same_ids (RelayCaseList *self,
                           RelayCaseList *other)
{
  g_return_val_if_fail (RELAY_IS_CASE_LIST (self), FALSE);
  g_return_val_if_fail (RELAY_IS_CASE_LIST (other), FALSE);

  return self->ids->len == other->ids->len &&
         memcmp (self->ids->data, other->ids->data, self->ids->len * sizeof (gint64)) == 0;
}

void
_relay_case_list_detach (RelayCaseList *self)
{
  g_return_if_fail (RELAY_IS_CASE_LIST (self));

  if (self->user_data_free != NULL && self->user_data != NULL)
    self->user_data_free (self->user_data);

  self->read_func = NULL;
  self->user_data = NULL;
  self->user_data_free = NULL;
}
