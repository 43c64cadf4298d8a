/* relay-cases-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_CASES_PAGE (relay_cases_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayCasesPage, relay_cases_page, RELAY, CASES_PAGE, AdwBin)

void        relay_cases_page_set_store        (RelayCasesPage *self,
                                               RelayStore     *store);
void        relay_cases_page_set_store_error  (RelayCasesPage *self,
                                               const GError   *error);
void        relay_cases_page_focus_search     (RelayCasesPage *self);
void        relay_cases_page_select_case      (RelayCasesPage *self,
                                               const char     *uuid);
const char *relay_cases_page_get_visible_state (RelayCasesPage *self);

G_END_DECLS
