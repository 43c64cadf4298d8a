/* relay-letter-build.c
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

#include "relay-core-private.h"
#include "relay-letter-private.h"

/* Builds the parts of a letter from its case: the subject line, the header
 * and the sections. Every text the user wrote goes through user_text(),
 * which removes the names of victims who may not be named.
 */

RelayLetterSection *
_relay_letter_section_new (RelayLetterPart  part,
             const char      *heading,
             char            *text)
{
  RelayLetterSection *section = g_new0 (RelayLetterSection, 1);

  section->part = part;
  section->heading = g_strdup (heading);
  section->text = text;

  return section;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

typedef struct
{
  RelayLetter   *self;
  RelayCase     *kase;
  RelayLanguage  language;
  GPtrArray     *redactor;
} Builder;

static const char *
S (Builder           *b,
   RelayLetterString  id)
{
  return _relay_letter_string (b->language, id);
}

/* A text the user wrote, without surrounding space and without the names
 * of hidden victims.
 */
static char *
user_text (Builder    *b,
           const char *text)
{
  g_autofree char *redacted = _relay_letter_redact_with (b->redactor, text);

  return g_strdup (g_strstrip (redacted));
}

static char *
label_value (Builder           *b,
             const char        *label,
             const char        *value)
{
  return _relay_letter_printf (b->language, RELAY_LS_LABEL_VALUE, label, value);
}

static void
append_line (GString    *out,
             const char *line)
{
  g_string_append (out, line);
  g_string_append_c (out, '\n');
}

/* Appends "Label: value" when the (user's) value is not empty. */
static void
append_field (Builder           *b,
              GString           *out,
              RelayLetterString  label,
              const char        *value)
{
  g_autofree char *text = user_text (b, value);
  g_autofree char *line = NULL;

  if (*text == '\0')
    return;

  line = label_value (b, S (b, label), text);
  append_line (out, line);
}

static char *
finish (Builder *b,
        GString *out)
{
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);

  if (out->len == 0)
    g_string_append (out, S (b, RELAY_LS_NOT_GIVEN));

  return g_string_free (out, FALSE);
}

static gboolean
sender_has_identity (RelayCase *kase)
{
  return !is_blank (relay_case_get_sender_name (kase)) ||
         !is_blank (relay_case_get_sender_organisation (kase)) ||
         !is_blank (relay_case_get_sender_email (kase)) ||
         !is_blank (relay_case_get_sender_phone (kase)) ||
         !is_blank (relay_case_get_sender_address (kase));
}

static gboolean
has_confidential_part (RelayLetter *self)
{
  RelayCase *kase = relay_letter_get_case (self);

  if (!relay_letter_get_include_confidential (self))
    return FALSE;

  return (relay_case_get_sender_confidential (kase) && sender_has_identity (kase)) ||
         !is_blank (relay_case_get_confidential_note (kase));
}

static void
append_sender_fields (Builder *b,
                      GString *out)
{
  append_field (b, out, RELAY_LS_SENDER_NAME, relay_case_get_sender_name (b->kase));
  append_field (b, out, RELAY_LS_SENDER_ORGANISATION, relay_case_get_sender_organisation (b->kase));
  append_field (b, out, RELAY_LS_SENDER_EMAIL, relay_case_get_sender_email (b->kase));
  append_field (b, out, RELAY_LS_SENDER_PHONE, relay_case_get_sender_phone (b->kase));
  append_field (b, out, RELAY_LS_SENDER_ADDRESS, relay_case_get_sender_address (b->kase));
  append_field (b, out, RELAY_LS_SENDER_RELATIONSHIP, relay_case_get_sender_relationship (b->kase));
}

/* The mandates of the case, the lead first. */
static GPtrArray *
dup_case_mandates (RelayCase *kase)
{
  GListModel *model = G_LIST_MODEL (relay_case_get_mandates (kase));
  GPtrArray *mandates = g_ptr_array_new_with_free_func (g_object_unref);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(RelayCaseMandate) cm = g_list_model_get_item (model, i);
        gboolean lead = relay_case_mandate_get_role (cm) == RELAY_MANDATE_ROLE_LEAD;

        if ((pass == 0) == lead && !is_blank (relay_case_mandate_get_mandate_id (cm)))
          g_ptr_array_add (mandates, g_steal_pointer (&cm));
      }

  return mandates;
}

