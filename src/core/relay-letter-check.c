/* relay-letter-check.c
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

#include <glib/gi18n.h>
#include <string.h>

#include "relay-letter-private.h"
#include "relay-core-private.h"

/* The completeness checks of a letter, for the review page: one item per
 * question of the guide (answered, thin or missing, with a hint), one for
 * the mandates, then warnings: consent, sources, anonymity, and what some
 * mandates require. The messages are for the user, so they follow the
 * language of the user interface (gettext), not the letter's.
 */

struct _RelayCheckItem
{
  RelayLetterPart   part;
  RelayCheckStatus  status;
  char             *message;
};

G_DEFINE_BOXED_TYPE (RelayCheckItem, relay_check_item,
                     relay_check_item_copy, relay_check_item_free)

/* Shorter than this, a free text is "thin". */
#define MIN_WHY_NOW          30
#define MIN_WHAT_HAPPENED   150
#define MIN_CONTEXT          80
#define MIN_ACTION_TAKEN     40
#define MIN_ACTION_REQUESTED 40

typedef struct
{
  RelayLetter *letter;
  RelayCase   *kase;
  GListModel  *victims;
  GListModel  *incidents;
  GListModel  *perpetrators;
  GListModel  *sources;
  GPtrArray   *items;
} Checker;

static void
add (Checker          *c,
     RelayLetterPart   part,
     RelayCheckStatus  status,
     char             *message)
{
  RelayCheckItem *item = g_new0 (RelayCheckItem, 1);

  item->part = part;
  item->status = status;
  item->message = message;
  g_ptr_array_add (c->items, item);
}

#define ADD(part, status, message) add (c, part, status, g_strdup (message))

static glong
text_length (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_strlen (stripped, -1);
}

static gboolean
is_blank (const char *text)
{
  return text_length (text) == 0;
}

/* Answered when long enough, thin when short, missing when empty. */
static void
check_text (Checker         *c,
            RelayLetterPart  part,
            const char      *text,
            glong            min_length,
            const char      *answered,
            const char      *hint)
{
  glong length = text_length (text);

  if (length == 0)
    ADD (part, RELAY_CHECK_STATUS_MISSING, hint);
  else if (length < min_length)
    ADD (part, RELAY_CHECK_STATUS_THIN, hint);
  else
    ADD (part, RELAY_CHECK_STATUS_ANSWERED, answered);
}

/* How the user knows a victim: their name, on the user's own screen. */
static char *
victim_display_name (RelayVictim *victim,
                     guint        number)
{
  g_autofree char *name = g_strstrip (g_strdup (relay_victim_get_name (victim)));

  if (*name != '\0')
    return g_steal_pointer (&name);

  /* Translators: a victim without a name, as in "Victim 3" */
  return g_strdup_printf (_("Victim %u"), number);
}

static gboolean
sender_has_identity (RelayCase *kase)
{
  return !is_blank (relay_case_get_sender_name (kase)) ||
         !is_blank (relay_case_get_sender_organisation (kase));
}

static gboolean
sender_has_contact (RelayCase *kase)
{
  return !is_blank (relay_case_get_sender_email (kase)) ||
         !is_blank (relay_case_get_sender_phone (kase)) ||
         !is_blank (relay_case_get_sender_address (kase));
}

/*
 * The nine questions
 */

static void
check_sender (Checker *c)
{
  gboolean identity = sender_has_identity (c->kase);
  gboolean contact = sender_has_contact (c->kase);

  if (identity && contact)
    ADD (RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_ANSWERED,
         _("Sender and contact details given"));
  else if (identity || contact)
    ADD (RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_THIN,
         _("Give both your name or organisation and an e-mail address or telephone number"));
  else
    ADD (RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_MISSING,
         _("Say who is sending and how the experts can reach you"));

  if (relay_case_get_sender_confidential (c->kase) &&
      !relay_letter_get_include_confidential (c->letter))
    ADD (RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_WARNING,
         _("The experts do not consider anonymous submissions. Include the confidential part, "
           "or let your identity be known."));
}

