/* relay-mandate-picker.c
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

#define G_LOG_DOMAIN "relay-mandate-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-mandate-picker.h"

/*
 * A menu button whose popover searches the mandate directory as the
 * Mandates page does (by title, topic or country, accents optional) and
 * lists what matches; clicking one chooses it, "No Mandate" clears.
 */

struct _RelayMandatePicker
{
  GtkWidget           parent_instance;

  /* Owned Widgets */
  GtkMenuButton      *button;
  GtkSearchEntry     *search_entry;
  GtkListBox         *list_box;

  /* Owned References */
  RelayDirectory     *directory;
  GtkCustomFilter    *filter;
  GtkFilterListModel *shown;
  char               *query;
  char               *mandate_id;
};

enum {
  PROP_0,
  PROP_MANDATE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RelayMandatePicker, relay_mandate_picker, GTK_TYPE_WIDGET)

static gboolean
filter_mandate (gpointer item,
                gpointer user_data)
{
  RelayMandatePicker *self = user_data;

  return relay_mandate_matches (RELAY_MANDATE (item), self->query);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RelayMandate *mandate = RELAY_MANDATE (item);
  GtkWidget *label = gtk_label_new (relay_mandate_get_title (mandate, NULL));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "mandate-id",
                          g_strdup (relay_mandate_get_id (mandate)), g_free);

  return row;
}

static void
update_label (RelayMandatePicker *self)
{
  gtk_menu_button_set_label (self->button, *self->mandate_id != '\0' ? _("Change…") : _("Choose…"));
}

static void
on_search_changed_cb (RelayMandatePicker *self,
                      GtkSearchEntry     *entry)
{
  g_free (self->query);
  self->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_row_activated_cb (RelayMandatePicker *self,
                     GtkListBoxRow      *row,
                     GtkListBox         *list_box)
{
  relay_mandate_picker_set_mandate_id (self, g_object_get_data (G_OBJECT (row), "mandate-id"));
  gtk_menu_button_popdown (self->button);
}

static void
on_none_clicked_cb (RelayMandatePicker *self,
                    GtkButton          *button)
{
  relay_mandate_picker_set_mandate_id (self, "");
  gtk_menu_button_popdown (self->button);
}

static gboolean
relay_mandate_picker_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (RELAY_MANDATE_PICKER (widget)->button));
}

static gboolean
relay_mandate_picker_mnemonic_activate (GtkWidget *widget,
                                        gboolean   group_cycling)
{
  return gtk_widget_mnemonic_activate (GTK_WIDGET (RELAY_MANDATE_PICKER (widget)->button),
                                       group_cycling);
}

static void
relay_mandate_picker_dispose (GObject *object)
{
  RelayMandatePicker *self = (RelayMandatePicker *)object;

  g_clear_pointer ((GtkWidget **)&self->button, gtk_widget_unparent);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (relay_mandate_picker_parent_class)->dispose (object);
}

static void
relay_mandate_picker_finalize (GObject *object)
{
  RelayMandatePicker *self = (RelayMandatePicker *)object;

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->mandate_id, g_free);

  G_OBJECT_CLASS (relay_mandate_picker_parent_class)->finalize (object);
}

