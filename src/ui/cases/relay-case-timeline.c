/* relay-case-timeline.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-case-timeline"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-application.h"
#include "relay-case-timeline.h"
#include "relay-rows.h"
#include "relay-timeline-dialog.h"

/* The case page's "Timeline" group: what happened after the case was
 * sent, by date, each entry with Edit and Remove; under a communication to
 * the government, the dates it calls for (the end of the reply window, the
 * day to check the database), and under the last submission its
 * follow-ups. "Record…" adds an entry; the same menu closes and reopens
 * the case. Every change is saved to the stored case at once
 * (relay_case_followup_*()) and the page then shows the case as saved.
 *
 * The actions are "timeline.record" (the nick of a #RelayTimelineKind),
 * "timeline.edit" and "timeline.remove" (the position of an entry in the
 * group, from the top), "timeline.close" and "timeline.reopen".
 */

#define CONFIRMATION_KEY "relay-timeline-confirmation"

typedef struct
{
  GWeakRef   page;
  RelayCase *kase;
  /* RelayTimelineEntry, in the order shown */
  GPtrArray *entries;
} Timeline;

static void
timeline_free (Timeline *timeline)
{
  g_weak_ref_clear (&timeline->page);
  g_clear_object (&timeline->kase);
  g_clear_pointer (&timeline->entries, g_ptr_array_unref);
  g_free (timeline);
}

/* What a confirmation dialog acts on, kept with the dialog. */
typedef struct
{
  GWeakRef            page;
  char               *case_uuid;
  RelayTimelineEntry *entry;
} Confirmation;

static void
confirmation_free (Confirmation *confirmation)
{
  g_weak_ref_clear (&confirmation->page);
  g_clear_pointer (&confirmation->case_uuid, g_free);
  g_clear_object (&confirmation->entry);
  g_free (confirmation);
}

/*
 * Auxiliary methods
 */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static RelayApplication *
get_application (void)
{
  GApplication *app = g_application_get_default ();

  return RELAY_IS_APPLICATION (app) ? RELAY_APPLICATION (app) : NULL;
}

static RelayDirectory *
get_directory (void)
{
  RelayApplication *app = get_application ();

  return app != NULL ? relay_application_get_directory (app) : NULL;
}

static void
show_toast (GtkWidget  *widget,
            const char *message)
{
  gtk_widget_activate_action (widget, "win.toast", "s", message);
}

/* The store, or NULL after telling the user why there is none. */
static RelayStore *
get_store (GtkWidget *page)
{
  RelayApplication *app = get_application ();
  RelayStore *store = app != NULL ? relay_application_get_store (app) : NULL;

  if (store == NULL && app != NULL && relay_application_get_store_error (app) != NULL)
    show_toast (page, relay_application_get_store_error (app)->message);

  return store;
}

/* Shows the case as saved, or why it was not. */
static void
show_result (RelayCasePage *page,
             RelayCase     *saved,
             const GError  *error)
{
  if (saved == NULL)
    {
      show_toast (GTK_WIDGET (page), error->message);
      return;
    }

  relay_case_page_show_saved_case (page, saved);
}

static const char *
get_mandate_title (RelayDirectory *directory,
                   const char     *mandate_id)
{
  RelayMandate *mandate;

  if (is_empty (mandate_id))
    return NULL;

  mandate = directory != NULL ? relay_directory_lookup (directory, mandate_id) : NULL;

  return mandate != NULL ? relay_mandate_get_title (mandate, relay_ui_language ()) : mandate_id;
}

static void
append_part (GString    *line,
             const char *part)
{
  if (is_empty (part))
    return;

  if (line->len > 0)
    g_string_append (line, " · ");
  g_string_append (line, part);
}