static void
check_urgency (Checker *c)
{
  RelayCaseKind kind = relay_case_get_kind (c->kase);
  const char *why_now = relay_case_get_why_now (c->kase);

  if (kind == RELAY_CASE_KIND_URGENT_APPEAL || relay_case_get_urgent (c->kase))
    check_text (c, RELAY_LETTER_PART_URGENCY, why_now, MIN_WHY_NOW,
                _("Urgency explained"),
                _("Say why action is needed now, and any date that matters: a hearing, "
                  "a transfer, a vote"));
  else if (kind == RELAY_CASE_KIND_LAW_POLICY && is_blank (why_now))
    ADD (RELAY_LETTER_PART_URGENCY, RELAY_CHECK_STATUS_THIN,
         _("Is there a moment to influence the law or policy, such as a vote or a debate? "
           "Say when."));
  else
    ADD (RELAY_LETTER_PART_URGENCY, RELAY_CHECK_STATUS_ANSWERED, _("Not urgent"));
}

static void
check_victims (Checker *c)
{
  guint n = g_list_model_get_n_items (c->victims);
  gboolean thin = FALSE;

  if (n == 0)
    {
      if (relay_case_get_kind (c->kase) == RELAY_CASE_KIND_LAW_POLICY)
        ADD (RELAY_LETTER_PART_VICTIMS, RELAY_CHECK_STATUS_ANSWERED,
             _("No individual victims: a law or policy"));
      else
        ADD (RELAY_LETTER_PART_VICTIMS, RELAY_CHECK_STATUS_MISSING,
             _("Add the victims: one person, several people, or a group"));
      return;
    }

  for (guint i = 0; i < n && !thin; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (c->victims, i);

      if (relay_victim_get_is_group (victim))
        thin = relay_victim_get_group_size (victim) <= 0;
      else
        thin = relay_victim_get_age (victim) < 0 &&
               is_blank (relay_victim_get_gender (victim)) &&
               is_blank (relay_victim_get_origin (victim)) &&
               is_blank (relay_victim_get_residence (victim));
    }

  if (thin)
    ADD (RELAY_LETTER_PART_VICTIMS, RELAY_CHECK_STATUS_THIN,
         _("Give each victim’s age, gender, and where they come from or live; for a group, "
           "how many people"));
  else
    ADD (RELAY_LETTER_PART_VICTIMS, RELAY_CHECK_STATUS_ANSWERED, _("Victims described"));
}

static void
check_consent (Checker *c)
{
  guint n = g_list_model_get_n_items (c->victims);
  guint unknown = 0;

  if (n == 0)
    {
      ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_ANSWERED,
           _("No consent needed: nobody is named"));
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (c->victims, i);
      g_autofree char *name = victim_display_name (victim, i + 1);
      const char *withdrawn = relay_victim_get_consent_withdrawn (victim);

      if (!is_blank (withdrawn))
        {
          add (c, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
               /* Translators: the first %s is a victim, the second a date */
               g_strdup_printf (_("%1$s withdrew consent on %2$s. The letter does not name them; "
                                  "make sure they still agree to be part of the submission."),
                                name, withdrawn));
          continue;
        }

      if (relay_victim_get_consent_government (victim) == RELAY_CONSENT_UNKNOWN)
        {
          unknown++;
          add (c, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
               /* Translators: %s is a victim */
               g_strdup_printf (_("%s: consent to be named is not recorded, so the letter does "
                                  "not name them."), name));
        }

      if (_relay_letter_victim_is_hidden (victim) &&
          (!is_blank (relay_victim_get_residence (victim)) ||
           !is_blank (relay_victim_get_group_name (victim))))
        add (c, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
             /* Translators: %s is a victim */
             g_strdup_printf (_("%s is not named, but details such as their residence or "
                                "organisation may still identify them. Keep only what the "
                                "experts need."), name));
    }

  if (unknown == n)
    ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_MISSING,
         _("Record consent for every victim: may their names be sent to the Government?"));
  else if (unknown > 0)
    ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_THIN,
         _("Record consent for every victim: may their names be sent to the Government?"));
  else
    ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_ANSWERED,
         _("Consent recorded for every victim"));
}

