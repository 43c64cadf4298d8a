/* relay-wizard-text-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "../relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_TEXT_PAGE (relay_wizard_text_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizardTextPage, relay_wizard_text_page, RELAY, WIZARD_TEXT_PAGE, RelayWizardPage)

RelayWizardPage *relay_wizard_text_page_new (const char *page_id,
                                             const char *title,
                                             const char *help,
                                             const char *property,
                                             const char *field_label,
                                             gboolean    with_press_release);

G_END_DECLS
