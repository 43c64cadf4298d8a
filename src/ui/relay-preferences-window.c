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

  /* Owned References */
  GSettings            *settings;
};

enum {
  PROP_0,
  PROP_SETTINGS,
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

static void
relay_preferences_window_constructed (GObject *object)
{
  RelayPreferencesWindow *self = (RelayPreferencesWindow *)object;

  G_OBJECT_CLASS (relay_preferences_window_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (SCHEMA_ID);

  bind_settings (self);
}

static void
relay_preferences_window_dispose (GObject *object)
{
  RelayPreferencesWindow *self = (RelayPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_PREFERENCES_WINDOW);

  g_clear_object (&self->settings);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/relay-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, email_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RelayPreferencesWindow, address_row);
}

static void
relay_preferences_window_init (RelayPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_preferences_window_new:
 * @settings: (nullable): the application's settings
 *
 * Returns: (transfer full): a new #RelayPreferencesWindow
 */
RelayPreferencesWindow *
relay_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (RELAY_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}