static char *
dup_entry_subtitle (RelayTimelineEntry *entry,
                    RelayDirectory     *directory)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *date = relay_format_iso_date (relay_timeline_entry_get_date (entry));
  g_autofree char *reference = NULL;
  RelayTimelineKind kind = relay_timeline_entry_get_kind (entry);
  RelayCommunicationType type = relay_timeline_entry_get_communication_type (entry);
  const char *note = relay_timeline_entry_get_note (entry);
  const char *url = relay_timeline_entry_get_url (entry);

  append_part (subtitle, date != NULL ? date : _("Date not recorded"));

  if (kind == RELAY_TIMELINE_KIND_SUBMITTED)
    append_part (subtitle, relay_timeline_entry_is_proof_of_sending (entry)
                           ? _("Sent by e-mail from Relay") : _("Sent another way"));
  if (kind == RELAY_TIMELINE_KIND_ACKNOWLEDGED)
    append_part (subtitle, get_mandate_title (directory, relay_timeline_entry_get_mandate_id (entry)));
  if (kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT && type != RELAY_COMMUNICATION_TYPE_NONE)
    append_part (subtitle, relay_communication_type_get_label (type));

  /* The Message-ID of a message sent is for the proof, not for people. */
  if (!is_empty (relay_timeline_entry_get_reference (entry)) &&
      !relay_timeline_entry_is_proof_of_sending (entry))
    {
      /* Translators: %s is a reference, as in "UA BRA 3/2026" */
      reference = g_strdup_printf (_("Reference %s"), relay_timeline_entry_get_reference (entry));
      append_part (subtitle, reference);
    }

  if (!is_empty (url))
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, url);
    }

  if (!is_empty (note))
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, note);
    }

  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *tooltip,
                 const char *action_name,
                 GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (target != NULL)
    gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);

  return button;
}

static void
on_open_link_clicked_cb (GtkButton *button,
                         gpointer   user_data)
{
  const char *url = g_object_get_data (G_OBJECT (button), "relay-url");

  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), url, GDK_CURRENT_TIME);
}

static GtkWidget *
new_link_button (const char *url,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("adw-external-link-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "relay-url", g_strdup (url), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_open_link_clicked_cb), NULL);

  return button;
}

static void
add_entry_row (GtkWidget          *group,
               RelayTimelineEntry *entry,
               guint               position,
               RelayDirectory     *directory)
{
  g_autofree char *subtitle = dup_entry_subtitle (entry, directory);
  RelayTimelineKind kind = relay_timeline_entry_get_kind (entry);
  gboolean proof = relay_timeline_entry_is_proof_of_sending (entry);
  const char *url = relay_timeline_entry_get_url (entry);
  GtkWidget *row;

  row = relay_rows_add_row (group, relay_timeline_kind_get_label (kind), subtitle);

  if (!is_empty (url) && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_link_button (url, _("Open the Link")));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("document-edit-symbolic",
                                              proof ? _("Edit the Note") : C_("timeline entry", "Edit"),
                                              "timeline.edit", g_variant_new_uint32 (position)));
  if (!proof)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               new_icon_button ("user-trash-symbolic", C_("timeline entry", "Remove"),
                                                "timeline.remove", g_variant_new_uint32 (position)));
}

/* A date that @entry calls for, under it. */
static void
add_date_row (GtkWidget          *group,
              RelayTimelineEntry *entry,
              RelayAgendaItem    *item,
              const GDate        *today,
              RelayDirectory     *directory)
{
  g_autofree char *day = relay_agenda_item_dup_date_label (item);
  g_autofree char *title = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const GDate *end = relay_agenda_item_get_end (item);
  gboolean past = g_date_valid (end) && g_date_compare (end, today) < 0;
  gboolean done = relay_agenda_item_get_done (item);
  const char *url = relay_agenda_item_get_url (item);
  GtkWidget *row;
  GtkWidget *icon;

  switch (relay_agenda_item_get_kind (item))
    {
    case RELAY_AGENDA_KIND_REPLY_DEADLINE:
      {
        GDate sent;
        guint days = 0;

        if (relay_agenda_parse_day (relay_timeline_entry_get_date (entry), &sent))
          days = MAX (0, g_date_days_between (&sent, relay_agenda_item_get_start (item)));

        if (past)
          /* Translators: %1$s is a date, %2$u the days the government had to reply */
          title = g_strdup_printf (ngettext ("Reply window ended on %1$s (%2$u day)",
                                             "Reply window ended on %1$s (%2$u days)", days),
                                   day, days);
        else
          /* Translators: %1$s is a date, %2$u the days the government has to reply */
          title = g_strdup_printf (ngettext ("Reply expected by %1$s (%2$u day)",
                                             "Reply expected by %1$s (%2$u days)", days),
                                   day, days);
        g_string_append (subtitle, relay_agenda_item_get_note (item));
        break;
      }

    case RELAY_AGENDA_KIND_CHECK_REPLY:
      /* Translators: %s is a date */
      title = g_strdup_printf (_("From %s, check the communications database for a reply"), day);
      g_string_append (subtitle, relay_agenda_item_get_note (item));
      break;

    case RELAY_AGENDA_KIND_FOLLOW_UP:
    default:
      {
        g_autofree char *due = NULL;

        title = g_strdup (relay_agenda_item_get_title (item));
        /* Translators: %s is a date */
        due = g_strdup_printf (_("Due on %s"), day);
        append_part (subtitle, due);
        append_part (subtitle, get_mandate_title (directory, relay_agenda_item_get_mandate_id (item)));
        g_string_append_c (subtitle, '\n');
        g_string_append (subtitle, relay_agenda_item_get_note (item));
        break;
      }
    }

  if (done)
    {
      g_string_append_c (subtitle, '\n');
      g_string_append (subtitle, _("Marked done in the calendar."));
    }

  row = relay_rows_add_row (group, title, subtitle->str);
  gtk_widget_add_css_class (row, "timeline-date");

  icon = gtk_image_new_from_icon_name (done ? "emblem-ok-symbolic" : "alarm-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  done ? C_("agenda item", "Done") : _("A date Relay reminds you of"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  if (done || past)
    gtk_widget_add_css_class (row, "dim-label");

  if (relay_agenda_item_get_kind (item) == RELAY_AGENDA_KIND_CHECK_REPLY && !is_empty (url))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               new_link_button (url, _("Open the Communications Database")));
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  RelayTimelineEntry *entry_a = *(RelayTimelineEntry **) a;
  RelayTimelineEntry *entry_b = *(RelayTimelineEntry **) b;

  return g_strcmp0 (relay_timeline_entry_get_date (entry_a), relay_timeline_entry_get_date (entry_b));
}

