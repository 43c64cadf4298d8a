/* relay-mailer.c
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

#define G_LOG_DOMAIN "relay-mailer"

#include "config.h"

#include <string.h>

#include <curl/curl.h>
#include <glib/gi18n.h>

#include "relay-enums.h"
#include "relay-http.h"
#include "relay-mailer.h"
#include "relay-mime-message.h"

/* Sends messages over SMTP with libcurl, on a worker thread.
 *
 * Encryption is not optional: STARTTLS is required (CURLUSESSL_ALL) or the
 * connection is TLS from the start (smtps://), the certificate and the host
 * name are always checked, and so the user name and password never travel
 * in clear. A server that offers no STARTTLS gets nothing, not even the
 * sender's address.
 *
 * The password is copied into each request and wiped when the request ends;
 * nothing here logs it, and error details come from libcurl's messages and
 * the server's reply code, which never contain it.
 */

#define MIN_TLS CURL_SSLVERSION_TLSv1_2

struct _RelayMailer
{
  GObject parent_instance;

  char              *host;
  guint              port;
  RelayMailSecurity  security;
  char              *username;
  char              *password;
  char              *ca_file;
  guint              timeout;
  double             progress;
  guint              n_busy;
};

G_DEFINE_FINAL_TYPE (RelayMailer, relay_mailer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HOST,
  PROP_PORT,
  PROP_SECURITY,
  PROP_USERNAME,
  PROP_PASSWORD,
  PROP_CA_FILE,
  PROP_TIMEOUT,
  PROP_PROGRESS,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_QUARK (relay-mail-error-quark, relay_mail_error)

/* What one send needs, copied from the mailer so that the worker reads
 * nothing that the main thread may change.
 */
typedef struct
{
  char              *url;
  RelayMailSecurity  security;
  char              *username;
  char              *password;
  char              *ca_file;
  guint              timeout;
  char              *from;
  GStrv              recipients;
  GBytes            *message;
  gsize              offset;
  GMainContext      *context;
  GWeakRef           mailer;
  GCancellable      *cancellable;
  gint64             last_report;
  char              *detail;
} Request;

static void
wipe_string (char **field)
{
  if (*field != NULL)
    {
      explicit_bzero (*field, strlen (*field));
      g_clear_pointer (field, g_free);
    }
}

static void
request_free (gpointer data)
{
  Request *request = data;

  g_clear_pointer (&request->url, g_free);
  g_clear_pointer (&request->username, g_free);
  wipe_string (&request->password);
  g_clear_pointer (&request->ca_file, g_free);
  g_clear_pointer (&request->from, g_free);
  g_clear_pointer (&request->recipients, g_strfreev);
  g_clear_pointer (&request->message, g_bytes_unref);
  g_clear_pointer (&request->context, g_main_context_unref);
  g_weak_ref_clear (&request->mailer);
  g_clear_object (&request->cancellable);
  g_clear_pointer (&request->detail, g_free);
  g_free (request);
}

/**
 * relay_mail_error_get_message:
 * @error: a #RelayMailError
 *
 * Explains @error in plain words, for people who know nothing of SMTP.
 *
 * Returns: (transfer none): a translated message
 */
const char *
relay_mail_error_get_message (RelayMailError error)
{
  switch (error)
    {
    case RELAY_MAIL_ERROR_NOT_CONFIGURED:
      return _("No e-mail account is set up yet. Open Preferences, then E-mail, and enter your mail server, user name and password.");
    case RELAY_MAIL_ERROR_UNREACHABLE:
      return _("The mail server could not be reached. Check that this computer is online and that the server name and port in Preferences are right.");
    case RELAY_MAIL_ERROR_LOGIN_DENIED:
      return _("The mail server refused the user name or password. Check them in Preferences, then E-mail.");
    case RELAY_MAIL_ERROR_CERTIFICATE:
      return _("The mail server’s certificate could not be trusted, so nothing was sent. Someone may be intercepting the connection, or the server name is wrong. Check the server name, or ask your e-mail provider.");
    case RELAY_MAIL_ERROR_NO_ENCRYPTION:
      return _("The mail server did not offer an encrypted connection, so nothing was sent, not even your password. Check the port and the encryption in Preferences: usually STARTTLS on port 587, or TLS on port 465.");
    case RELAY_MAIL_ERROR_TOO_LARGE:
      return _("The mail server refused the message because it is too large. Remove or shrink some documents, or send them separately.");
    case RELAY_MAIL_ERROR_RECIPIENT_REFUSED:
      return _("The mail server refused one of the recipients’ addresses. Check the addresses of the mandates on the last page.");
    case RELAY_MAIL_ERROR_SENDER_REFUSED:
      return _("The mail server refused the sender address. Use the address of your own e-mail account in Preferences.");
    case RELAY_MAIL_ERROR_CONNECTION_LOST:
      return _("The connection to the mail server was lost before the message was accepted. You can send it again.");
    case RELAY_MAIL_ERROR_TIMEOUT:
      return _("The mail server stopped answering. Try again later.");
    case RELAY_MAIL_ERROR_INTERRUPTED:
      return _("Relay was closed while this message was being sent. It may or may not have arrived: look in your sent mail, or ask the recipients, before you send it again.");
    case RELAY_MAIL_ERROR_ALREADY_SENT:
      return _("This message was already accepted by the mail server, so it is not sent again.");
    case RELAY_MAIL_ERROR_CANCELLED:
      return _("Sending was stopped before the mail server accepted the message. It is kept in the outbox.");
    case RELAY_MAIL_ERROR_BUSY:
      return _("This message is being sent right now.");
    case RELAY_MAIL_ERROR_FAILED:
    default:
      return _("The message could not be sent because of an unexpected problem.");
    }
}

static void
set_error (GError         **error,
           RelayMailError   code)
{
  g_set_error_literal (error, RELAY_MAIL_ERROR, code, relay_mail_error_get_message (code));
}

/*
 * Worker thread
 */

static size_t
read_cb (char   *buffer,
         size_t  size,
         size_t  nitems,
         void   *user_data)
{
  Request *request = user_data;
  gsize length = 0;
  const char *data = g_bytes_get_data (request->message, &length);
  gsize n = MIN (size * nitems, length - request->offset);

  memcpy (buffer, data + request->offset, n);
  request->offset += n;

  return n;
}

typedef struct
{
  GWeakRef mailer;
  double   progress;
} ProgressReport;

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_weak_ref_clear (&report->mailer);
  g_free (report);
}