static const char *
mandate_title (Builder    *b,
               const char *mandate_id)
{
  RelayMandate *mandate = _relay_letter_lookup_mandate (b->self, mandate_id);

  if (mandate == NULL)
    return mandate_id;

  return relay_mandate_get_title (mandate, _relay_language_codes[b->language]);
}

/*
 * The sections
 */

static char *
build_sender (Builder *b)
{
  GString *out = g_string_new (NULL);

  if (!relay_case_get_sender_confidential (b->kase))
    append_sender_fields (b, out);
  else if (has_confidential_part (b->self) && sender_has_identity (b->kase))
    append_line (out, S (b, RELAY_LS_SENDER_CONFIDENTIAL_SEE_BELOW));
  else
    append_line (out, S (b, RELAY_LS_SENDER_CONFIDENTIAL));

  return finish (b, out);
}

static char *
build_urgency (Builder *b)
{
  static const RelayLetterString kinds[] = {
    [RELAY_CASE_KIND_URGENT_APPEAL] = RELAY_LS_KIND_URGENT_APPEAL,
    [RELAY_CASE_KIND_ALLEGATION] = RELAY_LS_KIND_ALLEGATION,
    [RELAY_CASE_KIND_LAW_POLICY] = RELAY_LS_KIND_LAW_POLICY,
    [RELAY_CASE_KIND_REPRISAL] = RELAY_LS_KIND_REPRISAL,
  };
  RelayCaseKind kind = relay_case_get_kind (b->kase);
  gboolean urgent = relay_case_get_urgent (b->kase) || kind == RELAY_CASE_KIND_URGENT_APPEAL;
  GString *out = g_string_new (NULL);

  if ((guint) kind < G_N_ELEMENTS (kinds))
    append_line (out, S (b, kinds[kind]));
  append_line (out, S (b, urgent ? RELAY_LS_URGENT_YES : RELAY_LS_URGENT_NO));
  append_field (b, out, RELAY_LS_WHY_NOW, relay_case_get_why_now (b->kase));

  return finish (b, out);
}

static char *
build_victims (Builder *b)
{
  GListModel *victims = G_LIST_MODEL (relay_case_get_victims (b->kase));
  guint n = g_list_model_get_n_items (victims);
  gboolean any_hidden = FALSE;
  GString *out = g_string_new (NULL);

  if (n == 0)
    append_line (out, S (b, RELAY_LS_NO_VICTIMS));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);
      g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *label = _relay_letter_dup_victim_label (b->self, victim, i + 1);
      const struct { RelayLetterString label; const char *value; } fields[] = {
        { RELAY_LS_GENDER, relay_victim_get_gender (victim) },
        { RELAY_LS_ORIGIN, relay_victim_get_origin (victim) },
        { RELAY_LS_RESIDENCE, relay_victim_get_residence (victim) },
        { RELAY_LS_GROUP_NAME, relay_victim_get_group_name (victim) },
      };

      any_hidden |= _relay_letter_victim_is_hidden (victim);

      if (relay_victim_get_is_group (victim))
        {
          int size = relay_victim_get_group_size (victim);

          if (size > 0)
            g_ptr_array_add (facts, _relay_letter_printf (b->language, RELAY_LS_GROUP_OF,
                                                          (guint) size));
          else
            g_ptr_array_add (facts, g_strdup (S (b, RELAY_LS_GROUP)));
        }

      if (relay_victim_get_age (victim) >= 0)
        g_ptr_array_add (facts, _relay_letter_printf (b->language, RELAY_LS_AGE,
                                                      relay_victim_get_age (victim)));

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          g_autofree char *value = user_text (b, fields[f].value);

          if (*value != '\0')
            g_ptr_array_add (facts, label_value (b, S (b, fields[f].label), value));
        }

      g_string_append (out, "- ");
      if (facts->len > 0)
        {
          g_autofree char *joined = NULL;
          g_autofree char *line = NULL;

          g_ptr_array_add (facts, NULL);
          joined = g_strjoinv (S (b, RELAY_LS_LIST_SEPARATOR), (char **) facts->pdata);
          line = label_value (b, label, joined);
          append_line (out, line);
        }
      else
        append_line (out, label);
    }

  if (any_hidden)
    append_line (out, S (b, RELAY_LS_UNNAMED_NOTE));

  return finish (b, out);
}

