/* relay-mandates-page.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_MANDATES_PAGE (relay_mandates_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayMandatesPage, relay_mandates_page, RELAY, MANDATES_PAGE, AdwBin)

void        relay_mandates_page_set_directory   (RelayMandatesPage *self,
                                                 RelayDirectory    *directory);
void        relay_mandates_page_set_directory_error (RelayMandatesPage *self,
                                                     const GError      *error);
void        relay_mandates_page_focus_search    (RelayMandatesPage *self);
void        relay_mandates_page_set_search_text (RelayMandatesPage *self,
                                                 const char        *text);
void        relay_mandates_page_show_kind       (RelayMandatesPage *self,
                                                 int                kind);
GListModel *relay_mandates_page_get_shown       (RelayMandatesPage *self);
void        relay_mandates_page_select_mandate  (RelayMandatesPage *self,
                                                 const char        *mandate_id);

G_END_DECLS
