/* relay-directory-read.c
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

#define G_LOG_DOMAIN "relay-directory"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-core-private.h"
#include "relay-directory-private.h"

/*
 * Reading typed members of the directory file
 *
 * Each reader checks one member and, when it is wrong, reports it with a
 * message that names the mandate and the field ("title.fr", "sources[2]"),
 * so whoever prepared the file can find the mistake. The field name is the
 * member's path in the file: @prefix is the path of the object it is in.
 */

/*
 * Messages
 */

/* The id as it may appear in a message: printable, and not too long. */
static char *
dup_display_id (const char *id)
{
  GString *display = g_string_new (NULL);
  const char *p = id;

  for (guint n_chars = 0; *p != '\0' && n_chars < 40; p = g_utf8_next_char (p), n_chars++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (display, g_unichar_isprint (c) ? c : '?');
    }

  if (*p != '\0')
    g_string_append (display, "…");

  return g_string_free (display, FALSE);
}

#define SET_INVALID(error, ...) \
  g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID, __VA_ARGS__)

static void
set_mandate_problem (GError       **error,
                     const char    *mandate_id,
                     const char    *field,
                     RelayProblem   problem)
{
  g_autofree char *id = dup_display_id (mandate_id);

  switch (problem)
    {
    case RELAY_PROBLEM_MISSING:
      /* Translators: %1$s is the id of a mandate ("sr-hrd"), %2$s the name of a
       * field of the directory file ("title.fr"); keep both as they are. */
      SET_INVALID (error, _("The mandate “%1$s” is missing required information "
                            "(field “%2$s”)."), id, field);
      break;
    case RELAY_PROBLEM_EMPTY:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has an empty value (field “%2$s”)."), id, field);
      break;
    case RELAY_PROBLEM_ID:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has an id that is not valid: ids use only "
                            "lower-case letters, digits and hyphens (field “%2$s”)."), id, field);
      break;
    case RELAY_PROBLEM_DUPLICATE:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” appears more than once (field “%2$s”)."),
                   id, field);
      break;
    case RELAY_PROBLEM_EMAIL:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has an invalid e-mail address (field “%2$s”)."),
                   id, field);
      break;
    case RELAY_PROBLEM_URL:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has a web address that is not valid or does not "
                            "start with https:// (field “%2$s”)."), id, field);
      break;
    case RELAY_PROBLEM_LINK:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has a web address that is not valid "
                            "(field “%2$s”)."), id, field);
      break;
    case RELAY_PROBLEM_DATE:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field.
       * YYYY-MM-DD is the form the file uses; do not translate it. */
      SET_INVALID (error, _("The mandate “%1$s” has a date that is not valid: write it as "
                            "YYYY-MM-DD (field “%2$s”)."), id, field);
      break;
    case RELAY_PROBLEM_COUNTRY:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has an unknown country code (field “%2$s”)."),
                   id, field);
      break;
    case RELAY_PROBLEM_NOT_VALID:
    default:
      /* Translators: %1$s is the id of a mandate, %2$s the name of a field */
      SET_INVALID (error, _("The mandate “%1$s” has a value that is not valid (field “%2$s”)."),
                   id, field);
      break;
    }
}

