/* relay-directory-parse.c
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
#include "relay-format.h"

/*
 * Reading and checking a directory file
 *
 * Everything is checked before anything is used: a file with one mistake is
 * refused whole, with a message that names the first mistake (the mandate
 * and the field), so whoever prepared the file can fix it. Members this
 * version does not know are ignored, so newer files of the same format
 * still load.
 */

/* Our own format nests five levels deep; json-glib parses recursively and
 * would overflow the stack on a hostile file nested a million times.
 */
#define MAX_NESTING 32

/* Mandate ids are short; a longer one is a mistake. */
#define MAX_ID_LENGTH 100

/*
 * Checks of values
 */

static gboolean
is_valid_id (const char *id)
{
  if (*id == '\0' || strlen (id) > MAX_ID_LENGTH)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

/* ISO 3166-1 alpha-2, as iso-codes knows it. "PS" (Palestine, which a
 * country mandate covers) is in iso-codes too, but is accepted whatever the
 * iso-codes installed: without it the whole directory would be refused.
 */
static gboolean
is_country_code (const char *code)
{
  if (strlen (code) != 2 || !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]))
    return FALSE;

  if (g_str_equal (code, "PS") || relay_country_is_valid_code (code))
    return TRUE;

  /* Without iso-codes no code is known: accept the form alone rather than
   * refuse every country mandate.
   */
  return !relay_country_is_valid_code ("FR");
}

static void
set_empty_error (GError **error)
{
  g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID,
                       _("The directory is empty."));
}

static void
set_json_error (GError **error,
                guint    line)
{
  if (line > 0)
    g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID,
                 /* Translators: %u is a line number in the directory file */
                 _("The directory is not valid JSON (line %u)."), line);
  else
    g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID,
                         _("The directory is not valid JSON."));
}

/*
 * Mandates
 */

static void
replace_string (char **field,
                char  *value)
{
  g_free (*field);
  *field = value != NULL ? value : g_strdup ("");
}

static gboolean
read_country (RelayReadContext *ctx,
              JsonObject       *object,
              RelayMandate     *mandate)
{
  JsonNode *node = _relay_get_member (object, "country");
  const char *code;

  if (mandate->kind == RELAY_MANDATE_KIND_THEMATIC)
    {
      /* A thematic mandate covers every country. */
      if (node != NULL &&
          !(_relay_holds_type (node, G_TYPE_STRING) && *json_node_get_string (node) == '\0'))
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "country");
          return FALSE;
        }
      return TRUE;
    }

  if (node == NULL)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "country");
      return FALSE;
    }

  if (!_relay_holds_type (node, G_TYPE_STRING))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "country");
      return FALSE;
    }

  code = json_node_get_string (node);
  if (!is_country_code (code))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_COUNTRY, "country");
      return FALSE;
    }

  replace_string (&mandate->country, g_strdup (code));
  return TRUE;
}

static gboolean
read_official (RelayReadContext *ctx,
               JsonObject       *object,
               RelayMandate     *mandate)
{
  JsonObject *languages = NULL;

  /* Without it, no title is claimed to be the United Nations' own. */
  if (!_relay_read_language_object (ctx, object, "", "official", RELAY_OPTIONAL, &languages))
    return FALSE;

  for (guint i = 0; languages != NULL && i < RELAY_N_LANGUAGES; i++)
    {
      if (!_relay_read_boolean (ctx, languages, "official.", _relay_language_codes[i],
                                &mandate->official[i]))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_criteria (RelayReadContext *ctx,
               JsonObject       *object,
               RelayMandate     *mandate)
{
  JsonNode *node = _relay_get_member (object, "criteria");
  JsonObject *criteria;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "criteria");
      return FALSE;
    }

  criteria = json_node_get_object (node);

  return _relay_read_language_texts (ctx, criteria, "criteria.", "who_may_submit",
                                     RELAY_OPTIONAL, mandate->who_may_submit) &&
         _relay_read_language_arrays (ctx, criteria, "criteria.", "required_elements",
                                      RELAY_OPTIONAL, TRUE, mandate->required_elements) &&
         _relay_read_language_arrays (ctx, criteria, "criteria.", "consent_statements",
                                      RELAY_OPTIONAL, TRUE, mandate->consent_statements) &&
         _relay_read_language_texts (ctx, criteria, "criteria.", "note",
                                     RELAY_OPTIONAL, mandate->criteria_note);
}

