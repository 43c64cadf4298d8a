/* test-letter.c
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
#include <glib/gstdio.h>
#include <string.h>

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <relay/relay.h>

#include "relay-letter-private.h"
#include "relay-test-utils.h"

/* Letters in English, French and Spanish for realistic cases, against the
 * real bundled directory. What matters most: a victim who did not agree to
 * be named is named nowhere (body, subject, sections, PDF), and what is
 * confidential stays after its heading.
 */

static RelayDirectory *directory;

static const char * const languages[] = { "en", "fr", "es" };

/*
 * Building cases
 */

static RelayVictim *
add_victim (RelayCase    *kase,
            const char   *name,
            RelayConsent  government,
            RelayConsent  public_,
            RelayNameForm form)
{
  g_autoptr(RelayVictim) victim = relay_victim_new ();

  relay_victim_set_name (victim, name);
  relay_victim_set_consent_government (victim, government);
  relay_victim_set_consent_public (victim, public_);
  relay_victim_set_name_form (victim, form);
  g_list_store_append (relay_case_get_victims (kase), victim);

  return victim;
}

static void
add_incident (RelayCase          *kase,
              const char         *date,
              RelayDatePrecision  precision,
              const char         *place,
              const char         *description)
{
  g_autoptr(RelayIncident) incident = relay_incident_new ();

  relay_incident_set_date (incident, date);
  relay_incident_set_precision (incident, precision);
  relay_incident_set_place (incident, place);
  relay_incident_set_description (incident, description);
  g_list_store_append (relay_case_get_incidents (kase), incident);
}

static void
add_perpetrator (RelayCase  *kase,
                 const char *name,
                 const char *function,
                 const char *institution)
{
  g_autoptr(RelayPerpetrator) perpetrator = relay_perpetrator_new ();

  relay_perpetrator_set_name (perpetrator, name);
  relay_perpetrator_set_function (perpetrator, function);
  relay_perpetrator_set_institution (perpetrator, institution);
  g_list_store_append (relay_case_get_perpetrators (kase), perpetrator);
}

static void
add_source (RelayCase       *kase,
            RelaySourceKind  kind,
            const char      *description)
{
  g_autoptr(RelaySource) source = relay_source_new ();

  relay_source_set_kind (source, kind);
  relay_source_set_description (source, description);
  g_list_store_append (relay_case_get_sources (kase), source);
}