static gboolean
deliver_progress (gpointer data)
{
  ProgressReport *report = data;
  g_autoptr(RelayMailer) self = g_weak_ref_get (&report->mailer);

  if (self != NULL && self->n_busy > 0 && self->progress != report->progress)
    {
      self->progress = report->progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }

  return G_SOURCE_REMOVE;
}

static int
xferinfo_cb (void       *user_data,
             curl_off_t  dltotal,
             curl_off_t  dlnow,
             curl_off_t  ultotal,
             curl_off_t  ulnow)
{
  Request *request = user_data;
  gint64 now;

  if (g_cancellable_is_cancelled (request->cancellable))
    return 1;

  /* A few reports a second are plenty for a progress bar. */
  now = g_get_monotonic_time ();
  if (ultotal > 0 && now - request->last_report > G_USEC_PER_SEC / 10)
    {
      g_autoptr(GSource) source = g_idle_source_new ();
      ProgressReport *report = g_new0 (ProgressReport, 1);
      g_autoptr(RelayMailer) mailer = g_weak_ref_get (&request->mailer);

      g_weak_ref_init (&report->mailer, mailer);
      report->progress = CLAMP ((double) ulnow / (double) ultotal, 0.0, 1.0);
      request->last_report = now;

      g_source_set_callback (source, deliver_progress, report, progress_report_free);
      g_source_set_static_name (source, "[relay] mail progress");
      g_source_attach (source, request->context);
    }

  return 0;
}

/* Which of our errors a libcurl result means. The reply code of the server
 * and libcurl's message tell apart the refusals that share CURLE_SEND_ERROR.
 */
