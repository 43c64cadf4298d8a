/* test-followup.c
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

/* What happened after sending: the case's status as its timeline grows
 * and shrinks, the record of sending, finding an entry again in a case
 * read from the store, the dates of one entry, and what the deadline
 * notifications say.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <relay/relay.h>

#include "relay-test-utils.h"

static RelayTimelineEntry *
add_entry (RelayCase         *kase,
           RelayTimelineKind  kind,
           const char        *date)
{
  g_autoptr(RelayTimelineEntry) entry = relay_timeline_entry_new ();

  relay_timeline_entry_set_kind (entry, kind);
  relay_timeline_entry_set_date (entry, date);
  g_list_store_append (relay_case_get_timeline (kase), entry);

  /* Borrowed: the case holds it. */
  return entry;
}

static void
remove_entry (RelayCase          *kase,
              RelayTimelineEntry *entry)
{
  guint position;

  g_assert_true (relay_case_find_timeline_entry (kase, entry, &position));
  g_list_store_remove (relay_case_get_timeline (kase), position);
}

static void
parse_day (const char *text,
           GDate      *date)
{
  g_assert_true (relay_agenda_parse_day (text, date));
}

/*
 * The status rule
 */

static void
test_kind_status (void)
{
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_SUBMITTED), ==,
                   RELAY_CASE_STATUS_SENT);
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_FOLLOW_UP_SENT), ==,
                   RELAY_CASE_STATUS_SENT);
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_ACKNOWLEDGED), ==,
                   RELAY_CASE_STATUS_ACKNOWLEDGED);
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_COMMUNICATION_SENT), ==,
                   RELAY_CASE_STATUS_COMMUNICATION_SENT);
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_GOVERNMENT_REPLY), ==,
                   RELAY_CASE_STATUS_REPLY_RECEIVED);
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_PUBLISHED), ==,
                   RELAY_CASE_STATUS_PUBLISHED);
  g_assert_cmpint (relay_timeline_kind_get_case_status (RELAY_TIMELINE_KIND_NOTE), ==,
                   RELAY_CASE_STATUS_DRAFT);
}