static gboolean
read_sources (RelayReadContext *ctx,
              JsonObject       *object,
              RelayMandate     *mandate)
{
  g_auto(GStrv) sources = NULL;

  if (!_relay_read_text_array (ctx, object, "", "sources", RELAY_REQUIRED, FALSE, &sources))
    return FALSE;

  for (guint i = 0; sources[i] != NULL; i++)
    {
      /* Sources may be older pages, or other sites, still on http://. */
      if (!_relay_is_web_address (sources[i], FALSE))
        {
          _relay_set_problem (ctx, RELAY_PROBLEM_LINK, "sources[%u]", i);
          return FALSE;
        }
    }

  g_strfreev (mandate->sources);
  mandate->sources = g_steal_pointer (&sources);
  return TRUE;
}

/* Reads the fields of a mandate whose id was checked. */
static gboolean
read_mandate_fields (RelayReadContext *ctx,
                     JsonObject       *object,
                     RelayMandate     *mandate)
{
  int kind = 0;
  int type = 0;
  gboolean acknowledges = FALSE;
  char *email = NULL;
  char *webpage = NULL;
  char *last_verified = NULL;

  if (!_relay_read_enum (ctx, object, "kind", RELAY_TYPE_MANDATE_KIND, &kind))
    return FALSE;
  mandate->kind = kind;

  if (!_relay_read_enum (ctx, object, "type", RELAY_TYPE_MANDATE_TYPE, &type))
    return FALSE;
  mandate->type = type;

  if (!read_country (ctx, object, mandate))
    return FALSE;

  for (guint i = 0; i < RELAY_N_LANGUAGES; i++)
    g_clear_pointer (&mandate->title[i], g_free);
  if (!_relay_read_language_texts (ctx, object, "", "title", RELAY_REQUIRED, mandate->title))
    return FALSE;

  if (!read_official (ctx, object, mandate))
    return FALSE;

  if (!_relay_read_email (ctx, object, "", "email", RELAY_OPTIONAL, &email))
    return FALSE;
  replace_string (&mandate->email, email);

  if (!_relay_read_url (ctx, object, "", "webpage", RELAY_OPTIONAL, &webpage))
    return FALSE;
  replace_string (&mandate->webpage, webpage);

  for (guint i = 0; i < RELAY_N_LANGUAGES; i++)
    g_clear_pointer (&mandate->topics[i], g_strfreev);
  if (!_relay_read_language_arrays (ctx, object, "", "topics", RELAY_REQUIRED, FALSE,
                                    mandate->topics))
    return FALSE;

  if (!_relay_read_boolean (ctx, object, "", "acknowledges_submissions", &acknowledges))
    return FALSE;
  mandate->acknowledges_submissions = acknowledges;

  if (!read_criteria (ctx, object, mandate))
    return FALSE;

  if (!_relay_read_day (ctx, object, "", "last_verified", &last_verified))
    return FALSE;
  replace_string (&mandate->last_verified, last_verified);

  return read_sources (ctx, object, mandate);
}

static RelayMandate *
read_mandate (JsonArray   *mandates,
              guint        index,
              GHashTable  *seen_ids,
              GError     **error)
{
  RelayReadContext ctx = { NULL, error };
  g_autoptr(RelayMandate) mandate = NULL;
  JsonNode *node = json_array_get_element (mandates, index);
  JsonObject *object;
  JsonNode *id_node;
  const char *id;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _relay_set_problem (&ctx, RELAY_PROBLEM_NOT_VALID, "mandates[%u]", index);
      return NULL;
    }

  object = json_node_get_object (node);

  /* Until the mandate has an id, the message names its place in the list. */
  id_node = _relay_get_member (object, "id");
  if (id_node == NULL)
    {
      _relay_set_problem (&ctx, RELAY_PROBLEM_MISSING, "mandates[%u].id", index);
      return NULL;
    }
  if (!_relay_holds_type (id_node, G_TYPE_STRING) || *json_node_get_string (id_node) == '\0')
    {
      _relay_set_problem (&ctx, RELAY_PROBLEM_NOT_VALID, "mandates[%u].id", index);
      return NULL;
    }

  id = json_node_get_string (id_node);
  ctx.mandate_id = id;

  if (!is_valid_id (id))
    {
      _relay_set_problem (&ctx, RELAY_PROBLEM_ID, "id");
      return NULL;
    }

  if (!g_hash_table_add (seen_ids, g_strdup (id)))
    {
      _relay_set_problem (&ctx, RELAY_PROBLEM_DUPLICATE, "id");
      return NULL;
    }

  mandate = _relay_mandate_new ();
  replace_string (&mandate->id, g_strdup (id));

  if (!read_mandate_fields (&ctx, object, mandate))
    return NULL;

  return g_steal_pointer (&mandate);
}