static const char *
consent_answer (Builder             *b,
                RelayVictim         *victim,
                RelayConsentPurpose  purpose)
{
  RelayConsent consent = purpose == RELAY_CONSENT_PURPOSE_GOVERNMENT
                         ? relay_victim_get_consent_government (victim)
                         : relay_victim_get_consent_public (victim);

  if (relay_victim_may_be_named (victim, purpose))
    return S (b, RELAY_LS_YES);

  if (consent == RELAY_CONSENT_UNKNOWN)
    return S (b, RELAY_LS_NOT_RECORDED);

  return S (b, RELAY_LS_NO);
}

/* The answer to one of the defenders mandate's consent statements: yes when
 * every victim agreed to @purpose, no when none did, else partly.
 */
static const char *
statement_answer (Builder             *b,
                  RelayConsentPurpose  purpose)
{
  GListModel *victims = G_LIST_MODEL (relay_case_get_victims (b->kase));
  guint n = g_list_model_get_n_items (victims);
  guint agreed = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);

      /* A name that is not in the letter cannot be published from it. */
      if (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT) &&
          relay_victim_may_be_named (victim, purpose))
        agreed++;
    }

  if (agreed == n)
    return S (b, RELAY_LS_YES);
  if (agreed == 0)
    return S (b, RELAY_LS_NO);

  return S (b, RELAY_LS_ANSWER_PARTLY);
}

static char *
build_consent (Builder *b)
{
  static const RelayLetterString givers[] = {
    [RELAY_CONSENT_GIVER_VICTIM] = RELAY_LS_GIVER_VICTIM,
    [RELAY_CONSENT_GIVER_FAMILY] = RELAY_LS_GIVER_FAMILY,
    [RELAY_CONSENT_GIVER_LAWYER] = RELAY_LS_GIVER_LAWYER,
    [RELAY_CONSENT_GIVER_REPRESENTATIVE] = RELAY_LS_GIVER_REPRESENTATIVE,
  };
  GListModel *victims = G_LIST_MODEL (relay_case_get_victims (b->kase));
  guint n = g_list_model_get_n_items (victims);
  RelayMandate *defenders;
  GString *out = g_string_new (NULL);

  if (n == 0)
    append_line (out, S (b, RELAY_LS_NO_VICTIMS));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);
      g_autofree char *label = _relay_letter_dup_victim_label (b->self, victim, i + 1);
      g_autofree char *line = NULL;
      RelayConsentGiver giver = relay_victim_get_consent_given_by (victim);
      RelayConsentMethod method = relay_victim_get_consent_method (victim);

      line = _relay_letter_printf (b->language, RELAY_LS_CONSENT_LINE, label,
                                   consent_answer (b, victim, RELAY_CONSENT_PURPOSE_GOVERNMENT),
                                   consent_answer (b, victim, RELAY_CONSENT_PURPOSE_PUBLIC));
      g_string_append (out, "- ");
      g_string_append (out, line);

      if (!is_blank (relay_victim_get_consent_withdrawn (victim)))
        {
          g_string_append_c (out, ' ');
          g_string_append (out, S (b, RELAY_LS_CONSENT_WITHDRAWN));
        }
      else
        {
          if (giver != RELAY_CONSENT_GIVER_UNKNOWN && (guint) giver < G_N_ELEMENTS (givers))
            {
              g_autofree char *by = _relay_letter_printf (b->language, RELAY_LS_CONSENT_GIVEN_BY,
                                                          S (b, givers[giver]));

              g_string_append_c (out, ' ');
              g_string_append (out, by);
            }

          if (method == RELAY_CONSENT_METHOD_WRITTEN || method == RELAY_CONSENT_METHOD_ORAL)
            {
              g_string_append_c (out, ' ');
              g_string_append (out, S (b, method == RELAY_CONSENT_METHOD_WRITTEN
                                          ? RELAY_LS_CONSENT_WRITTEN
                                          : RELAY_LS_CONSENT_ORAL));
            }
        }

      g_string_append_c (out, '\n');
    }

  /* The defenders mandate asks for two explicit yes/no statements. */
  defenders = _relay_letter_lookup_mandate (b->self, RELAY_MANDATE_ID_DEFENDERS);
  if (n > 0 && defenders != NULL && _relay_letter_has_mandate (b->self, RELAY_MANDATE_ID_DEFENDERS))
    {
      const char * const *statements =
        relay_mandate_get_consent_statements (defenders, _relay_language_codes[b->language]);
      g_autofree char *intro =
        _relay_letter_printf (b->language, RELAY_LS_STATEMENTS_INTRO,
                              relay_mandate_get_title (defenders,
                                                       _relay_language_codes[b->language]));

      if (statements != NULL && statements[0] != NULL)
        {
          g_string_append_c (out, '\n');
          append_line (out, intro);
        }

      for (guint i = 0; statements != NULL && statements[i] != NULL && i < 2; i++)
        {
          RelayConsentPurpose purpose = i == 0 ? RELAY_CONSENT_PURPOSE_GOVERNMENT
                                               : RELAY_CONSENT_PURPOSE_PUBLIC;
          g_autofree char *answer = _relay_letter_printf (b->language, RELAY_LS_STATEMENT_ANSWER,
                                                          statement_answer (b, purpose));

          g_string_append_printf (out, "%u. %s\n   %s\n", i + 1, statements[i], answer);
        }
    }

  return finish (b, out);
}