/* Each step of the way, in order, moves the case on. */
static void
test_status_moves_on (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  struct {
    RelayTimelineKind kind;
    RelayCaseStatus   status;
  } steps[] = {
    { RELAY_TIMELINE_KIND_NOTE, RELAY_CASE_STATUS_DRAFT },
    { RELAY_TIMELINE_KIND_SUBMITTED, RELAY_CASE_STATUS_SENT },
    { RELAY_TIMELINE_KIND_ACKNOWLEDGED, RELAY_CASE_STATUS_ACKNOWLEDGED },
    { RELAY_TIMELINE_KIND_COMMUNICATION_SENT, RELAY_CASE_STATUS_COMMUNICATION_SENT },
    { RELAY_TIMELINE_KIND_GOVERNMENT_REPLY, RELAY_CASE_STATUS_REPLY_RECEIVED },
    { RELAY_TIMELINE_KIND_PUBLISHED, RELAY_CASE_STATUS_PUBLISHED },
  };

  g_assert_false (relay_case_update_status_from_timeline (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_DRAFT);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      add_entry (kase, steps[i].kind, "2026-03-01");
      g_assert_cmpint (relay_case_update_status_from_timeline (kase), ==, i > 0);
      g_assert_cmpint (relay_case_get_status (kase), ==, steps[i].status);
      g_assert_cmpint (relay_case_get_timeline_status (kase), ==, steps[i].status);
    }

  /* Closing is the user's step; recording after it changes nothing. */
  g_assert_true (relay_case_close (kase));
  g_assert_false (relay_case_close (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_CLOSED);
  add_entry (kase, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY, "2026-06-01");
  g_assert_false (relay_case_update_status_from_timeline (kase));
  g_assert_false (relay_case_recompute_status (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_CLOSED);

  /* Reopening gives back the status the timeline shows. */
  g_assert_true (relay_case_reopen (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_PUBLISHED);
  g_assert_false (relay_case_reopen (kase));
}

/* Recording something that comes earlier in the sequence never moves the
 * case back; removing an entry works the status out again. */
static void
test_status_never_back (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  RelayTimelineEntry *submitted, *communication, *reply, *ack;

  submitted = add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-01-10");
  communication = add_entry (kase, RELAY_TIMELINE_KIND_COMMUNICATION_SENT, "2026-02-01");
  relay_case_update_status_from_timeline (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  /* An acknowledgement recorded late. */
  ack = add_entry (kase, RELAY_TIMELINE_KIND_ACKNOWLEDGED, "2026-01-20");
  g_assert_false (relay_case_update_status_from_timeline (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  /* Status set by hand further on is kept by an update... */
  relay_case_set_status (kase, RELAY_CASE_STATUS_PUBLISHED);
  g_assert_false (relay_case_update_status_from_timeline (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_PUBLISHED);
  /* ...but working it out again follows the timeline. */
  g_assert_true (relay_case_recompute_status (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  reply = add_entry (kase, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY, "2026-03-20");
  relay_case_update_status_from_timeline (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_REPLY_RECEIVED);

  /* The reply was recorded by mistake. */
  remove_entry (kase, reply);
  g_assert_true (relay_case_recompute_status (kase));
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  remove_entry (kase, communication);
  relay_case_recompute_status (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_ACKNOWLEDGED);

  remove_entry (kase, ack);
  relay_case_recompute_status (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_SENT);

  /* Nothing of a sending left, and never sent from Relay: a draft again. */
  remove_entry (kase, submitted);
  relay_case_recompute_status (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_DRAFT);
}

/* A case sent from Relay stays "sent" whatever is removed. */
static void
test_status_sent_from_relay (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 9, 30, 0);
  RelayTimelineEntry *ack;

  relay_case_set_submitted_at (kase, when);
  relay_case_set_status (kase, RELAY_CASE_STATUS_SENT);
  ack = add_entry (kase, RELAY_TIMELINE_KIND_ACKNOWLEDGED, "2026-03-05");
  relay_case_update_status_from_timeline (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_ACKNOWLEDGED);

  remove_entry (kase, ack);
  relay_case_recompute_status (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_SENT);

  relay_case_close (kase);
  relay_case_reopen (kase);
  g_assert_cmpint (relay_case_get_status (kase), ==, RELAY_CASE_STATUS_SENT);

  /* A case ready to send keeps that status while it only has notes. */
  {
    g_autoptr(RelayCase) ready = relay_case_new ();

    relay_case_set_status (ready, RELAY_CASE_STATUS_READY);
    add_entry (ready, RELAY_TIMELINE_KIND_NOTE, "2026-03-05");
    g_assert_false (relay_case_update_status_from_timeline (ready));
    g_assert_false (relay_case_recompute_status (ready));
    g_assert_cmpint (relay_case_get_status (ready), ==, RELAY_CASE_STATUS_READY);
  }
}

/* The rule holds through the store: what is saved is read back. */
static void
test_status_stored (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-test-followup-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "relay.db", NULL);
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayCase) stored = NULL;
  g_autoptr(RelayTimelineEntry) copy = NULL;
  RelayTimelineEntry *communication;

  g_assert_no_error (error);
  store = relay_store_new (path, &error);
  g_assert_no_error (error);

  add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-01-10");
  communication = add_entry (kase, RELAY_TIMELINE_KIND_COMMUNICATION_SENT, "2026-02-01");
  relay_timeline_entry_set_reference (communication, "UA BRA 3/2026");
  relay_timeline_entry_set_communication_type (communication, RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
  relay_timeline_entry_set_deadline (communication, "2026-04-02");
  relay_case_update_status_from_timeline (kase);
  relay_store_save_case (store, kase, &error);
  g_assert_no_error (error);

  /* The entry is found again, by what it says, in a fresh copy. */
  copy = relay_timeline_entry_copy (communication);
  g_assert_true (relay_timeline_entry_equal (copy, communication));
  stored = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (stored), ==, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  {
    guint position = G_MAXUINT;

    g_assert_true (relay_case_find_timeline_entry (stored, copy, &position));
    g_assert_cmpuint (position, ==, 1);
    g_list_store_remove (relay_case_get_timeline (stored), position);
    relay_case_recompute_status (stored);
    relay_store_save_case (store, stored, &error);
    g_assert_no_error (error);
  }

  g_clear_object (&stored);
  stored = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (stored), ==, RELAY_CASE_STATUS_SENT);
  g_assert_false (relay_case_find_timeline_entry (stored, copy, NULL));

  /* A change in any property makes another entry. */
  relay_timeline_entry_set_url (copy, "https://example.org/reply");
  g_assert_false (relay_timeline_entry_equal (copy, communication));
  relay_timeline_entry_assign (copy, communication);
  g_assert_true (relay_timeline_entry_equal (copy, communication));

  g_clear_object (&store);
  relay_test_remove_tree (dir);
}

/* Changes go to the stored case, not to a copy that may be out of date. */
static void
test_changes_stored (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("relay-test-followup-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "relay.db", NULL);
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(RelayCase) shown = relay_case_new ();
  g_autoptr(RelayCase) other = NULL;
  g_autoptr(RelayCase) saved = NULL;
  g_autoptr(RelayTimelineEntry) ack = relay_timeline_entry_new ();
  g_autoptr(RelayTimelineEntry) changed = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 9, 30, 0);
  const char *uuid = relay_case_get_uuid (shown);
  RelayTimelineEntry *proof;

  g_assert_no_error (error);
  store = relay_store_new (path, &error);
  g_assert_no_error (error);

  /* Sent from Relay, as relay_store_finish_sending() records it. */
  proof = add_entry (shown, RELAY_TIMELINE_KIND_SUBMITTED, "2026-03-01");
  relay_timeline_entry_set_reference (proof, "<a1@relay.invalid>");
  relay_timeline_entry_set_note (proof, "urgent-action@ohchr.org");
  relay_case_set_submitted_at (shown, when);
  relay_case_set_status (shown, RELAY_CASE_STATUS_SENT);
  relay_store_save_case (store, shown, &error);
  g_assert_no_error (error);

  /* Someone else saves the case meanwhile (the wizard, a sending). */
  other = relay_store_load_case (store, uuid, &error);
  g_assert_no_error (error);
  relay_case_set_title (other, "Saved elsewhere");
  relay_store_save_case (store, other, &error);
  g_assert_no_error (error);

  relay_timeline_entry_set_kind (ack, RELAY_TIMELINE_KIND_ACKNOWLEDGED);
  relay_timeline_entry_set_date (ack, "2026-03-04");
  relay_timeline_entry_set_mandate_id (ack, "sr-hrd");
  saved = relay_case_followup_record (store, uuid, ack, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relay_case_get_title (saved), ==, "Saved elsewhere");
  g_assert_cmpint (relay_case_get_status (saved), ==, RELAY_CASE_STATUS_ACKNOWLEDGED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (saved))), ==, 2);
  g_clear_object (&saved);

  /* Edited: found by what it said. */
  changed = relay_timeline_entry_copy (ack);
  relay_timeline_entry_set_date (changed, "2026-03-05");
  saved = relay_case_followup_update (store, uuid, ack, changed, &error);
  g_assert_no_error (error);
  g_assert_true (relay_case_find_timeline_entry (saved, changed, NULL));
  g_assert_false (relay_case_find_timeline_entry (saved, ack, NULL));
  g_clear_object (&saved);

  /* The old version is gone: changing it again fails, nothing saved. */
  saved = relay_case_followup_update (store, uuid, ack, changed, &error);
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  g_assert_null (saved);
  g_clear_error (&error);

  /* Of the record of sending, only the note changes, and it stays. */
  {
    g_autoptr(RelayTimelineEntry) proof_changed = relay_timeline_entry_copy (proof);
    g_autoptr(RelayTimelineEntry) expected = relay_timeline_entry_copy (proof);

    relay_timeline_entry_set_date (proof_changed, "2020-01-01");
    relay_timeline_entry_set_reference (proof_changed, "");
    relay_timeline_entry_set_note (proof_changed, "Also sent by post");
    relay_timeline_entry_set_note (expected, "Also sent by post");
    saved = relay_case_followup_update (store, uuid, proof, proof_changed, &error);
    g_assert_no_error (error);
    g_assert_true (relay_case_find_timeline_entry (saved, expected, NULL));
    g_clear_object (&saved);

    saved = relay_case_followup_remove (store, uuid, expected, &error);
    g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_INVALID);
    g_assert_null (saved);
    g_clear_error (&error);
  }

  /* Removed: the status is worked out again. */
  saved = relay_case_followup_remove (store, uuid, changed, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (saved), ==, RELAY_CASE_STATUS_SENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (saved))), ==, 1);
  g_clear_object (&saved);

  /* Closed and reopened. */
  saved = relay_case_followup_set_closed (store, uuid, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (saved), ==, RELAY_CASE_STATUS_CLOSED);
  g_clear_object (&saved);
  saved = relay_case_followup_set_closed (store, uuid, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (saved), ==, RELAY_CASE_STATUS_SENT);
  g_clear_object (&saved);

  /* A case that is not there. */
  saved = relay_case_followup_record (store, "00000000-0000-4000-8000-000000000000", ack, &error);
  g_assert_error (error, RELAY_STORE_ERROR, RELAY_STORE_ERROR_NOT_FOUND);
  g_assert_null (saved);

  g_clear_object (&store);
  relay_test_remove_tree (dir);
}

static void
test_proof_of_sending (void)
{
  g_autoptr(RelayTimelineEntry) entry = relay_timeline_entry_new ();

  relay_timeline_entry_set_kind (entry, RELAY_TIMELINE_KIND_SUBMITTED);
  g_assert_false (relay_timeline_entry_is_proof_of_sending (entry));

  /* Sent another way: a reference that is not a Message-ID. */
  relay_timeline_entry_set_reference (entry, "Online form, confirmation 4411");
  g_assert_false (relay_timeline_entry_is_proof_of_sending (entry));

  relay_timeline_entry_set_reference (entry, "<1b4e28ba-2fa1-11d2-883f-0016d3cca427@relay.invalid>");
  g_assert_true (relay_timeline_entry_is_proof_of_sending (entry));

  /* Only a submission is a record of sending. */
  relay_timeline_entry_set_kind (entry, RELAY_TIMELINE_KIND_FOLLOW_UP_SENT);
  g_assert_false (relay_timeline_entry_is_proof_of_sending (entry));
}

/*
 * The dates of one entry
 */

static RelayDirectory *
load_directory (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory",
                                                 "mandates.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RelayDirectory *directory = relay_directory_new ();

  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);

  return directory;
}

