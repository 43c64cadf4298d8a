/* relay-calendar-feeds.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-calendar-feeds"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-calendar-feeds.h"

/*
 * The calendars the user subscribed to (the calendar-feeds setting), and
 * what happened the last time each was downloaded. The application owns
 * one, which downloads every feed when Relay starts; the Calendar page of
 * Preferences adds and removes feeds through it, and shows each feed's
 * state, so an error met at start is still there to read.
 *
 * A feed's address may hold a private token, so it never goes to the log.
 */

typedef struct
{
  char         *error;
  GCancellable *cancellable;   /* set while downloading */
} FeedState;

struct _RelayCalendarFeeds
{
  GObject      parent_instance;

  /* Owned References */
  RelayAgenda *agenda;
  RelayHttp   *http;
  GSettings   *settings;
  GHashTable  *states;         /* url → FeedState */
};

G_DEFINE_FINAL_TYPE (RelayCalendarFeeds, relay_calendar_feeds, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
feed_state_free (FeedState *state)
{
  if (state->cancellable != NULL)
    g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  g_clear_pointer (&state->error, g_free);
  g_free (state);
}

static FeedState *
ensure_state (RelayCalendarFeeds *self,
              const char         *url)
{
  FeedState *state = g_hash_table_lookup (self->states, url);

  if (state == NULL)
    {
      state = g_new0 (FeedState, 1);
      g_hash_table_insert (self->states, g_strdup (url), state);
    }

  return state;
}

static void
emit_changed (RelayCalendarFeeds *self,
              const char         *url)
{
  g_signal_emit (self, signals[CHANGED], 0, url);
}

static gboolean
has_url (RelayCalendarFeeds *self,
         const char         *url)
{
  g_auto(GStrv) urls = relay_calendar_feeds_dup_urls (self);

  return g_strv_contains ((const char * const *)urls, url);
}

typedef struct
{
  RelayCalendarFeeds *self;
  char               *url;
  GCancellable       *cancellable;
} FetchData;

static void
fetch_data_free (FetchData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->cancellable);
  g_clear_pointer (&data->url, g_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FetchData, fetch_data_free)

static void
on_feed_fetched_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(FetchData) data = user_data;
  g_autoptr(GError) error = NULL;
  RelayCalendarFeeds *self = data->self;
  FeedState *state;

  relay_agenda_fetch_feed_finish (RELAY_AGENDA (object), result, &error);

  /* A feed removed, or fetched again, meanwhile: this answer is stale. */
  state = g_hash_table_lookup (self->states, data->url);
  if (state == NULL || state->cancellable != data->cancellable)
    return;

  g_clear_object (&state->cancellable);
  g_clear_pointer (&state->error, g_free);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* The message may name the server; the log gets only its kind. */
      g_debug ("A calendar feed could not be updated (%s, %d)",
               g_quark_to_string (error->domain), error->code);
      state->error = g_strdup (error->message);
    }

  emit_changed (self, data->url);
}

static void
on_feeds_setting_changed_cb (RelayCalendarFeeds *self)
{
  g_auto(GStrv) urls = relay_calendar_feeds_dup_urls (self);
  GHashTableIter iter;
  gpointer key;

  /* Forget the state of feeds no longer followed. */
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_strv_contains ((const char * const *)urls, key))
      g_hash_table_iter_remove (&iter);

  emit_changed (self, NULL);
}

static void
relay_calendar_feeds_dispose (GObject *object)
{
  RelayCalendarFeeds *self = (RelayCalendarFeeds *)object;

  /* Freeing the states cancels the downloads. */
  if (self->states != NULL)
    g_hash_table_remove_all (self->states);

  g_clear_object (&self->agenda);
  g_clear_object (&self->http);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relay_calendar_feeds_parent_class)->dispose (object);
}

static void
relay_calendar_feeds_finalize (GObject *object)
{
  RelayCalendarFeeds *self = (RelayCalendarFeeds *)object;

  g_clear_pointer (&self->states, g_hash_table_unref);

  G_OBJECT_CLASS (relay_calendar_feeds_parent_class)->finalize (object);
}

