/* relay-wizard-text-page.c
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

#define G_LOG_DOMAIN "relay-wizard-text-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-wizard-text-page.h"

/* A page that asks one question answered in free text: the context, the
 * action already taken, the action requested (with the press release). */

struct _RelayWizardTextPage
{
  RelayWizardPage      parent_instance;

  /* Template Widgets */
  GtkLabel            *help_label;
  GtkTextView         *text_view;
  AdwPreferencesGroup *press_group;
  GtkSwitch           *press_switch;
  AdwEntryRow         *press_reason_row;

  /* Owned References */
  char                *property;
};

G_DEFINE_FINAL_TYPE (RelayWizardTextPage, relay_wizard_text_page, RELAY_TYPE_WIZARD_PAGE)

static void
relay_wizard_text_page_case_changed (RelayWizardPage *page,
                                     RelayCase       *kase)
{
  RelayWizardTextPage *self = RELAY_WIZARD_TEXT_PAGE (page);

  if (kase == NULL || self->property == NULL)
    return;

  relay_wizard_page_bind (page, self->property, GTK_WIDGET (self->text_view));

  if (gtk_widget_get_visible (GTK_WIDGET (self->press_group)))
    {
      relay_wizard_page_bind (page, "press-release", GTK_WIDGET (self->press_switch));
      relay_wizard_page_bind (page, "press-release-reason", GTK_WIDGET (self->press_reason_row));
    }
}

static void
relay_wizard_text_page_shown (RelayWizardPage *page)
{
  RelayWizardTextPage *self = RELAY_WIZARD_TEXT_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
relay_wizard_text_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAY_TYPE_WIZARD_TEXT_PAGE);

  G_OBJECT_CLASS (relay_wizard_text_page_parent_class)->dispose (object);
}

static void
relay_wizard_text_page_finalize (GObject *object)
{
  RelayWizardTextPage *self = (RelayWizardTextPage *)object;

  g_clear_pointer (&self->property, g_free);

  G_OBJECT_CLASS (relay_wizard_text_page_parent_class)->finalize (object);
}

static void
relay_wizard_text_page_class_init (RelayWizardTextPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_text_page_dispose;
  object_class->finalize = relay_wizard_text_page_finalize;

  page_class->page_id = "text";
  page_class->case_changed = relay_wizard_text_page_case_changed;
  page_class->shown = relay_wizard_text_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-text-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardTextPage, help_label);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardTextPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardTextPage, press_group);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardTextPage, press_switch);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardTextPage, press_reason_row);
}

static void
relay_wizard_text_page_init (RelayWizardTextPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_wizard_text_page_new:
 * @page_id: the page's id, such as "context"
 * @title: the page's title, translated
 * @help: one or two lines of advice, translated
 * @property: the #RelayCase property the text goes into
 * @field_label: the accessible name of the text field, translated
 * @with_press_release: whether to ask about a press release too
 *
 * Returns: (transfer floating): a new page
 */
RelayWizardPage *
relay_wizard_text_page_new (const char *page_id,
                            const char *title,
                            const char *help,
                            const char *property,
                            const char *field_label,
                            gboolean    with_press_release)
{
  RelayWizardTextPage *self;

  g_return_val_if_fail (page_id != NULL, NULL);
  g_return_val_if_fail (property != NULL, NULL);

  self = g_object_new (RELAY_TYPE_WIZARD_TEXT_PAGE,
                       "page-id", page_id,
                       "title", title,
                       NULL);
  self->property = g_strdup (property);
  gtk_label_set_label (self->help_label, help);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, field_label,
                                  -1);
  gtk_widget_set_visible (GTK_WIDGET (self->press_group), with_press_release);

  return RELAY_WIZARD_PAGE (self);
}
