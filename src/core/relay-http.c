/* relay-http.c
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

#define G_LOG_DOMAIN "relay-http"

#include "config.h"

#include <string.h>

#include <curl/curl.h>
#include <glib/gi18n.h>

#include "relay-http.h"

/*
 * RelayHttp downloads one file over HTTPS, and nothing else: no other
 * protocol, not even after a redirection, and never without checking the
 * server's certificate. Each request gets its own libcurl easy handle, made
 * and freed in a worker thread. The worker drives it through a private multi
 * handle only so that cancelling can wake it at once (curl_multi_wakeup);
 * the progress function also aborts the transfer when the cancellable fires.
 *
 * Logging: only the scheme, host and path of an address are logged (never
 * user names, passwords or query strings), and never a response body.
 */

#define MAX_REDIRECTS           5L
#define MAX_CONNECT_TIMEOUT     15
#define MAX_TIMEOUT             3600
#define MAX_ETAG_LENGTH         256
#define PROGRESS_INTERVAL       (100 * G_TIME_SPAN_MILLISECOND)
#define POLL_INTERVAL_MS        1000

struct _RelayHttp
{
  GObject  parent_instance;

  char    *ca_file;
  guint    timeout;
  guint64  max_size;
};

G_DEFINE_FINAL_TYPE (RelayHttp, relay_http, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CA_FILE,
  PROP_TIMEOUT,
  PROP_MAX_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * One request. The first group is copied from the caller before the worker
 * starts and is read-only afterwards; the second belongs to the worker; the
 * last is written by the worker before it returns and read by _finish().
 */
typedef struct
{
  /* Copies from the caller */
  char                  *url;
  char                  *safe_url;
  char                  *etag;
  char                  *ca_file;
  guint                  timeout;
  guint64                max_size;
  GMainContext          *context;
  GFileProgressCallback  progress;
  gpointer               progress_data;

  /* Worker state */
  GTask                 *task;        /* borrowed: the task owns us */
  CURL                  *easy;
  GByteArray            *body;
  char                  *response_etag;
  gint64                 last_progress_time;
  curl_off_t             last_progress_now;
  guint                  too_large : 1;

  /* Results */
  char                  *new_etag;
  guint                  not_modified : 1;
} Request;

/* A progress report, carried from the worker to the caller's main context. */
typedef struct
{
  GTask                 *task;
  GFileProgressCallback  progress;
  gpointer               progress_data;
  goffset                current;
  goffset                total;
} ProgressReport;

/**
 * RelayHttpError:
 * @RELAY_HTTP_ERROR_FAILED: an unexpected problem
 * @RELAY_HTTP_ERROR_INSECURE: the address, or a redirection, is not https://
 * @RELAY_HTTP_ERROR_OFFLINE: the server could not be reached, or the connection broke
 * @RELAY_HTTP_ERROR_DNS: the server's name could not be found
 * @RELAY_HTTP_ERROR_TLS: the server's certificate could not be verified, or no
 *   secure connection could be set up
 * @RELAY_HTTP_ERROR_TIMEOUT: the server took longer than #RelayHttp:timeout
 * @RELAY_HTTP_ERROR_TOO_LARGE: the file is larger than #RelayHttp:max-size
 * @RELAY_HTTP_ERROR_HTTP_STATUS: the server answered with an error status
 *
 * Errors of #RelayHttp. Their messages are translated, written for people who
 * are not technical, and never contain the address or the server's answer.
 * Cancelling gives %G_IO_ERROR_CANCELLED instead.
 */
G_DEFINE_QUARK (relay-http-error-quark, relay_http_error)

/*
 * Helpers
 */

static void
request_free (gpointer data)
{
  Request *request = data;

  g_assert (request->easy == NULL);

  g_clear_pointer (&request->url, g_free);
  g_clear_pointer (&request->safe_url, g_free);
  g_clear_pointer (&request->etag, g_free);
  g_clear_pointer (&request->ca_file, g_free);
  g_clear_pointer (&request->context, g_main_context_unref);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_clear_pointer (&request->response_etag, g_free);
  g_clear_pointer (&request->new_etag, g_free);
  g_free (request);
}

/* The address without user name, password, query or fragment, for logs. */
static char *
dup_safe_url (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL)
    return g_strdup ("(an address that is not valid)");

  return g_uri_to_string_partial (uri, G_URI_HIDE_USERINFO | G_URI_HIDE_QUERY |
                                       G_URI_HIDE_FRAGMENT);
}

