/* relay-timeline-dialog.c
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

#define G_LOG_DOMAIN "relay-timeline-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-timeline-dialog.h"

/* Records one thing that happened after a case was sent, or changes what
 * was recorded: a form with the fields that kind of event has. Saving
 * goes to the stored case (relay_case_followup_record() and _update()),
 * which also moves its status on; the dialog stays open with the reason
 * when that fails, so nothing typed is lost.
 */

struct _RelayTimelineDialog
{
  AdwWindow           parent_instance;

  /* Template Widgets */
  AdwWindowTitle     *window_title;
  GtkButton          *save_button;
  GtkLabel           *heading_label;
  GtkLabel           *intro_label;
  GtkLabel           *error_label;
  AdwActionRow       *date_row;
  GtkMenuButton      *date_button;
  GtkCalendar        *date_calendar;
  AdwComboRow        *mandate_row;
  AdwComboRow        *type_row;
  AdwEntryRow        *reference_row;
  AdwExpanderRow     *deadline_row;
  GtkMenuButton      *deadline_button;
  GtkCalendar        *deadline_calendar;
  AdwEntryRow        *url_row;
  AdwPreferencesGroup *note_group;
  GtkTextView        *note_view;

  /* Owned References */
  RelayStore         *store;
  RelayDirectory     *directory;
  RelayCase          *kase;
  RelayTimelineEntry *original;
  GPtrArray          *mandate_ids;

  RelayTimelineKind   kind;
  gboolean            proof;
};

G_DEFINE_FINAL_TYPE (RelayTimelineDialog, relay_timeline_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The order of the types in the "Type of communication" row. */
static const RelayCommunicationType communication_types[] = {
  RELAY_COMMUNICATION_TYPE_URGENT_APPEAL,
  RELAY_COMMUNICATION_TYPE_ALLEGATION,
  RELAY_COMMUNICATION_TYPE_OTHER_LETTER,
  RELAY_COMMUNICATION_TYPE_NONE,
};

/*
 * Auxiliary methods
 */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
select_day (GtkCalendar *calendar,
            const char  *iso_day)
{
  g_autoptr(GDateTime) date_time = NULL;
  GDate day;

  if (relay_agenda_parse_day (iso_day, &day))
    date_time = g_date_time_new_local (g_date_get_year (&day), g_date_get_month (&day),
                                       g_date_get_day (&day), 12, 0, 0);
  else
    date_time = g_date_time_new_now_local ();

  gtk_calendar_select_day (calendar, date_time);
}

static char *
dup_selected_day (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) date_time = gtk_calendar_get_date (calendar);

  return g_date_time_format (date_time, "%Y-%m-%d");
}

static void
update_date_button (GtkMenuButton *button,
                    GtkCalendar   *calendar)
{
  g_autofree char *day = dup_selected_day (calendar);
  g_autofree char *label = relay_format_iso_date (day);

  gtk_menu_button_set_label (button, label);
}

static char *
dup_note (RelayTimelineDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_strdup (g_strstrip (text));
}

