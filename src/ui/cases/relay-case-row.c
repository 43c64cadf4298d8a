/* relay-case-row.c
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

#define G_LOG_DOMAIN "relay-case-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-case-row.h"
#include "relay-case-style.h"

struct _RelayCaseRow
{
  GtkWidget         parent_instance;

  /* Template Widgets */
  GtkWidget        *box;
  GtkLabel         *title_label;
  GtkLabel         *status_label;
  GtkLabel         *details_label;
  GtkLabel         *updated_label;

  /* Owned References */
  RelayCaseSummary *summary;
  char             *status_class;
};

enum {
  PROP_0,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RelayCaseRow, relay_case_row, GTK_TYPE_WIDGET)

static void
update_labels (RelayCaseRow *self)
{
  g_autofree char *details = NULL;
  g_autofree char *updated = NULL;
  g_autofree char *updated_text = NULL;
  g_autoptr(GDateTime) now = NULL;
  RelayCaseStatus status;
  const char *title;
  const char *country;
  GDateTime *updated_at;

  g_assert (RELAY_IS_CASE_ROW (self));

  if (self->status_class != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), self->status_class);
      g_clear_pointer (&self->status_class, g_free);
    }

  if (self->summary == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->status_label, "");
      gtk_label_set_label (self->details_label, "");
      gtk_label_set_label (self->updated_label, "");
      return;
    }

  title = relay_case_summary_get_title (self->summary);
  if (title == NULL || *title == '\0')
    title = _("Untitled case");
  gtk_label_set_label (self->title_label, title);

  status = relay_case_summary_get_status (self->summary);
  gtk_label_set_label (self->status_label, relay_case_status_get_label (status));
  self->status_class = relay_case_status_dup_css_class (status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), self->status_class);

  country = relay_case_summary_get_country (self->summary);
  if (country != NULL && *country != '\0')
    /* Translators: the kind of a case, then its country, as in
     * "Urgent appeal · Colombia". */
    details = g_strdup_printf (_("%1$s · %2$s"),
                               relay_case_kind_get_label (relay_case_summary_get_kind (self->summary)),
                               relay_country_get_name (country));
  else
    details = g_strdup (relay_case_kind_get_label (relay_case_summary_get_kind (self->summary)));
  gtk_label_set_label (self->details_label, details);

  updated_at = relay_case_summary_get_updated_at (self->summary);
  if (updated_at != NULL)
    {
      now = g_date_time_new_now_local ();
      updated = relay_format_last_change (updated_at, now);
      /* Translators: %s is a date or "Today at 14:02". */
      updated_text = g_strdup_printf (_("Changed %s"), updated);
    }
  gtk_label_set_label (self->updated_label, updated_text ? updated_text : "");
}

static void
relay_case_row_dispose (GObject *object)
{
  RelayCaseRow *self = (RelayCaseRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_CASE_ROW);

  g_clear_object (&self->summary);
  g_clear_pointer (&self->status_class, g_free);

  G_OBJECT_CLASS (relay_case_row_parent_class)->dispose (object);
}

static void
relay_case_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RelayCaseRow *self = RELAY_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_object (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RelayCaseRow *self = RELAY_CASE_ROW (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      relay_case_row_set_summary (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_row_class_init (RelayCaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_case_row_dispose;
  object_class->get_property = relay_case_row_get_property;
  object_class->set_property = relay_case_row_set_property;

  /**
   * RelayCaseRow:summary:
   *
   * The case shown in the row.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_object ("summary", NULL, NULL,
                         RELAY_TYPE_CASE_SUMMARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cases/relay-case-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayCaseRow, box);
  gtk_widget_class_bind_template_child (widget_class, RelayCaseRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelayCaseRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, RelayCaseRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, RelayCaseRow, updated_label);
}

static void
relay_case_row_init (RelayCaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_case_row_new:
 *
 * Returns: (transfer floating): a new #RelayCaseRow
 */
RelayCaseRow *
relay_case_row_new (void)
{
  return g_object_new (RELAY_TYPE_CASE_ROW, NULL);
}

/**
 * relay_case_row_get_summary:
 * @self: a #RelayCaseRow
 *
 * Returns: (transfer none) (nullable): the case shown in the row
 */
RelayCaseSummary *
relay_case_row_get_summary (RelayCaseRow *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_ROW (self), NULL);

  return self->summary;
}

/**
 * relay_case_row_set_summary:
 * @self: a #RelayCaseRow
 * @summary: (nullable): the case to show
 *
 * Shows the title, kind, country, status and last change of @summary.
 */
void
relay_case_row_set_summary (RelayCaseRow     *self,
                            RelayCaseSummary *summary)
{
  g_return_if_fail (RELAY_IS_CASE_ROW (self));
  g_return_if_fail (summary == NULL || RELAY_IS_CASE_SUMMARY (summary));

  if (g_set_object (&self->summary, summary))
    {
      update_labels (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
}
