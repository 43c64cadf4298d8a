/* relay-wizard-mandates-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wizard/relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_MANDATES_PAGE (relay_wizard_mandates_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizardMandatesPage, relay_wizard_mandates_page, RELAY, WIZARD_MANDATES_PAGE, RelayWizardPage)

RelayWizardPage *relay_wizard_mandates_page_new (void);

G_END_DECLS
