/* relay-calendar-page.c
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

#include <glib/gi18n.h>
#include <string.h>

#include "relay-agenda-row.h"
#include "relay-calendar-page-private.h"

/*
 * The Calendar view: a month, whose days with dates are marked, beside
 * the list of dates grouped as Overdue, Next 30 Days and Later (with Past
 * and Done behind a button). Choosing a day lists only that day's dates.
 * A filter keeps one family of dates: the deadlines of the user's cases,
 * the UN's sessions and calls, the user's own events, or the subscribed
 * calendars. On a narrow window the month folds away behind a button.
 *
 * The lists are the agenda's live models, shown through slices so that a
 * feed of thousands of events does not make thousands of rows at once.
 * The month lives in relay-calendar-page-month.c; what the rows and
 * buttons do, in relay-calendar-page-actions.c.
 */

G_DEFINE_FINAL_TYPE (RelayCalendarPage, relay_calendar_page, ADW_TYPE_BIN)

/* Rows a list shows before "Show more". */
#define PAGE_SIZE 50

/*
 * Filters
 */

/**
 * relay_calendar_filter_get_kinds:
 * @filter: a choice of the page's filter
 *
 * Returns: the kinds of dates @filter shows, as a mask of
 *   RELAY_AGENDA_KIND_MASK() values
 */
guint
relay_calendar_filter_get_kinds (RelayCalendarFilter filter)
{
  switch (filter)
    {
    case RELAY_CALENDAR_FILTER_CASES:
      return RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_REPLY_DEADLINE) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_CHECK_REPLY) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_FOLLOW_UP);

    case RELAY_CALENDAR_FILTER_UN:
      return RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_HRC_SESSION) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_GENERAL_ASSEMBLY) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_CALL_FOR_INPUT) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_COUNTRY_VISIT);

    case RELAY_CALENDAR_FILTER_MINE:
      return RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_CALL_FOR_INPUT) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_COUNTRY_VISIT) |
             RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_CUSTOM);

    case RELAY_CALENDAR_FILTER_FEEDS:
      return RELAY_AGENDA_KIND_MASK (RELAY_AGENDA_KIND_FEED);

    case RELAY_CALENDAR_FILTER_ALL:
    default:
      return RELAY_AGENDA_KIND_MASK_ALL;
    }
}

static RelayCalendarFilter
get_filter (RelayCalendarPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  return selected <= RELAY_CALENDAR_FILTER_FEEDS ? (RelayCalendarFilter) selected
                                                 : RELAY_CALENDAR_FILTER_ALL;
}

/* What the page says when the filter leaves nothing coming up. */
static void
update_empty_status (RelayCalendarPage *self)
{
  const char *title;
  const char *description;
  const char *button = NULL;
  const char *action = NULL;

  switch (get_filter (self))
    {
    case RELAY_CALENDAR_FILTER_CASES:
      title = _("No Deadlines for Your Cases");
      description = _("Deadlines appear here once you record, on a case’s page, that a "
                      "communication was sent to the government: the government’s reply "
                      "deadline, and the day to check the communications database. Reminders "
                      "to follow up appear some weeks after you send a submission.");
      break;

    case RELAY_CALENDAR_FILTER_UN:
      title = _("No UN Dates Coming Up");
      description = _("Human Rights Council sessions, the call for the Secretary-General’s "
                      "report on reprisals, and the calls for input and country visits you add "
                      "appear here.");
      button = _("_Add Event");
      action = "calendar.add-event";
      break;

    case RELAY_CALENDAR_FILTER_MINE:
      title = _("No Events of Yours");
      description = _("Add the calls for input you want to answer, the country visits of "
                      "mandates, and your own reminders.");
      button = _("_Add Event");
      action = "calendar.add-event";
      break;

    case RELAY_CALENDAR_FILTER_FEEDS:
      title = _("No Events From Subscribed Calendars");
      description = _("Calendars published on the internet, for example by your network, can "
                      "be added in Preferences. Their events appear here.");
      button = _("_Open Preferences");
      action = "calendar.open-preferences";
      break;

    case RELAY_CALENDAR_FILTER_ALL:
    default:
      title = _("Nothing Coming Up");
      description = _("Deadlines appear here once you record, on a case’s page, that a "
                      "communication was sent to the government. Follow-up reminders, Human "
                      "Rights Council sessions and the events you add appear here too.");
      button = _("_Add Event");
      action = "calendar.add-event";
      break;
    }

  adw_status_page_set_title (self->empty_status, title);
  adw_status_page_set_description (self->empty_status, description);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_button), button != NULL);
  if (button != NULL)
    {
      gtk_button_set_label (self->empty_button, button);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->empty_button), action);
    }
}

