/* relay-case-style.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <relay/relay.h>

G_BEGIN_DECLS

static inline char *
relay_case_status_dup_css_class (RelayCaseStatus status)
{
  return g_strconcat ("status-", relay_enum_to_nick (RELAY_TYPE_CASE_STATUS, status), NULL);
}

G_END_DECLS
