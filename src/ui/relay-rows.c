/* relay-rows.c
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

#define G_LOG_DOMAIN "relay-rows"

#include "config.h"

#include "relay-rows.h"

/* The case page and the mandate page show records as groups of rows.
 * Their text comes from the user or from data files, so markup is off
 * everywhere. */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/**
 * relay_rows_add_group:
 * @box: the vertical box of the page
 * @title: (nullable): the group's heading
 * @description: (nullable): a line under the heading
 *
 * Returns: (transfer none): a new #AdwPreferencesGroup at the end of @box
 */
GtkWidget *
relay_rows_add_group (GtkBox     *box,
                      const char *title,
                      const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  gtk_box_append (box, group);

  return group;
}

/**
 * relay_rows_add_row:
 * @group: an #AdwPreferencesGroup
 * @title: the row's title
 * @subtitle: (nullable): more text under the title, wrapped
 *
 * Returns: (transfer none): a new #AdwActionRow at the end of @group
 */
GtkWidget *
relay_rows_add_row (GtkWidget  *group,
                    const char *title,
                    const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (!is_empty (subtitle))
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return row;
}

/**
 * relay_rows_add_value_row:
 * @group: an #AdwPreferencesGroup
 * @title: what the value is
 * @value: the value, shown at the end of the row
 *
 * Adds a row for a short fact, such as "Age" and "34".
 *
 * Returns: (transfer none): the new row
 */
GtkWidget *
relay_rows_add_value_row (GtkWidget  *group,
                          const char *title,
                          const char *value)
{
  GtkWidget *row = relay_rows_add_row (group, title, NULL);
  GtkWidget *label = gtk_label_new (value);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Short values stay on one line; only long ones wrap. */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);

  return row;
}

/**
 * relay_rows_add_empty_row:
 * @group: an #AdwPreferencesGroup
 * @text: what is missing, as in "No victims recorded yet."
 *
 * Adds a dimmed row saying that nothing is there yet.
 */
void
relay_rows_add_empty_row (GtkWidget  *group,
                          const char *text)
{
  GtkWidget *row = relay_rows_add_row (group, text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
}

/**
 * relay_rows_add_text:
 * @group: an #AdwPreferencesGroup
 * @accessible_name: what the text is, for screen readers
 * @text: a block of free text
 *
 * Adds a block of selectable, wrapped text on a card.
 *
 * Returns: (transfer none): the label
 */
GtkWidget *
relay_rows_add_text (GtkWidget  *group,
                     const char *accessible_name,
                     const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "card");
  gtk_widget_add_css_class (label, "case-text");
  if (accessible_name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                    -1);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label);

  return label;
}

/**
 * relay_rows_clear:
 * @box: a box
 *
 * Removes every child of @box.
 */
void
relay_rows_clear (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

/**
 * relay_model_find_string:
 * @model: a #GListModel of objects
 * @property: a string property of the items, such as "uuid" or "id"
 * @value: the value to look for
 *
 * Finds an item by an identifying string, as a selection needs.
 *
 * Returns: its position, or %GTK_INVALID_LIST_POSITION
 */
guint
relay_model_find_string (GListModel *model,
                         const char *property,
                         const char *value)
{
  guint n_items;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (property != NULL, GTK_INVALID_LIST_POSITION);

  n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_value = NULL;

      g_object_get (item, property, &item_value, NULL);
      if (g_strcmp0 (item_value, value) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