static void
check_what_happened (Checker *c)
{
  const char *what = relay_case_get_what_happened (c->kase);
  guint n = g_list_model_get_n_items (c->incidents);
  guint n_sources = g_list_model_get_n_items (c->sources);
  gboolean dated = FALSE, located = FALSE;
  guint media = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayIncident) incident = g_list_model_get_item (c->incidents, i);

      dated |= !is_blank (relay_incident_get_date (incident));
      located |= !is_blank (relay_incident_get_place (incident));
    }

  if (is_blank (what) && n == 0)
    ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_MISSING,
         relay_case_get_kind (c->kase) == RELAY_CASE_KIND_LAW_POLICY
         ? _("Say what the law or policy is and what it does; attach its text")
         : _("Say what happened, when and where"));
  else if (!dated || !located)
    ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_THIN,
         _("Say when and where it happened"));
  else if (text_length (what) < MIN_WHAT_HAPPENED && n < 2)
    ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_THIN,
         _("Describe what happened in more detail"));
  else
    ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_ANSWERED,
         _("What happened, when and where"));

  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr(RelaySource) source = g_list_model_get_item (c->sources, i);

      if (relay_source_get_kind (source) == RELAY_SOURCE_KIND_MEDIA)
        media++;
    }

  if (n_sources == 0)
    ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_WARNING,
         _("Say where the information comes from: first-hand accounts, witnesses, documents."));
  else if (media == n_sources)
    ADD (RELAY_LETTER_PART_WHAT_HAPPENED, RELAY_CHECK_STATUS_WARNING,
         _("The only sources are media reports. The experts find first-hand information more "
           "credible: add it if you can."));
}

static void
check_perpetrators (Checker *c)
{
  guint n = g_list_model_get_n_items (c->perpetrators);
  gboolean described = FALSE;

  for (guint i = 0; i < n && !described; i++)
    {
      g_autoptr(RelayPerpetrator) perpetrator = g_list_model_get_item (c->perpetrators, i);

      described = !is_blank (relay_perpetrator_get_name (perpetrator)) ||
                  !is_blank (relay_perpetrator_get_function (perpetrator)) ||
                  !is_blank (relay_perpetrator_get_institution (perpetrator));
    }

  if (described)
    ADD (RELAY_LETTER_PART_PERPETRATORS, RELAY_CHECK_STATUS_ANSWERED, _("Perpetrators described"));
  else if (relay_case_get_kind (c->kase) == RELAY_CASE_KIND_LAW_POLICY)
    ADD (RELAY_LETTER_PART_PERPETRATORS, RELAY_CHECK_STATUS_THIN,
         _("Say which authority adopted or proposes the law or policy"));
  else
    ADD (RELAY_LETTER_PART_PERPETRATORS, n == 0 ? RELAY_CHECK_STATUS_MISSING : RELAY_CHECK_STATUS_THIN,
         _("Say who did it: a name, a title or function, an institution"));
}

static void
check_action_requested (Checker *c)
{
  check_text (c, RELAY_LETTER_PART_ACTION_REQUESTED,
              relay_case_get_action_requested (c->kase), MIN_ACTION_REQUESTED,
              _("Action requested described"),
              _("Say what the experts should do, and which questions they should ask the "
                "Government"));

  if (relay_case_get_press_release (c->kase) &&
      is_blank (relay_case_get_press_release_reason (c->kase)))
    ADD (RELAY_LETTER_PART_ACTION_REQUESTED, RELAY_CHECK_STATUS_THIN,
         _("Say why a press release would help"));
}

