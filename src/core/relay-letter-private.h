/* relay-letter-private.h
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

#pragma once

#include "relay-letter.h"
#include "relay-mandate-private.h"

G_BEGIN_DECLS

/* The fixed strings of a letter. They are in the letter's language, which
 * is independent of the language of the user interface, so they come from
 * a table (relay-letter-strings.c) and not from gettext.
 */
typedef enum
{
  /* Subject line */
  RELAY_LS_SUBJECT_URGENT_APPEAL,
  RELAY_LS_SUBJECT_ALLEGATION,
  RELAY_LS_SUBJECT_LAW_POLICY,
  RELAY_LS_SUBJECT_REPRISAL,
  RELAY_LS_SUBJECT_URGENT,
  RELAY_LS_SUBJECT_MORE_MANDATES,
  RELAY_LS_ABBREV_SPECIAL_RAPPORTEUR,
  RELAY_LS_ABBREV_INDEPENDENT_EXPERT,
  RELAY_LS_ABBREV_WORKING_GROUP,

  /* Header */
  RELAY_LS_HEADER_TO,
  RELAY_LS_HEADER_FROM,
  RELAY_LS_HEADER_DATE,
  RELAY_LS_PDF_FILE_NAME,
  RELAY_LS_HEADER_SUBJECT,
  RELAY_LS_HEADER_COUNTRY,
  RELAY_LS_HEADER_CONFIDENTIAL_SOURCE,
  RELAY_LS_HEADER_INTRO,
  RELAY_LS_HEADER_CONFIDENTIAL_NOTICE,
  RELAY_LS_PDF_CONFIDENTIAL_SOURCE,
  RELAY_LS_PDF_PAGE,

  /* Headings, in the order of RelayLetterPart */
  RELAY_LS_HEADING_SENDER,
  RELAY_LS_HEADING_URGENCY,
  RELAY_LS_HEADING_VICTIMS,
  RELAY_LS_HEADING_CONSENT,
  RELAY_LS_HEADING_WHAT_HAPPENED,
  RELAY_LS_HEADING_PERPETRATORS,
  RELAY_LS_HEADING_CONTEXT,
  RELAY_LS_HEADING_ACTION_TAKEN,
  RELAY_LS_HEADING_ACTION_REQUESTED,
  RELAY_LS_HEADING_MANDATES,
  RELAY_LS_HEADING_CONFIDENTIAL,

  /* Generic */
  RELAY_LS_LABEL_VALUE,
  RELAY_LS_LIST_SEPARATOR,
  RELAY_LS_NOT_GIVEN,
  RELAY_LS_YES,
  RELAY_LS_NO,
  RELAY_LS_NOT_RECORDED,

  /* Sender */
  RELAY_LS_SENDER_NAME,
  RELAY_LS_SENDER_ORGANISATION,
  RELAY_LS_SENDER_EMAIL,
  RELAY_LS_SENDER_PHONE,
  RELAY_LS_SENDER_ADDRESS,
  RELAY_LS_SENDER_RELATIONSHIP,
  RELAY_LS_SENDER_CONFIDENTIAL,
  RELAY_LS_SENDER_CONFIDENTIAL_SEE_BELOW,

  /* Urgency */
  RELAY_LS_KIND_URGENT_APPEAL,
  RELAY_LS_KIND_ALLEGATION,
  RELAY_LS_KIND_LAW_POLICY,
  RELAY_LS_KIND_REPRISAL,
  RELAY_LS_URGENT_YES,
  RELAY_LS_URGENT_NO,
  RELAY_LS_WHY_NOW,

  /* Victims */
  RELAY_LS_VICTIM_NUMBER,
  RELAY_LS_GROUP_OF,
  RELAY_LS_GROUP,
  RELAY_LS_AGE,
  RELAY_LS_GENDER,
  RELAY_LS_ORIGIN,
  RELAY_LS_RESIDENCE,
  RELAY_LS_GROUP_NAME,
  RELAY_LS_NO_VICTIMS,
  RELAY_LS_UNNAMED_NOTE,

  /* Consent */
  RELAY_LS_CONSENT_LINE,
  RELAY_LS_CONSENT_GIVEN_BY,
  RELAY_LS_GIVER_VICTIM,
  RELAY_LS_GIVER_FAMILY,
  RELAY_LS_GIVER_LAWYER,
  RELAY_LS_GIVER_REPRESENTATIVE,
  RELAY_LS_CONSENT_WRITTEN,
  RELAY_LS_CONSENT_ORAL,
  RELAY_LS_CONSENT_WITHDRAWN,
  RELAY_LS_STATEMENTS_INTRO,
  RELAY_LS_STATEMENT_ANSWER,
  RELAY_LS_ANSWER_PARTLY,

  /* What happened */
  RELAY_LS_INCIDENTS,
  RELAY_LS_SOURCES,
  RELAY_LS_SOURCE_FIRST_HAND,
  RELAY_LS_SOURCE_WITNESS,
  RELAY_LS_SOURCE_DOCUMENT,
  RELAY_LS_SOURCE_MEDIA,
  RELAY_LS_SOURCE_OTHER,
  RELAY_LS_ATTACHMENTS,
  RELAY_LS_DATE_UNKNOWN,
  RELAY_LS_DATE_DAY,
  RELAY_LS_DATE_FIRST_DAY,
  RELAY_LS_DATE_MONTH,
  RELAY_LS_DATE_AROUND_DAY,
  RELAY_LS_DATE_AROUND,
  RELAY_LS_MONTH_1,
  RELAY_LS_MONTH_2,
  RELAY_LS_MONTH_3,
  RELAY_LS_MONTH_4,
  RELAY_LS_MONTH_5,
  RELAY_LS_MONTH_6,
  RELAY_LS_MONTH_7,
  RELAY_LS_MONTH_8,
  RELAY_LS_MONTH_9,
  RELAY_LS_MONTH_10,
  RELAY_LS_MONTH_11,
  RELAY_LS_MONTH_12,

  /* Perpetrators */
  RELAY_LS_PERPETRATOR_UNNAMED,
  RELAY_LS_PERPETRATOR_MOTIVE,
  RELAY_LS_NO_PERPETRATORS,

  /* Action requested */
  RELAY_LS_PRESS_RELEASE_YES,
  RELAY_LS_PRESS_RELEASE_WHY,
  RELAY_LS_PRESS_RELEASE_NO,

  /* Mandates */
  RELAY_LS_MANDATES_INTRO,
  RELAY_LS_ROLE_LEAD,
  RELAY_LS_ROLE_JOINT,
  RELAY_LS_JOINT_ACTION,
  RELAY_LS_NO_MANDATES,

  /* Confidential part */
  RELAY_LS_CONFIDENTIAL_SOURCE,
  RELAY_LS_CONFIDENTIAL_NOTE,

  RELAY_LS_N_STRINGS
} RelayLetterString;

