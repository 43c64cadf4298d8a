/* test-mandate.c
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

#include "config.h"

#include <locale.h>
#include <string.h>

#include <relay/relay.h>

/*
 * Helpers
 */

static RelayDirectory *
load_small_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "core", "data",
                                                 "directory-small.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RelayDirectory *directory = relay_directory_new ();

  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);

  return directory;
}

static RelayMandate *
lookup (RelayDirectory *directory,
        const char     *id)
{
  RelayMandate *mandate = relay_directory_lookup (directory, id);

  g_assert_nonnull (mandate);
  return mandate;
}

static void
assert_strv (const char * const *strv,
             const char         *first,
             ...)
{
  va_list args;
  guint i = 0;

  g_assert_nonnull (strv);

  va_start (args, first);
  for (const char *expected = first; expected != NULL; expected = va_arg (args, const char *))
    {
      g_assert_nonnull (strv[i]);
      g_assert_cmpstr (strv[i], ==, expected);
      i++;
    }
  va_end (args);

  g_assert_null (strv[i]);
}

/* The ids of the mandates matching @query, in directory order, joined with
 * spaces.
 */
static char *
dup_matches (RelayDirectory *directory,
             const char     *query)
{
  GString *ids = g_string_new (NULL);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (directory));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (G_LIST_MODEL (directory), i);

      if (relay_mandate_matches (mandate, query))
        {
          if (ids->len > 0)
            g_string_append_c (ids, ' ');
          g_string_append (ids, relay_mandate_get_id (mandate));
        }
    }

  return g_string_free (ids, FALSE);
}

#define assert_matches(directory, query, expected) \
  G_STMT_START { \
    g_autofree char *found_ = dup_matches ((directory), (query)); \
    g_assert_cmpstr (found_, ==, (expected)); \
  } G_STMT_END

/*
 * Labels and languages
 */

static void
test_labels (void)
{
  g_assert_cmpstr (relay_mandate_kind_get_label (RELAY_MANDATE_KIND_THEMATIC), ==, "Thematic");
  g_assert_cmpstr (relay_mandate_kind_get_label (RELAY_MANDATE_KIND_COUNTRY), ==, "Country");
  g_assert_cmpstr (relay_mandate_type_get_label (RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR), ==,
                   "Special Rapporteur");
  g_assert_cmpstr (relay_mandate_type_get_label (RELAY_MANDATE_TYPE_INDEPENDENT_EXPERT), ==,
                   "Independent Expert");
  g_assert_cmpstr (relay_mandate_type_get_label (RELAY_MANDATE_TYPE_WORKING_GROUP), ==,
                   "Working Group");

  /* The nicks are the strings of the directory file. */
  g_assert_cmpstr (relay_enum_to_nick (RELAY_TYPE_MANDATE_KIND, RELAY_MANDATE_KIND_COUNTRY), ==,
                   "country");
  g_assert_cmpstr (relay_enum_to_nick (RELAY_TYPE_MANDATE_TYPE,
                                       RELAY_MANDATE_TYPE_INDEPENDENT_EXPERT), ==,
                   "independent-expert");
}

