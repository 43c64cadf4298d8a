/* relay-send.c
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

#define G_LOG_DOMAIN "relay-send"

#include "config.h"

#include "relay-application.h"
#include "relay-mail-account.h"
#include "relay-send.h"

/* Sends a message of the outbox with the account of Preferences: first the
 * password from the keyring (or the one kept for this session), then the
 * message, on worker threads; the result is recorded in the outbox and
 * the case by RelaySubmission. Used by the wizard and the case page.
 */

typedef struct
{
  RelayOutboxMessage   *message;
  RelayCase            *kase;
  RelaySendStartedFunc  started;
  gpointer              started_data;
} SendData;

static void
send_data_free (gpointer data)
{
  SendData *send = data;

  g_clear_object (&send->message);
  g_clear_object (&send->kase);
  g_free (send);
}

static void
on_sent_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (relay_submission_send_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_mailer_ready_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(RelayMailer) mailer = NULL;
  SendData *send = g_task_get_task_data (task);
  RelayApplication *app = RELAY_APPLICATION (g_application_get_default ());
  GCancellable *cancellable;
  GError *error = NULL;

  mailer = relay_mail_account_dup_mailer_finish (result, &error);
  if (mailer == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* Only tests set this: the CA of their own SMTP server. */
  if (relay_application_get_mail_ca_file (app) != NULL)
    relay_mailer_set_ca_file (mailer, relay_application_get_mail_ca_file (app));

  if (send->started != NULL)
    send->started (mailer, send->started_data);

  cancellable = g_task_get_cancellable (task);
  relay_submission_send_async (relay_application_get_store (app), mailer,
                               send->message, send->kase, cancellable,
                               on_sent_cb, g_steal_pointer (&task));
}

/**
 * relay_send_message_async:
 * @message: a queued or failed message of the outbox
 * @kase: (nullable): its case, as the caller holds it
 * @cancellable: (nullable): a #GCancellable
 * @started: (nullable) (scope call): called when sending starts
 * @callback: called when done
 * @user_data: data for @started and @callback
 *
 * Sends @message with the e-mail account of Preferences.
 */
void
relay_send_message_async (RelayOutboxMessage   *message,
                          RelayCase            *kase,
                          GCancellable         *cancellable,
                          RelaySendStartedFunc  started,
                          GAsyncReadyCallback   callback,
                          gpointer              user_data)
{
  RelayApplication *app = RELAY_APPLICATION (g_application_get_default ());
  g_autoptr(GTask) task = NULL;
  SendData *send;

  g_return_if_fail (RELAY_IS_OUTBOX_MESSAGE (message));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_send_message_async);

  send = g_new0 (SendData, 1);
  send->message = g_object_ref (message);
  send->kase = kase != NULL ? g_object_ref (kase) : NULL;
  send->started = started;
  send->started_data = user_data;
  g_task_set_task_data (task, send, send_data_free);

  relay_mail_account_dup_mailer_async (relay_application_get_settings (app),
                                       relay_application_get_secrets (app),
                                       cancellable, on_mailer_ready_cb, g_steal_pointer (&task));
}

/**
 * relay_send_message_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the message was sent and recorded
 */
gboolean
relay_send_message_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
