/* relay-core-private.h
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Helpers shared by the model objects; they live in relay-types.c. */

gboolean _relay_set_string    (char       **field,
                               const char  *value);
gboolean _relay_set_date_time (GDateTime  **field,
                               GDateTime   *value);
gboolean _relay_parse_date    (const char  *text,
                               int         *year,
                               int         *month,
                               int         *day);

/* The English (iso-codes) name of a country, untranslated; NULL if the
 * code is unknown. Safe from any thread once loaded. */
const char *_relay_country_get_english_name (const char *code);

G_END_DECLS