/* The date of an incident in the letter's language. A date that cannot be
 * read as one is shown as it was typed: it is then text the user wrote, and
 * may name a victim like any other. */
static char *
incident_date (Builder       *b,
               RelayIncident *incident)
{
  const char *date = relay_incident_get_date (incident);
  g_autofree char *stripped = g_strstrip (g_strdup (date != NULL ? date : ""));
  int year, month, day;

  if (*stripped != '\0' && !_relay_parse_date (stripped, &year, &month, &day))
    return user_text (b, stripped);

  return _relay_letter_format_date (b->language, relay_incident_get_precision (incident), date);
}

static char *
build_what_happened (Builder *b)
{
  static const RelayLetterString kinds[] = {
    [RELAY_SOURCE_KIND_FIRST_HAND] = RELAY_LS_SOURCE_FIRST_HAND,
    [RELAY_SOURCE_KIND_WITNESS] = RELAY_LS_SOURCE_WITNESS,
    [RELAY_SOURCE_KIND_DOCUMENT] = RELAY_LS_SOURCE_DOCUMENT,
    [RELAY_SOURCE_KIND_MEDIA] = RELAY_LS_SOURCE_MEDIA,
    [RELAY_SOURCE_KIND_OTHER] = RELAY_LS_SOURCE_OTHER,
  };
  GListModel *incidents = G_LIST_MODEL (relay_case_get_incidents (b->kase));
  GListModel *sources = G_LIST_MODEL (relay_case_get_sources (b->kase));
  GListModel *attachments = G_LIST_MODEL (relay_case_get_attachments (b->kase));
  g_autofree char *what = user_text (b, relay_case_get_what_happened (b->kase));
  GString *out = g_string_new (NULL);

  if (*what != '\0')
    append_line (out, what);

  if (g_list_model_get_n_items (incidents) > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      append_line (out, S (b, RELAY_LS_INCIDENTS));
    }

  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(RelayIncident) incident = g_list_model_get_item (incidents, i);
      g_autofree char *date = incident_date (b, incident);
      g_autofree char *place = user_text (b, relay_incident_get_place (incident));
      g_autofree char *description = user_text (b, relay_incident_get_description (incident));
      g_autofree char *when_where = *place != '\0' ? g_strconcat (date, ", ", place, NULL)
                                                   : g_strdup (date);

      g_string_append (out, "- ");
      if (*description != '\0')
        {
          g_autofree char *line = label_value (b, when_where, description);

          append_line (out, line);
        }
      else
        append_line (out, when_where);
    }

  if (g_list_model_get_n_items (sources) > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      append_line (out, S (b, RELAY_LS_SOURCES));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr(RelaySource) source = g_list_model_get_item (sources, i);
      RelaySourceKind kind = relay_source_get_kind (source);
      g_autofree char *description = user_text (b, relay_source_get_description (source));
      const char *kind_label = S (b, (guint) kind < G_N_ELEMENTS (kinds)
                                     ? kinds[kind] : RELAY_LS_SOURCE_OTHER);

      g_string_append (out, "- ");
      if (*description != '\0')
        {
          g_autofree char *line = label_value (b, kind_label, description);

          append_line (out, line);
        }
      else
        append_line (out, kind_label);
    }

  /* The files themselves go with the message; the letter names them, so
   * that a reader of the text alone knows they exist.
   */
  if (g_list_model_get_n_items (attachments) > 0)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      append_line (out, S (b, RELAY_LS_ATTACHMENTS));
    }

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(RelayAttachment) attachment = g_list_model_get_item (attachments, i);
      g_autofree char *file_name = user_text (b, relay_attachment_get_file_name (attachment));
      g_autofree char *note = user_text (b, relay_attachment_get_translation_note (attachment));

      g_string_append (out, "- ");
      if (*note != '\0')
        {
          g_autofree char *line = label_value (b, file_name, note);

          append_line (out, line);
        }
      else
        append_line (out, file_name);
    }

  return finish (b, out);
}

