/* relay-types.h
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

#include <glib-object.h>

G_BEGIN_DECLS

/* The value nicks of these enumerations (for example "urgent-appeal") are
 * the strings stored in the database: renaming a value is a schema change.
 */

typedef enum
{
  RELAY_CASE_KIND_URGENT_APPEAL,
  RELAY_CASE_KIND_ALLEGATION,
  RELAY_CASE_KIND_LAW_POLICY,
  RELAY_CASE_KIND_REPRISAL,
} RelayCaseKind;

typedef enum
{
  RELAY_CASE_STATUS_DRAFT,
  RELAY_CASE_STATUS_READY,
  RELAY_CASE_STATUS_SENT,
  RELAY_CASE_STATUS_ACKNOWLEDGED,
  RELAY_CASE_STATUS_COMMUNICATION_SENT,
  RELAY_CASE_STATUS_REPLY_RECEIVED,
  RELAY_CASE_STATUS_PUBLISHED,
  RELAY_CASE_STATUS_CLOSED,
} RelayCaseStatus;

typedef enum
{
  RELAY_CONSENT_UNKNOWN,
  RELAY_CONSENT_YES,
  RELAY_CONSENT_NO,
} RelayConsent;

typedef enum
{
  RELAY_NAME_FORM_FULL,
  RELAY_NAME_FORM_INITIALS,
} RelayNameForm;

typedef enum
{
  RELAY_CONSENT_GIVER_UNKNOWN,
  RELAY_CONSENT_GIVER_VICTIM,
  RELAY_CONSENT_GIVER_FAMILY,
  RELAY_CONSENT_GIVER_LAWYER,
  RELAY_CONSENT_GIVER_REPRESENTATIVE,
} RelayConsentGiver;

typedef enum
{
  RELAY_CONSENT_METHOD_UNKNOWN,
  RELAY_CONSENT_METHOD_ORAL,
  RELAY_CONSENT_METHOD_WRITTEN,
} RelayConsentMethod;

typedef enum
{
  RELAY_CONSENT_PURPOSE_GOVERNMENT,
  RELAY_CONSENT_PURPOSE_PUBLIC,
} RelayConsentPurpose;

typedef enum
{
  RELAY_DATE_PRECISION_DAY,
  RELAY_DATE_PRECISION_MONTH,
  RELAY_DATE_PRECISION_YEAR,
  RELAY_DATE_PRECISION_APPROXIMATE,
} RelayDatePrecision;

typedef enum
{
  RELAY_SOURCE_KIND_FIRST_HAND,
  RELAY_SOURCE_KIND_WITNESS,
  RELAY_SOURCE_KIND_DOCUMENT,
  RELAY_SOURCE_KIND_MEDIA,
  RELAY_SOURCE_KIND_OTHER,
} RelaySourceKind;

typedef enum
{
  RELAY_MANDATE_ROLE_LEAD,
  RELAY_MANDATE_ROLE_JOINT,
} RelayMandateRole;

typedef enum
{
  RELAY_TIMELINE_KIND_SUBMITTED,
  RELAY_TIMELINE_KIND_ACKNOWLEDGED,
  RELAY_TIMELINE_KIND_FOLLOW_UP_SENT,
  RELAY_TIMELINE_KIND_COMMUNICATION_SENT,
  RELAY_TIMELINE_KIND_GOVERNMENT_REPLY,
  RELAY_TIMELINE_KIND_PUBLISHED,
  RELAY_TIMELINE_KIND_NOTE,
} RelayTimelineKind;

/* The kind of communication the experts sent to a government; the value
 * nicks are stored in the database.
 */
typedef enum
{
  RELAY_COMMUNICATION_TYPE_NONE,
  RELAY_COMMUNICATION_TYPE_URGENT_APPEAL,
  RELAY_COMMUNICATION_TYPE_ALLEGATION,
  RELAY_COMMUNICATION_TYPE_OTHER_LETTER,
} RelayCommunicationType;

/* Where a message of the outbox is; the value nicks are stored. */
typedef enum
{
  RELAY_OUTBOX_STATUS_QUEUED,
  RELAY_OUTBOX_STATUS_SENDING,
  RELAY_OUTBOX_STATUS_SENT,
  RELAY_OUTBOX_STATUS_FAILED,
} RelayOutboxStatus;

/* The value nicks of these two are the strings of the mandate directory's
 * "kind" and "type" members (data/directory/mandates.json).
 */

typedef enum
{
  RELAY_MANDATE_KIND_THEMATIC,
  RELAY_MANDATE_KIND_COUNTRY,
} RelayMandateKind;

typedef enum
{
  RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR,
  RELAY_MANDATE_TYPE_INDEPENDENT_EXPERT,
  RELAY_MANDATE_TYPE_WORKING_GROUP,
} RelayMandateType;

const char *relay_case_kind_get_label         (RelayCaseKind       kind);
const char *relay_case_status_get_label       (RelayCaseStatus     status);
const char *relay_consent_get_label           (RelayConsent        consent);
const char *relay_name_form_get_label         (RelayNameForm       name_form);
const char *relay_consent_giver_get_label     (RelayConsentGiver   giver);
const char *relay_consent_method_get_label    (RelayConsentMethod  method);
const char *relay_date_precision_get_label    (RelayDatePrecision  precision);
const char *relay_source_kind_get_label       (RelaySourceKind     kind);
const char *relay_mandate_role_get_label      (RelayMandateRole    role);
const char *relay_timeline_kind_get_label     (RelayTimelineKind   kind);
const char *relay_communication_type_get_label (RelayCommunicationType type);
const char *relay_communication_type_get_code  (RelayCommunicationType type);
const char *relay_outbox_status_get_label      (RelayOutboxStatus   status);
const char *relay_mandate_kind_get_label      (RelayMandateKind    kind);
const char *relay_mandate_type_get_label      (RelayMandateType    type);

const char *relay_enum_get_label             (GType               enum_type,
                                              int                 value);
const char *relay_enum_to_nick                (GType               enum_type,
                                               int                 value);
int         relay_enum_from_nick              (GType               enum_type,
                                               const char         *nick,
                                               int                 fallback);

char       *relay_date_precision_format_date  (RelayDatePrecision  precision,
                                               const char         *date);

G_END_DECLS

#include "relay-enums.h"
