/* relay-calendar-page-actions.c
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

#include "relay-calendar-page-private.h"
#include "relay-event-dialog.h"
#include "relay-preferences-window.h"

/*
 * What the Calendar page does: opening an item (its case, its mandate or
 * its web page), marking it done (with Undo), adding and editing the
 * user's events, and exporting to iCalendar.
 *
 * The rows and buttons reach these as "calendar." actions with the item's
 * id; cases and mandates open through the window's "win.show-case" and
 * "win.show-mandate".
 */

/**
 * _relay_calendar_page_show_toast:
 * @self: a #RelayCalendarPage
 * @message: what happened, for the user
 * @undo_uid: (nullable): an item marked done, to offer to undo that
 *
 * Shows a toast at the bottom of the page.
 */
void
_relay_calendar_page_show_toast (RelayCalendarPage *self,
                                 const char        *message,
                                 const char        *undo_uid)
{
  AdwToast *toast = adw_toast_new (message);

  if (undo_uid != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "calendar.undo-done");
      adw_toast_set_action_target_value (toast, g_variant_new_string (undo_uid));
    }
  else if (g_utf8_strlen (message, -1) > 60)
    adw_toast_set_timeout (toast, 0);

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWindow *
get_window (RelayCalendarPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static RelayAgendaItem *
lookup_item (RelayCalendarPage *self,
             GVariant          *param)
{
  if (self->agenda == NULL)
    return NULL;

  return relay_agenda_lookup (self->agenda, g_variant_get_string (param, NULL));
}

/* Only web pages: a feed could give any kind of address. */
static void
open_link (RelayCalendarPage *self,
           const char        *url)
{
  const char *scheme = g_uri_peek_scheme (url);

  if (scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      _relay_calendar_page_show_toast (self, _("This address is not a web page, so Relay does not open it."),
                                       NULL);
      return;
    }

  gtk_show_uri (get_window (self), url, GDK_CURRENT_TIME);
}

static void
on_dialog_done_cb (RelayCalendarPage *self,
                   const char        *message,
                   RelayEventDialog  *dialog)
{
  _relay_calendar_page_show_toast (self, message, NULL);
}

static RelayEventDialog *
open_dialog (RelayCalendarPage *self,
             RelayAgendaItem   *item)
{
  RelayEventDialog *dialog;

  if (self->agenda == NULL)
    return NULL;

  dialog = relay_event_dialog_new (self->agenda, item);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_window (self));
  g_signal_connect_object (dialog, "done", G_CALLBACK (on_dialog_done_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
open_item_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  RelayCalendarPage *self = RELAY_CALENDAR_PAGE (widget);
  RelayAgendaItem *item = lookup_item (self, param);

  if (item == NULL)
    return;

  switch (relay_agenda_item_get_target (item))
    {
    case RELAY_AGENDA_TARGET_CASE:
      gtk_widget_activate_action (widget, "win.show-case", "s", relay_agenda_item_get_case_uuid (item));
      break;

    case RELAY_AGENDA_TARGET_MANDATE:
      gtk_widget_activate_action (widget, "win.show-mandate", "s", relay_agenda_item_get_mandate_id (item));
      break;

    case RELAY_AGENDA_TARGET_LINK:
      open_link (self, relay_agenda_item_get_url (item));
      break;

    case RELAY_AGENDA_TARGET_EDIT:
      open_dialog (self, item);
      break;

    case RELAY_AGENDA_TARGET_NONE:
    default:
      break;
    }
}

static void
open_link_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  open_link (RELAY_CALENDAR_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
edit_event_cb (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  relay_calendar_page_edit_event (RELAY_CALENDAR_PAGE (widget), g_variant_get_string (param, NULL));
}

static void
set_done (RelayCalendarPage *self,
          const char        *uid,
          gboolean           done)
{
  g_autoptr(GError) error = NULL;
  RelayAgendaItem *item;

  if (self->agenda == NULL || (item = relay_agenda_lookup (self->agenda, uid)) == NULL)
    return;

  if (!relay_agenda_set_done (self->agenda, item, done, &error))
    {
      _relay_calendar_page_show_toast (self, error->message, NULL);
      return;
    }

  if (done)
    _relay_calendar_page_show_toast (self, _("Marked as done"), uid);
}

static void
set_done_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  const char *uid;
  gboolean done;

  g_variant_get (param, "(&sb)", &uid, &done);
  set_done (RELAY_CALENDAR_PAGE (widget), uid, done);
}

static void
undo_done_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  set_done (RELAY_CALENDAR_PAGE (widget), g_variant_get_string (param, NULL), FALSE);
}

static void
add_event_cb (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  relay_calendar_page_add_event (RELAY_CALENDAR_PAGE (widget));
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *param)
{
  relay_calendar_page_export (RELAY_CALENDAR_PAGE (widget), NULL);
}

/* Preferences, on its Calendar page, where feeds are added. */
static void
open_preferences_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  GListModel *toplevels;

  gtk_widget_activate_action (widget, "app.preferences", NULL);

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (RELAY_IS_PREFERENCES_WINDOW (window))
        relay_preferences_window_show_calendar (RELAY_PREFERENCES_WINDOW (window));
    }
}

