/* relay-letter-strings.c
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
#include "relay-core-private.h"

/* The letter's own words, in English, French and Spanish. A letter is
 * written in the language the experts read, whatever the language of the
 * user interface, so these do not go through gettext. The three languages
 * of a row must have the same printf conversions in the same order
 * (test-letter.c checks it).
 */

typedef struct
{
  const char *text[RELAY_N_LANGUAGES];
} Row;

#define ROW(id, en, fr, es) [id] = { { en, fr, es } }

static const Row rows[RELAY_LS_N_STRINGS] = {
  ROW (RELAY_LS_SUBJECT_URGENT_APPEAL, "URGENT APPEAL", "APPEL URGENT", "LLAMAMIENTO URGENTE"),
  ROW (RELAY_LS_SUBJECT_ALLEGATION, "Allegation letter", "Lettre d’allégation", "Carta de alegación"),
  ROW (RELAY_LS_SUBJECT_LAW_POLICY, "Law or policy", "Loi ou politique", "Ley o política"),
  ROW (RELAY_LS_SUBJECT_REPRISAL, "Reprisal", "Représailles", "Represalias"),
  ROW (RELAY_LS_SUBJECT_URGENT, "URGENT", "URGENT", "URGENTE"),
  ROW (RELAY_LS_SUBJECT_MORE_MANDATES, "and %u more", "et %u autres", "y %u más"),
  ROW (RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR, "SR", "RS", "RE"),
  ROW (RELAY_LS_ABBREV_INDEPENDENT_EXPERT, "IE", "EI", "EI"),
  ROW (RELAY_LS_ABBREV_WORKING_GROUP, "WG", "GT", "GT"),

  ROW (RELAY_LS_HEADER_TO,
       "To: the Special Procedures of the United Nations Human Rights Council (OHCHR)",
       "À : les procédures spéciales du Conseil des droits de l’homme des Nations Unies (HCDH)",
       "A: los procedimientos especiales del Consejo de Derechos Humanos de las Naciones Unidas (ACNUDH)"),
  ROW (RELAY_LS_HEADER_FROM, "From: %s", "De : %s", "De: %s"),
  ROW (RELAY_LS_HEADER_DATE, "Date: %s", "Date : %s", "Fecha: %s"),
  /* The letter's file name when it is attached to an e-mail. */
  ROW (RELAY_LS_PDF_FILE_NAME, "submission-%s.pdf", "soumission-%s.pdf", "comunicacion-%s.pdf"),
  ROW (RELAY_LS_HEADER_SUBJECT, "Subject: %s", "Objet : %s", "Asunto: %s"),
  ROW (RELAY_LS_HEADER_COUNTRY, "Country: %s", "Pays : %s", "País: %s"),
  ROW (RELAY_LS_HEADER_CONFIDENTIAL_SOURCE,
       "a source whose identity is confidential",
       "une source dont l’identité est confidentielle",
       "una fuente cuya identidad es confidencial"),
  ROW (RELAY_LS_HEADER_INTRO,
       "We submit the following information for the consideration of the Special Procedures. It follows the questions of the online questionnaire.",
       "Nous soumettons les informations suivantes à l’examen des procédures spéciales. Elles suivent les questions du questionnaire en ligne.",
       "Sometemos la siguiente información a la consideración de los procedimientos especiales. Sigue las preguntas del cuestionario en línea."),
  ROW (RELAY_LS_HEADER_CONFIDENTIAL_NOTICE,
       "The last part of this submission is confidential and must not be transmitted to the Government.",
       "La dernière partie de cette communication est confidentielle et ne doit pas être transmise au Gouvernement.",
       "La última parte de esta comunicación es confidencial y no debe transmitirse al Gobierno."),
  ROW (RELAY_LS_PDF_CONFIDENTIAL_SOURCE, "Confidential source", "Source confidentielle", "Fuente confidencial"),
  ROW (RELAY_LS_PDF_PAGE, "%u / %u", "%u / %u", "%u / %u"),

  ROW (RELAY_LS_HEADING_SENDER, "1. Who is sending the information",
       "1. Qui envoie les informations", "1. Quién envía la información"),
  ROW (RELAY_LS_HEADING_URGENCY, "2. Is the situation urgent?",
       "2. La situation est-elle urgente ?", "2. ¿Es urgente la situación?"),
  ROW (RELAY_LS_HEADING_VICTIMS, "3. Victims", "3. Victimes", "3. Víctimas"),
  ROW (RELAY_LS_HEADING_CONSENT, "4. Consent", "4. Consentement", "4. Consentimiento"),
  ROW (RELAY_LS_HEADING_WHAT_HAPPENED, "5. What happened", "5. Les faits", "5. Los hechos"),
  ROW (RELAY_LS_HEADING_PERPETRATORS, "6. Alleged perpetrators",
       "6. Auteurs présumés", "6. Presuntos responsables"),
  ROW (RELAY_LS_HEADING_CONTEXT, "7. Context and legal framework",
       "7. Contexte et cadre juridique", "7. Contexto y marco jurídico"),
  ROW (RELAY_LS_HEADING_ACTION_TAKEN, "8. Action already taken",
       "8. Démarches déjà entreprises", "8. Medidas ya adoptadas"),
  ROW (RELAY_LS_HEADING_ACTION_REQUESTED, "9. Action requested of the Special Procedures",
       "9. Action demandée aux procédures spéciales",
       "9. Medidas solicitadas a los procedimientos especiales"),
  ROW (RELAY_LS_HEADING_MANDATES, "10. Mandates addressed", "10. Mandats saisis",
       "10. Mandatos a los que se dirige"),
  ROW (RELAY_LS_HEADING_CONFIDENTIAL,
       "Confidential — not to be transmitted to the Government",
       "Confidentiel — ne pas transmettre au Gouvernement",
       "Confidencial — no debe transmitirse al Gobierno"),

  ROW (RELAY_LS_LABEL_VALUE, "%s: %s", "%s : %s", "%s: %s"),
  ROW (RELAY_LS_LIST_SEPARATOR, "; ", " ; ", "; "),
  ROW (RELAY_LS_NOT_GIVEN, "Not given.", "Non précisé.", "No se indica."),
  ROW (RELAY_LS_YES, "yes", "oui", "sí"),
  ROW (RELAY_LS_NO, "no", "non", "no"),
  ROW (RELAY_LS_NOT_RECORDED, "no (consent not recorded)", "non (consentement non recueilli)",
       "no (consentimiento no registrado)"),

  ROW (RELAY_LS_SENDER_NAME, "Name", "Nom", "Nombre"),
  ROW (RELAY_LS_SENDER_ORGANISATION, "Organisation", "Organisation", "Organización"),
  ROW (RELAY_LS_SENDER_EMAIL, "E-mail", "Courriel", "Correo electrónico"),
  ROW (RELAY_LS_SENDER_PHONE, "Telephone", "Téléphone", "Teléfono"),
  ROW (RELAY_LS_SENDER_ADDRESS, "Address", "Adresse", "Dirección"),
  ROW (RELAY_LS_SENDER_RELATIONSHIP, "Relationship to the victims", "Lien avec les victimes",
       "Relación con las víctimas"),
  ROW (RELAY_LS_SENDER_CONFIDENTIAL,
       "The identity of the source is confidential.",
       "L’identité de la source est confidentielle.",
       "La identidad de la fuente es confidencial."),
  ROW (RELAY_LS_SENDER_CONFIDENTIAL_SEE_BELOW,
       "The identity of the source is confidential. It is given in the confidential part at the end of this submission.",
       "L’identité de la source est confidentielle. Elle figure dans la partie confidentielle à la fin de cette communication.",
       "La identidad de la fuente es confidencial. Figura en la parte confidencial al final de esta comunicación."),

  ROW (RELAY_LS_KIND_URGENT_APPEAL,
       "Urgent appeal: the violations are ongoing or about to happen.",
       "Appel urgent : les violations sont en cours ou sur le point de se produire.",
       "Llamamiento urgente: las violaciones están en curso o a punto de producirse."),
  ROW (RELAY_LS_KIND_ALLEGATION,
       "Allegation letter: the violations have already happened.",
       "Lettre d’allégation : les violations ont déjà eu lieu.",
       "Carta de alegación: las violaciones ya se han producido."),
  ROW (RELAY_LS_KIND_LAW_POLICY,
       "Law or policy: the submission concerns an existing or proposed law or policy.",
       "Loi ou politique : la communication porte sur une loi ou une politique, en vigueur ou en projet.",
       "Ley o política: la comunicación se refiere a una ley o una política, vigente o en proyecto."),
  ROW (RELAY_LS_KIND_REPRISAL,
       "Reprisal: the violations are connected to cooperation with the United Nations.",
       "Représailles : les violations sont liées à une coopération avec l’Organisation des Nations Unies.",
       "Represalias: las violaciones están relacionadas con la cooperación con las Naciones Unidas."),
  ROW (RELAY_LS_URGENT_YES, "The situation is urgent.", "La situation est urgente.",
       "La situación es urgente."),
  ROW (RELAY_LS_URGENT_NO, "The situation is not urgent.", "La situation n’est pas urgente.",
       "La situación no es urgente."),
  ROW (RELAY_LS_WHY_NOW, "Why now", "Pourquoi maintenant", "Por qué ahora"),

  ROW (RELAY_LS_VICTIM_NUMBER, "Victim %u", "Victime %u", "Víctima %u"),
  ROW (RELAY_LS_GROUP_OF, "a group of %u people", "un groupe de %u personnes",
       "un grupo de %u personas"),
  ROW (RELAY_LS_GROUP, "a group", "un groupe", "un grupo"),
  ROW (RELAY_LS_AGE, "%d years old", "%d ans", "%d años"),
  ROW (RELAY_LS_GENDER, "gender", "genre", "género"),
  ROW (RELAY_LS_ORIGIN, "origin", "origine", "origen"),
  ROW (RELAY_LS_RESIDENCE, "residence", "résidence", "residencia"),
  ROW (RELAY_LS_GROUP_NAME, "group or organisation", "groupe ou organisation",
       "grupo u organización"),
  ROW (RELAY_LS_NO_VICTIMS, "No individual victims are named in this submission.",
       "Aucune victime individuelle n’est mentionnée dans cette communication.",
       "Esta comunicación no menciona víctimas individuales."),
  ROW (RELAY_LS_UNNAMED_NOTE,
       "Victims who have not agreed to be named are identified only by a number or by their initials.",
       "Les victimes qui n’ont pas accepté d’être nommées sont désignées uniquement par un numéro ou par leurs initiales.",
       "Las víctimas que no han aceptado ser nombradas se identifican solo por un número o por sus iniciales."),

  ROW (RELAY_LS_CONSENT_LINE,
       "%s: the name may be sent to the Government: %s; the name may appear in public reports: %s.",
       "%s : le nom peut être communiqué au Gouvernement : %s ; le nom peut figurer dans les rapports publics : %s.",
       "%s: el nombre puede comunicarse al Gobierno: %s; el nombre puede figurar en los informes públicos: %s."),
  ROW (RELAY_LS_CONSENT_GIVEN_BY, "Consent was given by %s.", "Le consentement a été donné par %s.",
       "El consentimiento fue dado por %s."),
  ROW (RELAY_LS_GIVER_VICTIM, "the victim", "la victime", "la víctima"),
  ROW (RELAY_LS_GIVER_FAMILY, "the family", "la famille", "la familia"),
  ROW (RELAY_LS_GIVER_LAWYER, "their lawyer", "son avocat ou son avocate", "su abogado o abogada"),
  ROW (RELAY_LS_GIVER_REPRESENTATIVE, "a representative", "un représentant ou une représentante",
       "un representante o una representante"),
  ROW (RELAY_LS_CONSENT_WRITTEN, "Consent was given in writing.",
       "Le consentement a été donné par écrit.", "El consentimiento se dio por escrito."),
  ROW (RELAY_LS_CONSENT_ORAL, "Consent was given orally.", "Le consentement a été donné oralement.",
       "El consentimiento se dio verbalmente."),
  ROW (RELAY_LS_CONSENT_WITHDRAWN, "Consent to be named has been withdrawn.",
       "Le consentement à être nommé a été retiré.",
       "Se ha retirado el consentimiento para ser nombrado."),
  ROW (RELAY_LS_STATEMENTS_INTRO, "Consent statements requested by the %s:",
       "Déclarations de consentement demandées par le %s :",
       "Declaraciones de consentimiento solicitadas por el %s:"),
  ROW (RELAY_LS_STATEMENT_ANSWER, "Answer: %s", "Réponse : %s", "Respuesta: %s"),
  ROW (RELAY_LS_ANSWER_PARTLY,
       "yes for the victims named in this submission, no for the others",
       "oui pour les victimes nommées dans cette communication, non pour les autres",
       "sí para las víctimas nombradas en esta comunicación, no para las demás"),

  ROW (RELAY_LS_INCIDENTS, "Dates and places:", "Dates et lieux :", "Fechas y lugares:"),
  ROW (RELAY_LS_SOURCES, "Sources of the information:", "Sources des informations :",
       "Fuentes de la información:"),
  ROW (RELAY_LS_SOURCE_FIRST_HAND, "first-hand account", "témoignage direct", "testimonio directo"),
  ROW (RELAY_LS_SOURCE_WITNESS, "witness", "témoin", "testigo"),
  ROW (RELAY_LS_SOURCE_DOCUMENT, "document", "document", "documento"),
  ROW (RELAY_LS_SOURCE_MEDIA, "media report", "article de presse", "noticia de prensa"),
  ROW (RELAY_LS_SOURCE_OTHER, "other source", "autre source", "otra fuente"),
  ROW (RELAY_LS_ATTACHMENTS, "Attachments:", "Pièces jointes :", "Documentos adjuntos:"),
  ROW (RELAY_LS_DATE_UNKNOWN, "date unknown", "date inconnue", "fecha desconocida"),
  ROW (RELAY_LS_DATE_DAY, "%d %s %d", "%d %s %d", "%d de %s de %d"),
  ROW (RELAY_LS_DATE_FIRST_DAY, "%d %s %d", "%der %s %d", "%d de %s de %d"),
  ROW (RELAY_LS_DATE_MONTH, "%s %d", "%s %d", "%s de %d"),
  ROW (RELAY_LS_DATE_AROUND_DAY, "around %s", "vers le %s", "hacia el %s"),
  ROW (RELAY_LS_DATE_AROUND, "around %s", "vers %s", "hacia %s"),
  ROW (RELAY_LS_MONTH_1, "January", "janvier", "enero"),
  ROW (RELAY_LS_MONTH_2, "February", "février", "febrero"),
  ROW (RELAY_LS_MONTH_3, "March", "mars", "marzo"),
  ROW (RELAY_LS_MONTH_4, "April", "avril", "abril"),
  ROW (RELAY_LS_MONTH_5, "May", "mai", "mayo"),
  ROW (RELAY_LS_MONTH_6, "June", "juin", "junio"),
  ROW (RELAY_LS_MONTH_7, "July", "juillet", "julio"),
  ROW (RELAY_LS_MONTH_8, "August", "août", "agosto"),
  ROW (RELAY_LS_MONTH_9, "September", "septembre", "septiembre"),
  ROW (RELAY_LS_MONTH_10, "October", "octobre", "octubre"),
  ROW (RELAY_LS_MONTH_11, "November", "novembre", "noviembre"),
  ROW (RELAY_LS_MONTH_12, "December", "décembre", "diciembre"),

  ROW (RELAY_LS_PERPETRATOR_UNNAMED, "Name not known", "Nom inconnu", "Nombre desconocido"),
  ROW (RELAY_LS_PERPETRATOR_MOTIVE, "Possible motive", "Mobile possible", "Posible motivo"),
  ROW (RELAY_LS_NO_PERPETRATORS, "The perpetrators are not known.",
       "Les auteurs ne sont pas connus.", "No se conoce a los responsables."),

  ROW (RELAY_LS_PRESS_RELEASE_YES, "We ask the experts to consider a press release.",
       "Nous demandons aux experts d’envisager un communiqué de presse.",
       "Solicitamos a los expertos que consideren un comunicado de prensa."),
  ROW (RELAY_LS_PRESS_RELEASE_WHY, "Why", "Pourquoi", "Motivo"),
  ROW (RELAY_LS_PRESS_RELEASE_NO, "We do not ask for a press release at this stage.",
       "Nous ne demandons pas de communiqué de presse à ce stade.",
       "No solicitamos un comunicado de prensa por el momento."),

  ROW (RELAY_LS_MANDATES_INTRO, "Mandates to which this submission is addressed:",
       "Mandats auxquels cette communication est adressée :",
       "Mandatos a los que se dirige esta comunicación:"),
  ROW (RELAY_LS_ROLE_LEAD, "lead mandate", "mandat principal", "mandato principal"),
  ROW (RELAY_LS_ROLE_JOINT, "joint action", "action conjointe", "acción conjunta"),
  ROW (RELAY_LS_JOINT_ACTION, "Why joint action matters", "Pourquoi une action conjointe",
       "Por qué una acción conjunta"),
  ROW (RELAY_LS_NO_MANDATES,
       "No mandate was chosen: we ask OHCHR to direct this submission to the relevant mandates.",
       "Aucun mandat n’a été choisi : nous demandons au HCDH de transmettre cette communication aux mandats compétents.",
       "No se ha elegido ningún mandato: solicitamos al ACNUDH que remita esta comunicación a los mandatos pertinentes."),

  ROW (RELAY_LS_CONFIDENTIAL_SOURCE, "Identity of the source:", "Identité de la source :",
       "Identidad de la fuente:"),
  ROW (RELAY_LS_CONFIDENTIAL_NOTE, "Other confidential information:",
       "Autres informations confidentielles :", "Otra información confidencial:"),
};

