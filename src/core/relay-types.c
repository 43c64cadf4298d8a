/* relay-types.c
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

#define G_LOG_DOMAIN "relay-types"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-core-private.h"
#include "relay-types.h"

/*
 * Labels
 */

/**
 * relay_case_kind_get_label:
 * @kind: a #RelayCaseKind
 *
 * Gets the translated name of @kind, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_case_kind_get_label (RelayCaseKind kind)
{
  switch (kind)
    {
    case RELAY_CASE_KIND_URGENT_APPEAL:
      return C_("case kind", "Urgent appeal");
    case RELAY_CASE_KIND_ALLEGATION:
      return C_("case kind", "Allegation");
    case RELAY_CASE_KIND_LAW_POLICY:
      return C_("case kind", "Law or policy");
    case RELAY_CASE_KIND_REPRISAL:
      return C_("case kind", "Reprisal");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_case_status_get_label:
 * @status: a #RelayCaseStatus
 *
 * Gets the translated name of @status, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_case_status_get_label (RelayCaseStatus status)
{
  switch (status)
    {
    case RELAY_CASE_STATUS_DRAFT:
      return C_("case status", "Draft");
    case RELAY_CASE_STATUS_READY:
      return C_("case status", "Ready to send");
    case RELAY_CASE_STATUS_SENT:
      return C_("case status", "Sent");
    case RELAY_CASE_STATUS_ACKNOWLEDGED:
      return C_("case status", "Acknowledged");
    case RELAY_CASE_STATUS_COMMUNICATION_SENT:
      return C_("case status", "Communication sent");
    case RELAY_CASE_STATUS_REPLY_RECEIVED:
      return C_("case status", "Reply received");
    case RELAY_CASE_STATUS_PUBLISHED:
      return C_("case status", "Published");
    case RELAY_CASE_STATUS_CLOSED:
      return C_("case status", "Closed");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_consent_get_label:
 * @consent: a #RelayConsent
 *
 * Gets the translated answer @consent stands for, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_consent_get_label (RelayConsent consent)
{
  switch (consent)
    {
    case RELAY_CONSENT_UNKNOWN:
      return C_("consent", "Not asked yet");
    case RELAY_CONSENT_YES:
      return C_("consent", "Yes");
    case RELAY_CONSENT_NO:
      return C_("consent", "No");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_name_form_get_label:
 * @name_form: a #RelayNameForm
 *
 * Gets the translated name of @name_form, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_name_form_get_label (RelayNameForm name_form)
{
  switch (name_form)
    {
    case RELAY_NAME_FORM_FULL:
      return C_("name form", "Full name");
    case RELAY_NAME_FORM_INITIALS:
      return C_("name form", "Initials only");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_consent_giver_get_label:
 * @giver: a #RelayConsentGiver
 *
 * Gets the translated name of who gave consent, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_consent_giver_get_label (RelayConsentGiver giver)
{
  switch (giver)
    {
    case RELAY_CONSENT_GIVER_UNKNOWN:
      return C_("consent given by", "Not recorded");
    case RELAY_CONSENT_GIVER_VICTIM:
      return C_("consent given by", "The victim");
    case RELAY_CONSENT_GIVER_FAMILY:
      return C_("consent given by", "Family");
    case RELAY_CONSENT_GIVER_LAWYER:
      return C_("consent given by", "Lawyer");
    case RELAY_CONSENT_GIVER_REPRESENTATIVE:
      return C_("consent given by", "Representative");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_consent_method_get_label:
 * @method: a #RelayConsentMethod
 *
 * Gets the translated name of how consent was given, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_consent_method_get_label (RelayConsentMethod method)
{
  switch (method)
    {
    case RELAY_CONSENT_METHOD_UNKNOWN:
      return C_("consent method", "Not recorded");
    case RELAY_CONSENT_METHOD_ORAL:
      return C_("consent method", "Oral");
    case RELAY_CONSENT_METHOD_WRITTEN:
      return C_("consent method", "Written");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_date_precision_get_label:
 * @precision: a #RelayDatePrecision
 *
 * Gets the translated name of @precision, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_date_precision_get_label (RelayDatePrecision precision)
{
  switch (precision)
    {
    case RELAY_DATE_PRECISION_DAY:
      return C_("date precision", "Exact day");
    case RELAY_DATE_PRECISION_MONTH:
      return C_("date precision", "Month only");
    case RELAY_DATE_PRECISION_YEAR:
      return C_("date precision", "Year only");
    case RELAY_DATE_PRECISION_APPROXIMATE:
      return C_("date precision", "Approximate");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_source_kind_get_label:
 * @kind: a #RelaySourceKind
 *
 * Gets the translated name of @kind, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_source_kind_get_label (RelaySourceKind kind)
{
  switch (kind)
    {
    case RELAY_SOURCE_KIND_FIRST_HAND:
      return C_("source kind", "First-hand account");
    case RELAY_SOURCE_KIND_WITNESS:
      return C_("source kind", "Witness");
    case RELAY_SOURCE_KIND_DOCUMENT:
      return C_("source kind", "Document");
    case RELAY_SOURCE_KIND_MEDIA:
      return C_("source kind", "Media report");
    case RELAY_SOURCE_KIND_OTHER:
      return C_("source kind", "Other");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_mandate_role_get_label:
 * @role: a #RelayMandateRole
 *
 * Gets the translated name of @role, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_mandate_role_get_label (RelayMandateRole role)
{
  switch (role)
    {
    case RELAY_MANDATE_ROLE_LEAD:
      return C_("mandate role", "Lead");
    case RELAY_MANDATE_ROLE_JOINT:
      return C_("mandate role", "Joint");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_timeline_kind_get_label:
 * @kind: a #RelayTimelineKind
 *
 * Gets the translated name of @kind, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_timeline_kind_get_label (RelayTimelineKind kind)
{
  switch (kind)
    {
    case RELAY_TIMELINE_KIND_SUBMITTED:
      return C_("timeline", "Submitted");
    case RELAY_TIMELINE_KIND_ACKNOWLEDGED:
      return C_("timeline", "Acknowledged");
    case RELAY_TIMELINE_KIND_FOLLOW_UP_SENT:
      return C_("timeline", "Follow-up sent");
    case RELAY_TIMELINE_KIND_COMMUNICATION_SENT:
      return C_("timeline", "Communication sent to the government");
    case RELAY_TIMELINE_KIND_GOVERNMENT_REPLY:
      return C_("timeline", "Government reply");
    case RELAY_TIMELINE_KIND_PUBLISHED:
      return C_("timeline", "Published");
    case RELAY_TIMELINE_KIND_NOTE:
      return C_("timeline", "Note");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_communication_type_get_label:
 * @type: a #RelayCommunicationType
 *
 * Gets the translated name of @type, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_communication_type_get_label (RelayCommunicationType type)
{
  switch (type)
    {
    case RELAY_COMMUNICATION_TYPE_NONE:
      return C_("communication type", "Not known");
    case RELAY_COMMUNICATION_TYPE_URGENT_APPEAL:
      return C_("communication type", "Urgent appeal (UA)");
    case RELAY_COMMUNICATION_TYPE_ALLEGATION:
      return C_("communication type", "Allegation letter (AL)");
    case RELAY_COMMUNICATION_TYPE_OTHER_LETTER:
      return C_("communication type", "Other letter, on a law or policy (OL)");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_outbox_status_get_label:
 * @status: a #RelayOutboxStatus
 *
 * Gets the translated name of @status, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_outbox_status_get_label (RelayOutboxStatus status)
{
  switch (status)
    {
    case RELAY_OUTBOX_STATUS_QUEUED:
      return C_("outbox status", "Waiting to be sent");
    case RELAY_OUTBOX_STATUS_SENDING:
      return C_("outbox status", "Sending");
    case RELAY_OUTBOX_STATUS_SENT:
      return C_("outbox status", "Sent");
    case RELAY_OUTBOX_STATUS_FAILED:
      return C_("outbox status", "Not sent");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_communication_type_get_code:
 * @type: a #RelayCommunicationType
 *
 * Gets the code OHCHR uses for @type in communication references
 * ("UA", "AL", "OL"), or "" for %RELAY_COMMUNICATION_TYPE_NONE.
 *
 * Returns: (transfer none): the code; never translated
 */
