/* relay-preferences-window.c
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

#define G_LOG_DOMAIN "relay-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calendar/relay-calendar-preferences.h"
#include "relay-mail-page.h"
#include "relay-preferences-window.h"

struct _RelayPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template Widgets */
  AdwEntryRow          *organisation_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *phone_row;
  AdwEntryRow          *address_row;
  RelayMailPage        *mail_page;
  AdwPreferencesPage   *directory_page;
  AdwActionRow         *in_use_row;
  AdwEntryRow          *url_row;
  AdwActionRow         *check_row;
  GtkSpinner           *check_spinner;
  GtkButton            *check_button;
  GtkLabel             *status_label;
  RelayCalendarPreferences *calendar_page;

  /* Owned References */
  GSettings            *settings;
  RelayDirectory       *directory;
  RelayHttp            *http;
  RelaySecrets         *secrets;
  GCancellable         *cancellable;
  RelayDirectoryUpdate *update;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_DIRECTORY,
  PROP_HTTP,
  PROP_SECRETS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RelayPreferencesWindow, relay_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
bind_settings (RelayPreferencesWindow *self)
{
  static const struct {
    const char *key;
    gsize       offset;
  } rows[] = {
    { "sender-organisation", G_STRUCT_OFFSET (RelayPreferencesWindow, organisation_row) },
    { "sender-name", G_STRUCT_OFFSET (RelayPreferencesWindow, name_row) },
    { "sender-email", G_STRUCT_OFFSET (RelayPreferencesWindow, email_row) },
    { "sender-phone", G_STRUCT_OFFSET (RelayPreferencesWindow, phone_row) },
    { "sender-address", G_STRUCT_OFFSET (RelayPreferencesWindow, address_row) },
  };

  g_assert (RELAY_IS_PREFERENCES_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      AdwEntryRow *row = G_STRUCT_MEMBER (AdwEntryRow *, self, rows[i].offset);

      g_settings_bind (self->settings, rows[i].key, row, "text", G_SETTINGS_BIND_DEFAULT);
    }
}

/*
 * Directory updates
 */

static void
update_in_use_row (RelayPreferencesWindow *self)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (self->directory == NULL)
    return;

  date = relay_format_iso_date (relay_directory_get_data_date (self->directory));

  if (relay_directory_is_bundled (self->directory))
    /* Translators: %s is a date, as in "27 November 2026". */
    text = g_strdup_printf (_("The directory that comes with Relay, with information from %s"),
                            date ? date : "?");
  else
    /* Translators: %s is a date, as in "27 November 2026". */
    text = g_strdup_printf (_("An updated directory, with information from %s"),
                            date ? date : "?");

  adw_action_row_set_subtitle (self->in_use_row, text);
}