static void
test_ui_language (void)
{
  static const struct {
    const char *language;
    const char *expected;
  } cases[] = {
    { "C", "en" },
    { "fr", "fr" },
    { "fr_CA.UTF-8", "fr" },
    { "es_AR:fr", "es" },
    /* The first language Relay speaks wins, as with gettext. */
    { "de:es:fr", "es" },
    { "de", "en" },
    { "pt_BR:en:fr", "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_setenv ("LANGUAGE", cases[i].language, TRUE);
      g_assert_cmpstr (relay_ui_language (), ==, cases[i].expected);
    }

  g_setenv ("LANGUAGE", "C", TRUE);
}

/*
 * Properties
 */

static void
test_getters (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();
  RelayMandate *wg = lookup (directory, "wg-arbitrary-detention");
  RelayMandate *myanmar = lookup (directory, "sr-myanmar");
  RelayMandate *sogi = lookup (directory, "ie-sogi");

  g_assert_cmpstr (relay_mandate_get_id (wg), ==, "wg-arbitrary-detention");
  g_assert_cmpint (relay_mandate_get_kind (wg), ==, RELAY_MANDATE_KIND_THEMATIC);
  g_assert_cmpint (relay_mandate_get_mandate_type (wg), ==, RELAY_MANDATE_TYPE_WORKING_GROUP);
  g_assert_cmpstr (relay_mandate_get_country (wg), ==, "");
  g_assert_cmpstr (relay_mandate_get_email (wg), ==, "hrc-wg-ad@un.org");
  g_assert_cmpstr (relay_mandate_get_local_email (wg), ==, "");
  g_assert_cmpstr (relay_mandate_get_effective_email (wg), ==, "hrc-wg-ad@un.org");
  g_assert_cmpstr (relay_mandate_get_webpage (wg), ==,
                   "https://www.ohchr.org/en/special-procedures/wg-arbitrary-detention");
  g_assert_true (relay_mandate_get_acknowledges_submissions (wg));
  g_assert_cmpstr (relay_mandate_get_last_verified (wg), ==, "2026-10-15");
  assert_strv (relay_mandate_get_sources (wg),
               "https://www.ohchr.org/en/special-procedures/wg-arbitrary-detention/complaints",
               NULL);

  g_assert_cmpint (relay_mandate_get_kind (myanmar), ==, RELAY_MANDATE_KIND_COUNTRY);
  g_assert_cmpint (relay_mandate_get_mandate_type (myanmar), ==,
                   RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR);
  g_assert_cmpstr (relay_mandate_get_country (myanmar), ==, "MM");
  g_assert_false (relay_mandate_get_acknowledges_submissions (myanmar));

  /* No confirmed address: none is made up. */
  g_assert_cmpstr (relay_mandate_get_email (myanmar), ==, "");
  g_assert_null (relay_mandate_get_effective_email (myanmar));

  g_assert_cmpint (relay_mandate_get_mandate_type (sogi), ==,
                   RELAY_MANDATE_TYPE_INDEPENDENT_EXPERT);

  /* A null web page. */
  g_assert_cmpstr (relay_mandate_get_webpage (lookup (directory, "sr-dprk")), ==, "");
}

static void
test_languages (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();
  RelayMandate *wg = lookup (directory, "wg-arbitrary-detention");
  RelayMandate *sogi = lookup (directory, "ie-sogi");
  RelayMandate *torture = lookup (directory, "sr-torture");

  g_assert_cmpstr (relay_mandate_get_title (wg, "en"), ==, "Working Group on Arbitrary Detention");
  g_assert_cmpstr (relay_mandate_get_title (wg, "fr"), ==,
                   "Groupe de travail sur la détention arbitraire");
  g_assert_cmpstr (relay_mandate_get_title (wg, "es"), ==,
                   "Grupo de Trabajo sobre la Detención Arbitraria");
  /* Regional forms, and languages the directory does not have. */
  g_assert_cmpstr (relay_mandate_get_title (wg, "fr_BE"), ==,
                   "Groupe de travail sur la détention arbitraire");
  g_assert_cmpstr (relay_mandate_get_title (wg, "de"), ==, "Working Group on Arbitrary Detention");

  /* NULL is the language of the user interface. */
  g_assert_cmpstr (relay_mandate_get_title (wg, NULL), ==, "Working Group on Arbitrary Detention");
  g_setenv ("LANGUAGE", "es", TRUE);
  g_assert_cmpstr (relay_mandate_get_title (wg, NULL), ==,
                   "Grupo de Trabajo sobre la Detención Arbitraria");
  g_assert_cmpstr (relay_mandate_get_who_may_submit (wg, NULL), ==,
                   "La persona afectada, su familia o sus representantes.");
  g_setenv ("LANGUAGE", "C", TRUE);

  g_assert_true (relay_mandate_title_is_official (sogi, "en"));
  g_assert_true (relay_mandate_title_is_official (sogi, "fr"));
  g_assert_false (relay_mandate_title_is_official (sogi, "es"));
  /* Without "official", no title is claimed to be the United Nations' own. */
  g_assert_false (relay_mandate_title_is_official (torture, "en"));

  assert_strv (relay_mandate_get_topics (wg, "en"),
               "arbitrary detention", "deprivation of liberty", "habeas corpus", NULL);
  assert_strv (relay_mandate_get_topics (wg, "fr"),
               "détention arbitraire", "privation de liberté", NULL);
  assert_strv (relay_mandate_get_topics (wg, "es"),
               "detención arbitraria", "privación de libertad", NULL);

  g_assert_cmpstr (relay_mandate_get_who_may_submit (wg, "en"), ==,
                   "The person concerned, their family or their representatives.");
  assert_strv (relay_mandate_get_required_elements (wg, "fr"),
               "Date de l’arrestation", "Lieu de détention", NULL);
  assert_strv (relay_mandate_get_consent_statements (wg, "es"),
               "La familia acepta que el nombre se transmita al gobierno.", NULL);
  g_assert_cmpstr (relay_mandate_get_criteria_note (wg, "en"), ==,
                   "Only those concerned may submit.");

  /* No criteria at all. */
  g_assert_null (relay_mandate_get_who_may_submit (torture, "en"));
  g_assert_null (relay_mandate_get_required_elements (torture, "en"));
  g_assert_null (relay_mandate_get_consent_statements (torture, "fr"));
  g_assert_null (relay_mandate_get_criteria_note (torture, "es"));
  assert_strv (relay_mandate_get_sources (torture),
               "https://www.ohchr.org/en/special-procedures/sr-torture",
               "https://www.ohchr.org/en/special-procedures/sr-torture/individual-communications",
               NULL);
}

static void
test_properties (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();
  RelayMandate *opt = lookup (directory, "sr-opt");
  g_autofree char *id = NULL;
  g_autofree char *country = NULL;
  g_autofree char *email = NULL;
  g_autofree char *local_email = NULL;
  g_autofree char *webpage = NULL;
  g_autofree char *last_verified = NULL;
  g_autofree char *title = NULL;
  RelayMandateKind kind;
  RelayMandateType type;
  gboolean acknowledges;

  g_object_get (opt,
                "id", &id,
                "kind", &kind,
                "mandate-type", &type,
                "country", &country,
                "email", &email,
                "local-email", &local_email,
                "webpage", &webpage,
                "acknowledges-submissions", &acknowledges,
                "last-verified", &last_verified,
                "title", &title,
                NULL);

  g_assert_cmpstr (id, ==, "sr-opt");
  g_assert_cmpint (kind, ==, RELAY_MANDATE_KIND_COUNTRY);
  g_assert_cmpint (type, ==, RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR);
  /* Palestine is a country code like any other. */
  g_assert_cmpstr (country, ==, "PS");
  g_assert_cmpstr (email, ==, "hrc-sr-opt@un.org");
  g_assert_cmpstr (local_email, ==, "");
  g_assert_cmpstr (webpage, ==, "https://www.ohchr.org/en/special-procedures/sr-opt");
  g_assert_false (acknowledges);
  g_assert_cmpstr (last_verified, ==, "2026-10-23");
  g_assert_cmpstr (title, ==, "Special Rapporteur on the situation of human rights in the "
                              "Palestinian territories occupied since 1967");

  /* Read-only. */
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (opt), "id")->flags &
                  G_PARAM_WRITABLE);
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (opt), "local-email")->flags &
                  G_PARAM_WRITABLE);
}

