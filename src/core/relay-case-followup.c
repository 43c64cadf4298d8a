/* relay-case-followup.c
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

#define G_LOG_DOMAIN "relay-case-followup"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-agenda-private.h"
#include "relay-case-followup.h"
#include "relay-error.h"

/*
 * What happened after a case was sent, and where that leaves the case.
 *
 * A case moves on as its timeline grows: sent → acknowledged →
 * communication-sent → reply-received → published, and the user closes it.
 * Recording something never moves a case back: a second acknowledgement
 * recorded after a communication leaves the case at "communication sent".
 * Removing an entry works the status out again from what is left, since
 * the entry may have been recorded by mistake. A closed case stays closed
 * until the user reopens it.
 */

/**
 * relay_timeline_kind_get_case_status:
 * @kind: a #RelayTimelineKind
 *
 * Gets the status an entry of @kind shows the case has reached: "sent"
 * for a submission or a follow-up, "acknowledged", "communication sent",
 * "reply received" and "published"; a note shows nothing.
 *
 * Returns: the status, or %RELAY_CASE_STATUS_DRAFT for a note
 */
RelayCaseStatus
relay_timeline_kind_get_case_status (RelayTimelineKind kind)
{
  switch (kind)
    {
    case RELAY_TIMELINE_KIND_SUBMITTED:
    case RELAY_TIMELINE_KIND_FOLLOW_UP_SENT:
      return RELAY_CASE_STATUS_SENT;
    case RELAY_TIMELINE_KIND_ACKNOWLEDGED:
      return RELAY_CASE_STATUS_ACKNOWLEDGED;
    case RELAY_TIMELINE_KIND_COMMUNICATION_SENT:
      return RELAY_CASE_STATUS_COMMUNICATION_SENT;
    case RELAY_TIMELINE_KIND_GOVERNMENT_REPLY:
      return RELAY_CASE_STATUS_REPLY_RECEIVED;
    case RELAY_TIMELINE_KIND_PUBLISHED:
      return RELAY_CASE_STATUS_PUBLISHED;
    case RELAY_TIMELINE_KIND_NOTE:
      return RELAY_CASE_STATUS_DRAFT;
    default:
      g_return_val_if_reached (RELAY_CASE_STATUS_DRAFT);
    }
}

/**
 * relay_case_get_timeline_status:
 * @kase: a #RelayCase
 *
 * Gets the furthest status the entries of @kase's timeline show (see
 * relay_timeline_kind_get_case_status()).
 *
 * Returns: the status, or %RELAY_CASE_STATUS_DRAFT when the timeline shows
 *   none
 */
RelayCaseStatus
relay_case_get_timeline_status (RelayCase *kase)
{
  GListModel *timeline;
  RelayCaseStatus status = RELAY_CASE_STATUS_DRAFT;

  g_return_val_if_fail (RELAY_IS_CASE (kase), RELAY_CASE_STATUS_DRAFT);

  timeline = G_LIST_MODEL (relay_case_get_timeline (kase));
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RelayTimelineEntry) entry = g_list_model_get_item (timeline, i);

      status = MAX (status, relay_timeline_kind_get_case_status (relay_timeline_entry_get_kind (entry)));
    }

  return status;
}

/* The status @kase has when nothing but its timeline and its sending say. */
static RelayCaseStatus
compute_status (RelayCase *kase)
{
  RelayCaseStatus status = relay_case_get_timeline_status (kase);
  RelayCaseStatus current = relay_case_get_status (kase);

  if (status >= RELAY_CASE_STATUS_SENT)
    return status;

  /* Sent from Relay, whatever the timeline says now. */
  if (relay_case_get_submitted_at (kase) != NULL)
    return RELAY_CASE_STATUS_SENT;

  /* A case that was never sent and now shows nothing of a sending goes
   * back to being written; one not yet past "ready" keeps its status. */
  return current <= RELAY_CASE_STATUS_READY ? current : RELAY_CASE_STATUS_DRAFT;
}

static gboolean
set_status (RelayCase       *kase,
            RelayCaseStatus  status)
{
  if (relay_case_get_status (kase) == status)
    return FALSE;

  relay_case_set_status (kase, status);
  return TRUE;
}

