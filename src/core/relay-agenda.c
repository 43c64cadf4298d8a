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

struct _RelayAgenda
{
  GObject parent_instance;

  /* Owned References */
  RelayStore        *store;
  RelayDirectory    *directory;
  GTimeZone         *zone;
  RelayCalendarData *calendar;

  /* What the last reload read from the store */
  GPtrArray         *cases;   /* RelayAgendaCase */
  GPtrArray         *events;  /* RelayAgendaItem, user and feed */
  GHashTable        *done;    /* uids */

  /* Models */
  GListStore        *items;
  GListStore        *filtered;
  GListStore        *groups[RELAY_AGENDA_N_GROUPS];

  GDate              today;
  guint              weeks_acknowledging;
  guint              weeks_other;
  guint              kind_filter;
};

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

static int
compare_items (gconstpointer a,
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

  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       fresh->pdata + prefix, n_new - prefix - suffix);
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

static RelayAgendaRules
get_rules (RelayAgenda *self)
{
  RelayAgendaRules rules = {
    .follow_up_weeks_acknowledging = self->weeks_acknowledging,
    .follow_up_weeks_other = self->weeks_other,
    .directory = self->directory,
  };

  return rules;
}

static void
apply_done (RelayAgenda *self,
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
static void
rebuild (RelayAgenda *self)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) old_by_uid = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            NULL, g_object_unref);
  GListModel *items = G_LIST_MODEL (self->items);
  RelayAgendaRules rules = get_rules (self);
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

  apply_done (self, fresh);
  g_ptr_array_sort (fresh, compare_items);

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
  refilter (self);
}

static void
on_cases_changed_cb (RelayAgenda *self)
{
  g_autoptr(GError) error = NULL;

  g_assert (RELAY_IS_AGENDA (self));

  /* The change itself is saved; a calendar that could not be read is read
   * again after the next change.
   */
  if (!relay_agenda_reload (self, &error))
    g_warning ("Could not read the calendar again: %s", error->message);
}

static void
on_directory_changed_cb (RelayAgenda *self)
{
  g_assert (RELAY_IS_AGENDA (self));

  /* Which mandates acknowledge submissions may have changed. */
  rebuild (self);
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
    g_signal_connect_object (relay_store_get_cases (self->store), "items-changed",
                             G_CALLBACK (on_cases_changed_cb), self, G_CONNECT_SWAPPED);

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
  self->filtered = g_list_store_new (RELAY_TYPE_AGENDA_ITEM);
  for (guint g = 0; g < RELAY_AGENDA_N_GROUPS; g++)
    self->groups[g] = g_list_store_new (RELAY_TYPE_AGENDA_ITEM);

  self->weeks_acknowledging = RELAY_AGENDA_DEFAULT_WEEKS_ACKNOWLEDGING;
  self->weeks_other = RELAY_AGENDA_DEFAULT_WEEKS_OTHER;
  self->kind_filter = RELAY_AGENDA_KIND_MASK_ALL;
  relay_agenda_today (NULL, &self->today);
}

/*
 * Fetching feeds
 */

typedef struct
{
  char      *url;
  GTimeZone *zone;
  GDate      today;
  char      *etag;
  GBytes    *bytes;
} FetchData;

static void
fetch_data_free (FetchData *data)
{
  g_clear_pointer (&data->url, g_free);
  g_clear_pointer (&data->zone, g_time_zone_unref);
  g_clear_pointer (&data->etag, g_free);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
parse_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  FetchData *data = task_data;
  GError *error = NULL;
  GPtrArray *items;

  items = relay_ical_parse_feed (data->bytes, data->url, data->zone, &data->today, &error);
  if (items == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, items, (GDestroyNotify)g_ptr_array_unref);
}