static char *
dup_host (const char *url)
{
  g_autoptr(GUri) uri = NULL;

  if (url == NULL)
    return NULL;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return NULL;

  return g_strdup (g_uri_get_host (uri));
}

/* An entity tag may go back to the server in a header: no control characters. */
static gboolean
etag_is_valid (const char *etag)
{
  gsize len;

  if (etag == NULL)
    return FALSE;

  len = strlen (etag);
  if (len == 0 || len > MAX_ETAG_LENGTH)
    return FALSE;

  for (const char *p = etag; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 || (guchar) *p > 0x7e)
        return FALSE;
    }

  return TRUE;
}

static gboolean
deliver_progress (gpointer data)
{
  ProgressReport *report = data;
  GCancellable *cancellable = g_task_get_cancellable (report->task);

  /* Nothing after the result, and nothing once the caller cancelled. */
  if (!g_task_get_completed (report->task) && !g_cancellable_is_cancelled (cancellable))
    report->progress (report->current, report->total, report->progress_data);

  return G_SOURCE_REMOVE;
}

static void
progress_report_free (gpointer data)
{
  ProgressReport *report = data;

  g_clear_object (&report->task);
  g_free (report);
}

/*
 * Called in the worker. The report goes to the caller's main context through
 * an idle source rather than g_main_context_invoke(): when no thread owns that
 * context at this moment, g_main_context_invoke() would run the callback right
 * here, in the worker. Sources of the same priority run in the order they were
 * attached, so every report arrives before the task's own result.
 */
static void
send_progress (Request    *request,
               curl_off_t  current,
               curl_off_t  total)
{
  g_autoptr(GSource) source = NULL;
  ProgressReport *report;

  if (request->progress == NULL)
    return;

  report = g_new0 (ProgressReport, 1);
  report->task = g_object_ref (request->task);
  report->progress = request->progress;
  report->progress_data = request->progress_data;
  report->current = current;
  report->total = total > 0 ? total : 0;

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress, report, progress_report_free);
  g_source_set_static_name (source, "[relay] http progress");
  g_source_attach (source, request->context);
}

/*
 * libcurl callbacks (worker thread)
 */

static size_t
write_cb (char   *data,
          size_t  size,
          size_t  nmemb,
          void   *user_data)
{
  Request *request = user_data;
  size_t len = size * nmemb;
  long status = 0;

  /* Bodies of redirections and error pages are not kept. */
  curl_easy_getinfo (request->easy, CURLINFO_RESPONSE_CODE, &status);
  if (status < 200 || status >= 300)
    return len;

  if ((guint64) request->body->len + len > request->max_size)
    {
      request->too_large = TRUE;
      return 0;  /* anything but len stops the transfer */
    }

  g_byte_array_append (request->body, (const guint8 *) data, (guint) len);

  return len;
}

static size_t
header_cb (char   *data,
           size_t  size,
           size_t  nitems,
           void   *user_data)
{
  Request *request = user_data;
  size_t len = size * nitems;

  /* A new response (after a redirection): forget the previous one's tag. */
  if (len >= 5 && g_ascii_strncasecmp (data, "HTTP/", 5) == 0)
    {
      g_clear_pointer (&request->response_etag, g_free);
    }
  else if (len > 5 && g_ascii_strncasecmp (data, "ETag:", 5) == 0)
    {
      g_autofree char *value = g_strndup (data + 5, len - 5);

      g_strstrip (value);
      if (etag_is_valid (value))
        {
          g_free (request->response_etag);
          request->response_etag = g_steal_pointer (&value);
        }
    }

  return len;
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

  if (g_task_get_cancellable (request->task) != NULL &&
      g_cancellable_is_cancelled (g_task_get_cancellable (request->task)))
    return 1;  /* aborts with CURLE_ABORTED_BY_CALLBACK */

  if (request->progress == NULL || dlnow == request->last_progress_now)
    return 0;

  now = g_get_monotonic_time ();
  if (now - request->last_progress_time < PROGRESS_INTERVAL)
    return 0;

  request->last_progress_time = now;
  request->last_progress_now = dlnow;
  send_progress (request, dlnow, dltotal);

  return 0;
}

static void
wake_multi_cb (GCancellable *cancellable,
               gpointer      user_data)
{
  curl_multi_wakeup (user_data);
}

