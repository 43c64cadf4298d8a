/* relay-agenda-compute.c
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

#define G_LOG_DOMAIN "relay-agenda"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>

#include "relay-agenda-private.h"

/*
 * Dates computed from a case's timeline
 *
 * After a communication to the government (ISHR's Practical Guide to the
 * UN Special Procedures, chapter III.4): the government's reply window
 * ends on the deadline the communication states, or, when the user has not
 * recorded it, "usually within 60 days for allegation letters and urgent
 * appeals, or as few as 48 hours where the communication deals with a
 * draft law or policy". The communication is then published in the
 * communications database, so the day after the window ends the user is
 * reminded to check it. An "other letter" (OL) is, for the most part, the
 * letter on a law or policy, so it gets the guide's 48 hours: the earliest
 * date the guide gives, marked as an estimate, is safer than a later one
 * for a user who wants to act before a law is adopted; recording the
 * stated deadline corrects it. A reply or publication recorded after the
 * communication ends its reminders.
 *
 * After a submission: only the SR on human rights defenders and the WGAD
 * and WGEID acknowledge submissions as a matter of course (same chapter),
 * so for each such mandate of the case a follow-up is due N1 weeks after
 * the submission unless its acknowledgement (or anything showing the
 * experts acted) was recorded; for the other mandates, one follow-up is
 * due N2 weeks after unless anything at all was recorded since (notes
 * aside). Dates are calendar days: adding days with GDate handles month
 * ends and leap years, and no time zone is involved.
 *
 * Closed cases have no dates. Stable ids are digests of the case id and of
 * the entry the date comes from, so the date of an edited deadline keeps
 * its done marker, and ids reveal nothing of the case.
 */

#define COMMUNICATIONS_DATABASE_FALLBACK "https://spcommreports.ohchr.org/"

typedef struct
{
  RelayTimelineEntry *entry;
  guint               position;
  /* not valid when the entry has no day */
  GDate               date;
} DatedEntry;

/*
 * RelayAgendaCase
 */

RelayAgendaCase *
_relay_agenda_case_new (void)
{
  RelayAgendaCase *kase = g_new0 (RelayAgendaCase, 1);

  kase->uuid = g_strdup ("");
  kase->title = g_strdup ("");
  kase->country = g_strdup ("");
  kase->status = RELAY_CASE_STATUS_DRAFT;
  kase->mandate_ids = g_ptr_array_new_with_free_func (g_free);
  kase->timeline = g_ptr_array_new_with_free_func (g_object_unref);

  return kase;
}