static RelayMailError
classify (CURLcode    code,
          long        reply,
          const char *message)
{
  switch (code)
    {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
      return RELAY_MAIL_ERROR_UNREACHABLE;

    case CURLE_OPERATION_TIMEDOUT:
      return RELAY_MAIL_ERROR_TIMEOUT;

    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
      return RELAY_MAIL_ERROR_CERTIFICATE;

    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
      return RELAY_MAIL_ERROR_NO_ENCRYPTION;

    case CURLE_LOGIN_DENIED:
      return RELAY_MAIL_ERROR_LOGIN_DENIED;

    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_UPLOAD_FAILED:
      if (reply == 552 || reply == 523 || reply == 534)
        return RELAY_MAIL_ERROR_TOO_LARGE;
      if (message != NULL && strstr (message, "RCPT") != NULL)
        return RELAY_MAIL_ERROR_RECIPIENT_REFUSED;
      if (message != NULL && strstr (message, "MAIL") != NULL)
        return RELAY_MAIL_ERROR_SENDER_REFUSED;
      if (reply == 530 || reply == 538)
        return RELAY_MAIL_ERROR_NO_ENCRYPTION;
      if (reply == 535)
        return RELAY_MAIL_ERROR_LOGIN_DENIED;
      if (reply >= 400)
        return RELAY_MAIL_ERROR_FAILED;
      return RELAY_MAIL_ERROR_CONNECTION_LOST;

    default:
      return RELAY_MAIL_ERROR_FAILED;
    }
}

#define SETOPT(easy, option, value)                                        \
  G_STMT_START {                                                           \
    CURLcode setopt_code = curl_easy_setopt (easy, option, value);         \
    if (setopt_code != CURLE_OK)                                           \
      {                                                                    \
        request->detail = g_strdup_printf ("curl_easy_setopt (%s): %s",     \
                                           #option,                        \
                                           curl_easy_strerror (setopt_code)); \
        set_error (error, RELAY_MAIL_ERROR_FAILED);                        \
        goto out;                                                          \
      }                                                                    \
  } G_STMT_END