static void
add_attachment (RelayCase  *kase,
                const char *file_name,
                const char *translation_note)
{
  static const guint8 content[] = { '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0x00, 0xff };
  g_autoptr(GBytes) bytes = g_bytes_new_static (content, sizeof content);
  g_autoptr(RelayAttachment) attachment = NULL;

  attachment = relay_attachment_new_from_bytes (file_name, "application/pdf", bytes);
  relay_attachment_set_translation_note (attachment, translation_note);
  g_list_store_append (relay_case_get_attachments (kase), attachment);
}

static void
add_mandate (RelayCase        *kase,
             const char       *id,
             RelayMandateRole  role)
{
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();

  g_assert_nonnull (relay_directory_lookup (directory, id));
  relay_case_mandate_set_mandate_id (mandate, id);
  relay_case_mandate_set_role (mandate, role);
  g_list_store_append (relay_case_get_mandates (kase), mandate);
}

static void
set_sender (RelayCase  *kase,
            gboolean    confidential,
            const char *relationship)
{
  relay_case_set_sender_name (kase, "Lucía Fernández");
  relay_case_set_sender_organisation (kase, "Colectivo Çaracol");
  relay_case_set_sender_email (kase, "lucia@caracol.example.org");
  relay_case_set_sender_phone (kase, "+57 1 555 0100");
  relay_case_set_sender_relationship (kase, relationship);
  relay_case_set_sender_confidential (kase, confidential);
}

/* One human rights defender, detained, who agreed to be named in full. */
static RelayCase *
make_single_case (void)
{
  RelayCase *kase = relay_case_new ();
  RelayVictim *victim;

  relay_case_set_title (kase, "Detention of María José Pérez Ñuñez");
  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_urgent (kase, TRUE);
  relay_case_set_country (kase, "CO");
  relay_case_set_why_now (kase, "She is held incommunicado and a transfer to a high-security "
                                "prison is announced for next week.");
  set_sender (kase, TRUE, "Her lawyer");

  victim = add_victim (kase, "María José Pérez Ñuñez", RELAY_CONSENT_YES, RELAY_CONSENT_YES,
                       RELAY_NAME_FORM_FULL);
  relay_victim_set_age (victim, 34);
  relay_victim_set_gender (victim, "woman");
  relay_victim_set_residence (victim, "Bogotá");
  relay_victim_set_consent_given_by (victim, RELAY_CONSENT_GIVER_VICTIM);
  relay_victim_set_consent_method (victim, RELAY_CONSENT_METHOD_WRITTEN);

  relay_case_set_what_happened (kase,
    "María José Pérez Ñuñez, a land rights defender, was arrested without a warrant at her "
    "home by plain-clothes police officers. She has not been allowed to see her lawyer or "
    "her family since then, and her whereabouts were confirmed only two days later.");
  add_incident (kase, "2026-03-14", RELAY_DATE_PRECISION_DAY, "Bogotá",
                "Arrest at her home, without a warrant");
  add_perpetrator (kase, "", "Plain-clothes officers", "Policía Nacional");
  add_source (kase, RELAY_SOURCE_KIND_FIRST_HAND, "Her brother, who witnessed the arrest");
  relay_case_set_context (kase, "Land rights defenders in the region face judicial harassment "
                                "and stigmatisation; three were arrested this year.");
  relay_case_set_action_taken (kase, "A habeas corpus petition was filed on 15 March 2026; "
                                     "no decision yet.");
  relay_case_set_action_requested (kase, "Ask the Government to disclose where she is held, "
                                         "to give her access to her lawyer and to release her.");
  relay_case_set_press_release (kase, TRUE);
  relay_case_set_press_release_reason (kase, "Public attention protected her colleagues before.");
  relay_case_set_joint_action_note (kase, "She is a defender and her detention is arbitrary.");
  relay_case_set_confidential_note (kase, "Contact the family only through the lawyer.");

  add_mandate (kase, "sr-hrd", RELAY_MANDATE_ROLE_LEAD);
  add_mandate (kase, "wg-arbitrary-detention", RELAY_MANDATE_ROLE_JOINT);

  return kase;
}

typedef enum
{
  SHOWN_FULL,
  SHOWN_INITIALS,
  HIDDEN_NO,
  HIDDEN_UNKNOWN,
  HIDDEN_WITHDRAWN,
} Visibility;

static const char * const given_names[] = {
  "José", "María", "Ñusta", "Françoise", "Zoë", "Ángel", "Inés", "Raúl",
};

static const char * const syllables[] = {
  "ra", "mi", "to", "ke", "lu", "sa", "pe", "no", "chi", "ya",
};

/* Forty people beaten at a peaceful protest, with every kind of consent,
 * plus a trade union as a group. Surnames are unique, so that each hidden
 * victim's surname can be looked for.
 */
static Visibility
visibility_of (guint i)
{
  if (i == 4)
    return HIDDEN_WITHDRAWN;

  switch (i % 5)
    {
    case 0: return SHOWN_FULL;
    case 1: return SHOWN_INITIALS;
    case 2: return HIDDEN_NO;
    case 3: return HIDDEN_UNKNOWN;
    default: return HIDDEN_NO;
    }
}

static char *
surname_of (guint i)
{
  static const char * const stems[] = {
    [SHOWN_FULL] = "Quispe", [SHOWN_INITIALS] = "Mamani", [HIDDEN_NO] = "Huanca",
    [HIDDEN_UNKNOWN] = "Condori", [HIDDEN_WITHDRAWN] = "Ticona",
  };

  return g_strconcat (stems[visibility_of (i)], syllables[i % 10], syllables[i / 10], NULL);
}

static char *
name_of (guint i)
{
  g_autofree char *surname = surname_of (i);

  return g_strdup_printf ("%s %s", given_names[i % G_N_ELEMENTS (given_names)], surname);
}

static RelayCase *
make_group_case (void)
{
  RelayCase *kase = relay_case_new ();
  g_autofree char *hidden_name = name_of (2);
  g_autofree char *hidden_surname = surname_of (7);
  g_autofree char *what = NULL;
  RelayVictim *group;

  relay_case_set_kind (kase, RELAY_CASE_KIND_ALLEGATION);
  relay_case_set_country (kase, "MX");
  set_sender (kase, FALSE, "Organisation representing the victims");

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = name_of (i);
      RelayConsent government = RELAY_CONSENT_NO;
      RelayNameForm form = RELAY_NAME_FORM_FULL;
      RelayVictim *victim;

      switch (visibility_of (i))
        {
        case SHOWN_FULL:
        case HIDDEN_WITHDRAWN:
          government = RELAY_CONSENT_YES;
          break;
        case SHOWN_INITIALS:
          government = RELAY_CONSENT_YES;
          form = RELAY_NAME_FORM_INITIALS;
          break;
        case HIDDEN_NO:
          break;
        case HIDDEN_UNKNOWN:
          government = RELAY_CONSENT_UNKNOWN;
          break;
        }

      victim = add_victim (kase, name, government,
                           i % 2 == 0 ? RELAY_CONSENT_YES : RELAY_CONSENT_NO, form);
      relay_victim_set_age (victim, 20 + (int) i);
      relay_victim_set_origin (victim, "Oaxaca");
      relay_victim_set_consent_given_by (victim, RELAY_CONSENT_GIVER_REPRESENTATIVE);
      if (visibility_of (i) == HIDDEN_WITHDRAWN)
        relay_victim_set_consent_withdrawn (victim, "2026-02-01");
    }

  group = add_victim (kase, "Sindicato Ñandú de Trabajadores", RELAY_CONSENT_NO,
                      RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL);
  relay_victim_set_is_group (group, TRUE);
  relay_victim_set_group_size (group, 25);

  /* The user wrote hidden names into the story: the letter must not. */
  what = g_strdup_printf ("Riot police charged a peaceful march of teachers. %s was beaten "
                          "unconscious; Mr %s lost an eye. Forty people were injured and "
                          "the union’s banner was burnt.", hidden_name, hidden_surname);
  relay_case_set_what_happened (kase, what);
  add_incident (kase, "2026-01-20", RELAY_DATE_PRECISION_DAY, "Oaxaca de Juárez",
                "Police charge on the march");
  add_incident (kase, "2026-02", RELAY_DATE_PRECISION_MONTH, "Oaxaca de Juárez",
                "Threats against the injured who filed complaints");
  add_perpetrator (kase, "", "Riot police", "Policía Estatal de Oaxaca");
  add_source (kase, RELAY_SOURCE_KIND_WITNESS, "Twelve witnesses interviewed by us");
  add_source (kase, RELAY_SOURCE_KIND_MEDIA, "Local newspaper reports");
  relay_case_set_context (kase, "Teachers have protested against the education reform for "
                                "months; the state law on public order restricts marches.");
  relay_case_set_action_taken (kase, "Complaints filed with the state prosecutor and the "
                                     "state human rights commission; no answer yet.");
  relay_case_set_action_requested (kase, "Ask the Government to investigate the use of force "
                                         "and to protect those who complained.");
  relay_case_set_joint_action_note (kase, "Both the defenders and the assembly mandates are "
                                          "concerned.");
  add_mandate (kase, "sr-freedom-assembly-association", RELAY_MANDATE_ROLE_LEAD);
  add_mandate (kase, "sr-hrd", RELAY_MANDATE_ROLE_JOINT);

  return kase;
}

