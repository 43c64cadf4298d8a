/* relay-agenda-private.h
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

#include "relay-agenda.h"

G_BEGIN_DECLS

/* RelayAgenda is split over several files: relay-agenda.c (the object and
 * its models), relay-agenda-items.c (finding and changing items),
 * relay-agenda-feeds.c (feeds and export), relay-agenda-compute.c (dates
 * computed from a case's timeline), relay-agenda-bundled.c (the bundled UN
 * calendar), relay-store-events.c (what the store keeps),
 * relay-ical-import.c and relay-ical-export.c (iCalendar).
 */

/* What the agenda needs of a case: read from the store in one go, without
 * victims or attachments, or taken from a #RelayCase.
 */
typedef struct
{
  char            *uuid;
  char            *title;
  char            *country;
  RelayCaseStatus  status;
  /* char *, in the case's order */
  GPtrArray       *mandate_ids;
  /* RelayTimelineEntry, in the case's order */
  GPtrArray       *timeline;
} RelayAgendaCase;

RelayAgendaCase *_relay_agenda_case_new           (void);
RelayAgendaCase *_relay_agenda_case_new_from_case (RelayCase              *kase);
void             _relay_agenda_case_free          (RelayAgendaCase        *kase);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayAgendaCase, _relay_agenda_case_free)

/* The settings the computed dates depend on. */
typedef struct
{
  guint           follow_up_weeks_acknowledging;
  guint           follow_up_weeks_other;
  /* Borrowed; which mandates acknowledge submissions. May be NULL. */
  RelayDirectory *directory;
} RelayAgendaRules;

/* relay-agenda-compute.c: adds the dates of @kase to @items. */
void             _relay_agenda_compute_case       (const RelayAgendaCase  *kase,
                                                   const RelayAgendaRules *rules,
                                                   GPtrArray              *items);

/* relay-agenda-bundled.c */
typedef struct _RelayCalendarData RelayCalendarData;

RelayCalendarData *_relay_calendar_data_parse     (GBytes                 *bytes,
                                                   GError                **error);
void               _relay_calendar_data_free      (RelayCalendarData      *data);
const char        *_relay_calendar_data_get_date  (RelayCalendarData      *data);
void               _relay_calendar_data_add_year  (RelayCalendarData      *data,
                                                   int                     year,
                                                   GPtrArray              *items);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayCalendarData, _relay_calendar_data_free)

/* relay-store-events.c: RelayAgendaCase, for every case with a timeline. */
GPtrArray         *_relay_store_read_agenda_cases (RelayStore             *store,
                                                  const char             *uuid,
                                                   GError                **error);

/* relay-agenda.c */
struct _RelayAgenda
{
  GObject parent_instance;

  /* Owned References */
  RelayStore        *store;
  RelayDirectory    *directory;
  GTimeZone         *zone;
  RelayCalendarData *calendar;

  /* What the last reload read from the store */
  GPtrArray         *cases;   /* RelayAgendaCase */
  GPtrArray         *events;  /* RelayAgendaItem, user and feed */
  GHashTable        *done;    /* uids */

  /* The computed items of each case, as they are in the models: case
   * uuid → GPtrArray of RelayAgendaItem. A save finds its case's old
   * items here rather than by reading them all. */
  GHashTable        *computed;

  /* Models */
  GListStore        *items;
  GListStore        *filtered;
  GListStore        *groups[RELAY_AGENDA_N_GROUPS];

  GDate              today;
  guint              weeks_acknowledging;
  guint              weeks_other;
  guint              kind_filter;
};

RelayAgendaRules   _relay_agenda_get_rules        (RelayAgenda            *self);
void               _relay_agenda_apply_done       (RelayAgenda            *self,
                                                   GPtrArray              *items);
void               _relay_agenda_rebuild          (RelayAgenda            *self);
int                _relay_agenda_compare_items    (gconstpointer           a,
                                                   gconstpointer           b);

/* A stable id made of a prefix and a digest of some parts (relay-agenda-compute.c). */
char              *_relay_agenda_make_uid         (const char             *prefix,
                                                   ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