static void
assert_item (GPtrArray       *items,
             guint            index,
             RelayAgendaKind  kind,
             const char      *day,
             gboolean         expected)
{
  RelayAgendaItem *item;

  g_assert_cmpuint (index, <, items->len);
  item = g_ptr_array_index (items, index);
  g_assert_cmpint (relay_agenda_item_get_kind (item), ==, kind);
  g_assert_cmpstr (relay_agenda_item_get_start_date (item), ==, day);
  g_assert_cmpint (relay_agenda_item_get_expected (item), ==, expected);
}

static void
test_entry_dates (void)
{
  g_autoptr(RelayDirectory) directory = load_directory ();
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, directory);
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayCaseMandate) mandate = relay_case_mandate_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) all = NULL;
  RelayTimelineEntry *submitted, *first, *second, *note;

  relay_case_mandate_set_mandate_id (mandate, "sr-torture");
  g_list_store_append (relay_case_get_mandates (kase), mandate);

  submitted = add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-01-05");
  note = add_entry (kase, RELAY_TIMELINE_KIND_NOTE, "2026-01-06");

  /* Nothing recorded since the submission: a follow-up after 8 weeks. */
  items = relay_case_dup_entry_dates (kase, agenda, submitted);
  g_assert_cmpuint (items->len, ==, 1);
  assert_item (items, 0, RELAY_AGENDA_KIND_FOLLOW_UP, "2026-03-02", FALSE);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = relay_case_dup_entry_dates (kase, agenda, note);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* An urgent appeal with no stated deadline: 60 days, estimated; an
   * allegation letter with one: that day. Each has its own dates. */
  first = add_entry (kase, RELAY_TIMELINE_KIND_COMMUNICATION_SENT, "2026-03-13");
  relay_timeline_entry_set_communication_type (first, RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
  second = add_entry (kase, RELAY_TIMELINE_KIND_COMMUNICATION_SENT, "2026-04-01");
  relay_timeline_entry_set_communication_type (second, RELAY_COMMUNICATION_TYPE_ALLEGATION);
  relay_timeline_entry_set_deadline (second, "2026-05-20");

  items = relay_case_dup_entry_dates (kase, agenda, first);
  g_assert_cmpuint (items->len, ==, 2);
  assert_item (items, 0, RELAY_AGENDA_KIND_REPLY_DEADLINE, "2026-05-12", TRUE);
  assert_item (items, 1, RELAY_AGENDA_KIND_CHECK_REPLY, "2026-05-13", TRUE);
  g_clear_pointer (&items, g_ptr_array_unref);

  items = relay_case_dup_entry_dates (kase, agenda, second);
  g_assert_cmpuint (items->len, ==, 2);
  assert_item (items, 0, RELAY_AGENDA_KIND_REPLY_DEADLINE, "2026-05-20", FALSE);
  assert_item (items, 1, RELAY_AGENDA_KIND_CHECK_REPLY, "2026-05-21", FALSE);

  /* The same items, by id, as the whole case's computation. */
  all = relay_agenda_compute_case_items (agenda, kase);
  for (guint i = 0; i < items->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < all->len; j++)
        found |= g_str_equal (relay_agenda_item_get_uid (g_ptr_array_index (items, i)),
                              relay_agenda_item_get_uid (g_ptr_array_index (all, j)));
      g_assert_true (found);
    }
  g_clear_pointer (&items, g_ptr_array_unref);

  /* The communication was news from the experts: no follow-up. */
  items = relay_case_dup_entry_dates (kase, agenda, submitted);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A reply after the first communication ends the dates of both, as the
   * agenda has it (a reply names no mandate). */
  add_entry (kase, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY, "2026-05-02");
  items = relay_case_dup_entry_dates (kase, agenda, first);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A closed case has no dates. */
  relay_case_close (kase);
  items = relay_case_dup_entry_dates (kase, agenda, second);
  g_assert_cmpuint (items->len, ==, 0);
}