/* A bill, with no individual victim. */
static RelayCase *
make_law_case (void)
{
  RelayCase *kase = relay_case_new ();

  relay_case_set_kind (kase, RELAY_CASE_KIND_LAW_POLICY);
  relay_case_set_country (kase, "PL");
  set_sender (kase, FALSE, "");
  relay_case_set_why_now (kase, "The parliament votes on the bill in June.");
  relay_case_set_what_happened (kase, "A bill would make all abortions a crime, even after "
                                      "rape. The text and an English translation are attached.");
  add_incident (kase, "2026-06", RELAY_DATE_PRECISION_MONTH, "Sejm, Warszawa",
                "Vote on the bill");
  add_perpetrator (kase, "", "Sponsors of the bill", "Sejm");
  add_source (kase, RELAY_SOURCE_KIND_DOCUMENT, "The bill as tabled");
  add_attachment (kase, "draft-law-2026.pdf", "Unofficial English translation attached");
  relay_case_set_context (kase, "The Constitutional Tribunal already restricted access in 2020.");
  relay_case_set_action_taken (kase, "Opinions sent to the parliamentary committee.");
  relay_case_set_action_requested (kase, "Send an other letter to the Government before the "
                                         "vote, with a legal analysis.");
  add_mandate (kase, "wg-women-girls", RELAY_MANDATE_ROLE_LEAD);

  return kase;
}

static RelayLetter *
new_letter (RelayCase  *kase,
            const char *language)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 4, 1, 9, 0, 0);
  RelayLetter *letter = relay_letter_new (kase, directory, language);

  relay_letter_set_date (letter, date);

  return letter;
}

/*
 * Looking into the outputs
 */

static void
assert_absent (const char *haystack,
               const char *needle,
               const char *where)
{
  if (haystack != NULL && needle != NULL && *needle != '\0' && strstr (haystack, needle) != NULL)
    g_error ("“%s” must not appear in the %s:\n%s", needle, where, haystack);
}

static void
assert_present (const char *haystack,
                const char *needle,
                const char *where)
{
  if (haystack == NULL || strstr (haystack, needle) == NULL)
    g_error ("“%s” must appear in the %s:\n%s", needle, where, haystack);
}

/* pdftotext does not keep the spaces of "2 / 5" exactly. */
static void
assert_page_number (const char *pdf,
                    guint       page,
                    guint       n_pages)
{
  g_autofree char *wanted = g_strdup_printf ("\n%u/%u\n", page, n_pages);
  GString *squeezed = g_string_new ("\n");

  for (const char *p = pdf; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (squeezed, *p == '\f' ? '\n' : *p);

  if (strstr (squeezed->str, wanted) == NULL)
    g_error ("Page number %u / %u is missing from the PDF:\n%s", page, n_pages, pdf);

  g_string_free (squeezed, TRUE);
}

/* The file has binary streams, so no strstr(). */
static guint
count_pages (const char *pdf,
             gsize       length)
{
  const char *needle = "/Type /Page";
  gsize needle_len = strlen (needle);
  guint n = 0;

  for (gsize i = 0; i + needle_len < length; i++)
    if (memcmp (pdf + i, needle, needle_len) == 0 && pdf[i + needle_len] != 's')
      n++;

  return n;
}

/* Saves the PDF, checks that it is one, and returns its text as pdftotext
 * sees it, or NULL (with the test marked skipped) without pdftotext.
 */
static char *
pdf_text (RelayLetter *letter,
          guint       *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-letter-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GFile) file = NULL;
  gsize length;
  int status;

  g_assert_no_error (error);
  path = g_build_filename (dir, "letter.pdf", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (relay_letter_save_pdf (letter, file, NULL, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  *n_pages = count_pages (contents, length);
  g_assert_cmpuint (*n_pages, >=, 1);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      relay_test_remove_tree (dir);
      return NULL;
    }

  {
    const char *argv[] = { pdftotext, "-enc", "UTF-8", path, "-", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  relay_test_remove_tree (dir);

  return g_steal_pointer (&out);
}

static char *
sections_text (RelayLetter *letter,
               gboolean     government_only)
{
  g_autoptr(GPtrArray) sections = relay_letter_dup_sections (letter);
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < sections->len; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (sections, i);

      if (government_only && relay_letter_section_get_part (section) == RELAY_LETTER_PART_CONFIDENTIAL)
        continue;

      g_string_append_printf (all, "%s\n%s\n", relay_letter_section_get_heading (section),
                              relay_letter_section_get_text (section));
    }

  return g_string_free (all, FALSE);
}

/* Everything of the letter that may go to the Government. */
static char *
government_part (const char *text,
                 const char *language)
{
  const char *heading = _relay_letter_string (_relay_language_from_code (language),
                                              RELAY_LS_HEADING_CONFIDENTIAL);
  const char *start = strstr (text, heading);

  return start != NULL ? g_strndup (text, start - text) : g_strdup (text);
}

static RelayLanguage
lang (const char *language)
{
  return _relay_language_from_code (language);
}

/*
 * The string table
 */

/* The printf conversions of a format, in order: "%s %u" gives "su". */
static char *
conversions (const char *format)
{
  GString *out = g_string_new (NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      if (*p != '%')
        continue;
      p++;
      if (*p == '%')
        continue;
      while (*p != '\0' && strchr ("0123456789.-+ #$lhzjt", *p) != NULL)
        p++;
      if (*p == '\0')
        break;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
test_strings_complete (void)
{
  for (guint id = 0; id < RELAY_LS_N_STRINGS; id++)
    {
      const char *en = _relay_letter_string (RELAY_LANGUAGE_EN, id);
      g_autofree char *en_conversions = NULL;

      for (RelayLanguage l = 0; l < RELAY_N_LANGUAGES; l++)
        {
          const char *text = _relay_letter_string (l, id);
          g_autofree char *these = NULL;

          if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
            g_error ("Letter string %u is missing in %s", id, _relay_language_codes[l]);

          these = conversions (text);
          if (en_conversions == NULL)
            en_conversions = conversions (en);
          if (g_strcmp0 (these, en_conversions) != 0)
            g_error ("Letter string %u: “%s” (%s) and “%s” (en) have different conversions",
                     id, text, _relay_language_codes[l], en);
        }
    }
}

static void
test_strings_dates (void)
{
  struct {
    RelayLanguage language;
    RelayDatePrecision precision;
    const char *date;
    const char *expected;
  } cases[] = {
    { RELAY_LANGUAGE_EN, RELAY_DATE_PRECISION_DAY, "2026-03-14", "14 March 2026" },
    { RELAY_LANGUAGE_FR, RELAY_DATE_PRECISION_DAY, "2026-03-14", "14 mars 2026" },
    { RELAY_LANGUAGE_ES, RELAY_DATE_PRECISION_DAY, "2026-03-14", "14 de marzo de 2026" },
    { RELAY_LANGUAGE_FR, RELAY_DATE_PRECISION_DAY, "2026-08-01", "1er août 2026" },
    { RELAY_LANGUAGE_EN, RELAY_DATE_PRECISION_MONTH, "2026-02-09", "February 2026" },
    { RELAY_LANGUAGE_FR, RELAY_DATE_PRECISION_MONTH, "2026-02", "février 2026" },
    { RELAY_LANGUAGE_ES, RELAY_DATE_PRECISION_MONTH, "2026-12", "diciembre de 2026" },
    { RELAY_LANGUAGE_ES, RELAY_DATE_PRECISION_YEAR, "2026-12-03", "2026" },
    { RELAY_LANGUAGE_EN, RELAY_DATE_PRECISION_APPROXIMATE, "2026-05-02", "around 2 May 2026" },
    { RELAY_LANGUAGE_FR, RELAY_DATE_PRECISION_APPROXIMATE, "2026-05-02", "vers le 2 mai 2026" },
    { RELAY_LANGUAGE_ES, RELAY_DATE_PRECISION_APPROXIMATE, "2026-05", "hacia mayo de 2026" },
    { RELAY_LANGUAGE_ES, RELAY_DATE_PRECISION_DAY, "", "fecha desconocida" },
    { RELAY_LANGUAGE_FR, RELAY_DATE_PRECISION_DAY, "early spring", "early spring" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = _relay_letter_format_date (cases[i].language, cases[i].precision,
                                                          cases[i].date);

      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

static void
test_strings_countries (void)
{
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_EN, "MX"), ==, "Mexico");
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_FR, "MX"), ==, "Mexique");
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_ES, "MX"), ==, "México");
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_FR, "ZZ"), ==, "ZZ");
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_ES, NULL), ==, "");
  /* Text that was never a code (a name typed there) never reaches a letter. */
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_EN, "Ana Pérez"), ==, "");
  g_assert_cmpstr (_relay_letter_country_name (RELAY_LANGUAGE_FR, "mx"), ==, "");
}

