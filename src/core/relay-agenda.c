/* relay-agenda.c
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

#include <glib/gi18n.h>

#include "relay-agenda-private.h"

/**
 * RelayAgenda:
 *
 * The deadline calendar. It merges four kinds of dates into one list,
 * sorted by day: dates computed from each case's timeline (reply windows,
 * checking the communications database, follow-ups), the UN calendar
 * bundled with Relay (Council sessions, the reprisals report call, the
 * General Assembly's Third Committee) for the current and the next year,
 * the events the user added, and those of subscribed iCalendar feeds.
 *
 * The models are live: relay_agenda_get_items() (everything),
 * relay_agenda_get_filtered_items() (the kinds of
 * #RelayAgenda:kind-filter) and relay_agenda_get_group() (the filtered
 * items of one group relative to #RelayAgenda:today). They change in
 * place, keeping the objects of items that did not change, when a case is
 * saved or deleted, when an event is added, when a feed is read, and when
 * "today" or a setting changes.
 *
 * Deadlines are calendar days in the user's time zone: the application
 * sets #RelayAgenda:today from relay_agenda_today() when it starts and
 * again each day.
 */

G_DEFINE_FINAL_TYPE (RelayAgenda, relay_agenda, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DIRECTORY,
  PROP_TODAY,
  PROP_TIME_ZONE,
  PROP_FOLLOW_UP_WEEKS_ACKNOWLEDGING,
  PROP_FOLLOW_UP_WEEKS_OTHER,
  PROP_KIND_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Updating the models
 */

int
_relay_agenda_compare_items (gconstpointer a,
                             gconstpointer b)
{
  return relay_agenda_item_compare (*(RelayAgendaItem **)a, *(RelayAgendaItem **)b);
}

/* Replaces the contents of @store with @fresh, changing only the run of
 * items between the common start and end, so that list views keep their
 * rows and scroll position.
 */
static void
update_store (GListStore *store,
              GPtrArray  *fresh)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = fresh->len;
  guint prefix, suffix;

  for (prefix = 0; prefix < MIN (n_old, n_new); prefix++)
    {
      g_autoptr(RelayAgendaItem) old = g_list_model_get_item (model, prefix);

      if (old != g_ptr_array_index (fresh, prefix))
        break;
    }

  for (suffix = 0; suffix < MIN (n_old, n_new) - prefix; suffix++)
    {
      g_autoptr(RelayAgendaItem) old = g_list_model_get_item (model, n_old - 1 - suffix);

      if (old != g_ptr_array_index (fresh, n_new - 1 - suffix))
        break;
    }

  if (prefix + suffix == n_old && n_old == n_new)
    return;

  /* An empty GPtrArray has no pdata, and NULL + 0 is undefined. */
  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       n_new > prefix + suffix ? fresh->pdata + prefix : NULL,
                       n_new - prefix - suffix);
}

static void
refilter (RelayAgenda *self)
{
  g_autoptr(GPtrArray) filtered = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *groups[RELAY_AGENDA_N_GROUPS];
  GListModel *items = G_LIST_MODEL (self->items);

  for (guint g = 0; g < RELAY_AGENDA_N_GROUPS; g++)
    groups[g] = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);
      RelayAgendaGroup group;

      if ((self->kind_filter & RELAY_AGENDA_KIND_MASK (relay_agenda_item_get_kind (item))) == 0)
        continue;

      group = relay_agenda_item_get_group (item, &self->today);
      g_ptr_array_add (groups[group], g_object_ref (item));
      g_ptr_array_add (filtered, g_steal_pointer (&item));
    }

  update_store (self->filtered, filtered);
  for (guint g = 0; g < RELAY_AGENDA_N_GROUPS; g++)
    {
      update_store (self->groups[g], groups[g]);
      g_ptr_array_unref (groups[g]);
    }
}

RelayAgendaRules
_relay_agenda_get_rules (RelayAgenda *self)
{
  RelayAgendaRules rules = {
    .follow_up_weeks_acknowledging = self->weeks_acknowledging,
    .follow_up_weeks_other = self->weeks_other,
    .directory = self->directory,
  };

  return rules;
}

void
_relay_agenda_apply_done (RelayAgenda *self,
                          GPtrArray   *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);

      relay_agenda_item_set_done (item, g_hash_table_contains (self->done,
                                                               relay_agenda_item_get_uid (item)));
    }
}

