/* relay-window.c
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

#define G_LOG_DOMAIN "relay-window"

#include "config.h"

#include <glib/gi18n.h>

#include "calendar/relay-calendar-page.h"
#include "cases/relay-cases-page.h"
#include "mandates/relay-mandates-page.h"
#include "wizard/relay-wizard.h"
#include "relay-window.h"

struct _RelayWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template Widgets */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  RelayCasesPage       *cases_page;
  AdwBin               *mandates_bin;
  AdwBin               *calendar_bin;
  GtkMenuButton        *menu_button;
  GtkButton            *new_case_button;

  /* Owned References */
  GSettings            *settings;

  /* The Mandates and Calendar pages are made and filled when first shown
   * (or asked for), in their bins: the window appears sooner, and nothing
   * delays typing after it appears. */
  RelayMandatesPage    *mandates_page;
  RelayCalendarPage    *calendar_page;
};

G_DEFINE_FINAL_TYPE (RelayWindow, relay_window, ADW_TYPE_APPLICATION_WINDOW)

static RelayMandatesPage *get_mandates_page (RelayWindow *self);
static RelayCalendarPage *get_calendar_page (RelayWindow *self);

static void
load_window_state (RelayWindow *self)
{
  int width;
  int height;

  g_assert (RELAY_IS_WINDOW (self));

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");

  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (RelayWindow *self)
{
  int width;
  int height;
  gboolean maximized;

  g_assert (RELAY_IS_WINDOW (self));

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* The size of a maximized window says nothing about the size the
   * user chose, so keep the last unmaximized one. */
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  /* Stay inside the ranges the schema allows. */
  width = CLAMP (width, 320, 32767);
  height = CLAMP (height, 240, 32767);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static gboolean
relay_window_close_request (GtkWindow *window)
{
  RelayWindow *self = (RelayWindow *)window;

  g_assert (RELAY_IS_WINDOW (self));

  save_window_state (self);

  return GTK_WINDOW_CLASS (relay_window_parent_class)->close_request (window);
}

/* The keyboard shortcuts, built when first asked for rather than with
 * every window (as GTK does with gtk/help-overlay.ui). */
static void
relay_window_actions_show_help_overlay_cb (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param)
{
  RelayWindow *self = (RelayWindow *)widget;
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  g_assert (RELAY_IS_WINDOW (self));

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/relay-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (self));
  gtk_window_present (shortcuts);
}

static void
relay_window_actions_search_cb (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  RelayWindow *self = (RelayWindow *)widget;

  g_assert (RELAY_IS_WINDOW (self));

  /* Search where the user is: the mandates on their page, the cases
   * everywhere else. */
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "mandates") == 0)
    {
      relay_mandates_page_focus_search (get_mandates_page (self));
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
  relay_cases_page_focus_search (self->cases_page);
}

static void
on_wizard_destroy_cb (RelayWindow *self,
                      RelayWizard *wizard)
{
  RelayCase *kase = relay_wizard_get_case (wizard);

  /* Show the case just written. */
  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
  relay_cases_page_select_case (self->cases_page, relay_case_get_uuid (kase));
}

static RelayWizard *
open_wizard (RelayWindow *self,
             RelayCase   *kase)
{
  RelayApplication *app = RELAY_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  RelayStore *store = relay_application_get_store (app);
  RelayWizard *wizard;

  if (store == NULL)
    {
      relay_window_show_toast (self, relay_application_get_store_error (app)->message);
      return NULL;
    }

  wizard = relay_wizard_new (store,
                             relay_application_get_directory (app),
                             relay_application_get_settings (app),
                             kase);
  gtk_window_set_transient_for (GTK_WINDOW (wizard), GTK_WINDOW (self));
  gtk_window_set_application (GTK_WINDOW (wizard), GTK_APPLICATION (app));
  g_signal_connect_object (wizard, "destroy", G_CALLBACK (on_wizard_destroy_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (wizard));

  return wizard;
}

static void
relay_window_actions_prepare_submission_cb (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  RelayWizard *wizard = open_wizard (RELAY_WINDOW (widget), NULL);
  g_autoptr(RelayCaseMandate) mandate = NULL;

  if (wizard == NULL)
    return;

  mandate = relay_case_mandate_new ();
  relay_case_mandate_set_mandate_id (mandate, g_variant_get_string (param, NULL));
  relay_case_mandate_set_role (mandate, RELAY_MANDATE_ROLE_LEAD);
  g_list_store_append (relay_case_get_mandates (relay_wizard_get_case (wizard)), mandate);
}

static void
relay_window_actions_new_case_cb (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  open_wizard (RELAY_WINDOW (widget), NULL);
}

static void
relay_window_actions_edit_case_cb (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  RelayWindow *self = RELAY_WINDOW (widget);
  RelayApplication *app = RELAY_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  RelayStore *store = relay_application_get_store (app);
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  GList *windows;

  if (store == NULL)
    return;

  /* One wizard per case: bring an open one to the front. */
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  for (GList *l = windows; l != NULL; l = l->next)
    if (RELAY_IS_WIZARD (l->data) &&
        g_strcmp0 (relay_case_get_uuid (relay_wizard_get_case (l->data)),
                   g_variant_get_string (param, NULL)) == 0)
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return;
      }

  kase = relay_store_load_case (store, g_variant_get_string (param, NULL), &error);
  if (kase == NULL)
    {
      relay_window_show_toast (self, error->message);
      return;
    }

  open_wizard (self, kase);
}

