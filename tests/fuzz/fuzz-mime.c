/* fuzz-mime.c — the MIME writer of the outbox
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

/* The input is a small script, one line a step ("\n" in a value is a line
 * break):
 *
 *   from=Lucía Fernández|lucia@example.org
 *   to=urgent-action@ohchr.org          (cc= likewise)
 *   subject=…   language=fr   date=2026-03-20T09:30:00Z   text=…
 *   attachment=Ley 2026.pdf|application/pdf|%PDF-1.7…
 *
 * Addresses are given to the message only when relay_email_is_valid()
 * accepts them, as the application does. The message written must be one
 * that any mail server accepts and that says what it was given: lines end
 * in CRLF and hold at most 998 characters; the header has only the fields
 * we write, so nothing typed can add one (Bcc…); no folded line is blank;
 * the subject, once unfolded and decoded, is the subject given; the text
 * and every attachment decode to what was given.
 */

#include "config.h"

#include <string.h>

#include <relay/relay.h>

#include "relay-fuzz.h"

#define MAX_LINES 128
#define MAX_LINE  998

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  relay_fuzz_init ();

  return 0;
}

typedef struct {
  char   *name;
  GBytes *data;
} Given;

static void
given_clear (gpointer data)
{
  Given *given = data;

  g_free (given->name);
  g_bytes_unref (given->data);
}

/* What the writer promises to make of a subject: control characters become
 * spaces, and the ends are trimmed. */
static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  for (char *p = line; *p != '\0'; p++)
    if ((guchar)*p < 0x20 || *p == 0x7f)
      *p = ' ';

  return g_strstrip (line);
}

/* The text as it should come out: lines end in "\n" (a "\r" at the end of
 * a line is part of the line end, even at the very end), and the last line
 * has one. */
static char *
normalize_text (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gsize len = strlen (lines[i]);

      if (len > 0 && lines[i][len - 1] == '\r')
        len--;
      if (lines[i + 1] == NULL && len == 0)
        break;
      g_string_append_len (out, lines[i], len);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* What the writer promises to make of a file name: one line, no folder. */
static char *
expected_file_name (const char *name)
{
  char *line = one_line (name);

  for (char *p = line; *p != '\0'; p++)
    if (*p == '/' || *p == '\\')
      *p = '_';
  if (*line == '\0')
    {
      g_free (line);
      line = g_strdup ("attachment");
    }

  return line;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Decodes quoted-printable with CRLF line ends into text with "\n". */
static char *
decode_quoted_printable (const char *body,
                         gsize       length)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < length; )
    {
      if (body[i] == '=' && i + 2 < length && body[i + 1] == '\r' && body[i + 2] == '\n')
        i += 3;
      else if (body[i] == '=')
        {
          int high, low;

          g_assert_cmpuint (i + 2, <, length);
          high = hex_value (body[i + 1]);
          low = hex_value (body[i + 2]);
          g_assert_cmpint (high, >=, 0);
          g_assert_cmpint (low, >=, 0);
          g_string_append_c (out, (char)(high * 16 + low));
          i += 3;
        }
      else if (body[i] == '\r' && i + 1 < length && body[i + 1] == '\n')
        {
          g_string_append_c (out, '\n');
          i += 2;
        }
      else
        {
          /* Only printable ASCII is written as itself. */
          g_assert_true ((body[i] >= 33 && body[i] <= 126) || body[i] == ' ' || body[i] == '\t');
          g_string_append_c (out, body[i]);
          i++;
        }
    }

  return g_string_free (out, FALSE);
}

/* The file name of a part's header, from filename="…", filename*=UTF-8''…
 * or its RFC 2231 continuations filename*0*=UTF-8''…;, filename*1*=…. */
