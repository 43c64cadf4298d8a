/* relay-calendar-page-month.c
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

#define G_LOG_DOMAIN "relay-calendar-page"

#include "config.h"

#include "relay-calendar-page-private.h"

/*
 * The month of the Calendar page: its marks, the day chosen in it (whose
 * dates the list then shows alone), and its folding away behind a button
 * on a narrow window.
 */

static void
get_shown_month (RelayCalendarPage *self,
                 int               *year,
                 int               *month)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->month_calendar);

  *year = g_date_time_get_year (date);
  *month = g_date_time_get_month (date);
}

/* The days of a month on which a date is due, starts or ends, as a mask
 * where bit N is day N. A session or a call that lasts for weeks marks
 * its first and last days only, so the marks still say something. */
static guint32
compute_marks (RelayCalendarPage *self,
               int                year,
               int                month)
{
  GListModel *items = relay_agenda_get_filtered_items (self->agenda);
  guint32 marks = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(RelayAgendaItem) item = g_list_model_get_item (items, i);
      const GDate *days[2] = { relay_agenda_item_get_start (item), relay_agenda_item_get_end (item) };

      if (relay_agenda_item_get_done (item) || !g_date_valid (days[0]))
        continue;

      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        if (g_date_get_year (days[d]) == year && (int) g_date_get_month (days[d]) == month)
          marks |= 1u << g_date_get_day (days[d]);
    }

  return marks;
}

/* GtkCalendar 4.8 neither styles its marks nor keeps them off the days of
 * the neighbouring months, so the day labels get a class of ours. */
static void
style_day_labels (GtkWidget *widget,
                  guint32    marks)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "day-number"))
        {
          guint64 day = g_ascii_strtoull (gtk_label_get_label (GTK_LABEL (child)), NULL, 10);

          if (!gtk_widget_has_css_class (child, "other-month") && day >= 1 && day <= 31 &&
              (marks & (1u << day)))
            gtk_widget_add_css_class (child, "agenda-busy");
          else
            gtk_widget_remove_css_class (child, "agenda-busy");
        }
      else
        style_day_labels (child, marks);
    }
}

void
_relay_calendar_page_update_marks (RelayCalendarPage *self)
{
  int year, month;

  if (self->agenda == NULL)
    return;

  get_shown_month (self, &year, &month);
  self->marked = compute_marks (self, year, month);

  gtk_calendar_clear_marks (self->month_calendar);
  for (guint day = 1; day <= 31; day++)
    if (self->marked & (1u << day))
      gtk_calendar_mark_day (self->month_calendar, day);

  style_day_labels (GTK_WIDGET (self->month_calendar), self->marked);
}

static void
update_day_title (RelayCalendarPage *self)
{
  g_autofree char *iso = NULL;
  g_autofree char *label = NULL;

  if (!self->day_selected)
    return;

  iso = relay_agenda_format_day (&self->day);
  label = relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, iso);
  adw_preferences_group_set_title (self->views[VIEW_DAY].group, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->views[VIEW_DAY].list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
set_day (RelayCalendarPage *self,
         const GDate       *day)
{
  self->day_selected = day != NULL;
  if (day != NULL)
    self->day = *day;

  update_day_title (self);
  if (self->day_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->day_filter), GTK_FILTER_CHANGE_DIFFERENT);
  _relay_calendar_page_update_state (self);

  /* On a narrow window, the month covers the list: show the list. */
  if (day != NULL && adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

void
_relay_calendar_page_show_calendar_day (RelayCalendarPage *self,
                   const GDate       *day)
{
  g_autoptr(GDateTime) date_time = NULL;

  date_time = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day),
                                     g_date_get_day (day), 12, 0, 0);
  self->selecting = TRUE;
  gtk_calendar_select_day (self->month_calendar, date_time);
  self->selecting = FALSE;
}

static void
select_calendar_day (RelayCalendarPage *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->month_calendar);
  GDate day;

  relay_agenda_date_from_date_time (date, &day);
  set_day (self, &day);
}

