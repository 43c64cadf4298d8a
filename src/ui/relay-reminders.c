/* relay-reminders.c
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

#define G_LOG_DOMAIN "relay-reminders"

#include "config.h"

#include "relay-reminders.h"

/* Deadline notifications: when the application starts, and once a day
 * while it runs, the deadlines within reminder-days days (and the tasks
 * overdue) become notifications, as relay_reminder_plan() decides. The
 * day of the last check is kept in last-reminder-check, so starting Relay
 * again the same day notifies nothing. A notification activates
 * "app.show-agenda-item" with the uid of its item ("" for the calendar).
 *
 * The check runs every hour and does something once a day: a timer set
 * for midnight would be late after the computer slept. Each check first
 * moves the agenda on to the current day.
 */

/* How often to look whether the day changed, in seconds. */
#define CHECK_INTERVAL (60 * 60)

struct _RelayReminders
{
  GObject            parent_instance;

  /* Owned References */
  RelayAgenda       *agenda;
  GSettings         *settings;
  /* The ids of the notifications sent, to withdraw those no longer due */
  GHashTable        *sent;

  RelayReminderSink  sink;
  gpointer           sink_data;
  GDestroyNotify     sink_destroy;

  /* Not valid: the real current day */
  GDate              today;
  guint              timeout_id;
};

G_DEFINE_FINAL_TYPE (RelayReminders, relay_reminders, G_TYPE_OBJECT)

static gboolean
bus_has_name (GDBusConnection *bus,
              const char      *method,
              const char      *name)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean found = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", method,
                                       g_str_equal (method, "NameHasOwner") ? g_variant_new ("(s)", name) : NULL,
                                       NULL, G_DBUS_CALL_FLAGS_NONE, 500, NULL, NULL);
  if (reply == NULL)
    return FALSE;

  if (g_str_equal (method, "NameHasOwner"))
    g_variant_get (reply, "(b)", &found);
  else
    {
      g_autofree const char **names = NULL;

      g_variant_get (reply, "(^a&s)", &names);
      found = names != NULL && g_strv_contains (names, name);
    }

  return found;
}

/* Whether someone shows notifications: the portal inside Flatpak, GNOME
 * Shell, or any freedesktop.org notification server (running or ready to
 * start). Without one GLib would only print a warning. */
static gboolean
notifications_available (GApplication *app)
{
  GDBusConnection *bus = g_application_get_dbus_connection (app);

  if (bus == NULL)
    return FALSE;

  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return TRUE;

  return bus_has_name (bus, "NameHasOwner", "org.gtk.Notifications") ||
         bus_has_name (bus, "NameHasOwner", "org.freedesktop.Notifications") ||
         bus_has_name (bus, "ListActivatableNames", "org.freedesktop.Notifications");
}

static void
send_to_application (const char          *id,
                     const RelayReminder *reminder,
                     GNotification       *notification,
                     gpointer             user_data)
{
  GApplication *app = g_application_get_default ();

  /* Without a session bus, or without a notification server on it, there
   * is no one to show a notification, and GLib would complain. */
  if (app == NULL || !notifications_available (app))
    {
      g_debug ("No notification server: a deadline reminder is not shown");
      return;
    }

  if (notification != NULL)
    g_application_send_notification (app, id, notification);
  else
    g_application_withdraw_notification (app, id);
}

static void
get_today (RelayReminders *self,
           GDate          *today)
{
  if (g_date_valid (&self->today))
    *today = self->today;
  else
    relay_agenda_today (relay_agenda_get_time_zone (self->agenda), today);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  relay_reminders_check (user_data);

  return G_SOURCE_CONTINUE;
}

static void
relay_reminders_dispose (GObject *object)
{
  RelayReminders *self = (RelayReminders *)object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->agenda);
  g_clear_object (&self->settings);

  if (self->sink_destroy != NULL)
    g_clear_pointer (&self->sink_data, self->sink_destroy);
  self->sink_destroy = NULL;

  G_OBJECT_CLASS (relay_reminders_parent_class)->dispose (object);
}

static void
relay_reminders_finalize (GObject *object)
{
  RelayReminders *self = (RelayReminders *)object;

  g_clear_pointer (&self->sent, g_hash_table_unref);

  G_OBJECT_CLASS (relay_reminders_parent_class)->finalize (object);
}

static void
relay_reminders_class_init (RelayRemindersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_reminders_dispose;
  object_class->finalize = relay_reminders_finalize;
}

static void
relay_reminders_init (RelayReminders *self)
{
  self->sent = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sink = send_to_application;
  g_date_clear (&self->today, 1);
}

/**
 * relay_reminders_new:
 * @agenda: the deadline calendar
 * @settings: the application's settings (reminder-days,
 *   last-reminder-check)
 *
 * Returns: (transfer full): a new #RelayReminders, not started
 */
