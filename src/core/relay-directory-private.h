/* relay-directory-private.h
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

#include <json-glib/json-glib.h>

#include "relay-directory.h"
#include "relay-mandate-private.h"

G_BEGIN_DECLS

/* What one directory file holds, once checked (relay-directory-parse.c). */
typedef struct
{
  char      *data_date;
  char      *urgent_action_email;
  char      *reprisals_email;
  char      *online_questionnaire;
  char      *communications_database;

  /* RelayMandate, sorted by title in the language of the user interface */
  GPtrArray *mandates;
} RelayDirectoryData;

/* relay-directory-read.c: reading members of the file. Each reader returns
 * FALSE with the error of the context set when the member is wrong.
 */

/* What is wrong with a member; it picks the message. */
typedef enum
{
  RELAY_PROBLEM_MISSING,
  RELAY_PROBLEM_EMPTY,
  RELAY_PROBLEM_NOT_VALID,
  RELAY_PROBLEM_ID,
  RELAY_PROBLEM_DUPLICATE,
  RELAY_PROBLEM_EMAIL,
  RELAY_PROBLEM_URL,
  RELAY_PROBLEM_LINK,
  RELAY_PROBLEM_DATE,
  RELAY_PROBLEM_COUNTRY,
} RelayProblem;

/* Whether a member must be there. */
typedef enum
{
  RELAY_OPTIONAL,
  RELAY_REQUIRED,
} RelayPresence;

/* Where the reader is: the messages name the mandate being read. */
typedef struct
{
  /* The mandate being read, or NULL for the rest of the file */
  const char  *mandate_id;
  GError     **error;
} RelayReadContext;


void      _relay_set_problem               (RelayReadContext   *ctx,
                                            RelayProblem        problem,
                                            const char         *field_format,
                                            ...) G_GNUC_PRINTF (3, 4);
gboolean  _relay_is_web_address            (const char         *text,
                                            gboolean            https_only);
JsonNode *_relay_get_member                (JsonObject         *object,
                                            const char         *name);
gboolean  _relay_holds_type                (JsonNode           *node,
                                            GType               type);
gboolean  _relay_read_text                 (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            char              **out);
gboolean  _relay_read_boolean              (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            gboolean           *out);
gboolean  _relay_read_text_array           (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            gboolean            allow_empty,
                                            char             ***out);
gboolean  _relay_read_language_object      (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            JsonObject        **out);
gboolean  _relay_read_language_texts       (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            char               *out[RELAY_N_LANGUAGES]);
gboolean  _relay_read_language_arrays      (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            gboolean            allow_empty,
                                            char              **out[RELAY_N_LANGUAGES]);
gboolean  _relay_read_email                (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            char              **out);
gboolean  _relay_read_url                  (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            RelayPresence       presence,
                                            char              **out);
gboolean  _relay_read_day                  (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *prefix,
                                            const char         *name,
                                            char              **out);
gboolean  _relay_read_enum                 (RelayReadContext   *ctx,
                                            JsonObject         *object,
                                            const char         *name,
                                            GType               enum_type,
                                            int                *out);

/* relay-directory-parse.c */
RelayDirectoryData *_relay_directory_data_parse (GBytes              *bytes,
                                                 GError             **error);
void                _relay_directory_data_free  (RelayDirectoryData  *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayDirectoryData, _relay_directory_data_free)

G_END_DECLS
