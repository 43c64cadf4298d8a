/* relay-letter-names.c
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

#define G_LOG_DOMAIN "relay-letter"

#include "config.h"

#include <string.h>

#include "relay-letter-private.h"

/* How the letter names victims, and how it keeps the names of those who did
 * not agree to be named out of the text the user wrote.
 *
 * A victim is named in full only with consent to send the name to the
 * Government and the "full name" form; with consent and the "initials" form,
 * by initials; otherwise as "Victim 2". The free texts of the case ("what
 * happened", the context, incidents…) may still hold a name: every such
 * text is passed through the redaction below, which replaces the full name,
 * and each part of it, with the victim's label. It matches whole words,
 * without regard to case or accents ("PEREZ" matches "Pérez"). A name part
 * that a named victim shares (a family name) is left alone, as that name is
 * in the letter anyway; the checks still warn when a text mentions a hidden
 * victim, so that the user can reread it.
 */

typedef struct
{
  char *needle;   /* NFD, casefolded later while matching */
  char *label;
} Redaction;

static void
redaction_free (gpointer data)
{
  Redaction *redaction = data;

  g_free (redaction->needle);
  g_free (redaction->label);
  g_free (redaction);
}

/* Particles that are part of many names but also ordinary words. */
static const char * const particles[] = {
  "al", "ben", "bin", "binti", "da", "das", "de", "del", "della", "den", "der",
  "des", "di", "do", "dos", "du", "e", "el", "ibn", "la", "las", "le", "les",
  "los", "van", "von", "y", NULL
};

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static gunichar
fold (gunichar c)
{
  return g_unichar_tolower (c);
}

/* Splits a name into its words, without punctuation around them. */
static char **
split_name (const char *name)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = name; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || is_mark (c) || c == '\'' || c == 0x2019))
        {
          g_string_append_unichar (word, c);
          continue;
        }

      if (word->len > 0)
        g_ptr_array_add (words, g_strdup (word->str));
      g_string_truncate (word, 0);

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  g_ptr_array_add (words, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

static gboolean
words_equal (const char *a,
             const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);
  g_autofree char *na = g_utf8_normalize (fa, -1, G_NORMALIZE_NFKC);
  g_autofree char *nb = g_utf8_normalize (fb, -1, G_NORMALIZE_NFKC);

  return g_strcmp0 (na, nb) == 0;
}

static gboolean
is_particle (const char *word)
{
  for (guint i = 0; particles[i] != NULL; i++)
    if (words_equal (word, particles[i]))
      return TRUE;

  return FALSE;
}

static gboolean
name_has_word (const char *name,
               const char *word)
{
  g_auto(GStrv) words = split_name (name);

  for (guint i = 0; words[i] != NULL; i++)
    if (words_equal (words[i], word))
      return TRUE;

  return FALSE;
}

static void
add_redaction (GPtrArray  *redactions,
               const char *needle,
               const char *label)
{
  Redaction *redaction = g_new0 (Redaction, 1);

  redaction->needle = g_utf8_normalize (needle, -1, G_NORMALIZE_NFD);
  redaction->label = g_strdup (label);
  g_ptr_array_add (redactions, redaction);
}

static int
compare_by_length (gconstpointer a,
                   gconstpointer b)
{
  const Redaction *ra = *(const Redaction * const *) a;
  const Redaction *rb = *(const Redaction * const *) b;
  gsize la = strlen (ra->needle);
  gsize lb = strlen (rb->needle);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

/* The names to hide, longest first, so that a full name is replaced as a
 * whole before its parts.
 */
static GPtrArray *
collect_redactions (RelayLetter *self)
{
  GListModel *victims = G_LIST_MODEL (relay_case_get_victims (relay_letter_get_case (self)));
  guint n = g_list_model_get_n_items (victims);
  GPtrArray *redactions = g_ptr_array_new_with_free_func (redaction_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);
      g_autofree char *label = NULL;
      g_auto(GStrv) words = NULL;
      const char *name = relay_victim_get_name (victim);

      if (!_relay_letter_victim_is_hidden (victim) || is_blank (name))
        continue;

      label = _relay_letter_dup_victim_label (self, victim, i + 1);
      add_redaction (redactions, name, label);

      /* Each word ("Jean-Pierre") and each part of it ("Pierre"). */
      words = g_strsplit_set (name, " \t\n", -1);
      for (guint w = 0; words[w] != NULL; w++)
        if (strpbrk (words[w], "-'") != NULL && !is_blank (words[w]))
          {
            g_auto(GStrv) parts = split_name (words[w]);

            if (parts[0] != NULL && parts[1] != NULL)
              add_redaction (redactions, g_strstrip (words[w]), label);
          }
      g_strfreev (words);

      words = split_name (name);
      for (guint w = 0; words[w] != NULL; w++)
        {
          gboolean shared = FALSE;

          if (g_utf8_strlen (words[w], -1) < 2 || is_particle (words[w]))
            continue;

          for (guint j = 0; j < n && !shared; j++)
            {
              g_autoptr(RelayVictim) other = g_list_model_get_item (victims, j);

              shared = !_relay_letter_victim_is_hidden (other) &&
                       name_has_word (relay_victim_get_name (other), words[w]);
            }

          if (!shared)
            add_redaction (redactions, words[w], label);
        }
    }

  g_ptr_array_sort (redactions, compare_by_length);

  return redactions;
}