RelayReminders *
relay_reminders_new (RelayAgenda *agenda,
                     GSettings   *settings)
{
  RelayReminders *self;

  g_return_val_if_fail (RELAY_IS_AGENDA (agenda), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RELAY_TYPE_REMINDERS, NULL);
  self->agenda = g_object_ref (agenda);
  self->settings = g_object_ref (settings);

  return self;
}

/**
 * relay_reminders_set_sink:
 * @self: a #RelayReminders
 * @sink: (nullable): where notifications go, or %NULL for the default
 *   application's g_application_send_notification()
 * @user_data: data for @sink
 * @destroy: (nullable): frees @user_data
 *
 * Sends the notifications somewhere else than to the desktop, for tests.
 */
void
relay_reminders_set_sink (RelayReminders    *self,
                          RelayReminderSink  sink,
                          gpointer           user_data,
                          GDestroyNotify     destroy)
{
  g_return_if_fail (RELAY_IS_REMINDERS (self));

  if (self->sink_destroy != NULL)
    self->sink_destroy (self->sink_data);

  self->sink = sink != NULL ? sink : send_to_application;
  self->sink_data = user_data;
  self->sink_destroy = destroy;
}

/**
 * relay_reminders_set_today:
 * @self: a #RelayReminders
 * @today: (nullable): the day to take as today, or %NULL for the real one
 *
 * Fixes the current day, for tests.
 */
void
relay_reminders_set_today (RelayReminders *self,
                           const GDate    *today)
{
  g_return_if_fail (RELAY_IS_REMINDERS (self));
  g_return_if_fail (today == NULL || g_date_valid (today));

  if (today != NULL)
    self->today = *today;
  else
    g_date_clear (&self->today, 1);
}

/**
 * relay_reminders_check:
 * @self: a #RelayReminders
 *
 * Moves the agenda on to today and, unless it was done today already,
 * sends the notifications of the deadlines due (see
 * relay_reminder_plan()), withdraws those sent before that are no longer
 * due, and records today as the day of the last check.
 *
 * Returns: the number of notifications sent
 */
guint
relay_reminders_check (RelayReminders *self)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GHashTable) planned = NULL;
  g_autofree char *last = NULL;
  g_autofree char *day = NULL;
  GHashTableIter iter;
  gpointer id;
  GDate today;
  int days;

  g_return_val_if_fail (RELAY_IS_REMINDERS (self), 0);

  get_today (self, &today);
  relay_agenda_set_today (self->agenda, &today);

  last = g_settings_get_string (self->settings, "last-reminder-check");
  if (!relay_reminder_check_is_due (last, &today))
    return 0;

  day = relay_agenda_format_day (&today);
  g_settings_set_string (self->settings, "last-reminder-check", day);

  days = g_settings_get_int (self->settings, "reminder-days");
  if (days > 0)
    {
      due = relay_agenda_dup_due_items (self->agenda, days, TRUE);
      plan = relay_reminder_plan (due, &today);
    }
  else
    plan = g_ptr_array_new ();

  planned = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < plan->len; i++)
    g_hash_table_add (planned, ((RelayReminder *) g_ptr_array_index (plan, i))->id);

  /* What was notified and is no longer due (done, moved, or the setting
   * turned off) goes away. */
  g_hash_table_iter_init (&iter, self->sent);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (!g_hash_table_contains (planned, id))
      {
        self->sink (id, NULL, NULL, self->sink_data);
        g_hash_table_iter_remove (&iter);
      }

  for (guint i = 0; i < plan->len; i++)
    {
      RelayReminder *reminder = g_ptr_array_index (plan, i);
      g_autoptr(GNotification) notification = g_notification_new (reminder->title);

      g_notification_set_body (notification, reminder->body);
      g_notification_set_default_action_and_target (notification, "app.show-agenda-item",
                                                    "s", reminder->target);
      self->sink (reminder->id, reminder, notification, self->sink_data);
      g_hash_table_add (self->sent, g_strdup (reminder->id));
    }

  g_debug ("Checked the deadlines: %u notifications", plan->len);

  return plan->len;
}

/**
 * relay_reminders_start:
 * @self: a #RelayReminders
 *
 * Checks the deadlines now, then every hour for a new day, until @self is
 * disposed. Starting again does nothing.
 */
void
relay_reminders_start (RelayReminders *self)
{
  g_return_if_fail (RELAY_IS_REMINDERS (self));

  if (self->timeout_id != 0)
    return;

  relay_reminders_check (self);
  self->timeout_id = g_timeout_add_seconds (CHECK_INTERVAL, on_timeout_cb, self);
  g_source_set_name_by_id (self->timeout_id, "[relay] deadline reminders");
}

/**
 * relay_reminders_get_started:
 * @self: a #RelayReminders
 *
 * Returns: whether relay_reminders_start() was called
 */
gboolean
relay_reminders_get_started (RelayReminders *self)
{
  g_return_val_if_fail (RELAY_IS_REMINDERS (self), FALSE);

  return self->timeout_id != 0;
}