/*
 * The lists
 */

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RelayCalendarPage *self = user_data;
  GDate today;

  relay_agenda_get_today (self->agenda, &today);

  return GTK_WIDGET (relay_agenda_row_new (RELAY_AGENDA_ITEM (item), &today));
}

static void
bind_view (RelayCalendarPage *self,
           GroupView         *view)
{
  gtk_list_box_bind_model (view->list_box, G_LIST_MODEL (view->slice), create_row, self, NULL);
}

static void
on_row_activated_cb (RelayCalendarPage *self,
                     GtkListBoxRow     *row,
                     GtkListBox        *list_box)
{
  RelayAgendaItem *item;

  g_assert (RELAY_IS_CALENDAR_PAGE (self));

  if (!RELAY_IS_AGENDA_ROW (row))
    return;

  item = relay_agenda_row_get_item (RELAY_AGENDA_ROW (row));
  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.open-item", "s",
                              relay_agenda_item_get_uid (item));
}

void
_relay_calendar_page_update_state (RelayCalendarPage *self)
{
  guint n[N_VIEWS];
  guint n_coming;
  gboolean show_past;

  if (self->agenda == NULL)
    return;

  for (guint i = 0; i < N_VIEWS; i++)
    {
      GroupView *view = &self->views[i];
      guint shown;

      n[i] = g_list_model_get_n_items (view->model);
      shown = gtk_slice_list_model_get_size (view->slice);

      if (view->count_label != NULL)
        {
          g_autofree char *count = g_strdup_printf ("%u", n[i]);

          gtk_label_set_label (view->count_label, count);
        }

      gtk_widget_set_visible (GTK_WIDGET (view->more_button), n[i] > shown);
      if (n[i] > shown)
        {
          g_autofree char *label = NULL;

          label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More Date",
                                                "Show %u More Dates", n[i] - shown),
                                   n[i] - shown);
          gtk_button_set_label (view->more_button, label);
        }
    }

  n_coming = n[VIEW_OVERDUE] + n[VIEW_NEXT] + n[VIEW_LATER];
  show_past = gtk_toggle_button_get_active (self->past_button);

  gtk_widget_set_visible (GTK_WIDGET (self->views[VIEW_DAY].group), self->day_selected);
  for (guint i = VIEW_OVERDUE; i <= VIEW_LATER; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->views[i].group), !self->day_selected && n[i] > 0);
  for (guint i = VIEW_PAST; i <= VIEW_DONE; i++)
    gtk_widget_set_visible (GTK_WIDGET (self->views[i].group),
                            !self->day_selected && show_past && n[i] > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_status), !self->day_selected && n_coming == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->past_button),
                          !self->day_selected && n[VIEW_PAST] + n[VIEW_DONE] > 0);

  if (show_past)
    gtk_button_set_label (GTK_BUTTON (self->past_button), _("Hide _Past and Done Dates"));
  else
    {
      g_autofree char *label = NULL;

      /* Translators: %u is how many dates are hidden */
      label = g_strdup_printf (_("Show _Past and Done Dates (%u)"), n[VIEW_PAST] + n[VIEW_DONE]);
      gtk_button_set_label (GTK_BUTTON (self->past_button), label);
    }

  update_empty_status (self);
}

