/* fuzz-letter.c — the letter renderer, on a case built from the input
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

/* The input is a small script that builds a case, one line a step, as the
 * wizard would:
 *
 *   case.title=Detention of a journalist        a property of the case
 *   +victim                                      a new victim (incident,
 *                                                perpetrator, source,
 *                                                mandate, timeline,
 *                                                attachment)
 *   victim.name=María Pérez                      a property of the last one
 *   victim.consent-government=no                 enumerations by nick
 *   -victim                                      removes the first one
 *   letter.language=fr                           the letter's own properties
 *
 * Values take "\n" for a line break. The letter is then written in every
 * way the application writes it: subject, text, sections, checks, the PDF
 * and its file name; the mandates are suggested for the case; and the
 * case goes through a real store and back, which must not change its
 * letter.
 *
 * One property is checked beyond "no crash": the name of a victim who did
 * not agree to be named appears nowhere in what is sent. Template strings
 * and mandate names are full of ordinary words, so this is checked for the
 * words of hidden names that start with "zz" (as the seeds' names do).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <relay/relay.h>

#include "relay-fuzz.h"

#define MAX_LINES    256
#define MAX_CHILDREN 32

static RelayDirectory *directory;
static RelayStore *store;

static const struct {
  const char *kind;
  GListStore *(*get_list) (RelayCase *kase);
} kinds[] = {
  { "victim", relay_case_get_victims },
  { "incident", relay_case_get_incidents },
  { "perpetrator", relay_case_get_perpetrators },
  { "source", relay_case_get_sources },
  { "mandate", relay_case_get_mandates },
  { "timeline", relay_case_get_timeline },
  { "attachment", relay_case_get_attachments },
};

/* Fontconfig, pango and cairo keep their caches for the life of the
 * process; freed at exit (as tests/core/test-letter.c does), so that the
 * leak checkers report only leaks. */