static void
check_mandates (Checker *c)
{
  GListModel *mandates = G_LIST_MODEL (relay_case_get_mandates (c->kase));
  guint n = g_list_model_get_n_items (mandates);
  gboolean lead = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayCaseMandate) cm = g_list_model_get_item (mandates, i);

      lead |= relay_case_mandate_get_role (cm) == RELAY_MANDATE_ROLE_LEAD;
    }

  if (n == 0)
    ADD (RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_MISSING,
         _("Choose the mandates to send the case to"));
  else if (!lead)
    ADD (RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_THIN, _("Choose a lead mandate"));
  else if (n > 1 && is_blank (relay_case_get_joint_action_note (c->kase)))
    ADD (RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_THIN,
         _("Say why joint action by these mandates matters"));
  else
    ADD (RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_ANSWERED, _("Mandates chosen"));
}

/*
 * Warnings
 */

/* Texts that name a victim who may not be named: the letter hides the
 * names, but the sentence may read oddly, or the name may be misspelt and
 * not caught.
 */
static void
check_names_in_texts (Checker *c)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autoptr(GString) incidents = g_string_new (NULL);
  g_autoptr(GString) perpetrators = g_string_new (NULL);
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autofree char *list = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (c->incidents); i++)
    {
      g_autoptr(RelayIncident) incident = g_list_model_get_item (c->incidents, i);

      g_string_append_printf (incidents, "%s\n%s\n", relay_incident_get_place (incident),
                              relay_incident_get_description (incident));
    }

  for (guint i = 0; i < g_list_model_get_n_items (c->perpetrators); i++)
    {
      g_autoptr(RelayPerpetrator) p = g_list_model_get_item (c->perpetrators, i);

      g_string_append_printf (perpetrators, "%s\n%s\n%s\n%s\n", relay_perpetrator_get_name (p),
                              relay_perpetrator_get_function (p),
                              relay_perpetrator_get_institution (p),
                              relay_perpetrator_get_motive (p));
    }

  for (guint i = 0; i < g_list_model_get_n_items (c->sources); i++)
    {
      g_autoptr(RelaySource) source = g_list_model_get_item (c->sources, i);

      g_string_append_printf (sources, "%s\n", relay_source_get_description (source));
    }

  {
    const struct { const char *label; const char *text; } texts[] = {
      { _("why now"), relay_case_get_why_now (c->kase) },
      { _("what happened"), relay_case_get_what_happened (c->kase) },
      { _("dates and places"), incidents->str },
      { _("sources"), sources->str },
      { _("perpetrators"), perpetrators->str },
      { _("context"), relay_case_get_context (c->kase) },
      { _("action taken"), relay_case_get_action_taken (c->kase) },
      { _("action requested"), relay_case_get_action_requested (c->kase) },
      { _("confidential note"), relay_case_get_confidential_note (c->kase) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      if (_relay_letter_text_names_hidden (c->letter, texts[i].text))
        g_ptr_array_add (fields, (gpointer) texts[i].label);

    if (fields->len == 0)
      return;

    g_ptr_array_add (fields, NULL);
    /* Translators: the separator of a list, as in "what happened, context" */
    list = g_strjoinv (_(", "), (char **) fields->pdata);
  }

  add (c, RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
       /* Translators: %s is a list of parts of the case, as in "what happened, context" */
       g_strdup_printf (_("Some texts name a victim who may not be named (%s). The letter "
                          "replaces those names; reread these texts."), list));
}

static void
check_defenders (Checker *c)
{
  guint n = g_list_model_get_n_items (c->victims);
  gboolean unknown[2] = { FALSE, FALSE };

  if (n == 0 || !_relay_letter_has_mandate (c->letter, RELAY_MANDATE_ID_DEFENDERS))
    return;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (c->victims, i);

      if (!is_blank (relay_victim_get_consent_withdrawn (victim)))
        continue;

      unknown[0] |= relay_victim_get_consent_government (victim) == RELAY_CONSENT_UNKNOWN;
      unknown[1] |= relay_victim_get_consent_public (victim) == RELAY_CONSENT_UNKNOWN;
    }

  if (unknown[0])
    ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
         _("The defenders mandate asks whether the victims agree that their names are sent to "
           "the Government. Record this consent for every victim."));
  if (unknown[1])
    ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_WARNING,
         _("The defenders mandate asks whether the victims agree that their names appear in "
           "public reports. Record this consent for every victim."));
  if (!unknown[0] && !unknown[1])
    ADD (RELAY_LETTER_PART_CONSENT, RELAY_CHECK_STATUS_ANSWERED,
         _("The defenders mandate’s two consent statements are answered from the victims’ "
           "consent"));
}