static gboolean
perform (Request  *request,
         GError  **error)
{
  char errbuf[CURL_ERROR_SIZE] = "";
  struct curl_slist *recipients = NULL;
  g_autofree char *from = NULL;
  gboolean ret = FALSE;
  CURLcode code;
  long reply = 0;
  CURL *easy;

  easy = curl_easy_init ();
  if (easy == NULL)
    {
      set_error (error, RELAY_MAIL_ERROR_FAILED);
      return FALSE;
    }

  for (guint i = 0; request->recipients[i] != NULL; i++)
    {
      g_autofree char *rcpt = g_strdup_printf ("<%s>", request->recipients[i]);
      struct curl_slist *list = curl_slist_append (recipients, rcpt);

      if (list == NULL)
        {
          set_error (error, RELAY_MAIL_ERROR_FAILED);
          goto out;
        }
      recipients = list;
    }

  from = g_strdup_printf ("<%s>", request->from);

  SETOPT (easy, CURLOPT_URL, request->url);
  SETOPT (easy, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  SETOPT (easy, CURLOPT_USE_SSL, (long) CURLUSESSL_ALL);
  SETOPT (easy, CURLOPT_SSL_VERIFYPEER, 1L);
  SETOPT (easy, CURLOPT_SSL_VERIFYHOST, 2L);
  SETOPT (easy, CURLOPT_SSLVERSION, (long) MIN_TLS);
  if (request->ca_file != NULL)
    SETOPT (easy, CURLOPT_CAINFO, request->ca_file);
  if (request->username != NULL && *request->username != '\0')
    {
      SETOPT (easy, CURLOPT_USERNAME, request->username);
      SETOPT (easy, CURLOPT_PASSWORD, request->password != NULL ? request->password : "");
    }
  SETOPT (easy, CURLOPT_MAIL_FROM, from);
  SETOPT (easy, CURLOPT_MAIL_RCPT, recipients);
  SETOPT (easy, CURLOPT_UPLOAD, 1L);
  SETOPT (easy, CURLOPT_READFUNCTION, read_cb);
  SETOPT (easy, CURLOPT_READDATA, request);
  /* The size lets a server that announces SIZE refuse a message that is too
   * large before it is sent.
   */
  SETOPT (easy, CURLOPT_INFILESIZE_LARGE, (curl_off_t) g_bytes_get_size (request->message));
  SETOPT (easy, CURLOPT_NOPROGRESS, 0L);
  SETOPT (easy, CURLOPT_XFERINFOFUNCTION, xferinfo_cb);
  SETOPT (easy, CURLOPT_XFERINFODATA, request);
  SETOPT (easy, CURLOPT_NOSIGNAL, 1L);
  SETOPT (easy, CURLOPT_CONNECTTIMEOUT, (long) request->timeout);
  SETOPT (easy, CURLOPT_SERVER_RESPONSE_TIMEOUT, (long) request->timeout);
  SETOPT (easy, CURLOPT_LOW_SPEED_LIMIT, 1L);
  SETOPT (easy, CURLOPT_LOW_SPEED_TIME, (long) request->timeout);
  SETOPT (easy, CURLOPT_ERRORBUFFER, errbuf);

  g_debug ("Sending a message of %" G_GSIZE_FORMAT " bytes to %u recipients",
           g_bytes_get_size (request->message), g_strv_length (request->recipients));

  code = curl_easy_perform (easy);
  curl_easy_getinfo (easy, CURLINFO_RESPONSE_CODE, &reply);

  if (code == CURLE_OK)
    {
      g_debug ("The mail server accepted the message");
      ret = TRUE;
    }
  else if (code == CURLE_ABORTED_BY_CALLBACK && g_cancellable_is_cancelled (request->cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           relay_mail_error_get_message (RELAY_MAIL_ERROR_CANCELLED));
    }
  else
    {
      RelayMailError mail_error = classify (code, reply, errbuf);

      request->detail = g_strdup_printf ("libcurl error %d (%s): %s; last reply from the server: %ld",
                                         code, curl_easy_strerror (code),
                                         *errbuf != '\0' ? errbuf : "-", reply);
      g_debug ("Sending failed: %s", request->detail);
      set_error (error, mail_error);
    }

out:
  curl_easy_cleanup (easy);
  curl_slist_free_all (recipients);

  return ret;
}

static void
send_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Request *request = task_data;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (perform (request, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/*
 * GObject
 */

static void
relay_mailer_finalize (GObject *object)
{
  RelayMailer *self = (RelayMailer *)object;

  g_clear_pointer (&self->host, g_free);
  g_clear_pointer (&self->username, g_free);
  wipe_string (&self->password);
  g_clear_pointer (&self->ca_file, g_free);

  G_OBJECT_CLASS (relay_mailer_parent_class)->finalize (object);
}

static void
relay_mailer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelayMailer *self = RELAY_MAILER (object);

  switch (prop_id)
    {
    case PROP_HOST:
      g_value_set_string (value, self->host);
      break;

    case PROP_PORT:
      g_value_set_uint (value, self->port);
      break;

    case PROP_SECURITY:
      g_value_set_enum (value, self->security);
      break;

    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;

    case PROP_CA_FILE:
      g_value_set_string (value, self->ca_file);
      break;

    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;

    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->n_busy > 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_mailer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RelayMailer *self = RELAY_MAILER (object);

  switch (prop_id)
    {
    case PROP_HOST:
      relay_mailer_set_host (self, g_value_get_string (value));
      break;

    case PROP_PORT:
      relay_mailer_set_port (self, g_value_get_uint (value));
      break;

    case PROP_SECURITY:
      relay_mailer_set_security (self, g_value_get_enum (value));
      break;

    case PROP_USERNAME:
      relay_mailer_set_username (self, g_value_get_string (value));
      break;

    case PROP_PASSWORD:
      relay_mailer_set_password (self, g_value_get_string (value));
      break;

    case PROP_CA_FILE:
      relay_mailer_set_ca_file (self, g_value_get_string (value));
      break;

    case PROP_TIMEOUT:
      relay_mailer_set_timeout (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_mailer_class_init (RelayMailerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_mailer_finalize;
  object_class->get_property = relay_mailer_get_property;
  object_class->set_property = relay_mailer_set_property;

  /**
   * RelayMailer:host:
   *
   * The name of the SMTP server.
   */
  properties[PROP_HOST] =
    g_param_spec_string ("host", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:port:
   *
   * The port of the SMTP server; 0 means the usual one for
   * #RelayMailer:security (587 or 465).
   */
  properties[PROP_PORT] =
    g_param_spec_uint ("port", NULL, NULL,
                       0, 65535, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:security:
   *
   * How the connection is encrypted. There is no unencrypted choice.
   */
  properties[PROP_SECURITY] =
    g_param_spec_enum ("security", NULL, NULL,
                       RELAY_TYPE_MAIL_SECURITY, RELAY_MAIL_SECURITY_STARTTLS,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:username:
   *
   * The user name on the server, or %NULL to send without signing in.
   */
  properties[PROP_USERNAME] =
    g_param_spec_string ("username", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:password:
   *
   * The password. It can be set, never read back.
   */
  properties[PROP_PASSWORD] =
    g_param_spec_string ("password", NULL, NULL,
                         NULL,
                         (G_PARAM_WRITABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:ca-file:
   *
   * A file of certificate authorities to trust instead of the system's;
   * for tests.
   */
  properties[PROP_CA_FILE] =
    g_param_spec_string ("ca-file", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:timeout:
   *
   * Seconds to wait for the server to connect or answer.
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       1, 3600, RELAY_MAILER_DEFAULT_TIMEOUT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:progress:
   *
   * How much of the message being sent has gone, from 0 to 1.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayMailer:busy:
   *
   * Whether a message is being sent.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_mailer_init (RelayMailer *self)
{
  self->security = RELAY_MAIL_SECURITY_STARTTLS;
  self->timeout = RELAY_MAILER_DEFAULT_TIMEOUT;
}

/**
 * relay_mailer_new:
 *
 * Creates a mailer with no server.
 *
 * Returns: (transfer full): a new #RelayMailer
 */
RelayMailer *
relay_mailer_new (void)
{
  relay_http_global_init ();

  return g_object_new (RELAY_TYPE_MAILER, NULL);
}

#define STRING_ACCESSORS(field, PROP)                                      \
  const char *                                                             \
  relay_mailer_get_##field (RelayMailer *self)                             \
  {                                                                        \
    g_return_val_if_fail (RELAY_IS_MAILER (self), NULL);                   \
    return self->field;                                                    \
  }                                                                        \
                                                                           \
  void                                                                     \
  relay_mailer_set_##field (RelayMailer *self,                             \
                            const char  *field)                            \
  {                                                                        \
    g_return_if_fail (RELAY_IS_MAILER (self));                             \
    if (g_strcmp0 (self->field, field) == 0)                               \
      return;                                                              \
    g_free (self->field);                                                  \
    self->field = g_strdup (field);                                        \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);          \
  }

/**
 * relay_mailer_get_host:
 * @self: a #RelayMailer
 *
 * Returns: (nullable): #RelayMailer:host
 */
/**
 * relay_mailer_set_host:
 * @self: a #RelayMailer
 * @host: (nullable): the server's name
 */
STRING_ACCESSORS (host, PROP_HOST)

/**
 * relay_mailer_get_username:
 * @self: a #RelayMailer
 *
 * Returns: (nullable): #RelayMailer:username
 */
/**
 * relay_mailer_set_username:
 * @self: a #RelayMailer
 * @username: (nullable): the user name
 */
STRING_ACCESSORS (username, PROP_USERNAME)

/**
 * relay_mailer_get_ca_file:
 * @self: a #RelayMailer
 *
 * Returns: (nullable): #RelayMailer:ca-file
 */
/**
 * relay_mailer_set_ca_file:
 * @self: a #RelayMailer
 * @ca_file: (nullable): a PEM file of certificate authorities
 */
STRING_ACCESSORS (ca_file, PROP_CA_FILE)

/**
 * relay_mailer_get_port:
 * @self: a #RelayMailer
 *
 * Returns: #RelayMailer:port
 */
guint
relay_mailer_get_port (RelayMailer *self)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), 0);

  return self->port;
}

/**
 * relay_mailer_set_port:
 * @self: a #RelayMailer
 * @port: a port, or 0 for the usual one
 */
void
relay_mailer_set_port (RelayMailer *self,
                       guint        port)
{
  g_return_if_fail (RELAY_IS_MAILER (self));
  g_return_if_fail (port <= 65535);

  if (self->port != port)
    {
      self->port = port;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PORT]);
    }
}

/**
 * relay_mailer_get_security:
 * @self: a #RelayMailer
 *
 * Returns: #RelayMailer:security
 */
RelayMailSecurity
relay_mailer_get_security (RelayMailer *self)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), RELAY_MAIL_SECURITY_STARTTLS);

  return self->security;
}

/**
 * relay_mailer_set_security:
 * @self: a #RelayMailer
 * @security: STARTTLS or TLS
 */
void
relay_mailer_set_security (RelayMailer       *self,
                           RelayMailSecurity  security)
{
  g_return_if_fail (RELAY_IS_MAILER (self));
  g_return_if_fail (security == RELAY_MAIL_SECURITY_STARTTLS || security == RELAY_MAIL_SECURITY_TLS);

  if (self->security != security)
    {
      self->security = security;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECURITY]);
    }
}

/**
 * relay_mailer_set_password:
 * @self: a #RelayMailer
 * @password: (nullable): the password; the old one is wiped from memory
 */
void
relay_mailer_set_password (RelayMailer *self,
                           const char  *password)
{
  g_return_if_fail (RELAY_IS_MAILER (self));

  wipe_string (&self->password);
  self->password = g_strdup (password);
}

/**
 * relay_mailer_get_timeout:
 * @self: a #RelayMailer
 *
 * Returns: #RelayMailer:timeout, in seconds
 */
guint
relay_mailer_get_timeout (RelayMailer *self)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), RELAY_MAILER_DEFAULT_TIMEOUT);

  return self->timeout;
}

