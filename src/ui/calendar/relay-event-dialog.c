/* relay-event-dialog.c
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

#define G_LOG_DOMAIN "relay-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-date-button.h"
#include "relay-event-dialog.h"
#include "relay-mandate-picker.h"

/*
 * "Add Event" and "Edit Event": a call for input, a country visit or a
 * reminder of the user's, with its title, days, mandate (searched in the
 * directory), country (for visits), web page and note. The agenda checks
 * the event when it is saved; its message shows at the top of the dialog
 * and the fields to fix are marked. An event being edited can be deleted,
 * after a confirmation.
 *
 * When the dialog saved or deleted, it emits RelayEventDialog::done with
 * a short message for a toast, then closes.
 */

struct _RelayEventDialog
{
  AdwWindow           parent_instance;

  /* Template Widgets */
  AdwWindowTitle     *window_title;
  GtkButton          *save_button;
  GtkLabel           *message_label;
  AdwPreferencesGroup *what_group;
  AdwComboRow        *kind_row;
  AdwEntryRow        *title_row;
  AdwActionRow       *start_row;
  RelayDateButton    *start_button;
  AdwActionRow       *end_row;
  RelayDateButton    *end_button;
  AdwActionRow       *mandate_row;
  RelayMandatePicker *mandate_picker;
  AdwActionRow       *country_row;
  GtkDropDown        *country_dropdown;
  AdwEntryRow        *link_row;
  AdwEntryRow        *note_row;
  GtkButton          *delete_button;

  /* Owned References */
  RelayAgenda        *agenda;
  RelayAgendaItem    *item;        /* the event edited, or NULL for a new one */
  GArray             *kinds;       /* RelayAgendaKind, in the order of kind_row */
  GStrv               country_codes;
  char               *message;
};

G_DEFINE_FINAL_TYPE (RelayEventDialog, relay_event_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AGENDA,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The kinds the dialog offers for a new event. */
static const RelayAgendaKind new_kinds[] = {
  RELAY_AGENDA_KIND_CALL_FOR_INPUT,
  RELAY_AGENDA_KIND_COUNTRY_VISIT,
  RELAY_AGENDA_KIND_CUSTOM,
};

static RelayAgendaKind
get_kind (RelayEventDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  if (selected >= self->kinds->len)
    return RELAY_AGENDA_KIND_CUSTOM;

  return g_array_index (self->kinds, RelayAgendaKind, selected);
}

static const char *
get_country (RelayEventDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->country_dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= g_strv_length (self->country_codes))
    return "";

  return self->country_codes[selected];
}

static void
set_country (RelayEventDialog *self,
             const char       *code)
{
  for (guint i = 0; self->country_codes[i] != NULL; i++)
    if (g_strcmp0 (self->country_codes[i], code) == 0)
      {
        gtk_drop_down_set_selected (self->country_dropdown, i);
        return;
      }

  gtk_drop_down_set_selected (self->country_dropdown, 0);
}

static void
show_message (RelayEventDialog *self,
              const char       *message)
{
  gtk_label_set_label (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);

  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->message_label),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                    -1);
}