/*
 * Errors: plain words, what happened and what to do. No address except the
 * server's name, and nothing the server said.
 */

static void
set_status_error (GError **error,
                  long     status)
{
  guint code = (guint) status;

  g_debug ("The server answered with status %u", code);

  switch (status)
    {
    case 404:
    case 410:
      g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS,
                   /* Translators: %u is an HTTP status code, such as 404 */
                   _("The file was not found on the server (error %u), so nothing was "
                     "downloaded. Check the address, then try again."),
                   code);
      break;

    case 401:
    case 403:
    case 407:
      g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS,
                   /* Translators: %u is an HTTP status code, such as 403 */
                   _("The server refused to send the file (error %u), so nothing was "
                     "downloaded. The network you use may be blocking it; try again later "
                     "or from another network."),
                   code);
      break;

    case 429:
      g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS,
                   /* Translators: %u is an HTTP status code, such as 429 */
                   _("The server is too busy to answer right now (error %u). Wait a few "
                     "minutes, then try again."),
                   code);
      break;

    default:
      if (status >= 500 && status <= 599)
        g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS,
                     /* Translators: %u is an HTTP status code, such as 503 */
                     _("The server has a problem and could not send the file (error %u). "
                       "Try again later."),
                     code);
      else
        g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_HTTP_STATUS,
                     /* Translators: %u is an HTTP status code, such as 400 */
                     _("The server gave an unexpected answer (error %u), so nothing was "
                       "downloaded. Try again later."),
                     code);
      break;
    }
}

static void
set_insecure_error (GError **error)
{
  g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_INSECURE,
                       _("Relay only downloads over secure connections (addresses that "
                         "start with “https://”), so nothing was downloaded."));
}

static void
set_curl_error (GError     **error,
                Request     *request,
                CURLcode     code,
                const char  *errbuf)
{
  char *effective_url = NULL;
  g_autofree char *host = NULL;

  g_debug ("Download of %s failed: libcurl error %d (%s)",
           request->safe_url, (int) code, curl_easy_strerror (code));

  /* The body was cut off in write_cb(), or Content-Length was already too much. */
  if (code == CURLE_FILESIZE_EXCEEDED || (code == CURLE_WRITE_ERROR && request->too_large))
    {
      g_autofree char *size = g_format_size (request->max_size);

      g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TOO_LARGE,
                   /* Translators: %s is a size, such as “2.1 MB” */
                   _("The file on the server is larger than expected (more than %s), so "
                     "Relay stopped the download and saved nothing. Try again later; if "
                     "this keeps happening, report the problem."),
                   size);
      return;
    }

  switch (code)
    {
    case CURLE_UNSUPPORTED_PROTOCOL:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_INSECURE,
                           _("The server tried to send Relay to an address that is not "
                             "secure, so nothing was downloaded. Relay only uses secure "
                             "connections."));
      break;

    case CURLE_COULDNT_CONNECT:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_OFFLINE,
                           _("Relay could not reach the server. Check that this computer "
                             "is connected to the internet, then try again."));
      break;

    case CURLE_COULDNT_RESOLVE_PROXY:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_OFFLINE,
                           _("Relay could not find the proxy server that this computer is "
                             "set up to use. Check the network settings, then try again."));
      break;

    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_OFFLINE,
                           _("The connection to the server was lost before the download "
                             "was complete, so nothing was saved. Check that this computer "
                             "is connected to the internet, then try again."));
      break;

    case CURLE_COULDNT_RESOLVE_HOST:
      if (request->easy != NULL)
        curl_easy_getinfo (request->easy, CURLINFO_EFFECTIVE_URL, &effective_url);
      host = dup_host (effective_url != NULL ? effective_url : request->url);
      if (host != NULL)
        g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_DNS,
                     /* Translators: %s is the name of a server, such as example.org */
                     _("Relay could not find the server “%s”. Check that this computer is "
                       "connected to the internet. If it is, the network you use may be "
                       "blocking this server; try again later or from another network."),
                     host);
      else
        g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_DNS,
                             _("Relay could not find the server. Check that this computer "
                               "is connected to the internet. If it is, the network you use "
                               "may be blocking this server; try again later or from "
                               "another network."));
      break;

    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
      g_debug ("TLS: %s", errbuf);
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TLS,
                           _("The server's security certificate could not be verified, so "
                             "nothing was downloaded. This happens on networks that ask you "
                             "to sign in first, as in hotels, but it can also mean that "
                             "someone is interfering with the connection. Try again later "
                             "from a network you trust."));
      break;

    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_SHUTDOWN_FAILED:
      g_debug ("TLS: %s", errbuf);
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TLS,
                           _("Relay could not set up a secure connection to the server, so "
                             "nothing was downloaded. The network you use may be blocking "
                             "or interfering with secure connections. Try again later from "
                             "a network you trust."));
      break;

    case CURLE_OPERATION_TIMEDOUT:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_TIMEOUT,
                           _("The server took too long to answer, so the download was "
                             "stopped. The connection may be slow or busy; try again later."));
      break;

    case CURLE_TOO_MANY_REDIRECTS:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_FAILED,
                           _("The server kept sending Relay to other addresses, so the "
                             "download was stopped. Try again later."));
      break;

    case CURLE_URL_MALFORMAT:
      g_set_error_literal (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_FAILED,
                           _("The address of the server is not valid, so nothing was "
                             "downloaded. Check the address, then try again."));
      break;

    default:
      g_set_error (error, RELAY_HTTP_ERROR, RELAY_HTTP_ERROR_FAILED,
                   /* Translators: %d is a number that identifies the problem */
                   _("The download failed because of an unexpected problem (code %d). Try "
                     "again later; if this keeps happening, report the problem."),
                   (int) code);
      break;
    }
}