static void
show_error (RelayTimelineDialog *self,
            const char          *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static const char *
get_intro (RelayTimelineDialog *self)
{
  switch (self->kind)
    {
    case RELAY_TIMELINE_KIND_SUBMITTED:
      if (self->proof)
        return _("Relay recorded this when the mail server accepted your submission. It is your "
                 "proof of submission, so only the note can be changed.");
      return _("You sent the submission another way: through OHCHR’s online form, from another "
               "e-mail account, or by post.");
    case RELAY_TIMELINE_KIND_ACKNOWLEDGED:
      return _("The experts or OHCHR wrote back to say that they received your submission.");
    case RELAY_TIMELINE_KIND_FOLLOW_UP_SENT:
      return _("You wrote to the experts again: with new information, or to ask what became of "
               "the case.");
    case RELAY_TIMELINE_KIND_COMMUNICATION_SENT:
      return _("The experts wrote to the government about the case. Their message to you, or the "
               "communications database, gives the type, the reference and the date by which the "
               "government should reply.");
    case RELAY_TIMELINE_KIND_GOVERNMENT_REPLY:
      return _("The government answered the experts’ communication.");
    case RELAY_TIMELINE_KIND_PUBLISHED:
      return _("The communication was made public in the communications database "
               "(spcommreports.ohchr.org), usually about 60 days after it was sent.");
    case RELAY_TIMELINE_KIND_NOTE:
      return _("Anything else worth remembering about this case.");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
get_reference_title (RelayTimelineKind kind)
{
  switch (kind)
    {
    case RELAY_TIMELINE_KIND_COMMUNICATION_SENT:
      /* Translators: keep the example as it is: it is how OHCHR writes references */
      return _("Reference, such as UA BRA 3/2026");
    case RELAY_TIMELINE_KIND_SUBMITTED:
      return _("Confirmation number, if any");
    case RELAY_TIMELINE_KIND_ACKNOWLEDGED:
    case RELAY_TIMELINE_KIND_FOLLOW_UP_SENT:
    case RELAY_TIMELINE_KIND_GOVERNMENT_REPLY:
    case RELAY_TIMELINE_KIND_PUBLISHED:
    case RELAY_TIMELINE_KIND_NOTE:
    default:
      return _("Their reference, if any");
    }
}

/* The mandates to choose from: the case's first, then "OHCHR, or not
 * known", then every other mandate by title. */
static void
fill_mandates (RelayTimelineDialog *self,
               const char          *selected_id)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  GListModel *case_mandates = G_LIST_MODEL (relay_case_get_mandates (self->kase));
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  const char *language = relay_ui_language ();
  guint selected = GTK_INVALID_LIST_POSITION;
  guint unknown;

  g_ptr_array_set_size (self->mandate_ids, 0);

  for (guint i = 0; i < g_list_model_get_n_items (case_mandates); i++)
    {
      g_autoptr(RelayCaseMandate) mandate = g_list_model_get_item (case_mandates, i);
      const char *id = relay_case_mandate_get_mandate_id (mandate);
      RelayMandate *known = self->directory ? relay_directory_lookup (self->directory, id) : NULL;

      if (is_empty (id))
        continue;

      gtk_string_list_append (titles, known != NULL ? relay_mandate_get_title (known, language) : id);
      g_ptr_array_add (self->mandate_ids, g_strdup (id));
    }

  unknown = self->mandate_ids->len;
  gtk_string_list_append (titles, _("OHCHR, or not known"));
  g_ptr_array_add (self->mandate_ids, g_strdup (""));

  if (self->directory != NULL)
    {
      GListModel *all = G_LIST_MODEL (self->directory);

      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(RelayMandate) mandate = g_list_model_get_item (all, i);
          gboolean in_case = FALSE;

          for (guint j = 0; j < unknown; j++)
            in_case |= g_str_equal (g_ptr_array_index (self->mandate_ids, j),
                                    relay_mandate_get_id (mandate));
          if (!in_case)
            g_ptr_array_add (others, g_steal_pointer (&mandate));
        }
    }

  /* By title in the user's language. */
  for (guint i = 1; i < others->len; i++)
    for (guint j = i; j > 0; j--)
      {
        RelayMandate *a = g_ptr_array_index (others, j - 1);
        RelayMandate *b = g_ptr_array_index (others, j);

        if (g_utf8_collate (relay_mandate_get_title (a, language),
                            relay_mandate_get_title (b, language)) <= 0)
          break;
        others->pdata[j - 1] = b;
        others->pdata[j] = a;
      }

  for (guint i = 0; i < others->len; i++)
    {
      RelayMandate *mandate = g_ptr_array_index (others, i);

      gtk_string_list_append (titles, relay_mandate_get_title (mandate, language));
      g_ptr_array_add (self->mandate_ids, g_strdup (relay_mandate_get_id (mandate)));
    }

  /* A mandate the directory no longer has stays as it was recorded. */
  if (!is_empty (selected_id))
    {
      for (guint i = 0; i < self->mandate_ids->len && selected == GTK_INVALID_LIST_POSITION; i++)
        if (g_str_equal (g_ptr_array_index (self->mandate_ids, i), selected_id))
          selected = i;

      if (selected == GTK_INVALID_LIST_POSITION)
        {
          gtk_string_list_append (titles, selected_id);
          g_ptr_array_add (self->mandate_ids, g_strdup (selected_id));
          selected = self->mandate_ids->len - 1;
        }
    }
  else if (self->original != NULL || unknown == 0)
    selected = unknown;
  else
    selected = 0;

  adw_combo_row_set_model (self->mandate_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->mandate_row, selected);
}

static void
fill_types (RelayTimelineDialog    *self,
            RelayCommunicationType  type)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (communication_types); i++)
    {
      gtk_string_list_append (labels, relay_communication_type_get_label (communication_types[i]));
      if (communication_types[i] == type)
        selected = i;
    }

  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->type_row, selected);
}

static RelayCommunicationType
get_selected_type (RelayTimelineDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->type_row);

  if (selected >= G_N_ELEMENTS (communication_types))
    return RELAY_COMMUNICATION_TYPE_NONE;

  return communication_types[selected];
}

