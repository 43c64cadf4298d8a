/* relay-mail-account.h — the e-mail account of Preferences, ready to send
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <relay/relay.h>
#include <relay/relay-mailer.h>

G_BEGIN_DECLS

char              *relay_mail_account_dup_from          (GSettings            *settings);
RelayMailSecurity  relay_mail_account_get_security      (GSettings            *settings);
void               relay_mail_account_dup_mailer_async  (GSettings            *settings,
                                                         RelaySecrets         *secrets,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
RelayMailer       *relay_mail_account_dup_mailer_finish (GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
