/* test-case.c
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
 * Generic checks over every model type
 */

static GType
get_model_type (guint i)
{
  GType types[] = {
    RELAY_TYPE_CASE,
    RELAY_TYPE_VICTIM,
    RELAY_TYPE_PERPETRATOR,
    RELAY_TYPE_INCIDENT,
    RELAY_TYPE_SOURCE,
    RELAY_TYPE_CASE_MANDATE,
    RELAY_TYPE_TIMELINE_ENTRY,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* Every writable property notifies once on a change and never when set to
 * the value it already has; strings read "" for NULL.
 */
static void
test_model_properties (void)
{
  GType type;

  for (guint t = 0; (type = get_model_type (t)) != G_TYPE_INVALID; t++)
    {
      g_autoptr(GObject) object = g_object_new (type, NULL);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
      g_assert_cmpuint (n_pspecs, >, 1);

      for (guint i = 0; i < n_pspecs; i++)
        {
          GParamSpec *pspec = pspecs[i];
          g_autofree char *signal = g_strconcat ("notify::", pspec->name, NULL);
          g_auto(GValue) current = G_VALUE_INIT;
          g_auto(GValue) other = G_VALUE_INIT;
          guint count = 0;
          gulong id;

          g_assert_true (pspec->flags & G_PARAM_READABLE);

          if (!(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
            continue;

          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

          g_value_init (&current, pspec->value_type);
          g_object_get_property (object, pspec->name, &current);
          g_value_init (&other, pspec->value_type);

          /* A new object holds the documented defaults. */
          g_assert_true (g_param_value_defaults (pspec, &current));

          if (G_IS_PARAM_SPEC_STRING (pspec))
            {
              g_value_set_string (&other, "Nguyễn «x»");
            }
          else if (G_IS_PARAM_SPEC_INT (pspec))
            g_value_set_int (&other, g_value_get_int (&current) + 5);
          else if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
            g_value_set_boolean (&other, !g_value_get_boolean (&current));
          else if (G_IS_PARAM_SPEC_ENUM (pspec))
            {
              GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

              g_assert_cmpuint (klass->n_values, >=, 2);
              g_value_set_enum (&other, g_value_get_enum (&current) == klass->values[0].value
                                          ? klass->values[1].value : klass->values[0].value);
            }
          else if (pspec->value_type == G_TYPE_DATE_TIME)
            {
              g_assert_null (g_value_get_boxed (&current));
              g_value_take_boxed (&other, g_date_time_new_utc (2026, 3, 14, 9, 30, 0));
            }
          else
            g_assert_not_reached ();

          id = g_signal_connect (object, signal, G_CALLBACK (count_notify_cb), &count);

          g_object_set_property (object, pspec->name, &current);
          g_assert_cmpuint (count, ==, 0);
          g_object_set_property (object, pspec->name, &other);
          g_assert_cmpuint (count, ==, 1);
          g_object_set_property (object, pspec->name, &other);
          g_assert_cmpuint (count, ==, 1);

          if (G_IS_PARAM_SPEC_STRING (pspec))
            {
              g_auto(GValue) read = G_VALUE_INIT;

              g_object_set (object, pspec->name, NULL, NULL);
              g_assert_cmpuint (count, ==, 2);
              g_value_init (&read, G_TYPE_STRING);
              g_object_get_property (object, pspec->name, &read);
              g_assert_cmpstr (g_value_get_string (&read), ==, "");

              /* NULL and "" are the same value: no notification. */
              g_object_set (object, pspec->name, "", NULL);
              g_assert_cmpuint (count, ==, 2);
            }

          g_signal_handler_disconnect (object, id);
        }

      g_assert_finalize_object (g_steal_pointer (&object));
    }
}

static void
test_case_defaults (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayCase) other = relay_case_new ();
  struct {
    GListStore *(*get) (RelayCase *);
    GType item_type;
    const char *property;
  } children[] = {
    { relay_case_get_victims, RELAY_TYPE_VICTIM, "victims" },
    { relay_case_get_perpetrators, RELAY_TYPE_PERPETRATOR, "perpetrators" },
    { relay_case_get_incidents, RELAY_TYPE_INCIDENT, "incidents" },
    { relay_case_get_sources, RELAY_TYPE_SOURCE, "sources" },
    { relay_case_get_mandates, RELAY_TYPE_CASE_MANDATE, "mandates" },
    { relay_case_get_timeline, RELAY_TYPE_TIMELINE_ENTRY, "timeline" },
  };

  g_assert_true (g_uuid_string_is_valid (relay_case_get_uuid (kase)));
  g_assert_cmpstr (relay_case_get_uuid (kase), !=, relay_case_get_uuid (other));
  g_assert_cmpstr (relay_case_get_title (kase), ==, "");
  g_assert_cmpint (relay_case_get_kind (kase), ==, RELAY_CASE_KIND_URGENT_APPEAL);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_DRAFT);
  g_assert_cmpstr (relay_case_get_language (kase), ==, "en");
  g_assert_cmpstr (relay_case_get_country (kase), ==, "");
  g_assert_false (relay_case_get_urgent (kase));
  g_assert_true (relay_case_get_sender_confidential (kase));
  g_assert_null (relay_case_get_created_at (kase));
  g_assert_null (relay_case_get_updated_at (kase));
  g_assert_null (relay_case_get_submitted_at (kase));

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      GListStore *list = children[i].get (kase);
      g_autoptr(GListModel) from_property = NULL;

      g_assert_true (G_IS_LIST_STORE (list));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
      g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == children[i].item_type);

      g_object_get (kase, children[i].property, &from_property, NULL);
      g_assert_true (from_property == G_LIST_MODEL (list));
    }

  /* A uuid given at construction is kept. */
  {
    g_autoptr(RelayCase) named = g_object_new (RELAY_TYPE_CASE, "uuid", "case-1", NULL);

    g_assert_cmpstr (relay_case_get_uuid (named), ==, "case-1");
  }
}