/* The type a new communication most likely has, from the kind of case. */
static RelayCommunicationType
guess_type (RelayCase *kase)
{
  switch (relay_case_get_kind (kase))
    {
    case RELAY_CASE_KIND_URGENT_APPEAL:
      return RELAY_COMMUNICATION_TYPE_URGENT_APPEAL;
    case RELAY_CASE_KIND_ALLEGATION:
      return RELAY_COMMUNICATION_TYPE_ALLEGATION;
    case RELAY_CASE_KIND_LAW_POLICY:
      return RELAY_COMMUNICATION_TYPE_OTHER_LETTER;
    case RELAY_CASE_KIND_REPRISAL:
    default:
      return RELAY_COMMUNICATION_TYPE_NONE;
    }
}

/* When the user turns the stated deadline on, start from the usual one. */
static void
on_deadline_enabled_cb (RelayTimelineDialog *self,
                        GParamSpec          *pspec,
                        AdwExpanderRow      *row)
{
  g_autofree char *date = NULL;
  GDate day;

  if (!adw_expander_row_get_enable_expansion (row))
    return;

  adw_expander_row_set_expanded (row, TRUE);

  if (self->original != NULL && !is_empty (relay_timeline_entry_get_deadline (self->original)))
    return;

  date = dup_selected_day (self->date_calendar);
  if (relay_agenda_parse_day (date, &day))
    {
      g_autofree char *deadline = NULL;

      g_date_add_days (&day, get_selected_type (self) == RELAY_COMMUNICATION_TYPE_OTHER_LETTER
                             ? RELAY_AGENDA_REPLY_DAYS_OTHER_LETTER : RELAY_AGENDA_REPLY_DAYS);
      deadline = relay_agenda_format_day (&day);
      select_day (self->deadline_calendar, deadline);
      update_date_button (self->deadline_button, self->deadline_calendar);
    }
}

static void
set_up (RelayTimelineDialog *self)
{
  RelayTimelineEntry *entry = self->original;
  RelayTimelineKind kind = self->kind;
  gboolean editable = !self->proof;
  const char *url_title = NULL;

  adw_window_title_set_title (self->window_title,
                              entry != NULL ? _("Edit Entry") : _("New Entry"));
  /* What happened is the page's heading: it wraps where a title would
   * be cut short on a narrow screen. */
  gtk_label_set_label (self->heading_label, relay_timeline_kind_get_label (kind));
  gtk_window_set_title (GTK_WINDOW (self), relay_timeline_kind_get_label (kind));
  gtk_label_set_label (self->intro_label, get_intro (self));

  select_day (self->date_calendar, entry != NULL ? relay_timeline_entry_get_date (entry) : NULL);
  update_date_button (self->date_button, self->date_calendar);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), editable);

  gtk_widget_set_visible (GTK_WIDGET (self->mandate_row), kind == RELAY_TIMELINE_KIND_ACKNOWLEDGED);
  if (kind == RELAY_TIMELINE_KIND_ACKNOWLEDGED)
    fill_mandates (self, entry != NULL ? relay_timeline_entry_get_mandate_id (entry) : NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->reference_row),
                          editable && (kind == RELAY_TIMELINE_KIND_ACKNOWLEDGED ||
                                       kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT ||
                                       kind == RELAY_TIMELINE_KIND_SUBMITTED));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reference_row), get_reference_title (kind));
  if (entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->reference_row), relay_timeline_entry_get_reference (entry));

  gtk_widget_set_visible (GTK_WIDGET (self->type_row), kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_row), kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
  if (kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT)
    {
      fill_types (self, entry != NULL ? relay_timeline_entry_get_communication_type (entry)
                                      : guess_type (self->kase));
      if (entry != NULL && !is_empty (relay_timeline_entry_get_deadline (entry)))
        {
          select_day (self->deadline_calendar, relay_timeline_entry_get_deadline (entry));
          adw_expander_row_set_enable_expansion (self->deadline_row, TRUE);
          adw_expander_row_set_expanded (self->deadline_row, TRUE);
        }
      update_date_button (self->deadline_button, self->deadline_calendar);
    }
  g_signal_connect_object (self->deadline_row, "notify::enable-expansion",
                           G_CALLBACK (on_deadline_enabled_cb), self, G_CONNECT_SWAPPED);

  if (kind == RELAY_TIMELINE_KIND_GOVERNMENT_REPLY)
    url_title = _("Link to the reply, if it is online");
  else if (kind == RELAY_TIMELINE_KIND_PUBLISHED)
    url_title = _("Link in the communications database");
  gtk_widget_set_visible (GTK_WIDGET (self->url_row), url_title != NULL);
  if (url_title != NULL)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->url_row), url_title);
  if (entry != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->url_row), relay_timeline_entry_get_url (entry));

  if (self->proof)
    adw_preferences_group_set_title (self->note_group, _("Sent to, and your note"));
  else if (kind == RELAY_TIMELINE_KIND_NOTE)
    adw_preferences_group_set_title (self->note_group, _("Note"));
  else
    adw_preferences_group_set_title (self->note_group, _("Note, if you want one"));
  if (entry != NULL)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view),
                              relay_timeline_entry_get_note (entry), -1);
}