/* Only the last submission has follow-ups. */
static void
test_entry_dates_last_submission (void)
{
  g_autoptr(RelayAgenda) agenda = relay_agenda_new (NULL, NULL);
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GPtrArray) items = NULL;
  RelayTimelineEntry *later, *earlier;

  later = add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-02-01");
  earlier = add_entry (kase, RELAY_TIMELINE_KIND_SUBMITTED, "2026-01-01");

  items = relay_case_dup_entry_dates (kase, agenda, earlier);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  items = relay_case_dup_entry_dates (kase, agenda, later);
  g_assert_cmpuint (items->len, ==, 1);
  assert_item (items, 0, RELAY_AGENDA_KIND_FOLLOW_UP, "2026-03-29", FALSE);
}

/*
 * Reminders
 */

static RelayAgendaItem *
new_item (RelayAgendaKind  kind,
          const char      *uid,
          const char      *day)
{
  RelayAgendaItem *item = relay_agenda_item_new (RELAY_AGENDA_ORIGIN_COMPUTED, kind, "", day, NULL);

  relay_agenda_item_set_uid (item, uid);

  return item;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  return relay_agenda_item_compare (*(RelayAgendaItem **) a, *(RelayAgendaItem **) b);
}

static void
test_reminder_check_is_due (void)
{
  GDate today;

  parse_day ("2026-05-10", &today);

  g_assert_true (relay_reminder_check_is_due (NULL, &today));
  g_assert_true (relay_reminder_check_is_due ("", &today));
  g_assert_true (relay_reminder_check_is_due ("not a day", &today));
  g_assert_true (relay_reminder_check_is_due ("2026-05-09", &today));
  g_assert_false (relay_reminder_check_is_due ("2026-05-10", &today));
  /* The clock was set back. */
  g_assert_true (relay_reminder_check_is_due ("2026-05-11", &today));
}