/*
 * Search as you type
 */

static void
test_matches_accents_and_case (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();

  /* Without the accent, the Spanish and French topics are found... */
  assert_matches (directory, "detencion", "wg-arbitrary-detention");
  assert_matches (directory, "liberte", "wg-arbitrary-detention");
  /* ...and with an accent, the English ones. */
  assert_matches (directory, "Détention", "wg-arbitrary-detention");
  assert_matches (directory, "TÖRTÜRE", "sr-torture");
  /* Accents typed as combining marks. */
  assert_matches (directory, "privacio\xCC\x81n", "wg-arbitrary-detention");
  assert_matches (directory, "REPRÉSAILLES", "sr-hrd");
  /* Typographic and typed apostrophes are the same. */
  assert_matches (directory, "droits de l'homme", "sr-hrd");
}

static void
test_matches_topics_in_every_language (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();

  /* Topics count in all three languages, whatever the interface speaks. */
  assert_matches (directory, "mauvais traitements", "sr-torture");
  assert_matches (directory, "malos tratos", "sr-torture");
  assert_matches (directory, "ill-treatment", "sr-torture");
  assert_matches (directory, "represalias", "sr-hrd");
  assert_matches (directory, "orientación", "ie-sogi");
  assert_matches (directory, "colonies", "sr-opt");

  /* Titles count in the interface language and English only: the French
   * title of sr-hrd says "Rapporteuse", which no English word holds.
   */
  assert_matches (directory, "rapporteuse", "");
}

