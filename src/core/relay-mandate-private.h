/* relay-mandate-private.h
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

#include "relay-mandate.h"

G_BEGIN_DECLS

/* The languages of the directory, in the order of the arrays below. */
typedef enum
{
  RELAY_LANGUAGE_EN,
  RELAY_LANGUAGE_FR,
  RELAY_LANGUAGE_ES,
  RELAY_N_LANGUAGES
} RelayLanguage;

/* The codes of RelayLanguage, as in the directory file: "en", "fr", "es". */
extern const char * const _relay_language_codes[RELAY_N_LANGUAGES];

/* RelayMandate is read-only for everyone else; the directory parser
 * (relay-directory-parse.c) fills the fields of a new one, and the
 * comparison (relay-directory-changes.c) reads them.
 */
struct _RelayMandate
{
  GObject parent_instance;

  /* From the directory; never NULL once parsed ("" when absent) */
  char              *id;
  RelayMandateKind   kind;
  RelayMandateType   type;
  char              *country;
  char              *email;
  char              *webpage;
  char              *last_verified;
  char              *title[RELAY_N_LANGUAGES];
  char             **topics[RELAY_N_LANGUAGES];
  char             **sources;
  gboolean           official[RELAY_N_LANGUAGES];
  guint              acknowledges_submissions : 1;

  /* The optional criteria: NULL when the directory has none */
  char              *who_may_submit[RELAY_N_LANGUAGES];
  char             **required_elements[RELAY_N_LANGUAGES];
  char             **consent_statements[RELAY_N_LANGUAGES];
  char              *criteria_note[RELAY_N_LANGUAGES];

  /* The address the user gave, "" when none */
  char              *local_email;

  /* Casefolded text without accents that relay_mandate_matches() searches;
   * built on first use
   */
  char              *search_key;
};

RelayLanguage  _relay_language_from_code           (const char   *language);
RelayMandate  *_relay_mandate_new                  (void);
void           _relay_mandate_set_local_email      (RelayMandate *self,
                                                    const char   *local_email);
gboolean       _relay_mandate_equal_except_email   (RelayMandate *a,
                                                    RelayMandate *b);
char          *_relay_search_fold                  (const char   *text);

G_END_DECLS
