/* relay-wizard-victims-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "../relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_VICTIMS_PAGE (relay_wizard_victims_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizardVictimsPage, relay_wizard_victims_page, RELAY, WIZARD_VICTIMS_PAGE, RelayWizardPage)

RelayWizardPage *relay_wizard_victims_page_new (void);

G_END_DECLS