/**
 * relay_mailer_set_timeout:
 * @self: a #RelayMailer
 * @timeout: seconds, at least 1
 */
void
relay_mailer_set_timeout (RelayMailer *self,
                          guint        timeout)
{
  g_return_if_fail (RELAY_IS_MAILER (self));
  g_return_if_fail (timeout >= 1);

  if (self->timeout != timeout)
    {
      self->timeout = timeout;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
    }
}

/**
 * relay_mailer_get_progress:
 * @self: a #RelayMailer
 *
 * Returns: #RelayMailer:progress
 */
double
relay_mailer_get_progress (RelayMailer *self)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), 0.0);

  return self->progress;
}

/**
 * relay_mailer_get_busy:
 * @self: a #RelayMailer
 *
 * Returns: #RelayMailer:busy
 */
gboolean
relay_mailer_get_busy (RelayMailer *self)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), FALSE);

  return self->n_busy > 0;
}

static void
set_busy (RelayMailer *self,
          gboolean     busy)
{
  gboolean was_busy = self->n_busy > 0;

  if (busy)
    self->n_busy++;
  else
    self->n_busy--;

  if (self->progress != 0.0)
    {
      self->progress = 0.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }

  if (was_busy != (self->n_busy > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
send_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RelayMailer *self = RELAY_MAILER (object);
  GError *error = NULL;

  set_busy (self, FALSE);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    {
      Request *request = g_task_get_task_data (G_TASK (result));

      g_task_set_task_data (task, g_steal_pointer (&request->detail), g_free);
      g_task_return_error (task, error);
    }
}

static gboolean
host_is_valid (const char *host)
{
  if (host == NULL || *host == '\0' || strlen (host) > 253)
    return FALSE;

  for (const char *p = host; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != ':' && *p != '[' && *p != ']')
      return FALSE;

  return TRUE;
}

static void
start_send (RelayMailer         *self,
            gpointer             source_tag,
            const char          *from,
            const char * const  *recipients,
            GBytes              *message,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  Request *request;
  guint port;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, "[relay] relay_mailer_send_async");

  if (!host_is_valid (self->host) || from == NULL || *from == '\0' ||
      recipients == NULL || recipients[0] == NULL)
    {
      g_task_return_new_error (task, RELAY_MAIL_ERROR, RELAY_MAIL_ERROR_NOT_CONFIGURED, "%s",
                               relay_mail_error_get_message (RELAY_MAIL_ERROR_NOT_CONFIGURED));
      return;
    }

  port = self->port != 0 ? self->port : self->security == RELAY_MAIL_SECURITY_TLS ? 465 : 587;

  request = g_new0 (Request, 1);
  request->url = g_strdup_printf ("%s://%s:%u",
                                  self->security == RELAY_MAIL_SECURITY_TLS ? "smtps" : "smtp",
                                  self->host, port);
  request->security = self->security;
  request->username = g_strdup (self->username);
  request->password = g_strdup (self->password);
  request->ca_file = g_strdup (self->ca_file);
  request->timeout = self->timeout;
  request->from = g_strdup (from);
  request->recipients = g_strdupv ((char **) recipients);
  request->message = g_bytes_ref (message);
  request->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&request->mailer, self);
  request->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();

  set_busy (self, TRUE);

  /* The worker has its own task, so that its data (the password) is freed
   * as soon as it is done, and the caller's task carries only the detail.
   */
  worker = g_task_new (self, request->cancellable, send_done, g_steal_pointer (&task));
  g_task_set_name (worker, "[relay] mail worker");
  g_task_set_task_data (worker, request, request_free);
  g_task_run_in_thread (worker, send_in_thread);
}