static void
test_reminder_when (void)
{
  g_autoptr(RelayAgendaItem) item = new_item (RELAY_AGENDA_KIND_FOLLOW_UP, "a", "2026-05-12");
  g_autofree char *in_two = NULL;
  g_autofree char *tomorrow = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *overdue = NULL;
  g_autofree char *year_end = NULL;
  GDate today;

  parse_day ("2026-05-10", &today);
  in_two = relay_reminder_dup_when (item, &today);
  g_assert_cmpstr (in_two, ==, "In 2 days, on 12 May 2026");

  parse_day ("2026-05-11", &today);
  tomorrow = relay_reminder_dup_when (item, &today);
  g_assert_cmpstr (tomorrow, ==, "Tomorrow, 12 May 2026");

  parse_day ("2026-05-12", &today);
  today_text = relay_reminder_dup_when (item, &today);
  g_assert_cmpstr (today_text, ==, "Today, 12 May 2026");

  parse_day ("2026-05-20", &today);
  overdue = relay_reminder_dup_when (item, &today);
  g_assert_cmpstr (overdue, ==, "Overdue since 12 May 2026");

  /* Across the end of a year, and an item of several days is due on its
   * last. */
  relay_agenda_item_set_start_date (item, "2026-12-20");
  relay_agenda_item_set_end_date (item, "2027-01-03");
  parse_day ("2026-12-31", &today);
  year_end = relay_reminder_dup_when (item, &today);
  g_assert_cmpstr (year_end, ==, "In 3 days, on 3 January 2027");
}