/*
 * Letters
 */

static void
check_common (RelayLetter *letter,
              const char  *language)
{
  g_autofree char *text = relay_letter_dup_text (letter);
  g_autoptr(GPtrArray) sections = relay_letter_dup_sections (letter);
  RelayLanguage l = lang (language);

  /* The nine questions, in the guide's order, then the mandates. */
  g_assert_cmpuint (sections->len, >=, 10);
  for (guint i = 0; i < 10; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (sections, i);

      g_assert_cmpint (relay_letter_section_get_part (section), ==, i);
      g_assert_cmpstr (relay_letter_section_get_heading (section), ==,
                       _relay_letter_string (l, RELAY_LS_HEADING_SENDER + i));
      g_assert_cmpuint (strlen (relay_letter_section_get_text (section)), >, 0);
      assert_present (text, relay_letter_section_get_text (section), "text");
      if (i > 0)
        g_assert_true (strstr (text, relay_letter_section_get_heading (section)) >
                       strstr (text, relay_letter_section_get_heading (g_ptr_array_index (sections, i - 1))));
    }

  /* The date of the letter, in its language. */
  assert_present (text, _relay_letter_string (l, RELAY_LS_MONTH_4), "text");
}

static void
test_single (gconstpointer data)
{
  const char *language = data;
  g_autoptr(RelayCase) kase = make_single_case ();
  g_autoptr(RelayLetter) letter = new_letter (kase, language);
  g_autofree char *text = relay_letter_dup_text (letter);
  g_autofree char *subject = relay_letter_dup_subject (letter);
  g_autofree char *public_text = government_part (text, language);
  g_autofree char *public_sections = sections_text (letter, TRUE);
  g_autofree char *pdf = NULL;
  const char *heading = _relay_letter_string (lang (language), RELAY_LS_HEADING_CONFIDENTIAL);
  const char *urgent[] = { "URGENT APPEAL", "APPEL URGENT", "LLAMAMIENTO URGENTE" };
  const char *country[] = { "Colombia", "Colombie", "Colombia" };
  const char *date[] = { "14 March 2026", "14 mars 2026", "14 de marzo de 2026" };
  const char *today[] = { "1 April 2026", "1er avril 2026", "1 de abril de 2026" };
  const char *short_title[] = { "SR on the situation", "RS sur la situation",
                                "RE sobre la situación" };
  guint n_pages;

  check_common (letter, language);

  g_assert_true (g_str_has_prefix (subject, urgent[lang (language)]));
  assert_present (subject, country[lang (language)], "subject");
  assert_present (subject, short_title[lang (language)], "subject");
  assert_absent (subject, "Pérez", "subject");
  assert_absent (subject, "María", "subject");

  /* Named in full, as she agreed. */
  assert_present (text, "María José Pérez Ñuñez", "text");
  assert_present (text, date[lang (language)], "text");
  assert_present (text, today[lang (language)], "text");
  assert_present (text, country[lang (language)], "text");

  /* The source is confidential: only after the heading, in the text, the
   * sections and the PDF.
   */
  assert_present (text, heading, "text");
  {
    const char *secret[] = { "Lucía", "Fernández", "Çaracol", "lucia@caracol", "555 0100",
                             "Contact the family", "Her lawyer" };

    for (guint s = 0; s < G_N_ELEMENTS (secret); s++)
      {
        assert_absent (public_text, secret[s], "government part of the text");
        assert_absent (public_sections, secret[s], "government sections");
        assert_present (text, secret[s], "confidential part");
      }
  }

  /* The defenders mandate's two statements, answered. */
  {
    g_autofree char *yes = _relay_letter_printf (lang (language), RELAY_LS_STATEMENT_ANSWER,
                                                 _relay_letter_string (lang (language), RELAY_LS_YES));
    const char * const *statements =
      relay_mandate_get_consent_statements (relay_directory_lookup (directory, "sr-hrd"), language);

    assert_present (text, statements[0], "text");
    assert_present (text, statements[1], "text");
    assert_present (text, yes, "text");
  }

  pdf = pdf_text (letter, &n_pages);
  if (pdf != NULL)
    {
      const char *confidential_source[] = { "Confidential source", "Source confidentielle",
                                            "Fuente confidencial" };
      const char *start;
      const char *first_secret;

      assert_present (pdf, "Pérez", "PDF");
      assert_present (pdf, "Ñuñez", "PDF");
      assert_present (pdf, "Bogotá", "PDF");
      assert_page_number (pdf, 1, n_pages);
      assert_page_number (pdf, n_pages, n_pages);
      assert_present (pdf, today[lang (language)], "PDF");
      assert_present (pdf, confidential_source[lang (language)], "PDF");
      assert_present (pdf, "Çaracol", "PDF");

      /* The page header says "Confidential source" on every page; the
       * identity itself comes only after the confidential heading, which
       * starts a page of its own.
       */
      first_secret = strstr (pdf, "Lucía");
      g_assert_nonnull (first_secret);
      start = strstr (pdf, heading);
      g_assert_nonnull (start);
      g_assert_true (start < first_secret);
    }
}