static void
show_status (RelayPreferencesWindow *self,
             const char             *message,
             gboolean                is_error)
{
  gtk_label_set_label (self->status_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), message != NULL);

  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");

  /* Screen readers hear the result without having to look for it. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_label),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                     -1);
}

static void
set_checking (RelayPreferencesWindow *self,
              gboolean                checking)
{
  gtk_widget_set_visible (GTK_WIDGET (self->check_spinner), checking);
  gtk_spinner_set_spinning (self->check_spinner, checking);
  gtk_button_set_label (self->check_button, checking ? _("_Stop") : _("_Check"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->url_row), !checking);
}

static void
on_url_changed_cb (RelayPreferencesWindow *self,
                   GtkEditable            *editable)
{
  const char *url = gtk_editable_get_text (editable);

  if (*url == '\0' || g_str_has_prefix (url, "https://"))
    gtk_widget_remove_css_class (GTK_WIDGET (self->url_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->url_row), "error");
}

static void
on_apply_response_cb (AdwMessageDialog       *dialog,
                      const char             *response,
                      RelayPreferencesWindow *self)
{
  g_autoptr(RelayDirectoryUpdate) update = g_steal_pointer (&self->update);
  g_autoptr(GError) error = NULL;

  if (update == NULL || g_strcmp0 (response, "apply") != 0)
    {
      show_status (self, _("The directory was not changed."), FALSE);
      return;
    }

  if (!relay_directory_update_apply (update, self->directory, &error))
    {
      show_status (self, error->message, TRUE);
      return;
    }

  g_settings_set_string (self->settings, "directory-etag",
                         relay_directory_update_get_etag (update)
                           ? relay_directory_update_get_etag (update) : "");
  update_in_use_row (self);
  show_status (self, _("The mandate directory was updated."), FALSE);
}

static void
ask_to_apply (RelayPreferencesWindow *self)
{
  RelayDirectoryChanges *changes = relay_directory_update_get_changes (self->update);
  g_autofree char *summary = relay_directory_changes_dup_summary (changes);
  g_autofree char *details = relay_directory_changes_dup_details (changes);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: the first %s says how much changed ("2 mandates added, 1
   * address changed"), the second lists each change on its own line. */
  body = g_strdup_printf (_("%1$s.\n\n%2$s\n\nCheck changed addresses carefully: a wrong address "
                            "could send a sensitive submission to the wrong place."),
                          summary, details);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Update the Mandate Directory?"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep the Current Directory"),
                                    "apply", _("_Update"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_apply_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_check_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RelayPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->update = relay_directory_check_update_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Closing the window cancels the check too; then there is nothing
       * left to update. */
      if (self->status_label != NULL)
        {
          set_checking (self, FALSE);
          show_status (self, _("The check was stopped."), FALSE);
        }
      return;
    }

  g_clear_object (&self->cancellable);
  set_checking (self, FALSE);

  if (error != NULL)
    show_status (self, error->message, TRUE);
  else if (self->update == NULL)
    show_status (self, _("The directory is up to date."), FALSE);
  else
    {
      show_status (self, NULL, FALSE);
      ask_to_apply (self);
    }
}

static void
on_check_progress_cb (goffset  current,
                      goffset  total,
                      gpointer user_data)
{
  RelayPreferencesWindow *self = user_data;
  g_autofree char *size = g_format_size (current);
  g_autofree char *text = NULL;

  /* Translators: %s is an amount of data, as in "120 kB". */
  text = g_strdup_printf (_("Downloading… %s"), size);
  show_status (self, text, FALSE);
}

/**
 * relay_preferences_window_check_updates:
 * @self: a #RelayPreferencesWindow
 *
 * Checks the address of directory updates, or stops a check that runs.
 */
void
relay_preferences_window_check_updates (RelayPreferencesWindow *self)
{
  g_autofree char *etag = NULL;
  const char *url;

  g_return_if_fail (RELAY_IS_PREFERENCES_WINDOW (self));

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      return;
    }

  url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  if (url == NULL || *url == '\0')
    {
      show_status (self, _("Type the address of the directory updates first. Without one, Relay uses "
                           "the directory that comes with it."), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
      return;
    }

  g_clear_pointer (&self->update, relay_directory_update_free);
  etag = g_settings_get_string (self->settings, "directory-etag");

  self->cancellable = g_cancellable_new ();
  set_checking (self, TRUE);
  show_status (self, _("Checking for updates…"), FALSE);
  relay_directory_check_update_async (self->directory, self->http, url,
                                      *etag != '\0' ? etag : NULL,
                                      self->cancellable,
                                      on_check_progress_cb, self,
                                      on_check_done_cb, g_object_ref (self));
}

static void
on_check_clicked_cb (RelayPreferencesWindow *self,
                     GtkButton              *button)
{
  relay_preferences_window_check_updates (self);
}

static void
relay_preferences_window_constructed (GObject *object)
{
  RelayPreferencesWindow *self = (RelayPreferencesWindow *)object;

  G_OBJECT_CLASS (relay_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (SCHEMA_ID);

  bind_settings (self);

  /* Without the application's, a keeper of its own: then a password for
   * this session only lasts as long as the window. */
  if (self->secrets == NULL)
    self->secrets = relay_secrets_new ();
  relay_mail_page_set_account (self->mail_page, self->settings, self->secrets);
  relay_calendar_preferences_set_settings (self->calendar_page, self->settings);

  if (self->directory == NULL || self->http == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->directory_page), FALSE);
      return;
    }

  g_settings_bind (self->settings, "directory-url", self->url_row, "text", G_SETTINGS_BIND_DEFAULT);
  update_in_use_row (self);
}