/*
 * The worker
 */

#define SETOPT(option, value)                                                   \
  G_STMT_START {                                                                \
    CURLcode setopt_code = curl_easy_setopt (request->easy, option, value);     \
    if (setopt_code != CURLE_OK)                                                \
      {                                                                         \
        g_debug ("Cannot set libcurl option %s: %s", #option,                   \
                 curl_easy_strerror (setopt_code));                             \
        return setopt_code;                                                     \
      }                                                                         \
  } G_STMT_END

static CURLcode
setup_easy (Request           *request,
            struct curl_slist *headers,
            char              *errbuf)
{
  long connect_timeout = MIN (request->timeout, MAX_CONNECT_TIMEOUT);

  SETOPT (CURLOPT_URL, request->url);
  SETOPT (CURLOPT_NOSIGNAL, 1L);
  SETOPT (CURLOPT_ERRORBUFFER, errbuf);

  /* HTTPS only, with the certificate and the host name checked, always.
   * These calls fail the request if libcurl refuses them. */
#if LIBCURL_VERSION_NUM >= 0x075500
  SETOPT (CURLOPT_PROTOCOLS_STR, "https");
  SETOPT (CURLOPT_REDIR_PROTOCOLS_STR, "https");
#else
  SETOPT (CURLOPT_PROTOCOLS, (long) CURLPROTO_HTTPS);
  SETOPT (CURLOPT_REDIR_PROTOCOLS, (long) CURLPROTO_HTTPS);
#endif
  SETOPT (CURLOPT_SSL_VERIFYPEER, 1L);
  SETOPT (CURLOPT_SSL_VERIFYHOST, 2L);
  SETOPT (CURLOPT_SSLVERSION, (long) CURL_SSLVERSION_TLSv1_2);
  if (request->ca_file != NULL)
    SETOPT (CURLOPT_CAINFO, request->ca_file);

  SETOPT (CURLOPT_FOLLOWLOCATION, 1L);
  SETOPT (CURLOPT_MAXREDIRS, MAX_REDIRECTS);
  SETOPT (CURLOPT_TIMEOUT, (long) request->timeout);
  SETOPT (CURLOPT_CONNECTTIMEOUT, connect_timeout);
  SETOPT (CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) request->max_size);
  SETOPT (CURLOPT_USERAGENT, "Relay/" PACKAGE_VERSION);
  SETOPT (CURLOPT_ACCEPT_ENCODING, "");
  if (headers != NULL)
    SETOPT (CURLOPT_HTTPHEADER, headers);

  SETOPT (CURLOPT_WRITEFUNCTION, write_cb);
  SETOPT (CURLOPT_WRITEDATA, request);
  SETOPT (CURLOPT_HEADERFUNCTION, header_cb);
  SETOPT (CURLOPT_HEADERDATA, request);
  SETOPT (CURLOPT_NOPROGRESS, 0L);
  SETOPT (CURLOPT_XFERINFOFUNCTION, xferinfo_cb);
  SETOPT (CURLOPT_XFERINFODATA, request);

  return CURLE_OK;
}

#undef SETOPT