static void
relay_window_actions_show_case_cb (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  RelayWindow *self = RELAY_WINDOW (widget);

  relay_window_show_case (self, g_variant_get_string (param, NULL));
}

static void
relay_window_actions_show_mandate_cb (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  RelayWindow *self = RELAY_WINDOW (widget);

  RelayMandatesPage *page = get_mandates_page (self);

  adw_view_stack_set_visible_child_name (self->view_stack, "mandates");
  relay_mandates_page_set_search_text (page, "");
  relay_mandates_page_show_kind (page, -1);
  relay_mandates_page_select_mandate (page, g_variant_get_string (param, NULL));
}

static void
relay_window_actions_show_calendar_cb (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  RelayWindow *self = RELAY_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "calendar");
}

static void
relay_window_actions_export_case_dates_cb (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *param)
{
  RelayWindow *self = RELAY_WINDOW (widget);

  relay_calendar_page_export (get_calendar_page (self), g_variant_get_string (param, NULL));
}

static void
relay_window_actions_toast_cb (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  RelayWindow *self = (RelayWindow *)widget;

  g_assert (RELAY_IS_WINDOW (self));

  relay_window_show_toast (self, g_variant_get_string (param, NULL));
}

static void
on_cases_page_error_cb (RelayWindow    *self,
                        const char     *message,
                        RelayCasesPage *page)
{
  g_assert (RELAY_IS_WINDOW (self));

  relay_window_show_toast (self, message);
}

static void
fill_mandates_page (RelayWindow *self)
{
  RelayApplication *app = RELAY_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (app == NULL || self->mandates_page == NULL)
    return;

  relay_mandates_page_set_directory (self->mandates_page,
                                     relay_application_get_directory (app));
  if (relay_application_get_directory_error (app) != NULL)
    relay_mandates_page_set_directory_error (self->mandates_page,
                                             relay_application_get_directory_error (app));
}

static void
fill_calendar_page (RelayWindow *self)
{
  RelayApplication *app = RELAY_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (app == NULL || self->calendar_page == NULL)
    return;

  if (relay_application_get_agenda (app) != NULL)
    relay_calendar_page_set_agenda (self->calendar_page, relay_application_get_agenda (app));
  else if (relay_application_get_store_error (app) != NULL)
    relay_calendar_page_set_error (self->calendar_page, relay_application_get_store_error (app));
}

/* The page of the mandate directory, made and filled the first time. */
static RelayMandatesPage *
get_mandates_page (RelayWindow *self)
{
  if (self->mandates_page == NULL)
    {
      self->mandates_page = g_object_new (RELAY_TYPE_MANDATES_PAGE, NULL);
      adw_bin_set_child (self->mandates_bin, GTK_WIDGET (self->mandates_page));
      fill_mandates_page (self);
    }

  return self->mandates_page;
}

/* The page of the agenda, made and filled the first time. */
static RelayCalendarPage *
get_calendar_page (RelayWindow *self)
{
  if (self->calendar_page == NULL)
    {
      self->calendar_page = g_object_new (RELAY_TYPE_CALENDAR_PAGE, NULL);
      adw_bin_set_child (self->calendar_bin, GTK_WIDGET (self->calendar_page));
      fill_calendar_page (self);
    }

  return self->calendar_page;
}

static void
on_visible_page_changed_cb (RelayWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "mandates") == 0)
    get_mandates_page (self);
  else if (g_strcmp0 (name, "calendar") == 0)
    get_calendar_page (self);
}