/*
 * The file
 */

/* Checks what json-glib does not, before it parses: that the text is
 * UTF-8 without NUL bytes, and not nested too deeply for its recursion.
 * On failure, *line is where the problem is.
 */
static gboolean
check_text (const char *data,
            gsize       length,
            guint      *line)
{
  const char *end = NULL;
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;
  guint depth = 0;

  *line = 1;

  if (!g_utf8_validate_len (data, length, &end))
    {
      for (const char *p = data; p < end; p++)
        {
          if (*p == '\n')
            (*line)++;
        }
      return FALSE;
    }

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '\n')
        (*line)++;
      else if (c == '\0')
        return FALSE;

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_NESTING)
            return FALSE;
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          depth--;
        }
    }

  return TRUE;
}

static void
on_parser_error_cb (JsonParser   *parser,
                    const GError *error,
                    gpointer      user_data)
{
  guint *line = user_data;

  /* Only known while parsing: the message of the GError is technical. */
  *line = json_parser_get_current_line (parser);
}

static JsonNode *
parse_json (GBytes  *bytes,
            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) json_error = NULL;
  const char *data;
  gsize length;
  guint line = 0;
  JsonNode *root;

  data = g_bytes_get_data (bytes, &length);

  /* Some editors start UTF-8 files with a byte order mark. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  /* Empty bytes may have no data at all. */
  if (data == NULL || length == 0)
    {
      set_empty_error (error);
      return NULL;
    }

  if (!check_text (data, length, &line))
    {
      set_json_error (error, line);
      return NULL;
    }

  g_signal_connect (parser, "error", G_CALLBACK (on_parser_error_cb), &line);

  if (!json_parser_load_from_data (parser, data, (gssize)length, &json_error))
    {
      g_debug ("Cannot parse the directory: %s", json_error->message);
      set_json_error (error, line);
      return NULL;
    }

  /* Nothing but spaces. */
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      set_empty_error (error);
      return NULL;
    }

  return json_node_ref (root);
}

static gboolean
read_format (RelayReadContext *ctx,
             JsonObject       *root)
{
  JsonNode *node = _relay_get_member (root, "format");
  gint64 format;

  if (node == NULL)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "format");
      return FALSE;
    }

  if (!_relay_holds_type (node, G_TYPE_INT64) || (format = json_node_get_int (node)) < 1)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "format");
      return FALSE;
    }

  if (format > RELAY_DIRECTORY_FORMAT)
    {
      g_set_error_literal (ctx->error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_TOO_NEW,
                           _("This directory was made for a newer version of Relay. Update "
                             "Relay to use it."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_general (RelayReadContext   *ctx,
              JsonObject         *root,
              RelayDirectoryData *data)
{
  JsonNode *node = _relay_get_member (root, "general");
  JsonObject *general;

  if (node == NULL)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "general");
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "general");
      return FALSE;
    }

  general = json_node_get_object (node);

  return _relay_read_email (ctx, general, "general.", "urgent_action_email", RELAY_REQUIRED,
                            &data->urgent_action_email) &&
         _relay_read_email (ctx, general, "general.", "reprisals_email", RELAY_REQUIRED,
                            &data->reprisals_email) &&
         _relay_read_url (ctx, general, "general.", "online_questionnaire", RELAY_REQUIRED,
                          &data->online_questionnaire) &&
         _relay_read_url (ctx, general, "general.", "communications_database", RELAY_REQUIRED,
                          &data->communications_database);
}