#undef ROW

/**
 * _relay_letter_string:
 * @language: the letter's language
 * @id: which string
 *
 * Returns: (nullable): the fixed string @id in @language; %NULL only when
 *   the table has a hole, which the tests catch
 */
const char *
_relay_letter_string (RelayLanguage     language,
                      RelayLetterString id)
{
  g_return_val_if_fail ((guint) language < RELAY_N_LANGUAGES, NULL);
  g_return_val_if_fail ((guint) id < RELAY_LS_N_STRINGS, NULL);

  return rows[id].text[language];
}

/**
 * _relay_letter_printf:
 * @language: the letter's language
 * @id: a string of the table with printf conversions
 * @...: the arguments of those conversions
 *
 * Returns: (transfer full): the formatted string
 */
char *
_relay_letter_printf (RelayLanguage     language,
                      RelayLetterString id,
                      ...)
{
  va_list args;
  char *text;

  va_start (args, id);
  /* The formats are our own constant table, checked by the tests. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  text = g_strdup_vprintf (_relay_letter_string (language, id), args);
#pragma GCC diagnostic pop
  va_end (args);

  return text;
}

/*
 * Dates
 */

static const char *
month_name (RelayLanguage language,
            int           month)
{
  g_assert (month >= 1 && month <= 12);

  return _relay_letter_string (language, RELAY_LS_MONTH_1 + (month - 1));
}

/* Formats year, month and day, no more precisely than precision; month and
 * day are 0 when unknown.
 */
static char *
format_ymd (RelayLanguage      language,
            int                year,
            int                month,
            int                day,
            RelayDatePrecision precision)
{
  if (precision == RELAY_DATE_PRECISION_DAY && day > 0 && month > 0)
    {
      RelayLetterString id = day == 1 ? RELAY_LS_DATE_FIRST_DAY : RELAY_LS_DATE_DAY;

      return _relay_letter_printf (language, id, day, month_name (language, month), year);
    }

  if (precision <= RELAY_DATE_PRECISION_MONTH && month > 0)
    {
      return _relay_letter_printf (language, RELAY_LS_DATE_MONTH,
                                   month_name (language, month), year);
    }

  return g_strdup_printf ("%d", year);
}

/**
 * _relay_letter_format_date:
 * @language: the letter's language
 * @precision: how precise @date is
 * @date: (nullable): "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 *
 * Like relay_date_precision_format_date(), but in the letter's language
 * whatever the locale of the process: "14 March 2026", "14 mars 2026",
 * "14 de marzo de 2026".
 *
 * Returns: (transfer full): the label
 */
char *
_relay_letter_format_date (RelayLanguage      language,
                           RelayDatePrecision precision,
                           const char        *date)
{
  g_autofree char *stripped = NULL;
  g_autofree char *label = NULL;
  RelayDatePrecision available;
  int year, month, day;

  stripped = g_strstrip (g_strdup (date != NULL ? date : ""));

  if (*stripped == '\0')
    return g_strdup (_relay_letter_string (language, RELAY_LS_DATE_UNKNOWN));

  /* Whatever the user typed stays visible rather than disappear. */
  if (!_relay_parse_date (stripped, &year, &month, &day))
    return g_steal_pointer (&stripped);

  if (day != 0)
    available = RELAY_DATE_PRECISION_DAY;
  else if (month != 0)
    available = RELAY_DATE_PRECISION_MONTH;
  else
    available = RELAY_DATE_PRECISION_YEAR;

  if (precision == RELAY_DATE_PRECISION_APPROXIMATE)
    {
      RelayLetterString around;

      label = format_ymd (language, year, month, day, available);
      around = available == RELAY_DATE_PRECISION_DAY ? RELAY_LS_DATE_AROUND_DAY
                                                     : RELAY_LS_DATE_AROUND;
      return _relay_letter_printf (language, around, label);
    }

  return format_ymd (language, year, month, day, MAX (precision, available));
}

/**
 * _relay_letter_format_today:
 * @language: the letter's language
 * @date: the date of the letter
 *
 * Returns: (transfer full): @date as a full date in @language
 */
char *
_relay_letter_format_today (RelayLanguage  language,
                            GDateTime     *date)
{
  int year, month, day;

  g_assert (date != NULL);

  g_date_time_get_ymd (date, &year, &month, &day);

  return format_ymd (language, year, month, day, RELAY_DATE_PRECISION_DAY);
}

/*
 * Country names in the letter's language
 *
 * relay_country_get_name() follows the user interface through gettext.
 * Switching LANGUAGE to get another language is not thread-safe, and the
 * letter may be rendered on a worker, so we read the iso-codes catalogues
 * (the .mo files) ourselves: a GNU .mo file is a header and two tables of
 * (length, offset) pairs, simple to read safely. When a catalogue is
 * missing, the English name is used (relay-format.c loads those); when
 * iso-codes is missing, the code.
 */

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swap)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);

  return swap ? GUINT32_SWAP_LE_BE (value) : value;
}

