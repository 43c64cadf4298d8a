/* relay-calendar-preferences.c
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

#define G_LOG_DOMAIN "relay-calendar-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-calendar-preferences.h"

/*
 * The Calendar page of Preferences: the delays before follow-up reminders
 * and the days of notice for deadlines (GSettings), and the subscribed
 * calendars, each with where it stands in plain words: being downloaded,
 * up to date since when, or why the last download failed. Adding a feed
 * downloads it at once.
 */

struct _RelayCalendarPreferences
{
  AdwPreferencesPage   parent_instance;

  /* Template Widgets */
  GtkSpinButton       *acknowledging_spin;
  GtkSpinButton       *other_spin;
  GtkSpinButton       *reminder_spin;
  AdwPreferencesGroup *feeds_group;
  AdwPreferencesGroup *add_group;
  AdwEntryRow         *add_row;
  GtkLabel            *add_status_label;

  /* Owned References */
  GSettings           *settings;
  RelayCalendarFeeds  *feeds;
  GHashTable          *rows;   /* url → AdwActionRow (borrowed) */
};

G_DEFINE_FINAL_TYPE (RelayCalendarPreferences, relay_calendar_preferences, ADW_TYPE_PREFERENCES_PAGE)

static void
show_add_status (RelayCalendarPreferences *self,
                 const char               *message)
{
  gtk_label_set_label (self->add_status_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->add_status_label), message != NULL);

  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->add_row), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_status_label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->add_row), "error");
}

static void
show_toast (RelayCalendarPreferences *self,
            const char               *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static void
update_row (RelayCalendarPreferences *self,
            const char               *url)
{
  AdwActionRow *row = g_hash_table_lookup (self->rows, url);
  g_autofree char *status = NULL;
  gboolean is_error = FALSE;
  gboolean fetching;
  GtkWidget *icon;
  GtkWidget *spinner;
  GtkWidget *refresh;

  if (row == NULL)
    return;

  status = relay_calendar_feeds_dup_status (self->feeds, url, &is_error);
  fetching = relay_calendar_feeds_is_fetching (self->feeds, url);
  adw_action_row_set_subtitle (row, status);

  icon = g_object_get_data (G_OBJECT (row), "relay-icon");
  spinner = g_object_get_data (G_OBJECT (row), "relay-spinner");
  refresh = g_object_get_data (G_OBJECT (row), "relay-refresh");

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                is_error ? "dialog-warning-symbolic" : "x-office-calendar-symbolic");
  if (is_error)
    gtk_widget_add_css_class (icon, "warning");
  else
    gtk_widget_remove_css_class (icon, "warning");

  gtk_widget_set_visible (spinner, fetching);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), fetching);
  gtk_widget_set_sensitive (refresh, !fetching);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, status,
                                  -1);
}

static void
on_refresh_clicked_cb (GtkButton                *button,
                       RelayCalendarPreferences *self)
{
  relay_calendar_feeds_refresh (self->feeds, g_object_get_data (G_OBJECT (button), "relay-url"));
}

static void
on_remove_clicked_cb (GtkButton                *button,
                      RelayCalendarPreferences *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strdup (g_object_get_data (G_OBJECT (button), "relay-url"));

  if (!relay_calendar_feeds_remove (self->feeds, url, &error))
    {
      show_add_status (self, error->message);
      return;
    }

  show_toast (self, _("The calendar was removed, with its events"));
}

static GtkWidget *
make_row (RelayCalendarPreferences *self,
          const char               *url)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *refresh = gtk_button_new_from_icon_name ("view-refresh-symbolic");
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), url);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), "x-office-calendar-symbolic");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spinner);

  gtk_widget_set_valign (refresh, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (refresh, "flat");
  gtk_widget_set_tooltip_text (refresh, _("Download Again"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (refresh),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Download Again"),
                                  -1);
  g_object_set_data_full (G_OBJECT (refresh), "relay-url", g_strdup (url), g_free);
  g_signal_connect_object (refresh, "clicked", G_CALLBACK (on_refresh_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), refresh);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Stop Following This Calendar"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stop Following This Calendar"),
                                  -1);
  g_object_set_data_full (G_OBJECT (remove), "relay-url", g_strdup (url), g_free);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data (G_OBJECT (row), "relay-icon", icon);
  g_object_set_data (G_OBJECT (row), "relay-spinner", spinner);
  g_object_set_data (G_OBJECT (row), "relay-refresh", refresh);

  return row;
}

/* Makes the rows again, in the order of the setting. */
static void
rebuild_rows (RelayCalendarPreferences *self)
{
  g_auto(GStrv) urls = NULL;
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    adw_preferences_group_remove (self->feeds_group, row);
  g_hash_table_remove_all (self->rows);

  if (self->feeds == NULL)
    return;

  urls = relay_calendar_feeds_dup_urls (self->feeds);
  for (guint i = 0; urls[i] != NULL; i++)
    {
      GtkWidget *new_row;

      if (g_hash_table_contains (self->rows, urls[i]))
        continue;

      new_row = make_row (self, urls[i]);
      adw_preferences_group_add (self->feeds_group, new_row);
      g_hash_table_insert (self->rows, g_strdup (urls[i]), new_row);
      update_row (self, urls[i]);
    }
}