/**
 * relay_case_update_status_from_timeline:
 * @kase: a #RelayCase
 *
 * Moves @kase's status on to what its timeline shows, after an entry was
 * recorded or changed. The status never goes back, and a closed case
 * stays closed.
 *
 * Returns: %TRUE if the status changed
 */
gboolean
relay_case_update_status_from_timeline (RelayCase *kase)
{
  RelayCaseStatus current;

  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);

  current = relay_case_get_status (kase);
  if (current == RELAY_CASE_STATUS_CLOSED)
    return FALSE;

  return set_status (kase, MAX (current, relay_case_get_timeline_status (kase)));
}

/**
 * relay_case_recompute_status:
 * @kase: a #RelayCase
 *
 * Works @kase's status out again from its timeline, after an entry was
 * removed: the furthest status the entries left show; "sent" if the case
 * was sent from Relay (#RelayCase:submitted-at) and nothing more is
 * recorded; else "draft", or the status it had if it was not past
 * "ready". A closed case stays closed.
 *
 * Returns: %TRUE if the status changed
 */
gboolean
relay_case_recompute_status (RelayCase *kase)
{
  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);

  if (relay_case_get_status (kase) == RELAY_CASE_STATUS_CLOSED)
    return FALSE;

  return set_status (kase, compute_status (kase));
}

/**
 * relay_case_close:
 * @kase: a #RelayCase
 *
 * Closes @kase: nothing more is expected, and it gets no more reminders.
 *
 * Returns: %TRUE if the status changed
 */
gboolean
relay_case_close (RelayCase *kase)
{
  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);

  return set_status (kase, RELAY_CASE_STATUS_CLOSED);
}

/**
 * relay_case_reopen:
 * @kase: a #RelayCase
 *
 * Reopens a closed @kase, with the status its timeline shows (see
 * relay_case_recompute_status()). An open case is left as it is.
 *
 * Returns: %TRUE if the status changed
 */
gboolean
relay_case_reopen (RelayCase *kase)
{
  RelayCaseStatus status;

  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);

  if (relay_case_get_status (kase) != RELAY_CASE_STATUS_CLOSED)
    return FALSE;

  status = relay_case_get_timeline_status (kase);
  if (status < RELAY_CASE_STATUS_SENT)
    status = relay_case_get_submitted_at (kase) != NULL ? RELAY_CASE_STATUS_SENT
                                                        : RELAY_CASE_STATUS_DRAFT;

  return set_status (kase, status);
}

/**
 * relay_timeline_entry_is_proof_of_sending:
 * @entry: a #RelayTimelineEntry
 *
 * Whether @entry is the record Relay made when the mail server accepted a
 * submission: a "submitted" entry whose reference is the message's
 * Message-ID ("<id@host>"). Only its note may be changed, and it stays:
 * it is the proof of submission.
 *
 * Returns: %TRUE for a record of sending
 */
gboolean
relay_timeline_entry_is_proof_of_sending (RelayTimelineEntry *entry)
{
  const char *reference;
  gsize length;

  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (entry), FALSE);

  if (relay_timeline_entry_get_kind (entry) != RELAY_TIMELINE_KIND_SUBMITTED)
    return FALSE;

  reference = relay_timeline_entry_get_reference (entry);
  length = strlen (reference);

  return length > 2 && reference[0] == '<' && reference[length - 1] == '>' &&
         strchr (reference, '@') != NULL;
}

/**
 * relay_timeline_entry_equal:
 * @a: a #RelayTimelineEntry
 * @b: a #RelayTimelineEntry
 *
 * Returns: %TRUE if @a and @b say the same in every property
 */
gboolean
relay_timeline_entry_equal (RelayTimelineEntry *a,
                            RelayTimelineEntry *b)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (a), FALSE);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (b), FALSE);

  return relay_timeline_entry_get_kind (a) == relay_timeline_entry_get_kind (b) &&
         relay_timeline_entry_get_communication_type (a) == relay_timeline_entry_get_communication_type (b) &&
         g_str_equal (relay_timeline_entry_get_date (a), relay_timeline_entry_get_date (b)) &&
         g_str_equal (relay_timeline_entry_get_reference (a), relay_timeline_entry_get_reference (b)) &&
         g_str_equal (relay_timeline_entry_get_note (a), relay_timeline_entry_get_note (b)) &&
         g_str_equal (relay_timeline_entry_get_mandate_id (a), relay_timeline_entry_get_mandate_id (b)) &&
         g_str_equal (relay_timeline_entry_get_deadline (a), relay_timeline_entry_get_deadline (b)) &&
         g_str_equal (relay_timeline_entry_get_url (a), relay_timeline_entry_get_url (b));
}