RelayAgendaCase *
_relay_agenda_case_new_from_case (RelayCase *source)
{
  RelayAgendaCase *kase = _relay_agenda_case_new ();
  GListModel *mandates = G_LIST_MODEL (relay_case_get_mandates (source));
  GListModel *timeline = G_LIST_MODEL (relay_case_get_timeline (source));

  g_assert (RELAY_IS_CASE (source));

  g_free (kase->uuid);
  kase->uuid = g_strdup (relay_case_get_uuid (source));
  g_free (kase->title);
  kase->title = g_strdup (relay_case_get_title (source));
  g_free (kase->country);
  kase->country = g_strdup (relay_case_get_country (source));
  kase->status = relay_case_get_status (source);

  for (guint i = 0; i < g_list_model_get_n_items (mandates); i++)
    {
      g_autoptr(RelayCaseMandate) mandate = g_list_model_get_item (mandates, i);

      g_ptr_array_add (kase->mandate_ids, g_strdup (relay_case_mandate_get_mandate_id (mandate)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    g_ptr_array_add (kase->timeline, g_list_model_get_item (timeline, i));

  return kase;
}

void
_relay_agenda_case_free (RelayAgendaCase *kase)
{
  if (kase == NULL)
    return;

  g_clear_pointer (&kase->uuid, g_free);
  g_clear_pointer (&kase->title, g_free);
  g_clear_pointer (&kase->country, g_free);
  g_clear_pointer (&kase->mandate_ids, g_ptr_array_unref);
  g_clear_pointer (&kase->timeline, g_ptr_array_unref);
  g_free (kase);
}

/*
 * Helpers
 */

char *
_relay_agenda_make_uid (const char *prefix,
                        ...)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *digest = NULL;
  const char *part;
  va_list args;

  va_start (args, prefix);
  while ((part = va_arg (args, const char *)) != NULL)
    {
      /* The length first, so that ("ab", "c") and ("a", "bc") differ. */
      g_autofree char *length = g_strdup_printf ("%zu:", strlen (part));

      g_checksum_update (checksum, (const guchar *)length, -1);
      g_checksum_update (checksum, (const guchar *)part, -1);
    }
  va_end (args);

  digest = g_strndup (g_checksum_get_string (checksum), 20);

  return g_strconcat (prefix, "-", digest, NULL);
}

static GArray *
date_entries (const RelayAgendaCase *kase)
{
  GArray *entries = g_array_sized_new (FALSE, TRUE, sizeof (DatedEntry), kase->timeline->len);

  for (guint i = 0; i < kase->timeline->len; i++)
    {
      DatedEntry dated = { g_ptr_array_index (kase->timeline, i), i, { 0 } };

      if (!relay_agenda_parse_day (relay_timeline_entry_get_date (dated.entry), &dated.date))
        g_date_clear (&dated.date, 1);

      g_array_append_val (entries, dated);
    }

  return entries;
}

/* Whether @other was recorded after @since: on the same day or later, or,
 * without a date, further down the timeline.
 */
static gboolean
is_after (const DatedEntry *other,
          const DatedEntry *since)
{
  if (other->position == since->position)
    return FALSE;

  if (!g_date_valid (&other->date))
    return other->position > since->position;

  return g_date_compare (&other->date, &since->date) >= 0;
}

static gboolean
mandate_matches (const char *entry_mandate,
                 const char *mandate)
{
  return *entry_mandate == '\0' || *mandate == '\0' || g_str_equal (entry_mandate, mandate);
}

static RelayAgendaItem *
new_case_item (const RelayAgendaCase *kase,
               RelayAgendaKind        kind,
               const char            *uid,
               const char            *title,
               const GDate           *day,
               gboolean               expected,
               const char            *note)
{
  g_autofree char *day_text = relay_agenda_format_day (day);
  RelayAgendaItem *item;

  item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_COMPUTED, kind, title, day_text, NULL);
  g_object_set (item,
                "uid", uid,
                "expected", expected,
                "case-uuid", kase->uuid,
                "case-title", kase->title,
                "country", kase->country,
                "note", note,
                NULL);

  return item;
}

/*
 * Communications
 */

static guint
default_reply_days (RelayCommunicationType type)
{
  return type == RELAY_COMMUNICATION_TYPE_OTHER_LETTER ? RELAY_AGENDA_REPLY_DAYS_OTHER_LETTER
                                                       : RELAY_AGENDA_REPLY_DAYS;
}

static const char *
estimate_note (RelayCommunicationType type)
{
  if (type == RELAY_COMMUNICATION_TYPE_OTHER_LETTER)
    return _("Estimated: a letter on a law or policy can give the government as little as 48 hours "
             "to reply. Record the deadline the communication states to correct this date.");

  return _("Estimated: communications usually give the government 60 days to reply. Record the "
           "deadline the communication states to correct this date.");
}

/* Whether a reply or the publication was recorded after @communication. */
static gboolean
is_answered (GArray           *entries,
             const DatedEntry *communication)
{
  const char *mandate = relay_timeline_entry_get_mandate_id (communication->entry);

  for (guint i = 0; i < entries->len; i++)
    {
      const DatedEntry *other = &g_array_index (entries, DatedEntry, i);
      RelayTimelineKind kind = relay_timeline_entry_get_kind (other->entry);

      if ((kind == RELAY_TIMELINE_KIND_GOVERNMENT_REPLY || kind == RELAY_TIMELINE_KIND_PUBLISHED) &&
          is_after (other, communication) &&
          mandate_matches (relay_timeline_entry_get_mandate_id (other->entry), mandate))
        return TRUE;
    }

  return FALSE;
}

static void
add_communication (const RelayAgendaCase  *kase,
                   const RelayAgendaRules *rules,
                   GArray                 *entries,
                   const DatedEntry       *communication,
                   GPtrArray              *items)
{
  RelayTimelineEntry *entry = communication->entry;
  RelayCommunicationType type = relay_timeline_entry_get_communication_type (entry);
  const char *type_nick = relay_enum_to_nick (RELAY_TYPE_COMMUNICATION_TYPE, type);
  g_autofree char *reply_uid = NULL;
  g_autofree char *check_uid = NULL;
  const char *database_url = NULL;
  RelayAgendaItem *item;
  gboolean stated;
  GDate window_end, check_day;

  if (!g_date_valid (&communication->date) || is_answered (entries, communication))
    return;

  stated = relay_agenda_parse_day (relay_timeline_entry_get_deadline (entry), &window_end) &&
           g_date_compare (&window_end, &communication->date) >= 0;
  if (!stated)
    {
      window_end = communication->date;
      g_date_add_days (&window_end, default_reply_days (type));
    }

  /* The deadline is not part of the id: recording it moves the date, not the item. */
  reply_uid = _relay_agenda_make_uid ("reply", kase->uuid, relay_timeline_entry_get_date (entry),
                                      relay_timeline_entry_get_reference (entry),
                                      relay_timeline_entry_get_mandate_id (entry), type_nick,
                                      NULL);
  check_uid = _relay_agenda_make_uid ("check-reply", kase->uuid,
                                      relay_timeline_entry_get_date (entry),
                                      relay_timeline_entry_get_reference (entry),
                                      relay_timeline_entry_get_mandate_id (entry), type_nick,
                                      NULL);

  item = new_case_item (kase, RELAY_AGENDA_KIND_REPLY_DEADLINE, reply_uid,
                        _("Reply window ends"), &window_end, !stated,
                        stated ? _("The reply deadline the communication states.")
                               : estimate_note (type));
  g_object_set (item,
                "reference", relay_timeline_entry_get_reference (entry),
                "mandate-id", relay_timeline_entry_get_mandate_id (entry),
                "url", relay_timeline_entry_get_url (entry),
                NULL);
  g_ptr_array_add (items, item);

  check_day = window_end;
  g_date_add_days (&check_day, 1);

  if (rules->directory != NULL)
    database_url = relay_directory_get_communications_database (rules->directory);
  if (database_url == NULL || *database_url == '\0')
    database_url = COMMUNICATIONS_DATABASE_FALLBACK;

  item = new_case_item (kase, RELAY_AGENDA_KIND_CHECK_REPLY, check_uid,
                        _("Check the communications database for a reply"), &check_day, !stated,
                        _("Communications are published in the database, with any reply from "
                          "the government, once the reply deadline has passed."));
  g_object_set (item,
                "reference", relay_timeline_entry_get_reference (entry),
                "mandate-id", relay_timeline_entry_get_mandate_id (entry),
                "url", database_url,
                NULL);
  g_ptr_array_add (items, item);
}

/*
 * Follow-ups
 */

static gboolean
acknowledges (const RelayAgendaRules *rules,
              const char             *mandate_id)
{
  RelayMandate *mandate;

  if (rules->directory == NULL || *mandate_id == '\0')
    return FALSE;

  mandate = relay_directory_lookup (rules->directory, mandate_id);

  return mandate != NULL && relay_mandate_get_acknowledges_submissions (mandate);
}

/* Whether @mandate was heard from after @submission: its acknowledgement,
 * a follow-up to it, or a communication, reply or publication.
 */
static gboolean
heard_from (GArray           *entries,
            const DatedEntry *submission,
            const char       *mandate)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const DatedEntry *other = &g_array_index (entries, DatedEntry, i);
      const char *other_mandate = relay_timeline_entry_get_mandate_id (other->entry);

      if (!is_after (other, submission))
        continue;

      switch (relay_timeline_entry_get_kind (other->entry))
        {
        case RELAY_TIMELINE_KIND_ACKNOWLEDGED:
        case RELAY_TIMELINE_KIND_FOLLOW_UP_SENT:
          if (mandate_matches (other_mandate, mandate))
            return TRUE;
          break;

        case RELAY_TIMELINE_KIND_COMMUNICATION_SENT:
        case RELAY_TIMELINE_KIND_GOVERNMENT_REPLY:
        case RELAY_TIMELINE_KIND_PUBLISHED:
        case RELAY_TIMELINE_KIND_SUBMITTED:
          return TRUE;

        case RELAY_TIMELINE_KIND_NOTE:
        default:
          break;
        }
    }

  return FALSE;
}