static void
relay_calendar_feeds_class_init (RelayCalendarFeedsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_calendar_feeds_dispose;
  object_class->finalize = relay_calendar_feeds_finalize;

  /**
   * RelayCalendarFeeds::changed:
   * @self: a #RelayCalendarFeeds
   * @url: (nullable): the feed whose state changed, or %NULL when the list
   *   of feeds changed
   *
   * Emitted when a download starts or ends, and when feeds are added or
   * removed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
relay_calendar_feeds_init (RelayCalendarFeeds *self)
{
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal,
                                        g_free, (GDestroyNotify)feed_state_free);
}

/**
 * relay_calendar_feeds_new:
 * @agenda: the agenda that shows the feeds' events (it must have a store)
 * @http: the HTTPS client to download with
 * @settings: the application's settings, whose calendar-feeds key lists
 *   the feeds
 *
 * Returns: (transfer full): a new #RelayCalendarFeeds
 */
RelayCalendarFeeds *
relay_calendar_feeds_new (RelayAgenda *agenda,
                          RelayHttp   *http,
                          GSettings   *settings)
{
  RelayCalendarFeeds *self;

  g_return_val_if_fail (RELAY_IS_AGENDA (agenda), NULL);
  g_return_val_if_fail (RELAY_IS_STORE (relay_agenda_get_store (agenda)), NULL);
  g_return_val_if_fail (RELAY_IS_HTTP (http), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RELAY_TYPE_CALENDAR_FEEDS, NULL);
  self->agenda = g_object_ref (agenda);
  self->http = g_object_ref (http);
  self->settings = g_object_ref (settings);

  g_signal_connect_object (settings, "changed::calendar-feeds",
                           G_CALLBACK (on_feeds_setting_changed_cb),
                           self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * relay_calendar_feeds_get_agenda:
 * @self: a #RelayCalendarFeeds
 *
 * Returns: (transfer none): the agenda the feeds go into
 */
RelayAgenda *
relay_calendar_feeds_get_agenda (RelayCalendarFeeds *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), NULL);

  return self->agenda;
}

/**
 * relay_calendar_feeds_dup_urls:
 * @self: a #RelayCalendarFeeds
 *
 * Returns: (transfer full): the addresses of the subscribed feeds, in the
 *   order they were added
 */
GStrv
relay_calendar_feeds_dup_urls (RelayCalendarFeeds *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), NULL);

  return g_settings_get_strv (self->settings, "calendar-feeds");
}

/**
 * relay_calendar_feeds_add:
 * @self: a #RelayCalendarFeeds
 * @address: what the user typed: an https:// or webcal:// address
 * @error: return location for a #GError, whose message is for the user
 *
 * Subscribes to a feed and downloads it at once. The address is kept in
 * its https:// form.
 *
 * Returns: (transfer full) (nullable): the address kept, or %NULL with
 *   @error set when the address is not valid or already followed
 */
char *
relay_calendar_feeds_add (RelayCalendarFeeds  *self,
                          const char          *address,
                          GError             **error)
{
  g_autofree char *url = NULL;
  g_auto(GStrv) urls = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), NULL);
  g_return_val_if_fail (address != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(url = relay_ical_normalize_feed_url (address, error)))
    return NULL;

  urls = relay_calendar_feeds_dup_urls (self);
  if (g_strv_contains ((const char * const *)urls, url))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("You already follow this calendar."));
      return NULL;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **)urls);
  g_strv_builder_add (builder, url);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "calendar-feeds", (const char * const *)updated);

  relay_calendar_feeds_refresh (self, url);

  return g_steal_pointer (&url);
}

/**
 * relay_calendar_feeds_remove:
 * @self: a #RelayCalendarFeeds
 * @url: the address of a subscribed feed
 * @error: return location for a #GError
 *
 * Stops following a feed: its events leave the calendar.
 *
 * Returns: %TRUE on success, %FALSE with @error set; the feed is then
 *   still followed
 */
gboolean
relay_calendar_feeds_remove (RelayCalendarFeeds  *self,
                             const char          *url,
                             GError             **error)
{
  g_auto(GStrv) urls = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  g_autoptr(GError) remove_error = NULL;

  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_hash_table_remove (self->states, url);

  /* An address that was never valid has no events to forget. */
  if (!relay_agenda_remove_feed (self->agenda, url, &remove_error) &&
      !g_error_matches (remove_error, RELAY_AGENDA_ERROR, RELAY_AGENDA_ERROR_INVALID_FEED))
    {
      g_propagate_error (error, g_steal_pointer (&remove_error));
      emit_changed (self, url);
      return FALSE;
    }

  urls = relay_calendar_feeds_dup_urls (self);
  builder = g_strv_builder_new ();
  for (guint i = 0; urls[i] != NULL; i++)
    if (!g_str_equal (urls[i], url))
      g_strv_builder_add (builder, urls[i]);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "calendar-feeds", (const char * const *)updated);

  return TRUE;
}

/**
 * relay_calendar_feeds_refresh:
 * @self: a #RelayCalendarFeeds
 * @url: the address of a subscribed feed
 *
 * Downloads a feed again, unless it is being downloaded. The result shows
 * in relay_calendar_feeds_dup_status().
 */