/* Whether the sender's relationship to the victims, in their own words,
 * says they are the victim, family or a representative (lawyer, NGO). Any
 * of the three languages, without regard to case or accents.
 */
static gboolean
relationship_may_submit (const char *relationship)
{
  static const char * const words[] = {
    /* en */
    "victim", "myself", "self", "family", "relative", "mother", "father", "parent",
    "brother", "sister", "son", "daughter", "wife", "husband", "spouse", "partner",
    "child", "uncle", "aunt", "cousin", "grandmother", "grandfather", "lawyer",
    "attorney", "counsel", "representative", "ngo", "organisation", "organization",
    /* fr */
    "victime", "moi-meme", "famille", "proche", "mere", "pere", "frere", "soeur",
    "fils", "fille", "epouse", "epoux", "mari", "femme", "conjoint", "conjointe",
    "enfant", "oncle", "tante", "cousin", "cousine", "avocat", "avocate",
    "representant", "representante", "ong", "association",
    /* es */
    "victima", "familia", "familiar", "madre", "padre", "hermano", "hermana", "hijo",
    "hija", "esposa", "esposo", "pareja", "tio", "tia", "prima", "primo", "abogado",
    "abogada", "representante", "organizacion",
    NULL
  };
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) tokens = NULL;
  GString *plain;

  if (relationship == NULL)
    return FALSE;

  folded = g_utf8_casefold (relationship, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return FALSE;

  /* Keep letters and hyphens, drop accents, split on anything else. */
  plain = g_string_new (NULL);
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (g_unichar_type (ch) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (ch == 0x0153) /* œ */
        g_string_append (plain, "oe");
      else if (g_unichar_isalnum (ch) || ch == '-')
        g_string_append_unichar (plain, ch);
      else
        g_string_append_c (plain, ' ');
    }
  tokens = g_strsplit (plain->str, " ", -1);
  g_string_free (plain, TRUE);

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      gsize len = strlen (tokens[i]);

      for (guint w = 0; words[w] != NULL; w++)
        {
          gsize wlen = strlen (words[w]);

          /* Plurals and feminine endings: "victims", "abogadas". */
          if (g_str_has_prefix (tokens[i], words[w]) && len <= wlen + 2 &&
              (len == wlen || wlen >= 4))
            return TRUE;
        }
    }

  return FALSE;
}

static void
check_who_may_submit (Checker    *c,
                      const char *mandate_id)
{
  RelayMandate *mandate;

  if (!_relay_letter_has_mandate (c->letter, mandate_id))
    return;

  if (relationship_may_submit (relay_case_get_sender_relationship (c->kase)))
    return;

  mandate = _relay_letter_lookup_mandate (c->letter, mandate_id);

  add (c, RELAY_LETTER_PART_SENDER, RELAY_CHECK_STATUS_WARNING,
       /* Translators: %s is the title of a mandate, such as "Working Group on Arbitrary
        * Detention" */
       g_strdup_printf (_("The %s accepts information only from the people concerned, their "
                          "families or their representatives (a lawyer, an organisation). Say "
                          "how you are related to the victims."),
                        mandate != NULL ? relay_mandate_get_title (mandate, NULL) : mandate_id));
}

