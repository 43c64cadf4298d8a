/* relay-wizard-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_PAGE (relay_wizard_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (RelayWizardPage, relay_wizard_page, RELAY, WIZARD_PAGE, AdwBin)

struct _RelayWizardPageClass
{
  AdwBinClass parent_class;

  /* The page's id, stored in the case so that a draft reopens on it. */
  const char *page_id;

  /* Called when the page is given a case (or NULL): bind widgets here. */
  void (*case_changed) (RelayWizardPage *page,
                        RelayCase       *kase);

  /* Called each time the page becomes visible. */
  void (*shown)        (RelayWizardPage *page);

  gpointer padding[8];
};

RelayCase      *relay_wizard_page_get_case      (RelayWizardPage *self);
void            relay_wizard_page_set_case      (RelayWizardPage *self,
                                                 RelayCase       *kase);
RelayDirectory *relay_wizard_page_get_directory (RelayWizardPage *self);
void            relay_wizard_page_set_directory (RelayWizardPage *self,
                                                 RelayDirectory  *directory);
const char     *relay_wizard_page_get_title     (RelayWizardPage *self);
void            relay_wizard_page_set_title     (RelayWizardPage *self,
                                                 const char      *title);
gboolean        relay_wizard_page_get_complete  (RelayWizardPage *self);
void            relay_wizard_page_set_complete  (RelayWizardPage *self,
                                                 gboolean         complete);
const char     *relay_wizard_page_get_page_id   (RelayWizardPage *self);
void            relay_wizard_page_shown         (RelayWizardPage *self);

/* Binds a property of the page's case, both ways, to a widget: the text
 * of a GtkEditable (entry, AdwEntryRow), of a GtkTextView's buffer, or
 * the active state of a GtkSwitch/GtkCheckButton. The bindings are
 * dropped when the page gets another case. */
void            relay_wizard_page_bind          (RelayWizardPage *self,
                                                 const char      *property,
                                                 GtkWidget       *widget);

/* Binds an item's property (a victim's, an incident's…) the same way; the
 * binding lives as long as the widget and the item. */
void            relay_wizard_bind_item          (GObject         *item,
                                                 const char      *property,
                                                 GtkWidget       *widget);

/* Binds an enum property (0-based values, in order) to an AdwComboRow
 * whose model lists the values' labels in the same order. */
void            relay_wizard_bind_enum          (GObject         *object,
                                                 const char      *property,
                                                 AdwComboRow     *row);

/* A string list of an enum's labels (relay_enum_get_label), for an
 * AdwComboRow. */
GtkStringList  *relay_wizard_enum_model         (GType            enum_type);

G_END_DECLS