/**
 * relay_mailer_send_async:
 * @self: a #RelayMailer
 * @from: the envelope sender's address
 * @recipients: (array zero-terminated=1): the envelope recipients' addresses
 * @message: the whole message (see #RelayMimeMessage)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Sends @message over SMTP on a worker thread, with TLS, checking the
 * server's certificate. #RelayMailer:progress follows the upload.
 */
void
relay_mailer_send_async (RelayMailer         *self,
                         const char          *from,
                         const char * const  *recipients,
                         GBytes              *message,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_return_if_fail (RELAY_IS_MAILER (self));
  g_return_if_fail (message != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  start_send (self, relay_mailer_send_async, from, recipients, message,
              cancellable, callback, user_data);
}

static gboolean
finish_send (RelayMailer   *self,
             GAsyncResult  *result,
             gpointer       source_tag,
             char         **detail,
             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  if (detail != NULL)
    *detail = g_strdup (g_task_get_task_data (G_TASK (result)));

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * relay_mailer_send_finish:
 * @self: a #RelayMailer
 * @result: the result given to the callback
 * @detail: (out) (optional) (nullable): on failure, technical details for
 *   the log and for support (libcurl's message and the server's reply
 *   code); never the password
 * @error: return location for a #GError: %RELAY_MAIL_ERROR, or
 *   %G_IO_ERROR_CANCELLED
 *
 * Returns: %TRUE when the server accepted the message
 */
gboolean
relay_mailer_send_finish (RelayMailer   *self,
                          GAsyncResult  *result,
                          char         **detail,
                          GError       **error)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), FALSE);

  return finish_send (self, result, relay_mailer_send_async, detail, error);
}