static void
set_file_problem (GError       **error,
                  const char    *field,
                  RelayProblem   problem)
{
  switch (problem)
    {
    case RELAY_PROBLEM_MISSING:
      /* Translators: %s is the name of a field of the directory file
       * ("general.reprisals_email"); keep it as it is. */
      SET_INVALID (error, _("The directory is missing required information (field “%s”)."),
                   field);
      break;
    case RELAY_PROBLEM_EMPTY:
      /* Translators: %s is the name of a field of the directory file */
      SET_INVALID (error, _("The directory has an empty value (field “%s”)."), field);
      break;
    case RELAY_PROBLEM_EMAIL:
      /* Translators: %s is the name of a field of the directory file */
      SET_INVALID (error, _("The directory has an invalid e-mail address (field “%s”)."), field);
      break;
    case RELAY_PROBLEM_URL:
      /* Translators: %s is the name of a field of the directory file */
      SET_INVALID (error, _("The directory has a web address that is not valid or does not "
                            "start with https:// (field “%s”)."), field);
      break;
    case RELAY_PROBLEM_DATE:
      /* Translators: %s is the name of a field of the directory file.
       * YYYY-MM-DD is the form the file uses; do not translate it. */
      SET_INVALID (error, _("The directory has a date that is not valid: write it as "
                            "YYYY-MM-DD (field “%s”)."), field);
      break;
    case RELAY_PROBLEM_NOT_VALID:
    case RELAY_PROBLEM_LINK:
    case RELAY_PROBLEM_ID:
    case RELAY_PROBLEM_DUPLICATE:
    case RELAY_PROBLEM_COUNTRY:
    default:
      /* Translators: %s is the name of a field of the directory file */
      SET_INVALID (error, _("The directory has a value that is not valid (field “%s”)."), field);
      break;
    }
}

#undef SET_INVALID

/* Reports the first problem of the file; the field is a printf format. */
void
_relay_set_problem (RelayReadContext *ctx,
                    RelayProblem      problem,
                    const char       *field_format,
                    ...)
{
  g_autofree char *field = NULL;
  va_list args;

  va_start (args, field_format);
  field = g_strdup_vprintf (field_format, args);
  va_end (args);

  if (ctx->mandate_id != NULL)
    set_mandate_problem (ctx->error, ctx->mandate_id, field, problem);
  else
    set_file_problem (ctx->error, field, problem);
}

/*
 * Checks of values
 */

/**
 * relay_email_is_valid:
 * @address: (nullable): an e-mail address
 *
 * Checks that @address looks like an e-mail address one can write to:
 * one "@" with something before it, a domain with a dot after it, and no
 * spaces or characters that have no place in an address. It does not check
 * that the address exists.
 *
 * Returns: %TRUE if @address is a plausible e-mail address
 */
gboolean
relay_email_is_valid (const char *address)
{
  const char *at;
  const char *domain;
  gsize local_len;
  gsize len;

  if (address == NULL || !g_utf8_validate (address, -1, NULL))
    return FALSE;

  len = strlen (address);
  at = strchr (address, '@');
  if (len > 254 || at == NULL || strchr (at + 1, '@') != NULL)
    return FALSE;

  for (const char *p = address; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || !g_unichar_isprint (c) ||
          (c < 0x80 && strchr ("<>()[]\\,;:\"", (int)c) != NULL))
        return FALSE;
    }

  local_len = at - address;
  if (local_len == 0 || local_len > 64 || address[0] == '.' || at[-1] == '.')
    return FALSE;

  domain = at + 1;
  if (strchr (domain, '.') == NULL || strstr (address, "..") != NULL)
    return FALSE;

  /* Each label of the domain: 1 to 63 bytes, and no hyphen at either end. */
  for (const char *label = domain; label != NULL; )
    {
      const char *dot = strchr (label, '.');
      gsize label_len = dot != NULL ? (gsize)(dot - label) : strlen (label);

      if (label_len == 0 || label_len > 63 || label[0] == '-' || label[label_len - 1] == '-')
        return FALSE;

      label = dot != NULL ? dot + 1 : NULL;
    }

  return TRUE;
}

/* A web address: https://, or also http:// unless @https_only. */
gboolean
_relay_is_web_address (const char *text,
                       gboolean    https_only)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (!g_str_has_prefix (text, "https://") && (https_only || !g_str_has_prefix (text, "http://")))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || !g_unichar_isprint (c))
        return FALSE;
    }

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  /* A user name or password has no place in a public directory. */
  host = g_uri_get_host (uri);
  return host != NULL && *host != '\0' && g_uri_get_userinfo (uri) == NULL;
}