/**
 * relay_timeline_entry_assign:
 * @entry: a #RelayTimelineEntry
 * @source: another #RelayTimelineEntry
 *
 * Makes every property of @entry what it is in @source.
 */
void
relay_timeline_entry_assign (RelayTimelineEntry *entry,
                             RelayTimelineEntry *source)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (entry));
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (source));

  g_object_freeze_notify (G_OBJECT (entry));
  relay_timeline_entry_set_kind (entry, relay_timeline_entry_get_kind (source));
  relay_timeline_entry_set_date (entry, relay_timeline_entry_get_date (source));
  relay_timeline_entry_set_reference (entry, relay_timeline_entry_get_reference (source));
  relay_timeline_entry_set_note (entry, relay_timeline_entry_get_note (source));
  relay_timeline_entry_set_mandate_id (entry, relay_timeline_entry_get_mandate_id (source));
  relay_timeline_entry_set_communication_type (entry, relay_timeline_entry_get_communication_type (source));
  relay_timeline_entry_set_deadline (entry, relay_timeline_entry_get_deadline (source));
  relay_timeline_entry_set_url (entry, relay_timeline_entry_get_url (source));
  g_object_thaw_notify (G_OBJECT (entry));
}

/**
 * relay_timeline_entry_copy:
 * @entry: a #RelayTimelineEntry
 *
 * Returns: (transfer full): a new entry with the same properties
 */
RelayTimelineEntry *
relay_timeline_entry_copy (RelayTimelineEntry *entry)
{
  RelayTimelineEntry *copy;

  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (entry), NULL);

  copy = relay_timeline_entry_new ();
  relay_timeline_entry_assign (copy, entry);

  return copy;
}

/**
 * relay_case_find_timeline_entry:
 * @kase: a #RelayCase
 * @entry: a #RelayTimelineEntry, of @kase or a copy of one
 * @position: (out) (optional): where to put its position
 *
 * Finds in @kase's timeline the entry that is @entry or says the same
 * (relay_timeline_entry_equal()), for example in a copy of the case just
 * read from the store.
 *
 * Returns: %TRUE if it was found
 */
gboolean
relay_case_find_timeline_entry (RelayCase          *kase,
                                RelayTimelineEntry *entry,
                                guint              *position)
{
  GListModel *timeline;

  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (entry), FALSE);

  if (g_list_store_find (relay_case_get_timeline (kase), entry, position))
    return TRUE;

  timeline = G_LIST_MODEL (relay_case_get_timeline (kase));
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RelayTimelineEntry) other = g_list_model_get_item (timeline, i);

      if (relay_timeline_entry_equal (other, entry))
        {
          if (position != NULL)
            *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The submission the follow-ups count from, as the agenda finds it: the
 * last one with a date, the later in the timeline on the same day. */
static RelayTimelineEntry *
find_last_submission (RelayCase *kase)
{
  GListModel *timeline = G_LIST_MODEL (relay_case_get_timeline (kase));
  RelayTimelineEntry *found = NULL;
  GDate found_day;

  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RelayTimelineEntry) entry = g_list_model_get_item (timeline, i);
      GDate day;

      if (relay_timeline_entry_get_kind (entry) != RELAY_TIMELINE_KIND_SUBMITTED ||
          !relay_agenda_parse_day (relay_timeline_entry_get_date (entry), &day))
        continue;

      if (found == NULL || g_date_compare (&day, &found_day) >= 0)
        {
          /* Borrowed: the timeline holds it. */
          found = entry;
          found_day = day;
        }
    }

  return found;
}

/**
 * relay_case_dup_entry_dates:
 * @kase: a #RelayCase
 * @agenda: the #RelayAgenda, for its settings and done markers
 * @entry: an entry of @kase's timeline
 *
 * Computes the dates that @entry calls for, with the rest of @kase's
 * timeline as it is now: for a communication sent to the government, the
 * end of its reply window and the day to check the communications
 * database (none once a reply or the publication is recorded); for the
 * last submission, the follow-ups due if nothing is heard. The items are
 * the ones relay_agenda_compute_case_items() gives, with the same ids.
 *
 * Returns: (transfer full) (element-type RelayAgendaItem): the items,
 *   sorted by day; empty for other entries and for closed cases
 */