/* Matches needle at p, whole word, ignoring case and accents (both NFD).
 * Returns where the match ends in the text, or NULL.
 */
static const char *
match_at (const char *text,
          const char *p,
          const char *needle)
{
  const char *q = needle;

  if (p > text)
    {
      const char *prev = g_utf8_find_prev_char (text, p);

      /* Walk back over accents to the base letter. */
      while (prev != NULL && prev > text && is_mark (g_utf8_get_char (prev)))
        prev = g_utf8_find_prev_char (text, prev);

      if (prev != NULL && g_unichar_isalnum (g_utf8_get_char (prev)))
        return NULL;
    }

  while (*q != '\0')
    {
      gunichar tc, nc;

      while (*q != '\0' && is_mark (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      while (*p != '\0' && is_mark (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (*q == '\0')
        break;
      if (*p == '\0')
        return NULL;

      tc = g_utf8_get_char (p);
      nc = g_utf8_get_char (q);

      /* Any run of spaces in the text matches a space of the name. */
      if (g_unichar_isspace (nc))
        {
          if (!g_unichar_isspace (tc))
            return NULL;
          while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          while (*q != '\0' && g_unichar_isspace (g_utf8_get_char (q)))
            q = g_utf8_next_char (q);
          continue;
        }

      if (fold (tc) != fold (nc))
        return NULL;

      p = g_utf8_next_char (p);
      q = g_utf8_next_char (q);
    }

  while (*p != '\0' && is_mark (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  if (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
    return NULL;

  return p;
}

static char *
redact (GPtrArray  *redactions,
        const char *text,
        gboolean   *changed)
{
  g_autofree char *nfd = NULL;
  GString *out;

  if (changed != NULL)
    *changed = FALSE;

  if (text == NULL)
    return g_strdup ("");

  if (redactions->len == 0)
    return g_strdup (text);

  nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (nfd == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);

  for (const char *p = nfd; *p != '\0'; )
    {
      const char *end = NULL;
      guint i;

      for (i = 0; i < redactions->len; i++)
        {
          Redaction *redaction = g_ptr_array_index (redactions, i);

          end = match_at (nfd, p, redaction->needle);
          if (end != NULL)
            break;
        }

      if (end != NULL)
        {
          Redaction *redaction = g_ptr_array_index (redactions, i);

          g_string_append (out, redaction->label);
          p = end;

          /* "J.-P. D." at the end of a sentence: one full stop. */
          if (g_str_has_suffix (redaction->label, ".") && *p == '.')
            p++;
          if (changed != NULL)
            *changed = TRUE;
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          g_string_append_len (out, p, next - p);
          p = next;
        }
    }

  {
    g_autofree char *raw = g_string_free (out, FALSE);

    return g_utf8_normalize (raw, -1, G_NORMALIZE_NFC);
  }
}

/**
 * _relay_letter_victim_is_hidden:
 * @victim: a #RelayVictim
 *
 * Returns: %TRUE if the letter may not give the victim's full name
 */
gboolean
_relay_letter_victim_is_hidden (RelayVictim *victim)
{
  g_assert (RELAY_IS_VICTIM (victim));

  return !relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT) ||
         relay_victim_get_name_form (victim) != RELAY_NAME_FORM_FULL;
}

/**
 * _relay_letter_dup_victim_label:
 * @self: a #RelayLetter
 * @victim: a victim of the letter's case
 * @number: the victim's place in the case, from 1
 *
 * Returns: (transfer full): what the letter calls @victim: the full name or
 *   the initials, as consented, else "Victim @number"
 */
char *
_relay_letter_dup_victim_label (RelayLetter *self,
                                RelayVictim *victim,
                                guint        number)
{
  RelayLanguage language = _relay_letter_get_language_index (self);

  if (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT))
    {
      g_autofree char *name = g_strstrip (g_strdup (relay_victim_get_name (victim)));

      if (relay_victim_get_name_form (victim) == RELAY_NAME_FORM_FULL && *name != '\0')
        return g_steal_pointer (&name);

      if (relay_victim_get_name_form (victim) == RELAY_NAME_FORM_INITIALS)
        {
          g_autofree char *initials = relay_victim_dup_initials (victim);

          if (*initials != '\0')
            return g_steal_pointer (&initials);
        }
    }

  return _relay_letter_printf (language, RELAY_LS_VICTIM_NUMBER, number);
}

/**
 * _relay_letter_text_names_hidden:
 * @self: a #RelayLetter
 * @text: (nullable): a text the user wrote
 *
 * Returns: %TRUE if @text holds the name of a victim who may not be named
 */
gboolean
_relay_letter_text_names_hidden (RelayLetter *self,
                                 const char  *text)
{
  g_autoptr(GPtrArray) redactions = collect_redactions (self);
  g_autofree char *redacted = NULL;
  gboolean changed;

  redacted = redact (redactions, text, &changed);

  return changed;
}

/**
 * _relay_letter_new_redactor:
 * @self: a #RelayLetter
 *
 * Returns: (transfer full): an opaque list of names to hide, for
 *   _relay_letter_redact_with() when many texts are redacted at once
 */
GPtrArray *
_relay_letter_new_redactor (RelayLetter *self)
{
  return collect_redactions (self);
}

char *
_relay_letter_redact_with (GPtrArray  *redactor,
                           const char *text)
{
  return redact (redactor, text, NULL);
}
