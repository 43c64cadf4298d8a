/* relay-mime-message.c
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

#define G_LOG_DOMAIN "relay-mime"

#include "config.h"

#include <string.h>

#include "relay-mime-message.h"

/* An Internet message (RFC 5322, MIME), written by hand rather than with
 * curl_mime: a submission is stored in the outbox and hashed for the proof
 * of submission before any network traffic, and a retry must send exactly
 * the same bytes. curl_mime builds its parts while it sends them, with a new
 * random boundary every time, and cannot hand out the finished message.
 *
 * Lines end in CRLF. Header values that are not plain ASCII are encoded
 * words (RFC 2047); the text is UTF-8 in quoted-printable; attachments are
 * base64 in lines of 76 characters. Dot-stuffing for SMTP is libcurl's job.
 */

#define LINE_LIMIT 76
/* 45 bytes of UTF-8 make 60 base64 characters: with "=?UTF-8?B?" and "?="
 * an encoded word stays under the 75 characters RFC 2047 allows.
 */
#define ENCODED_WORD_BYTES 45

typedef struct
{
  char   *file_name;
  char   *mime_type;
  GBytes *data;
} Attachment;

struct _RelayMimeMessage
{
  GObject parent_instance;

  char      *from_name;
  char      *from_address;
  GPtrArray *to;
  GPtrArray *cc;
  char      *subject;
  char      *language;
  GDateTime *date;
  char      *message_id;
  char      *text;
  GArray    *attachments;
  char      *boundary;
};

G_DEFINE_FINAL_TYPE (RelayMimeMessage, relay_mime_message, G_TYPE_OBJECT)

static void
attachment_clear (gpointer data)
{
  Attachment *attachment = data;

  g_clear_pointer (&attachment->file_name, g_free);
  g_clear_pointer (&attachment->mime_type, g_free);
  g_clear_pointer (&attachment->data, g_bytes_unref);
}

static void
relay_mime_message_finalize (GObject *object)
{
  RelayMimeMessage *self = (RelayMimeMessage *)object;

  g_clear_pointer (&self->from_name, g_free);
  g_clear_pointer (&self->from_address, g_free);
  g_clear_pointer (&self->to, g_ptr_array_unref);
  g_clear_pointer (&self->cc, g_ptr_array_unref);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->message_id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->attachments, g_array_unref);
  g_clear_pointer (&self->boundary, g_free);

  G_OBJECT_CLASS (relay_mime_message_parent_class)->finalize (object);
}

static void
relay_mime_message_class_init (RelayMimeMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_mime_message_finalize;
}

static void
relay_mime_message_init (RelayMimeMessage *self)
{
  self->to = g_ptr_array_new_with_free_func (g_free);
  self->cc = g_ptr_array_new_with_free_func (g_free);
  self->subject = g_strdup ("");
  self->text = g_strdup ("");
  self->attachments = g_array_new (FALSE, TRUE, sizeof (Attachment));
  g_array_set_clear_func (self->attachments, attachment_clear);
}

/**
 * relay_mime_message_new:
 *
 * Creates an empty message.
 *
 * Returns: (transfer full): a new #RelayMimeMessage
 */
RelayMimeMessage *
relay_mime_message_new (void)
{
  return g_object_new (RELAY_TYPE_MIME_MESSAGE, NULL);
}

/* Nothing that could end a header line or smuggle a header in. */
static gboolean
is_header_safe (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;

  return TRUE;
}

static gboolean
is_address_safe (const char *address)
{
  return address != NULL && *address != '\0' && is_header_safe (address) &&
         strpbrk (address, " <>,;\"()") == NULL && strchr (address, '@') != NULL;
}

/* Control characters (a pasted line break…) become spaces. */
static char *
dup_one_line (const char *text)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    g_string_append_c (line, ((guchar) *p < 0x20 || *p == 0x7f) ? ' ' : *p);

  return g_strstrip (g_string_free (g_steal_pointer (&line), FALSE));
}

/**
 * relay_mime_message_set_from:
 * @self: a #RelayMimeMessage
 * @name: (nullable): the sender's name, in any script
 * @address: the sender's e-mail address
 *
 * Sets the From header.
 */
void
relay_mime_message_set_from (RelayMimeMessage *self,
                             const char       *name,
                             const char       *address)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));
  g_return_if_fail (is_address_safe (address));
  g_return_if_fail (name == NULL || g_utf8_validate (name, -1, NULL));

  g_free (self->from_name);
  self->from_name = dup_one_line (name);
  g_free (self->from_address);
  self->from_address = g_strdup (address);
}