const char *
relay_communication_type_get_code (RelayCommunicationType type)
{
  switch (type)
    {
    case RELAY_COMMUNICATION_TYPE_NONE:
      return "";
    case RELAY_COMMUNICATION_TYPE_URGENT_APPEAL:
      return "UA";
    case RELAY_COMMUNICATION_TYPE_ALLEGATION:
      return "AL";
    case RELAY_COMMUNICATION_TYPE_OTHER_LETTER:
      return "OL";
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_mandate_kind_get_label:
 * @kind: a #RelayMandateKind
 *
 * Gets the translated name of @kind, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_mandate_kind_get_label (RelayMandateKind kind)
{
  switch (kind)
    {
    case RELAY_MANDATE_KIND_THEMATIC:
      return C_("mandate kind", "Thematic");
    case RELAY_MANDATE_KIND_COUNTRY:
      return C_("mandate kind", "Country");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * relay_mandate_type_get_label:
 * @type: a #RelayMandateType
 *
 * Gets the translated name of @type, for display.
 *
 * Returns: (transfer none): a translated label
 */
const char *
relay_mandate_type_get_label (RelayMandateType type)
{
  switch (type)
    {
    case RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR:
      return C_("mandate type", "Special Rapporteur");
    case RELAY_MANDATE_TYPE_INDEPENDENT_EXPERT:
      return C_("mandate type", "Independent Expert");
    case RELAY_MANDATE_TYPE_WORKING_GROUP:
      return C_("mandate type", "Working Group");
    default:
      g_return_val_if_reached ("");
    }
}

/*
 * Nicks
 */

/**
 * relay_enum_to_nick:
 * @enum_type: the #GType of an enumeration, such as %RELAY_TYPE_CASE_KIND
 * @value: a value of that enumeration
 *
 * Gets the nick of @value, for example "urgent-appeal" for
 * %RELAY_CASE_KIND_URGENT_APPEAL. Nicks are what the database stores.
 *
 * Returns: (nullable) (transfer none): the nick, or %NULL when @value is not
 *   a value of @enum_type
 */
const char *
relay_enum_to_nick (GType enum_type,
                    int   value)
{
  GEnumClass *klass;
  GEnumValue *enum_value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  /* The class of a static type is never finalized, so the nick stays valid
   * after the unref.
   */
  klass = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value (klass, value);
  g_type_class_unref (klass);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

/**
 * relay_enum_from_nick:
 * @enum_type: the #GType of an enumeration, such as %RELAY_TYPE_CASE_KIND
 * @nick: (nullable): a nick, such as "urgent-appeal"
 * @fallback: the value to return when @nick is not a nick of @enum_type
 *
 * Looks up the value whose nick is @nick.
 *
 * Returns: the value, or @fallback
 */
int
relay_enum_from_nick (GType       enum_type,
                      const char *nick,
                      int         fallback)
{
  GEnumClass *klass;
  GEnumValue *enum_value;
  int result = fallback;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), fallback);

  if (nick == NULL)
    return fallback;

  klass = g_type_class_ref (enum_type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value != NULL)
    result = enum_value->value;
  g_type_class_unref (klass);

  return result;
}

/*
 * Dates
 */

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              int        *value)
{
  int result = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + g_ascii_digit_value (text[i]);
    }

  *value = result;
  return TRUE;
}

/* Reads "YYYY", "YYYY-MM", "YYYY-MM-DD", or the date part of an ISO 8601
 * date and time ("YYYY-MM-DDThh:mm:ssZ"). A part that is missing is set to 0.
 */
gboolean
_relay_parse_date (const char *text,
                    int        *year,
                    int        *month,
                    int        *day)
{
  gsize len;

  g_assert (text != NULL);

  len = strlen (text);
  *year = *month = *day = 0;

  if (len < 4 || !parse_digits (text, 4, year) || *year < 1)
    return FALSE;
  if (len == 4)
    return TRUE;

  if (len < 7 || text[4] != '-' || !parse_digits (text + 5, 2, month) ||
      *month < 1 || *month > 12)
    return FALSE;
  if (len == 7)
    return TRUE;

  if (len < 10 || text[7] != '-' || !parse_digits (text + 8, 2, day))
    return FALSE;
  if (len > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ')
    return FALSE;

  return g_date_valid_dmy (*day, *month, *year);
}

static char *
format_date (int                year,
             int                month,
             int                day,
             RelayDatePrecision precision)
{
  g_autoptr(GDateTime) date_time = NULL;
  const char *format;
  char *label;

  date_time = g_date_time_new_utc (year, MAX (month, 1), MAX (day, 1), 0, 0, 0);
  if (date_time == NULL)
    return NULL;

  switch (precision)
    {
    case RELAY_DATE_PRECISION_DAY:
      /* xgettext:no-c-format */
      /* Translators: how an exact date is written, for example
       * "14 March 2026", in the notation of g_date_time_format():
       * %-d is the day, %B the month name, %Y the year. Reorder them or
       * add words ("%-d de %B de %Y") as your language needs.
       */
      format = C_("date format", "%-d %B %Y");
      break;

    case RELAY_DATE_PRECISION_MONTH:
      /* xgettext:no-c-format */
      /* Translators: how a month is written, for example "March 2026",
       * in the notation of g_date_time_format(): %B is the month name,
       * %Y the year.
       */
      format = C_("date format", "%B %Y");
      break;

    case RELAY_DATE_PRECISION_YEAR:
    case RELAY_DATE_PRECISION_APPROXIMATE:
    default:
      /* xgettext:no-c-format */
      /* Translators: how a year is written, for example "2026", in the
       * notation of g_date_time_format(). Most languages keep "%Y".
       */
      format = C_("date format", "%Y");
      break;
    }

  label = g_date_time_format (date_time, format);

  /* A broken translation must not hide the date. */
  if (label == NULL || *label == '\0')
    {
      g_free (label);
      label = g_date_time_format (date_time, "%Y-%m-%d");
    }

  return label;
}

/**
 * relay_date_precision_format_date:
 * @precision: how precise @date is
 * @date: (nullable): a date as "YYYY", "YYYY-MM" or "YYYY-MM-DD" (an ISO 8601
 *   date and time is read as its date), or "" when unknown
 *
 * Formats @date for display, no more precisely than @precision and than
 * @date itself: "14 March 2026", "March 2026", "2026", "around 14 March 2026",
 * or "Date unknown". Month names follow the locale. A @date that cannot be
 * read is returned as it is, so that nothing the user typed is hidden.
 *
 * Returns: (transfer full): a translated label
 */
char *
relay_date_precision_format_date (RelayDatePrecision  precision,
                                  const char         *date)
{
  g_autofree char *stripped = NULL;
  g_autofree char *label = NULL;
  RelayDatePrecision available;
  int year, month, day;

  g_return_val_if_fail ((guint) precision <= RELAY_DATE_PRECISION_APPROXIMATE, NULL);

  if (date == NULL)
    date = "";

  stripped = g_strstrip (g_strdup (date));

  if (*stripped == '\0')
    return g_strdup (_("Date unknown"));

  if (!_relay_parse_date (stripped, &year, &month, &day))
    return g_steal_pointer (&stripped);

  if (day != 0)
    available = RELAY_DATE_PRECISION_DAY;
  else if (month != 0)
    available = RELAY_DATE_PRECISION_MONTH;
  else
    available = RELAY_DATE_PRECISION_YEAR;

  if (precision == RELAY_DATE_PRECISION_APPROXIMATE)
    label = format_date (year, month, day, available);
  else
    label = format_date (year, month, day, MAX (precision, available));

  if (label == NULL)
    return g_steal_pointer (&stripped);

  if (precision == RELAY_DATE_PRECISION_APPROXIMATE)
    /* Translators: an approximate date; %s is a date such as
     * "14 March 2026", "March 2026" or "2026".
     */
    return g_strdup_printf (_("around %s"), label);

  return g_steal_pointer (&label);
}

/*
 * Private helpers for the model objects
 */

/* Replaces *field with a copy of value (NULL meaning ""), and tells whether
 * it changed. Invalid UTF-8 is repaired, as SQLite and GTK expect text.
 */
gboolean
_relay_set_string (char       **field,
                   const char  *value)
{
  g_autofree char *valid = NULL;

  g_assert (field != NULL);

  if (value == NULL)
    value = "";

  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  if (*field != NULL && strcmp (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* Replaces *field with value, in UTC and to the second (as the store keeps
 * it), and tells whether it changed.
 */
gboolean
_relay_set_date_time (GDateTime **field,
                      GDateTime  *value)
{
  g_autoptr(GDateTime) utc = NULL;

  g_assert (field != NULL);

  if (value != NULL)
    {
      g_autoptr(GDateTime) full = g_date_time_to_utc (value);

      utc = g_date_time_new_utc (g_date_time_get_year (full),
                                 g_date_time_get_month (full),
                                 g_date_time_get_day_of_month (full),
                                 g_date_time_get_hour (full),
                                 g_date_time_get_minute (full),
                                 g_date_time_get_second (full));
    }

  if (*field == NULL && utc == NULL)
    return FALSE;

  if (*field != NULL && utc != NULL && g_date_time_equal (*field, utc))
    return FALSE;

  g_clear_pointer (field, g_date_time_unref);
  *field = g_steal_pointer (&utc);

  return TRUE;
}

/**
 * relay_enum_get_label:
 * @enum_type: the GType of one of Relay's enums
 * @value: a value of it
 *
 * Gets the translated label of @value, as the type's own
 * relay_*_get_label() function gives it; useful to fill lists.
 *
 * Returns: the label, or "" for an unknown type
 */
const char *
relay_enum_get_label (GType enum_type,
                      int   value)
{
  if (enum_type == RELAY_TYPE_CASE_KIND)
    return relay_case_kind_get_label (value);
  if (enum_type == RELAY_TYPE_CASE_STATUS)
    return relay_case_status_get_label (value);
  if (enum_type == RELAY_TYPE_CONSENT)
    return relay_consent_get_label (value);
  if (enum_type == RELAY_TYPE_NAME_FORM)
    return relay_name_form_get_label (value);
  if (enum_type == RELAY_TYPE_CONSENT_GIVER)
    return relay_consent_giver_get_label (value);
  if (enum_type == RELAY_TYPE_CONSENT_METHOD)
    return relay_consent_method_get_label (value);
  if (enum_type == RELAY_TYPE_DATE_PRECISION)
    return relay_date_precision_get_label (value);
  if (enum_type == RELAY_TYPE_SOURCE_KIND)
    return relay_source_kind_get_label (value);
  if (enum_type == RELAY_TYPE_MANDATE_ROLE)
    return relay_mandate_role_get_label (value);
  if (enum_type == RELAY_TYPE_TIMELINE_KIND)
    return relay_timeline_kind_get_label (value);
  if (enum_type == RELAY_TYPE_COMMUNICATION_TYPE)
    return relay_communication_type_get_label (value);
  if (enum_type == RELAY_TYPE_OUTBOX_STATUS)
    return relay_outbox_status_get_label (value);
  if (enum_type == RELAY_TYPE_MANDATE_KIND)
    return relay_mandate_kind_get_label (value);
  if (enum_type == RELAY_TYPE_MANDATE_TYPE)
    return relay_mandate_type_get_label (value);

  g_return_val_if_reached ("");
}