static char *
build_perpetrators (Builder *b)
{
  GListModel *perpetrators = G_LIST_MODEL (relay_case_get_perpetrators (b->kase));
  guint n = g_list_model_get_n_items (perpetrators);
  GString *out = g_string_new (NULL);

  if (n == 0)
    append_line (out, S (b, RELAY_LS_NO_PERPETRATORS));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayPerpetrator) perpetrator = g_list_model_get_item (perpetrators, i);
      g_autofree char *name = user_text (b, relay_perpetrator_get_name (perpetrator));
      g_autofree char *function = user_text (b, relay_perpetrator_get_function (perpetrator));
      g_autofree char *institution = user_text (b, relay_perpetrator_get_institution (perpetrator));
      g_autofree char *motive = user_text (b, relay_perpetrator_get_motive (perpetrator));

      g_string_append (out, "- ");
      g_string_append (out, *name != '\0' ? name : S (b, RELAY_LS_PERPETRATOR_UNNAMED));
      if (*function != '\0')
        g_string_append_printf (out, ", %s", function);
      if (*institution != '\0')
        g_string_append_printf (out, ", %s", institution);
      g_string_append_c (out, '\n');

      if (*motive != '\0')
        {
          g_autofree char *line = label_value (b, S (b, RELAY_LS_PERPETRATOR_MOTIVE), motive);

          g_string_append (out, "  ");
          append_line (out, line);
        }
    }

  return finish (b, out);
}

static char *
build_free_text (Builder    *b,
                 const char *text)
{
  GString *out = g_string_new (NULL);
  g_autofree char *value = user_text (b, text);

  g_string_append (out, value);

  return finish (b, out);
}

static char *
build_action_requested (Builder *b)
{
  g_autofree char *requested = user_text (b, relay_case_get_action_requested (b->kase));
  GString *out = g_string_new (NULL);

  if (*requested != '\0')
    {
      append_line (out, requested);
      g_string_append_c (out, '\n');
    }

  if (relay_case_get_press_release (b->kase))
    {
      append_line (out, S (b, RELAY_LS_PRESS_RELEASE_YES));
      append_field (b, out, RELAY_LS_PRESS_RELEASE_WHY,
                    relay_case_get_press_release_reason (b->kase));
    }
  else
    append_line (out, S (b, RELAY_LS_PRESS_RELEASE_NO));

  return finish (b, out);
}

static char *
build_mandates (Builder *b)
{
  g_autoptr(GPtrArray) mandates = dup_case_mandates (b->kase);
  GString *out = g_string_new (NULL);

  if (mandates->len == 0)
    append_line (out, S (b, RELAY_LS_NO_MANDATES));
  else
    append_line (out, S (b, RELAY_LS_MANDATES_INTRO));

  for (guint i = 0; i < mandates->len; i++)
    {
      RelayCaseMandate *cm = g_ptr_array_index (mandates, i);
      gboolean lead = relay_case_mandate_get_role (cm) == RELAY_MANDATE_ROLE_LEAD;

      g_string_append_printf (out, "- %s (%s)\n",
                              mandate_title (b, relay_case_mandate_get_mandate_id (cm)),
                              S (b, lead ? RELAY_LS_ROLE_LEAD : RELAY_LS_ROLE_JOINT));
    }

  if (!is_blank (relay_case_get_joint_action_note (b->kase)))
    g_string_append_c (out, '\n');
  append_field (b, out, RELAY_LS_JOINT_ACTION, relay_case_get_joint_action_note (b->kase));

  return finish (b, out);
}