/**
 * relay_mime_message_get_from_address:
 * @self: a #RelayMimeMessage
 *
 * Gets the sender's address.
 *
 * Returns: (nullable): the address given to relay_mime_message_set_from()
 */
const char *
relay_mime_message_get_from_address (RelayMimeMessage *self)
{
  g_return_val_if_fail (RELAY_IS_MIME_MESSAGE (self), NULL);

  return self->from_address;
}

static gboolean
has_address (RelayMimeMessage *self,
             const char       *address)
{
  GPtrArray *lists[] = { self->to, self->cc };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      if (g_ascii_strcasecmp (g_ptr_array_index (lists[l], i), address) == 0)
        return TRUE;

  return FALSE;
}

/**
 * relay_mime_message_add_to:
 * @self: a #RelayMimeMessage
 * @address: an e-mail address
 *
 * Adds a recipient to the To header. An address that is already a
 * recipient is not added twice.
 */
void
relay_mime_message_add_to (RelayMimeMessage *self,
                           const char       *address)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));
  g_return_if_fail (is_address_safe (address));

  if (!has_address (self, address))
    g_ptr_array_add (self->to, g_strdup (address));
}

/**
 * relay_mime_message_add_cc:
 * @self: a #RelayMimeMessage
 * @address: an e-mail address
 *
 * Adds a recipient to the Cc header. An address that is already a
 * recipient is not added twice.
 */
void
relay_mime_message_add_cc (RelayMimeMessage *self,
                           const char       *address)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));
  g_return_if_fail (is_address_safe (address));

  if (!has_address (self, address))
    g_ptr_array_add (self->cc, g_strdup (address));
}

/**
 * relay_mime_message_dup_recipients:
 * @self: a #RelayMimeMessage
 *
 * Gets every recipient, To then Cc: the envelope of the message.
 *
 * Returns: (transfer full): a %NULL-terminated array of addresses
 */
char **
relay_mime_message_dup_recipients (RelayMimeMessage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (RELAY_IS_MIME_MESSAGE (self), NULL);

  for (guint i = 0; i < self->to->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->to, i));
  for (guint i = 0; i < self->cc->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->cc, i));

  return g_strv_builder_end (builder);
}

/**
 * relay_mime_message_set_subject:
 * @self: a #RelayMimeMessage
 * @subject: the subject, in any script; line breaks become spaces
 *
 * Sets the Subject header.
 */
void
relay_mime_message_set_subject (RelayMimeMessage *self,
                                const char       *subject)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));
  g_return_if_fail (subject != NULL && g_utf8_validate (subject, -1, NULL));

  g_free (self->subject);
  self->subject = dup_one_line (subject);
}

/**
 * relay_mime_message_get_subject:
 * @self: a #RelayMimeMessage
 *
 * Gets the subject.
 *
 * Returns: (not nullable): the subject
 */
const char *
relay_mime_message_get_subject (RelayMimeMessage *self)
{
  g_return_val_if_fail (RELAY_IS_MIME_MESSAGE (self), NULL);

  return self->subject;
}

/**
 * relay_mime_message_set_language:
 * @self: a #RelayMimeMessage
 * @language: (nullable): a language tag such as "fr", or %NULL
 *
 * Sets the Content-Language header.
 */
void
relay_mime_message_set_language (RelayMimeMessage *self,
                                 const char       *language)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));

  g_clear_pointer (&self->language, g_free);

  if (language != NULL && *language != '\0')
    {
      for (const char *p = language; *p != '\0'; p++)
        g_return_if_fail (g_ascii_isalnum (*p) || *p == '-');

      self->language = g_strdup (language);
    }
}

/**
 * relay_mime_message_set_date:
 * @self: a #RelayMimeMessage
 * @date: (nullable): when the message is written; %NULL means now
 *
 * Sets the Date header.
 */
void
relay_mime_message_set_date (RelayMimeMessage *self,
                             GDateTime        *date)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    self->date = g_date_time_ref (date);
}

/**
 * relay_mime_message_get_message_id:
 * @self: a #RelayMimeMessage
 *
 * Gets the Message-ID of the message, with its angle brackets. It is made
 * once, from a random UUID and the domain of the sender's address, and
 * never changes afterwards.
 *
 * Returns: (not nullable): the Message-ID
 */
const char *
relay_mime_message_get_message_id (RelayMimeMessage *self)
{
  g_return_val_if_fail (RELAY_IS_MIME_MESSAGE (self), NULL);

  if (self->message_id == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      const char *at = self->from_address != NULL ? strrchr (self->from_address, '@') : NULL;
      const char *domain = at != NULL && at[1] != '\0' ? at + 1 : "relay.invalid";

      self->message_id = g_strdup_printf ("<%s@%s>", uuid, domain);
    }

  return self->message_id;
}