/* An address a browser opens: http or https, a host name with a dot,
 * nothing left to escape. */
static gboolean
is_web_address (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (!(g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    return FALSE;

  for (const char *p = url; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  host = uri != NULL ? g_uri_get_host (uri) : NULL;

  return host != NULL && strchr (host, '.') != NULL;
}

/* The entry the fields describe, or NULL with a message for the user. */
static RelayTimelineEntry *
read_fields (RelayTimelineDialog  *self,
             char                **message)
{
  g_autoptr(RelayTimelineEntry) entry = NULL;
  g_autofree char *date = dup_selected_day (self->date_calendar);
  g_autofree char *note = dup_note (self);
  g_autofree char *reference = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reference_row))));
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  entry = self->original != NULL ? relay_timeline_entry_copy (self->original) : relay_timeline_entry_new ();
  relay_timeline_entry_set_kind (entry, self->kind);
  relay_timeline_entry_set_note (entry, note);

  /* Of the record of sending, only the note changes. */
  if (self->proof)
    return g_steal_pointer (&entry);

  if (g_strcmp0 (date, today) > 0)
    {
      *message = g_strdup (_("The date is in the future. Record things once they have happened."));
      return NULL;
    }
  relay_timeline_entry_set_date (entry, date);

  if (gtk_widget_get_visible (GTK_WIDGET (self->reference_row)))
    relay_timeline_entry_set_reference (entry, reference);

  if (gtk_widget_get_visible (GTK_WIDGET (self->mandate_row)))
    {
      guint selected = adw_combo_row_get_selected (self->mandate_row);

      relay_timeline_entry_set_mandate_id (entry, selected < self->mandate_ids->len
                                                  ? g_ptr_array_index (self->mandate_ids, selected) : "");
    }

  if (self->kind == RELAY_TIMELINE_KIND_COMMUNICATION_SENT)
    {
      relay_timeline_entry_set_communication_type (entry, get_selected_type (self));

      if (adw_expander_row_get_enable_expansion (self->deadline_row))
        {
          g_autofree char *deadline = dup_selected_day (self->deadline_calendar);

          if (g_strcmp0 (deadline, date) < 0)
            {
              *message = g_strdup (_("The reply deadline is before the day the communication was "
                                     "sent. Check both dates."));
              return NULL;
            }
          relay_timeline_entry_set_deadline (entry, deadline);
        }
      else
        relay_timeline_entry_set_deadline (entry, "");
    }

  if (gtk_widget_get_visible (GTK_WIDGET (self->url_row)))
    {
      /* "spcommreports.ohchr.org/..." as people copy it is a web address. */
      if (!is_empty (url) && strstr (url, "://") == NULL)
        {
          g_autofree char *with_scheme = g_strconcat ("https://", url, NULL);

          g_free (url);
          url = g_steal_pointer (&with_scheme);
        }

      if (!is_empty (url) && !is_web_address (url))
        {
          *message = g_strdup (_("The link is not a web address. Copy it from the address bar "
                                 "of your web browser."));
          return NULL;
        }
      relay_timeline_entry_set_url (entry, url);
    }

  if (self->kind == RELAY_TIMELINE_KIND_NOTE && is_empty (note))
    {
      *message = g_strdup (_("Write the note first."));
      return NULL;
    }

  return g_steal_pointer (&entry);
}

/*
 * Callbacks
 */

static void
on_date_selected_cb (RelayTimelineDialog *self,
                     GtkCalendar         *calendar)
{
  update_date_button (self->date_button, self->date_calendar);
  gtk_menu_button_popdown (self->date_button);
}

static void
on_deadline_selected_cb (RelayTimelineDialog *self,
                         GtkCalendar         *calendar)
{
  update_date_button (self->deadline_button, self->deadline_calendar);
  gtk_menu_button_popdown (self->deadline_button);
}