/* Runs the transfer; returns FALSE when the multi interface itself failed. */
static gboolean
perform (Request      *request,
         GCancellable *cancellable,
         CURLcode     *code)
{
  CURLM *multi = curl_multi_init ();
  CURLMcode mcode;
  CURLMsg *message;
  gulong cancelled_id = 0;
  int running = 0;
  int left = 0;
  gboolean done = FALSE;

  if (multi == NULL)
    return FALSE;

  mcode = curl_multi_add_handle (multi, request->easy);
  if (mcode != CURLM_OK)
    {
      curl_multi_cleanup (multi);
      return FALSE;
    }

  if (cancellable != NULL)
    cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (wake_multi_cb), multi, NULL);

  for (;;)
    {
      mcode = curl_multi_perform (multi, &running);
      if (mcode != CURLM_OK || running == 0)
        break;
      if (g_cancellable_is_cancelled (cancellable))
        break;
      mcode = curl_multi_poll (multi, NULL, 0, POLL_INTERVAL_MS, NULL);
      if (mcode != CURLM_OK)
        break;
    }

  /* Waits for a wake_multi_cb() running in another thread. */
  g_cancellable_disconnect (cancellable, cancelled_id);

  while ((message = curl_multi_info_read (multi, &left)) != NULL)
    {
      if (message->msg == CURLMSG_DONE && message->easy_handle == request->easy)
        {
          *code = message->data.result;
          done = TRUE;
        }
    }

  if (!done)
    *code = mcode == CURLM_OK ? CURLE_ABORTED_BY_CALLBACK : CURLE_FAILED_INIT;

  curl_multi_remove_handle (multi, request->easy);
  curl_multi_cleanup (multi);

  return mcode == CURLM_OK;
}