static GMenuModel *
new_record_menu (RelayCase *kase)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) record = g_menu_new ();
  g_autoptr(GMenu) status = g_menu_new ();
  g_autoptr(GMenu) calendar = g_menu_new ();
  g_autoptr(GMenuItem) export = NULL;
  struct {
    RelayTimelineKind  kind;
    const char        *label;
  } items[] = {
    { RELAY_TIMELINE_KIND_ACKNOWLEDGED, NC_("record menu", "Acknowledgement Received") },
    { RELAY_TIMELINE_KIND_COMMUNICATION_SENT, NC_("record menu", "Communication Sent to the Government") },
    { RELAY_TIMELINE_KIND_GOVERNMENT_REPLY, NC_("record menu", "Government Reply") },
    { RELAY_TIMELINE_KIND_PUBLISHED, NC_("record menu", "Published in the Database") },
    { RELAY_TIMELINE_KIND_FOLLOW_UP_SENT, NC_("record menu", "Follow-up Sent") },
    { RELAY_TIMELINE_KIND_SUBMITTED, NC_("record menu", "Submission Sent Another Way") },
    { RELAY_TIMELINE_KIND_NOTE, NC_("record menu", "Note") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (g_dpgettext2 (NULL, "record menu", items[i].label), NULL);

      g_menu_item_set_action_and_target (item, "timeline.record", "s",
                                         relay_enum_to_nick (RELAY_TYPE_TIMELINE_KIND, items[i].kind));
      g_menu_append_item (record, item);
    }

  if (relay_case_get_status (kase) == RELAY_CASE_STATUS_CLOSED)
    g_menu_append (status, _("Reopen Case"), "timeline.reopen");
  else
    g_menu_append (status, _("Close Case…"), "timeline.close");

  /* The case's deadlines, for another calendar (the Calendar page asks
   * whether to include the case's details). */
  export = g_menu_item_new (_("Export the Case’s Dates…"), NULL);
  g_menu_item_set_action_and_target (export, "win.export-case-dates", "s", relay_case_get_uuid (kase));
  g_menu_append_item (calendar, export);

  g_menu_append_section (menu, NULL, G_MENU_MODEL (record));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (status));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (calendar));

  return G_MENU_MODEL (menu);
}

/*
 * Actions
 */

static void
open_dialog (Timeline           *timeline,
             RelayTimelineKind   kind,
             RelayTimelineEntry *entry)
{
  g_autoptr(RelayCasePage) page = g_weak_ref_get (&timeline->page);
  RelayTimelineDialog *dialog;
  RelayStore *store;

  if (page == NULL || (store = get_store (GTK_WIDGET (page))) == NULL)
    return;

  dialog = relay_timeline_dialog_new (store, get_directory (), timeline->kase, kind, entry);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (relay_case_page_show_saved_case),
                           page, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static RelayTimelineEntry *
get_entry (Timeline *timeline,
           GVariant *parameter)
{
  guint position = g_variant_get_uint32 (parameter);

  g_return_val_if_fail (position < timeline->entries->len, NULL);

  return g_ptr_array_index (timeline->entries, position);
}

static void
timeline_record_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  Timeline *timeline = user_data;
  int kind = relay_enum_from_nick (RELAY_TYPE_TIMELINE_KIND, g_variant_get_string (parameter, NULL), -1);

  g_return_if_fail (kind >= 0);

  open_dialog (timeline, kind, NULL);
}

