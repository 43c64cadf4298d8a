/* relay-wizard-sender-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "../relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_SENDER_PAGE (relay_wizard_sender_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizardSenderPage, relay_wizard_sender_page, RELAY, WIZARD_SENDER_PAGE, RelayWizardPage)

G_END_DECLS