static char *
decode_file_name (GPtrArray *lines,
                  guint      start,
                  guint      end)
{
  g_autoptr(GString) escaped = g_string_new (NULL);
  guint next_part = 0;

  for (guint i = start; i < end; i++)
    {
      const char *line = g_ptr_array_index (lines, i);
      g_autofree char *prefix = g_strdup_printf (" filename*%u*=", next_part);
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == ';')
        len--;

      if (g_str_has_prefix (line, " filename=\""))
        {
          g_assert_cmpuint (len, >=, strlen (" filename=\"\""));
          return g_strndup (line + strlen (" filename=\""), len - strlen (" filename=\"\""));
        }
      if (g_str_has_prefix (line, " filename*=UTF-8''"))
        return g_uri_unescape_segment (line + strlen (" filename*=UTF-8''"), line + len, NULL);
      if (g_str_has_prefix (line, prefix))
        {
          const char *value = line + strlen (prefix);

          if (next_part == 0)
            {
              g_assert_true (g_str_has_prefix (value, "UTF-8''"));
              value += strlen ("UTF-8''");
            }
          g_string_append_len (escaped, value, line + len - value);
          next_part++;
        }
    }

  g_assert_cmpuint (next_part, >, 0);

  return g_uri_unescape_string (escaped->str, NULL);
}

/* Unfolds and decodes a header value made of encoded words or plain text. */
static char *
decode_header_value (const char *value)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GString) unfolded = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    if (p[0] == '\r' && p[1] == '\n')
      p++;
    else
      g_string_append_c (unfolded, *p);

  if (!g_str_has_prefix (unfolded->str, "=?UTF-8?B?"))
    {
      /* Plain text that looks like an encoded word would be shown decoded:
       * "=?UTF-8?B?…?=" typed in a title must be encoded itself. */
      g_assert_null (strstr (unfolded->str, "=?"));
      g_string_append (out, unfolded->str);
      return g_string_free (out, FALSE);
    }

  /* Encoded words, separated by the space of the folding. */
  {
    g_auto(GStrv) words = g_strsplit (unfolded->str, " ", -1);

    for (guint i = 0; words[i] != NULL; i++)
      {
        const char *word = words[i];
        gsize len = strlen (word);
        g_autofree char *b64 = NULL;
        g_autofree guchar *decoded = NULL;
        gsize decoded_len = 0;

        g_assert_true (g_str_has_prefix (word, "=?UTF-8?B?") && g_str_has_suffix (word, "?="));
        /* RFC 2047: at most 75 characters, whole characters in each. */
        g_assert_cmpuint (len, <=, 75);
        b64 = g_strndup (word + 10, len - 12);
        decoded = g_base64_decode (b64, &decoded_len);
        g_assert_true (g_utf8_validate ((const char *)decoded, decoded_len, NULL));
        g_string_append_len (out, (const char *)decoded, decoded_len);
      }
  }

  return g_string_free (out, FALSE);
}

static gboolean
is_known_field (const char *line)
{
  static const char * const fields[] = {
    "From:", "To:", "Cc:", "Subject:", "Date:", "Message-ID:", "MIME-Version:",
    "Content-Language:", "Content-Type:", "Content-Transfer-Encoding:",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_has_prefix (line, fields[i]))
      return TRUE;

  return FALSE;
}

/* Checks the header and returns the value of Subject, folded. */
static char *
check_header (GPtrArray *lines,
              guint     *body_start)
{
  g_autoptr(GString) subject = NULL;
  gboolean in_subject = FALSE;
  guint n_from = 0;
  guint i;

  for (i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (*line == '\0')
        break;

      if (line[0] == ' ' || line[0] == '\t')
        {
          /* A folded line holds more than white space. */
          g_assert_true (strspn (line, " \t") < strlen (line));
          g_assert_cmpuint (i, >, 0);
          if (in_subject)
            g_string_append_printf (subject, "\r\n%s", line);
          continue;
        }

      if (!is_known_field (line))
        g_error ("The header has a field we never write");

      if (g_str_has_prefix (line, "From:"))
        n_from++;

      in_subject = g_str_has_prefix (line, "Subject: ");
      if (in_subject)
        {
          g_assert_null (subject);
          subject = g_string_new (line + strlen ("Subject: "));
        }
    }

  g_assert_cmpuint (i, <, lines->len);
  g_assert_cmpuint (n_from, ==, 1);
  g_assert_nonnull (subject);
  *body_start = i + 1;

  return g_string_free (g_steal_pointer (&subject), FALSE);
}