static void
test_case_date_time_utc (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (2 * 3600);
  g_autoptr(GDateTime) local = g_date_time_new (zone, 2026, 3, 14, 12, 0, 30.75);
  GDateTime *stored;

  relay_case_set_submitted_at (kase, local);
  stored = relay_case_get_submitted_at (kase);

  g_assert_nonnull (stored);
  g_assert_cmpint (g_date_time_get_utc_offset (stored), ==, 0);
  g_assert_cmpint (g_date_time_get_hour (stored), ==, 10);
  g_assert_cmpint (g_date_time_get_second (stored), ==, 30);
  g_assert_cmpint (g_date_time_get_microsecond (stored), ==, 0);

  relay_case_set_submitted_at (kase, NULL);
  g_assert_null (relay_case_get_submitted_at (kase));
}

/*
 * Victims
 */

static void
test_victim_defaults (void)
{
  g_autoptr(RelayVictim) victim = relay_victim_new ();

  g_assert_cmpint (relay_victim_get_age (victim), ==, -1);
  g_assert_cmpint (relay_victim_get_group_size (victim), ==, 0);
  g_assert_cmpint (relay_victim_get_name_form (victim), ==, RELAY_NAME_FORM_INITIALS);
  g_assert_cmpint (relay_victim_get_consent_government (victim), ==, RELAY_CONSENT_UNKNOWN);
  g_assert_cmpint (relay_victim_get_consent_public (victim), ==, RELAY_CONSENT_UNKNOWN);
  g_assert_cmpint (relay_victim_get_consent_given_by (victim), ==, RELAY_CONSENT_GIVER_UNKNOWN);
  g_assert_cmpint (relay_victim_get_consent_method (victim), ==, RELAY_CONSENT_METHOD_UNKNOWN);
  g_assert_false (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT));
  g_assert_false (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_PUBLIC));
}

static void
test_victim_initials (void)
{
  struct {
    const char *name;
    const char *initials;
  } cases[] = {
    { "María José Pérez", "M. J. P." },
    { "Jean-Pierre Dupont", "J.-P. D." },
    { "  ana   lópez  ", "A. L." },
    { "E\xcc\x81mile Zola", "É. Z." },          /* decomposed É */
    { "(Ahmed) O'Brien", "A. O." },
    { "Ñusta", "Ñ." },
    { "Łukasz Żak", "Ł. Ż." },
    { "Nguyễn Văn An", "N. V. A." },
    { "Ahmed -", "A." },
    { "-", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RelayVictim) victim = relay_victim_new ();
      g_autofree char *initials = NULL;

      relay_victim_set_name (victim, cases[i].name);
      initials = relay_victim_dup_initials (victim);
      g_assert_cmpstr (initials, ==, cases[i].initials);
    }
}

