/* relay-format.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *relay_format_date           (GDateTime  *date);
char       *relay_format_iso_date       (const char *iso_date);
char       *relay_format_last_change    (GDateTime  *time,
                                         GDateTime  *now);
const char *relay_country_get_name      (const char *code);
gboolean    relay_country_is_valid_code (const char *code);
GStrv       relay_country_dup_codes     (void);

G_END_DECLS