static void
on_save_clicked_cb (RelayTimelineDialog *self,
                    GtkButton           *button)
{
  relay_timeline_dialog_save (self);
}

/*
 * Object implementation
 */

static void
relay_timeline_dialog_dispose (GObject *object)
{
  RelayTimelineDialog *self = (RelayTimelineDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_TIMELINE_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->directory);
  g_clear_object (&self->kase);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (relay_timeline_dialog_parent_class)->dispose (object);
}

static void
relay_timeline_dialog_finalize (GObject *object)
{
  RelayTimelineDialog *self = (RelayTimelineDialog *)object;

  g_clear_pointer (&self->mandate_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (relay_timeline_dialog_parent_class)->finalize (object);
}

static void
relay_timeline_dialog_class_init (RelayTimelineDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_timeline_dialog_dispose;
  object_class->finalize = relay_timeline_dialog_finalize;

  /**
   * RelayTimelineDialog::saved:
   * @self: the dialog
   * @kase: the case as it was saved
   *
   * The entry was saved with the case; the dialog then closes.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, RELAY_TYPE_CASE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cases/relay-timeline-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, mandate_row);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, type_row);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, reference_row);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, deadline_button);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, deadline_calendar);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, note_group);
  gtk_widget_class_bind_template_child (widget_class, RelayTimelineDialog, note_view);
  gtk_widget_class_bind_template_callback (widget_class, on_date_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_deadline_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relay_timeline_dialog_init (RelayTimelineDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->mandate_ids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * relay_timeline_dialog_new:
 * @store: the store the case is saved in
 * @directory: (nullable): the mandates, for "which mandate"
 * @kase: the case, as shown
 * @kind: what happened
 * @entry: (nullable): the entry to change, or %NULL to record a new one
 *
 * Returns: (transfer full): a new dialog, to present
 */
RelayTimelineDialog *
relay_timeline_dialog_new (RelayStore         *store,
                           RelayDirectory     *directory,
                           RelayCase          *kase,
                           RelayTimelineKind   kind,
                           RelayTimelineEntry *entry)
{
  RelayTimelineDialog *self;

  g_return_val_if_fail (RELAY_IS_STORE (store), NULL);
  g_return_val_if_fail (directory == NULL || RELAY_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (RELAY_IS_CASE (kase), NULL);
  g_return_val_if_fail (entry == NULL || RELAY_IS_TIMELINE_ENTRY (entry), NULL);
  g_return_val_if_fail (entry == NULL || relay_timeline_entry_get_kind (entry) == kind, NULL);

  self = g_object_new (RELAY_TYPE_TIMELINE_DIALOG, NULL);
  self->store = g_object_ref (store);
  self->directory = directory != NULL ? g_object_ref (directory) : NULL;
  self->kase = g_object_ref (kase);
  self->kind = kind;
  /* A copy: what was shown is what is looked for when saving. */
  self->original = entry != NULL ? relay_timeline_entry_copy (entry) : NULL;
  self->proof = entry != NULL && relay_timeline_entry_is_proof_of_sending (entry);

  set_up (self);

  return self;
}

/**
 * relay_timeline_dialog_get_kind:
 * @self: a #RelayTimelineDialog
 *
 * Returns: what the dialog records
 */
RelayTimelineKind
relay_timeline_dialog_get_kind (RelayTimelineDialog *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_DIALOG (self), RELAY_TIMELINE_KIND_NOTE);

  return self->kind;
}

/**
 * relay_timeline_dialog_save:
 * @self: a #RelayTimelineDialog
 *
 * Does what the Save button does: checks the fields, saves the entry with
 * the case, emits #RelayTimelineDialog::saved and closes; or shows why it
 * cannot, and stays open.
 *
 * Returns: %TRUE if the entry was saved
 */
gboolean
relay_timeline_dialog_save (RelayTimelineDialog *self)
{
  g_autoptr(RelayTimelineEntry) entry = NULL;
  g_autoptr(RelayCase) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *uuid;

  g_return_val_if_fail (RELAY_IS_TIMELINE_DIALOG (self), FALSE);

  entry = read_fields (self, &message);
  if (entry == NULL)
    {
      show_error (self, message);
      return FALSE;
    }

  uuid = relay_case_get_uuid (self->kase);
  if (self->original != NULL)
    saved = relay_case_followup_update (self->store, uuid, self->original, entry, &error);
  else
    saved = relay_case_followup_record (self->store, uuid, entry, &error);

  if (saved == NULL)
    {
      /* The store's messages are written for the user and name no content. */
      g_debug ("Could not save a timeline entry: %s", error->message);
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, saved);
  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}
