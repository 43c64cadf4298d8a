/* relay-mail-page-private.h
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "relay-mail-account.h"
#include "relay-mail-page.h"

G_BEGIN_DECLS

/* What the page knows of the password of the account. */
typedef enum
{
  RELAY_MAIL_PAGE_PASSWORD_UNKNOWN,
  RELAY_MAIL_PAGE_PASSWORD_NONE,
  RELAY_MAIL_PAGE_PASSWORD_IN_KEYRING,
  RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION,
} RelayMailPagePassword;

struct _RelayMailPage
{
  AdwPreferencesPage  parent_instance;

  /* Template Widgets */
  AdwPreferencesGroup *keyring_group;
  AdwActionRow        *keyring_row;
  GtkButton           *session_button;
  AdwEntryRow         *server_row;
  AdwComboRow         *security_row;
  GtkSpinButton       *port_spin;
  AdwEntryRow         *user_row;
  AdwPasswordEntryRow *password_row;
  AdwActionRow        *password_status_row;
  GtkSpinner          *password_spinner;
  GtkButton           *remove_button;
  AdwPreferencesGroup *sending_group;
  AdwEntryRow         *from_row;
  GtkSwitch           *copy_switch;
  AdwActionRow        *test_row;
  GtkSpinner          *test_spinner;
  GtkButton           *test_button;
  GtkLabel            *test_status_label;

  /* Owned References */
  GSettings           *settings;
  RelaySecrets        *secrets;
  GCancellable        *check_cancellable;
  GCancellable        *cancellable;
  GCancellable        *test_cancellable;
  RelayMailer         *mailer;
  char                *password_problem;
  char                *ca_file;

  guint                check_source;
  RelayMailPagePassword        password_state;
  guint                password_dirty : 1;
  guint                saving : 1;
  guint                test_after_save : 1;
};

static inline gboolean
relay_mail_page_is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* relay-mail-page.c */
gboolean _relay_mail_page_is_disposed           (RelayMailPage   *self);
gboolean _relay_mail_page_get_account           (RelayMailPage   *self,
                                                 char           **server,
                                                 guint           *port,
                                                 char           **user);
void     _relay_mail_page_announce              (GtkWidget       *widget,
                                                 const char      *message);
void     _relay_mail_page_start_test            (RelayMailPage   *self);

/* relay-mail-page-password.c */
void     _relay_mail_page_password_class_init   (GtkWidgetClass  *widget_class);
void     _relay_mail_page_password_init         (RelayMailPage   *self);
void     _relay_mail_page_check_password        (RelayMailPage   *self);
void     _relay_mail_page_show_keyring_problem  (RelayMailPage   *self,
                                                 const GError    *error);

G_END_DECLS