static void
test_group (gconstpointer data)
{
  const char *language = data;
  g_autoptr(RelayCase) kase = make_group_case ();
  g_autoptr(RelayLetter) letter = new_letter (kase, language);
  g_autofree char *text = relay_letter_dup_text (letter);
  g_autofree char *subject = relay_letter_dup_subject (letter);
  g_autofree char *sections = sections_text (letter, FALSE);
  g_autofree char *pdf = NULL;
  const char *group_of[] = { "a group of 25 people", "un groupe de 25 personnes",
                             "un grupo de 25 personas" };
  const char *dates[] = { "20 January 2026", "20 janvier 2026", "20 de enero de 2026" };
  const char *months[] = { "February 2026", "février 2026", "febrero de 2026" };
  const char *country[] = { "Mexico", "Mexique", "México" };
  g_autofree char *victim_3 = _relay_letter_printf (lang (language), RELAY_LS_VICTIM_NUMBER, 3);
  guint n_pages;

  check_common (letter, language);

  assert_present (text, group_of[lang (language)], "text");
  assert_present (text, dates[lang (language)], "text");
  assert_present (text, months[lang (language)], "text");
  assert_present (subject, country[lang (language)], "subject");
  assert_present (text, country[lang (language)], "text");
  assert_present (text, victim_3, "text");
  assert_absent (text, "Sindicato", "text");
  assert_absent (text, "Ñandú", "text");

  pdf = pdf_text (letter, &n_pages);
  g_assert_cmpuint (n_pages, >, 1);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = name_of (i);
      g_autofree char *surname = surname_of (i);
      const char *outputs[] = { text, subject, sections, pdf };
      const char *where[] = { "text", "subject", "sections", "PDF" };

      assert_absent (subject, surname, "subject");

      for (guint o = 0; o < G_N_ELEMENTS (outputs); o++)
        {
          if (outputs[o] == NULL)
            continue;

          switch (visibility_of (i))
            {
            case SHOWN_FULL:
              if (o != 1)
                assert_present (outputs[o], surname, where[o]);
              break;

            case SHOWN_INITIALS:
              {
                g_autoptr(RelayVictim) victim =
                  g_list_model_get_item (G_LIST_MODEL (relay_case_get_victims (kase)), i);
                g_autofree char *initials = relay_victim_dup_initials (victim);

                assert_absent (outputs[o], surname, where[o]);
                if (o != 1)
                  assert_present (outputs[o], initials, where[o]);
              }
              break;

            case HIDDEN_NO:
            case HIDDEN_UNKNOWN:
            case HIDDEN_WITHDRAWN:
              assert_absent (outputs[o], name, where[o]);
              assert_absent (outputs[o], surname, where[o]);
              break;
            }
        }
    }

  if (pdf != NULL)
    {
      for (guint page = 1; page <= n_pages; page++)
        assert_page_number (pdf, page, n_pages);
      assert_present (pdf, "Ñusta", "PDF");
      assert_present (pdf, "Françoise", "PDF");
      assert_present (pdf, "Zoë", "PDF");
      assert_present (pdf, "Juárez", "PDF");
    }
}

static void
test_law_policy (gconstpointer data)
{
  const char *language = data;
  g_autoptr(RelayCase) kase = make_law_case ();
  g_autoptr(RelayLetter) letter = new_letter (kase, language);
  g_autofree char *text = relay_letter_dup_text (letter);
  g_autofree char *subject = relay_letter_dup_subject (letter);
  g_autoptr(GPtrArray) sections = relay_letter_dup_sections (letter);
  g_autofree char *pdf = NULL;
  const char *kind[] = { "Law or policy", "Loi ou politique", "Ley o política" };
  const char *country[] = { "Poland", "Pologne", "Polonia" };
  const char *month[] = { "June 2026", "juin 2026", "junio de 2026" };
  const char *sender[] = { "From: Lucía Fernández, Colectivo Çaracol",
                           "De : Lucía Fernández, Colectivo Çaracol",
                           "De: Lucía Fernández, Colectivo Çaracol" };
  const char *attachments[] = {
    "Attachments:\n- draft-law-2026.pdf: Unofficial English translation attached",
    "Pièces jointes :\n- draft-law-2026.pdf : Unofficial English translation attached",
    "Documentos adjuntos:\n- draft-law-2026.pdf: Unofficial English translation attached",
  };
  guint n_pages;

  check_common (letter, language);

  g_assert_true (g_str_has_prefix (subject, kind[lang (language)]));
  assert_present (subject, country[lang (language)], "subject");
  assert_present (text, month[lang (language)], "text");
  assert_present (text, _relay_letter_string (lang (language), RELAY_LS_NO_VICTIMS), "text");

  /* The attachment is listed with its translation note, in "What happened". */
  assert_present (text, attachments[lang (language)], "text");
  for (guint i = 0; i < sections->len; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (sections, i);
      gboolean listed = strstr (relay_letter_section_get_text (section),
                                "draft-law-2026.pdf") != NULL;

      g_assert_cmpint (listed, ==,
                       relay_letter_section_get_part (section) == RELAY_LETTER_PART_WHAT_HAPPENED);
    }

  /* The sender is not confidential: named in the header, and there is no
   * confidential part at all.
   */
  assert_present (text, sender[lang (language)], "text");
  assert_absent (text, _relay_letter_string (lang (language), RELAY_LS_HEADING_CONFIDENTIAL),
                 "text");
  g_assert_cmpuint (sections->len, ==, 10);

  pdf = pdf_text (letter, &n_pages);
  if (pdf != NULL)
    {
      assert_present (pdf, "Lucía Fernández", "PDF");
      assert_present (pdf, "Warszawa", "PDF");
      assert_present (pdf, "draft-law-2026.pdf", "PDF");
    }
}