static char *
build_confidential (Builder *b)
{
  g_autofree char *note = user_text (b, relay_case_get_confidential_note (b->kase));
  GString *out = g_string_new (NULL);

  if (relay_case_get_sender_confidential (b->kase) && sender_has_identity (b->kase))
    {
      append_line (out, S (b, RELAY_LS_CONFIDENTIAL_SOURCE));
      append_sender_fields (b, out);
    }

  if (*note != '\0')
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      append_line (out, S (b, RELAY_LS_CONFIDENTIAL_NOTE));
      append_line (out, note);
    }

  return finish (b, out);
}

static GPtrArray *
build_sections (Builder *b)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_letter_section_free);
  RelayCase *kase = b->kase;

#define ADD(part, heading, text) \
  g_ptr_array_add (sections, _relay_letter_section_new (part, S (b, heading), text))

  ADD (RELAY_LETTER_PART_SENDER, RELAY_LS_HEADING_SENDER, build_sender (b));
  ADD (RELAY_LETTER_PART_URGENCY, RELAY_LS_HEADING_URGENCY, build_urgency (b));
  ADD (RELAY_LETTER_PART_VICTIMS, RELAY_LS_HEADING_VICTIMS, build_victims (b));
  ADD (RELAY_LETTER_PART_CONSENT, RELAY_LS_HEADING_CONSENT, build_consent (b));
  ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_LS_HEADING_WHAT_HAPPENED, build_what_happened (b));
  ADD (RELAY_LETTER_PART_PERPETRATORS, RELAY_LS_HEADING_PERPETRATORS, build_perpetrators (b));
  ADD (RELAY_LETTER_PART_CONTEXT, RELAY_LS_HEADING_CONTEXT,
       build_free_text (b, relay_case_get_context (kase)));
  ADD (RELAY_LETTER_PART_ACTION_TAKEN, RELAY_LS_HEADING_ACTION_TAKEN,
       build_free_text (b, relay_case_get_action_taken (kase)));
  ADD (RELAY_LETTER_PART_ACTION_REQUESTED, RELAY_LS_HEADING_ACTION_REQUESTED,
       build_action_requested (b));
  ADD (RELAY_LETTER_PART_MANDATES, RELAY_LS_HEADING_MANDATES, build_mandates (b));

  /* Always last: everything before it may go to the Government. */
  if (has_confidential_part (b->self))
    ADD (RELAY_LETTER_PART_CONFIDENTIAL, RELAY_LS_HEADING_CONFIDENTIAL, build_confidential (b));

#undef ADD

  return sections;
}

static char *
build_subject (Builder *b)
{
  static const RelayLetterString kinds[] = {
    [RELAY_CASE_KIND_URGENT_APPEAL] = RELAY_LS_SUBJECT_URGENT_APPEAL,
    [RELAY_CASE_KIND_ALLEGATION] = RELAY_LS_SUBJECT_ALLEGATION,
    [RELAY_CASE_KIND_LAW_POLICY] = RELAY_LS_SUBJECT_LAW_POLICY,
    [RELAY_CASE_KIND_REPRISAL] = RELAY_LS_SUBJECT_REPRISAL,
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) mandates = dup_case_mandates (b->kase);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  RelayCaseKind kind = relay_case_get_kind (b->kase);
  const char *country = relay_case_get_country (b->kase);
  const guint max_mandates = 3;

  /* No free text of the case goes into the subject: it is the part most
   * widely seen (mail logs, notifications), and the title of a case may well
   * hold a victim's name.
   */
  if ((guint) kind >= G_N_ELEMENTS (kinds))
    kind = RELAY_CASE_KIND_ALLEGATION;

  if (relay_case_get_urgent (b->kase) && kind != RELAY_CASE_KIND_URGENT_APPEAL)
    g_ptr_array_add (parts, g_strdup (S (b, RELAY_LS_SUBJECT_URGENT)));
  g_ptr_array_add (parts, g_strdup (S (b, kinds[kind])));

  if (!is_blank (country))
    g_ptr_array_add (parts, g_strdup (_relay_letter_country_name (b->language, country)));

  for (guint i = 0; i < mandates->len && i < max_mandates; i++)
    {
      RelayCaseMandate *cm = g_ptr_array_index (mandates, i);

      g_ptr_array_add (titles,
                       _relay_letter_short_title (b->language,
                                                  mandate_title (b, relay_case_mandate_get_mandate_id (cm))));
    }

  if (mandates->len > max_mandates)
    g_ptr_array_add (titles, _relay_letter_printf (b->language, RELAY_LS_SUBJECT_MORE_MANDATES,
                                                   mandates->len - max_mandates));

  if (titles->len > 0)
    {
      g_ptr_array_add (titles, NULL);
      g_ptr_array_add (parts, g_strjoinv (S (b, RELAY_LS_LIST_SEPARATOR), (char **) titles->pdata));
    }

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" — ", (char **) parts->pdata);
}