static void
timeline_edit_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  Timeline *timeline = user_data;
  RelayTimelineEntry *entry = get_entry (timeline, parameter);

  if (entry != NULL)
    open_dialog (timeline, relay_timeline_entry_get_kind (entry), entry);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  Confirmation *confirmation = g_object_get_data (G_OBJECT (dialog), CONFIRMATION_KEY);
  g_autoptr(RelayCasePage) page = NULL;
  g_autoptr(RelayCase) saved = NULL;
  g_autoptr(GError) error = NULL;
  RelayStore *store;

  if (g_strcmp0 (response, "remove") != 0)
    return;

  page = g_weak_ref_get (&confirmation->page);
  if (page == NULL || (store = get_store (GTK_WIDGET (page))) == NULL)
    return;

  saved = relay_case_followup_remove (store, confirmation->case_uuid, confirmation->entry, &error);
  show_result (page, saved, error);
}

static void
timeline_remove_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  Timeline *timeline = user_data;
  RelayTimelineEntry *entry = get_entry (timeline, parameter);
  g_autoptr(RelayCasePage) page = g_weak_ref_get (&timeline->page);
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  Confirmation *confirmation;
  GtkWidget *dialog;

  if (entry == NULL || page == NULL)
    return;

  date = relay_format_iso_date (relay_timeline_entry_get_date (entry));
  if (date != NULL)
    /* Translators: %1$s is what happened ("Government reply"), %2$s its date */
    heading = g_strdup_printf (_("Remove “%1$s” of %2$s?"),
                               relay_timeline_kind_get_label (relay_timeline_entry_get_kind (entry)), date);
  else
    /* Translators: %s is what happened ("Government reply") */
    heading = g_strdup_printf (_("Remove “%s”?"),
                               relay_timeline_kind_get_label (relay_timeline_entry_get_kind (entry)));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))), heading,
                                   _("The case’s status and the dates Relay reminds you of are "
                                     "worked out again without it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  /* The entry goes with the dialog: the group may be rebuilt meanwhile. */
  confirmation = g_new0 (Confirmation, 1);
  g_weak_ref_init (&confirmation->page, page);
  confirmation->case_uuid = g_strdup (relay_case_get_uuid (timeline->kase));
  confirmation->entry = relay_timeline_entry_copy (entry);
  g_object_set_data_full (G_OBJECT (dialog), CONFIRMATION_KEY, confirmation, (GDestroyNotify) confirmation_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_remove_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_closed (Timeline *timeline,
            gboolean  closed)
{
  g_autoptr(RelayCasePage) page = g_weak_ref_get (&timeline->page);
  g_autoptr(RelayCase) saved = NULL;
  g_autoptr(GError) error = NULL;
  RelayStore *store;

  if (page == NULL || (store = get_store (GTK_WIDGET (page))) == NULL)
    return;

  saved = relay_case_followup_set_closed (store, relay_case_get_uuid (timeline->kase), closed, &error);
  show_result (page, saved, error);
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  Confirmation *confirmation = g_object_get_data (G_OBJECT (dialog), CONFIRMATION_KEY);
  g_autoptr(RelayCasePage) page = NULL;
  g_autoptr(RelayCase) saved = NULL;
  g_autoptr(GError) error = NULL;
  RelayStore *store;

  if (g_strcmp0 (response, "close") != 0)
    return;

  page = g_weak_ref_get (&confirmation->page);
  if (page == NULL || (store = get_store (GTK_WIDGET (page))) == NULL)
    return;

  saved = relay_case_followup_set_closed (store, confirmation->case_uuid, TRUE, &error);
  show_result (page, saved, error);
}

static void
timeline_close_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  Timeline *timeline = user_data;
  g_autoptr(RelayCasePage) page = g_weak_ref_get (&timeline->page);
  Confirmation *confirmation;
  GtkWidget *dialog;

  if (page == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (page))),
                                   _("Close This Case?"),
                                   _("Close it when nothing more is expected. Relay then stops "
                                     "reminding you of its dates. You can reopen it at any time, "
                                     "and nothing recorded is lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "close", _("C_lose Case"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  confirmation = g_new0 (Confirmation, 1);
  g_weak_ref_init (&confirmation->page, page);
  confirmation->case_uuid = g_strdup (relay_case_get_uuid (timeline->kase));
  g_object_set_data_full (G_OBJECT (dialog), CONFIRMATION_KEY, confirmation, (GDestroyNotify) confirmation_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
timeline_reopen_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  set_closed (user_data, FALSE);
}

static const GActionEntry timeline_actions[] = {
  { "record", timeline_record_cb, "s" },
  { "edit", timeline_edit_cb, "u" },
  { "remove", timeline_remove_cb, "u" },
  { "close", timeline_close_cb },
  { "reopen", timeline_reopen_cb },
};

/*
 * Public API
 */

/**
 * relay_case_timeline_add_group:
 * @page: the case page
 * @sections: the box of the page's groups
 * @kase: the case shown
 *
 * Adds the "Timeline" group of @kase, with its actions, to @sections.
 *
 * Returns: (transfer none): the group
 */
GtkWidget *
relay_case_timeline_add_group (RelayCasePage *page,
                               GtkBox        *sections,
                               RelayCase     *kase)
{
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GMenuModel) menu = NULL;
  GListModel *model;
  RelayApplication *app = get_application ();
  RelayAgenda *agenda = app != NULL ? relay_application_get_agenda (app) : NULL;
  RelayDirectory *directory = get_directory ();
  gboolean closed;
  Timeline *timeline;
  GtkWidget *group;
  GtkWidget *button;
  GDate today;

  g_return_val_if_fail (RELAY_IS_CASE_PAGE (page), NULL);
  g_return_val_if_fail (GTK_IS_BOX (sections), NULL);
  g_return_val_if_fail (RELAY_IS_CASE (kase), NULL);

  model = G_LIST_MODEL (relay_case_get_timeline (kase));
  menu = new_record_menu (kase);
  closed = relay_case_get_status (kase) == RELAY_CASE_STATUS_CLOSED;
  /* The actions go in before the group is in the page: in GTK 4.8 the
   * widgets inside a group added earlier would not find them. */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Timeline"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         closed ? _("This case is closed: Relay no longer reminds you of its dates.")
                                                : _("What happened after the case was sent. Record each answer "
                                                    "from the experts or the government: Relay works out the "
                                                    "next dates from it."));

  timeline = g_new0 (Timeline, 1);
  g_weak_ref_init (&timeline->page, page);
  timeline->kase = g_object_ref (kase);
  timeline->entries = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (timeline->entries, g_list_model_get_item (model, i));
  g_ptr_array_sort (timeline->entries, compare_by_date);
  g_object_set_data_full (G_OBJECT (actions), "relay-timeline", timeline, (GDestroyNotify) timeline_free);

  g_action_map_add_action_entries (G_ACTION_MAP (actions), timeline_actions,
                                   G_N_ELEMENTS (timeline_actions), timeline);
  gtk_widget_insert_action_group (group, "timeline", G_ACTION_GROUP (actions));
  gtk_box_append (sections, group);

  button = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Record…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Record what happened, or close the case"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);

  if (timeline->entries->len == 0)
    relay_rows_add_empty_row (group, _("Nothing recorded yet."));

  if (agenda != NULL)
    relay_agenda_get_today (agenda, &today);
  else
    relay_agenda_today (NULL, &today);

  for (guint i = 0; i < timeline->entries->len; i++)
    {
      RelayTimelineEntry *entry = g_ptr_array_index (timeline->entries, i);
      g_autoptr(GPtrArray) dates = NULL;

      add_entry_row (group, entry, i, directory);

      if (agenda == NULL)
        continue;

      dates = relay_case_dup_entry_dates (kase, agenda, entry);
      for (guint j = 0; j < dates->len; j++)
        add_date_row (group, entry, g_ptr_array_index (dates, j), &today, directory);
    }

  if (closed)
    {
      GtkWidget *row = relay_rows_add_row (group, _("Case closed"),
                                           _("Reopen it if something new happens."));
      GtkWidget *reopen = gtk_button_new_with_mnemonic (_("Re_open"));

      gtk_widget_set_valign (reopen, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (reopen), "timeline.reopen");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reopen);
    }

  return group;
}