/* The six elements the Working Group on disappearances requires. */
static void
check_disappearances (Checker *c)
{
  RelayMandate *mandate;
  const char * const *elements;
  const char *title;
  gboolean present[6] = { FALSE };
  guint n_victims = g_list_model_get_n_items (c->victims);

  if (!_relay_letter_has_mandate (c->letter, RELAY_MANDATE_ID_DISAPPEARANCE))
    return;

  mandate = _relay_letter_lookup_mandate (c->letter, RELAY_MANDATE_ID_DISAPPEARANCE);
  elements = mandate != NULL ? relay_mandate_get_required_elements (mandate, NULL) : NULL;
  title = mandate != NULL ? relay_mandate_get_title (mandate, NULL) : RELAY_MANDATE_ID_DISAPPEARANCE;

  /* 1. The full name of the disappeared person, which needs consent. */
  for (guint i = 0; i < n_victims; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (c->victims, i);

      present[0] |= !_relay_letter_victim_is_hidden (victim) &&
                    !is_blank (relay_victim_get_name (victim));
    }

  /* 2. At least the month and year; 3. the place. */
  for (guint i = 0; i < g_list_model_get_n_items (c->incidents); i++)
    {
      g_autoptr(RelayIncident) incident = g_list_model_get_item (c->incidents, i);
      int year, month, day;

      if (relay_incident_get_precision (incident) != RELAY_DATE_PRECISION_YEAR &&
          _relay_parse_date (relay_incident_get_date (incident), &year, &month, &day) &&
          month != 0)
        present[1] = TRUE;

      present[2] |= !is_blank (relay_incident_get_place (incident));
    }

  /* 4. The forces believed responsible: an institution or a function. */
  for (guint i = 0; i < g_list_model_get_n_items (c->perpetrators); i++)
    {
      g_autoptr(RelayPerpetrator) p = g_list_model_get_item (c->perpetrators, i);

      present[3] |= !is_blank (relay_perpetrator_get_institution (p)) ||
                    !is_blank (relay_perpetrator_get_function (p));
    }

  /* 5. What the relatives did to find the person. */
  present[4] = !is_blank (relay_case_get_action_taken (c->kase));

  /* 6. Who submits: known to the Working Group, even if confidential. */
  present[5] = sender_has_identity (c->kase) &&
               (!relay_case_get_sender_confidential (c->kase) ||
                relay_letter_get_include_confidential (c->letter));

  for (guint i = 0; i < G_N_ELEMENTS (present); i++)
    {
      const char *element = NULL;

      if (present[i])
        continue;

      if (elements != NULL && g_strv_length ((char **) elements) == G_N_ELEMENTS (present))
        element = elements[i];

      add (c, RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_WARNING,
           element != NULL
           /* Translators: the first %s is a mandate's title, the second what it requires,
            * such as "Place of the arrest" */
           ? g_strdup_printf (_("%1$s: missing “%2$s”"), title, element)
           : g_strdup_printf (_("%s: a required element is missing"), title));
    }

  if (n_victims > 1)
    add (c, RELAY_LETTER_PART_MANDATES, RELAY_CHECK_STATUS_WARNING,
         /* Translators: %s is a mandate's title */
         g_strdup_printf (_("The %s asks for one submission per disappeared person."), title));
}

/*
 * Public API
 */

/**
 * relay_letter_check:
 * @self: a #RelayLetter
 *
 * Checks the case against what the experts need. The result starts with
 * one item per question of the guide, in its order, then one for the
 * mandates: %RELAY_CHECK_STATUS_ANSWERED, %RELAY_CHECK_STATUS_THIN or
 * %RELAY_CHECK_STATUS_MISSING, with a hint. Warnings
 * (%RELAY_CHECK_STATUS_WARNING) follow: consent that is not recorded or was
 * withdrawn, a hidden victim's name in a text, media-only sources, an
 * anonymous submission, the defenders mandate's consent statements, who
 * may submit to the Working Groups on arbitrary detention and on
 * disappearances, and the latter's six required elements.
 *
 * The messages are in the language of the user interface.
 *
 * Returns: (transfer full) (element-type RelayCheckItem): the items
 */
