/* relay-mail-page.c
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

#define G_LOG_DOMAIN "relay-mail-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-mail-page-private.h"

/*
 * The E-mail page of Preferences: the SMTP account, bound to GSettings,
 * and its password, which goes to the keyring only (RelaySecrets) — never
 * to GSettings. The password is saved when the user presses Enter or the
 * apply button, or leaves the row, never on each key press; once saved,
 * the row is emptied, and a status row says where the password is kept.
 *
 * When no keyring answers (or it stays locked), a warning row at the top
 * says so with the keyring's own message and offers to keep the typed
 * password in memory for this session only.
 *
 * The password's part lives in relay-mail-page-password.c.
 *
 * Every keyring and network call is asynchronous and holds a reference to
 * the page; dispose cancels them, and their callbacks do nothing once the
 * page is disposed (its template children are NULL then).
 */

G_DEFINE_FINAL_TYPE (RelayMailPage, relay_mail_page, ADW_TYPE_PREFERENCES_PAGE)

/*
 * Helpers
 */

gboolean
_relay_mail_page_is_disposed (RelayMailPage *self)
{
  return self->password_row == NULL;
}

/* The account as saved in the settings. FALSE if it is incomplete. */
gboolean
_relay_mail_page_get_account (RelayMailPage  *self,
                              char          **server,
                              guint          *port,
                              char          **user)
{
  *server = g_strstrip (g_settings_get_string (self->settings, "smtp-server"));
  *user = g_strstrip (g_settings_get_string (self->settings, "smtp-user"));
  *port = (guint) g_settings_get_int (self->settings, "smtp-port");

  return **server != '\0' && **user != '\0';
}

void
_relay_mail_page_announce (GtkWidget  *widget,
                           const char *message)
{
  /* Screen readers hear the news without having to look for it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                  -1);
}

static void
show_test_status (RelayMailPage *self,
                  const char    *message,
                  const char    *css_class)
{
  GtkWidget *label = GTK_WIDGET (self->test_status_label);

  gtk_label_set_label (self->test_status_label, message ? message : "");
  gtk_widget_set_visible (label, message != NULL);

  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "success");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  if (message != NULL)
    _relay_mail_page_announce (label, message);
}

static void
set_testing (RelayMailPage *self,
             gboolean       testing)
{
  gtk_widget_set_visible (GTK_WIDGET (self->test_spinner), testing);
  gtk_spinner_set_spinning (self->test_spinner, testing);
  gtk_button_set_label (self->test_button, testing ? _("_Stop") : _("_Send"));
}

static void
update_from_texts (RelayMailPage *self)
{
  g_autofree char *from = g_strstrip (g_settings_get_string (self->settings, "smtp-from"));
  g_autofree char *email = g_strstrip (g_settings_get_string (self->settings, "sender-email"));
  g_autofree char *effective = relay_mail_account_dup_from (self->settings);
  g_autofree char *description = NULL;
  g_autofree char *test_text = NULL;

  if (*from != '\0' && *email != '\0' && g_strcmp0 (from, email) != 0)
    /* Translators: %s is an e-mail address */
    description = g_strdup_printf (_("Submissions are sent from this address. Leave it empty "
                                     "to send from %s, the address in your contact details."),
                                   email);
  else if (*from != '\0')
    description = g_strdup (_("Submissions are sent from this address."));
  else if (*email != '\0')
    /* Translators: %s is an e-mail address */
    description = g_strdup_printf (_("Leave “Send from” empty to send from %s, the address in "
                                     "your contact details, or type another address."),
                                   email);
  else
    description = g_strdup (_("Type the address submissions are sent from, or fill in your "
                              "e-mail address on the Sender page."));

  adw_preferences_group_set_description (self->sending_group, description);

  if (effective != NULL)
    /* Translators: %s is an e-mail address */
    test_text = g_strdup_printf (_("Sends a short message to %s, to check these settings."),
                                 effective);
  else
    test_text = g_strdup (_("Fill in the address to send from first."));

  adw_action_row_set_subtitle (self->test_row, test_text);
}

/*
 * The test message
 */

