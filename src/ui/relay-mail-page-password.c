/* relay-mail-page-password.c
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
 * The password's part of the E-mail page: whether one is kept for the
 * account (asked without any prompt, a moment after the account changes),
 * saving it in the keyring on Enter or when the focus leaves its row,
 * removing it, and the password for this session only when no keyring
 * answers. A status row under the password row says where it is kept.
 */

#define CHECK_DELAY_MS 400

void
_relay_mail_page_show_keyring_problem (RelayMailPage *self,
                                      const GError  *error)
{
  gboolean unavailable = relay_secrets_error_is_unavailable (error);

  gtk_widget_set_visible (GTK_WIDGET (self->keyring_group), unavailable);
  if (!unavailable)
    return;

  if (g_error_matches (error, RELAY_SECRETS_ERROR, RELAY_SECRETS_ERROR_LOCKED))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keyring_row),
                                   _("The Password Keyring Is Locked"));
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keyring_row),
                                   _("No Password Keyring"));
  adw_action_row_set_subtitle (self->keyring_row, error->message);
  _relay_mail_page_announce (GTK_WIDGET (self->keyring_row), error->message);
}

static void
update_password_status (RelayMailPage *self)
{
  GtkWidget *row = GTK_WIDGET (self->password_status_row);
  const char *title = NULL;
  const char *subtitle = NULL;
  const char *button = NULL;
  gboolean busy = self->saving;

  if (self->password_problem != NULL)
    {
      title = _("The Password Was Not Saved");
      subtitle = self->password_problem;
    }
  else if (self->saving)
    {
      title = _("Saving in the keyring…");
    }
  else
    {
      switch (self->password_state)
        {
        case RELAY_MAIL_PAGE_PASSWORD_NONE:
          title = _("No password saved");
          subtitle = _("Type the password above, then press Enter to save it in the keyring.");
          break;

        case RELAY_MAIL_PAGE_PASSWORD_IN_KEYRING:
          title = _("Saved in the keyring");
          subtitle = _("Relay uses it to send. To change it, type the new password above.");
          button = _("_Remove");
          break;

        case RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION:
          title = _("Kept for this session only");
          subtitle = _("Relay forgets it when it closes: it is not saved anywhere. You will "
                       "type it again next time.");
          button = _("_Forget");
          break;

        case RELAY_MAIL_PAGE_PASSWORD_UNKNOWN:
        default:
          break;
        }
    }

  gtk_widget_set_visible (row, title != NULL);
  if (title == NULL)
    return;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");

  if (self->password_problem != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");

  gtk_widget_set_visible (GTK_WIDGET (self->password_spinner), busy);
  gtk_spinner_set_spinning (self->password_spinner, busy);

  gtk_widget_set_visible (GTK_WIDGET (self->remove_button), button != NULL && !busy);
  if (button != NULL)
    gtk_button_set_label (self->remove_button, button);

  _relay_mail_page_announce (row, subtitle ? subtitle : title);
}

static void
set_password_problem (RelayMailPage *self,
                      const char    *message)
{
  g_free (self->password_problem);
  self->password_problem = g_strdup (message);
  update_password_status (self);
}

static void
set_password_state (RelayMailPage *self,
                    RelayMailPagePassword  state)
{
  self->password_state = state;
  g_clear_pointer (&self->password_problem, g_free);
  update_password_status (self);
}

/* After the keyring failed: the session password may still be there. */
static RelayMailPagePassword
state_without_keyring (RelayMailPage *self)
{
  g_autofree char *server = NULL;
  g_autofree char *user = NULL;
  guint port;

  if (_relay_mail_page_get_account (self, &server, &port, &user) &&
      relay_secrets_has_session_password (self->secrets, server, port, user))
    return RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION;

  return RELAY_MAIL_PAGE_PASSWORD_UNKNOWN;
}


/*
 * Checking for a saved password
 */

static void
finish_check (RelayMailPage *self,
              const GError  *error,
              gboolean       is_account,
              gboolean       found)
{
  g_clear_object (&self->check_cancellable);
  _relay_mail_page_show_keyring_problem (self, error);

  if (error != NULL)
    {
      g_debug ("Could not check the keyring: %s", error->message);
      set_password_state (self, state_without_keyring (self));
    }
  else if (!is_account)
    set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_UNKNOWN);
  else if (!found)
    set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_NONE);
  else
    set_password_state (self, state_without_keyring (self) == RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION
                                ? RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION : RELAY_MAIL_PAGE_PASSWORD_IN_KEYRING);
}