GPtrArray *
relay_case_dup_entry_dates (RelayCase          *kase,
                            RelayAgenda        *agenda,
                            RelayTimelineEntry *entry)
{
  g_autoptr(RelayAgendaCase) agenda_case = NULL;
  g_autoptr(GPtrArray) computed = NULL;
  RelayTimelineKind kind;
  RelayAgendaRules rules;
  GPtrArray *items;

  g_return_val_if_fail (RELAY_IS_CASE (kase), NULL);
  g_return_val_if_fail (RELAY_IS_AGENDA (agenda), NULL);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (entry), NULL);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  kind = relay_timeline_entry_get_kind (entry);

  if (kind != RELAY_TIMELINE_KIND_COMMUNICATION_SENT && kind != RELAY_TIMELINE_KIND_SUBMITTED)
    return items;

  /* The case as the agenda sees it, without the other communications:
   * what is computed for a communication depends on the entries after it,
   * but each communication has its own dates. */
  agenda_case = _relay_agenda_case_new_from_case (kase);
  for (guint i = agenda_case->timeline->len; i > 0; i--)
    {
      RelayTimelineEntry *other = g_ptr_array_index (agenda_case->timeline, i - 1);

      if (kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT && other != entry &&
          relay_timeline_entry_get_kind (other) == RELAY_TIMELINE_KIND_COMMUNICATION_SENT)
        g_ptr_array_remove_index (agenda_case->timeline, i - 1);
    }

  computed = g_ptr_array_new_with_free_func (g_object_unref);
  rules = _relay_agenda_get_rules (agenda);
  _relay_agenda_compute_case (agenda_case, &rules, computed);

  for (guint i = 0; i < computed->len; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (computed, i);
      RelayAgendaKind item_kind = relay_agenda_item_get_kind (item);

      if (kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT
          ? (item_kind == RELAY_AGENDA_KIND_REPLY_DEADLINE || item_kind == RELAY_AGENDA_KIND_CHECK_REPLY)
          : item_kind == RELAY_AGENDA_KIND_FOLLOW_UP)
        g_ptr_array_add (items, g_object_ref (item));
    }

  /* Follow-ups count from the last submission only. */
  if (kind == RELAY_TIMELINE_KIND_SUBMITTED && find_last_submission (kase) != entry)
    g_ptr_array_set_size (items, 0);

  _relay_agenda_apply_done (agenda, items);
  g_ptr_array_sort (items, _relay_agenda_compare_items);

  return items;
}

/*
 * Changes saved in the store
 *
 * Each change reads the case from the store, changes that copy and saves
 * it: a case object held elsewhere (the case page's, the wizard's) may
 * miss what was saved since, such as the record of a message just sent,
 * and saving it would lose that.
 */

static gboolean
find_entry (RelayCase          *kase,
            RelayTimelineEntry *original,
            guint              *position,
            GError            **error)
{
  if (relay_case_find_timeline_entry (kase, original, position))
    return TRUE;

  g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND,
                       _("This entry was changed or removed in the meantime. Nothing was saved; "
                         "look at the case again and make your change there."));
  return FALSE;
}

static RelayCase *
save_case (RelayStore  *store,
           RelayCase   *kase,
           GError     **error)
{
  if (!relay_store_save_case (store, kase, error))
    return NULL;

  return g_object_ref (kase);
}

/**
 * relay_case_followup_record:
 * @store: a #RelayStore
 * @case_uuid: the id of a stored case
 * @entry: what happened
 *
 * Adds a copy of @entry to the stored case's timeline, moves its status
 * on (relay_case_update_status_from_timeline()) and saves it.
 *
 * Returns: (transfer full) (nullable): the case as saved, or %NULL with
 *   @error set and nothing saved
 */
RelayCase *
relay_case_followup_record (RelayStore          *store,
                            const char          *case_uuid,
                            RelayTimelineEntry  *entry,
                            GError             **error)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(RelayTimelineEntry) copy = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (store), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (entry), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(kase = relay_store_load_case (store, case_uuid, error)))
    return NULL;

  copy = relay_timeline_entry_copy (entry);
  g_list_store_append (relay_case_get_timeline (kase), copy);
  relay_case_update_status_from_timeline (kase);

  return save_case (store, kase, error);
}