static void
test_confidential_excluded (void)
{
  g_autoptr(RelayCase) kase = make_single_case ();

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(RelayLetter) letter = new_letter (kase, languages[l]);
      g_autofree char *text = NULL;
      g_autofree char *sections = NULL;
      g_autofree char *pdf = NULL;
      guint n_pages;

      g_assert_true (relay_letter_get_include_confidential (letter));
      relay_letter_set_include_confidential (letter, FALSE);
      text = relay_letter_dup_text (letter);
      sections = sections_text (letter, FALSE);

      assert_absent (text, _relay_letter_string (lang (languages[l]), RELAY_LS_HEADING_CONFIDENTIAL),
                     "text");
      assert_absent (text, _relay_letter_string (lang (languages[l]), RELAY_LS_HEADER_CONFIDENTIAL_NOTICE),
                     "text");
      assert_present (text, _relay_letter_string (lang (languages[l]), RELAY_LS_SENDER_CONFIDENTIAL),
                      "text");
      assert_absent (text, "Lucía", "text");
      assert_absent (text, "Contact the family", "text");
      assert_absent (sections, "Lucía", "sections");

      pdf = pdf_text (letter, &n_pages);
      if (pdf != NULL)
        {
          assert_absent (pdf, "Lucía", "PDF");
          assert_absent (pdf, "Çaracol", "PDF");
          assert_absent (pdf, "Contact the family", "PDF");
        }
    }
}

/* The name of a hidden victim is replaced whatever its case and accents. */
static void
test_redaction (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayLetter) letter = NULL;
  g_autofree char *text = NULL;

  add_victim (kase, "José Luis Pérez de la Cruz", RELAY_CONSENT_NO, RELAY_CONSENT_NO,
              RELAY_NAME_FORM_FULL);
  add_victim (kase, "Ana Pérez", RELAY_CONSENT_YES, RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL);
  add_victim (kase, "Jean-Pierre Dubois", RELAY_CONSENT_YES, RELAY_CONSENT_NO,
              RELAY_NAME_FORM_INITIALS);
  relay_case_set_what_happened (kase, "JOSE LUIS PEREZ DE LA CRUZ was taken. Luis cried; "
                                      "ana pérez saw it, and so did Dubois and Jean-Pierre. "
                                      "Cruzado and Joséphine were not there.");
  letter = new_letter (kase, "en");
  text = relay_letter_dup_text (letter);

  assert_absent (text, "JOSE", "text");
  assert_absent (text, "Luis", "text");
  assert_absent (text, "Dubois", "text");
  assert_absent (text, "Jean-Pierre", "text");
  assert_present (text, "Victim 1 was taken. Victim 1 cried", "text");
  assert_present (text, "so did J.-P. D. and J.-P. D. Cruzado", "text");
  /* Whole words only, and the family name a named victim shares stays. */
  assert_present (text, "Cruzado and Joséphine", "text");
  assert_present (text, "ana pérez saw it", "text");
  assert_present (text, "- Ana Pérez", "text");
}

/*
 * Checks
 */

static RelayCheckItem *
find_item (GPtrArray        *items,
           RelayLetterPart   part,
           RelayCheckStatus  status,
           const char       *fragment)
{
  for (guint i = 0; i < items->len; i++)
    {
      RelayCheckItem *item = g_ptr_array_index (items, i);

      if (relay_check_item_get_part (item) == part &&
          relay_check_item_get_status (item) == status &&
          (fragment == NULL || strstr (relay_check_item_get_message (item), fragment) != NULL))
        return item;
    }

  return NULL;
}

static void
dump_items (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      RelayCheckItem *item = g_ptr_array_index (items, i);

      g_test_message ("%u %d %d %s", relay_check_item_get_question (item),
                      relay_check_item_get_part (item), relay_check_item_get_status (item),
                      relay_check_item_get_message (item));
    }
}

