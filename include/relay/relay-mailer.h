/* relay-mailer.h
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

#define RELAY_MAIL_ERROR (relay_mail_error_quark ())

/* What went wrong when sending. The value nicks are stored in the outbox,
 * so that the message is shown in the language of the day.
 */
typedef enum
{
  RELAY_MAIL_ERROR_FAILED,
  RELAY_MAIL_ERROR_NOT_CONFIGURED,
  RELAY_MAIL_ERROR_UNREACHABLE,
  RELAY_MAIL_ERROR_LOGIN_DENIED,
  RELAY_MAIL_ERROR_CERTIFICATE,
  RELAY_MAIL_ERROR_NO_ENCRYPTION,
  RELAY_MAIL_ERROR_TOO_LARGE,
  RELAY_MAIL_ERROR_RECIPIENT_REFUSED,
  RELAY_MAIL_ERROR_SENDER_REFUSED,
  RELAY_MAIL_ERROR_CONNECTION_LOST,
  RELAY_MAIL_ERROR_TIMEOUT,
  RELAY_MAIL_ERROR_INTERRUPTED,
  RELAY_MAIL_ERROR_ALREADY_SENT,
  RELAY_MAIL_ERROR_CANCELLED,
  RELAY_MAIL_ERROR_BUSY,
} RelayMailError;

typedef enum
{
  RELAY_MAIL_SECURITY_STARTTLS,
  RELAY_MAIL_SECURITY_TLS,
} RelayMailSecurity;

#define RELAY_MAILER_DEFAULT_TIMEOUT 60

#define RELAY_TYPE_MAILER (relay_mailer_get_type ())

G_DECLARE_FINAL_TYPE (RelayMailer, relay_mailer, RELAY, MAILER, GObject)

GQuark             relay_mail_error_quark     (void);
const char        *relay_mail_error_get_message (RelayMailError error);

RelayMailer       *relay_mailer_new           (void);
const char        *relay_mailer_get_host      (RelayMailer         *self);
void               relay_mailer_set_host      (RelayMailer         *self,
                                               const char          *host);
guint              relay_mailer_get_port      (RelayMailer         *self);
void               relay_mailer_set_port      (RelayMailer         *self,
                                               guint                port);
RelayMailSecurity  relay_mailer_get_security  (RelayMailer         *self);
void               relay_mailer_set_security  (RelayMailer         *self,
                                               RelayMailSecurity    security);
const char        *relay_mailer_get_username  (RelayMailer         *self);
void               relay_mailer_set_username  (RelayMailer         *self,
                                               const char          *username);
void               relay_mailer_set_password  (RelayMailer         *self,
                                               const char          *password);
const char        *relay_mailer_get_ca_file   (RelayMailer         *self);
void               relay_mailer_set_ca_file   (RelayMailer         *self,
                                               const char          *ca_file);
guint              relay_mailer_get_timeout   (RelayMailer         *self);
void               relay_mailer_set_timeout   (RelayMailer         *self,
                                               guint                timeout);
double             relay_mailer_get_progress  (RelayMailer         *self);
gboolean           relay_mailer_get_busy      (RelayMailer         *self);

void               relay_mailer_send_async    (RelayMailer         *self,
                                               const char          *from,
                                               const char * const  *recipients,
                                               GBytes              *message,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
gboolean           relay_mailer_send_finish   (RelayMailer         *self,
                                               GAsyncResult        *result,
                                               char               **detail,
                                               GError             **error);

void               relay_mailer_send_test_async  (RelayMailer         *self,
                                                  const char          *from,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean           relay_mailer_send_test_finish (RelayMailer         *self,
                                                  GAsyncResult        *result,
                                                  char               **detail,
                                                  GError             **error);

G_END_DECLS