static void
free_font_caches (void)
{
  g_clear_object (&store);
  g_clear_object (&directory);
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  relay_fuzz_init ();
  atexit (free_font_caches);

  directory = relay_directory_new ();
  if (!relay_directory_load_default (directory, &error))
    g_error ("The bundled directory does not load: %s", error->message);

  path = g_build_filename (relay_fuzz_make_tmpdir (), "relay.db", NULL);
  store = relay_store_new (path, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  return 0;
}

/*
 * Building the case
 */

static GObject *
new_child (guint kind)
{
  static const guint8 content[] = { '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0x00, 0xff };

  switch (kind)
    {
    case 0: return G_OBJECT (relay_victim_new ());
    case 1: return G_OBJECT (relay_incident_new ());
    case 2: return G_OBJECT (relay_perpetrator_new ());
    case 3: return G_OBJECT (relay_source_new ());
    case 4: return G_OBJECT (relay_case_mandate_new ());
    case 5: return G_OBJECT (relay_timeline_entry_new ());
    case 6:
      {
        g_autoptr(GBytes) bytes = g_bytes_new_static (content, sizeof content);

        return G_OBJECT (relay_attachment_new_from_bytes ("document.pdf", "application/pdf", bytes));
      }
    default:
      g_assert_not_reached ();
    }
}

static int
find_kind (const char *name,
           gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (strlen (kinds[i].kind) == length && strncmp (kinds[i].kind, name, length) == 0)
      return i;

  return -1;
}

/* The last child of a kind, made if there is none. */
static GObject *
get_child (RelayCase *kase,
           guint      kind)
{
  GListModel *list = G_LIST_MODEL (kinds[kind].get_list (kase));
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GObject) child = NULL;

  if (n > 0)
    {
      child = g_list_model_get_item (list, n - 1);
      return child;   /* the list keeps it alive */
    }

  child = new_child (kind);
  g_list_store_append (G_LIST_STORE (list), child);

  return child;
}

static gboolean
is_mandate_id (const char *value)
{
  if (*value == '\0' || strstr (value, "zz") != NULL)
    return FALSE;

  for (const char *p = value; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static void
run_line (RelayCase   *kase,
          RelayLetter *letter,
          const char  *line)
{
  const char *equals;
  const char *dot;
  GObject *target = NULL;
  int kind;

  if (line[0] == '+' || line[0] == '-')
    {
      GListStore *list;

      if ((kind = find_kind (line + 1, strlen (line + 1))) < 0)
        return;
      list = kinds[kind].get_list (kase);

      if (line[0] == '-')
        {
          if (g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
            g_list_store_remove (list, 0);
        }
      else if (g_list_model_get_n_items (G_LIST_MODEL (list)) < MAX_CHILDREN)
        {
          g_autoptr(GObject) child = new_child (kind);

          g_list_store_append (list, child);
        }
      return;
    }

  equals = strchr (line, '=');
  dot = strchr (line, '.');
  if (equals == NULL || dot == NULL || dot > equals)
    return;

  if (dot - line == 4 && strncmp (line, "case", 4) == 0)
    target = G_OBJECT (kase);
  else if (dot - line == 6 && strncmp (line, "letter", 6) == 0)
    target = G_OBJECT (letter);
  else if ((kind = find_kind (line, dot - line)) >= 0)
    target = get_child (kase, kind);
  else
    return;

  {
    g_autofree char *property = g_strndup (dot + 1, equals - dot - 1);

    /* What the letter shows is from the case: the letter's own "case" is
     * not for the script to replace. */
    if (target == G_OBJECT (letter) && g_str_equal (property, "case"))
      return;

    /* Mandate ids come from the directory, never from what the user types:
     * slugs such as "sr-hrd" (relay-directory-parse.c). An id the directory
     * no longer has is shown as it is, so none may hold a "zz" name. */
    if (g_str_equal (property, "mandate-id") && !is_mandate_id (equals + 1))
      return;

    relay_fuzz_set_property (target, property, equals + 1);
  }
}

/*
 * The names of hidden victims
 */

static gboolean
is_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK ||
         type == G_UNICODE_SPACING_MARK ||
         type == G_UNICODE_ENCLOSING_MARK;
}

/* Lower case, without accents, for comparing as a reader would. */
static char *
fold (const char *text)
{
  g_autofree char *nfd = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = nfd != NULL ? nfd : ""; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_mark (g_utf8_get_char (p)))
      {
        g_autofree char *folded = g_utf8_casefold (p, g_utf8_next_char (p) - p);

        g_string_append (out, folded);
      }

  return g_string_free (out, FALSE);
}

static gboolean
is_word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isalnum (c) || c == '\'' || c == 0x2019;
}

static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = fold (text);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      if (*p != '\0' && is_word_char (p))
        {
          if (start == NULL)
            start = p;
          continue;
        }
      if (start != NULL)
        g_ptr_array_add (words, g_strndup (start, p - start));
      start = NULL;
      if (*p == '\0')
        break;
    }

  return words;
}

static gboolean
has_word (GPtrArray  *words,
          const char *word)
{
  for (guint i = 0; i < words->len; i++)
    if (g_str_equal (g_ptr_array_index (words, i), word))
      return TRUE;

  return FALSE;
}

/* The words that must not be sent: "zz…" words of hidden victims' names
 * that no victim who may be named shares. */
static GPtrArray *
collect_secret_words (RelayCase *kase)
{
  GListModel *victims = G_LIST_MODEL (relay_case_get_victims (kase));
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *secret = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);

      if (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT) &&
          relay_victim_get_name_form (victim) == RELAY_NAME_FORM_FULL)
        g_ptr_array_add (shown, split_words (relay_victim_get_name (victim)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);
      g_autoptr(GPtrArray) words = NULL;

      if (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT) &&
          relay_victim_get_name_form (victim) == RELAY_NAME_FORM_FULL)
        continue;

      words = split_words (relay_victim_get_name (victim));
      for (guint w = 0; w < words->len; w++)
        {
          const char *word = g_ptr_array_index (words, w);
          gboolean shared = FALSE;

          if (!g_str_has_prefix (word, "zz") || g_utf8_strlen (word, -1) < 3)
            continue;
          for (guint s = 0; s < shown->len && !shared; s++)
            shared = has_word (g_ptr_array_index (shown, s), word);
          if (!shared)
            g_ptr_array_add (secret, g_strdup (word));
        }
    }

  return secret;
}