GPtrArray *
relay_letter_check (RelayLetter *self)
{
  g_autoptr(GPtrArray) warnings = NULL;
  Checker checker = { 0 };
  Checker *c = &checker;
  GPtrArray *questions;

  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  c->letter = self;
  c->kase = relay_letter_get_case (self);
  c->victims = G_LIST_MODEL (relay_case_get_victims (c->kase));
  c->incidents = G_LIST_MODEL (relay_case_get_incidents (c->kase));
  c->perpetrators = G_LIST_MODEL (relay_case_get_perpetrators (c->kase));
  c->sources = G_LIST_MODEL (relay_case_get_sources (c->kase));
  c->items = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_check_item_free);

  check_sender (c);
  check_urgency (c);
  check_victims (c);
  check_consent (c);
  check_what_happened (c);
  check_perpetrators (c);
  check_text (c, RELAY_LETTER_PART_CONTEXT, relay_case_get_context (c->kase), MIN_CONTEXT,
              _("Context given"),
              _("Describe the context and the legal framework"));
  check_text (c, RELAY_LETTER_PART_ACTION_TAKEN, relay_case_get_action_taken (c->kase),
              MIN_ACTION_TAKEN,
              _("Action taken described"),
              _("Say what has already been done (complaints, courts, national institutions) "
                "and the results"));
  check_action_requested (c);
  check_mandates (c);
  check_names_in_texts (c);
  check_defenders (c);
  check_who_may_submit (c, RELAY_MANDATE_ID_DETENTION);
  check_who_may_submit (c, RELAY_MANDATE_ID_DISAPPEARANCE);
  check_disappearances (c);

  /* The question items first, in the guide's order; warnings after them. */
  questions = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_check_item_free);
  warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_check_item_free);

  for (guint i = 0; i < c->items->len; i++)
    {
      RelayCheckItem *item = g_ptr_array_index (c->items, i);

      g_ptr_array_add (item->status == RELAY_CHECK_STATUS_WARNING ? warnings : questions,
                       relay_check_item_copy (item));
    }

  g_ptr_array_extend_and_steal (questions, g_steal_pointer (&warnings));
  g_ptr_array_unref (c->items);

  return questions;
}

/**
 * relay_check_item_copy:
 * @self: a #RelayCheckItem
 *
 * Returns: (transfer full): a copy of @self
 */
RelayCheckItem *
relay_check_item_copy (RelayCheckItem *self)
{
  RelayCheckItem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RelayCheckItem, 1);
  copy->part = self->part;
  copy->status = self->status;
  copy->message = g_strdup (self->message);

  return copy;
}

/**
 * relay_check_item_free:
 * @self: (nullable): a #RelayCheckItem
 *
 * Frees @self.
 */
void
relay_check_item_free (RelayCheckItem *self)
{
  if (self == NULL)
    return;

  g_free (self->message);
  g_free (self);
}

/**
 * relay_check_item_get_part:
 * @self: a #RelayCheckItem
 *
 * Returns: the part of the letter (and so the wizard page) concerned
 */
RelayLetterPart
relay_check_item_get_part (RelayCheckItem *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->part;
}

/**
 * relay_check_item_get_question:
 * @self: a #RelayCheckItem
 *
 * Returns: the guide's question concerned (1 to 9), or 0 for the mandates
 */
guint
relay_check_item_get_question (RelayCheckItem *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return relay_letter_part_get_question (self->part);
}

/**
 * relay_check_item_get_status:
 * @self: a #RelayCheckItem
 *
 * Returns: the status
 */
RelayCheckStatus
relay_check_item_get_status (RelayCheckItem *self)
{
  g_return_val_if_fail (self != NULL, RELAY_CHECK_STATUS_MISSING);

  return self->status;
}

/**
 * relay_check_item_get_message:
 * @self: a #RelayCheckItem
 *
 * Returns: a short message for the user, in the language of the interface
 */
const char *
relay_check_item_get_message (RelayCheckItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->message;
}