static void
test_matches_words (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();

  /* Every word must match, in any order, in part. */
  assert_matches (directory, "arbitraire  détention", "wg-arbitrary-detention");
  assert_matches (directory, "deten arbit", "wg-arbitrary-detention");
  assert_matches (directory, "torture detention", "");
  /* No words: everything. */
  assert_matches (directory, "", "ie-sogi sr-hrd sr-torture wg-arbitrary-detention "
                                 "sr-myanmar sr-dprk sr-opt");
  assert_matches (directory, " \t ", "ie-sogi sr-hrd sr-torture wg-arbitrary-detention "
                                     "sr-myanmar sr-dprk sr-opt");
  assert_matches (directory, NULL, "ie-sogi sr-hrd sr-torture wg-arbitrary-detention "
                                   "sr-myanmar sr-dprk sr-opt");
  /* Words do not run across two topics. */
  assert_matches (directory, "detentiondeprivation", "");
  assert_matches (directory, "zzz", "");
}

static void
test_matches_countries_and_types (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();

  /* The country's name, which the title does not give ("North Korea"). */
  if (g_str_equal (relay_country_get_name ("KP"), "KP"))
    {
      g_test_skip ("iso-codes is not installed");
      return;
    }
  assert_matches (directory, "north korea", "sr-dprk");
  assert_matches (directory, "State of Palestine", "sr-opt");
  assert_matches (directory, "myanmar", "sr-myanmar");

  /* The type. */
  assert_matches (directory, "working group", "wg-arbitrary-detention");
  assert_matches (directory, "independent expert", "ie-sogi");
}

static void
test_matches_in_french (void)
{
  g_autoptr(RelayDirectory) directory = NULL;

  /* The search key follows the interface language of the moment it is
   * built: a French interface searches the French titles.
   */
  g_setenv ("LANGUAGE", "fr", TRUE);
  directory = load_small_directory ();

  assert_matches (directory, "rapporteuse defenseurs", "sr-hrd");
  /* English titles still count. */
  assert_matches (directory, "defenders", "sr-hrd");

  g_setenv ("LANGUAGE", "C", TRUE);
}

static void
test_matches_is_fast (void)
{
  g_autoptr(RelayDirectory) directory = load_small_directory ();
  const char *queries[] = { "d", "de", "det", "dete", "detention arbi", "zzz", "torture" };
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (directory));
  g_autoptr(GPtrArray) mandates = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 start, elapsed;
  guint n_passes = 0;

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (mandates, g_list_model_get_item (G_LIST_MODEL (directory), i));

  /* The first search builds the keys. */
  for (guint i = 0; i < mandates->len; i++)
    relay_mandate_matches (g_ptr_array_index (mandates, i), "x");

  /* A pass over 63 mandates, a bit more than the real directory, for each
   * letter typed.
   */
  start = g_get_monotonic_time ();
  for (guint round = 0; round < 100; round++)
    {
      for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
        {
          for (guint copy = 0; copy < 9; copy++)
            for (guint i = 0; i < mandates->len; i++)
              relay_mandate_matches (g_ptr_array_index (mandates, i), queries[q]);
          n_passes++;
        }
    }
  elapsed = g_get_monotonic_time () - start;

  /* Only reported: speed is measured by the benchmarks. */
  g_test_message ("%.1f µs for a pass over %u mandates",
                  (double) elapsed / n_passes, mandates->len * 9);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/mandate/labels", test_labels);
  g_test_add_func ("/core/mandate/ui-language", test_ui_language);
  g_test_add_func ("/core/mandate/getters", test_getters);
  g_test_add_func ("/core/mandate/languages", test_languages);
  g_test_add_func ("/core/mandate/properties", test_properties);
  g_test_add_func ("/core/mandate/matches/accents-and-case", test_matches_accents_and_case);
  g_test_add_func ("/core/mandate/matches/topics-in-every-language",
                   test_matches_topics_in_every_language);
  g_test_add_func ("/core/mandate/matches/words", test_matches_words);
  g_test_add_func ("/core/mandate/matches/countries-and-types", test_matches_countries_and_types);
  g_test_add_func ("/core/mandate/matches/in-french", test_matches_in_french);
  g_test_add_func ("/core/mandate/matches/fast", test_matches_is_fast);

  return g_test_run ();
}