const char *_relay_letter_string         (RelayLanguage      language,
                                          RelayLetterString  id);
char       *_relay_letter_printf         (RelayLanguage      language,
                                          RelayLetterString  id,
                                          ...);
char       *_relay_letter_format_date    (RelayLanguage      language,
                                          RelayDatePrecision precision,
                                          const char        *date);
char       *_relay_letter_format_today   (RelayLanguage      language,
                                          GDateTime         *date);
const char *_relay_letter_country_name   (RelayLanguage      language,
                                          const char        *code);
char       *_relay_letter_short_title    (RelayLanguage      language,
                                          const char        *title);

struct _RelayLetterSection
{
  RelayLetterPart  part;
  char            *heading;
  char            *text;
};

RelayLetterSection *_relay_letter_section_new (RelayLetterPart  part,
                                               const char      *heading,
                                               char            *text);

/* Everything a letter shows, computed once from the case: the plain text
 * and the PDF are two renderings of it. Owns plain data only, so that it
 * can be rendered on another thread.
 */
typedef struct
{
  RelayLanguage  language;
  char          *subject;
  char          *date;
  char          *created;         /* ISO 8601, for the PDF's metadata */
  char          *pdf_sender;      /* the sender, or "Confidential source" */
  GPtrArray     *header_lines;    /* char *: subject, date, to, from, country */
  GPtrArray     *intro;           /* char *: paragraphs */
  GPtrArray     *sections;        /* RelayLetterSection * */
} RelayLetterDocument;

RelayLetterDocument *_relay_letter_build_document (RelayLetter         *self);
char                *_relay_letter_build_subject  (RelayLetter         *self);
void                 _relay_letter_document_free  (RelayLetterDocument *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayLetterDocument, _relay_letter_document_free)

gboolean _relay_letter_document_write_pdf (RelayLetterDocument  *document,
                                           GOutputStream        *stream,
                                           GCancellable         *cancellable,
                                           GError              **error);

/* relay-letter.c, for the checks and the PDF */
RelayLanguage _relay_letter_get_language_index (RelayLetter  *self);
RelayMandate *_relay_letter_lookup_mandate     (RelayLetter  *self,
                                                const char   *mandate_id);
gboolean      _relay_letter_has_mandate        (RelayLetter  *self,
                                                const char   *mandate_id);
char         *_relay_letter_dup_victim_label   (RelayLetter  *self,
                                                RelayVictim  *victim,
                                                guint         number);
gboolean      _relay_letter_victim_is_hidden   (RelayVictim  *victim);
GPtrArray    *_relay_letter_new_redactor       (RelayLetter  *self);
char         *_relay_letter_redact_with        (GPtrArray    *redactor,
                                                const char   *text);
gboolean      _relay_letter_text_names_hidden  (RelayLetter  *self,
                                                const char   *text);

/* The mandate ids of the directory that have special checks */
#define RELAY_MANDATE_ID_DEFENDERS     "sr-hrd"
#define RELAY_MANDATE_ID_DETENTION     "wg-arbitrary-detention"
#define RELAY_MANDATE_ID_DISAPPEARANCE "wg-disappearances"

G_END_DECLS