typedef struct
{
  char         *key;
  RelayMandate *mandate;
} SortEntry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const SortEntry *entry_a = a;
  const SortEntry *entry_b = b;
  int result = (int)entry_a->mandate->kind - (int)entry_b->mandate->kind;

  if (result != 0)
    return result;

  result = strcmp (entry_a->key, entry_b->key);

  if (result != 0)
    return result;

  return strcmp (entry_a->mandate->id, entry_b->mandate->id);
}

/* Sorts the thematic mandates by title in the language of the user
 * interface, as people read them, then the country mandates by the name
 * of their country, whatever the order of the file.
 */
static void
sort_mandates (GPtrArray *mandates)
{
  g_autofree SortEntry *entries = g_new0 (SortEntry, mandates->len);
  const char *language = relay_ui_language ();

  for (guint i = 0; i < mandates->len; i++)
    {
      RelayMandate *mandate = g_ptr_array_index (mandates, i);

      entries[i].mandate = mandate;
      if (mandate->kind == RELAY_MANDATE_KIND_COUNTRY)
        entries[i].key = g_utf8_collate_key (relay_country_get_name (mandate->country), -1);
      else
        entries[i].key = g_utf8_collate_key (relay_mandate_get_title (mandate, language), -1);
    }

  qsort (entries, mandates->len, sizeof (SortEntry), compare_entries);

  for (guint i = 0; i < mandates->len; i++)
    {
      mandates->pdata[i] = entries[i].mandate;
      g_free (entries[i].key);
    }
}

static gboolean
read_mandates (RelayReadContext   *ctx,
               JsonObject         *root,
               RelayDirectoryData *data)
{
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonNode *node = _relay_get_member (root, "mandates");
  JsonArray *mandates;
  guint length;

  if (node == NULL)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_MISSING, "mandates");
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_NOT_VALID, "mandates");
      return FALSE;
    }

  mandates = json_node_get_array (node);
  length = json_array_get_length (mandates);

  if (length == 0)
    {
      _relay_set_problem (ctx, RELAY_PROBLEM_EMPTY, "mandates");
      return FALSE;
    }

  for (guint i = 0; i < length; i++)
    {
      RelayMandate *mandate = read_mandate (mandates, i, seen_ids, ctx->error);

      if (mandate == NULL)
        return FALSE;

      g_ptr_array_add (data->mandates, mandate);
    }

  sort_mandates (data->mandates);

  return TRUE;
}

/*
 * Private API
 */

void
_relay_directory_data_free (RelayDirectoryData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->data_date, g_free);
  g_clear_pointer (&data->urgent_action_email, g_free);
  g_clear_pointer (&data->reprisals_email, g_free);
  g_clear_pointer (&data->online_questionnaire, g_free);
  g_clear_pointer (&data->communications_database, g_free);
  g_clear_pointer (&data->mandates, g_ptr_array_unref);
  g_free (data);
}

/* Reads and checks a whole directory file. Nothing is returned unless
 * everything in it is right.
 */
RelayDirectoryData *
_relay_directory_data_parse (GBytes  *bytes,
                             GError **error)
{
  g_autoptr(RelayDirectoryData) data = NULL;
  g_autoptr(JsonNode) root = NULL;
  RelayReadContext ctx = { NULL, error };
  JsonObject *object;

  g_assert (bytes != NULL);

  if (!(root = parse_json (bytes, error)))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID,
                           _("This file is not a directory of mandates."));
      return NULL;
    }

  object = json_node_get_object (root);

  data = g_new0 (RelayDirectoryData, 1);
  data->mandates = g_ptr_array_new_with_free_func (g_object_unref);

  /* The format first: a newer one may differ in everything else. */
  if (!read_format (&ctx, object) ||
      !_relay_read_day (&ctx, object, "", "data_date", &data->data_date) ||
      !read_general (&ctx, object, data) ||
      !read_mandates (&ctx, object, data))
    return NULL;

  return g_steal_pointer (&data);
}