static void
assert_no_secret (GPtrArray  *secret,
                  const char *what,
                  const char *text)
{
  g_autoptr(GPtrArray) words = NULL;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  if (secret->len == 0)
    return;

  words = split_words (text);
  for (guint i = 0; i < secret->len; i++)
    if (has_word (words, g_ptr_array_index (secret, i)))
      g_error ("The %s names a victim who may not be named", what);
}

/*
 * Writing the letter
 */

static char *
write_everything (RelayLetter *letter,
                  GPtrArray   *secret)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  g_autofree char *file_name = NULL;
  g_autoptr(GError) error = NULL;
  const char *pdf;

  subject = relay_letter_dup_subject (letter);
  assert_no_secret (secret, "subject", subject);

  text = relay_letter_dup_text (letter);
  assert_no_secret (secret, "letter", text);

  sections = relay_letter_dup_sections (letter);
  for (guint i = 0; i < sections->len; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (sections, i);

      assert_no_secret (secret, "section heading", relay_letter_section_get_heading (section));
      assert_no_secret (secret, "section", relay_letter_section_get_text (section));
    }

  checks = relay_letter_check (letter);
  for (guint i = 0; i < checks->len; i++)
    g_assert_true (g_utf8_validate (relay_check_item_get_message (g_ptr_array_index (checks, i)), -1, NULL));

  file_name = relay_letter_dup_pdf_file_name (letter);
  g_assert_nonnull (file_name);
  g_assert_null (strchr (file_name, '/'));

  if (!relay_letter_write_pdf (letter, stream, NULL, &error))
    g_error ("The PDF could not be written: %s", error->message);
  g_output_stream_close (stream, NULL, NULL);
  pdf = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)) > 5);
  g_assert_true (strncmp (pdf, "%PDF-", 5) == 0);

  return g_steal_pointer (&text);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *script = relay_fuzz_dup_text (data, size);
  g_auto(GStrv) lines = g_strsplit (script, "\n", MAX_LINES + 1);
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayCase) loaded = NULL;
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "en");
  g_autoptr(RelayLetter) reloaded_letter = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 3, 20, 9, 30, 0);
  g_autoptr(GPtrArray) secret = NULL;
  g_autoptr(GListModel) suggestions = NULL;
  g_autofree char *text = NULL;
  g_autofree char *reloaded_text = NULL;
  g_autoptr(GError) error = NULL;

  relay_letter_set_date (letter, date);

  for (guint i = 0; lines[i] != NULL && i < MAX_LINES; i++)
    run_line (kase, letter, lines[i]);

  secret = collect_secret_words (kase);
  text = write_everything (letter, secret);

  suggestions = relay_suggest_mandates (directory, kase, 5);
  for (guint i = 0; i < g_list_model_get_n_items (suggestions); i++)
    {
      g_autoptr(RelaySuggestion) suggestion = g_list_model_get_item (suggestions, i);

      g_assert_nonnull (relay_suggestion_get_mandate (suggestion));
    }

  /* Saved and read back, the case gives the same letter. */
  if (!relay_store_save_case (store, kase, &error))
    g_error ("The case could not be saved: %s", error->message);
  loaded = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  reloaded_letter = relay_letter_new (loaded, directory, relay_letter_get_language (letter));
  relay_letter_set_date (reloaded_letter, relay_letter_get_date (letter));
  relay_letter_set_include_confidential (reloaded_letter, relay_letter_get_include_confidential (letter));
  reloaded_text = relay_letter_dup_text (reloaded_letter);
  g_assert_cmpstr (reloaded_text, ==, text);

  relay_store_delete_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);

  return 0;
}