static void
relay_preferences_window_dispose (GObject *object)
{
  RelayPreferencesWindow *self = (RelayPreferencesWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->update, relay_directory_update_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);
  g_clear_object (&self->directory);
  g_clear_object (&self->http);
  g_clear_object (&self->secrets);

  G_OBJECT_CLASS (relay_preferences_window_parent_class)->dispose (object);
}

static void
relay_preferences_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RelayPreferencesWindow *self = RELAY_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_HTTP:
      self->http = g_value_dup_object (value);
      break;

    case PROP_SECRETS:
      self->secrets = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_preferences_window_class_init (RelayPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = relay_preferences_window_constructed;
  object_class->dispose = relay_preferences_window_dispose;
  object_class->set_property = relay_preferences_window_set_property;

  /**
   * RelayPreferencesWindow:settings:
   *
   * The application's #GSettings.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayPreferencesWindow:directory:
   *
   * The mandate directory, whose updates the window manages.
   */
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         RELAY_TYPE_DIRECTORY,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayPreferencesWindow:http:
   *
   * The HTTPS client that downloads directory updates.
   */
  properties[PROP_HTTP] =
    g_param_spec_object ("http", NULL, NULL,
                         RELAY_TYPE_HTTP,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayPreferencesWindow:secrets:
   *
   * The keeper of the e-mail password.
   */
  properties[PROP_SECRETS] =
    g_param_spec_object ("secrets", NULL, NULL,
                         RELAY_TYPE_SECRETS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELAY_TYPE_MAIL_PAGE);
  g_type_ensure (RELAY_TYPE_CALENDAR_PREFERENCES);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/relay-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, mail_page);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, directory_page);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, in_use_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, url_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, check_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, check_spinner);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, check_button);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, calendar_page);
  gtk_widget_class_bind_template_callback (widget_class, on_url_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_check_clicked_cb);
}

static void
relay_preferences_window_init (RelayPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_preferences_window_new:
 * @settings: (nullable): the application's settings
 * @directory: (nullable): the mandate directory; without it, the page of
 *   directory updates is hidden
 * @http: (nullable): the HTTPS client for directory updates
 * @secrets: (nullable): the keeper of the e-mail password; without it,
 *   the window makes its own
 *
 * Returns: (transfer full): a new #RelayPreferencesWindow
 */
RelayPreferencesWindow *
relay_preferences_window_new (GSettings      *settings,
                              RelayDirectory *directory,
                              RelayHttp      *http,
                              RelaySecrets   *secrets)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (directory == NULL || RELAY_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (http == NULL || RELAY_IS_HTTP (http), NULL);
  g_return_val_if_fail (secrets == NULL || RELAY_IS_SECRETS (secrets), NULL);

  return g_object_new (RELAY_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "directory", directory,
                       "http", http,
                       "secrets", secrets,
                       NULL);
}

/**
 * relay_preferences_window_get_status:
 * @self: a #RelayPreferencesWindow
 *
 * Returns: the result of the last check for directory updates, or ""
 */
const char *
relay_preferences_window_get_status (RelayPreferencesWindow *self)
{
  g_return_val_if_fail (RELAY_IS_PREFERENCES_WINDOW (self), NULL);

  return gtk_label_get_label (self->status_label);
}

/**
 * relay_preferences_window_set_calendar_feeds:
 * @self: a #RelayPreferencesWindow
 * @feeds: (nullable): the application's subscribed calendars, or %NULL
 *   when there is no agenda
 *
 * Shows the subscribed calendars on the Calendar page.
 */
void
relay_preferences_window_set_calendar_feeds (RelayPreferencesWindow *self,
                                             RelayCalendarFeeds     *feeds)
{
  g_return_if_fail (RELAY_IS_PREFERENCES_WINDOW (self));

  relay_calendar_preferences_set_feeds (self->calendar_page, feeds);
}

/**
 * relay_preferences_window_show_calendar:
 * @self: a #RelayPreferencesWindow
 *
 * Shows the Calendar page.
 */
void
relay_preferences_window_show_calendar (RelayPreferencesWindow *self)
{
  g_return_if_fail (RELAY_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (self),
                                           ADW_PREFERENCES_PAGE (self->calendar_page));
}