static gboolean
is_day (const char *text)
{
  int year, month, day;

  return strlen (text) == 10 && _relay_parse_date (text, &year, &month, &day) && day > 0;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

/*
 * Reading members
 */

/* The member's node, or NULL when it is absent or null. */
JsonNode *
_relay_get_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

gboolean
_relay_holds_type (JsonNode *node,
                   GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Reads a text, without the spaces around it. An optional text that is
 * absent, null or blank gives NULL.
 */
gboolean
_relay_read_text (RelayReadContext  *ctx,
                  JsonObject        *object,
                  const char        *prefix,
                  const char        *name,
                  RelayPresence      presence,
                  char             **out)
{
  JsonNode *node = _relay_get_member (object, name);
  g_autofree char *text = NULL;

  *out = NULL;

  if (node == NULL)
    {
      if (presence == RELAY_REQUIRED)
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "%s%s", prefix, name);
          return FALSE;
        }
      return TRUE;
    }

  if (!_relay_holds_type (node, G_TYPE_STRING))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "%s%s", prefix, name);
      return FALSE;
    }

  text = g_strstrip (g_strdup (json_node_get_string (node)));

  if (is_blank (text))
    {
      if (presence == RELAY_REQUIRED)
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_EMPTY, "%s%s", prefix, name);
          return FALSE;
        }
      return TRUE;
    }

  *out = g_steal_pointer (&text);
  return TRUE;
}

gboolean
_relay_read_boolean (RelayReadContext *ctx,
                     JsonObject       *object,
                     const char       *prefix,
                     const char       *name,
                     gboolean         *out)
{
  JsonNode *node = _relay_get_member (object, name);

  *out = FALSE;

  if (node == NULL)
    return TRUE;

  if (!_relay_holds_type (node, G_TYPE_BOOLEAN))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "%s%s", prefix, name);
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Reads an array of texts; each one must be non-blank. */
gboolean
_relay_read_text_array (RelayReadContext   *ctx,
                        JsonObject         *object,
                        const char         *prefix,
                        const char         *name,
                        RelayPresence       presence,
                        gboolean            allow_empty,
                        char             ***out)
{
  JsonNode *node = _relay_get_member (object, name);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint length;

  *out = NULL;

  if (node == NULL)
    {
      if (presence == RELAY_REQUIRED)
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "%s%s", prefix, name);
          return FALSE;
        }
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "%s%s", prefix, name);
      return FALSE;
    }

  array = json_node_get_array (node);
  length = json_array_get_length (array);

  if (length == 0 && !allow_empty)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_EMPTY, "%s%s", prefix, name);
      return FALSE;
    }

  builder = g_strv_builder_new ();

  for (guint i = 0; i < length; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *text = NULL;

      if (!_relay_holds_type (element, G_TYPE_STRING))
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "%s%s[%u]", prefix, name, i);
          return FALSE;
        }

      text = g_strstrip (g_strdup (json_node_get_string (element)));
      if (is_blank (text))
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_EMPTY, "%s%s[%u]", prefix, name, i);
          return FALSE;
        }

      g_strv_builder_add (builder, text);
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

/* Gets the object a member holds, for members that hold one text or array
 * per language ({ "en": …, "fr": …, "es": … }). Absent gives NULL.
 */
gboolean
_relay_read_language_object (RelayReadContext  *ctx,
                             JsonObject        *object,
                             const char        *prefix,
                             const char        *name,
                             RelayPresence      presence,
                             JsonObject       **out)
{
  JsonNode *node = _relay_get_member (object, name);

  *out = NULL;

  if (node == NULL)
    {
      if (presence == RELAY_REQUIRED)
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "%s%s", prefix, name);
          return FALSE;
        }
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "%s%s", prefix, name);
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

/* One non-blank text in each language; all three languages are needed
 * when the member is there.
 */