static void
on_feeds_changed_cb (RelayCalendarPreferences *self,
                     const char               *url,
                     RelayCalendarFeeds       *feeds)
{
  if (url == NULL)
    rebuild_rows (self);
  else
    update_row (self, url);
}

static void
on_add_apply_cb (RelayCalendarPreferences *self,
                 AdwEntryRow              *row)
{
  relay_calendar_preferences_add_feed (self, gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_add_changed_cb (RelayCalendarPreferences *self,
                   AdwEntryRow              *row)
{
  /* The user is fixing the address. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->add_row), "error");
}

static void
relay_calendar_preferences_dispose (GObject *object)
{
  RelayCalendarPreferences *self = (RelayCalendarPreferences *)object;

  if (self->feeds != NULL)
    g_signal_handlers_disconnect_by_data (self->feeds, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_CALENDAR_PREFERENCES);

  g_clear_object (&self->settings);
  g_clear_object (&self->feeds);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (relay_calendar_preferences_parent_class)->dispose (object);
}

static void
relay_calendar_preferences_class_init (RelayCalendarPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_calendar_preferences_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/calendar/relay-calendar-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, acknowledging_spin);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, other_spin);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, reminder_spin);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, feeds_group);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, add_group);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, add_row);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPreferences, add_status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_changed_cb);
}

static void
relay_calendar_preferences_init (RelayCalendarPreferences *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Without the agenda (no case database), there are no feeds to show. */
  gtk_widget_set_visible (GTK_WIDGET (self->feeds_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->add_group), FALSE);
}

/**
 * relay_calendar_preferences_set_settings:
 * @self: a #RelayCalendarPreferences
 * @settings: the application's settings
 *
 * Binds the delays and the days of notice to @settings.
 */
void
relay_calendar_preferences_set_settings (RelayCalendarPreferences *self,
                                         GSettings                *settings)
{
  g_return_if_fail (RELAY_IS_CALENDAR_PREFERENCES (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);

  g_settings_bind (settings, "follow-up-weeks-acknowledging", self->acknowledging_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "follow-up-weeks-other", self->other_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "reminder-days", self->reminder_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * relay_calendar_preferences_set_feeds:
 * @self: a #RelayCalendarPreferences
 * @feeds: (nullable): the application's subscribed calendars, or %NULL
 *   when there is no agenda
 *
 * Shows the subscribed calendars, and lets the user add and remove some.
 */
void
relay_calendar_preferences_set_feeds (RelayCalendarPreferences *self,
                                      RelayCalendarFeeds       *feeds)
{
  g_return_if_fail (RELAY_IS_CALENDAR_PREFERENCES (self));
  g_return_if_fail (feeds == NULL || RELAY_IS_CALENDAR_FEEDS (feeds));

  if (self->feeds != NULL)
    g_signal_handlers_disconnect_by_data (self->feeds, self);
  g_set_object (&self->feeds, feeds);

  if (feeds != NULL)
    g_signal_connect_object (feeds, "changed", G_CALLBACK (on_feeds_changed_cb),
                             self, G_CONNECT_SWAPPED);

  gtk_widget_set_visible (GTK_WIDGET (self->feeds_group), feeds != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->add_group), feeds != NULL);
  rebuild_rows (self);
}

/**
 * relay_calendar_preferences_add_feed:
 * @self: a #RelayCalendarPreferences
 * @address: what the user typed
 *
 * Subscribes to a calendar and downloads it, as typing its address and
 * pressing Enter does. A wrong address is explained under the list.
 *
 * Returns: %TRUE when the calendar was added
 */
gboolean
relay_calendar_preferences_add_feed (RelayCalendarPreferences *self,
                                     const char               *address)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;

  g_return_val_if_fail (RELAY_IS_CALENDAR_PREFERENCES (self), FALSE);
  g_return_val_if_fail (address != NULL, FALSE);

  if (self->feeds == NULL)
    return FALSE;

  if (*address == '\0')
    {
      show_add_status (self, _("Type or paste the address of a calendar first. It starts with "
                               "https:// or webcal://."));
      return FALSE;
    }

  if (!(url = relay_calendar_feeds_add (self->feeds, address, &error)))
    {
      show_add_status (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
      return FALSE;
    }

  show_add_status (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");

  return TRUE;
}

/**
 * relay_calendar_preferences_get_add_status:
 * @self: a #RelayCalendarPreferences
 *
 * Returns: the problem with the last address added, or ""
 */
const char *
relay_calendar_preferences_get_add_status (RelayCalendarPreferences *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_PREFERENCES (self), NULL);

  return gtk_label_get_label (self->add_status_label);
}
