/* test-timeline.c
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

/* The case page's Timeline, as a person uses it in the main window:
 * recording each kind of event through its dialog, the checks of the
 * dialog, editing (the record of sending only in its note), removing with
 * a confirmation, closing and reopening; the status that follows, the
 * reply date shown under a communication, and a deadline notification
 * opening its case.
 *
 * The texts compared are the translated ones, so that with
 * RELAY_TEST_LOCALEDIR (see relay_test_use_localedir()) and
 * RELAY_TEST_SCREENSHOT_DIR=DIR the same run saves pictures of the page
 * and of the dialog, wide and narrow, in another language.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "cases/relay-case-page.h"
#include "cases/relay-timeline-dialog.h"
#include "relay-application.h"
#include "relay-window.h"

#include "relay-test-ui.h"
#include "relay-test-utils.h"

#define PROOF_ID "<5f1c2a-test@relay.invalid>"

static char *data_home;

/*
 * Helpers
 */

static char *
format_day (const char *iso_day)
{
  char *label = relay_format_iso_date (iso_day);

  g_assert_nonnull (label);

  return label;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static RelayTimelineDialog *
find_dialog (void)
{
  return RELAY_TIMELINE_DIALOG (find_toplevel (RELAY_TYPE_TIMELINE_DIALOG));
}

static GtkWidget *
find (GtkWidget  *root,
      GType       type,
      const char *text)
{
  GtkWidget *widget = relay_test_find_widget (root, type, text);

  if (widget == NULL)
    g_error ("No %s “%s” found", g_type_name (type), text != NULL ? text : "(any)");

  return widget;
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  relay_test_iterate ();
}

/* The n-th calendar of the dialog: 0 for the date, 1 for the deadline. */
static void
pick_day (RelayTimelineDialog *dialog,
          guint                index,
          const char          *iso_day)
{
  GtkWidget *calendar = find (GTK_WIDGET (dialog), GTK_TYPE_CALENDAR, NULL);
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (index == 1)
    {
      GtkWidget *deadline = find (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, NULL);

      calendar = find (deadline, GTK_TYPE_CALENDAR, NULL);
    }

  g_assert_cmpint (sscanf (iso_day, "%4d-%2d-%2d", &year, &month, &day), ==, 3);
  date_time = g_date_time_new_local (year, month, day, 12, 0, 0);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), date_time);
  /* As a click on the day does. */
  g_signal_emit_by_name (calendar, "day-selected");
}