static void
on_feed_parsed_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  RelayAgenda *self = RELAY_AGENDA (object);
  g_autoptr(GTask) task = user_data;
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GPtrArray) items = NULL;
  GError *error = NULL;

  items = g_task_propagate_pointer (G_TASK (result), &error);
  if (items == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (!relay_store_replace_feed_events (self->store, data->url, items, data->etag, &error) ||
      !relay_agenda_reload (self, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
on_feed_downloaded_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RelayAgenda *self = g_task_get_source_object (task);
  FetchData *data = g_task_get_task_data (task);
  g_autoptr(GTask) parse_task = NULL;
  g_autofree char *etag = NULL;
  gboolean not_modified = FALSE;
  GError *error = NULL;

  data->bytes = relay_http_get_finish (RELAY_HTTP (object), result, &etag, &not_modified, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  if (not_modified)
    {
      g_debug ("A calendar feed has not changed");
      if (!relay_store_touch_feed (self->store, data->url, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  g_free (data->etag);
  data->etag = g_steal_pointer (&etag);

  parse_task = g_task_new (self, g_task_get_cancellable (task), on_feed_parsed_cb,
                           g_object_ref (task));
  g_task_set_source_tag (parse_task, parse_in_thread);
  g_task_set_task_data (parse_task, data, NULL);
  g_task_run_in_thread (parse_task, parse_in_thread);
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
    rebuild (self);
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
  rebuild (self);
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
  rebuild (self);
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
  rebuild (self);

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
      if (!(cases = _relay_store_read_agenda_cases (self->store, error)) ||
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

  rebuild (self);

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
  rules = get_rules (self);
  _relay_agenda_compute_case (agenda_case, &rules, items);
  apply_done (self, items);
  g_ptr_array_sort (items, compare_items);

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

  rebuild (self);

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

/**
 * relay_agenda_import_feed:
 * @self: a #RelayAgenda with a store
 * @feed_url: the address of the feed
 * @bytes: the feed's contents
 * @error: return location for a #GError
 *
 * Reads a feed (relay_ical_parse_feed()) and replaces its events. When
 * anything fails, the events imported before stay.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_import_feed (RelayAgenda  *self,
                          const char   *feed_url,
                          GBytes       *bytes,
                          GError      **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *url = NULL;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (RELAY_IS_STORE (self->store), FALSE);
  g_return_val_if_fail (feed_url != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(url = relay_ical_normalize_feed_url (feed_url, error)) ||
      !(items = relay_ical_parse_feed (bytes, url, self->zone, &self->today, error)))
    return FALSE;

  return relay_store_replace_feed_events (self->store, url, items, NULL, error) &&
         relay_agenda_reload (self, error);
}

/**
 * relay_agenda_fetch_feed_async:
 * @self: a #RelayAgenda with a store
 * @http: the #RelayHttp to download with
 * @feed_url: the address of the feed (https:// or webcal://)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Downloads a subscribed feed (only when it changed since the last time,
 * by its ETag), reads it on a worker thread and replaces its events. An
 * unreachable, oversized or invalid feed fails with the error of
 * #RelayHttp or %RELAY_AGENDA_ERROR, and the events imported before stay.
 */
void
relay_agenda_fetch_feed_async (RelayAgenda         *self,
                               RelayHttp           *http,
                               const char          *feed_url,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *etag = NULL;
  GError *error = NULL;
  FetchData *data;

  g_return_if_fail (RELAY_IS_AGENDA (self));
  g_return_if_fail (RELAY_IS_STORE (self->store));
  g_return_if_fail (RELAY_IS_HTTP (http));
  g_return_if_fail (feed_url != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_agenda_fetch_feed_async);

  data = g_new0 (FetchData, 1);
  data->zone = self->zone != NULL ? g_time_zone_ref (self->zone) : NULL;
  data->today = self->today;
  g_task_set_task_data (task, data, (GDestroyNotify)fetch_data_free);

  if (!(data->url = relay_ical_normalize_feed_url (feed_url, &error)) ||
      !relay_store_get_feed_state (self->store, data->url, &etag, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* The ETag is saved with the feed's events, so "not modified" means
   * that the events kept are still right.
   */
  relay_http_get_async (http, data->url, *etag != '\0' ? etag : NULL, cancellable, NULL, NULL,
                        on_feed_downloaded_cb, g_steal_pointer (&task));
}

/**
 * relay_agenda_fetch_feed_finish:
 * @self: a #RelayAgenda
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Finishes relay_agenda_fetch_feed_async().
 *
 * Returns: %TRUE when the feed's events are up to date, %FALSE with
 *   @error set
 */
gboolean
relay_agenda_fetch_feed_finish (RelayAgenda   *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == relay_agenda_fetch_feed_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * relay_agenda_remove_feed:
 * @self: a #RelayAgenda with a store
 * @feed_url: the address of a feed the user no longer follows
 * @error: return location for a #GError
 *
 * Forgets a feed and its events (relay_store_delete_feed()).
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_agenda_remove_feed (RelayAgenda  *self,
                          const char   *feed_url,
                          GError      **error)
{
  g_autofree char *url = NULL;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), FALSE);
  g_return_val_if_fail (RELAY_IS_STORE (self->store), FALSE);
  g_return_val_if_fail (feed_url != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(url = relay_ical_normalize_feed_url (feed_url, error)))
    return FALSE;

  return relay_store_delete_feed (self->store, url, error) &&
         relay_agenda_reload (self, error);
}

/**
 * relay_agenda_export:
 * @self: a #RelayAgenda
 * @case_uuid: (nullable): a case to export the items of, or %NULL for all
 *   items
 * @include_case_details: whether the export may name cases (see
 *   relay_ical_export())
 *
 * Exports items to iCalendar, for GNOME Calendar, Thunderbird or Outlook.
 * By default no detail of a case that could identify a victim goes in.
 *
 * Returns: (transfer full): the text of a .ics file
 */
char *
relay_agenda_export (RelayAgenda *self,
                     const char  *case_uuid,
                     gboolean     include_case_details)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GDateTime) now = NULL;
  GListModel *model;

  g_return_val_if_fail (RELAY_IS_AGENDA (self), NULL);

  if (case_uuid != NULL)
    items = relay_agenda_dup_case_items (self, case_uuid);
  else
    {
      model = G_LIST_MODEL (self->items);
      items = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (items, g_list_model_get_item (model, i));
    }

  now = g_date_time_new_now_utc ();

  return relay_ical_export (items, include_case_details, now);
}