static void
on_more_clicked_cb (GtkButton         *button,
                    RelayCalendarPage *self)
{
  GroupView *view = g_object_get_data (G_OBJECT (button), "relay-view");

  gtk_slice_list_model_set_size (view->slice, g_list_model_get_n_items (view->model));
  _relay_calendar_page_update_state (self);
}

static void
on_past_toggled_cb (RelayCalendarPage *self)
{
  _relay_calendar_page_update_state (self);
}

static void
build_view (RelayCalendarPage *self,
            ViewId             id,
            GtkBox            *box,
            const char        *title,
            const char        *description)
{
  GroupView *view = &self->views[id];

  view->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (view->group, title);
  if (description != NULL)
    adw_preferences_group_set_description (view->group, description);

  if (id == VIEW_DAY)
    {
      GtkWidget *all_button = gtk_button_new_with_mnemonic (_("Show _All Dates"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (all_button), "calendar.show-all");
      gtk_widget_set_valign (all_button, GTK_ALIGN_CENTER);
      adw_preferences_group_set_header_suffix (view->group, all_button);
    }
  else
    {
      view->count_label = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_set_valign (GTK_WIDGET (view->count_label), GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (GTK_WIDGET (view->count_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (view->count_label), "numeric");
      adw_preferences_group_set_header_suffix (view->group, GTK_WIDGET (view->count_label));
    }

  view->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (view->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (view->list_box), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect_object (view->list_box, "row-activated",
                           G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->list_box));

  if (id == VIEW_DAY)
    {
      GtkWidget *placeholder = gtk_label_new (_("Nothing on this day."));

      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_set_margin_top (placeholder, 18);
      gtk_widget_set_margin_bottom (placeholder, 18);
      gtk_list_box_set_placeholder (view->list_box, placeholder);
    }

  view->more_button = GTK_BUTTON (gtk_button_new ());
  gtk_widget_set_halign (GTK_WIDGET (view->more_button), GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (GTK_WIDGET (view->more_button), 12);
  gtk_widget_set_visible (GTK_WIDGET (view->more_button), FALSE);
  g_object_set_data (G_OBJECT (view->more_button), "relay-view", view);
  g_signal_connect_object (view->more_button, "clicked",
                           G_CALLBACK (on_more_clicked_cb), self, 0);
  adw_preferences_group_add (view->group, GTK_WIDGET (view->more_button));

  gtk_widget_set_visible (GTK_WIDGET (view->group), FALSE);
  gtk_box_append (box, GTK_WIDGET (view->group));
}

/*
 * Following the agenda
 */

static void
on_models_changed_cb (RelayCalendarPage *self)
{
  _relay_calendar_page_update_state (self);
}

static void
on_filtered_changed_cb (RelayCalendarPage *self)
{
  _relay_calendar_page_update_marks (self);
}

static void
on_today_changed_cb (RelayCalendarPage *self)
{
  /* The rows say "Due in 3 days": make them again. */
  for (guint i = 0; i < N_VIEWS; i++)
    bind_view (self, &self->views[i]);
  _relay_calendar_page_update_state (self);
}

static void
on_filter_changed_cb (RelayCalendarPage *self)
{
  if (self->agenda != NULL)
    relay_agenda_set_kind_filter (self->agenda, relay_calendar_filter_get_kinds (get_filter (self)));
  _relay_calendar_page_update_state (self);
  _relay_calendar_page_update_marks (self);
}

/* The filter's button shows the choice on one line, shortened when the
 * window is narrow; its list shows each choice whole. */
static void
setup_filter_label_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (user_data))
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 8);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_filter_label_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)),
                       gtk_string_object_get_string (string));
}

static GtkListItemFactory *
make_filter_factory (gboolean shortened)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_filter_label_cb), GINT_TO_POINTER (shortened));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_filter_label_cb), NULL);

  return factory;
}

/*
 * GObject
 */