/* Makes every item again from what was read, and updates the models. */
/* Indexes the computed items of @items (all the agenda's) by case. */
static void
index_computed (RelayAgenda *self,
                GPtrArray   *items)
{
  g_hash_table_remove_all (self->computed);

  for (guint i = 0; i < items->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (items, i);
      const char *uuid = relay_agenda_item_get_case_uuid (item);
      GPtrArray *of_case;

      if (relay_agenda_item_get_origin (item) != RELAY_AGENDA_ORIGIN_COMPUTED ||
          uuid == NULL || *uuid == '\0')
        continue;

      of_case = g_hash_table_lookup (self->computed, uuid);
      if (of_case == NULL)
        {
          of_case = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (self->computed, g_strdup (uuid), of_case);
        }
      g_ptr_array_add (of_case, g_object_ref (item));
    }
}

void
_relay_agenda_rebuild (RelayAgenda *self)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) old_by_uid = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            NULL, g_object_unref);
  GListModel *items = G_LIST_MODEL (self->items);
  RelayAgendaRules rules = _relay_agenda_get_rules (self);
  int year;

  for (guint i = 0; i < self->cases->len; i++)
    _relay_agenda_compute_case (g_ptr_array_index (self->cases, i), &rules, fresh);

  if (self->calendar != NULL && g_date_valid (&self->today))
    {
      year = g_date_get_year (&self->today);
      _relay_calendar_data_add_year (self->calendar, year, fresh);
      _relay_calendar_data_add_year (self->calendar, year + 1, fresh);
    }

  for (guint i = 0; i < self->events->len; i++)
    g_ptr_array_add (fresh, relay_agenda_item_copy (g_ptr_array_index (self->events, i)));

  _relay_agenda_apply_done (self, fresh);
  g_ptr_array_sort (fresh, _relay_agenda_compare_items);

  /* The same entry twice in a timeline gives the same item twice. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < fresh->len;)
      {
        const char *uid = relay_agenda_item_get_uid (g_ptr_array_index (fresh, i));

        if (g_hash_table_contains (seen, uid))
          {
            g_ptr_array_remove_index (fresh, i);
            continue;
          }

        g_hash_table_add (seen, (gpointer)uid);
        i++;
      }
  }

  /* Keep the objects of the items that did not change. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      RelayAgendaItem *old = g_list_model_get_item (items, i);

      g_hash_table_replace (old_by_uid, (gpointer)relay_agenda_item_get_uid (old), old);
    }

  for (guint i = 0; i < fresh->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (fresh, i);
      RelayAgendaItem *old = g_hash_table_lookup (old_by_uid, relay_agenda_item_get_uid (item));

      if (old != NULL && old != item && relay_agenda_item_equal (old, item))
        {
          g_ptr_array_index (fresh, i) = g_object_ref (old);
          g_object_unref (item);
        }
    }

  update_store (self->items, fresh);
  index_computed (self, fresh);
  refilter (self);
}

static gint
compare_items_data (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  return relay_agenda_item_compare ((RelayAgendaItem *)a, (RelayAgendaItem *)b);
}

/* Removes @item from @store, which is sorted: found by halving, then
 * among the items that sort the same. */
static void
remove_from_store (GListStore      *store,
                   RelayAgendaItem *item)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_items = g_list_model_get_n_items (model);
  guint low = 0;
  guint high = n_items;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(RelayAgendaItem) other = g_list_model_get_item (model, middle);

      if (relay_agenda_item_compare (other, item) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  for (guint i = low; i < n_items; i++)
    {
      g_autoptr(RelayAgendaItem) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          g_list_store_remove (store, i);
          return;
        }
      if (relay_agenda_item_compare (other, item) != 0)
        break;
    }

  /* Not where its order puts it: never expected, but then look at all. */
  if (g_list_store_find (store, item, &low))
    g_list_store_remove (store, low);
}

/* Whether @fresh holds the same items as @old, in any order. */
static gboolean
same_items (GPtrArray *old,
            GPtrArray *fresh)
{
  if (old->len != fresh->len)
    return FALSE;

  for (guint i = 0; i < fresh->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (fresh, i);
      gboolean found = FALSE;

      for (guint j = 0; j < old->len && !found; j++)
        found = g_str_equal (relay_agenda_item_get_uid (item),
                             relay_agenda_item_get_uid (g_ptr_array_index (old, j))) &&
                relay_agenda_item_equal (item, g_ptr_array_index (old, j));

      if (!found)
        return FALSE;
    }

  return TRUE;
}

