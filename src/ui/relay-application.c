/* relay-application.c
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

#define G_LOG_DOMAIN "relay-application"

#include "config.h"

#include <glib/gi18n.h>

#include "calendar/relay-calendar-feeds.h"
#include "relay-application.h"
#include "relay-preferences-window.h"
#include "relay-reminders.h"
#include "relay-window.h"

struct _RelayApplication
{
  AdwApplication  parent_instance;

  /* Owned References */
  GSettings      *settings;
  RelayStore     *store;
  GError         *store_error;
  RelayDirectory *directory;
  GError         *directory_error;
  RelayHttp      *http;
  RelaySecrets   *secrets;
  char           *mail_ca_file;
  RelayAgenda    *agenda;
  RelayCalendarFeeds *calendar_feeds;
  RelayReminders *reminders;

  /* Reminders and calendar downloads, started after the first frame. */
  guint           agenda_work_id;
  gboolean        agenda_work_started;
};

G_DEFINE_FINAL_TYPE (RelayApplication, relay_application, ADW_TYPE_APPLICATION)

static GtkWindow *
get_active_window (RelayApplication *self)
{
  return gtk_application_get_active_window (GTK_APPLICATION (self));
}

/* Takes the store (or why there is none) as the application's. */
static void
adopt_store (RelayApplication *self,
             RelayStore       *store,
             GError           *error)
{
  g_autoptr(GError) outbox_error = NULL;

  if (store == NULL)
    {
      /* The message is written for the user and holds no case content. */
      g_message ("Could not open the case database: %s", error->message);
      self->store_error = error;
      return;
    }

  self->store = store;

  /* Messages left "sending" when Relay last closed are kept as failed,
   * with a warning that they may have arrived. */
  if (relay_store_recover_outbox (self->store, &outbox_error) > 0)
    g_message ("Messages were being sent when Relay last closed; they are kept in the outbox");
  else if (outbox_error != NULL)
    g_message ("Could not check the outbox: %s", outbox_error->message);
}

static void
open_store (RelayApplication *self)
{
  g_autoptr(GError) error = NULL;
  RelayStore *store;

  g_assert (RELAY_IS_APPLICATION (self));

  if (self->store != NULL || self->store_error != NULL)
    return;

  store = relay_store_new (NULL, &error);
  adopt_store (self, store, g_steal_pointer (&error));
}

/* Takes the directory (and why it could not be loaded) as the
 * application's; it follows the user's own addresses in the store. */
static void
adopt_directory (RelayApplication *self,
                 RelayDirectory   *directory,
                 GError           *error)
{
  self->directory = directory;

  /* The bundled directory is always there, so this fails only when
   * both it and the user's updated copy are unusable. */
  if (error != NULL)
    {
      g_message ("Could not load the mandate directory: %s", error->message);
      self->directory_error = error;
    }

  open_store (self);
  if (self->store != NULL)
    relay_directory_set_store (self->directory, self->store);
}

static void
load_directory (RelayApplication *self)
{
  g_autoptr(GError) error = NULL;
  RelayDirectory *directory;

  g_assert (RELAY_IS_APPLICATION (self));

  if (self->directory != NULL)
    return;

  directory = relay_directory_new ();
  relay_directory_load_default (directory, &error);
  adopt_directory (self, directory, g_steal_pointer (&error));
}

/*
 * Startup opens the case database and reads the mandate directory on a
 * worker while GTK opens the display: on two cores, the window comes
 * sooner. Neither object is used by the worker once it is done.
 */
typedef struct
{
  RelayStore     *store;
  GError         *store_error;
  RelayDirectory *directory;
  GError         *directory_error;
} Prepared;

static gpointer
prepare_in_thread (gpointer data)
{
  Prepared *prepared = data;
  prepared->store = relay_store_new (NULL, &prepared->store_error);

  prepared->directory = relay_directory_new ();
  relay_directory_load_default (prepared->directory, &prepared->directory_error);
  return prepared;
}