static void
relay_mandate_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelayMandatePicker *self = RELAY_MANDATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_MANDATE_ID:
      g_value_set_string (value, self->mandate_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_mandate_picker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelayMandatePicker *self = RELAY_MANDATE_PICKER (object);

  switch (prop_id)
    {
    case PROP_MANDATE_ID:
      relay_mandate_picker_set_mandate_id (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_mandate_picker_class_init (RelayMandatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_mandate_picker_dispose;
  object_class->finalize = relay_mandate_picker_finalize;
  object_class->get_property = relay_mandate_picker_get_property;
  object_class->set_property = relay_mandate_picker_set_property;

  widget_class->grab_focus = relay_mandate_picker_grab_focus;
  widget_class->mnemonic_activate = relay_mandate_picker_mnemonic_activate;

  /**
   * RelayMandatePicker:mandate-id:
   *
   * The id of the mandate chosen, or "" for none.
   */
  properties[PROP_MANDATE_ID] =
    g_param_spec_string ("mandate-id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
relay_mandate_picker_init (RelayMandatePicker *self)
{
  GtkWidget *popover;
  GtkWidget *box;
  GtkWidget *scrolled;
  GtkWidget *none_button;

  self->mandate_id = g_strdup ("");
  self->query = g_strdup ("");

  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry,
                "placeholder-text", _("Search by name, topic or country"),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search mandates"),
                                  -1);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mandates"),
                                  -1);
  g_signal_connect_object (self->list_box, "row-activated",
                           G_CALLBACK (on_row_activated_cb), self, G_CONNECT_SWAPPED);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_box));

  none_button = gtk_button_new_with_mnemonic (_("_No Mandate"));
  g_signal_connect_object (none_button, "clicked",
                           G_CALLBACK (on_none_clicked_cb), self, G_CONNECT_SWAPPED);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_size_request (box, 280, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search_entry));
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), none_button);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), box);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_menu_button_set_always_show_arrow (self->button, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));

  update_label (self);
}

/**
 * relay_mandate_picker_new:
 *
 * Returns: (transfer floating): a new #RelayMandatePicker
 */
GtkWidget *
relay_mandate_picker_new (void)
{
  return g_object_new (RELAY_TYPE_MANDATE_PICKER, NULL);
}

/**
 * relay_mandate_picker_set_directory:
 * @self: a #RelayMandatePicker
 * @directory: the mandates to choose from
 *
 * Sets the directory to search.
 */
void
relay_mandate_picker_set_directory (RelayMandatePicker *self,
                                    RelayDirectory     *directory)
{
  g_return_if_fail (RELAY_IS_MANDATE_PICKER (self));
  g_return_if_fail (RELAY_IS_DIRECTORY (directory));

  g_set_object (&self->directory, directory);

  if (self->filter == NULL)
    self->filter = gtk_custom_filter_new (filter_mandate, self, NULL);

  g_clear_object (&self->shown);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (directory)),
                                           g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown), create_row, self, NULL);
}

/**
 * relay_mandate_picker_get_mandate_id:
 * @self: a #RelayMandatePicker
 *
 * Returns: the id of the mandate chosen, or ""
 */
const char *
relay_mandate_picker_get_mandate_id (RelayMandatePicker *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE_PICKER (self), NULL);

  return self->mandate_id;
}

/**
 * relay_mandate_picker_set_mandate_id:
 * @self: a #RelayMandatePicker
 * @mandate_id: (nullable): the id of a mandate, or "" or %NULL for none
 *
 * Chooses a mandate.
 */
void
relay_mandate_picker_set_mandate_id (RelayMandatePicker *self,
                                     const char         *mandate_id)
{
  g_return_if_fail (RELAY_IS_MANDATE_PICKER (self));

  if (mandate_id == NULL)
    mandate_id = "";

  if (g_str_equal (self->mandate_id, mandate_id))
    return;

  g_free (self->mandate_id);
  self->mandate_id = g_strdup (mandate_id);
  update_label (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANDATE_ID]);
}

/**
 * relay_mandate_picker_set_search_text:
 * @self: a #RelayMandatePicker
 * @text: what to search for
 *
 * Types @text in the search box, as the user would.
 */
void
relay_mandate_picker_set_search_text (RelayMandatePicker *self,
                                      const char         *text)
{
  g_return_if_fail (RELAY_IS_MANDATE_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed_cb (self, self->search_entry);
}

/**
 * relay_mandate_picker_get_shown:
 * @self: a #RelayMandatePicker
 *
 * Returns: (transfer none) (nullable): the mandates that match the search
 */
GListModel *
relay_mandate_picker_get_shown (RelayMandatePicker *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE_PICKER (self), NULL);

  return G_LIST_MODEL (self->shown);
}