static void
finish_test (RelayMailPage *self,
             const GError  *error)
{
  g_clear_object (&self->test_cancellable);
  g_clear_object (&self->mailer);
  set_testing (self, FALSE);

  if (error != NULL)
    {
      _relay_mail_page_show_keyring_problem (self, error);
      show_test_status (self, error->message, "error");
    }
  else
    {
      g_autofree char *from = relay_mail_account_dup_from (self->settings);
      g_autofree char *message = NULL;

      /* Translators: %s is an e-mail address */
      message = g_strdup_printf (_("The test message was sent to %s. Check that it arrived "
                                   "in that mailbox."),
                                 from ? from : "");
      show_test_status (self, message, "success");
    }
}

static void
on_test_sent_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(RelayMailPage) self = user_data;
  g_autoptr(GError) error = NULL;

  relay_mailer_send_test_finish (RELAY_MAILER (object), result, NULL, &error);

  /* Stopping has already said so. */
  if (relay_mail_page_is_cancelled (error) || _relay_mail_page_is_disposed (self))
    return;

  finish_test (self, error);
}

static void
on_mailer_ready_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(RelayMailPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;

  self->mailer = relay_mail_account_dup_mailer_finish (result, &error);

  if (relay_mail_page_is_cancelled (error) || _relay_mail_page_is_disposed (self))
    {
      g_clear_object (&self->mailer);
      return;
    }

  if (error != NULL)
    {
      finish_test (self, error);
      return;
    }

  if (self->ca_file != NULL)
    relay_mailer_set_ca_file (self->mailer, self->ca_file);

  from = relay_mail_account_dup_from (self->settings);
  relay_mailer_send_test_async (self->mailer, from, self->test_cancellable,
                                on_test_sent_cb, g_object_ref (self));
}

void
_relay_mail_page_start_test (RelayMailPage *self)
{
  self->test_cancellable = g_cancellable_new ();
  set_testing (self, TRUE);
  show_test_status (self, _("Sending a test message…"), NULL);
  relay_mail_account_dup_mailer_async (self->settings, self->secrets, self->test_cancellable,
                                       on_mailer_ready_cb, g_object_ref (self));
}

/**
 * relay_mail_page_send_test:
 * @self: a #RelayMailPage
 *
 * Sends a test message to the address mail is sent from, with the
 * account of the page, or stops the one being sent. A password typed but
 * not saved yet is saved first. The result is shown in the page.
 */
void
relay_mail_page_send_test (RelayMailPage *self)
{
  g_return_if_fail (RELAY_IS_MAIL_PAGE (self));
  g_return_if_fail (self->secrets != NULL);

  if (self->test_cancellable != NULL || self->test_after_save)
    {
      self->test_after_save = FALSE;
      if (self->test_cancellable != NULL)
        g_cancellable_cancel (self->test_cancellable);
      g_clear_object (&self->test_cancellable);
      g_clear_object (&self->mailer);
      set_testing (self, FALSE);
      show_test_status (self, _("The test was stopped: no message was sent, or it was cut "
                                "off."), NULL);
      return;
    }

  if (self->saving || self->password_dirty)
    {
      self->test_after_save = TRUE;
      set_testing (self, TRUE);
      show_test_status (self, _("Sending a test message…"), NULL);
      relay_mail_page_save_password (self);
      return;
    }

  _relay_mail_page_start_test (self);
}

static void
on_test_clicked_cb (RelayMailPage *self)
{
  relay_mail_page_send_test (self);
}

/*
 * Settings
 */

static gboolean
security_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  g_value_set_uint (value, g_str_equal (nick, "tls") ? RELAY_MAIL_SECURITY_TLS
                                                     : RELAY_MAIL_SECURITY_STARTTLS);

  return TRUE;
}

static GVariant *
security_set_mapping (const GValue       *value,
                      const GVariantType *expected_type,
                      gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == RELAY_MAIL_SECURITY_TLS
                               ? "tls" : "starttls");
}

/* The usual ports follow the encryption, unless another port was chosen. */
static void
on_security_selected_cb (RelayMailPage *self)
{
  guint selected = adw_combo_row_get_selected (self->security_row);
  int port = g_settings_get_int (self->settings, "smtp-port");

  if (selected == RELAY_MAIL_SECURITY_TLS && port == 587)
    g_settings_set_int (self->settings, "smtp-port", 465);
  else if (selected == RELAY_MAIL_SECURITY_STARTTLS && port == 465)
    g_settings_set_int (self->settings, "smtp-port", 587);
}