/**
 * relay_mailer_send_test_async:
 * @self: a #RelayMailer
 * @from: the address to send from and to
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Sends a short message from @from to itself, to check the account.
 */
void
relay_mailer_send_test_async (RelayMailer         *self,
                              const char          *from,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(RelayMimeMessage) message = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char * const recipients[] = { from, NULL };

  g_return_if_fail (RELAY_IS_MAILER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  if (from == NULL || *from == '\0' || strpbrk (from, " <>,;\"\r\n") != NULL || strchr (from, '@') == NULL)
    {
      start_send (self, relay_mailer_send_test_async, NULL, NULL, NULL,
                  cancellable, callback, user_data);
      return;
    }

  message = relay_mime_message_new ();
  relay_mime_message_set_from (message, "Relay", from);
  relay_mime_message_add_to (message, from);
  relay_mime_message_set_subject (message, _("Relay test message"));
  relay_mime_message_set_text (message,
                               _("This message was sent by Relay to check your e-mail account. "
                                 "It arrived, so Relay can send your submissions. "
                                 "You can delete it.\n"));
  bytes = relay_mime_message_to_bytes (message);

  start_send (self, relay_mailer_send_test_async, from, recipients, bytes,
              cancellable, callback, user_data);
}

/**
 * relay_mailer_send_test_finish:
 * @self: a #RelayMailer
 * @result: the result given to the callback
 * @detail: (out) (optional) (nullable): technical details on failure
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the server accepted the test message
 */
gboolean
relay_mailer_send_test_finish (RelayMailer   *self,
                               GAsyncResult  *result,
                               char         **detail,
                               GError       **error)
{
  g_return_val_if_fail (RELAY_IS_MAILER (self), FALSE);

  return finish_send (self, result, relay_mailer_send_test_async, detail, error);
}
