/* relay-letter.h
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

#include <gio/gio.h>

#include "relay-types.h"
#include "relay-case.h"
#include "relay-directory.h"

G_BEGIN_DECLS

/* The parts of a submission, in the order of the guide's nine questions,
 * then the mandates addressed and the confidential part. The value nicks
 * ("sender", "what-happened"…) are stable ids for the user interface.
 */
typedef enum
{
  RELAY_LETTER_PART_SENDER,
  RELAY_LETTER_PART_URGENCY,
  RELAY_LETTER_PART_VICTIMS,
  RELAY_LETTER_PART_CONSENT,
  RELAY_LETTER_PART_WHAT_HAPPENED,
  RELAY_LETTER_PART_PERPETRATORS,
  RELAY_LETTER_PART_CONTEXT,
  RELAY_LETTER_PART_ACTION_TAKEN,
  RELAY_LETTER_PART_ACTION_REQUESTED,
  RELAY_LETTER_PART_MANDATES,
  RELAY_LETTER_PART_CONFIDENTIAL,
} RelayLetterPart;

typedef enum
{
  RELAY_CHECK_STATUS_ANSWERED,
  RELAY_CHECK_STATUS_THIN,
  RELAY_CHECK_STATUS_MISSING,
  RELAY_CHECK_STATUS_WARNING,
} RelayCheckStatus;

guint relay_letter_part_get_question (RelayLetterPart part);

/* One section of the letter (relay-letter.c) */

typedef struct _RelayLetterSection RelayLetterSection;

#define RELAY_TYPE_LETTER_SECTION (relay_letter_section_get_type ())

GType               relay_letter_section_get_type    (void) G_GNUC_CONST;
RelayLetterSection *relay_letter_section_copy        (RelayLetterSection *self);
void                relay_letter_section_free        (RelayLetterSection *self);
RelayLetterPart     relay_letter_section_get_part    (RelayLetterSection *self);
const char         *relay_letter_section_get_heading (RelayLetterSection *self);
const char         *relay_letter_section_get_text    (RelayLetterSection *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayLetterSection, relay_letter_section_free)

/* One result of the completeness checks (relay-letter-check.c) */

typedef struct _RelayCheckItem RelayCheckItem;

#define RELAY_TYPE_CHECK_ITEM (relay_check_item_get_type ())

GType             relay_check_item_get_type     (void) G_GNUC_CONST;
RelayCheckItem   *relay_check_item_copy         (RelayCheckItem *self);
void              relay_check_item_free         (RelayCheckItem *self);
RelayLetterPart   relay_check_item_get_part     (RelayCheckItem *self);
guint             relay_check_item_get_question (RelayCheckItem *self);
RelayCheckStatus  relay_check_item_get_status   (RelayCheckItem *self);
const char       *relay_check_item_get_message  (RelayCheckItem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayCheckItem, relay_check_item_free)

/* The letter */

#define RELAY_TYPE_LETTER (relay_letter_get_type ())

G_DECLARE_FINAL_TYPE (RelayLetter, relay_letter, RELAY, LETTER, GObject)

RelayLetter    *relay_letter_new                      (RelayCase       *kase,
                                                       RelayDirectory  *directory,
                                                       const char      *language);
RelayCase      *relay_letter_get_case                 (RelayLetter     *self);
RelayDirectory *relay_letter_get_directory            (RelayLetter     *self);
const char     *relay_letter_get_language             (RelayLetter     *self);
void            relay_letter_set_language             (RelayLetter     *self,
                                                       const char      *language);
gboolean        relay_letter_get_include_confidential (RelayLetter     *self);
void            relay_letter_set_include_confidential (RelayLetter     *self,
                                                       gboolean         include_confidential);
GDateTime      *relay_letter_get_date                 (RelayLetter     *self);
void            relay_letter_set_date                 (RelayLetter     *self,
                                                       GDateTime       *date);
char           *relay_letter_dup_subject              (RelayLetter     *self);
GPtrArray      *relay_letter_dup_sections             (RelayLetter     *self);
char           *relay_letter_dup_text                 (RelayLetter     *self);
GPtrArray      *relay_letter_check                    (RelayLetter     *self);
gboolean        relay_letter_write_pdf                (RelayLetter     *self,
                                                       GOutputStream   *stream,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
gboolean        relay_letter_save_pdf                 (RelayLetter     *self,
                                                       GFile           *file,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
gboolean        relay_letter_save_text                (RelayLetter     *self,
                                                       GFile           *file,
                                                       GCancellable    *cancellable,
                                                       GError         **error);
void            relay_letter_record_export            (RelayLetter     *self,
                                                       GFile           *file);
char           *relay_letter_dup_pdf_file_name        (RelayLetter     *self);

G_END_DECLS