static void
relay_application_activate_quit_cb (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  RelayApplication *self = user_data;
  GList *windows;

  g_assert (RELAY_IS_APPLICATION (self));

  /* Close windows so that they can save their state before we quit. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
relay_application_activate_about_cb (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  RelayApplication *self = user_data;
  static const char *developers[] = { "The Relay authors", NULL };

  g_assert (RELAY_IS_APPLICATION (self));

  adw_show_about_window (get_active_window (self),
                         "application-name", _("Relay"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Relay authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Prepare, send and follow up submissions to the "
                                       "United Nations Special Procedures: the Special "
                                       "Rapporteurs, Independent Experts and Working Groups."),
                         "website", "https://github.com/relayhr/relay",
                         "issue-url", "https://github.com/relayhr/relay/issues",
                         "copyright", "© 2026 The Relay authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "developers", developers,
                         /* Translators: replace with your names, one per line. */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
relay_application_activate_preferences_cb (GSimpleAction *action,
                                           GVariant      *parameter,
                                           gpointer       user_data)
{
  RelayApplication *self = user_data;
  RelayPreferencesWindow *preferences;

  g_assert (RELAY_IS_APPLICATION (self));

  preferences = relay_preferences_window_new (self->settings,
                                              relay_application_get_directory (self),
                                              relay_application_get_http (self),
                                              relay_application_get_secrets (self));
  relay_preferences_window_set_calendar_feeds (preferences,
                                               relay_application_get_calendar_feeds (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), get_active_window (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

/* The main window, not a wizard or a dialog; NULL when there is none. */
static RelayWindow *
find_main_window (RelayApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RELAY_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* A deadline notification was activated: show its case, or the calendar
 * for a date of no case (and for the notification that counts several). */
static void
relay_application_activate_show_agenda_item_cb (GSimpleAction *action,
                                                GVariant      *parameter,
                                                gpointer       user_data)
{
  RelayApplication *self = user_data;
  const char *uid = g_variant_get_string (parameter, NULL);
  RelayAgenda *agenda = relay_application_get_agenda (self);
  RelayAgendaItem *item = NULL;
  RelayWindow *window;

  g_assert (RELAY_IS_APPLICATION (self));

  /* Started by the notification, Relay has no window yet. */
  g_application_activate (G_APPLICATION (self));
  window = find_main_window (self);
  if (window == NULL)
    return;

  if (agenda != NULL && *uid != '\0')
    item = relay_agenda_lookup (agenda, uid);

  if (item != NULL && *relay_agenda_item_get_case_uuid (item) != '\0')
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case", "s",
                                relay_agenda_item_get_case_uuid (item));
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-calendar", NULL);

  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry app_actions[] = {
  { "quit", relay_application_activate_quit_cb },
  { "about", relay_application_activate_about_cb },
  { "preferences", relay_application_activate_preferences_cb },
  { "show-agenda-item", relay_application_activate_show_agenda_item_cb, "s" },
};

static void
relay_application_startup (GApplication *application)
{
  RelayApplication *self = (RelayApplication *)application;
  Prepared prepared = { 0 };
  GThread *thread = NULL;

  g_assert (RELAY_IS_APPLICATION (self));

  if (self->store == NULL && self->store_error == NULL && self->directory == NULL)
    thread = g_thread_new ("relay-prepare", prepare_in_thread, &prepared);

  G_APPLICATION_CLASS (relay_application_parent_class)->startup (application);

  /* GTK reads the icon theme on a worker of its own once it is first
   * asked for: asked now, it is read while the window is being built
   * rather than when the window's first icon needs it. */
  if (gdk_display_get_default () != NULL)
    gtk_icon_theme_get_for_display (gdk_display_get_default ());

  if (thread != NULL)
    {
      g_thread_join (thread);
      adopt_store (self, prepared.store, prepared.store_error);
      adopt_directory (self, prepared.directory, prepared.directory_error);
    }

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Primary>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Primary>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         (const char *[]) { "<Primary>w", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search",
                                         (const char *[]) { "<Primary>f", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         (const char *[]) { "<Primary>question", NULL });

  /* Done by the worker, unless it was not needed. */
  open_store (self);
  load_directory (self);
}

/* Reading the agenda (every case with a date) can take a moment with many
 * cases: the reminders and the subscribed calendars start once the window
 * is on screen. Deadlines are notified once Relay runs for the user, not
 * when it is only registered (as by tests); the calendars are downloaded
 * then, their errors waiting on each calendar's row in Preferences. */
static void
start_agenda_work (RelayApplication *self)
{
  if (self->agenda_work_started)
    return;

  self->agenda_work_started = TRUE;
  g_clear_handle_id (&self->agenda_work_id, g_source_remove);

  if (relay_application_get_calendar_feeds (self) != NULL)
    relay_calendar_feeds_refresh_all (self->calendar_feeds);

  if (relay_application_get_reminders (self) != NULL)
    relay_reminders_start (self->reminders);
}

static gboolean
start_agenda_work_cb (gpointer data)
{
  RelayApplication *self = data;

  self->agenda_work_id = 0;
  start_agenda_work (self);

  return G_SOURCE_REMOVE;
}

static void
on_first_frame_cb (GdkFrameClock    *clock,
                   RelayApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);

  if (!self->agenda_work_started && self->agenda_work_id == 0)
    self->agenda_work_id = g_idle_add_full (G_PRIORITY_LOW, start_agenda_work_cb, self, NULL);
}

static void
relay_application_activate (GApplication *application)
{
  RelayApplication *self = (RelayApplication *)application;
  GtkWindow *window;

  g_assert (RELAY_IS_APPLICATION (self));

  window = get_active_window (self);
  if (window == NULL)
    {
      window = GTK_WINDOW (relay_window_new (self));
      gtk_window_present (window);

      /* What needs the agenda waits for the window's first frame. */
      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (on_first_frame_cb), self, 0);
      return;
    }

  gtk_window_present (window);
  start_agenda_work (self);
}

static void
relay_application_dispose (GObject *object)
{
  RelayApplication *self = (RelayApplication *)object;

  g_clear_handle_id (&self->agenda_work_id, g_source_remove);
  g_clear_object (&self->calendar_feeds);
  g_clear_object (&self->reminders);
  g_clear_object (&self->directory);
  g_clear_object (&self->http);
  g_clear_object (&self->secrets);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relay_application_parent_class)->dispose (object);
}

static void
relay_application_finalize (GObject *object)
{
  RelayApplication *self = (RelayApplication *)object;

  g_clear_error (&self->store_error);
  g_clear_error (&self->directory_error);
  g_clear_pointer (&self->mail_ca_file, g_free);
  g_clear_object (&self->agenda);

  G_OBJECT_CLASS (relay_application_parent_class)->finalize (object);
}

static void
relay_application_class_init (RelayApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = relay_application_dispose;
  object_class->finalize = relay_application_finalize;

  app_class->startup = relay_application_startup;
  app_class->activate = relay_application_activate;
}

static void
relay_application_init (RelayApplication *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
}

/**
 * relay_application_new:
 * @application_id: the application ID
 * @flags: the application flags
 *
 * Creates the Relay application.
 *
 * Returns: (transfer full): a new #RelayApplication
 */
RelayApplication *
relay_application_new (const char        *application_id,
                       GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (RELAY_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * relay_application_get_store:
 * @self: a #RelayApplication
 *
 * Gets the case store, opening it on first use.
 *
 * Returns: (transfer none) (nullable): the store, or %NULL when it could
 *   not be opened; see relay_application_get_store_error()
 */
RelayStore *
relay_application_get_store (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  open_store (self);

  return self->store;
}

/**
 * relay_application_get_store_error:
 * @self: a #RelayApplication
 *
 * Returns: (transfer none) (nullable): why the store could not be opened
 */
const GError *
relay_application_get_store_error (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  return self->store_error;
}

/**
 * relay_application_get_settings:
 * @self: a #RelayApplication
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
relay_application_get_settings (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * relay_application_get_directory:
 * @self: a #RelayApplication
 *
 * Gets the mandate directory, loading it on first use.
 *
 * Returns: (transfer none): the directory
 */
RelayDirectory *
relay_application_get_directory (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  load_directory (self);

  return self->directory;
}

/**
 * relay_application_get_directory_error:
 * @self: a #RelayApplication
 *
 * Returns: (transfer none) (nullable): why no mandate directory could be
 *   loaded
 */
const GError *
relay_application_get_directory_error (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  load_directory (self);

  return self->directory_error;
}

/**
 * relay_application_get_http:
 * @self: a #RelayApplication
 *
 * Returns: (transfer none): the HTTPS client for downloads
 */
RelayHttp *
relay_application_get_http (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  if (self->http == NULL)
    self->http = relay_http_new ();

  return self->http;
}

/**
 * relay_application_get_secrets:
 * @self: a #RelayApplication
 *
 * Gets the keeper of the e-mail password, which also holds a password
 * typed for this session only.
 *
 * Returns: (transfer none): the #RelaySecrets
 */
RelaySecrets *
relay_application_get_secrets (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  if (self->secrets == NULL)
    self->secrets = relay_secrets_new ();

  return self->secrets;
}

/**
 * relay_application_set_mail_ca_file:
 * @self: a #RelayApplication
 * @ca_file: (nullable): a PEM file of certificate authorities
 *
 * Makes the mail server's certificate checked against @ca_file instead of
 * the system's authorities. Only tests call this, for their own SMTP
 * server; nothing a user can set reaches it.
 */
void
relay_application_set_mail_ca_file (RelayApplication *self,
                                    const char       *ca_file)
{
  g_return_if_fail (RELAY_IS_APPLICATION (self));

  g_free (self->mail_ca_file);
  self->mail_ca_file = g_strdup (ca_file);
}

/**
 * relay_application_get_mail_ca_file:
 * @self: a #RelayApplication
 *
 * Returns: (nullable): what relay_application_set_mail_ca_file() set
 */
const char *
relay_application_get_mail_ca_file (RelayApplication *self)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  return self->mail_ca_file;
}

/**
 * relay_application_get_agenda:
 * @self: a #RelayApplication
 *
 * Gets the deadline calendar of the application: the store's cases, the
 * bundled UN dates, the user's events and feeds. It is made on first use,
 * with the follow-up delays of the settings (and follows them).
 *
 * Returns: (transfer none) (nullable): the #RelayAgenda, or %NULL when the
 *   case database could not be opened
 */
RelayAgenda *
relay_application_get_agenda (RelayApplication *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  if (self->agenda != NULL)
    return self->agenda;

  open_store (self);
  if (self->store == NULL)
    return NULL;

  self->agenda = relay_agenda_new (self->store, relay_application_get_directory (self));
  g_settings_bind (relay_application_get_settings (self), "follow-up-weeks-acknowledging",
                   self->agenda, "follow-up-weeks-acknowledging", G_SETTINGS_BIND_GET);
  g_settings_bind (relay_application_get_settings (self), "follow-up-weeks-other",
                   self->agenda, "follow-up-weeks-other", G_SETTINGS_BIND_GET);

  /* Without the bundled dates, the cases' own deadlines still show. */
  if (!relay_agenda_load_default_calendar (self->agenda, &error))
    {
      g_message ("Could not load the bundled calendar: %s", error->message);
      g_clear_error (&error);
    }
  if (!relay_agenda_reload (self->agenda, &error))
    g_message ("Could not read the calendar: %s", error->message);

  return self->agenda;
}

/**
 * relay_application_get_calendar_feeds:
 * @self: a #RelayApplication
 *
 * Gets the subscribed calendars (the calendar-feeds setting) with the
 * state of their downloads, made on first use.
 *
 * Returns: (transfer none) (nullable): the #RelayCalendarFeeds, or %NULL
 *   when there is no agenda (see relay_application_get_agenda())
 */
RelayCalendarFeeds *
relay_application_get_calendar_feeds (RelayApplication *self)
{
  RelayAgenda *agenda;

  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  if (self->calendar_feeds != NULL)
    return self->calendar_feeds;

  if ((agenda = relay_application_get_agenda (self)) == NULL)
    return NULL;

  self->calendar_feeds = relay_calendar_feeds_new (agenda,
                                                   relay_application_get_http (self),
                                                   relay_application_get_settings (self));

  return self->calendar_feeds;
}

/**
 * relay_application_get_reminders:
 * @self: a #RelayApplication
 *
 * Gets the deadline notifications of the application, made on first use
 * and started when the application is activated.
 *
 * Returns: (transfer none) (nullable): the #RelayReminders, or %NULL when
 *   there is no agenda (see relay_application_get_agenda())
 */
RelayReminders *
relay_application_get_reminders (RelayApplication *self)
{
  RelayAgenda *agenda;

  g_return_val_if_fail (RELAY_IS_APPLICATION (self), NULL);

  if (self->reminders != NULL)
    return self->reminders;

  if ((agenda = relay_application_get_agenda (self)) == NULL)
    return NULL;

  self->reminders = relay_reminders_new (agenda, relay_application_get_settings (self));

  return self->reminders;
}