static void
set_error (GtkWidget *row,
           gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* Marks the fields the agenda will refuse, and moves to the first. */
static void
mark_fields (RelayEventDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  const char *start = relay_date_button_get_date (self->start_button);
  const char *end = relay_date_button_get_date (self->end_button);
  const char *link = gtk_editable_get_text (GTK_EDITABLE (self->link_row));
  gboolean bad_title = *title == '\0';
  gboolean bad_start = *start == '\0';
  gboolean bad_end = gtk_widget_get_visible (GTK_WIDGET (self->end_row)) &&
                     *start != '\0' && *end != '\0' && strcmp (end, start) < 0;
  gboolean bad_link = *link != '\0' &&
                      !g_str_has_prefix (link, "https://") && !g_str_has_prefix (link, "http://");

  set_error (GTK_WIDGET (self->title_row), bad_title);
  set_error (GTK_WIDGET (self->start_row), bad_start);
  set_error (GTK_WIDGET (self->end_row), bad_end);
  set_error (GTK_WIDGET (self->link_row), bad_link);

  if (bad_title)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  else if (bad_start)
    gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
  else if (bad_end)
    gtk_widget_grab_focus (GTK_WIDGET (self->end_button));
  else if (bad_link)
    gtk_widget_grab_focus (GTK_WIDGET (self->link_row));
}

static void
on_field_changed_cb (RelayEventDialog *self)
{
  g_assert (RELAY_IS_EVENT_DIALOG (self));

  /* The user is fixing it: the message and the marks go until the next
   * try. */
  show_message (self, NULL);
  set_error (GTK_WIDGET (self->title_row), FALSE);
  set_error (GTK_WIDGET (self->start_row), FALSE);
  set_error (GTK_WIDGET (self->end_row), FALSE);
  set_error (GTK_WIDGET (self->link_row), FALSE);
}

static void
on_kind_changed_cb (RelayEventDialog *self)
{
  RelayAgendaKind kind = get_kind (self);
  gboolean is_visit = kind == RELAY_AGENDA_KIND_COUNTRY_VISIT;
  const char *description;
  const char *start_title;

  g_assert (RELAY_IS_EVENT_DIALOG (self));

  switch (kind)
    {
    case RELAY_AGENDA_KIND_CALL_FOR_INPUT:
      description = _("A mandate asks for contributions to a report. Relay reminds you before "
                      "the deadline.");
      start_title = _("Deadline");
      break;

    case RELAY_AGENDA_KIND_COUNTRY_VISIT:
      description = _("A mandate visits a country: a chance to meet the expert, or to send "
                      "information before the visit.");
      start_title = _("First day");
      break;

    case RELAY_AGENDA_KIND_FOLLOW_UP:
      description = _("A day to follow up a submission with a mandate.");
      start_title = _("Date");
      break;

    case RELAY_AGENDA_KIND_CUSTOM:
    default:
      description = _("Anything you want to be reminded of on a given day.");
      start_title = _("Date");
      break;
    }

  adw_preferences_group_set_description (self->what_group, description);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), start_title);
  gtk_widget_set_visible (GTK_WIDGET (self->end_row), is_visit);
  gtk_widget_set_visible (GTK_WIDGET (self->country_row), is_visit);
}

static void
on_mandate_changed_cb (RelayEventDialog *self)
{
  const char *mandate_id = relay_mandate_picker_get_mandate_id (self->mandate_picker);
  RelayDirectory *directory = relay_agenda_get_directory (self->agenda);
  RelayMandate *mandate = NULL;

  g_assert (RELAY_IS_EVENT_DIALOG (self));

  if (*mandate_id != '\0' && directory != NULL)
    mandate = relay_directory_lookup (directory, mandate_id);

  if (mandate != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mandate_row),
                                 relay_mandate_get_title (mandate, NULL));
  else if (*mandate_id != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mandate_row), mandate_id);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mandate_row), _("None"));
}

static void
finish (RelayEventDialog *self,
        const char       *message)
{
  g_free (self->message);
  self->message = g_strdup (message);
  g_signal_emit (self, signals[DONE], 0, message);
  gtk_window_close (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (RelayEventDialog *self,
                    GtkButton        *button)
{
  relay_event_dialog_save (self);
}

static gboolean
delete_later_cb (gpointer user_data)
{
  RelayEventDialog *self = user_data;

  if (self->item != NULL)
    relay_event_dialog_delete (self);

  return G_SOURCE_REMOVE;
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RelayEventDialog *self)
{
  /* The confirmation closes first: it goes with this dialog. */
  if (g_strcmp0 (response, "delete") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, delete_later_cb, g_object_ref (self), g_object_unref);
}

static void
on_delete_clicked_cb (RelayEventDialog *self,
                      GtkButton        *button)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete This Event?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: %s is the title of an event */
                                  _("“%s” will be removed from your calendar."),
                                  relay_agenda_item_get_title (self->item));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep It"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill_kinds (RelayEventDialog *self,
            RelayAgendaKind   current)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  gboolean found = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (new_kinds); i++)
    {
      g_array_append_val (self->kinds, new_kinds[i]);
      found |= new_kinds[i] == current;
    }

  /* An event of another kind keeps it. */
  if (!found)
    g_array_append_val (self->kinds, current);

  for (guint i = 0; i < self->kinds->len; i++)
    gtk_string_list_append (labels,
                            relay_agenda_kind_get_label (g_array_index (self->kinds, RelayAgendaKind, i)));

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
}