static void
test_victim_may_be_named (void)
{
  RelayConsent values[] = { RELAY_CONSENT_UNKNOWN, RELAY_CONSENT_YES, RELAY_CONSENT_NO };

  for (guint g = 0; g < G_N_ELEMENTS (values); g++)
    for (guint p = 0; p < G_N_ELEMENTS (values); p++)
      {
        g_autoptr(RelayVictim) victim = relay_victim_new ();

        relay_victim_set_consent_government (victim, values[g]);
        relay_victim_set_consent_public (victim, values[p]);

        g_assert_true (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT) ==
                       (values[g] == RELAY_CONSENT_YES));
        g_assert_true (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_PUBLIC) ==
                       (values[p] == RELAY_CONSENT_YES));

        /* Withdrawal wins over any consent, whatever the text. */
        relay_victim_set_consent_withdrawn (victim, "2026-05-05");
        g_assert_false (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT));
        g_assert_false (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_PUBLIC));

        relay_victim_set_consent_withdrawn (victim, "early May");
        g_assert_false (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT));

        relay_victim_set_consent_withdrawn (victim, NULL);
        g_assert_true (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT) ==
                       (values[g] == RELAY_CONSENT_YES));
      }
}

static char *
summarize (RelayConsent        government,
           RelayConsent        public_reports,
           RelayNameForm       form,
           RelayConsentGiver   giver,
           RelayConsentMethod  method,
           const char         *date,
           const char         *withdrawn)
{
  g_autoptr(RelayVictim) victim = relay_victim_new ();

  g_object_set (victim,
                "consent-government", government,
                "consent-public", public_reports,
                "name-form", form,
                "consent-given-by", giver,
                "consent-method", method,
                "consent-date", date,
                "consent-withdrawn", withdrawn,
                NULL);

  return relay_victim_dup_consent_summary (victim);
}

static void
count_changed_cb (RelayCase *kase,
                  guint     *count)
{
  (*count)++;
}

/* One "changed" signal for any edit, in the case or in its parts. */
static void
test_case_changed_signal (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayVictim) victim = relay_victim_new ();
  g_autoptr(RelayIncident) incident = relay_incident_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint count = 0;

  g_signal_connect (kase, "changed", G_CALLBACK (count_changed_cb), &count);

  relay_case_set_title (kase, "Threats");
  g_assert_cmpuint (count, ==, 1);
  relay_case_set_title (kase, "Threats");
  g_assert_cmpuint (count, ==, 1);

  g_list_store_append (relay_case_get_victims (kase), victim);
  g_assert_cmpuint (count, ==, 2);
  relay_victim_set_name (victim, "Ana");
  g_assert_cmpuint (count, ==, 3);

  g_list_store_append (relay_case_get_incidents (kase), incident);
  relay_incident_set_place (incident, "Quibdó");
  g_assert_cmpuint (count, ==, 5);

  /* A removed part no longer counts. */
  g_list_store_remove (relay_case_get_victims (kase), 0);
  g_assert_cmpuint (count, ==, 6);
  relay_victim_set_name (victim, "Someone else");
  g_assert_cmpuint (count, ==, 6);

  /* Saving sets timestamps: that is not an edit. */
  g_object_set (kase, "updated-at", now, "created-at", now, NULL);
  g_assert_cmpuint (count, ==, 6);

  relay_case_set_draft_page (kase, "victims");
  g_assert_cmpuint (count, ==, 7);
  g_assert_cmpstr (relay_case_get_draft_page (kase), ==, "victims");
}