/* Whether anything but a note was recorded after @submission. */
static gboolean
anything_after (GArray           *entries,
                const DatedEntry *submission)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const DatedEntry *other = &g_array_index (entries, DatedEntry, i);

      if (is_after (other, submission) &&
          relay_timeline_entry_get_kind (other->entry) != RELAY_TIMELINE_KIND_NOTE)
        return TRUE;
    }

  return FALSE;
}

/* The last submission with a date, or NULL. */
static const DatedEntry *
find_submission (GArray *entries)
{
  const DatedEntry *found = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const DatedEntry *entry = &g_array_index (entries, DatedEntry, i);

      if (relay_timeline_entry_get_kind (entry->entry) == RELAY_TIMELINE_KIND_SUBMITTED &&
          g_date_valid (&entry->date) &&
          (found == NULL || g_date_compare (&entry->date, &found->date) >= 0))
        found = entry;
    }

  return found;
}

static void
add_follow_ups (const RelayAgendaCase  *kase,
                const RelayAgendaRules *rules,
                GArray                 *entries,
                GPtrArray              *items)
{
  const DatedEntry *submission = find_submission (entries);
  const char *submitted = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  if (submission == NULL)
    return;

  submitted = relay_timeline_entry_get_date (submission->entry);

  for (guint i = 0; i < kase->mandate_ids->len; i++)
    {
      const char *mandate = g_ptr_array_index (kase->mandate_ids, i);
      g_autofree char *uid = NULL;
      RelayAgendaItem *item;
      GDate due;

      if (*mandate == '\0' || !g_hash_table_add (seen, (gpointer)mandate))
        continue;

      if (!acknowledges (rules, mandate))
        {
          g_ptr_array_add (others, (gpointer)mandate);
          continue;
        }

      if (heard_from (entries, submission, mandate))
        continue;

      due = submission->date;
      g_date_add_days (&due, 7 * rules->follow_up_weeks_acknowledging);
      uid = _relay_agenda_make_uid ("follow-up", kase->uuid, submitted, mandate, NULL);

      item = new_case_item (kase, RELAY_AGENDA_KIND_FOLLOW_UP, uid,
                            _("Follow up: no acknowledgement yet"), &due, FALSE,
                            _("This mandate usually acknowledges submissions. If you have heard "
                              "nothing, write to ask whether your submission arrived."));
      relay_agenda_item_set_mandate_id (item, mandate);
      g_ptr_array_add (items, item);
    }

  /* One reminder for all the others; a case sent to no mandate in
   * particular went to OHCHR's general address, which does not
   * acknowledge either.
   */
  if (others->len > 0 || g_hash_table_size (seen) == 0)
    {
      g_autofree char *uid = NULL;
      RelayAgendaItem *item;
      GDate due;

      if (anything_after (entries, submission))
        return;

      due = submission->date;
      g_date_add_days (&due, 7 * rules->follow_up_weeks_other);
      uid = _relay_agenda_make_uid ("follow-up", kase->uuid, submitted, "", NULL);

      item = new_case_item (kase, RELAY_AGENDA_KIND_FOLLOW_UP, uid,
                            _("Follow up on the submission"), &due, FALSE,
                            _("Nothing has been recorded since the submission. You can write to "
                              "OHCHR to ask what became of it, and tell them of any change in the "
                              "situation."));
      if (others->len == 1)
        relay_agenda_item_set_mandate_id (item, g_ptr_array_index (others, 0));
      g_ptr_array_add (items, item);
    }
}

/*
 * Private API
 */

/* Adds to @items the dates that @kase's timeline calls for. */
void
_relay_agenda_compute_case (const RelayAgendaCase  *kase,
                            const RelayAgendaRules *rules,
                            GPtrArray              *items)
{
  g_autoptr(GArray) entries = NULL;

  g_assert (kase != NULL);
  g_assert (rules != NULL);
  g_assert (items != NULL);

  if (kase->status == RELAY_CASE_STATUS_CLOSED || kase->timeline->len == 0)
    return;

  entries = date_entries (kase);

  for (guint i = 0; i < entries->len; i++)
    {
      const DatedEntry *entry = &g_array_index (entries, DatedEntry, i);

      if (relay_timeline_entry_get_kind (entry->entry) == RELAY_TIMELINE_KIND_COMMUNICATION_SENT)
        add_communication (kase, rules, entries, entry, items);
    }

  add_follow_ups (kase, rules, entries, items);
}