static void
relay_event_dialog_constructed (GObject *object)
{
  RelayEventDialog *self = (RelayEventDialog *)object;
  RelayAgendaItem *item = self->item;
  RelayDirectory *directory = relay_agenda_get_directory (self->agenda);

  G_OBJECT_CLASS (relay_event_dialog_parent_class)->constructed (object);

  fill_kinds (self, item != NULL ? relay_agenda_item_get_kind (item) : new_kinds[0]);

  if (directory != NULL)
    relay_mandate_picker_set_directory (self->mandate_picker, directory);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->mandate_row), FALSE);

  if (item == NULL)
    {
      g_autofree char *today = NULL;
      GDate day;

      gtk_window_set_title (GTK_WINDOW (self), _("Add Event"));
      gtk_button_set_label (self->save_button, _("_Add"));
      relay_agenda_get_today (self->agenda, &day);
      today = relay_agenda_format_day (&day);
      relay_date_button_set_date (self->start_button, today);
    }
  else
    {
      RelayAgendaKind kind = relay_agenda_item_get_kind (item);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Event"));
      gtk_button_set_label (self->save_button, _("_Save"));
      gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);

      for (guint i = 0; i < self->kinds->len; i++)
        if (g_array_index (self->kinds, RelayAgendaKind, i) == kind)
          adw_combo_row_set_selected (self->kind_row, i);

      gtk_editable_set_text (GTK_EDITABLE (self->title_row), relay_agenda_item_get_title (item));
      relay_date_button_set_date (self->start_button, relay_agenda_item_get_start_date (item));
      relay_date_button_set_date (self->end_button, relay_agenda_item_get_end_date (item));
      relay_mandate_picker_set_mandate_id (self->mandate_picker, relay_agenda_item_get_mandate_id (item));
      set_country (self, relay_agenda_item_get_country (item));
      gtk_editable_set_text (GTK_EDITABLE (self->link_row), relay_agenda_item_get_url (item));
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), relay_agenda_item_get_note (item));
    }

  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  on_kind_changed_cb (self);
  on_mandate_changed_cb (self);
  on_field_changed_cb (self);
}

static void
relay_event_dialog_dispose (GObject *object)
{
  RelayEventDialog *self = (RelayEventDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_EVENT_DIALOG);

  g_clear_object (&self->agenda);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (relay_event_dialog_parent_class)->dispose (object);
}

static void
relay_event_dialog_finalize (GObject *object)
{
  RelayEventDialog *self = (RelayEventDialog *)object;

  g_clear_pointer (&self->kinds, g_array_unref);
  g_clear_pointer (&self->country_codes, g_strfreev);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (relay_event_dialog_parent_class)->finalize (object);
}

