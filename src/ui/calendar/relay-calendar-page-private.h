/* relay-calendar-page-private.h — shared by the files of RelayCalendarPage
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relay-calendar-page.h"
#include "relay-calendar-private.h"

G_BEGIN_DECLS

/* The lists of the page: the chosen day's dates, then the groups. */
typedef enum
{
  VIEW_DAY,
  VIEW_OVERDUE,
  VIEW_NEXT,
  VIEW_LATER,
  VIEW_PAST,
  VIEW_DONE,
  N_VIEWS
} ViewId;

typedef struct
{
  AdwPreferencesGroup *group;
  GtkLabel            *count_label;
  GtkListBox          *list_box;
  GtkButton           *more_button;
  GListModel          *model;
  GtkSliceListModel   *slice;
} GroupView;

struct _RelayCalendarPage
{
  AdwBin             parent_instance;

  /* Template Widgets */
  AdwToastOverlay   *toast_overlay;
  GtkStack          *main_stack;
  AdwStatusPage     *error_page;
  AdwFlap           *flap;
  GtkCalendar       *month_calendar;
  GtkButton         *today_button;
  GtkToggleButton   *month_toggle;
  GtkDropDown       *filter_dropdown;
  GtkScrolledWindow *scrolled_window;
  AdwStatusPage     *empty_status;
  GtkButton         *empty_button;
  GtkBox            *top_box;
  GtkToggleButton   *past_button;
  GtkBox            *bottom_box;

  /* Owned References */
  RelayAgenda       *agenda;
  GtkCustomFilter   *day_filter;
  GroupView          views[N_VIEWS];

  GDate              day;
  gboolean           day_selected;
  gboolean           selecting;
  guint32            marked;
};

void     _relay_calendar_page_show_toast        (RelayCalendarPage *self,
                                                const char        *message,
                                                const char        *undo_uid);
void     _relay_calendar_page_install_actions   (GtkWidgetClass    *widget_class);
void     _relay_calendar_page_update_state      (RelayCalendarPage *self);
void     _relay_calendar_page_class_init_month  (GtkWidgetClass    *widget_class);
void     _relay_calendar_page_init_month        (RelayCalendarPage *self);
void     _relay_calendar_page_update_marks      (RelayCalendarPage *self);
void     _relay_calendar_page_show_calendar_day (RelayCalendarPage *self,
                                                const GDate       *day);
gboolean _relay_calendar_page_filter_day        (gpointer           item,
                                                gpointer           user_data);

G_END_DECLS