/* Reads every (msgid, msgstr) pair of a .mo file into a table. */
static GHashTable *
load_catalogue (const char *path)
{
  g_autoptr(GMappedFile) file = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const guint8 *data;
  gsize size;
  gboolean swap;
  guint32 n, originals, translations;

  file = g_mapped_file_new (path, FALSE, NULL);
  if (file == NULL)
    return table;

  data = (const guint8 *) g_mapped_file_get_contents (file);
  size = g_mapped_file_get_length (file);

  if (size < 20)
    return table;

  if (read_u32 (data, 0, FALSE) == 0x950412de)
    swap = FALSE;
  else if (read_u32 (data, 0, TRUE) == 0x950412de)
    swap = TRUE;
  else
    return table;

  n = read_u32 (data, 8, swap);
  originals = read_u32 (data, 12, swap);
  translations = read_u32 (data, 16, swap);

  if (originals > size || translations > size ||
      (gsize) n > (size - originals) / 8 || (gsize) n > (size - translations) / 8)
    return table;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len = read_u32 (data, originals + 8 * i, swap);
      guint32 id_off = read_u32 (data, originals + 8 * i + 4, swap);
      guint32 str_len = read_u32 (data, translations + 8 * i, swap);
      guint32 str_off = read_u32 (data, translations + 8 * i + 4, swap);

      if (id_off > size || id_len > size - id_off ||
          str_off > size || str_len > size - str_off || id_len == 0)
        continue;

      /* Plural entries hold several NUL-separated strings: the first is
       * the one we want, and strndup stops at the first NUL.
       */
      g_hash_table_insert (table,
                           g_strndup ((const char *) data + id_off, id_len),
                           g_strndup ((const char *) data + str_off, str_len));
    }

  return table;
}