static void
relay_event_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelayEventDialog *self = RELAY_EVENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AGENDA:
      self->agenda = g_value_dup_object (value);
      break;

    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_event_dialog_class_init (RelayEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = relay_event_dialog_constructed;
  object_class->dispose = relay_event_dialog_dispose;
  object_class->finalize = relay_event_dialog_finalize;
  object_class->set_property = relay_event_dialog_set_property;

  /**
   * RelayEventDialog:agenda:
   *
   * The agenda the event is saved into.
   */
  properties[PROP_AGENDA] =
    g_param_spec_object ("agenda", NULL, NULL,
                         RELAY_TYPE_AGENDA,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayEventDialog:item:
   *
   * The event of the user's being edited, or %NULL for a new one.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         RELAY_TYPE_AGENDA_ITEM,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelayEventDialog::done:
   * @self: a #RelayEventDialog
   * @message: what was done, for a toast ("Event added")
   *
   * Emitted when the event was saved or deleted, before the dialog closes.
   */
  signals[DONE] =
    g_signal_new ("done",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (RELAY_TYPE_DATE_BUTTON);
  g_type_ensure (RELAY_TYPE_MANDATE_PICKER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/calendar/relay-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, what_group);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, end_button);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, mandate_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, mandate_picker);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, country_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, link_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, RelayEventDialog, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_mandate_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relay_event_dialog_init (RelayEventDialog *self)
{
  g_autoptr(GtkStringList) countries = gtk_string_list_new (NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) codes = NULL;

  self->kinds = g_array_new (FALSE, FALSE, sizeof (RelayAgendaKind));

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The countries sorted by name in the user's language, after a first
   * entry for "none". */
  gtk_string_list_append (countries, _("Choose…"));
  g_strv_builder_add (builder, "");
  codes = relay_country_dup_codes ();
  for (guint i = 0; codes[i] != NULL; i++)
    {
      gtk_string_list_append (countries, relay_country_get_name (codes[i]));
      g_strv_builder_add (builder, codes[i]);
    }
  self->country_codes = g_strv_builder_end (builder);

  gtk_drop_down_set_expression (self->country_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (countries));
}

/**
 * relay_event_dialog_new:
 * @agenda: the agenda to save into (it must have a store)
 * @item: (nullable): an event of the user's to edit, or %NULL to add one
 *
 * Returns: (transfer full): a new #RelayEventDialog; present it
 */
RelayEventDialog *
relay_event_dialog_new (RelayAgenda     *agenda,
                        RelayAgendaItem *item)
{
  g_return_val_if_fail (RELAY_IS_AGENDA (agenda), NULL);
  g_return_val_if_fail (RELAY_IS_STORE (relay_agenda_get_store (agenda)), NULL);
  g_return_val_if_fail (item == NULL || RELAY_IS_AGENDA_ITEM (item), NULL);

  return g_object_new (RELAY_TYPE_EVENT_DIALOG,
                       "agenda", agenda,
                       "item", item,
                       NULL);
}

/**
 * relay_event_dialog_get_item:
 * @self: a #RelayEventDialog
 *
 * Returns: (transfer none) (nullable): the event being edited, or %NULL
 *   when the dialog adds one
 */
RelayAgendaItem *
relay_event_dialog_get_item (RelayEventDialog *self)
{
  g_return_val_if_fail (RELAY_IS_EVENT_DIALOG (self), NULL);

  return self->item;
}

/**
 * relay_event_dialog_set_kind:
 * @self: a #RelayEventDialog
 * @kind: one of the kinds the dialog offers
 *
 * Chooses the kind of event, as the user would.
 */
void
relay_event_dialog_set_kind (RelayEventDialog *self,
                             RelayAgendaKind   kind)
{
  g_return_if_fail (RELAY_IS_EVENT_DIALOG (self));

  for (guint i = 0; i < self->kinds->len; i++)
    if (g_array_index (self->kinds, RelayAgendaKind, i) == kind)
      {
        adw_combo_row_set_selected (self->kind_row, i);
        return;
      }

  g_return_if_reached ();
}

/**
 * relay_event_dialog_save:
 * @self: a #RelayEventDialog
 *
 * Saves the event as the fields say, as the Add or Save button does. When
 * the agenda refuses it, its message shows at the top of the dialog and
 * the fields to fix are marked; else the dialog emits
 * #RelayEventDialog::done and closes.
 *
 * Returns: %TRUE when the event was saved
 */
gboolean
relay_event_dialog_save (RelayEventDialog *self)
{
  g_autoptr(RelayAgendaItem) event = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *link = NULL;
  const char *end_date = "";
  RelayAgendaKind kind;
  gboolean ok;

  g_return_val_if_fail (RELAY_IS_EVENT_DIALOG (self), FALSE);

  kind = get_kind (self);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  link = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->link_row))));
  if (gtk_widget_get_visible (GTK_WIDGET (self->end_row)))
    end_date = relay_date_button_get_date (self->end_button);

  if (self->item != NULL)
    event = relay_agenda_item_copy (self->item);
  else
    event = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_USER, kind, "", "", "");

  relay_agenda_item_set_kind (event, kind);
  relay_agenda_item_set_title (event, title);
  relay_agenda_item_set_start_date (event, relay_date_button_get_date (self->start_button));
  relay_agenda_item_set_end_date (event, end_date);
  relay_agenda_item_set_mandate_id (event, relay_mandate_picker_get_mandate_id (self->mandate_picker));
  relay_agenda_item_set_country (event, kind == RELAY_AGENDA_KIND_COUNTRY_VISIT ? get_country (self) : "");
  relay_agenda_item_set_url (event, link);
  relay_agenda_item_set_note (event, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));

  if (self->item != NULL)
    ok = relay_agenda_update_event (self->agenda, event, &error);
  else
    ok = relay_agenda_add_event (self->agenda, event, &error);

  if (!ok)
    {
      /* The messages of the agenda say what to change; none names what
       * the user typed, so the log can have it. */
      g_debug ("The event was not saved: %s", error->message);
      show_message (self, error->message);
      mark_fields (self);
      return FALSE;
    }

  show_message (self, NULL);
  finish (self, self->item != NULL ? _("Event saved") : _("Event added"));

  return TRUE;
}

/**
 * relay_event_dialog_delete:
 * @self: a #RelayEventDialog editing an event
 *
 * Deletes the event, as the confirmation of "Delete Event…" does. When it
 * fails, the message shows at the top of the dialog.
 */
void
relay_event_dialog_delete (RelayEventDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RELAY_IS_EVENT_DIALOG (self));
  g_return_if_fail (self->item != NULL);

  if (!relay_agenda_delete_event (self->agenda, relay_agenda_item_get_uid (self->item), &error))
    {
      show_message (self, error->message);
      return;
    }

  finish (self, _("Event deleted"));
}

/**
 * relay_event_dialog_get_message:
 * @self: a #RelayEventDialog
 *
 * Returns: the problem shown at the top of the dialog, or ""
 */
const char *
relay_event_dialog_get_message (RelayEventDialog *self)
{
  g_return_val_if_fail (RELAY_IS_EVENT_DIALOG (self), NULL);

  return gtk_label_get_label (self->message_label);
}