/**
 * _relay_letter_build_subject:
 * @self: a #RelayLetter
 *
 * Returns: (transfer full): the subject line
 */
char *
_relay_letter_build_subject (RelayLetter *self)
{
  Builder builder = { self, relay_letter_get_case (self),
                      _relay_letter_get_language_index (self), NULL };

  return build_subject (&builder);
}

/*
 * The document
 */

/**
 * _relay_letter_build_document:
 * @self: a #RelayLetter
 *
 * Returns: (transfer full): a snapshot of everything the letter shows
 */
RelayLetterDocument *
_relay_letter_build_document (RelayLetter *self)
{
  RelayLetterDocument *document = g_new0 (RelayLetterDocument, 1);
  g_autoptr(GDateTime) now = NULL;
  GDateTime *date = relay_letter_get_date (self);
  RelayCase *kase = relay_letter_get_case (self);
  Builder builder = { self, kase, _relay_letter_get_language_index (self), NULL };
  Builder *b = &builder;
  g_autofree char *from = NULL;

  builder.redactor = _relay_letter_new_redactor (self);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  document->language = b->language;
  document->subject = build_subject (b);
  document->date = _relay_letter_format_today (b->language, date);
  document->created = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S");
  document->header_lines = g_ptr_array_new_with_free_func (g_free);
  document->intro = g_ptr_array_new_with_free_func (g_free);

  if (relay_case_get_sender_confidential (kase))
    {
      from = g_strdup (S (b, RELAY_LS_HEADER_CONFIDENTIAL_SOURCE));
      document->pdf_sender = g_strdup (S (b, RELAY_LS_PDF_CONFIDENTIAL_SOURCE));
    }
  else
    {
      g_autofree char *name = g_strstrip (g_strdup (relay_case_get_sender_name (kase)));
      g_autofree char *org = g_strstrip (g_strdup (relay_case_get_sender_organisation (kase)));

      if (*name != '\0' && *org != '\0')
        from = g_strdup_printf ("%s, %s", name, org);
      else
        from = g_strdup (*name != '\0' ? name : org);

      document->pdf_sender = g_strdup (from);
    }

  g_ptr_array_add (document->header_lines,
                   _relay_letter_printf (b->language, RELAY_LS_HEADER_SUBJECT, document->subject));
  g_ptr_array_add (document->header_lines,
                   _relay_letter_printf (b->language, RELAY_LS_HEADER_DATE, document->date));
  g_ptr_array_add (document->header_lines, g_strdup (S (b, RELAY_LS_HEADER_TO)));
  if (*from != '\0')
    g_ptr_array_add (document->header_lines,
                     _relay_letter_printf (b->language, RELAY_LS_HEADER_FROM, from));
  if (!is_blank (relay_case_get_country (kase)))
    g_ptr_array_add (document->header_lines,
                     _relay_letter_printf (b->language, RELAY_LS_HEADER_COUNTRY,
                                           _relay_letter_country_name (b->language,
                                                                       relay_case_get_country (kase))));

  g_ptr_array_add (document->intro, g_strdup (S (b, RELAY_LS_HEADER_INTRO)));
  if (has_confidential_part (self))
    g_ptr_array_add (document->intro, g_strdup (S (b, RELAY_LS_HEADER_CONFIDENTIAL_NOTICE)));

  document->sections = build_sections (b);

  g_ptr_array_unref (builder.redactor);

  return document;
}

void
_relay_letter_document_free (RelayLetterDocument *document)
{
  if (document == NULL)
    return;

  g_free (document->subject);
  g_free (document->date);
  g_free (document->created);
  g_free (document->pdf_sender);
  g_clear_pointer (&document->header_lines, g_ptr_array_unref);
  g_clear_pointer (&document->intro, g_ptr_array_unref);
  g_clear_pointer (&document->sections, g_ptr_array_unref);
  g_free (document);
}

