/* relay-agenda-feeds.c
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
 * RelayAgenda: subscribed feeds and export
 *
 * A feed is downloaded with RelayHttp (conditionally, by its ETag), read
 * on a worker thread, then its events replace the old ones in one
 * transaction of the store: whatever fails, the events imported before
 * stay.
 */

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