/**
 * relay_mime_message_set_text:
 * @self: a #RelayMimeMessage
 * @text: the body, UTF-8 text
 *
 * Sets the text of the message.
 */
void
relay_mime_message_set_text (RelayMimeMessage *self,
                             const char       *text)
{
  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));
  g_return_if_fail (text != NULL && g_utf8_validate (text, -1, NULL));

  g_free (self->text);
  self->text = g_strdup (text);
}

/**
 * relay_mime_message_add_attachment:
 * @self: a #RelayMimeMessage
 * @file_name: the name the recipients see, in any script
 * @mime_type: (nullable): a MIME type such as "application/pdf"
 * @data: the content
 *
 * Adds a file to the message.
 */
void
relay_mime_message_add_attachment (RelayMimeMessage *self,
                                   const char       *file_name,
                                   const char       *mime_type,
                                   GBytes           *data)
{
  Attachment attachment = { 0 };
  g_autofree char *base = NULL;

  g_return_if_fail (RELAY_IS_MIME_MESSAGE (self));
  g_return_if_fail (file_name != NULL && g_utf8_validate (file_name, -1, NULL));
  g_return_if_fail (data != NULL);

  /* Only the last part of a path, without anything that would break the
   * header or point elsewhere.
   */
  base = dup_one_line (file_name);
  for (char *p = base; *p != '\0'; p++)
    if (*p == '/' || *p == '\\')
      *p = '_';

  attachment.file_name = *base != '\0' ? g_steal_pointer (&base) : g_strdup ("attachment");
  attachment.mime_type = g_strdup (mime_type != NULL && is_header_safe (mime_type) &&
                                   strchr (mime_type, '/') != NULL && strpbrk (mime_type, " ;\"") == NULL
                                   ? mime_type : "application/octet-stream");
  attachment.data = g_bytes_ref (data);

  g_array_append_val (self->attachments, attachment);
}

/*
 * Writing
 */

static gboolean
is_plain_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 || (guchar) *p > 0x7e)
      return FALSE;

  return TRUE;
}

/* Appends @text as encoded words, folding between them (never before the
 * first: that space would become part of the value). @column is the
 * length of the current line so far.
 */
static void
append_encoded_words (GString    *out,
                      const char *text,
                      gsize       column)
{
  const char *p = text;
  gboolean first = TRUE;

  while (*p != '\0')
    {
      const char *end = p;
      g_autofree char *b64 = NULL;
      gsize room;
      gsize max_bytes;

      if (!first)
        {
          g_string_append (out, "\r\n ");
          column = 1;
        }

      /* Whole characters only, as many as fit in the line. */
      room = LINE_LIMIT > column + 12 ? LINE_LIMIT - column - 12 : 0;
      max_bytes = MIN (ENCODED_WORD_BYTES, room / 4 * 3);
      while (*end != '\0')
        {
          const char *next = g_utf8_next_char (end);

          if ((gsize) (next - p) > max_bytes && end != p)
            break;
          end = next;
        }

      b64 = g_base64_encode ((const guchar *) p, end - p);
      g_string_append_printf (out, "=?UTF-8?B?%s?=", b64);
      column += 12 + strlen (b64);
      first = FALSE;
      p = end;
    }
}

/* Appends plain ASCII words, folding at spaces. */
static void
append_folded (GString    *out,
               const char *text,
               gsize       column)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  gboolean first = TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      if (first)
        ;
      else if (column + 1 + len > LINE_LIMIT)
        {
          g_string_append (out, "\r\n");
          column = 0;
        }

      if (!first)
        {
          g_string_append_c (out, ' ');
          column++;
        }

      g_string_append (out, words[i]);
      column += len;
      first = FALSE;
    }
}

/* Plain ASCII that can go as it is, folded at its spaces: no word too long
 * for a line, no run of spaces, and nothing a reader would decode as an
 * encoded word ("=?UTF-8?B?…?=" typed in a title).
 */
static gboolean
can_fold_as_is (const char *value)
{
  gsize word = 0;

  if (!is_plain_ascii (value) || strstr (value, "=?") != NULL || strstr (value, "  ") != NULL)
    return FALSE;

  for (const char *p = value; *p != '\0'; p++)
    {
      word = *p == ' ' ? 0 : word + 1;
      if (word > LINE_LIMIT - 1)
        return FALSE;
    }

  return TRUE;
}

