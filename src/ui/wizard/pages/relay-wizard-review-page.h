/* relay-wizard-review-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wizard/relay-wizard-page.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WIZARD_REVIEW_PAGE (relay_wizard_review_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayWizardReviewPage, relay_wizard_review_page, RELAY, WIZARD_REVIEW_PAGE, RelayWizardPage)

RelayWizardPage *relay_wizard_review_page_new    (void);
gboolean         relay_wizard_review_page_export (RelayWizardReviewPage *self,
                                                  GFile                 *file,
                                                  gboolean               as_pdf);

G_END_DECLS