static void
test_victim_description (void)
{
  g_autoptr(RelayVictim) victim = relay_victim_new ();
  g_autofree char *empty = NULL;
  g_autofree char *person = NULL;
  g_autofree char *one_year = NULL;
  g_autofree char *group = NULL;
  g_autofree char *unsized = NULL;

  empty = relay_victim_dup_description (victim);
  g_assert_cmpstr (empty, ==, "");

  relay_victim_set_age (victim, 34);
  relay_victim_set_gender (victim, "woman");
  person = relay_victim_dup_description (victim);
  g_assert_cmpstr (person, ==, "34 years old, woman");

  relay_victim_set_age (victim, 1);
  relay_victim_set_gender (victim, NULL);
  one_year = relay_victim_dup_description (victim);
  g_assert_cmpstr (one_year, ==, "1 year old");

  relay_victim_set_age (victim, -1);
  relay_victim_set_is_group (victim, TRUE);
  relay_victim_set_group_size (victim, 12);
  group = relay_victim_dup_description (victim);
  g_assert_cmpstr (group, ==, "A group of 12 people");

  relay_victim_set_group_size (victim, 0);
  unsized = relay_victim_dup_description (victim);
  g_assert_cmpstr (unsized, ==, "A group");
}

static void
test_victim_consent_summary (void)
{
  char *summary;

  summary = summarize (RELAY_CONSENT_YES, RELAY_CONSENT_YES, RELAY_NAME_FORM_INITIALS,
                       RELAY_CONSENT_GIVER_FAMILY, RELAY_CONSENT_METHOD_ORAL, "2026-03-03", "");
  g_assert_cmpstr (summary, ==,
                   "The name may be sent to the government and may appear in public reports. "
                   "Only the initials may be used. "
                   "Consent given orally by the family on 3 March 2026.");
  g_free (summary);

  summary = summarize (RELAY_CONSENT_YES, RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL,
                       RELAY_CONSENT_GIVER_LAWYER, RELAY_CONSENT_METHOD_WRITTEN, "", "");
  g_assert_cmpstr (summary, ==,
                   "The name may be sent to the government but must not appear in public "
                   "reports. The full name may be used. Consent given in writing by their lawyer.");
  g_free (summary);

  summary = summarize (RELAY_CONSENT_YES, RELAY_CONSENT_UNKNOWN, RELAY_NAME_FORM_FULL,
                       RELAY_CONSENT_GIVER_UNKNOWN, RELAY_CONSENT_METHOD_UNKNOWN, "", "");
  g_assert_cmpstr (summary, ==,
                   "The name may be sent to the government. It will not appear in public "
                   "reports until consent for that is given. The full name may be used.");
  g_free (summary);

  summary = summarize (RELAY_CONSENT_NO, RELAY_CONSENT_NO, RELAY_NAME_FORM_FULL,
                       RELAY_CONSENT_GIVER_VICTIM, RELAY_CONSENT_METHOD_ORAL, "2026-03-03", "");
  g_assert_cmpstr (summary, ==,
                   "The name must not be sent to the government or appear in public reports.");
  g_free (summary);

  summary = summarize (RELAY_CONSENT_YES, RELAY_CONSENT_YES, RELAY_NAME_FORM_FULL,
                       RELAY_CONSENT_GIVER_FAMILY, RELAY_CONSENT_METHOD_ORAL, "2026-03-03",
                       "2026-05-05");
  g_assert_cmpstr (summary, ==, "Consent withdrawn on 5 May 2026: the name must not be used.");
  g_free (summary);

  summary = summarize (RELAY_CONSENT_YES, RELAY_CONSENT_YES, RELAY_NAME_FORM_FULL,
                       RELAY_CONSENT_GIVER_FAMILY, RELAY_CONSENT_METHOD_ORAL, "", "yes");
  g_assert_cmpstr (summary, ==, "Consent withdrawn: the name must not be used.");
  g_free (summary);

  summary = summarize (RELAY_CONSENT_UNKNOWN, RELAY_CONSENT_UNKNOWN, RELAY_NAME_FORM_FULL,
                       RELAY_CONSENT_GIVER_FAMILY, RELAY_CONSENT_METHOD_ORAL, "2026-03-03", "");
  g_assert_cmpstr (summary, ==, "Consent not asked yet: the name will not be used.");
  g_free (summary);

  /* Every combination gives some sentence. */
  for (RelayConsent g = RELAY_CONSENT_UNKNOWN; g <= RELAY_CONSENT_NO; g++)
    for (RelayConsent p = RELAY_CONSENT_UNKNOWN; p <= RELAY_CONSENT_NO; p++)
      for (RelayConsentGiver giver = 0; giver <= RELAY_CONSENT_GIVER_REPRESENTATIVE; giver++)
        for (RelayConsentMethod m = 0; m <= RELAY_CONSENT_METHOD_WRITTEN; m++)
          {
            summary = summarize (g, p, RELAY_NAME_FORM_INITIALS, giver, m, "2026-01-31", "");
            g_assert_true (g_str_has_suffix (summary, "."));
            g_assert_null (strstr (summary, "  "));
            g_free (summary);
          }
}

