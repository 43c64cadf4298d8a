/* relay-attachments-group.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_ATTACHMENTS_GROUP (relay_attachments_group_get_type ())

G_DECLARE_FINAL_TYPE (RelayAttachmentsGroup, relay_attachments_group, RELAY, ATTACHMENTS_GROUP, AdwBin)

void     relay_attachments_group_set_case    (RelayAttachmentsGroup *self,
                                              RelayCase             *kase);
gboolean relay_attachments_group_attach_file (RelayAttachmentsGroup *self,
                                              GFile                 *file);

G_END_DECLS