static void
show_all_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  relay_calendar_page_select_day (RELAY_CALENDAR_PAGE (widget), NULL);
}

/**
 * _relay_calendar_page_install_actions:
 * @widget_class: the class of #RelayCalendarPage
 *
 * Installs the "calendar." actions.
 */
void
_relay_calendar_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "calendar.open-item", "s", open_item_cb);
  gtk_widget_class_install_action (widget_class, "calendar.open-link", "s", open_link_cb);
  gtk_widget_class_install_action (widget_class, "calendar.edit-event", "s", edit_event_cb);
  gtk_widget_class_install_action (widget_class, "calendar.set-done", "(sb)", set_done_cb);
  gtk_widget_class_install_action (widget_class, "calendar.undo-done", "s", undo_done_cb);
  gtk_widget_class_install_action (widget_class, "calendar.add-event", NULL, add_event_cb);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "calendar.show-all", NULL, show_all_cb);
  gtk_widget_class_install_action (widget_class, "calendar.open-preferences", NULL, open_preferences_cb);
}

/*
 * Export
 */

typedef struct
{
  RelayCalendarPage    *self;
  GtkFileChooserNative *chooser;
  char                 *case_uuid;
  gboolean              include_case_details;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->chooser);
  g_clear_pointer (&data->case_uuid, g_free);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  gtk_native_dialog_destroy (chooser);

  if (response != GTK_RESPONSE_ACCEPT ||
      !(file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))))
    return;

  if (!relay_calendar_page_export_to_file (data->self, file, data->case_uuid,
                                           data->include_case_details, &error))
    {
      _relay_calendar_page_show_toast (data->self, error->message, NULL);
      return;
    }

  _relay_calendar_page_show_toast (data->self,
                                   data->case_uuid != NULL ? _("The case’s dates were exported")
                                                           : _("The calendar was exported"),
                                   NULL);
}

