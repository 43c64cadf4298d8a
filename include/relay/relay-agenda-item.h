/* relay-agenda-item.h
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

#include "relay-types.h"

G_BEGIN_DECLS

#define RELAY_AGENDA_ERROR (relay_agenda_error_quark ())

typedef enum
{
  RELAY_AGENDA_ERROR_FAILED,
  RELAY_AGENDA_ERROR_INVALID_EVENT,
  RELAY_AGENDA_ERROR_NOT_FOUND,
  RELAY_AGENDA_ERROR_INVALID_DATA,
  RELAY_AGENDA_ERROR_INVALID_FEED,
  RELAY_AGENDA_ERROR_FEED_TOO_LARGE,
} RelayAgendaError;

GQuark relay_agenda_error_quark (void);

/* What a date in the calendar is. The value nicks ("reply-deadline") are
 * stored in the events table, so never rename one.
 */
typedef enum
{
  RELAY_AGENDA_KIND_REPLY_DEADLINE,
  RELAY_AGENDA_KIND_CHECK_REPLY,
  RELAY_AGENDA_KIND_FOLLOW_UP,
  RELAY_AGENDA_KIND_HRC_SESSION,
  RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL,
  RELAY_AGENDA_KIND_GENERAL_ASSEMBLY,
  RELAY_AGENDA_KIND_CALL_FOR_INPUT,
  RELAY_AGENDA_KIND_COUNTRY_VISIT,
  RELAY_AGENDA_KIND_CUSTOM,
  RELAY_AGENDA_KIND_FEED,
} RelayAgendaKind;

#define RELAY_AGENDA_N_KINDS (RELAY_AGENDA_KIND_FEED + 1)

/* A set of kinds, for filters: RELAY_AGENDA_KIND_MASK (kind) | ... */
#define RELAY_AGENDA_KIND_MASK(kind) (1u << (kind))
#define RELAY_AGENDA_KIND_MASK_ALL   ((1u << RELAY_AGENDA_N_KINDS) - 1)

/* Where a date comes from. */
typedef enum
{
  RELAY_AGENDA_ORIGIN_COMPUTED,
  RELAY_AGENDA_ORIGIN_BUNDLED,
  RELAY_AGENDA_ORIGIN_USER,
  RELAY_AGENDA_ORIGIN_FEED,
} RelayAgendaOrigin;

/* Where a date goes in the agenda list, relative to a day ("today"). */
typedef enum
{
  RELAY_AGENDA_GROUP_OVERDUE,
  RELAY_AGENDA_GROUP_NEXT_30_DAYS,
  RELAY_AGENDA_GROUP_LATER,
  RELAY_AGENDA_GROUP_PAST,
  RELAY_AGENDA_GROUP_DONE,
} RelayAgendaGroup;

#define RELAY_AGENDA_N_GROUPS (RELAY_AGENDA_GROUP_DONE + 1)

/* The days that count as "next" for RELAY_AGENDA_GROUP_NEXT_30_DAYS. */
#define RELAY_AGENDA_NEXT_DAYS 30

#define RELAY_TYPE_AGENDA_ITEM (relay_agenda_item_get_type ())

G_DECLARE_FINAL_TYPE (RelayAgendaItem, relay_agenda_item, RELAY, AGENDA_ITEM, GObject)

RelayAgendaItem   *relay_agenda_item_new                 (RelayAgendaOrigin  origin,
                                                          RelayAgendaKind    kind,
                                                          const char        *title,
                                                          const char        *start_date,
                                                          const char        *end_date);
RelayAgendaItem   *relay_agenda_item_copy                (RelayAgendaItem   *self);
gboolean           relay_agenda_item_equal               (RelayAgendaItem   *a,
                                                          RelayAgendaItem   *b);

const char        *relay_agenda_item_get_uid             (RelayAgendaItem   *self);
void               relay_agenda_item_set_uid             (RelayAgendaItem   *self,
                                                          const char        *uid);
RelayAgendaKind    relay_agenda_item_get_kind            (RelayAgendaItem   *self);
void               relay_agenda_item_set_kind            (RelayAgendaItem   *self,
                                                          RelayAgendaKind    kind);