static void
on_has_password_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(RelayMailPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean found;

  found = relay_secrets_has_password_finish (RELAY_SECRETS (object), result, &error);

  if (relay_mail_page_is_cancelled (error) || _relay_mail_page_is_disposed (self))
    return;

  finish_check (self, error, TRUE, found);
}

static void
on_is_available_done_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(RelayMailPage) self = user_data;
  g_autoptr(GError) error = NULL;

  relay_secrets_is_available_finish (RELAY_SECRETS (object), result, &error);

  if (relay_mail_page_is_cancelled (error) || _relay_mail_page_is_disposed (self))
    return;

  finish_check (self, error, FALSE, FALSE);
}

/* Asks, without any prompt, whether a password is kept for the account;
 * or, while the account is incomplete, whether a keyring answers at all, so
 * that its absence is told before the user types a password. */
void
_relay_mail_page_check_password (RelayMailPage *self)
{
  g_autofree char *server = NULL;
  g_autofree char *user = NULL;
  guint port;

  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);

  if (self->secrets == NULL || self->saving)
    return;

  self->check_cancellable = g_cancellable_new ();

  if (_relay_mail_page_get_account (self, &server, &port, &user))
    relay_secrets_has_password_async (self->secrets, server, port, user,
                                      self->check_cancellable,
                                      on_has_password_done_cb, g_object_ref (self));
  else
    relay_secrets_is_available_async (self->secrets, self->check_cancellable,
                                      on_is_available_done_cb, g_object_ref (self));
}

static gboolean
check_password_cb (gpointer user_data)
{
  RelayMailPage *self = user_data;

  self->check_source = 0;
  _relay_mail_page_check_password (self);

  return G_SOURCE_REMOVE;
}

static void
on_account_changed_cb (RelayMailPage *self)
{
  if (self->secrets == NULL)
    return;

  /* Another account: what was said of the last one no longer holds. */
  if (self->password_state != RELAY_MAIL_PAGE_PASSWORD_UNKNOWN || self->password_problem != NULL)
    set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_UNKNOWN);

  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_password_cb, self);
}

/*
 * Saving and removing the password
 */

static void
on_store_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RelayMailPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean test_after_save;

  relay_secrets_store_finish (RELAY_SECRETS (object), result, &error);

  if (relay_mail_page_is_cancelled (error) || _relay_mail_page_is_disposed (self))
    return;

  self->saving = FALSE;
  test_after_save = self->test_after_save;
  self->test_after_save = FALSE;
  _relay_mail_page_show_keyring_problem (self, error);

  if (relay_secrets_error_is_unavailable (error))
    {
      /* The typed password stays in the row, for "Use for This Session
       * Only". */
      set_password_state (self, state_without_keyring (self));
    }
  else if (error != NULL)
    {
      set_password_problem (self, error->message);
    }
  else
    {
      /* Saved: nothing secret stays in the widget. */
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
      self->password_dirty = FALSE;
      set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_IN_KEYRING);
    }

  /* The test says what is still missing, if anything. */
  if (test_after_save)
    _relay_mail_page_start_test (self);
}

/**
 * relay_mail_page_save_password:
 * @self: a #RelayMailPage
 *
 * Saves the password typed in the page in the keyring, for the account of
 * the page, as pressing Enter in the password row does.
 */
void
relay_mail_page_save_password (RelayMailPage *self)
{
  g_autofree char *server = NULL;
  g_autofree char *user = NULL;
  const char *password;
  guint port;

  g_return_if_fail (RELAY_IS_MAIL_PAGE (self));
  g_return_if_fail (self->secrets != NULL);

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (password == NULL || *password == '\0' || self->saving)
    return;

  /* A check started before would report on the old state. */
  g_clear_handle_id (&self->check_source, g_source_remove);
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);

  _relay_mail_page_get_account (self, &server, &port, &user);
  self->saving = TRUE;
  self->password_dirty = FALSE;
  set_password_state (self, self->password_state);

  /* RelaySecrets copies the password at once. */
  relay_secrets_store_async (self->secrets, server, port, user, password,
                             self->cancellable, on_store_done_cb, g_object_ref (self));
}