static void
type_in (RelayTimelineDialog *dialog,
         const char          *row_title,
         const char          *text)
{
  GtkWidget *row = find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, row_title);

  g_assert_true (gtk_widget_get_visible (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
write_note (RelayTimelineDialog *dialog,
            const char          *text)
{
  GtkWidget *view = find (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static char *
read_note (RelayTimelineDialog *dialog)
{
  GtkWidget *view = find (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Clicks Save: the dialog closes when it saved. */
static void
save (RelayTimelineDialog *dialog)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  click (find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Save")));
  while (dialog != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* Clicks Save and expects @message in the dialog, which stays open. */
static void
save_refused (RelayTimelineDialog *dialog,
              const char          *message)
{
  GtkWidget *label;

  click (find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Save")));
  g_assert_true (find_dialog () == dialog);
  label = find (GTK_WIDGET (dialog), GTK_TYPE_LABEL, message);
  g_assert_true (gtk_widget_get_visible (label));
}

static GtkWidget *
find_group (RelayCasePage *page)
{
  return find (GTK_WIDGET (page), ADW_TYPE_PREFERENCES_GROUP, _("Timeline"));
}

static RelayTimelineDialog *
record (RelayCasePage     *page,
        RelayTimelineKind  kind)
{
  RelayTimelineDialog *dialog;

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (find_group (page), "timeline.record", "s",
                                             relay_enum_to_nick (RELAY_TYPE_TIMELINE_KIND, kind)));
  relay_test_iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (relay_timeline_dialog_get_kind (dialog), ==, kind);

  return dialog;
}

/* The row of the entry titled @title, the @nth of them (from 0). */
static GtkWidget *
find_entry_row (RelayCasePage *page,
                const char    *title,
                guint          nth)
{
  GtkWidget *group = find_group (page);
  GtkWidget *found = NULL;
  GtkWidget *list = find (group, GTK_TYPE_LIST_BOX, NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0 &&
        nth-- == 0)
      {
        found = row;
        break;
      }

  g_assert_nonnull (found);

  return found;
}

static gboolean
has_row (RelayCasePage *page,
         const char    *title)
{
  return relay_test_find_widget (find_group (page), ADW_TYPE_ACTION_ROW, title) != NULL;
}

static RelayTimelineDialog *
edit (RelayCasePage *page,
      const char    *title,
      const char    *button)
{
  RelayTimelineDialog *dialog;

  click (find (find_entry_row (page, title, 0), GTK_TYPE_BUTTON, button));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);

  return dialog;
}

/* Answers the confirmation dialog as a click on @response does. */
static void
answer (const char *heading,
        const char *response)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  relay_test_iterate ();
}

static void
remove_entry (RelayCasePage *page,
              const char    *title,
              const char    *date)
{
  g_autofree char *label = format_day (date);
  g_autofree char *heading = g_strdup_printf (_("Remove “%1$s” of %2$s?"), title, label);

  click (find (find_entry_row (page, title, 0), GTK_TYPE_BUTTON, C_("timeline entry", "Remove")));
  answer (heading, "remove");
}

static void
assert_status (RelayCasePage   *page,
               RelayStore      *store,
               RelayCaseStatus  status)
{
  RelayCase *shown = relay_case_page_get_case (page);
  g_autoptr(RelayCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (relay_case_get_status (shown), ==, status);
  stored = relay_store_load_case (store, relay_case_get_uuid (shown), &error);
  g_assert_no_error (error);
  g_assert_cmpint (relay_case_get_status (stored), ==, status);
  /* The badge in the page's header says it. */
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL,
                                            relay_case_status_get_label (status)));
}

/* The stored entry of @kind, the only one. */
static RelayTimelineEntry *
stored_entry (RelayStore        *store,
              RelayCase         *kase,
              RelayTimelineKind  kind)
{
  g_autoptr(RelayCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *timeline;
  RelayTimelineEntry *found = NULL;

  stored = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
  g_assert_no_error (error);
  timeline = G_LIST_MODEL (relay_case_get_timeline (stored));
  for (guint i = 0; i < g_list_model_get_n_items (timeline); i++)
    {
      g_autoptr(RelayTimelineEntry) entry = g_list_model_get_item (timeline, i);

      if (relay_timeline_entry_get_kind (entry) == kind)
        {
          g_assert_null (found);
          found = g_steal_pointer (&entry);
        }
    }

  g_assert_nonnull (found);

  return found;
}

static char *
reply_title (const char *day,
             guint       days)
{
  g_autofree char *label = format_day (day);

  return g_strdup_printf (ngettext ("Reply expected by %1$s (%2$u day)",
                                    "Reply expected by %1$s (%2$u days)", days),
                          label, days);
}

static RelayCase *
make_sent_case (RelayStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayCaseMandate) lead = relay_case_mandate_new ();
  g_autoptr(RelayCaseMandate) joint = relay_case_mandate_new ();
  g_autoptr(RelayTimelineEntry) proof = relay_timeline_entry_new ();
  g_autoptr(GDateTime) sent_at = g_date_time_new_utc (2026, 3, 1, 10, 12, 0);
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, "Arrest of Ana Quispe");
  relay_case_set_kind (kase, RELAY_CASE_KIND_URGENT_APPEAL);
  relay_case_set_country (kase, "PE");
  relay_case_set_what_happened (kase, "Ana Quispe was arrested in Cusco.");
  relay_case_mandate_set_mandate_id (lead, "sr-hrd");
  relay_case_mandate_set_role (lead, RELAY_MANDATE_ROLE_LEAD);
  g_list_store_append (relay_case_get_mandates (kase), lead);
  relay_case_mandate_set_mandate_id (joint, "wg-arbitrary-detention");
  relay_case_mandate_set_role (joint, RELAY_MANDATE_ROLE_JOINT);
  g_list_store_append (relay_case_get_mandates (kase), joint);

  /* As relay_store_finish_sending() records a message the server took. */
  relay_timeline_entry_set_kind (proof, RELAY_TIMELINE_KIND_SUBMITTED);
  relay_timeline_entry_set_date (proof, "2026-03-01");
  relay_timeline_entry_set_reference (proof, PROOF_ID);
  relay_timeline_entry_set_note (proof, "urgent-action@ohchr.org, hrc-sr-defenders@un.org");
  g_list_store_append (relay_case_get_timeline (kase), proof);
  relay_case_set_submitted_at (kase, sent_at);
  relay_case_set_status (kase, RELAY_CASE_STATUS_SENT);

  relay_store_save_case (store, kase, &error);
  g_assert_no_error (error);

  return kase;
}

static void
no_notification (const char          *id,
                 const RelayReminder *reminder,
                 GNotification       *notification,
                 gpointer             user_data)
{
  guint *count = user_data;

  (*count)++;
}

/*
 * The test
 */

static gboolean
reminders_started (gpointer data)
{
  return relay_reminders_get_started (data);
}

static void
test_timeline (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayApplication) app = NULL;
  g_autoptr(RelayCase) kase = NULL;
  g_autofree char *day = NULL;
  RelayTimelineDialog *dialog;
  RelayCasePage *page;
  RelayWindow *window;
  RelayStore *store;
  RelayAgenda *agenda;
  RelayDirectory *directory;
  const char *ack_label = relay_timeline_kind_get_label (RELAY_TIMELINE_KIND_ACKNOWLEDGED);
  const char *communication_label = relay_timeline_kind_get_label (RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  const char *reply_label = relay_timeline_kind_get_label (RELAY_TIMELINE_KIND_GOVERNMENT_REPLY);
  const char *published_label = relay_timeline_kind_get_label (RELAY_TIMELINE_KIND_PUBLISHED);
  const char *submitted_label = relay_timeline_kind_get_label (RELAY_TIMELINE_KIND_SUBMITTED);
  GDate today;

  app = relay_application_new ("io.github.relayhr.Relay.Test", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  store = relay_application_get_store (app);
  g_assert_nonnull (store);
  directory = relay_application_get_directory (app);
  agenda = relay_application_get_agenda (app);
  g_assert_nonnull (agenda);
  /* The dates under the entries depend on the day. */
  g_assert_true (relay_agenda_parse_day ("2026-03-20", &today));
  relay_agenda_set_today (agenda, &today);

  kase = make_sent_case (store);

  window = relay_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 1100);
  gtk_window_present (GTK_WINDOW (window));
  relay_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case", "s",
                                             relay_case_get_uuid (kase)));
  relay_test_iterate ();
  page = RELAY_CASE_PAGE (find (GTK_WIDGET (window), RELAY_TYPE_CASE_PAGE, NULL));
  g_assert_nonnull (relay_case_page_get_case (page));
  g_assert_cmpstr (relay_case_get_uuid (relay_case_page_get_case (page)), ==, relay_case_get_uuid (kase));
  assert_status (page, store, RELAY_CASE_STATUS_SENT);

  /* The Record… menu: each kind, closing the case, exporting its dates. */
  {
    GtkWidget *button = find (find_group (page), GTK_TYPE_MENU_BUTTON, NULL);
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
    g_autoptr(GMenuModel) kinds = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
    g_autoptr(GMenuModel) calendar = g_menu_model_get_item_link (menu, 2, G_MENU_LINK_SECTION);
    g_autofree char *action = NULL;

    g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)), ==, _("_Record…"));
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
    g_assert_cmpint (g_menu_model_get_n_items (kinds), ==, 7);
    g_assert_true (g_menu_model_get_item_attribute (calendar, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
    g_assert_cmpstr (action, ==, "win.export-case-dates");
  }

  /* The record of sending: its note can be edited, it cannot be removed.
   * Both mandates acknowledge submissions: a follow-up each. */
  {
    GtkWidget *row = find_entry_row (page, submitted_label, 0);

    g_assert_nonnull (relay_test_find_widget (row, GTK_TYPE_BUTTON, _("Edit the Note")));
    g_assert_null (relay_test_find_widget (row, GTK_TYPE_BUTTON, C_("timeline entry", "Remove")));
    find_entry_row (page, _("Follow up: no acknowledgement yet"), 1);
  }

  /* Acknowledged, by the working group: the case's mandates come first. */
  dialog = record (page, RELAY_TIMELINE_KIND_ACKNOWLEDGED);
  {
    AdwComboRow *mandates = ADW_COMBO_ROW (find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Which mandate")));
    GListModel *model = adw_combo_row_get_model (mandates);

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mandates)));
    g_assert_cmpuint (adw_combo_row_get_selected (mandates), ==, 0);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==,
                     relay_mandate_get_title (relay_directory_lookup (directory, "sr-hrd"), relay_ui_language ()));
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 2), ==, _("OHCHR, or not known"));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                      g_list_model_get_n_items (G_LIST_MODEL (directory)) + 1);
    adw_combo_row_set_selected (mandates, 1);
  }
  g_assert_false (gtk_widget_get_visible (find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW,
                                                _("Type of communication"))));
  pick_day (dialog, 0, "2026-03-05");
  type_in (dialog, _("Their reference, if any"), "G/SO 218/2");
  write_note (dialog, "Acknowledged by e-mail.");
  relay_test_screenshot (GTK_WIDGET (dialog), "timeline-dialog-acknowledged.png");
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 700);
  relay_test_screenshot (GTK_WIDGET (dialog), "timeline-dialog-acknowledged-narrow.png");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_ACKNOWLEDGED);
  {
    g_autoptr(RelayTimelineEntry) entry = stored_entry (store, kase, RELAY_TIMELINE_KIND_ACKNOWLEDGED);

    g_assert_cmpstr (relay_timeline_entry_get_date (entry), ==, "2026-03-05");
    g_assert_cmpstr (relay_timeline_entry_get_mandate_id (entry), ==, "wg-arbitrary-detention");
    g_assert_cmpstr (relay_timeline_entry_get_reference (entry), ==, "G/SO 218/2");
    g_assert_cmpstr (relay_timeline_entry_get_note (entry), ==, "Acknowledged by e-mail.");
  }
  /* Only the defenders' follow-up is left. */
  find_entry_row (page, _("Follow up: no acknowledgement yet"), 0);
  g_assert_false (has_row (page, _("Follow up on the submission")));

  /* A communication: an urgent appeal, as the case is one; no stated
   * deadline, so 60 days. */
  dialog = record (page, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  {
    AdwComboRow *types = ADW_COMBO_ROW (find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Type of communication")));

    g_assert_cmpuint (adw_combo_row_get_selected (types), ==, 0);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (adw_combo_row_get_model (types)), 0), ==,
                     relay_communication_type_get_label (RELAY_COMMUNICATION_TYPE_URGENT_APPEAL));
  }
  pick_day (dialog, 0, "2026-03-13");
  type_in (dialog, _("Reference, such as UA BRA 3/2026"), "UA PER 2/2026");
  relay_test_screenshot (GTK_WIDGET (dialog), "timeline-dialog-communication.png");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_COMMUNICATION_SENT);
  {
    g_autofree char *title = reply_title ("2026-05-12", 60);
    g_autofree char *check_day = format_day ("2026-05-13");
    g_autofree char *check = g_strdup_printf (_("From %s, check the communications database for a reply"),
                                              check_day);

    g_assert_true (has_row (page, title));
    g_assert_true (has_row (page, check));
    /* The database opens from there. */
    g_assert_nonnull (relay_test_find_widget (find_entry_row (page, check, 0), GTK_TYPE_BUTTON,
                                              _("Open the Communications Database")));
  }
  /* News from the experts: no more follow-up. */
  g_assert_false (has_row (page, _("Follow up: no acknowledgement yet")));

  /* The deadline the communication states; first one before it. */
  dialog = edit (page, communication_label, C_("timeline entry", "Edit"));
  {
    AdwExpanderRow *deadline = ADW_EXPANDER_ROW (find (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, NULL));
    g_autofree char *suggested = NULL;

    g_assert_false (adw_expander_row_get_enable_expansion (deadline));
    adw_expander_row_set_enable_expansion (deadline, TRUE);
    /* It starts from the usual 60 days. */
    suggested = format_day ("2026-05-12");
    g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (deadline), GTK_TYPE_LABEL, suggested));
  }
  pick_day (dialog, 1, "2026-03-01");
  save_refused (dialog, _("The reply deadline is before the day the communication was sent. Check both dates."));
  pick_day (dialog, 1, "2026-04-12");
  relay_test_screenshot (GTK_WIDGET (dialog), "timeline-dialog-deadline.png");
  save (dialog);
  {
    g_autoptr(RelayTimelineEntry) entry = stored_entry (store, kase, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
    g_autofree char *title = reply_title ("2026-04-12", 30);

    g_assert_cmpstr (relay_timeline_entry_get_deadline (entry), ==, "2026-04-12");
    g_assert_cmpstr (relay_timeline_entry_get_reference (entry), ==, "UA PER 2/2026");
    g_assert_cmpint (relay_timeline_entry_get_communication_type (entry), ==,
                     RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
    g_assert_true (has_row (page, title));
  }

  /* The government's reply, with a link as people copy it. */
  dialog = record (page, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY);
  pick_day (dialog, 0, "2026-04-10");
  type_in (dialog, _("Link to the reply, if it is online"), "not a link");
  save_refused (dialog, _("The link is not a web address. Copy it from the address bar of your web browser."));
  type_in (dialog, _("Link to the reply, if it is online"),
           "spcommreports.ohchr.org/TMResultsBase/DownLoadFile?gId=37001");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_REPLY_RECEIVED);
  {
    g_autoptr(RelayTimelineEntry) entry = stored_entry (store, kase, RELAY_TIMELINE_KIND_GOVERNMENT_REPLY);
    g_autofree char *title = reply_title ("2026-04-12", 30);

    g_assert_cmpstr (relay_timeline_entry_get_url (entry), ==,
                     "https://spcommreports.ohchr.org/TMResultsBase/DownLoadFile?gId=37001");
    /* Answered: no more reply window. */
    g_assert_false (has_row (page, title));
    g_assert_nonnull (relay_test_find_widget (find_entry_row (page, reply_label, 0), GTK_TYPE_BUTTON,
                                              _("Open the Link")));
  }

  /* Published. */
  dialog = record (page, RELAY_TIMELINE_KIND_PUBLISHED);
  pick_day (dialog, 0, "2026-05-15");
  type_in (dialog, _("Link in the communications database"),
           "https://spcommreports.ohchr.org/TMResultsBase/DownLoadPublicCommunicationFile?gId=30001");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_PUBLISHED);

  /* A follow-up, and a submission sent another way: the case stays
   * published. */
  dialog = record (page, RELAY_TIMELINE_KIND_FOLLOW_UP_SENT);
  pick_day (dialog, 0, "2026-05-20");
  write_note (dialog, "Sent the court's decision of 18 May.");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_PUBLISHED);

  dialog = record (page, RELAY_TIMELINE_KIND_SUBMITTED);
  pick_day (dialog, 0, "2026-03-02");
  type_in (dialog, _("Confirmation number, if any"), "Online form 4411");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_PUBLISHED);
  /* Sent another way: it can be removed, unlike the record of sending. */
  g_assert_nonnull (relay_test_find_widget (find_entry_row (page, submitted_label, 1), GTK_TYPE_BUTTON,
                                            C_("timeline entry", "Remove")));

  /* A note needs its text, and happened already. */
  dialog = record (page, RELAY_TIMELINE_KIND_NOTE);
  save_refused (dialog, _("Write the note first."));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) later = g_date_time_add_days (now, 10);

    day = g_date_time_format (later, "%Y-%m-%d");
  }
  pick_day (dialog, 0, day);
  write_note (dialog, "The lawyer visited Ana in prison.");
  save_refused (dialog, _("The date is in the future. Record things once they have happened."));
  pick_day (dialog, 0, "2026-06-03");
  save (dialog);
  assert_status (page, store, RELAY_CASE_STATUS_PUBLISHED);

  /* The record of sending: only its note changes. */
  dialog = edit (page, submitted_label, _("Edit the Note"));
  {
    g_autofree char *note = read_note (dialog);

    g_assert_cmpstr (note, ==, "urgent-action@ohchr.org, hrc-sr-defenders@un.org");
    g_assert_false (gtk_widget_is_sensitive (find (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, _("Date"))));
  }
  write_note (dialog, "urgent-action@ohchr.org, hrc-sr-defenders@un.org. Also posted to Geneva.");
  save (dialog);
  {
    g_autoptr(RelayCase) stored = relay_store_load_case (store, relay_case_get_uuid (kase), &error);
    g_autoptr(RelayTimelineEntry) expected = relay_timeline_entry_new ();

    g_assert_no_error (error);
    relay_timeline_entry_set_kind (expected, RELAY_TIMELINE_KIND_SUBMITTED);
    relay_timeline_entry_set_date (expected, "2026-03-01");
    relay_timeline_entry_set_reference (expected, PROOF_ID);
    relay_timeline_entry_set_note (expected, "urgent-action@ohchr.org, hrc-sr-defenders@un.org. Also posted to Geneva.");
    g_assert_true (relay_case_find_timeline_entry (stored, expected, NULL));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (stored))), ==, 8);
  }

  /* Editing the acknowledgement: the dialog shows what was recorded. */
  dialog = edit (page, ack_label, C_("timeline entry", "Edit"));
  {
    AdwComboRow *mandates = ADW_COMBO_ROW (find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, _("Which mandate")));
    GtkWidget *reference = find (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, _("Their reference, if any"));

    g_assert_cmpuint (adw_combo_row_get_selected (mandates), ==, 1);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (reference)), ==, "G/SO 218/2");
  }
  pick_day (dialog, 0, "2026-03-06");
  save (dialog);
  {
    g_autoptr(RelayTimelineEntry) entry = stored_entry (store, kase, RELAY_TIMELINE_KIND_ACKNOWLEDGED);

    g_assert_cmpstr (relay_timeline_entry_get_date (entry), ==, "2026-03-06");
    g_assert_cmpstr (relay_timeline_entry_get_mandate_id (entry), ==, "wg-arbitrary-detention");
  }

  /* The whole timeline, wide and narrow. */
  relay_test_scroll_to (find_group (page), 12);
  relay_test_screenshot (GTK_WIDGET (window), "timeline-case-page-wide.png");

  /* Removing, with a confirmation: the status is worked out again, and
   * the reply window comes back once the reply is gone. */
  remove_entry (page, published_label, "2026-05-15");
  assert_status (page, store, RELAY_CASE_STATUS_REPLY_RECEIVED);
  remove_entry (page, reply_label, "2026-04-10");
  assert_status (page, store, RELAY_CASE_STATUS_COMMUNICATION_SENT);
  {
    g_autofree char *title = reply_title ("2026-04-12", 30);

    g_assert_true (has_row (page, title));
  }
  /* Cancelled: nothing changes. */
  click (find (find_entry_row (page, communication_label, 0), GTK_TYPE_BUTTON, C_("timeline entry", "Remove")));
  {
    g_autofree char *label = format_day ("2026-03-13");
    g_autofree char *heading = g_strdup_printf (_("Remove “%1$s” of %2$s?"), communication_label, label);

    answer (heading, "cancel");
  }
  assert_status (page, store, RELAY_CASE_STATUS_COMMUNICATION_SENT);

  /* Closed, then reopened. */
  g_assert_true (gtk_widget_activate_action (find_group (page), "timeline.close", NULL));
  relay_test_iterate ();
  answer (_("Close This Case?"), "close");
  assert_status (page, store, RELAY_CASE_STATUS_CLOSED);
  {
    g_autofree char *title = reply_title ("2026-04-12", 30);

    /* A closed case has no dates. */
    g_assert_false (has_row (page, title));
  }
  relay_test_scroll_to (find_group (page), 12);
  relay_test_screenshot (GTK_WIDGET (window), "timeline-case-page-closed.png");
  click (find (find_entry_row (page, _("Case closed"), 0), GTK_TYPE_BUTTON, _("Re_open")));
  assert_status (page, store, RELAY_CASE_STATUS_COMMUNICATION_SENT);
  relay_test_scroll_to (find_entry_row (page, communication_label, 0), 12);
  relay_test_screenshot (GTK_WIDGET (window), "timeline-case-page-dates.png");

  /* Narrow, as on a phone or a half screen. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 900);
  relay_test_iterate ();
  relay_test_scroll_to (find_group (page), 12);
  relay_test_screenshot (GTK_WIDGET (window), "timeline-case-page-narrow.png");
  dialog = edit (page, communication_label, C_("timeline entry", "Edit"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 760);
  relay_test_screenshot (GTK_WIDGET (dialog), "timeline-dialog-narrow.png");
  gtk_window_close (GTK_WINDOW (dialog));
  relay_test_iterate ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 1100);

  /* A deadline notification opens its case; the one that counts several
   * opens the calendar. The reminders start with the application, into a
   * sink here, as there is no notification server. */
  {
    RelayReminders *reminders = relay_application_get_reminders (app);
    g_autoptr(GPtrArray) items = relay_agenda_dup_case_items (agenda, relay_case_get_uuid (kase));
    const char *reply_uid = NULL;
    guint sent = 0;

    g_assert_nonnull (reminders);
    relay_reminders_set_sink (reminders, no_notification, &sent, NULL);
    relay_reminders_set_today (reminders, &today);

    for (guint i = 0; i < items->len; i++)
      if (relay_agenda_item_get_kind (g_ptr_array_index (items, i)) == RELAY_AGENDA_KIND_REPLY_DEADLINE)
        reply_uid = relay_agenda_item_get_uid (g_ptr_array_index (items, i));
    g_assert_nonnull (reply_uid);

    /* Another case is shown, in another view. */
    {
      g_autoptr(RelayCase) other = relay_case_new ();

      relay_case_set_title (other, "Another case");
      relay_store_save_case (store, other, &error);
      g_assert_no_error (error);
      relay_window_show_case (window, relay_case_get_uuid (other));
      relay_test_iterate ();
      g_assert_cmpstr (relay_case_get_uuid (relay_case_page_get_case (page)), ==, relay_case_get_uuid (other));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-calendar", NULL);
      g_assert_cmpstr (relay_window_get_visible_page_name (window), ==, "calendar");
    }

    g_action_group_activate_action (G_ACTION_GROUP (app), "show-agenda-item",
                                    g_variant_new_string (reply_uid));
    relay_test_iterate ();
    /* Reminders start once the window has drawn its first frame. */
    relay_test_wait_for (reminders_started, reminders, 5);
    g_assert_cmpstr (relay_window_get_visible_page_name (window), ==, "cases");
    page = RELAY_CASE_PAGE (find (GTK_WIDGET (window), RELAY_TYPE_CASE_PAGE, NULL));
    g_assert_nonnull (relay_case_page_get_case (page));
    g_assert_cmpstr (relay_case_get_uuid (relay_case_page_get_case (page)), ==, relay_case_get_uuid (kase));

    g_action_group_activate_action (G_ACTION_GROUP (app), "show-agenda-item", g_variant_new_string (""));
    relay_test_iterate ();
    g_assert_cmpstr (relay_window_get_visible_page_name (window), ==, "calendar");
  }

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  relay_test_use_localedir ();
  g_test_init (&argc, &argv, NULL);

  data_home = g_dir_make_tmp ("relay-ui-timeline-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display, the UI tests need one\n");
      relay_test_remove_tree (data_home);
      return 0;
    }

  adw_init ();

  g_test_add_func ("/ui/timeline/record-edit-remove", test_timeline);

  ret = g_test_run ();

  relay_test_remove_tree (data_home);
  g_free (data_home);

  return ret;
}