gboolean
_relay_read_language_texts (RelayReadContext *ctx,
                            JsonObject       *object,
                            const char       *prefix,
                            const char       *name,
                            RelayPresence     presence,
                            char             *out[RELAY_N_LANGUAGES])
{
  g_autofree char *inner_prefix = g_strconcat (prefix, name, ".", NULL);
  JsonObject *languages = NULL;

  if (!_relay_read_language_object (ctx, object, prefix, name, presence, &languages))
    return FALSE;

  for (guint i = 0; languages != NULL && i < RELAY_N_LANGUAGES; i++)
    {
      if (!_relay_read_text (ctx, languages, inner_prefix, _relay_language_codes[i],
                             RELAY_REQUIRED, &out[i]))
        return FALSE;
    }

  return TRUE;
}

gboolean
_relay_read_language_arrays (RelayReadContext  *ctx,
                             JsonObject        *object,
                             const char        *prefix,
                             const char        *name,
                             RelayPresence      presence,
                             gboolean           allow_empty,
                             char             **out[RELAY_N_LANGUAGES])
{
  g_autofree char *inner_prefix = g_strconcat (prefix, name, ".", NULL);
  JsonObject *languages = NULL;

  if (!_relay_read_language_object (ctx, object, prefix, name, presence, &languages))
    return FALSE;

  for (guint i = 0; languages != NULL && i < RELAY_N_LANGUAGES; i++)
    {
      if (!_relay_read_text_array (ctx, languages, inner_prefix, _relay_language_codes[i],
                                   RELAY_REQUIRED, allow_empty, &out[i]))
        return FALSE;
    }

  return TRUE;
}

gboolean
_relay_read_email (RelayReadContext  *ctx,
                   JsonObject        *object,
                   const char        *prefix,
                   const char        *name,
                   RelayPresence      presence,
                   char             **out)
{
  if (!_relay_read_text (ctx, object, prefix, name, presence, out))
    return FALSE;

  if (*out != NULL && !relay_email_is_valid (*out))
    {
      g_clear_pointer (out, g_free);
      _relay_set_problem (ctx, RELAY_PROBLEM_EMAIL, "%s%s", prefix, name);
      return FALSE;
    }

  return TRUE;
}

gboolean
_relay_read_url (RelayReadContext  *ctx,
                 JsonObject        *object,
                 const char        *prefix,
                 const char        *name,
                 RelayPresence      presence,
                 char             **out)
{
  if (!_relay_read_text (ctx, object, prefix, name, presence, out))
    return FALSE;

  if (*out != NULL && !_relay_is_web_address (*out, TRUE))
    {
      g_clear_pointer (out, g_free);
      _relay_set_problem (ctx, RELAY_PROBLEM_URL, "%s%s", prefix, name);
      return FALSE;
    }

  return TRUE;
}

gboolean
_relay_read_day (RelayReadContext  *ctx,
                 JsonObject        *object,
                 const char        *prefix,
                 const char        *name,
                 char             **out)
{
  if (!_relay_read_text (ctx, object, prefix, name, RELAY_REQUIRED, out))
    return FALSE;

  if (!is_day (*out))
    {
      g_clear_pointer (out, g_free);
      _relay_set_problem (ctx, RELAY_PROBLEM_DATE, "%s%s", prefix, name);
      return FALSE;
    }

  return TRUE;
}

gboolean
_relay_read_enum (RelayReadContext *ctx,
                  JsonObject       *object,
                  const char       *name,
                  GType             enum_type,
                  int              *out)
{
  g_autofree char *nick = NULL;

  if (!_relay_read_text (ctx, object, "", name, RELAY_REQUIRED, &nick))
    return FALSE;

  *out = relay_enum_from_nick (enum_type, nick, -1);
  if (*out < 0)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "%s", name);
      return FALSE;
    }

  return TRUE;
}