/* Replaces the computed items of one case in the models, item by item:
 * with 10,000 cases, making every item again would take half a second,
 * after every save. Most saves (text typed in the wizard) change no date
 * at all, and then nothing happens. */
static void
update_case_items (RelayAgenda           *self,
                   const char            *uuid,
                   const RelayAgendaCase *kase)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  RelayAgendaRules rules = _relay_agenda_get_rules (self);

  if (kase != NULL)
    _relay_agenda_compute_case (kase, &rules, fresh);
  _relay_agenda_apply_done (self, fresh);

  /* The same entry twice in a timeline gives the same item twice. */
  for (guint i = 0; i < fresh->len;)
    {
      const char *uid = relay_agenda_item_get_uid (g_ptr_array_index (fresh, i));

      if (g_hash_table_contains (seen, uid))
        {
          g_ptr_array_remove_index (fresh, i);
          continue;
        }
      g_hash_table_add (seen, (gpointer)uid);
      i++;
    }

  {
    GPtrArray *of_case = g_hash_table_lookup (self->computed, uuid);

    for (guint i = 0; of_case != NULL && i < of_case->len; i++)
      g_ptr_array_add (old, g_object_ref (g_ptr_array_index (of_case, i)));
  }

  if (same_items (old, fresh))
    return;

  if (fresh->len > 0)
    g_hash_table_replace (self->computed, g_strdup (uuid), g_ptr_array_ref (fresh));
  else
    g_hash_table_remove (self->computed, uuid);

  for (guint i = 0; i < old->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (old, i);

      remove_from_store (self->items, item);
      remove_from_store (self->filtered, item);
      remove_from_store (self->groups[relay_agenda_item_get_group (item, &self->today)], item);
    }

  for (guint i = 0; i < fresh->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (fresh, i);

      g_list_store_insert_sorted (self->items, item, compare_items_data, NULL);

      if ((self->kind_filter & RELAY_AGENDA_KIND_MASK (relay_agenda_item_get_kind (item))) != 0)
        {
          g_list_store_insert_sorted (self->filtered, item, compare_items_data, NULL);
          g_list_store_insert_sorted (self->groups[relay_agenda_item_get_group (item, &self->today)],
                                      item, compare_items_data, NULL);
        }
    }
}

static gboolean
same_done (GHashTable *a,
           GHashTable *b)
{
  GHashTableIter iter;
  gpointer uid;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &uid, NULL))
    if (!g_hash_table_contains (b, uid))
      return FALSE;

  return TRUE;
}

static gboolean
same_events (GPtrArray *a,
             GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (!relay_agenda_item_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

/* One case was saved or deleted: only that case is read again (a save
 * happens within a second of every key press in the wizard), and only its
 * items change in the models. */
static void
on_case_changed_cb (RelayAgenda *self,
                    const char  *uuid)
{
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GError) error = NULL;
  RelayAgendaCase *kase = NULL;
  gboolean others_changed;

  g_assert (RELAY_IS_AGENDA (self));

  /* The change itself is saved; a calendar that could not be read is read
   * again after the next change. The user's events and the done markers
   * are few, and a deleted case takes its own with it: they are read again
   * whole.
   */
  if (!(fresh = _relay_store_read_agenda_cases (self->store, uuid, &error)) ||
      !(events = relay_store_list_events (self->store, &error)) ||
      !(done = relay_store_dup_done_items (self->store, &error)))
    {
      g_warning ("Could not read the calendar again: %s", error->message);
      return;
    }

  others_changed = self->events == NULL || self->done == NULL ||
                   !same_events (self->events, events) || !same_done (self->done, done);

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->done, g_hash_table_unref);
  self->events = g_steal_pointer (&events);
  self->done = g_steal_pointer (&done);

  for (guint i = 0; i < self->cases->len; i++)
    {
      RelayAgendaCase *old = g_ptr_array_index (self->cases, i);

      if (g_strcmp0 (old->uuid, uuid) == 0)
        {
          g_ptr_array_remove_index (self->cases, i);
          break;
        }
    }

  /* No case, or one with nothing in its timeline, has no dates. */
  if (fresh->len > 0)
    {
      kase = g_ptr_array_steal_index (fresh, 0);
      g_ptr_array_add (self->cases, kase);
    }

  if (others_changed)
    _relay_agenda_rebuild (self);
  else
    update_case_items (self, uuid, kase);
}