static void
choose_file (ExportData *data)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  data->chooser = gtk_file_chooser_native_new (data->case_uuid != NULL ? _("Export This Case’s Dates")
                                                                       : _("Export the Calendar"),
                                               get_window (data->self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (data->chooser), TRUE);

  gtk_file_filter_set_name (filter, _("iCalendar files"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (data->chooser), filter);

  if (data->case_uuid != NULL)
    {
      g_autofree char *reference = relay_agenda_case_reference (data->case_uuid);

      /* Translators: a file name; %s is a short reference of a case ("3F2A9C") */
      name = g_strdup_printf (_("relay-case-%s.ics"), reference);
    }
  else
    /* Translators: a file name */
    name = g_strdup (_("relay-calendar.ics"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (data->chooser), name);

  g_signal_connect (data->chooser, "response", G_CALLBACK (on_chooser_response_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (data->chooser));
}

/* The dialog owns @data; closing it after an answer answers again, so
 * only the first answer counts. */
static void
on_export_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       ExportData       *data)
{
  GtkCheckButton *check = g_object_get_data (G_OBJECT (dialog), "relay-include-check");
  ExportData *chosen;

  if (data->self == NULL)
    return;

  if (g_strcmp0 (response, "export") == 0)
    {
      chosen = g_new0 (ExportData, 1);
      chosen->self = g_object_ref (data->self);
      chosen->case_uuid = g_strdup (data->case_uuid);
      chosen->include_case_details = gtk_check_button_get_active (check);
      choose_file (chosen);
    }

  g_clear_object (&data->self);
}

/**
 * relay_calendar_page_export:
 * @self: a #RelayCalendarPage
 * @case_uuid: (nullable): a case whose dates to export, or %NULL for all
 *   dates
 *
 * Asks whether to include case details (no by default: case titles may
 * name people), then where to save the .ics file, and saves it.
 */
void
relay_calendar_page_export (RelayCalendarPage *self,
                            const char        *case_uuid)
{
  ExportData *data;
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *check;
  GtkWidget *explanation;

  g_return_if_fail (RELAY_IS_CALENDAR_PAGE (self));

  if (self->agenda == NULL)
    return;

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->case_uuid = g_strdup (case_uuid);

  check = gtk_check_button_new_with_mnemonic (_("_Include case details"));
  explanation = gtk_label_new (_("Case titles and communication references can name the people "
                                 "you protect. Leave this off if the file may be shared, put in "
                                 "an online calendar or seen by others: each date then names its "
                                 "case only by a short code, such as “case 3F2A9C”."));
  gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
  gtk_label_set_xalign (GTK_LABEL (explanation), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (explanation), 40);
  gtk_widget_set_margin_start (explanation, 30);
  gtk_widget_add_css_class (explanation, "caption");
  gtk_widget_add_css_class (explanation, "dim-label");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, explanation, NULL,
                                  -1);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), explanation);

  dialog = adw_message_dialog_new (get_window (self),
                                   case_uuid != NULL ? _("Export This Case’s Dates?")
                                                     : _("Export the Calendar?"),
                                   _("Relay saves the dates in an iCalendar file (.ics), which "
                                     "GNOME Calendar, Thunderbird or Outlook can import. "
                                     "Importing a newer export updates the dates instead of "
                                     "adding them twice."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose Where to Save…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "relay-include-check", check);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_export_response_cb),
                         data, (GClosureNotify)(void (*) (void))export_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * relay_calendar_page_export_to_file:
 * @self: a #RelayCalendarPage
 * @file: the .ics file to write
 * @case_uuid: (nullable): a case whose dates to export, or %NULL for all
 * @include_case_details: whether the dates may name their cases
 * @error: return location for a #GError
 *
 * Writes the export. A file with case details is readable by the user
 * only.
 *
 * Returns: %TRUE on success, %FALSE with @error set (its message is for
 *   the user)
 */
gboolean
relay_calendar_page_export_to_file (RelayCalendarPage  *self,
                                    GFile              *file,
                                    const char         *case_uuid,
                                    gboolean            include_case_details,
                                    GError            **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->agenda != NULL, FALSE);

  text = relay_agenda_export (self->agenda, case_uuid, include_case_details);

  if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                include_case_details ? G_FILE_CREATE_PRIVATE : G_FILE_CREATE_NONE,
                                NULL, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: %s says why, as the system puts it */
                   _("The calendar could not be saved: %s"), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * relay_calendar_page_add_event:
 * @self: a #RelayCalendarPage
 *
 * Opens the dialog that adds an event, as "Add Event" does.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
RelayEventDialog *
relay_calendar_page_add_event (RelayCalendarPage *self)
{
  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), NULL);

  return open_dialog (self, NULL);
}

/**
 * relay_calendar_page_edit_event:
 * @self: a #RelayCalendarPage
 * @uid: the id of an event the user added
 *
 * Opens the dialog that changes or deletes an event, as the edit button of
 * its row does.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL when there is
 *   no such event of the user's
 */
RelayEventDialog *
relay_calendar_page_edit_event (RelayCalendarPage *self,
                                const char        *uid)
{
  RelayAgendaItem *item;

  g_return_val_if_fail (RELAY_IS_CALENDAR_PAGE (self), NULL);
  g_return_val_if_fail (uid != NULL, NULL);

  if (self->agenda == NULL ||
      (item = relay_agenda_lookup (self->agenda, uid)) == NULL ||
      relay_agenda_item_get_origin (item) != RELAY_AGENDA_ORIGIN_USER)
    return NULL;

  return open_dialog (self, item);
}