static void
test_check_thin (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayLetter) letter = NULL;
  g_autoptr(GPtrArray) items = NULL;

  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_what_happened (kase, "He was arrested.");
  add_victim (kase, "Omar", RELAY_CONSENT_UNKNOWN, RELAY_CONSENT_UNKNOWN, RELAY_NAME_FORM_FULL);
  add_source (kase, RELAY_SOURCE_KIND_MEDIA, "A news site");

  letter = new_letter (kase, "fr");
  items = relay_letter_check (letter);
  dump_items (items);

  /* The nine questions, then the mandates, in order. */
  for (guint i = 0; i < 10; i++)
    {
      RelayCheckItem *item = g_ptr_array_index (items, i);

      g_assert_cmpint (relay_check_item_get_part (item), ==, i);
      g_assert_cmpuint (relay_check_item_get_question (item), ==, i < 9 ? i + 1 : 0);
      g_assert_cmpint (relay_check_item_get_status (item), !=, RELAY_CHECK_STATUS_WARNING);
      g_assert_cmpint (relay_check_item_get_status (item), !=, RELAY_CHECK_STATUS_ANSWERED);
    }

  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_MISSING, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_URGENCY, RELAY_CHECK_STATUS_MISSING,
                               "why action is needed now"));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_VICTIMS, RELAY_CHECK_STATUS_THIN, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_MISSING, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
                               "Omar: consent to be named is not recorded"));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_THIN,
                               "Say when and where it happened"));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_WARNING,
                               "only sources are media reports"));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_PERPETRATORS, RELAY_CHECK_STATUS_MISSING, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONTEXT, RELAY_CHECK_STATUS_MISSING, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_ACTION_TAKEN, RELAY_CHECK_STATUS_MISSING, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_ACTION_REQUESTED, RELAY_CHECK_STATUS_MISSING, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_MISSING, NULL));
  /* Omar may not be named, but the text does not name him. */
  g_assert_null (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
                            "Some texts name a victim"));

  /* An anonymous submission is not considered. */
  relay_letter_set_include_confidential (letter, FALSE);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = relay_letter_check (letter);
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_WARNING,
                               "anonymous"));
}

static void
test_check_complete (void)
{
  g_autoptr(RelayCase) kase = make_single_case ();
  g_autoptr(RelayLetter) letter = new_letter (kase, "es");
  g_autoptr(GPtrArray) items = relay_letter_check (letter);

  dump_items (items);

  for (guint i = 0; i < items->len; i++)
    g_assert_cmpint (relay_check_item_get_status (g_ptr_array_index (items, i)), ==,
                     RELAY_CHECK_STATUS_ANSWERED);

  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_ANSWERED,
                               "two consent statements"));
}

static void
test_check_group (void)
{
  g_autoptr(RelayCase) kase = make_group_case ();
  g_autoptr(RelayLetter) letter = new_letter (kase, "en");
  g_autoptr(GPtrArray) items = relay_letter_check (letter);
  g_autofree char *unknown = NULL;
  g_autofree char *withdrawn = NULL;

  dump_items (items);

  {
    g_autofree char *name3 = name_of (3);
    g_autofree char *name4 = name_of (4);

    unknown = g_strdup_printf ("%s: consent to be named is not recorded", name3);
    withdrawn = g_strdup_printf ("%s withdrew consent on 2026-02-01", name4);
  }

  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_THIN, NULL));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING, unknown));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING, withdrawn));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
                               "(what happened)"));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
                               "names are sent to the Government"));
  /* Witnesses and media: not media only. */
  g_assert_null (find_item (items, RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_WARNING,
                            NULL));
}

static void
test_check_disappearance (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayLetter) letter = NULL;
  g_autoptr(GPtrArray) items = NULL;
  const char * const *elements =
    relay_mandate_get_required_elements (relay_directory_lookup (directory, "wg-disappearances"),
                                         NULL);
  guint n_warnings = 0;

  g_assert_cmpuint (g_strv_length ((char **) elements), ==, 6);

  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_sender_confidential (kase, FALSE);
  relay_case_set_sender_relationship (kase, "Neighbour");
  add_victim (kase, "Rosa Ticona", RELAY_CONSENT_NO, RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL);
  add_incident (kase, "2025", RELAY_DATE_PRECISION_YEAR, "", "Taken away");
  add_mandate (kase, "wg-disappearances", RELAY_MANDATE_ROLE_LEAD);

  letter = new_letter (kase, "en");
  items = relay_letter_check (letter);
  dump_items (items);

  /* All six missing: no consent to name her, only a year, no place, no
   * forces, nothing done, no submitter.
   */
  for (guint i = 0; i < 6; i++)
    g_assert_nonnull (find_item (items, RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_WARNING,
                                 elements[i]));
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_WARNING,
                               "accepts information only from"));

  /* Now give all six. */
  g_list_store_remove_all (relay_case_get_victims (kase));
  g_list_store_remove_all (relay_case_get_incidents (kase));
  add_victim (kase, "Rosa Ticona", RELAY_CONSENT_YES, RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL);
  add_incident (kase, "2025-11", RELAY_DATE_PRECISION_MONTH, "El Alto", "Taken away");
  add_perpetrator (kase, "", "Soldiers", "Army");
  relay_case_set_action_taken (kase, "Her mother asked at every police station.");
  relay_case_set_sender_name (kase, "Ana Ticona");
  relay_case_set_sender_relationship (kase, "Her sister");

  g_clear_pointer (&items, g_ptr_array_unref);
  items = relay_letter_check (letter);
  dump_items (items);

  for (guint i = 0; i < items->len; i++)
    if (relay_check_item_get_part (g_ptr_array_index (items, i)) == RELAY_LETTER_PART_MANDATES &&
        relay_check_item_get_status (g_ptr_array_index (items, i)) == RELAY_CHECK_STATUS_WARNING)
      n_warnings++;
  g_assert_cmpuint (n_warnings, ==, 0);
  g_assert_null (find_item (items, RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_WARNING, NULL));

  /* One submission per disappeared person. */
  add_victim (kase, "Juan Ticona", RELAY_CONSENT_YES, RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = relay_letter_check (letter);
  g_assert_nonnull (find_item (items, RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_WARNING,
                               "one submission per disappeared person"));
}

static void
test_check_who_may_submit (void)
{
  struct { const char *relationship; gboolean accepted; } cases[] = {
    { "", FALSE },
    { "Journalist who covered the trial", FALSE },
    { "Neighbour", FALSE },
    { "Her lawyer", TRUE },
    { "Mère de la victime", TRUE },
    { "SOEUR", TRUE },
    { "Abogadas de la familia", TRUE },
    { "ONG qui la représente", TRUE },
    { "I am the victim", TRUE },
    { "Hermano", TRUE },
    { "Person", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RelayCase) kase = make_single_case ();
      g_autoptr(RelayLetter) letter = new_letter (kase, "en");
      g_autoptr(GPtrArray) items = NULL;
      RelayCheckItem *item;

      relay_case_set_sender_relationship (kase, cases[i].relationship);
      items = relay_letter_check (letter);
      item = find_item (items, RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_WARNING,
                        "Working Group on Arbitrary Detention");
      if (cases[i].accepted)
        g_assert_null (item);
      else
        g_assert_nonnull (item);
    }
}