/*
 * Dates
 */

static void
test_date_labels (void)
{
  struct {
    const char *date;
    RelayDatePrecision precision;
    const char *label;
  } cases[] = {
    { "2026-03-14", RELAY_DATE_PRECISION_DAY, "14 March 2026" },
    { "2026-03-14", RELAY_DATE_PRECISION_MONTH, "March 2026" },
    { "2026-03-14", RELAY_DATE_PRECISION_YEAR, "2026" },
    { "2026-03-14", RELAY_DATE_PRECISION_APPROXIMATE, "around 14 March 2026" },
    { "2026-03", RELAY_DATE_PRECISION_DAY, "March 2026" },
    { "2026-03", RELAY_DATE_PRECISION_APPROXIMATE, "around March 2026" },
    { "2026", RELAY_DATE_PRECISION_DAY, "2026" },
    { "2026", RELAY_DATE_PRECISION_APPROXIMATE, "around 2026" },
    { "2024-02-29", RELAY_DATE_PRECISION_DAY, "29 February 2024" },
    { " 2026-12-01 ", RELAY_DATE_PRECISION_DAY, "1 December 2026" },
    { "2026-03-14T22:14:47Z", RELAY_DATE_PRECISION_DAY, "14 March 2026" },
    { "", RELAY_DATE_PRECISION_DAY, "Date unknown" },
    { "   ", RELAY_DATE_PRECISION_APPROXIMATE, "Date unknown" },
    /* What cannot be read is shown as typed. */
    { "2026-02-30", RELAY_DATE_PRECISION_DAY, "2026-02-30" },
    { "2026-13", RELAY_DATE_PRECISION_DAY, "2026-13" },
    { "spring 2025", RELAY_DATE_PRECISION_APPROXIMATE, "spring 2025" },
    { "0000", RELAY_DATE_PRECISION_YEAR, "0000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RelayIncident) incident = relay_incident_new ();
      g_autofree char *label = NULL;
      g_autofree char *direct = NULL;

      relay_incident_set_date (incident, cases[i].date);
      relay_incident_set_precision (incident, cases[i].precision);
      label = relay_incident_dup_date_label (incident);
      g_assert_cmpstr (label, ==, cases[i].label);

      direct = relay_date_precision_format_date (cases[i].precision, cases[i].date);
      g_assert_cmpstr (direct, ==, cases[i].label);
    }

  {
    g_autoptr(RelayIncident) incident = relay_incident_new ();
    g_autofree char *label = relay_incident_dup_date_label (incident);

    g_assert_cmpstr (label, ==, "Date unknown");
  }

  {
    g_autoptr(RelayTimelineEntry) entry = relay_timeline_entry_new ();
    g_autofree char *label = NULL;

    g_assert_cmpint (relay_timeline_entry_get_kind (entry), ==, RELAY_TIMELINE_KIND_NOTE);
    relay_timeline_entry_set_date (entry, "2026-11-27T22:14:47Z");
    label = relay_timeline_entry_dup_date_label (entry);
    g_assert_cmpstr (label, ==, "27 November 2026");
  }
}

/*
 * Enumerations
 */

typedef struct {
  GType (*get_type) (void);
  const char * const *nicks;
  const char *(*get_label) (int value);
} EnumInfo;

static const char * const case_kind_nicks[] = {
  "urgent-appeal", "allegation", "law-policy", "reprisal", NULL };
static const char * const case_status_nicks[] = {
  "draft", "ready", "sent", "acknowledged", "communication-sent", "reply-received",
  "published", "closed", NULL };
static const char * const consent_nicks[] = { "unknown", "yes", "no", NULL };
static const char * const name_form_nicks[] = { "full", "initials", NULL };
static const char * const consent_giver_nicks[] = {
  "unknown", "victim", "family", "lawyer", "representative", NULL };
static const char * const consent_method_nicks[] = { "unknown", "oral", "written", NULL };
static const char * const consent_purpose_nicks[] = { "government", "public", NULL };
static const char * const date_precision_nicks[] = {
  "day", "month", "year", "approximate", NULL };
static const char * const source_kind_nicks[] = {
  "first-hand", "witness", "document", "media", "other", NULL };
static const char * const mandate_role_nicks[] = { "lead", "joint", NULL };
static const char * const timeline_kind_nicks[] = {
  "submitted", "acknowledged", "follow-up-sent", "communication-sent", "government-reply",
  "published", "note", NULL };

static const EnumInfo enums[] = {
  { relay_case_kind_get_type, case_kind_nicks, (const char *(*) (int)) relay_case_kind_get_label },
  { relay_case_status_get_type, case_status_nicks,
    (const char *(*) (int)) relay_case_status_get_label },
  { relay_consent_get_type, consent_nicks, (const char *(*) (int)) relay_consent_get_label },
  { relay_name_form_get_type, name_form_nicks, (const char *(*) (int)) relay_name_form_get_label },
  { relay_consent_giver_get_type, consent_giver_nicks,
    (const char *(*) (int)) relay_consent_giver_get_label },
  { relay_consent_method_get_type, consent_method_nicks,
    (const char *(*) (int)) relay_consent_method_get_label },
  { relay_consent_purpose_get_type, consent_purpose_nicks, NULL },
  { relay_date_precision_get_type, date_precision_nicks,
    (const char *(*) (int)) relay_date_precision_get_label },
  { relay_source_kind_get_type, source_kind_nicks,
    (const char *(*) (int)) relay_source_kind_get_label },
  { relay_mandate_role_get_type, mandate_role_nicks,
    (const char *(*) (int)) relay_mandate_role_get_label },
  { relay_timeline_kind_get_type, timeline_kind_nicks,
    (const char *(*) (int)) relay_timeline_kind_get_label },
};

static void
test_enum_nicks (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    {
      GType type = enums[e].get_type ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      g_assert_true (G_TYPE_IS_ENUM (type));
      g_assert_cmpuint (klass->n_values, ==, g_strv_length ((char **) enums[e].nicks));

      /* The nicks are what the database stores: they must never change. */
      for (guint i = 0; i < klass->n_values; i++)
        {
          int value = klass->values[i].value;

          g_assert_cmpint (value, ==, i);
          g_assert_cmpstr (relay_enum_to_nick (type, value), ==, enums[e].nicks[i]);
          g_assert_cmpint (relay_enum_from_nick (type, enums[e].nicks[i], -1), ==, value);
        }

      g_assert_null (relay_enum_to_nick (type, klass->n_values));
      g_assert_null (relay_enum_to_nick (type, -1));
      g_assert_cmpint (relay_enum_from_nick (type, "no-such-nick", 42), ==, 42);
      g_assert_cmpint (relay_enum_from_nick (type, NULL, 7), ==, 7);
      g_assert_cmpint (relay_enum_from_nick (type, "", 7), ==, 7);
    }
}

static void
test_enum_labels (void)
{
  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[e].get_type ());
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      if (enums[e].get_label == NULL)
        continue;

      for (guint i = 0; i < klass->n_values; i++)
        {
          const char *label = enums[e].get_label (klass->values[i].value);

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "");
          g_assert_false (g_hash_table_contains (seen, label));
          g_hash_table_add (seen, (char *) label);
        }
    }

  g_assert_cmpstr (relay_case_kind_get_label (RELAY_CASE_KIND_LAW_POLICY), ==, "Law or policy");
  g_assert_cmpstr (relay_case_status_get_label (RELAY_CASE_STATUS_READY), ==, "Ready to send");
  g_assert_cmpstr (relay_consent_get_label (RELAY_CONSENT_UNKNOWN), ==, "Not asked yet");
  g_assert_cmpstr (relay_name_form_get_label (RELAY_NAME_FORM_INITIALS), ==, "Initials only");
  g_assert_cmpstr (relay_consent_giver_get_label (RELAY_CONSENT_GIVER_VICTIM), ==, "The victim");
  g_assert_cmpstr (relay_consent_method_get_label (RELAY_CONSENT_METHOD_WRITTEN), ==, "Written");
  g_assert_cmpstr (relay_date_precision_get_label (RELAY_DATE_PRECISION_MONTH), ==, "Month only");
  g_assert_cmpstr (relay_source_kind_get_label (RELAY_SOURCE_KIND_MEDIA), ==, "Media report");
  g_assert_cmpstr (relay_mandate_role_get_label (RELAY_MANDATE_ROLE_JOINT), ==, "Joint");
  g_assert_cmpstr (relay_timeline_kind_get_label (RELAY_TIMELINE_KIND_COMMUNICATION_SENT), ==,
                   "Communication sent to the government");
}

