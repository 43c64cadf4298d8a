/* relay-mandate-row.c
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

#define G_LOG_DOMAIN "relay-mandate-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-mandate-row.h"

struct _RelayMandateRow
{
  GtkWidget     parent_instance;

  /* Template Widgets */
  GtkWidget    *box;
  GtkLabel     *title_label;
  GtkLabel     *details_label;

  /* Owned References */
  RelayMandate *mandate;
};

G_DEFINE_FINAL_TYPE (RelayMandateRow, relay_mandate_row, GTK_TYPE_WIDGET)

static void
update_labels (RelayMandateRow *self)
{
  g_autofree char *details = NULL;
  const char *type;
  const char *country;

  if (self->mandate == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->details_label, "");
      return;
    }

  gtk_label_set_label (self->title_label, relay_mandate_get_title (self->mandate, NULL));

  type = relay_mandate_type_get_label (relay_mandate_get_mandate_type (self->mandate));
  country = relay_mandate_get_country (self->mandate);

  if (country != NULL && *country != '\0')
    /* Translators: a mandate's type, then its country, as in
     * "Special Rapporteur · Myanmar". */
    details = g_strdup_printf (_("%1$s · %2$s"), type, relay_country_get_name (country));
  else
    details = g_strdup (type);

  gtk_label_set_label (self->details_label, details);
}

static void
relay_mandate_row_dispose (GObject *object)
{
  RelayMandateRow *self = (RelayMandateRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_MANDATE_ROW);
  g_clear_object (&self->mandate);

  G_OBJECT_CLASS (relay_mandate_row_parent_class)->dispose (object);
}

static void
relay_mandate_row_class_init (RelayMandateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_mandate_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mandates/relay-mandate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayMandateRow, box);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelayMandateRow, details_label);
}

static void
relay_mandate_row_init (RelayMandateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_mandate_row_new:
 *
 * Returns: (transfer floating): a new #RelayMandateRow
 */
RelayMandateRow *
relay_mandate_row_new (void)
{
  return g_object_new (RELAY_TYPE_MANDATE_ROW, NULL);
}

/**
 * relay_mandate_row_set_mandate:
 * @self: a #RelayMandateRow
 * @mandate: (nullable): the mandate to show
 *
 * Shows the title, type and country of @mandate.
 */
void
relay_mandate_row_set_mandate (RelayMandateRow *self,
                               RelayMandate    *mandate)
{
  g_return_if_fail (RELAY_IS_MANDATE_ROW (self));
  g_return_if_fail (mandate == NULL || RELAY_IS_MANDATE (mandate));

  if (g_set_object (&self->mandate, mandate))
    update_labels (self);
}
