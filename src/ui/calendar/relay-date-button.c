/* relay-date-button.c
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

#define G_LOG_DOMAIN "relay-date-button"

#include "config.h"

#include <glib/gi18n.h>
#include <relay/relay.h>

#include "relay-date-button.h"

/*
 * A menu button that shows a day ("12 May 2026", or "Choose…") and opens
 * a month to pick another; an optional day can be cleared. The day is a
 * string, "YYYY-MM-DD", or "" for none.
 */

struct _RelayDateButton
{
  GtkWidget      parent_instance;

  /* Owned Widgets */
  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkButton     *clear_button;

  char          *date;
  gboolean       optional;
  gboolean       updating;
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_OPTIONAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RelayDateButton, relay_date_button, GTK_TYPE_WIDGET)

static void
update_label (RelayDateButton *self)
{
  g_autofree char *label = NULL;

  if (*self->date == '\0')
    {
      gtk_menu_button_set_label (self->button, self->optional ? _("None") : _("Choose…"));
      return;
    }

  label = relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, self->date);
  gtk_menu_button_set_label (self->button, label);
}

static void
show_in_calendar (RelayDateButton *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate day;

  if (relay_agenda_parse_day (self->date, &day))
    date_time = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                       g_date_get_day (&day), 12, 0, 0);
  else
    date_time = g_date_time_new_now_local ();

  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, date_time);
  self->updating = FALSE;
}

static void
on_day_selected_cb (RelayDateButton *self,
                    GtkCalendar     *calendar)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *date = NULL;

  if (self->updating)
    return;

  date_time = gtk_calendar_get_date (calendar);
  date = g_date_time_format (date_time, "%Y-%m-%d");
  relay_date_button_set_date (self, date);
  gtk_menu_button_popdown (self->button);
}

static void
on_clear_clicked_cb (RelayDateButton *self,
                     GtkButton       *button)
{
  relay_date_button_set_date (self, "");
  gtk_menu_button_popdown (self->button);
}

static void
on_popover_show_cb (RelayDateButton *self,
                    GtkPopover      *popover)
{
  show_in_calendar (self);
}

static gboolean
relay_date_button_grab_focus (GtkWidget *widget)
{
  RelayDateButton *self = RELAY_DATE_BUTTON (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static gboolean
relay_date_button_mnemonic_activate (GtkWidget *widget,
                                     gboolean   group_cycling)
{
  RelayDateButton *self = RELAY_DATE_BUTTON (widget);

  return gtk_widget_mnemonic_activate (GTK_WIDGET (self->button), group_cycling);
}

static void
relay_date_button_dispose (GObject *object)
{
  RelayDateButton *self = (RelayDateButton *)object;

  g_clear_pointer ((GtkWidget **)&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (relay_date_button_parent_class)->dispose (object);
}

static void
relay_date_button_finalize (GObject *object)
{
  RelayDateButton *self = (RelayDateButton *)object;

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (relay_date_button_parent_class)->finalize (object);
}

static void
relay_date_button_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelayDateButton *self = RELAY_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_date_button_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelayDateButton *self = RELAY_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      relay_date_button_set_date (self, g_value_get_string (value));
      break;

    case PROP_OPTIONAL:
      relay_date_button_set_optional (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_date_button_class_init (RelayDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_date_button_dispose;
  object_class->finalize = relay_date_button_finalize;
  object_class->get_property = relay_date_button_get_property;
  object_class->set_property = relay_date_button_set_property;

  widget_class->grab_focus = relay_date_button_grab_focus;
  widget_class->mnemonic_activate = relay_date_button_mnemonic_activate;

  /**
   * RelayDateButton:date:
   *
   * The day chosen, "YYYY-MM-DD", or "" for none.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayDateButton:optional:
   *
   * Whether the day may be cleared.
   */
  properties[PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
relay_date_button_init (RelayDateButton *self)
{
  GtkWidget *popover;
  GtkWidget *box;

  self->date = g_strdup ("");

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_day_selected_cb), self, G_CONNECT_SWAPPED);

  self->clear_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_No Date")));
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), FALSE);
  g_signal_connect_object (self->clear_button, "clicked",
                           G_CALLBACK (on_clear_clicked_cb), self, G_CONNECT_SWAPPED);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->clear_button));

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_show_cb), self, G_CONNECT_SWAPPED);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  update_label (self);
}

/**
 * relay_date_button_new:
 *
 * Returns: (transfer floating): a new #RelayDateButton with no day
 */
GtkWidget *
relay_date_button_new (void)
{
  return g_object_new (RELAY_TYPE_DATE_BUTTON, NULL);
}

/**
 * relay_date_button_get_date:
 * @self: a #RelayDateButton
 *
 * Returns: the day chosen, "YYYY-MM-DD", or ""
 */
const char *
relay_date_button_get_date (RelayDateButton *self)
{
  g_return_val_if_fail (RELAY_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

/**
 * relay_date_button_set_date:
 * @self: a #RelayDateButton
 * @date: (nullable): a day, "YYYY-MM-DD", or "" or %NULL for none
 *
 * Shows @date. Something that is not a day counts as none.
 */
void
relay_date_button_set_date (RelayDateButton *self,
                            const char      *date)
{
  GDate day;

  g_return_if_fail (RELAY_IS_DATE_BUTTON (self));

  if (date == NULL || !relay_agenda_parse_day (date, &day))
    date = "";

  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  update_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * relay_date_button_get_optional:
 * @self: a #RelayDateButton
 *
 * Returns: whether the day may be cleared
 */
gboolean
relay_date_button_get_optional (RelayDateButton *self)
{
  g_return_val_if_fail (RELAY_IS_DATE_BUTTON (self), FALSE);

  return self->optional;
}

/**
 * relay_date_button_set_optional:
 * @self: a #RelayDateButton
 * @optional: whether the day may be cleared
 *
 * An optional day offers "No Date", and shows "None" when there is none.
 */
void
relay_date_button_set_optional (RelayDateButton *self,
                                gboolean         optional)
{
  g_return_if_fail (RELAY_IS_DATE_BUTTON (self));

  optional = !!optional;
  if (self->optional == optional)
    return;

  self->optional = optional;
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), optional);
  update_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPTIONAL]);
}
