/* relay-attachment.h
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

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest file relay_attachment_new_from_file() accepts: 20 MiB. */
#define RELAY_ATTACHMENT_MAX_SIZE (G_GUINT64_CONSTANT (20) * 1024 * 1024)

#define RELAY_ATTACHMENT_ERROR (relay_attachment_error_quark ())

typedef enum
{
  RELAY_ATTACHMENT_ERROR_FAILED,
  RELAY_ATTACHMENT_ERROR_TOO_LARGE,
  RELAY_ATTACHMENT_ERROR_CANNOT_READ,
} RelayAttachmentError;

GQuark relay_attachment_error_quark (void);

#define RELAY_TYPE_ATTACHMENT (relay_attachment_get_type ())

G_DECLARE_FINAL_TYPE (RelayAttachment, relay_attachment, RELAY, ATTACHMENT, GObject)

RelayAttachment *relay_attachment_new_from_bytes       (const char       *file_name,
                                                        const char       *mime_type,
                                                        GBytes           *bytes);
RelayAttachment *relay_attachment_new_from_file        (GFile            *file,
                                                        GCancellable     *cancellable,
                                                        GError          **error);
GBytes          *relay_attachment_get_bytes            (RelayAttachment  *self);
guint64          relay_attachment_get_size             (RelayAttachment  *self);
const char      *relay_attachment_get_sha256           (RelayAttachment  *self);
const char      *relay_attachment_get_file_name        (RelayAttachment  *self);
void             relay_attachment_set_file_name        (RelayAttachment  *self,
                                                        const char       *file_name);
const char      *relay_attachment_get_mime_type        (RelayAttachment  *self);
void             relay_attachment_set_mime_type        (RelayAttachment  *self,
                                                        const char       *mime_type);
const char      *relay_attachment_get_translation_note (RelayAttachment  *self);
void             relay_attachment_set_translation_note (RelayAttachment  *self,
                                                        const char       *translation_note);
GDateTime       *relay_attachment_get_added_at         (RelayAttachment  *self);
void             relay_attachment_set_added_at         (RelayAttachment  *self,
                                                        GDateTime        *added_at);

G_END_DECLS