/**
 * relay_case_followup_update:
 * @store: a #RelayStore
 * @case_uuid: the id of a stored case
 * @original: the entry as it was shown
 * @changed: the entry as the user changed it
 *
 * Replaces the entry of the stored case that says what @original says by
 * @changed, moves the status on and saves the case. Of the record of a
 * sending (relay_timeline_entry_is_proof_of_sending()) only the note
 * changes. Fails with %RELAY_STORE_ERROR_NOT_FOUND when the case no
 * longer has such an entry.
 *
 * Returns: (transfer full) (nullable): the case as saved, or %NULL with
 *   @error set and nothing saved
 */
RelayCase *
relay_case_followup_update (RelayStore          *store,
                            const char          *case_uuid,
                            RelayTimelineEntry  *original,
                            RelayTimelineEntry  *changed,
                            GError             **error)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(RelayTimelineEntry) entry = NULL;
  guint position;

  g_return_val_if_fail (RELAY_IS_STORE (store), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (original), NULL);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (changed), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(kase = relay_store_load_case (store, case_uuid, error)) ||
      !find_entry (kase, original, &position, error))
    return NULL;

  entry = g_list_model_get_item (G_LIST_MODEL (relay_case_get_timeline (kase)), position);
  if (relay_timeline_entry_is_proof_of_sending (entry))
    relay_timeline_entry_set_note (entry, relay_timeline_entry_get_note (changed));
  else
    relay_timeline_entry_assign (entry, changed);

  /* A change of kind may take away what the status rested on. */
  if (relay_timeline_entry_get_kind (original) != relay_timeline_entry_get_kind (entry))
    relay_case_recompute_status (kase);
  relay_case_update_status_from_timeline (kase);

  return save_case (store, kase, error);
}

/**
 * relay_case_followup_remove:
 * @store: a #RelayStore
 * @case_uuid: the id of a stored case
 * @original: the entry as it was shown
 *
 * Removes the entry of the stored case that says what @original says,
 * works its status out again (relay_case_recompute_status()) and saves
 * it. The record of a sending stays: it is the proof of submission
 * (%RELAY_STORE_ERROR_INVALID).
 *
 * Returns: (transfer full) (nullable): the case as saved, or %NULL with
 *   @error set and nothing saved
 */
RelayCase *
relay_case_followup_remove (RelayStore          *store,
                            const char          *case_uuid,
                            RelayTimelineEntry  *original,
                            GError             **error)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(RelayTimelineEntry) entry = NULL;
  guint position;

  g_return_val_if_fail (RELAY_IS_STORE (store), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (original), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(kase = relay_store_load_case (store, case_uuid, error)) ||
      !find_entry (kase, original, &position, error))
    return NULL;

  entry = g_list_model_get_item (G_LIST_MODEL (relay_case_get_timeline (kase)), position);
  if (relay_timeline_entry_is_proof_of_sending (entry))
    {
      g_set_error_literal (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID,
                           _("The record of a message sent from Relay is your proof of submission: "
                             "it stays with the case."));
      return NULL;
    }

  g_list_store_remove (relay_case_get_timeline (kase), position);
  relay_case_recompute_status (kase);

  return save_case (store, kase, error);
}

/**
 * relay_case_followup_set_closed:
 * @store: a #RelayStore
 * @case_uuid: the id of a stored case
 * @closed: %TRUE to close the case, %FALSE to reopen it
 *
 * Closes or reopens the stored case (relay_case_close(),
 * relay_case_reopen()) and saves it.
 *
 * Returns: (transfer full) (nullable): the case as saved, or %NULL with
 *   @error set and nothing saved
 */
RelayCase *
relay_case_followup_set_closed (RelayStore  *store,
                                const char  *case_uuid,
                                gboolean     closed,
                                GError     **error)
{
  g_autoptr(RelayCase) kase = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (store), NULL);
  g_return_val_if_fail (case_uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(kase = relay_store_load_case (store, case_uuid, error)))
    return NULL;

  if (closed)
    relay_case_close (kase);
  else
    relay_case_reopen (kase);

  return save_case (store, kase, error);
}
