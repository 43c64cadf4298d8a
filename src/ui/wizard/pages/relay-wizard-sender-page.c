/* relay-wizard-sender-page.c
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

#define G_LOG_DOMAIN "relay-wizard-sender-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-wizard-sender-page.h"

/* Question 1: who is sending. Prefilled from Preferences by the wizard. */

struct _RelayWizardSenderPage
{
  RelayWizardPage  parent_instance;

  /* Template Widgets */
  AdwEntryRow     *organisation_row;
  AdwEntryRow     *name_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *address_row;
  AdwEntryRow     *relationship_row;
  AdwActionRow    *confidential_row;
  GtkSwitch       *confidential_switch;
};

G_DEFINE_FINAL_TYPE (RelayWizardSenderPage, relay_wizard_sender_page, RELAY_TYPE_WIZARD_PAGE)

static void
relay_wizard_sender_page_case_changed (RelayWizardPage *page,
                                       RelayCase       *kase)
{
  RelayWizardSenderPage *self = RELAY_WIZARD_SENDER_PAGE (page);

  if (kase == NULL)
    return;

  relay_wizard_page_bind (page, "sender-organisation", GTK_WIDGET (self->organisation_row));
  relay_wizard_page_bind (page, "sender-name", GTK_WIDGET (self->name_row));
  relay_wizard_page_bind (page, "sender-email", GTK_WIDGET (self->email_row));
  relay_wizard_page_bind (page, "sender-phone", GTK_WIDGET (self->phone_row));
  relay_wizard_page_bind (page, "sender-address", GTK_WIDGET (self->address_row));
  relay_wizard_page_bind (page, "sender-relationship", GTK_WIDGET (self->relationship_row));
  relay_wizard_page_bind (page, "sender-confidential", GTK_WIDGET (self->confidential_switch));
}

static void
relay_wizard_sender_page_shown (RelayWizardPage *page)
{
  RelayWizardSenderPage *self = RELAY_WIZARD_SENDER_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->organisation_row));
}

static void
relay_wizard_sender_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELAY_TYPE_WIZARD_SENDER_PAGE);

  G_OBJECT_CLASS (relay_wizard_sender_page_parent_class)->dispose (object);
}

static void
relay_wizard_sender_page_class_init (RelayWizardSenderPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_sender_page_dispose;

  page_class->page_id = "sender";
  page_class->case_changed = relay_wizard_sender_page_case_changed;
  page_class->shown = relay_wizard_sender_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-sender-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, email_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, phone_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, address_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, relationship_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, confidential_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardSenderPage, confidential_switch);
}

static void
relay_wizard_sender_page_init (RelayWizardSenderPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("Who Is Sending"));
}
