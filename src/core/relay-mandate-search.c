/* relay-mandate-search.c
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

#define G_LOG_DOMAIN "relay-mandate"

#include "config.h"

#include <string.h>

#include "relay-format.h"
#include "relay-mandate-private.h"

/*
 * Search as you type
 *
 * Each mandate keeps one casefolded string without accents that holds
 * everything a search looks at; a query is folded the same way, and each of
 * its words is looked up with strstr(). The whole directory takes a few
 * microseconds.
 */

static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  /* Letters with no decomposition that people type without their stroke
   * or as two letters, and the typographic forms of punctuation.
   */
  switch (c)
    {
    case 0x0153: /* œ */
      g_string_append (out, "oe");
      return;
    case 0x00E6: /* æ */
      g_string_append (out, "ae");
      return;
    case 0x00F8: /* ø */
      g_string_append_c (out, 'o');
      return;
    case 0x0142: /* ł */
      g_string_append_c (out, 'l');
      return;
    case 0x0111: /* đ */
      g_string_append_c (out, 'd');
      return;
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x02BC: /* ʼ */
      g_string_append_c (out, '\'');
      return;
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
    case 0x2013: /* – */
      g_string_append_c (out, '-');
      return;
    default:
      break;
    }

  if (g_unichar_isspace (c))
    g_string_append_c (out, ' ');
  else if (!g_unichar_ismark (c))
    g_string_append_unichar (out, c);
}

/* Folds @text for search: case does not matter, accents are dropped
 * ("Détention" gives "detention"), and compatibility forms are spelled
 * out ("ﬁ" gives "fi").
 */
char *
_relay_search_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *refolded = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  decomposed = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (decomposed, -1);
  /* Casefolding may compose again ("ẞ" gives "ss", but others do not). */
  refolded = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);

  out = g_string_sized_new (strlen (refolded));

  for (const char *p = refolded; *p != '\0'; p = g_utf8_next_char (p))
    append_folded_char (out, g_utf8_get_char (p));

  return g_string_free (out, FALSE);
}

static void
append_key_part (GString    *key,
                 const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return;

  folded = _relay_search_fold (text);

  /* A newline, which no query word holds, so that no word matches across
   * two parts.
   */
  g_string_append (key, folded);
  g_string_append_c (key, '\n');
}

static void
ensure_search_key (RelayMandate *self)
{
  RelayLanguage ui = _relay_language_from_code (NULL);
  GString *key;

  if (self->search_key != NULL)
    return;

  key = g_string_new ("\n");

  append_key_part (key, self->title[ui]);
  if (ui != RELAY_LANGUAGE_EN)
    append_key_part (key, self->title[RELAY_LANGUAGE_EN]);

  for (guint lang = 0; lang < RELAY_N_LANGUAGES; lang++)
    {
      for (guint i = 0; self->topics[lang] != NULL && self->topics[lang][i] != NULL; i++)
        append_key_part (key, self->topics[lang][i]);
    }

  if (self->country[0] != '\0')
    {
      append_key_part (key, self->country);
      append_key_part (key, relay_country_get_name (self->country));
    }

  append_key_part (key, relay_mandate_type_get_label (self->type));

  self->search_key = g_string_free (key, FALSE);
}

/**
 * relay_mandate_matches:
 * @self: a #RelayMandate
 * @query: (nullable): what the user typed
 *
 * Tells whether the mandate matches a search as the user types: every word
 * of @query must appear, whole or in part, in the mandate's title (in the
 * language of the user interface and in English), its topics (in English,
 * French and Spanish), the code and name of its country, or its type. Case
 * and accents do not matter: "detencion" finds "détention" and "Détention"
 * finds "detention". A query with no words matches every mandate.
 *
 * Returns: %TRUE if the mandate matches
 */
gboolean
relay_mandate_matches (RelayMandate *self,
                       const char   *query)
{
  g_autofree char *folded = NULL;
  const char *p;

  g_return_val_if_fail (RELAY_IS_MANDATE (self), FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;

  ensure_search_key (self);
  folded = _relay_search_fold (query);

  /* Each word in turn, in place: the folded query has plain spaces only. */
  p = folded;
  while (*p != '\0')
    {
      const char *end;
      g_autofree char *word = NULL;

      while (*p == ' ')
        p++;
      if (*p == '\0')
        break;

      end = strchr (p, ' ');
      if (end == NULL)
        end = p + strlen (p);

      word = g_strndup (p, end - p);
      if (strstr (self->search_key, word) == NULL)
        return FALSE;

      p = end;
    }

  return TRUE;
}