static void
on_day_selected_cb (RelayCalendarPage *self,
                    GtkCalendar       *calendar)
{
  g_assert (RELAY_IS_CALENDAR_PAGE (self));

  if (!self->selecting)
    select_calendar_day (self);
}

/* GtkCalendar says nothing when the selected day is clicked again, so
 * clicks on days are watched too: a click on today lists today. */
static void
on_calendar_released_cb (GtkGestureClick   *gesture,
                         int                n_press,
                         double             x,
                         double             y,
                         RelayCalendarPage *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->month_calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    select_calendar_day (self);
}

static void
on_month_changed_cb (RelayCalendarPage *self)
{
  _relay_calendar_page_update_marks (self);
}

static void
on_today_clicked_cb (RelayCalendarPage *self)
{
  GDate today;

  if (self->agenda == NULL)
    return;

  relay_agenda_get_today (self->agenda, &today);
  _relay_calendar_page_show_calendar_day (self, &today);
  set_day (self, &today);
}

static void
on_folded_changed_cb (RelayCalendarPage *self)
{
  gboolean folded = adw_flap_get_folded (self->flap);

  gtk_widget_set_visible (GTK_WIDGET (self->month_toggle), folded);

  /* Unfolded, the month is always there. */
  if (!folded)
    adw_flap_set_reveal_flap (self->flap, TRUE);
}

gboolean
_relay_calendar_page_filter_day (gpointer item,
                                 gpointer user_data)
{
  RelayCalendarPage *self = user_data;

  return self->day_selected && relay_agenda_item_covers (RELAY_AGENDA_ITEM (item), &self->day);
}

/**
 * _relay_calendar_page_class_init_month:
 * @widget_class: the class of #RelayCalendarPage
 *
 * Binds the month's template callbacks.
 */
void
_relay_calendar_page_class_init_month (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_month_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);
}

/**
 * _relay_calendar_page_init_month:
 * @self: a #RelayCalendarPage whose template is built
 *
 * Sets the month up.
 */
void
_relay_calendar_page_init_month (RelayCalendarPage *self)
{
  GtkGesture *gesture;

  g_object_bind_property (self->flap, "reveal-flap", self->month_toggle, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  on_folded_changed_cb (self);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_object (gesture, "released", G_CALLBACK (on_calendar_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->month_calendar), GTK_EVENT_CONTROLLER (gesture));
}

/**
 * relay_calendar_page_select_day:
 * @self: a #RelayCalendarPage
 * @day: (nullable): a day, or %NULL to list all dates again
 *
 * Lists only the dates of @day, as choosing it in the month does.
 */
void
relay_calendar_page_select_day (RelayCalendarPage *self,
                                const GDate       *day)
{
  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));
  g_return_if_fail (day == NULL || g_date_valid (day));

  if (day != NULL)
    _relay_calendar_page_show_calendar_day (self, day);
  set_day (self, day);
}

/**
 * relay_calendar_page_get_day:
 * @self: a #RelayCalendarPage
 * @day: (out caller-allocates) (optional): where to put the day listed
 *
 * Returns: whether the page lists only one day's dates
 */
gboolean
relay_calendar_page_get_day (RelayCalendarPage *self,
                             GDate             *day)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), FALSE);

  if (day != NULL && self->day_selected)
    *day = self->day;

  return self->day_selected;
}

/**
 * relay_calendar_page_show_month:
 * @self: a #RelayCalendarPage
 * @year: a year
 * @month: a month, 1 to 12
 *
 * Shows a month, as its arrows do, without choosing a day.
 */
void
relay_calendar_page_show_month (RelayCalendarPage *self,
                                int                year,
                                int                month)
{
  GDate day;

  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));
  g_return_if_fail (g_date_valid_dmy (1, month, year));

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, month, year);
  _relay_calendar_page_show_calendar_day (self, &day);
  _relay_calendar_page_update_marks (self);
}

/**
 * relay_calendar_page_get_marked_days:
 * @self: a #RelayCalendarPage
 *
 * Returns: the days marked in the month shown: bit N (1 << N) for day N
 */
guint32
relay_calendar_page_get_marked_days (RelayCalendarPage *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), 0);

  return self->marked;
}

