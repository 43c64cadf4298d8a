/* relay-mime-message.h
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

#include <glib-object.h>

G_BEGIN_DECLS

#define RELAY_TYPE_MIME_MESSAGE (relay_mime_message_get_type ())

G_DECLARE_FINAL_TYPE (RelayMimeMessage, relay_mime_message, RELAY, MIME_MESSAGE, GObject)

RelayMimeMessage *relay_mime_message_new              (void);
void              relay_mime_message_set_from         (RelayMimeMessage *self,
                                                       const char       *name,
                                                       const char       *address);
const char       *relay_mime_message_get_from_address (RelayMimeMessage *self);
void              relay_mime_message_add_to           (RelayMimeMessage *self,
                                                       const char       *address);
void              relay_mime_message_add_cc           (RelayMimeMessage *self,
                                                       const char       *address);
char            **relay_mime_message_dup_recipients   (RelayMimeMessage *self);
void              relay_mime_message_set_subject      (RelayMimeMessage *self,
                                                       const char       *subject);
const char       *relay_mime_message_get_subject      (RelayMimeMessage *self);
void              relay_mime_message_set_language     (RelayMimeMessage *self,
                                                       const char       *language);
void              relay_mime_message_set_date         (RelayMimeMessage *self,
                                                       GDateTime        *date);
const char       *relay_mime_message_get_message_id   (RelayMimeMessage *self);
void              relay_mime_message_set_text         (RelayMimeMessage *self,
                                                       const char       *text);
void              relay_mime_message_add_attachment   (RelayMimeMessage *self,
                                                       const char       *file_name,
                                                       const char       *mime_type,
                                                       GBytes           *data);
GBytes           *relay_mime_message_to_bytes         (RelayMimeMessage *self);

G_END_DECLS