/*
 * Summaries
 */

static void
test_case_summary (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 27, 22, 14, 47);
  g_autoptr(RelayCaseSummary) summary = NULL;
  g_autoptr(GDateTime) read_when = NULL;
  g_autofree char *title = NULL;
  RelayCaseStatus status;

  summary = relay_case_summary_new ("abc", "Détention de Mme X.", RELAY_CASE_KIND_REPRISAL,
                                    RELAY_CASE_STATUS_SENT, "FR", when);

  g_assert_cmpstr (relay_case_summary_get_uuid (summary), ==, "abc");
  g_assert_cmpstr (relay_case_summary_get_title (summary), ==, "Détention de Mme X.");
  g_assert_cmpint (relay_case_summary_get_kind (summary), ==, RELAY_CASE_KIND_REPRISAL);
  g_assert_cmpint (relay_case_summary_get_status (summary), ==, RELAY_CASE_STATUS_SENT);
  g_assert_cmpstr (relay_case_summary_get_country (summary), ==, "FR");
  g_assert_true (g_date_time_equal (relay_case_summary_get_updated_at (summary), when));

  g_object_get (summary, "title", &title, "status", &status, "updated-at", &read_when, NULL);
  g_assert_cmpstr (title, ==, "Détention de Mme X.");
  g_assert_cmpint (status, ==, RELAY_CASE_STATUS_SENT);
  g_assert_true (g_date_time_equal (read_when, when));

  g_clear_object (&summary);
  summary = relay_case_summary_new ("def", NULL, RELAY_CASE_KIND_ALLEGATION,
                                    RELAY_CASE_STATUS_DRAFT, NULL, NULL);
  g_assert_cmpstr (relay_case_summary_get_title (summary), ==, "");
  g_assert_cmpstr (relay_case_summary_get_country (summary), ==, "");
  g_assert_null (relay_case_summary_get_updated_at (summary));
}

int
main (int   argc,
      char *argv[])
{
  /* Labels and dates in plain English, whatever the machine says. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/model/properties", test_model_properties);
  g_test_add_func ("/core/case/defaults", test_case_defaults);
  g_test_add_func ("/core/case/date-time-utc", test_case_date_time_utc);
  g_test_add_func ("/core/victim/defaults", test_victim_defaults);
  g_test_add_func ("/core/victim/initials", test_victim_initials);
  g_test_add_func ("/core/victim/may-be-named", test_victim_may_be_named);
  g_test_add_func ("/core/victim/consent-summary", test_victim_consent_summary);
  g_test_add_func ("/core/victim/description", test_victim_description);
  g_test_add_func ("/core/case/changed-signal", test_case_changed_signal);
  g_test_add_func ("/core/date/labels", test_date_labels);
  g_test_add_func ("/core/enum/nicks", test_enum_nicks);
  g_test_add_func ("/core/enum/labels", test_enum_labels);
  g_test_add_func ("/core/case-summary/properties", test_case_summary);

  return g_test_run ();
}