/* "application" is not a construct property, so it is set after
 * constructed() has run: show the cases once we know the application. */
static void
on_application_changed_cb (RelayWindow *self,
                           GParamSpec  *pspec,
                           gpointer     user_data)
{
  RelayApplication *app;
  RelayStore *store;

  g_assert (RELAY_IS_WINDOW (self));

  app = RELAY_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (app == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self, on_application_changed_cb, NULL);

  store = relay_application_get_store (app);
  if (store != NULL)
    relay_cases_page_set_store (self->cases_page, store);
  else
    relay_cases_page_set_store_error (self->cases_page,
                                      relay_application_get_store_error (app));

  /* A page made before the application was known is filled now. */
  fill_mandates_page (self);
  fill_calendar_page (self);
}

static void
relay_window_dispose (GObject *object)
{
  RelayWindow *self = (RelayWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WINDOW);
  /* They went with their bins. */
  self->mandates_page = NULL;
  self->calendar_page = NULL;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relay_window_parent_class)->dispose (object);
}

static void
relay_window_class_init (RelayWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = relay_window_dispose;

  window_class->close_request = relay_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/relay-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, cases_page);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, mandates_bin);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, calendar_bin);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RelayWindow, new_case_button);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, relay_window_actions_search_cb);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   relay_window_actions_show_help_overlay_cb);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", relay_window_actions_toast_cb);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, relay_window_actions_new_case_cb);
  gtk_widget_class_install_action (widget_class, "win.edit-case", "s", relay_window_actions_edit_case_cb);
  gtk_widget_class_install_action (widget_class, "win.prepare-submission", "s",
                                   relay_window_actions_prepare_submission_cb);
  gtk_widget_class_install_action (widget_class, "win.show-case", "s", relay_window_actions_show_case_cb);
  gtk_widget_class_install_action (widget_class, "win.show-mandate", "s",
                                   relay_window_actions_show_mandate_cb);
  gtk_widget_class_install_action (widget_class, "win.show-calendar", NULL,
                                   relay_window_actions_show_calendar_cb);
  gtk_widget_class_install_action (widget_class, "win.export-case-dates", "s",
                                   relay_window_actions_export_case_dates_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-case", NULL);

  g_type_ensure (RELAY_TYPE_CASES_PAGE);
}

static void
relay_window_init (RelayWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (SCHEMA_ID);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  g_signal_connect_object (self->cases_page, "error",
                           G_CALLBACK (on_cases_page_error_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "notify::application",
                    G_CALLBACK (on_application_changed_cb), NULL);
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page_changed_cb), self, G_CONNECT_SWAPPED);

  load_window_state (self);
}

/**
 * relay_window_new:
 * @application: the #RelayApplication
 *
 * Creates a main window showing the application's cases.
 *
 * Returns: (transfer full): a new #RelayWindow
 */
RelayWindow *
relay_window_new (RelayApplication *application)
{
  g_return_val_if_fail (RELAY_IS_APPLICATION (application), NULL);

  return g_object_new (RELAY_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * relay_window_show_toast:
 * @self: a #RelayWindow
 * @message: a message for the user, already translated
 *
 * Shows @message in a toast at the bottom of the window.
 */
void
relay_window_show_toast (RelayWindow *self,
                         const char  *message)
{
  AdwToast *toast;

  g_return_if_fail (RELAY_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  toast = adw_toast_new (message);
  /* Long messages explain a problem: leave them until dismissed. */
  if (g_utf8_strlen (message, -1) > 60)
    adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * relay_window_get_visible_page_name:
 * @self: a #RelayWindow
 *
 * Returns: the name of the visible page: "cases", "mandates" or "calendar"
 */
const char *
relay_window_get_visible_page_name (RelayWindow *self)
{
  g_return_val_if_fail (RELAY_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * relay_window_show_case:
 * @self: a #RelayWindow
 * @uuid: the id of a case
 *
 * Shows the Cases view with the case @uuid open, as activating a date of
 * the case in the Calendar does.
 */
void
relay_window_show_case (RelayWindow *self,
                        const char  *uuid)
{
  g_return_if_fail (RELAY_IS_WINDOW (self));
  g_return_if_fail (uuid != NULL);

  adw_view_stack_set_visible_child_name (self->view_stack, "cases");
  relay_cases_page_select_case (self->cases_page, uuid);
}