static void
append_text_header (GString    *out,
                    const char *name,
                    const char *value)
{
  gsize column = strlen (name) + 2;

  g_string_append_printf (out, "%s: ", name);

  if (can_fold_as_is (value))
    append_folded (out, value, column);
  else
    append_encoded_words (out, value, column);

  g_string_append (out, "\r\n");
}

static void
append_address_header (GString    *out,
                       const char *name,
                       GPtrArray  *addresses)
{
  gsize column;

  if (addresses->len == 0)
    return;

  g_string_append_printf (out, "%s: ", name);
  column = strlen (name) + 2;

  for (guint i = 0; i < addresses->len; i++)
    {
      const char *address = g_ptr_array_index (addresses, i);
      gsize len = strlen (address) + (i + 1 < addresses->len ? 1 : 0);

      if (i > 0)
        {
          if (column + 1 + len > LINE_LIMIT)
            {
              g_string_append (out, "\r\n ");
              column = 1;
            }
          else
            {
              g_string_append_c (out, ' ');
              column++;
            }
        }

      g_string_append (out, address);
      if (i + 1 < addresses->len)
        g_string_append_c (out, ',');
      column += len;
    }

  g_string_append (out, "\r\n");
}

static void
append_from (GString          *out,
             RelayMimeMessage *self)
{
  const char *name = self->from_name;

  g_string_append (out, "From: ");

  if (name == NULL || *name == '\0')
    g_string_append (out, self->from_address);
  else if (is_plain_ascii (name) && strpbrk (name, "()<>[]:;@\\,.\"") == NULL)
    g_string_append_printf (out, "%s <%s>", name, self->from_address);
  else if (is_plain_ascii (name) && strpbrk (name, "\\\"") == NULL)
    g_string_append_printf (out, "\"%s\" <%s>", name, self->from_address);
  else
    {
      append_encoded_words (out, name, strlen ("From: "));
      g_string_append_printf (out, "\r\n <%s>", self->from_address);
    }

  g_string_append (out, "\r\n");
}

/* RFC 5322 dates use English names, whatever the locale. */
static char *
format_date (GDateTime *date)
{
  static const char * const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  static const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  GTimeSpan offset = g_date_time_get_utc_offset (date) / G_TIME_SPAN_MINUTE;

  return g_strdup_printf ("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                          days[g_date_time_get_day_of_week (date) - 1],
                          g_date_time_get_day_of_month (date),
                          months[g_date_time_get_month (date) - 1],
                          g_date_time_get_year (date),
                          g_date_time_get_hour (date),
                          g_date_time_get_minute (date),
                          g_date_time_get_second (date),
                          offset < 0 ? '-' : '+',
                          (int) (ABS (offset) / 60),
                          (int) (ABS (offset) % 60));
}

/* Quoted-printable (RFC 2045 6.7) with CRLF line ends. */
static void
append_quoted_printable (GString    *out,
                         const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize len = strlen (line);
      gsize column = 0;

      if (len > 0 && line[len - 1] == '\r')
        len--;

      /* The last piece of a text that ends in a newline is empty. */
      if (lines[i + 1] == NULL && len == 0)
        break;

      for (gsize j = 0; j < len; j++)
        {
          guchar c = line[j];
          gboolean last = j + 1 == len;
          char token[4];

          if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
            {
              token[0] = c;
              token[1] = '\0';
            }
          else
            g_snprintf (token, sizeof token, "=%02X", c);

          /* Room for the soft break's "=" unless this is the end. */
          if (column + strlen (token) > (last ? LINE_LIMIT : LINE_LIMIT - 1))
            {
              g_string_append (out, "=\r\n");
              column = 0;
            }

          g_string_append (out, token);
          column += strlen (token);
        }

      g_string_append (out, "\r\n");
    }
}

static void
append_base64 (GString *out,
               GBytes  *data)
{
  gsize size = 0;
  const guchar *bytes = g_bytes_get_data (data, &size);
  g_autofree char *b64 = g_base64_encode (bytes, size);
  gsize len = strlen (b64);

  for (gsize i = 0; i < len; i += LINE_LIMIT)
    {
      g_string_append_len (out, b64 + i, MIN (LINE_LIMIT, len - i));
      g_string_append (out, "\r\n");
    }
}

/* The longest parameter value on one line; longer ones are split in
 * RFC 2231 continuations, so that no line of the header grows past what
 * mail servers accept, whatever the length of a file name.
 */
#define PARAMETER_CHUNK 60

/* Plain ASCII for readers that know nothing of RFC 2231: other characters
 * become "_", and a long name keeps its start and its extension. */