static void
bind_settings (RelayMailPage *self)
{
  g_settings_bind (self->settings, "smtp-server", self->server_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "smtp-port", self->port_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "smtp-security", self->security_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                security_get_mapping, security_set_mapping, NULL, NULL);
  g_settings_bind (self->settings, "smtp-user", self->user_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "smtp-from", self->from_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "smtp-copy-to-sender", self->copy_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  /* Connected after binding, so that loading the settings changes none. */
  g_signal_connect_object (self->security_row, "notify::selected",
                           G_CALLBACK (on_security_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::smtp-from",
                           G_CALLBACK (update_from_texts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::sender-email",
                           G_CALLBACK (update_from_texts), self, G_CONNECT_SWAPPED);
  update_from_texts (self);
}

/*
 * GObject
 */

static void
relay_mail_page_dispose (GObject *object)
{
  RelayMailPage *self = (RelayMailPage *)object;

  g_clear_handle_id (&self->check_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  if (self->test_cancellable != NULL)
    g_cancellable_cancel (self->test_cancellable);
  g_clear_object (&self->check_cancellable);
  g_clear_object (&self->test_cancellable);
  g_clear_object (&self->mailer);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_MAIL_PAGE);

  g_clear_object (&self->settings);
  g_clear_object (&self->secrets);

  G_OBJECT_CLASS (relay_mail_page_parent_class)->dispose (object);
}

static void
relay_mail_page_finalize (GObject *object)
{
  RelayMailPage *self = (RelayMailPage *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->password_problem, g_free);
  g_clear_pointer (&self->ca_file, g_free);

  G_OBJECT_CLASS (relay_mail_page_parent_class)->finalize (object);
}

static void
relay_mail_page_class_init (RelayMailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_mail_page_dispose;
  object_class->finalize = relay_mail_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/relay-mail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, keyring_group);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, keyring_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, session_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, server_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, security_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, port_spin);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, user_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, password_status_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, password_spinner);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, sending_group);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, from_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, copy_switch);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, test_row);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, test_spinner);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, test_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMailPage, test_status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_test_clicked_cb);

  _relay_mail_page_password_class_init (widget_class);
}

static void
relay_mail_page_init (RelayMailPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  _relay_mail_page_password_init (self);
}

/*
 * Public API
 */

/**
 * relay_mail_page_set_account:
 * @self: a #RelayMailPage
 * @settings: the application's settings
 * @secrets: the keeper of the password
 *
 * Binds the page to the account's settings and password. Call it once,
 * before the page is shown.
 */
void
relay_mail_page_set_account (RelayMailPage *self,
                             GSettings     *settings,
                             RelaySecrets  *secrets)
{
  g_return_if_fail (RELAY_IS_MAIL_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (RELAY_IS_SECRETS (secrets));
  g_return_if_fail (self->settings == NULL);

  self->settings = g_object_ref (settings);
  self->secrets = g_object_ref (secrets);

  bind_settings (self);
  _relay_mail_page_check_password (self);
}

/**
 * relay_mail_page_set_ca_file:
 * @self: a #RelayMailPage
 * @ca_file: (nullable): a file of PEM certificates, or %NULL for the
 *   system's
 *
 * Sets the certificates that the test message trusts (#RelayMailer:ca-file):
 * for tests, whose mail server has a certificate made for the test run.
 */
void
relay_mail_page_set_ca_file (RelayMailPage *self,
                             const char    *ca_file)
{
  g_return_if_fail (RELAY_IS_MAIL_PAGE (self));

  g_free (self->ca_file);
  self->ca_file = g_strdup (ca_file);
}

/**
 * relay_mail_page_get_test_status:
 * @self: a #RelayMailPage
 *
 * Returns: (nullable): what the page says of the test message, or %NULL
 */
const char *
relay_mail_page_get_test_status (RelayMailPage *self)
{
  g_return_val_if_fail (RELAY_IS_MAIL_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->test_status_label)))
    return NULL;

  return gtk_label_get_label (self->test_status_label);
}

/**
 * relay_mail_page_get_busy:
 * @self: a #RelayMailPage
 *
 * Returns: %TRUE while the page waits for the keyring or the mail server
 */
gboolean
relay_mail_page_get_busy (RelayMailPage *self)
{
  g_return_val_if_fail (RELAY_IS_MAIL_PAGE (self), FALSE);

  return self->saving || self->check_cancellable != NULL || self->check_source != 0 ||
         self->test_cancellable != NULL || self->test_after_save;
}
