/* relay-case-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_CASE_PAGE (relay_case_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayCasePage, relay_case_page, RELAY, CASE_PAGE, AdwBin)

RelayCasePage *relay_case_page_new      (void);
RelayCase     *relay_case_page_get_case (RelayCasePage *self);
void           relay_case_page_set_case (RelayCasePage *self,
                                         RelayCase     *kase);
void           relay_case_page_show_saved_case (RelayCasePage *self,
                                                RelayCase     *saved);

G_END_DECLS