static char *
join_lines (GPtrArray *lines,
            guint      from,
            guint      to)
{
  GString *out = g_string_new (NULL);

  for (guint i = from; i < to; i++)
    g_string_append_printf (out, "%s\r\n", (const char *)g_ptr_array_index (lines, i));

  return g_string_free (out, FALSE);
}

static void
check_message (GBytes     *message,
               const char *subject,
               const char *text,
               GArray     *attachments)
{
  gsize size = 0;
  const char *data = g_bytes_get_data (message, &size);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *header_subject = NULL;
  g_autofree char *decoded_subject = NULL;
  g_autofree char *expected_subject = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *boundary_line = NULL;
  g_autofree char *end_line = NULL;
  g_autofree char *body = NULL;
  g_autofree char *decoded = NULL;
  guint body_start = 0;
  guint part_end;

  /* Lines end in CRLF, hold no NUL, and are short enough for SMTP. */
  g_assert_true (size >= 2 && data[size - 2] == '\r' && data[size - 1] == '\n');
  for (gsize start = 0; start < size; )
    {
      const char *cr = memchr (data + start, '\r', size - start);
      gsize end = cr != NULL ? (gsize)(cr - data) : size;

      g_assert_nonnull (cr);
      g_assert_true (end + 1 < size && data[end + 1] == '\n');
      g_assert_null (memchr (data + start, '\n', end - start));
      g_assert_null (memchr (data + start, '\0', end - start));
      if (end - start > MAX_LINE)
        g_error ("A line of the message is longer than %d characters", MAX_LINE);
      g_ptr_array_add (lines, g_strndup (data + start, end - start));
      start = end + 2;
    }

  header_subject = check_header (lines, &body_start);
  decoded_subject = decode_header_value (header_subject);
  expected_subject = one_line (subject);
  g_assert_cmpstr (decoded_subject, ==, expected_subject);

  expected_text = normalize_text (text);

  if (attachments->len == 0)
    {
      body = join_lines (lines, body_start, lines->len);
      decoded = decode_quoted_printable (body, strlen (body));
      g_assert_cmpstr (decoded, ==, expected_text);
      return;
    }

  /* multipart/mixed: the text, then each attachment in base64. */
  {
    const char *boundary = NULL;
    guint field = 0;

    /* The boundary is a parameter of the Content-Type field, on one of its
     * own continuation lines: a folded subject may hold the same words. */
    while (field < body_start &&
           !g_str_has_prefix (g_ptr_array_index (lines, field), "Content-Type: multipart/mixed;"))
      field++;
    g_assert_cmpuint (field, <, body_start);
    for (guint i = field + 1; i < body_start && boundary == NULL; i++)
      {
        const char *line = g_ptr_array_index (lines, i);

        if (*line != ' ' && *line != '\t')
          break;
        if (g_str_has_prefix (line, " boundary=\""))
          boundary = line + strlen (" boundary=\"");
      }
    g_assert_nonnull (boundary);
    boundary_line = g_strdup_printf ("--%.*s", (int)strcspn (boundary, "\""), boundary);
    end_line = g_strdup_printf ("%s--", boundary_line);
  }

  g_assert_cmpstr (g_ptr_array_index (lines, body_start), ==, boundary_line);
  for (guint part = 0, i = body_start + 1; part <= attachments->len; part++)
    {
      guint header_start = i;
      guint content_start;

      /* The part's own header, then its content up to the next boundary. */
      while (*(const char *)g_ptr_array_index (lines, i) != '\0')
        i++;
      content_start = ++i;
      part_end = i;
      while (!g_str_equal (g_ptr_array_index (lines, part_end), boundary_line) &&
             !g_str_equal (g_ptr_array_index (lines, part_end), end_line))
        part_end++;
      g_assert_cmpuint (part_end, >, content_start);
      /* The CRLF before a boundary belongs to the boundary. */
      g_assert_cmpstr (g_ptr_array_index (lines, part_end - 1), ==, "");

      g_clear_pointer (&body, g_free);
      body = join_lines (lines, content_start, part_end - 1);

      if (part == 0)
        {
          g_clear_pointer (&decoded, g_free);
          decoded = decode_quoted_printable (body, strlen (body));
          g_assert_cmpstr (decoded, ==, expected_text);
        }
      else
        {
          Given *given = &g_array_index (attachments, Given, part - 1);
          g_autofree char *file_name = decode_file_name (lines, header_start, content_start);
          g_autofree char *expected_name = expected_file_name (given->name);
          g_autofree guchar *content = NULL;
          gsize content_len = 0;
          gsize given_len = 0;
          const guint8 *given_data = g_bytes_get_data (given->data, &given_len);

          g_assert_cmpstr (file_name, ==, expected_name);
          content = g_base64_decode (body, &content_len);
          g_assert_cmpmem (content, content_len, given_data, given_len);
        }

      i = part_end + 1;
    }

  g_assert_cmpstr (g_ptr_array_index (lines, part_end), ==, end_line);
  g_assert_cmpuint (part_end + 1, ==, lines->len);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *script = relay_fuzz_dup_text (data, size);
  g_auto(GStrv) lines = g_strsplit (script, "\n", MAX_LINES + 1);
  g_autoptr(RelayMimeMessage) message = relay_mime_message_new ();
  g_autoptr(GArray) attachments = g_array_new (FALSE, TRUE, sizeof (Given));
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 20, 9, 30, 0);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autofree char *subject = g_strdup ("");
  g_autofree char *text = g_strdup ("");
  gboolean has_from = FALSE;

  g_array_set_clear_func (attachments, given_clear);
  relay_mime_message_set_date (message, date);

  for (guint i = 0; lines[i] != NULL && i < MAX_LINES; i++)
    {
      const char *equals = strchr (lines[i], '=');
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (equals == NULL)
        continue;
      key = g_strndup (lines[i], equals - lines[i]);
      value = relay_fuzz_unescape (equals + 1);

      if (g_str_equal (key, "from"))
        {
          g_auto(GStrv) parts = g_strsplit (value, "|", 2);

          if (parts[0] != NULL && parts[1] != NULL && relay_email_is_valid (parts[1]))
            {
              relay_mime_message_set_from (message, parts[0], parts[1]);
              has_from = TRUE;
            }
        }
      else if (g_str_equal (key, "to") && relay_email_is_valid (value))
        relay_mime_message_add_to (message, value);
      else if (g_str_equal (key, "cc") && relay_email_is_valid (value))
        relay_mime_message_add_cc (message, value);
      else if (g_str_equal (key, "subject"))
        {
          g_free (subject);
          subject = g_strdup (value);
        }
      else if (g_str_equal (key, "language"))
        {
          gboolean tag = TRUE;

          for (const char *p = value; *p != '\0'; p++)
            tag = tag && (g_ascii_isalnum (*p) || *p == '-');
          if (tag)
            relay_mime_message_set_language (message, value);
        }
      else if (g_str_equal (key, "date"))
        {
          g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (value, NULL);

          if (when != NULL)
            relay_mime_message_set_date (message, when);
        }
      else if (g_str_equal (key, "text"))
        {
          g_free (text);
          text = g_strdup (value);
        }
      else if (g_str_equal (key, "attachment"))
        {
          g_auto(GStrv) parts = g_strsplit (value, "|", 3);
          Given given = { 0 };

          if (g_strv_length (parts) != 3)
            continue;
          given.name = g_strdup (parts[0]);
          given.data = g_bytes_new (parts[2], strlen (parts[2]));
          relay_mime_message_add_attachment (message, parts[0], *parts[1] ? parts[1] : NULL, given.data);
          g_array_append_val (attachments, given);
        }
    }

  if (!has_from)
    relay_mime_message_set_from (message, NULL, "sender@example.org");
  relay_mime_message_set_subject (message, subject);
  relay_mime_message_set_text (message, text);

  written = relay_mime_message_to_bytes (message);
  check_message (written, subject, text, attachments);

  /* A retry sends exactly the same bytes. */
  again = relay_mime_message_to_bytes (message);
  g_assert_true (g_bytes_equal (written, again));

  return 0;
}
