/* relay-mail-page.h — the E-mail page of Preferences
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_MAIL_PAGE (relay_mail_page_get_type ())

G_DECLARE_FINAL_TYPE (RelayMailPage, relay_mail_page, RELAY, MAIL_PAGE, AdwPreferencesPage)

void        relay_mail_page_set_account          (RelayMailPage *self,
                                                  GSettings     *settings,
                                                  RelaySecrets  *secrets);
void        relay_mail_page_set_ca_file          (RelayMailPage *self,
                                                  const char    *ca_file);
void        relay_mail_page_save_password        (RelayMailPage *self);
void        relay_mail_page_send_test            (RelayMailPage *self);
const char *relay_mail_page_get_password_status  (RelayMailPage *self);
const char *relay_mail_page_get_keyring_problem  (RelayMailPage *self);
const char *relay_mail_page_get_test_status      (RelayMailPage *self);
gboolean    relay_mail_page_get_busy             (RelayMailPage *self);

G_END_DECLS