RelayAgendaOrigin  relay_agenda_item_get_origin          (RelayAgendaItem   *self);
const char        *relay_agenda_item_get_title           (RelayAgendaItem   *self);
void               relay_agenda_item_set_title           (RelayAgendaItem   *self,
                                                          const char        *title);
const char        *relay_agenda_item_get_start_date      (RelayAgendaItem   *self);
void               relay_agenda_item_set_start_date      (RelayAgendaItem   *self,
                                                          const char        *start_date);
const char        *relay_agenda_item_get_end_date        (RelayAgendaItem   *self);
void               relay_agenda_item_set_end_date        (RelayAgendaItem   *self,
                                                          const char        *end_date);
const GDate       *relay_agenda_item_get_start           (RelayAgendaItem   *self);
const GDate       *relay_agenda_item_get_end             (RelayAgendaItem   *self);
gboolean           relay_agenda_item_get_expected        (RelayAgendaItem   *self);
void               relay_agenda_item_set_expected        (RelayAgendaItem   *self,
                                                          gboolean           expected);
const char        *relay_agenda_item_get_case_uuid       (RelayAgendaItem   *self);
void               relay_agenda_item_set_case_uuid       (RelayAgendaItem   *self,
                                                          const char        *case_uuid);
const char        *relay_agenda_item_get_case_title      (RelayAgendaItem   *self);
void               relay_agenda_item_set_case_title      (RelayAgendaItem   *self,
                                                          const char        *case_title);
const char        *relay_agenda_item_get_case_reference  (RelayAgendaItem   *self);
const char        *relay_agenda_item_get_reference       (RelayAgendaItem   *self);
void               relay_agenda_item_set_reference       (RelayAgendaItem   *self,
                                                          const char        *reference);
const char        *relay_agenda_item_get_mandate_id      (RelayAgendaItem   *self);
void               relay_agenda_item_set_mandate_id      (RelayAgendaItem   *self,
                                                          const char        *mandate_id);
const char        *relay_agenda_item_get_country         (RelayAgendaItem   *self);
void               relay_agenda_item_set_country         (RelayAgendaItem   *self,
                                                          const char        *country);
const char        *relay_agenda_item_get_url             (RelayAgendaItem   *self);
void               relay_agenda_item_set_url             (RelayAgendaItem   *self,
                                                          const char        *url);
const char        *relay_agenda_item_get_note            (RelayAgendaItem   *self);
void               relay_agenda_item_set_note            (RelayAgendaItem   *self,
                                                          const char        *note);
gboolean           relay_agenda_item_get_done            (RelayAgendaItem   *self);
void               relay_agenda_item_set_done            (RelayAgendaItem   *self,
                                                          gboolean           done);
const char        *relay_agenda_item_get_feed_url        (RelayAgendaItem   *self);
void               relay_agenda_item_set_feed_url        (RelayAgendaItem   *self,
                                                          const char        *feed_url);

gboolean           relay_agenda_item_is_task             (RelayAgendaItem   *self);
gboolean           relay_agenda_item_covers              (RelayAgendaItem   *self,
                                                          const GDate       *day);
RelayAgendaGroup   relay_agenda_item_get_group           (RelayAgendaItem   *self,
                                                          const GDate       *today);
char              *relay_agenda_item_dup_display_title   (RelayAgendaItem   *self,
                                                          gboolean           include_case_details);
char              *relay_agenda_item_dup_date_label      (RelayAgendaItem   *self);
int                relay_agenda_item_compare             (RelayAgendaItem   *a,
                                                          RelayAgendaItem   *b);

const char        *relay_agenda_kind_get_label           (RelayAgendaKind    kind);
gboolean           relay_agenda_kind_is_task             (RelayAgendaKind    kind);
gboolean           relay_agenda_kind_is_user_kind        (RelayAgendaKind    kind);
const char        *relay_agenda_origin_get_label         (RelayAgendaOrigin  origin);
const char        *relay_agenda_group_get_label          (RelayAgendaGroup   group);

char              *relay_agenda_case_reference           (const char        *case_uuid);
gboolean           relay_agenda_parse_day                (const char        *text,
                                                          GDate             *date);
char              *relay_agenda_format_day               (const GDate       *date);
void               relay_agenda_today                    (GTimeZone         *zone,
                                                          GDate             *today);
void               relay_agenda_date_from_date_time      (GDateTime         *date_time,
                                                          GDate             *date);

G_END_DECLS