static void
relay_calendar_page_dispose (GObject *object)
{
  RelayCalendarPage *self = (RelayCalendarPage *)object;

  if (self->agenda != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->agenda, self);
      g_signal_handlers_disconnect_by_data (relay_agenda_get_filtered_items (self->agenda), self);
    }

  for (guint i = 0; i < N_VIEWS; i++)
    {
      GroupView *view = &self->views[i];

      if (view->model != NULL)
        g_signal_handlers_disconnect_by_data (view->model, self);
      if (view->list_box != NULL)
        gtk_list_box_bind_model (view->list_box, NULL, NULL, NULL, NULL);
    }

  /* AdwBin unparents its child, the root of the template, itself. */
  for (guint i = 0; i < N_VIEWS; i++)
    {
      g_clear_object (&self->views[i].slice);
      g_clear_object (&self->views[i].model);
      memset (&self->views[i], 0, sizeof (GroupView));
    }

  g_clear_object (&self->day_filter);
  g_clear_object (&self->agenda);

  G_OBJECT_CLASS (relay_calendar_page_parent_class)->dispose (object);
}

static void
relay_calendar_page_class_init (RelayCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_calendar_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/calendar/relay-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, flap);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, month_calendar);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, today_button);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, month_toggle);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, empty_button);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, top_box);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, past_button);
  gtk_widget_class_bind_template_child (widget_class, RelayCalendarPage, bottom_box);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_past_toggled_cb);

  _relay_calendar_page_class_init_month (widget_class);
  _relay_calendar_page_install_actions (widget_class);
}

static void
relay_calendar_page_init (RelayCalendarPage *self)
{
  g_autoptr(GtkStringList) filters = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkListItemFactory) list_factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_date_clear (&self->day, 1);

  /* In the order of RelayCalendarFilter. */
  filters = gtk_string_list_new ((const char *[]) {
    _("All Dates"),
    _("Deadlines of My Cases"),
    _("UN Sessions and Calls"),
    _("My Events"),
    _("Subscribed Calendars"),
    NULL,
  });
  factory = make_filter_factory (TRUE);
  list_factory = make_filter_factory (FALSE);
  gtk_drop_down_set_factory (self->filter_dropdown, factory);
  gtk_drop_down_set_list_factory (self->filter_dropdown, list_factory);
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (filters));

  build_view (self, VIEW_DAY, self->top_box, "", NULL);
  build_view (self, VIEW_OVERDUE, self->top_box,
              relay_agenda_group_get_label (RELAY_AGENDA_GROUP_OVERDUE),
              _("Tasks whose day has passed. Tick one when it is done."));
  build_view (self, VIEW_NEXT, self->top_box,
              relay_agenda_group_get_label (RELAY_AGENDA_GROUP_NEXT_30_DAYS), NULL);
  build_view (self, VIEW_LATER, self->top_box,
              relay_agenda_group_get_label (RELAY_AGENDA_GROUP_LATER), NULL);
  build_view (self, VIEW_PAST, self->bottom_box,
              relay_agenda_group_get_label (RELAY_AGENDA_GROUP_PAST),
              _("Dates that are over."));
  build_view (self, VIEW_DONE, self->bottom_box,
              relay_agenda_group_get_label (RELAY_AGENDA_GROUP_DONE),
              _("Tasks you marked done. Untick one to bring it back."));

  _relay_calendar_page_init_month (self);

  update_empty_status (self);
  gtk_stack_set_visible_child_name (self->main_stack, "agenda");
}

/*
 * Public API
 */

/**
 * relay_calendar_page_set_agenda:
 * @self: a #RelayCalendarPage
 * @agenda: the application's agenda, with a store
 *
 * Shows @agenda's dates. The page sets the agenda's kind filter.
 */