static GHashTable *
load_translations (RelayLanguage language)
{
  static const char * const dirs[] = { "/app/share/locale", "/usr/share/locale" };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], _relay_language_codes[language],
                                                "LC_MESSAGES", "iso_3166-1.mo", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return load_catalogue (path);
    }

  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * _relay_letter_country_name:
 * @language: the letter's language
 * @code: (nullable): an ISO 3166-1 alpha-2 code
 *
 * Thread-safe: the tables are loaded once and never change.
 *
 * Returns: the country's name in @language, else in English, else @code
 *   when it has the shape of a code (two capital letters); "" for %NULL and
 *   for anything else, which is text that was never a code and must not
 *   reach the letter (the subject holds nothing the user wrote)
 */
const char *
_relay_letter_country_name (RelayLanguage  language,
                            const char    *code)
{
  static GHashTable *translated[RELAY_N_LANGUAGES];
  const char *name;
  const char *translation;

  g_return_val_if_fail ((guint) language < RELAY_N_LANGUAGES, "");

  if (code == NULL || *code == '\0')
    return "";

  name = _relay_country_get_english_name (code);
  if (name == NULL)
    return strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]) ? code : "";

  if (language == RELAY_LANGUAGE_EN)
    return name;

  if (g_once_init_enter (&translated[language]))
    g_once_init_leave (&translated[language], load_translations (language));

  translation = g_hash_table_lookup (translated[language], name);

  return translation != NULL && *translation != '\0' ? translation : name;
}