static void
on_directory_changed_cb (RelayAgenda *self)
{
  g_assert (RELAY_IS_AGENDA (self));

  /* Which mandates acknowledge submissions may have changed. */
  _relay_agenda_rebuild (self);
}

/*
 * GObject
 */

static void
relay_agenda_constructed (GObject *object)
{
  RelayAgenda *self = (RelayAgenda *)object;

  G_OBJECT_CLASS (relay_agenda_parent_class)->constructed (object);

  if (self->store != NULL)
    g_signal_connect_object (self->store, "case-changed",
                             G_CALLBACK (on_case_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->directory != NULL)
    g_signal_connect_object (self->directory, "items-changed",
                             G_CALLBACK (on_directory_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
relay_agenda_dispose (GObject *object)
{
  RelayAgenda *self = (RelayAgenda *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (relay_agenda_parent_class)->dispose (object);
}

static void
relay_agenda_finalize (GObject *object)
{
  RelayAgenda *self = (RelayAgenda *)object;

  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->calendar, _relay_calendar_data_free);
  g_clear_pointer (&self->cases, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->done, g_hash_table_unref);
  g_clear_pointer (&self->computed, g_hash_table_unref);
  g_clear_object (&self->items);
  g_clear_object (&self->filtered);
  for (guint g = 0; g < RELAY_AGENDA_N_GROUPS; g++)
    g_clear_object (&self->groups[g]);

  G_OBJECT_CLASS (relay_agenda_parent_class)->finalize (object);
}

static void
relay_agenda_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelayAgenda *self = RELAY_AGENDA (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_TODAY:
      g_value_set_boxed (value, &self->today);
      break;

    case PROP_TIME_ZONE:
      g_value_set_boxed (value, self->zone);
      break;

    case PROP_FOLLOW_UP_WEEKS_ACKNOWLEDGING:
      g_value_set_uint (value, self->weeks_acknowledging);
      break;

    case PROP_FOLLOW_UP_WEEKS_OTHER:
      g_value_set_uint (value, self->weeks_other);
      break;

    case PROP_KIND_FILTER:
      g_value_set_uint (value, self->kind_filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_agenda_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RelayAgenda *self = RELAY_AGENDA (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_TODAY:
      if (g_value_get_boxed (value) != NULL)
        relay_agenda_set_today (self, g_value_get_boxed (value));
      break;

    case PROP_TIME_ZONE:
      relay_agenda_set_time_zone (self, g_value_get_boxed (value));
      break;

    case PROP_FOLLOW_UP_WEEKS_ACKNOWLEDGING:
      relay_agenda_set_follow_up_weeks_acknowledging (self, g_value_get_uint (value));
      break;

    case PROP_FOLLOW_UP_WEEKS_OTHER:
      relay_agenda_set_follow_up_weeks_other (self, g_value_get_uint (value));
      break;

    case PROP_KIND_FILTER:
      relay_agenda_set_kind_filter (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_agenda_class_init (RelayAgendaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = relay_agenda_constructed;
  object_class->dispose = relay_agenda_dispose;
  object_class->finalize = relay_agenda_finalize;
  object_class->get_property = relay_agenda_get_property;
  object_class->set_property = relay_agenda_set_property;

  /**
   * RelayAgenda:store:
   *
   * The case database the cases, events and done markers come from; %NULL
   * for an agenda of bundled dates only.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RELAY_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgenda:directory:
   *
   * The mandate directory, which says which mandates acknowledge
   * submissions; %NULL treats none as acknowledging.
   */
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         RELAY_TYPE_DIRECTORY,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgenda:today:
   *
   * The current day in the user's time zone (a #GDate): the groups are
   * relative to it, and the bundled dates are those of its year and the
   * next.
   */
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgenda:time-zone:
   *
   * The user's time zone, in which feed events given as a moment (not a
   * day) fall on a day; %NULL for the local one.
   */
  properties[PROP_TIME_ZONE] =
    g_param_spec_boxed ("time-zone", NULL, NULL,
                        G_TYPE_TIME_ZONE,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgenda:follow-up-weeks-acknowledging:
   *
   * Weeks after a submission before a follow-up is due, for a mandate
   * that acknowledges submissions and has not.
   */
  properties[PROP_FOLLOW_UP_WEEKS_ACKNOWLEDGING] =
    g_param_spec_uint ("follow-up-weeks-acknowledging", NULL, NULL,
                       1, 52, RELAY_AGENDA_DEFAULT_WEEKS_ACKNOWLEDGING,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgenda:follow-up-weeks-other:
   *
   * Weeks after a submission before a follow-up is due, for the other
   * mandates, when nothing was recorded since.
   */
  properties[PROP_FOLLOW_UP_WEEKS_OTHER] =
    g_param_spec_uint ("follow-up-weeks-other", NULL, NULL,
                       1, 52, RELAY_AGENDA_DEFAULT_WEEKS_OTHER,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgenda:kind-filter:
   *
   * The kinds the filtered models show, as a mask of
   * RELAY_AGENDA_KIND_MASK() values.
   */
  properties[PROP_KIND_FILTER] =
    g_param_spec_uint ("kind-filter", NULL, NULL,
                       0, RELAY_AGENDA_KIND_MASK_ALL, RELAY_AGENDA_KIND_MASK_ALL,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_agenda_init (RelayAgenda *self)
{
  self->cases = g_ptr_array_new_with_free_func ((GDestroyNotify)_relay_agenda_case_free);
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->items = g_list_store_new (RELAY_TYPE_AGENDA_ITEM);
  self->computed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_ptr_array_unref);
  self->filtered = g_list_store_new (RELAY_TYPE_AGENDA_ITEM);
  for (guint g = 0; g < RELAY_AGENDA_N_GROUPS; g++)
    self->groups[g] = g_list_store_new (RELAY_TYPE_AGENDA_ITEM);

  self->weeks_acknowledging = RELAY_AGENDA_DEFAULT_WEEKS_ACKNOWLEDGING;
  self->weeks_other = RELAY_AGENDA_DEFAULT_WEEKS_OTHER;
  self->kind_filter = RELAY_AGENDA_KIND_MASK_ALL;
  relay_agenda_today (NULL, &self->today);
}

/*
 * Public API
 */

/**
 * relay_agenda_new:
 * @store: (nullable): the case database
 * @directory: (nullable): the mandate directory
 *
 * Creates an agenda. Load the bundled calendar with
 * relay_agenda_load_default_calendar(), then read the store with
 * relay_agenda_reload(); after that the agenda follows the store's cases
 * by itself.
 *
 * Returns: (transfer full): a new #RelayAgenda
 */
RelayAgenda *
relay_agenda_new (RelayStore     *store,
                  RelayDirectory *directory)
{
  g_return_val_if_fail (store == NULL || RELAY_IS_STORE (store), NULL);
  g_return_val_if_fail (directory == NULL || RELAY_IS_DIRECTORY (directory), NULL);

  return g_object_new (RELAY_TYPE_AGENDA,
                       "store", store,
                       "directory", directory,
                       NULL);
}

/**
 * relay_agenda_get_store:
 * @self: a #RelayAgenda
 *
 * Gets #RelayAgenda:store.
 *
 * Returns: (transfer none) (nullable): the store
 */
RelayStore *
relay_agenda_get_store (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  return self->store;
}

/**
 * relay_agenda_get_directory:
 * @self: a #RelayAgenda
 *
 * Gets #RelayAgenda:directory.
 *
 * Returns: (transfer none) (nullable): the directory
 */
RelayDirectory *
relay_agenda_get_directory (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  return self->directory;
}

/**
 * relay_agenda_get_today:
 * @self: a #RelayAgenda
 * @today: (out caller-allocates): where to put the day
 *
 * Gets #RelayAgenda:today.
 */
void
relay_agenda_get_today (RelayAgenda *self,
                        GDate       *today)
{
  g_return_if_fail (RELAY_IS_AGENDA (self));
  g_return_if_fail (today != NULL);

  *today = self->today;
}

/**
 * relay_agenda_set_today:
 * @self: a #RelayAgenda
 * @today: the current day in the user's time zone
 *
 * Sets #RelayAgenda:today, and places the items again.
 */
void
relay_agenda_set_today (RelayAgenda *self,
                        const GDate *today)
{
  gboolean new_year;

  g_return_if_fail (RELAY_IS_AGENDA (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  if (g_date_compare (&self->today, today) == 0)
    return;

  new_year = g_date_get_year (&self->today) != g_date_get_year (today);
  self->today = *today;

  if (new_year)
    _relay_agenda_rebuild (self);
  else
    refilter (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * relay_agenda_get_time_zone:
 * @self: a #RelayAgenda
 *
 * Gets #RelayAgenda:time-zone.
 *
 * Returns: (transfer none) (nullable): the time zone, %NULL for the local one
 */
GTimeZone *
relay_agenda_get_time_zone (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  return self->zone;
}

/**
 * relay_agenda_set_time_zone:
 * @self: a #RelayAgenda
 * @zone: (nullable): the user's time zone, %NULL for the local one
 *
 * Sets #RelayAgenda:time-zone, used for feeds read afterwards.
 */
void
relay_agenda_set_time_zone (RelayAgenda *self,
                            GTimeZone   *zone)
{
  g_return_if_fail (RELAY_IS_AGENDA (self));

  if (self->zone == zone)
    return;

  g_clear_pointer (&self->zone, g_time_zone_unref);
  if (zone != NULL)
    self->zone = g_time_zone_ref (zone);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

/**
 * relay_agenda_get_follow_up_weeks_acknowledging:
 * @self: a #RelayAgenda
 *
 * Gets #RelayAgenda:follow-up-weeks-acknowledging.
 *
 * Returns: the number of weeks
 */
guint
relay_agenda_get_follow_up_weeks_acknowledging (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), 0);

  return self->weeks_acknowledging;
}

/**
 * relay_agenda_set_follow_up_weeks_acknowledging:
 * @self: a #RelayAgenda
 * @weeks: 1 to 52
 *
 * Sets #RelayAgenda:follow-up-weeks-acknowledging.
 */
void
relay_agenda_set_follow_up_weeks_acknowledging (RelayAgenda *self,
                                                guint        weeks)
{
  g_return_if_fail (RELAY_IS_AGENDA (self));
  g_return_if_fail (weeks >= 1 && weeks <= 52);

  if (self->weeks_acknowledging == weeks)
    return;

  self->weeks_acknowledging = weeks;
  _relay_agenda_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_WEEKS_ACKNOWLEDGING]);
}

/**
 * relay_agenda_get_follow_up_weeks_other:
 * @self: a #RelayAgenda
 *
 * Gets #RelayAgenda:follow-up-weeks-other.
 *
 * Returns: the number of weeks
 */
guint
relay_agenda_get_follow_up_weeks_other (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), 0);

  return self->weeks_other;
}

/**
 * relay_agenda_set_follow_up_weeks_other:
 * @self: a #RelayAgenda
 * @weeks: 1 to 52
 *
 * Sets #RelayAgenda:follow-up-weeks-other.
 */
void
relay_agenda_set_follow_up_weeks_other (RelayAgenda *self,
                                        guint        weeks)
{
  g_return_if_fail (RELAY_IS_AGENDA (self));
  g_return_if_fail (weeks >= 1 && weeks <= 52);

  if (self->weeks_other == weeks)
    return;

  self->weeks_other = weeks;
  _relay_agenda_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP_WEEKS_OTHER]);
}

/**
 * relay_agenda_get_kind_filter:
 * @self: a #RelayAgenda
 *
 * Gets #RelayAgenda:kind-filter.
 *
 * Returns: a mask of RELAY_AGENDA_KIND_MASK() values
 */
guint
relay_agenda_get_kind_filter (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), 0);

  return self->kind_filter;
}

/**
 * relay_agenda_set_kind_filter:
 * @self: a #RelayAgenda
 * @kinds: a mask of RELAY_AGENDA_KIND_MASK() values;
 *   %RELAY_AGENDA_KIND_MASK_ALL shows everything
 *
 * Sets #RelayAgenda:kind-filter: the filtered models and the groups show
 * only items of these kinds.
 */
void
relay_agenda_set_kind_filter (RelayAgenda *self,
                              guint        kinds)
{
  g_return_if_fail (RELAY_IS_AGENDA (self));

  kinds &= RELAY_AGENDA_KIND_MASK_ALL;
  if (self->kind_filter == kinds)
    return;

  self->kind_filter = kinds;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_FILTER]);
}

/**
 * relay_agenda_load_calendar_bytes:
 * @self: a #RelayAgenda
 * @bytes: the contents of a calendar file (data/calendar/calendar.json)
 * @error: return location for a #GError in %RELAY_AGENDA_ERROR
 *
 * Checks a whole calendar file and, when it is valid, uses its dates.
 * When it is not (%RELAY_AGENDA_ERROR_INVALID_DATA, naming the first wrong
 * field), nothing changes.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_load_calendar_bytes (RelayAgenda  *self,
                                  GBytes       *bytes,
                                  GError      **error)
{
  RelayCalendarData *calendar;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(calendar = _relay_calendar_data_parse (bytes, error)))
    return FALSE;

  g_clear_pointer (&self->calendar, _relay_calendar_data_free);
  self->calendar = calendar;
  _relay_agenda_rebuild (self);

  return TRUE;
}

/**
 * relay_agenda_load_default_calendar:
 * @self: a #RelayAgenda
 * @error: return location for a #GError in %RELAY_AGENDA_ERROR
 *
 * Loads the UN calendar bundled with Relay, from the application's
 * resources (%RELAY_CALENDAR_RESOURCE_PATH).
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_load_default_calendar (RelayAgenda  *self,
                                    GError      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) resource_error = NULL;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = g_resources_lookup_data (RELAY_CALENDAR_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                   &resource_error);
  if (bytes == NULL)
    {
      g_debug ("No bundled calendar: %s", resource_error->message);
      g_set_error_literal (error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_DATA,
                           _("The UN calendar is missing from this copy of Relay. Install "
                             "Relay again."));
      return FALSE;
    }

  return relay_agenda_load_calendar_bytes (self, bytes, error);
}

/**
 * relay_agenda_get_calendar_date:
 * @self: a #RelayAgenda
 *
 * Gets the day the bundled calendar's data was gathered, to tell the user
 * how recent the Council's dates are.
 *
 * Returns: (not nullable): the day ("YYYY-MM-DD"), or "" when none is loaded
 */
const char *
relay_agenda_get_calendar_date (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  return self->calendar != NULL ? _relay_calendar_data_get_date (self->calendar) : "";
}

/**
 * relay_agenda_reload:
 * @self: a #RelayAgenda
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Reads the cases, the events and the done markers from the store again,
 * and updates the models. The agenda does this by itself when the store's
 * cases change.
 *
 * Returns: %TRUE on success, %FALSE with @error set; the models then keep
 *   what they showed
 */
gboolean
relay_agenda_reload (RelayAgenda  *self,
                     GError      **error)
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GHashTable) done = NULL;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->store != NULL)
    {
      if (!(cases = _relay_store_read_agenda_cases (self->store, NULL, error)) ||
          !(events = relay_store_list_events (self->store, error)) ||
          !(done = relay_store_dup_done_items (self->store, error)))
        return FALSE;

      g_clear_pointer (&self->cases, g_ptr_array_unref);
      g_clear_pointer (&self->events, g_ptr_array_unref);
      g_clear_pointer (&self->done, g_hash_table_unref);
      self->cases = g_steal_pointer (&cases);
      self->events = g_steal_pointer (&events);
      self->done = g_steal_pointer (&done);
    }

  _relay_agenda_rebuild (self);

  return TRUE;
}

/**
 * relay_agenda_get_items:
 * @self: a #RelayAgenda
 *
 * Gets every item, sorted by day (relay_agenda_item_compare()).
 *
 * Returns: (transfer none): a #GListModel of #RelayAgendaItem
 */
GListModel *
relay_agenda_get_items (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * relay_agenda_get_filtered_items:
 * @self: a #RelayAgenda
 *
 * Gets the items of the kinds in #RelayAgenda:kind-filter, sorted by day.
 *
 * Returns: (transfer none): a #GListModel of #RelayAgendaItem
 */
GListModel *
relay_agenda_get_filtered_items (RelayAgenda *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/**
 * relay_agenda_get_group:
 * @self: a #RelayAgenda
 * @group: a group
 *
 * Gets the filtered items of one group relative to #RelayAgenda:today
 * (see relay_agenda_item_get_group()), sorted by day: the Overdue, Next
 * 30 Days and Later lists of the Calendar page.
 *
 * Returns: (transfer none): a #GListModel of #RelayAgendaItem
 */
GListModel *
relay_agenda_get_group (RelayAgenda      *self,
                        RelayAgendaGroup  group)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);
  g_return_val_if_fail (group < RELAY_AGENDA_N_GROUPS, NULL);

  return G_LIST_MODEL (self->groups[group]);
}