/*
 * Errors and properties
 */

static void
test_pdf_errors (void)
{
  g_autoptr(RelayCase) kase = make_single_case ();
  g_autoptr(RelayLetter) letter = new_letter (kase, "en");
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent-relay-folder/letter.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_false (relay_letter_save_pdf (letter, missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Could not save"));
  g_clear_error (&error);

  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) full = g_file_new_for_path ("/dev/full");
      g_autoptr(GFileOutputStream) stream = g_file_append_to (full, G_FILE_CREATE_NONE, NULL, &error);

      g_assert_no_error (error);
      g_assert_false (relay_letter_write_pdf (letter, G_OUTPUT_STREAM (stream), NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_assert_cmpstr (error->message, ==,
                       "The disk is full. Free some space, then export the letter again.");
    }
}

static void
test_properties (void)
{
  g_autoptr(RelayCase) kase = make_law_case ();
  g_autoptr(RelayLetter) letter = NULL;
  g_autofree char *language = NULL;
  g_autofree char *subject_fr = NULL;
  g_autofree char *subject_en = NULL;
  gboolean include;

  relay_case_set_language (kase, "fr");
  letter = relay_letter_new (kase, NULL, NULL);
  g_assert_cmpstr (relay_letter_get_language (letter), ==, "fr");
  g_assert_true (relay_letter_get_case (letter) == kase);
  g_assert_null (relay_letter_get_directory (letter));
  g_assert_null (relay_letter_get_date (letter));

  /* Without a directory, mandates are named by their ids. */
  subject_fr = relay_letter_dup_subject (letter);
  assert_present (subject_fr, "wg-women-girls", "subject");

  relay_letter_set_language (letter, "de");
  g_object_get (letter, "language", &language, "include-confidential", &include, NULL);
  g_assert_cmpstr (language, ==, "en");
  g_assert_true (include);
  subject_en = relay_letter_dup_subject (letter);
  g_assert_true (g_str_has_prefix (subject_en, "Law or policy"));

  g_assert_cmpuint (relay_letter_part_get_question (RELAY_LETTER_PART_SENDER), ==, 1);
  g_assert_cmpuint (relay_letter_part_get_question (RELAY_LETTER_PART_ACTION_REQUESTED), ==, 9);
  g_assert_cmpuint (relay_letter_part_get_question (RELAY_LETTER_PART_MANDATES), ==, 0);
  g_assert_cmpstr (relay_enum_to_nick (RELAY_TYPE_LETTER_PART, RELAY_LETTER_PART_WHAT_HAPPENED),
                   ==, "what-happened");
}

/* The text export holds the subject and the letter, and the case's
 * timeline records each export. */
static void
test_export_text (void)
{
  g_autoptr(RelayCase) kase = make_single_case ();
  g_autoptr(RelayLetter) letter = relay_letter_new (kase, directory, "es");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-letter-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *subject = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) nowhere = NULL;
  g_autoptr(RelayTimelineEntry) entry = NULL;
  GListModel *timeline = G_LIST_MODEL (relay_case_get_timeline (kase));

  g_assert_no_error (error);
  path = g_build_filename (dir, "carta.txt", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (relay_letter_save_text (letter, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  subject = relay_letter_dup_subject (letter);
  g_assert_true (g_str_has_prefix (contents, subject));
  g_assert_nonnull (strstr (contents, "María José Pérez Ñuñez"));

  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 0);
  relay_letter_record_export (letter, file);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
  entry = g_list_model_get_item (timeline, 0);
  g_assert_cmpint (relay_timeline_entry_get_kind (entry), ==, RELAY_TIMELINE_KIND_NOTE);
  g_assert_nonnull (strstr (relay_timeline_entry_get_note (entry), "carta.txt"));
  g_assert_cmpuint (strlen (relay_timeline_entry_get_date (entry)), ==, 10);

  /* A folder that does not exist: a clear error, no timeline entry. */
  nowhere = g_file_new_build_filename (dir, "missing", "carta.txt", NULL);
  g_assert_false (relay_letter_save_text (letter, nowhere, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "carta.txt"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "mandates.json", NULL);
  file = g_file_new_for_path (path);
  directory = relay_directory_new ();
  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);

  g_test_add_func ("/letter/strings/complete", test_strings_complete);
  g_test_add_func ("/letter/strings/dates", test_strings_dates);
  g_test_add_func ("/letter/strings/countries", test_strings_countries);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *single = g_strdup_printf ("/letter/single/%s", languages[i]);
      g_autofree char *group = g_strdup_printf ("/letter/group-of-40/%s", languages[i]);
      g_autofree char *law = g_strdup_printf ("/letter/law-policy/%s", languages[i]);

      g_test_add_data_func (single, languages[i], test_single);
      g_test_add_data_func (group, languages[i], test_group);
      g_test_add_data_func (law, languages[i], test_law_policy);
    }

  g_test_add_func ("/letter/confidential-excluded", test_confidential_excluded);
  g_test_add_func ("/letter/redaction", test_redaction);
  g_test_add_func ("/letter/check/thin", test_check_thin);
  g_test_add_func ("/letter/check/complete", test_check_complete);
  g_test_add_func ("/letter/check/group", test_check_group);
  g_test_add_func ("/letter/check/disappearance", test_check_disappearance);
  g_test_add_func ("/letter/check/who-may-submit", test_check_who_may_submit);
  g_test_add_func ("/letter/pdf/errors", test_pdf_errors);
  g_test_add_func ("/letter/properties", test_properties);
  g_test_add_func ("/letter/export/text", test_export_text);

  ret = g_test_run ();

  g_clear_object (&directory);

  /* Fontconfig, pango and cairo keep their caches for the life of the
   * process; free them so that LeakSanitizer reports only our leaks.
   */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();

  return ret;
}
