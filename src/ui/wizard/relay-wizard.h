/* relay-wizard.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

#include "relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD (relay_wizard_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizard, relay_wizard, RELAY, WIZARD, AdwWindow)

RelayWizard     *relay_wizard_new              (RelayStore     *store,
                                                RelayDirectory *directory,
                                                GSettings      *settings,
                                                RelayCase      *kase);
RelayCase       *relay_wizard_get_case         (RelayWizard    *self);
RelayWizardPage *relay_wizard_get_current_page (RelayWizard    *self);
guint            relay_wizard_get_n_pages      (RelayWizard    *self);
RelayWizardPage *relay_wizard_get_page         (RelayWizard    *self,
                                                guint           index);
void             relay_wizard_next             (RelayWizard    *self);
void             relay_wizard_back             (RelayWizard    *self);
void             relay_wizard_show_page        (RelayWizard    *self,
                                                const char     *page_id);
gboolean         relay_wizard_save_now         (RelayWizard    *self,
                                                GError        **error);

G_END_DECLS
