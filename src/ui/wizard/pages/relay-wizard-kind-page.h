/* relay-wizard-kind-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "../relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_KIND_PAGE (relay_wizard_kind_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizardKindPage, relay_wizard_kind_page, RELAY, WIZARD_KIND_PAGE, RelayWizardPage)

void relay_wizard_kind_page_set_country (RelayWizardKindPage *self,
                                         const char          *code);

G_END_DECLS