static void
test_reminder_plan (void)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) plan = NULL;
  RelayAgendaItem *reply;
  RelayReminder *reminder;
  GDate today;

  parse_day ("2026-05-10", &today);

  plan = relay_reminder_plan (due, &today);
  g_assert_cmpuint (plan->len, ==, 0);
  g_clear_pointer (&plan, g_ptr_array_unref);

  /* One notification per item, its id the item's, naming no case. */
  reply = new_item (RELAY_AGENDA_KIND_REPLY_DEADLINE, "reply-1", "2026-05-12");
  relay_agenda_item_set_title (reply, "Reply window ends");
  relay_agenda_item_set_case_uuid (reply, "3f2a9c00-0000-4000-8000-000000000000");
  relay_agenda_item_set_case_title (reply, "Arrest of Ana Quispe");
  relay_agenda_item_set_expected (reply, TRUE);
  g_ptr_array_add (due, reply);
  g_ptr_array_add (due, new_item (RELAY_AGENDA_KIND_FOLLOW_UP, "follow-up-1", "2026-05-08"));

  plan = relay_reminder_plan (due, &today);
  g_assert_cmpuint (plan->len, ==, 2);
  reminder = g_ptr_array_index (plan, 0);
  g_assert_cmpstr (reminder->id, ==, "reply-1");
  g_assert_cmpstr (reminder->target, ==, "reply-1");
  g_assert_nonnull (strstr (reminder->title, "Reply window ends"));
  g_assert_nonnull (strstr (reminder->title, relay_agenda_item_get_case_reference (reply)));
  g_assert_null (strstr (reminder->title, "Quispe"));
  g_assert_null (strstr (reminder->body, "Quispe"));
  g_assert_cmpstr (reminder->body, ==, "In 2 days, on 12 May 2026 (an estimated date)");
  reminder = g_ptr_array_index (plan, 1);
  g_assert_cmpstr (reminder->id, ==, "follow-up-1");
  g_assert_cmpstr (reminder->body, ==, "Overdue since 8 May 2026");
  g_clear_pointer (&plan, g_ptr_array_unref);

  /* Up to three stay separate; more make one summary, which opens the
   * calendar. */
  g_ptr_array_add (due, new_item (RELAY_AGENDA_KIND_CUSTOM, "custom-1", "2026-05-11"));
  plan = relay_reminder_plan (due, &today);
  g_assert_cmpuint (plan->len, ==, RELAY_REMINDER_MAX_SEPARATE);
  g_clear_pointer (&plan, g_ptr_array_unref);

  g_ptr_array_add (due, new_item (RELAY_AGENDA_KIND_CALL_FOR_INPUT, "call-1", "2026-05-15"));
  g_ptr_array_add (due, new_item (RELAY_AGENDA_KIND_CALL_FOR_INPUT, "call-2", "2026-05-16"));
  /* By day, as the agenda gives them. */
  g_ptr_array_sort (due, compare_items);
  plan = relay_reminder_plan (due, &today);
  g_assert_cmpuint (plan->len, ==, 1);
  reminder = g_ptr_array_index (plan, 0);
  g_assert_cmpstr (reminder->id, ==, RELAY_REMINDER_SUMMARY_ID);
  g_assert_cmpstr (reminder->target, ==, "");
  g_assert_cmpstr (reminder->title, ==, "5 deadlines coming up");
  g_assert_null (strstr (reminder->body, "Quispe"));
  g_assert_true (g_str_has_prefix (reminder->body, "Overdue since 8 May 2026: "));
  g_assert_true (g_str_has_suffix (reminder->body, "And 2 more, in the calendar."));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/followup/kind-status", test_kind_status);
  g_test_add_func ("/core/followup/status-moves-on", test_status_moves_on);
  g_test_add_func ("/core/followup/status-never-back", test_status_never_back);
  g_test_add_func ("/core/followup/status-sent-from-relay", test_status_sent_from_relay);
  g_test_add_func ("/core/followup/status-stored", test_status_stored);
  g_test_add_func ("/core/followup/changes-stored", test_changes_stored);
  g_test_add_func ("/core/followup/proof-of-sending", test_proof_of_sending);
  g_test_add_func ("/core/followup/entry-dates", test_entry_dates);
  g_test_add_func ("/core/followup/entry-dates-last-submission", test_entry_dates_last_submission);
  g_test_add_func ("/core/reminder/check-is-due", test_reminder_check_is_due);
  g_test_add_func ("/core/reminder/when", test_reminder_when);
  g_test_add_func ("/core/reminder/plan", test_reminder_plan);

  return g_test_run ();
}
