/* relay-mandate-detail.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_MANDATE_DETAIL (relay_mandate_detail_get_type ())

G_DECLARE_FINAL_TYPE (RelayMandateDetail, relay_mandate_detail, RELAY, MANDATE_DETAIL, AdwBin)

RelayMandateDetail *relay_mandate_detail_new           (void);
void                relay_mandate_detail_set_directory (RelayMandateDetail *self,
                                                        RelayDirectory     *directory);
RelayMandate       *relay_mandate_detail_get_mandate   (RelayMandateDetail *self);
void                relay_mandate_detail_set_mandate   (RelayMandateDetail *self,
                                                        RelayMandate       *mandate);

G_END_DECLS