static void
on_password_apply_cb (RelayMailPage *self)
{
  relay_mail_page_save_password (self);
}

static void
on_password_changed_cb (RelayMailPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  self->password_dirty = text != NULL && *text != '\0';
}

static void
on_password_focus_leave_cb (RelayMailPage *self)
{
  if (self->password_dirty && !self->saving)
    relay_mail_page_save_password (self);
}

static void
on_session_clicked_cb (RelayMailPage *self)
{
  g_autofree char *server = NULL;
  g_autofree char *user = NULL;
  const char *password;
  guint port;

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (!_relay_mail_page_get_account (self, &server, &port, &user))
    {
      set_password_problem (self, _("Fill in the mail server, its port and your user name "
                                    "first: the password is kept for that account."));
      return;
    }

  if (password == NULL || *password == '\0')
    {
      set_password_problem (self, _("Type the password above first, then press “Use” "
                                    "again."));
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  relay_secrets_set_session_password (self->secrets, server, port, user, password);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  self->password_dirty = FALSE;
  set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION);
}

static void
on_clear_done_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(RelayMailPage) self = user_data;
  g_autoptr(GError) error = NULL;

  relay_secrets_clear_finish (RELAY_SECRETS (object), result, &error);

  if (relay_mail_page_is_cancelled (error) || _relay_mail_page_is_disposed (self))
    return;

  self->saving = FALSE;
  _relay_mail_page_show_keyring_problem (self, error);

  if (error != NULL && !relay_secrets_error_is_unavailable (error))
    set_password_problem (self, error->message);
  else if (error != NULL)
    set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_UNKNOWN);
  else
    set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_NONE);
}

static void
on_remove_clicked_cb (RelayMailPage *self)
{
  g_autofree char *server = NULL;
  g_autofree char *user = NULL;
  guint port;

  if (!_relay_mail_page_get_account (self, &server, &port, &user) || self->saving)
    return;

  if (self->password_state == RELAY_MAIL_PAGE_PASSWORD_FOR_SESSION)
    {
      relay_secrets_forget_session_password (self->secrets);
      set_password_state (self, RELAY_MAIL_PAGE_PASSWORD_UNKNOWN);
      _relay_mail_page_check_password (self);
      return;
    }

  self->saving = TRUE;
  update_password_status (self);
  relay_secrets_clear_async (self->secrets, server, port, user, self->cancellable,
                             on_clear_done_cb, g_object_ref (self));
}


/**
 * relay_mail_page_get_password_status:
 * @self: a #RelayMailPage
 *
 * Returns: (nullable): what the page says of the password ("Saved in the
 *   keyring", …), or %NULL while it says nothing
 */
const char *
relay_mail_page_get_password_status (RelayMailPage *self)
{
  g_return_val_if_fail (RELAY_IS_MAIL_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->password_status_row)))
    return NULL;

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->password_status_row));
}

/**
 * relay_mail_page_get_keyring_problem:
 * @self: a #RelayMailPage
 *
 * Returns: (nullable): the message of the warning about the keyring, or
 *   %NULL when none is shown
 */
const char *
relay_mail_page_get_keyring_problem (RelayMailPage *self)
{
  g_return_val_if_fail (RELAY_IS_MAIL_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->keyring_group)))
    return NULL;

  return adw_action_row_get_subtitle (self->keyring_row);
}

/**
 * _relay_mail_page_password_class_init:
 * @widget_class: the class of #RelayMailPage
 *
 * Binds the template callbacks of the password's part.
 */
void
_relay_mail_page_password_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_account_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_password_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_session_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

/**
 * _relay_mail_page_password_init:
 * @self: a #RelayMailPage, whose template is set up
 *
 * Makes leaving the password row save what was typed, like Enter.
 */
void
_relay_mail_page_password_init (RelayMailPage *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_password_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->password_row), focus);
}