void
relay_calendar_page_set_agenda (RelayCalendarPage *self,
                                RelayAgenda       *agenda)
{
  static const RelayAgendaGroup groups[N_VIEWS] = {
    [VIEW_OVERDUE] = RELAY_AGENDA_GROUP_OVERDUE,
    [VIEW_NEXT] = RELAY_AGENDA_GROUP_NEXT_30_DAYS,
    [VIEW_LATER] = RELAY_AGENDA_GROUP_LATER,
    [VIEW_PAST] = RELAY_AGENDA_GROUP_PAST,
    [VIEW_DONE] = RELAY_AGENDA_GROUP_DONE,
  };
  GDate today;

  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));
  g_return_if_fail (RELAY_IS_AGENDA (agenda));
  g_return_if_fail (self->agenda == NULL);

  self->agenda = g_object_ref (agenda);
  self->day_filter = gtk_custom_filter_new (_relay_calendar_page_filter_day, self, NULL);

  for (guint i = 0; i < N_VIEWS; i++)
    {
      GroupView *view = &self->views[i];

      if (i == VIEW_DAY)
        view->model = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (relay_agenda_get_filtered_items (agenda)),
                                                               g_object_ref (GTK_FILTER (self->day_filter))));
      else
        view->model = g_object_ref (relay_agenda_get_group (agenda, groups[i]));

      view->slice = gtk_slice_list_model_new (g_object_ref (view->model), 0, PAGE_SIZE);
      bind_view (self, view);
      g_signal_connect_object (view->model, "items-changed",
                               G_CALLBACK (on_models_changed_cb), self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (relay_agenda_get_filtered_items (agenda), "items-changed",
                           G_CALLBACK (on_filtered_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (agenda, "notify::today",
                           G_CALLBACK (on_today_changed_cb), self, G_CONNECT_SWAPPED);

  relay_agenda_set_kind_filter (agenda, relay_calendar_filter_get_kinds (get_filter (self)));
  relay_agenda_get_today (agenda, &today);
  _relay_calendar_page_show_calendar_day (self, &today);
  gtk_stack_set_visible_child_name (self->main_stack, "agenda");
  _relay_calendar_page_update_state (self);
  _relay_calendar_page_update_marks (self);
}

/**
 * relay_calendar_page_get_agenda:
 * @self: a #RelayCalendarPage
 *
 * Returns: (transfer none) (nullable): the agenda shown
 */
RelayAgenda *
relay_calendar_page_get_agenda (RelayCalendarPage *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), NULL);

  return self->agenda;
}

/**
 * relay_calendar_page_set_error:
 * @self: a #RelayCalendarPage
 * @error: why there is no agenda (the case database could not be opened)
 *
 * Shows @error instead of the calendar.
 */
void
relay_calendar_page_set_error (RelayCalendarPage *self,
                               const GError      *error)
{
  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));
  g_return_if_fail (error != NULL);

  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * relay_calendar_page_set_filter:
 * @self: a #RelayCalendarPage
 * @filter: which dates to show
 *
 * Chooses in the filter, as the user would.
 */
void
relay_calendar_page_set_filter (RelayCalendarPage   *self,
                                RelayCalendarFilter  filter)
{
  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));
  g_return_if_fail (filter <= RELAY_CALENDAR_FILTER_FEEDS);

  gtk_drop_down_set_selected (self->filter_dropdown, filter);
}

/**
 * relay_calendar_page_set_show_past:
 * @self: a #RelayCalendarPage
 * @show_past: whether to list the past and done dates
 *
 * Shows or hides the past and done dates, as their button does.
 */
void
relay_calendar_page_set_show_past (RelayCalendarPage *self,
                                   gboolean           show_past)
{
  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));

  gtk_toggle_button_set_active (self->past_button, show_past);
}

/**
 * relay_calendar_page_get_state:
 * @self: a #RelayCalendarPage
 *
 * Returns: what the page shows: "error", "empty" (nothing coming up),
 *   "day" (one day's dates) or "agenda"
 */
const char *
relay_calendar_page_get_state (RelayCalendarPage *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), NULL);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "error"))
    return "error";
  if (self->day_selected)
    return "day";
  if (gtk_widget_get_visible (GTK_WIDGET (self->empty_status)))
    return "empty";

  return "agenda";
}