void
relay_calendar_feeds_refresh (RelayCalendarFeeds *self,
                              const char         *url)
{
  FeedState *state;
  FetchData *data;

  g_return_if_fail (RELAY_IS_CALENDAR_FEEDS (self));
  g_return_if_fail (url != NULL);

  if (!has_url (self, url))
    return;

  state = ensure_state (self, url);
  if (state->cancellable != NULL)
    return;

  g_clear_pointer (&state->error, g_free);
  state->cancellable = g_cancellable_new ();

  data = g_new0 (FetchData, 1);
  data->self = g_object_ref (self);
  data->url = g_strdup (url);
  data->cancellable = g_object_ref (state->cancellable);

  emit_changed (self, url);

  relay_agenda_fetch_feed_async (self->agenda, self->http, url, state->cancellable,
                                 on_feed_fetched_cb, data);
}

/**
 * relay_calendar_feeds_refresh_all:
 * @self: a #RelayCalendarFeeds
 *
 * Downloads every subscribed feed, as Relay does when it starts. Errors
 * are kept for each feed, not shown.
 */
void
relay_calendar_feeds_refresh_all (RelayCalendarFeeds *self)
{
  g_auto(GStrv) urls = NULL;

  g_return_if_fail (RELAY_IS_CALENDAR_FEEDS (self));

  urls = relay_calendar_feeds_dup_urls (self);
  for (guint i = 0; urls[i] != NULL; i++)
    relay_calendar_feeds_refresh (self, urls[i]);
}

/**
 * relay_calendar_feeds_is_fetching:
 * @self: a #RelayCalendarFeeds
 * @url: the address of a feed
 *
 * Returns: whether @url is being downloaded
 */
gboolean
relay_calendar_feeds_is_fetching (RelayCalendarFeeds *self,
                                  const char         *url)
{
  FeedState *state;

  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), FALSE);
  g_return_val_if_fail (url != NULL, FALSE);

  state = g_hash_table_lookup (self->states, url);

  return state != NULL && state->cancellable != NULL;
}

/**
 * relay_calendar_feeds_is_busy:
 * @self: a #RelayCalendarFeeds
 *
 * Returns: whether any feed is being downloaded
 */
gboolean
relay_calendar_feeds_is_busy (RelayCalendarFeeds *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), FALSE);

  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((FeedState *)value)->cancellable != NULL)
      return TRUE;

  return FALSE;
}

/**
 * relay_calendar_feeds_get_error:
 * @self: a #RelayCalendarFeeds
 * @url: the address of a feed
 *
 * Returns: (nullable): why the last download of @url failed, for the
 *   user, or %NULL when it did not
 */
const char *
relay_calendar_feeds_get_error (RelayCalendarFeeds *self,
                                const char         *url)
{
  FeedState *state;

  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  state = g_hash_table_lookup (self->states, url);

  return state != NULL ? state->error : NULL;
}

/**
 * relay_calendar_feeds_dup_status:
 * @self: a #RelayCalendarFeeds
 * @url: the address of a subscribed feed
 * @is_error: (out) (optional): set to whether the status is an error
 *
 * Says in plain words where a feed stands: being downloaded, the error
 * of its last download, or when it was last downloaded.
 *
 * Returns: (transfer full): the status
 */
char *
relay_calendar_feeds_dup_status (RelayCalendarFeeds *self,
                                 const char         *url,
                                 gboolean           *is_error)
{
  g_autoptr(GDateTime) fetched_at = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *when = NULL;
  const char *message;

  g_return_val_if_fail (RELAY_IS_CALENDAR_FEEDS (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  if (is_error != NULL)
    *is_error = FALSE;

  if (relay_calendar_feeds_is_fetching (self, url))
    return g_strdup (_("Downloading…"));

  if (!relay_store_get_feed_state (relay_agenda_get_store (self->agenda), url,
                                   &etag, &fetched_at, &error))
    g_debug ("Could not read the state of a calendar feed: %s", error->message);

  if ((message = relay_calendar_feeds_get_error (self, url)) != NULL)
    {
      if (is_error != NULL)
        *is_error = TRUE;

      if (fetched_at == NULL)
        return g_strdup (message);

      local = g_date_time_to_local (fetched_at);
      now = g_date_time_new_now_local ();
      when = relay_format_last_change (local, now);
      /* Translators: %1$s says why a download failed (the events already
       * downloaded stay); %2$s is when the calendar was last downloaded, as
       * in "Yesterday at 09:15". */
      return g_strdup_printf (_("%1$s Last successful download: %2$s."), message, when);
    }

  if (fetched_at == NULL)
    return g_strdup (_("Not downloaded yet."));

  local = g_date_time_to_local (fetched_at);
  now = g_date_time_new_now_local ();
  when = relay_format_last_change (local, now);
  /* Translators: %s is when, as in "Today at 14:02" or "12 May 2026". */
  return g_strdup_printf (_("Up to date. Last download: %s"), when);
}
