/* relay-error.h
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

#define RELAY_STORE_ERROR (relay_store_error_quark ())

typedef enum
{
  RELAY_STORE_ERROR_FAILED,
  RELAY_STORE_ERROR_CANNOT_OPEN,
  RELAY_STORE_ERROR_CORRUPT,
  RELAY_STORE_ERROR_TOO_NEW,
  RELAY_STORE_ERROR_DISK_FULL,
  RELAY_STORE_ERROR_READ_ONLY,
  RELAY_STORE_ERROR_BUSY,
  RELAY_STORE_ERROR_NOT_FOUND,
  RELAY_STORE_ERROR_INVALID,
} RelayStoreError;

GQuark relay_store_error_quark (void);

G_END_DECLS