static void
get_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Request *request = task_data;
  struct curl_slist *headers = NULL;
  char errbuf[CURL_ERROR_SIZE] = "";
  g_autoptr(GError) error = NULL;
  CURLcode code = CURLE_OK;
  char *scheme = NULL;
  curl_off_t downloaded = 0;
  curl_off_t length = -1;
  long status = 0;

  if (g_task_return_error_if_cancelled (task))
    return;

  g_debug ("Downloading %s", request->safe_url);

  request->task = task;
  request->body = g_byte_array_new ();
  request->easy = curl_easy_init ();
  if (request->easy == NULL)
    {
      set_curl_error (&error, request, CURLE_FAILED_INIT, errbuf);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (request->etag != NULL)
    {
      g_autofree char *line = g_strdup_printf ("If-None-Match: %s", request->etag);

      headers = curl_slist_append (headers, line);
    }

  code = setup_easy (request, headers, errbuf);
  if (code == CURLE_OK && !perform (request, cancellable, &code) && code == CURLE_OK)
    code = CURLE_FAILED_INIT;

  curl_easy_getinfo (request->easy, CURLINFO_RESPONSE_CODE, &status);
  curl_easy_getinfo (request->easy, CURLINFO_SIZE_DOWNLOAD_T, &downloaded);
  curl_easy_getinfo (request->easy, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
  curl_easy_getinfo (request->easy, CURLINFO_SCHEME, &scheme);

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_debug ("Download of %s cancelled", request->safe_url);
      g_cancellable_set_error_if_cancelled (cancellable, &error);
    }
  else if (code != CURLE_OK)
    {
      set_curl_error (&error, request, code, errbuf);
    }
  else if (scheme == NULL || g_ascii_strcasecmp (scheme, "https") != 0)
    {
      /* Cannot happen with the protocols restricted above; checked anyway. */
      set_insecure_error (&error);
    }
  else if (status == 304)
    {
      request->not_modified = TRUE;
      request->new_etag = g_strdup (request->response_etag != NULL ? request->response_etag
                                                                   : request->etag);
    }
  else if (status < 200 || status >= 300)
    {
      set_status_error (&error, status);
    }
  else
    {
      request->new_etag = g_strdup (request->response_etag);
    }

  if (error == NULL || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    send_progress (request, downloaded, length);

  curl_slist_free_all (headers);
  g_clear_pointer (&request->easy, curl_easy_cleanup);

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else if (request->not_modified)
    {
      g_debug ("%s has not changed", request->safe_url);
      g_task_return_pointer (task, NULL, NULL);
    }
  else
    {
      GBytes *bytes = g_byte_array_free_to_bytes (g_steal_pointer (&request->body));

      g_debug ("Downloaded %s: %" G_GSIZE_FORMAT " bytes, status %ld",
               request->safe_url, g_bytes_get_size (bytes), status);
      g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
    }
}

/*
 * GObject
 */

static void
relay_http_finalize (GObject *object)
{
  RelayHttp *self = (RelayHttp *)object;

  g_clear_pointer (&self->ca_file, g_free);

  G_OBJECT_CLASS (relay_http_parent_class)->finalize (object);
}

static void
relay_http_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RelayHttp *self = RELAY_HTTP (object);

  switch (prop_id)
    {
    case PROP_CA_FILE:
      g_value_set_string (value, self->ca_file);
      break;

    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;

    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_http_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RelayHttp *self = RELAY_HTTP (object);

  switch (prop_id)
    {
    case PROP_CA_FILE:
      relay_http_set_ca_file (self, g_value_get_string (value));
      break;

    case PROP_TIMEOUT:
      relay_http_set_timeout (self, g_value_get_uint (value));
      break;

    case PROP_MAX_SIZE:
      relay_http_set_max_size (self, g_value_get_uint64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_http_class_init (RelayHttpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_http_finalize;
  object_class->get_property = relay_http_get_property;
  object_class->set_property = relay_http_set_property;

  /**
   * RelayHttp:ca-file:
   *
   * A file of certificate authorities to trust, in PEM format, used instead
   * of the system's list. Only for tests: the app never sets it.
   */
  properties[PROP_CA_FILE] =
    g_param_spec_string ("ca-file", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayHttp:timeout:
   *
   * The longest a whole request may take, in seconds.
   */
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL,
                       1, MAX_TIMEOUT, RELAY_HTTP_DEFAULT_TIMEOUT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayHttp:max-size:
   *
   * The largest body accepted, in bytes. A larger one stops the download
   * with %RELAY_HTTP_ERROR_TOO_LARGE.
   */
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXINT32, RELAY_HTTP_DEFAULT_MAX_SIZE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_http_init (RelayHttp *self)
{
  relay_http_global_init ();

  self->timeout = RELAY_HTTP_DEFAULT_TIMEOUT;
  self->max_size = RELAY_HTTP_DEFAULT_MAX_SIZE;
}

/*
 * Public API
 */

/**
 * relay_http_global_init:
 *
 * Initialises libcurl, once. Call it from main() before any thread starts;
 * relay_http_new() calls it too, for programs (and tests) that don't.
 */
void
relay_http_global_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      CURLcode code = curl_global_init (CURL_GLOBAL_DEFAULT);

      if (code != CURLE_OK)
        g_warning ("Cannot initialise libcurl: %s", curl_easy_strerror (code));

      g_once_init_leave (&initialized, 1);
    }
}

/**
 * relay_http_new:
 *
 * Creates an HTTPS client with the default timeout and size limit.
 *
 * Returns: (transfer full): a new #RelayHttp
 */
RelayHttp *
relay_http_new (void)
{
  relay_http_global_init ();

  return g_object_new (RELAY_TYPE_HTTP, NULL);
}

/**
 * relay_http_get_ca_file:
 * @self: a #RelayHttp
 *
 * Returns: (nullable): the extra certificate authorities file, or %NULL
 */
const char *
relay_http_get_ca_file (RelayHttp *self)
{
  g_return_val_if_fail (RELAY_IS_HTTP (self), NULL);

  return self->ca_file;
}

/**
 * relay_http_set_ca_file:
 * @self: a #RelayHttp
 * @ca_file: (nullable): a PEM file of certificate authorities, or %NULL for
 *   the system's list
 *
 * Only for tests. Requests already started keep the previous value.
 */
void
relay_http_set_ca_file (RelayHttp  *self,
                        const char *ca_file)
{
  g_return_if_fail (RELAY_IS_HTTP (self));

  if (ca_file != NULL && *ca_file == '\0')
    ca_file = NULL;

  if (g_strcmp0 (self->ca_file, ca_file) == 0)
    return;

  g_free (self->ca_file);
  self->ca_file = g_strdup (ca_file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CA_FILE]);
}

/**
 * relay_http_get_timeout:
 * @self: a #RelayHttp
 *
 * Returns: the longest a request may take, in seconds
 */
guint
relay_http_get_timeout (RelayHttp *self)
{
  g_return_val_if_fail (RELAY_IS_HTTP (self), 0);

  return self->timeout;
}

/**
 * relay_http_set_timeout:
 * @self: a #RelayHttp
 * @timeout: seconds, from 1 to 3600
 *
 * Requests already started keep the previous value.
 */
void
relay_http_set_timeout (RelayHttp *self,
                        guint      timeout)
{
  g_return_if_fail (RELAY_IS_HTTP (self));
  g_return_if_fail (timeout >= 1 && timeout <= MAX_TIMEOUT);

  if (self->timeout == timeout)
    return;

  self->timeout = timeout;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

/**
 * relay_http_get_max_size:
 * @self: a #RelayHttp
 *
 * Returns: the largest body accepted, in bytes
 */
guint64
relay_http_get_max_size (RelayHttp *self)
{
  g_return_val_if_fail (RELAY_IS_HTTP (self), 0);

  return self->max_size;
}

/**
 * relay_http_set_max_size:
 * @self: a #RelayHttp
 * @max_size: bytes, at least 1
 *
 * Requests already started keep the previous value.
 */
void
relay_http_set_max_size (RelayHttp *self,
                         guint64    max_size)
{
  g_return_if_fail (RELAY_IS_HTTP (self));
  g_return_if_fail (max_size >= 1 && max_size <= G_MAXINT32);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

/**
 * relay_http_get_async:
 * @self: a #RelayHttp
 * @url: an https:// address
 * @etag: (nullable): the entity tag of the copy the caller has, sent as
 *   If-None-Match
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope notified): called with the bytes received so
 *   far and the expected total (0 when the server did not say), on the
 *   thread-default main context of the caller, never after @callback
 * @progress_data: data for @progress; must stay valid until @callback runs
 * @callback: called when the download is over
 * @user_data: data for @callback
 *
 * Downloads @url in a worker thread. An address that is not https:// fails
 * with %RELAY_HTTP_ERROR_INSECURE without any network traffic.
 */
void
relay_http_get_async (RelayHttp             *self,
                      const char            *url,
                      const char            *etag,
                      GCancellable          *cancellable,
                      GFileProgressCallback  progress,
                      gpointer               progress_data,
                      GAsyncReadyCallback    callback,
                      gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  Request *request;

  g_return_if_fail (RELAY_IS_HTTP (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_http_get_async);
  g_task_set_name (task, "[relay] relay_http_get_async");

  if (g_strcmp0 (g_uri_peek_scheme (url), "https") != 0)
    {
      g_autoptr(GError) error = NULL;

      g_debug ("Refusing to download from an address that is not https://");
      set_insecure_error (&error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  request = g_new0 (Request, 1);
  request->url = g_strdup (url);
  request->safe_url = dup_safe_url (url);
  if (etag_is_valid (etag))
    request->etag = g_strdup (etag);
  else if (etag != NULL && *etag != '\0')
    g_debug ("Ignoring an entity tag that cannot be sent back");
  request->ca_file = g_strdup (self->ca_file);
  request->timeout = self->timeout;
  request->max_size = self->max_size;
  request->context = g_main_context_ref_thread_default ();
  request->progress = progress;
  request->progress_data = progress_data;
  request->last_progress_now = -1;
  g_task_set_task_data (task, request, request_free);

  g_task_run_in_thread (task, get_in_thread);
}

/**
 * relay_http_get_finish:
 * @self: a #RelayHttp
 * @result: the #GAsyncResult given to the callback
 * @new_etag: (out) (optional) (nullable) (transfer full): the entity tag of
 *   what the server has now, or %NULL if it sent none
 * @not_modified: (out) (optional): set to %TRUE when the server said the
 *   caller's copy (the etag given) is still current
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the body; %NULL on error, and also
 *   without error when @not_modified is %TRUE
 */
GBytes *
relay_http_get_finish (RelayHttp     *self,
                       GAsyncResult  *result,
                       char         **new_etag,
                       gboolean      *not_modified,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  Request *request;
  GBytes *bytes;

  g_return_val_if_fail (RELAY_IS_HTTP (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == relay_http_get_async, NULL);

  if (new_etag != NULL)
    *new_etag = NULL;
  if (not_modified != NULL)
    *not_modified = FALSE;

  bytes = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  request = g_task_get_task_data (G_TASK (result));
  if (new_etag != NULL)
    *new_etag = g_strdup (request->new_etag);
  if (not_modified != NULL)
    *not_modified = request->not_modified;

  return bytes;
}