/**
 * _relay_letter_short_title:
 * @language: the language of @title
 * @title: a mandate's title in @language
 *
 * Abbreviates the kind of mandate, as OHCHR does in its own documents:
 * "Special Rapporteur on torture…" gives "SR on torture…".
 *
 * Returns: (transfer full): the short title
 */
char *
_relay_letter_short_title (RelayLanguage  language,
                           const char    *title)
{
  static const struct {
    RelayLanguage     language;
    const char       *prefix;
    RelayLetterString abbreviation;
  } prefixes[] = {
    { RELAY_LANGUAGE_EN, "Special Rapporteur", RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR },
    { RELAY_LANGUAGE_EN, "Independent Expert", RELAY_LS_ABBREV_INDEPENDENT_EXPERT },
    { RELAY_LANGUAGE_EN, "Working Group", RELAY_LS_ABBREV_WORKING_GROUP },
    { RELAY_LANGUAGE_FR, "Rapporteur spécial", RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR },
    { RELAY_LANGUAGE_FR, "Rapporteuse spéciale", RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR },
    { RELAY_LANGUAGE_FR, "Expert indépendant", RELAY_LS_ABBREV_INDEPENDENT_EXPERT },
    { RELAY_LANGUAGE_FR, "Experte indépendante", RELAY_LS_ABBREV_INDEPENDENT_EXPERT },
    { RELAY_LANGUAGE_FR, "Groupe de travail", RELAY_LS_ABBREV_WORKING_GROUP },
    { RELAY_LANGUAGE_ES, "Relator Especial", RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR },
    { RELAY_LANGUAGE_ES, "Relatora Especial", RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR },
    { RELAY_LANGUAGE_ES, "Experto Independiente", RELAY_LS_ABBREV_INDEPENDENT_EXPERT },
    { RELAY_LANGUAGE_ES, "Experta Independiente", RELAY_LS_ABBREV_INDEPENDENT_EXPERT },
    { RELAY_LANGUAGE_ES, "Grupo de Trabajo", RELAY_LS_ABBREV_WORKING_GROUP },
  };

  g_return_val_if_fail (title != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize len = strlen (prefixes[i].prefix);

      if (prefixes[i].language == language &&
          g_ascii_strncasecmp (title, prefixes[i].prefix, len) == 0 &&
          (title[len] == ' ' || title[len] == '\0'))
        return g_strconcat (_relay_letter_string (language, prefixes[i].abbreviation),
                            title + len, NULL);
    }

  return g_strdup (title);
}