static char *
dup_ascii_fallback (const char *file_name)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = file_name; *p != '\0'; p++)
    g_string_append_c (out, (guchar) *p < 0x80 && *p != '"' && *p != '\\' ? *p : '_');

  if (out->len > PARAMETER_CHUNK)
    {
      const char *dot = strrchr (out->str, '.');
      g_autofree char *extension = g_strdup (dot != NULL && strlen (dot) <= 10 ? dot : "");

      g_string_truncate (out, PARAMETER_CHUNK - strlen (extension));
      g_string_append (out, extension);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* filename*=UTF-8''…, percent-encoded; split into filename*0*=,
 * filename*1*=… when long, never inside a %XX. */
static void
append_extended_parameter (GString    *out,
                           const char *name,
                           const char *value)
{
  g_autofree char *escaped = g_uri_escape_string (value, NULL, FALSE);
  const char *p = escaped;
  guint part = 0;

  if (strlen (escaped) <= PARAMETER_CHUNK)
    {
      g_string_append_printf (out, " %s*=UTF-8''%s", name, escaped);
      return;
    }

  while (*p != '\0')
    {
      gsize len = MIN (strlen (p), PARAMETER_CHUNK);

      /* Back off to the start of a cut %XX. */
      if (len < strlen (p))
        for (gsize back = 1; back <= 2 && back <= len; back++)
          if (p[len - back] == '%')
            {
              len -= back;
              break;
            }

      g_string_append_printf (out, "%s %s*%u*=%s%.*s", part > 0 ? ";\r\n" : "",
                              name, part, part == 0 ? "UTF-8''" : "", (int) len, p);
      p += len;
      part++;
    }
}

static void
append_attachment_headers (GString    *out,
                           Attachment *attachment)
{
  g_autofree char *fallback = dup_ascii_fallback (attachment->file_name);

  g_string_append_printf (out, "Content-Type: %s;\r\n name=\"%s\"\r\n",
                          attachment->mime_type, fallback);

  g_string_append (out, "Content-Disposition: attachment;\r\n");
  if (strcmp (fallback, attachment->file_name) == 0)
    g_string_append_printf (out, " filename=\"%s\"", fallback);
  else
    /* RFC 2231: the name in UTF-8, percent-encoded. */
    append_extended_parameter (out, "filename", attachment->file_name);
  g_string_append (out, "\r\n");

  g_string_append (out, "Content-Transfer-Encoding: base64\r\n\r\n");
}

/**
 * relay_mime_message_to_bytes:
 * @self: a #RelayMimeMessage
 *
 * Writes the message. The Date (if none was set), the Message-ID and the
 * MIME boundary are fixed on the first call, so the same message gives the
 * same bytes every time.
 *
 * Returns: (transfer full): the message, ready for SMTP
 */
GBytes *
relay_mime_message_to_bytes (RelayMimeMessage *self)
{
  g_autoptr(GString) out = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (RELAY_IS_MIME_MESSAGE (self), NULL);
  g_return_val_if_fail (self->from_address != NULL, NULL);

  if (self->date == NULL)
    self->date = g_date_time_new_now_local ();

  if (self->boundary == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      /* "=_" never occurs in quoted-printable or base64 content. */
      self->boundary = g_strdup_printf ("=_relay_%s", uuid);
    }

  out = g_string_sized_new (4096);
  date = format_date (self->date);

  append_from (out, self);
  append_address_header (out, "To", self->to);
  append_address_header (out, "Cc", self->cc);
  append_text_header (out, "Subject", self->subject);
  g_string_append_printf (out, "Date: %s\r\n", date);
  g_string_append_printf (out, "Message-ID: %s\r\n", relay_mime_message_get_message_id (self));
  g_string_append (out, "MIME-Version: 1.0\r\n");
  if (self->language != NULL)
    g_string_append_printf (out, "Content-Language: %s\r\n", self->language);

  if (self->attachments->len == 0)
    {
      g_string_append (out, "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
      append_quoted_printable (out, self->text);
    }
  else
    {
      g_string_append_printf (out, "Content-Type: multipart/mixed;\r\n boundary=\"%s\"\r\n\r\n",
                              self->boundary);

      g_string_append_printf (out, "--%s\r\n", self->boundary);
      g_string_append (out, "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
      append_quoted_printable (out, self->text);
      /* The line break before a boundary belongs to the boundary. */
      g_string_append (out, "\r\n");

      for (guint i = 0; i < self->attachments->len; i++)
        {
          Attachment *attachment = &g_array_index (self->attachments, Attachment, i);

          g_string_append_printf (out, "--%s\r\n", self->boundary);
          append_attachment_headers (out, attachment);
          append_base64 (out, attachment->data);
          g_string_append (out, "\r\n");
        }

      g_string_append_printf (out, "--%s--\r\n", self->boundary);
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
