/* relay-agenda-row.c
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

#define G_LOG_DOMAIN "relay-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-agenda-row.h"
#include "relay-calendar-private.h"

/*
 * A row of the agenda list: what is due (with the case it belongs to:
 * this is the user's own screen), when, how far away, its kind and where
 * it comes from. Tasks have a "done" check; the user's events an edit
 * button; an item with a web page and something else to open, a link
 * button. The row asks the Calendar page to act through its "calendar."
 * actions, with the item's id.
 */

struct _RelayAgendaRow
{
  AdwActionRow     parent_instance;

  /* Template Widgets */
  GtkCheckButton  *done_check;
  GtkImage        *kind_image;
  GtkLabel        *expected_label;
  GtkButton       *link_button;
  GtkButton       *edit_button;
  GtkImage        *go_image;

  /* Owned References */
  RelayAgendaItem *item;
};

G_DEFINE_FINAL_TYPE (RelayAgendaRow, relay_agenda_row, ADW_TYPE_ACTION_ROW)

static const char *
get_kind_icon (RelayAgendaKind kind)
{
  switch (kind)
    {
    case RELAY_AGENDA_KIND_REPLY_DEADLINE:
      return "mail-replied-symbolic";
    case RELAY_AGENDA_KIND_HRC_SESSION:
    case RELAY_AGENDA_KIND_GENERAL_ASSEMBLY:
      return "system-users-symbolic";
    case RELAY_AGENDA_KIND_COUNTRY_VISIT:
      return "mark-location-symbolic";
    case RELAY_AGENDA_KIND_CHECK_REPLY:
    case RELAY_AGENDA_KIND_FOLLOW_UP:
    case RELAY_AGENDA_KIND_REPRISALS_REPORT_CALL:
    case RELAY_AGENDA_KIND_CALL_FOR_INPUT:
    case RELAY_AGENDA_KIND_CUSTOM:
    case RELAY_AGENDA_KIND_FEED:
    default:
      return "x-office-calendar-symbolic";
    }
}

static int
days_between (const GDate *from,
              const GDate *to)
{
  return g_date_days_between (from, to);
}

/**
 * relay_agenda_dup_when:
 * @item: an item
 * @today: the current day
 *
 * Says how far away an item is, relative to @today: "Due in 3 days", "2
 * days late", "Starts tomorrow", "Under way"... A deadline counts from its
 * last day, an event from its first.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when there is
 *   nothing useful to say (the item is far away, or over)
 */
char *
relay_agenda_dup_when (RelayAgendaItem *item,
                       const GDate     *today)
{
  RelayAgendaKind kind;
  const GDate *start;
  const GDate *end;
  int days;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  start = relay_agenda_item_get_start (item);
  end = relay_agenda_item_get_end (item);
  kind = relay_agenda_item_get_kind (item);

  if (!g_date_valid (start))
    return NULL;

  if (relay_agenda_item_get_done (item))
    return g_strdup (_("Done"));

  if (relay_agenda_kind_is_task (kind) || kind == RELAY_AGENDA_KIND_REPLY_DEADLINE)
    {
      days = days_between (today, end);

      if (days < 0 && relay_agenda_kind_is_task (kind))
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late", "%d days late", -days),
                                -days);
      if (days < 0)
        return NULL;
      if (days == 0)
        return g_strdup (_("Due today"));
      if (days == 1)
        return g_strdup (_("Due tomorrow"));
      if (days <= RELAY_AGENDA_NEXT_DAYS)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days),
                                days);
      return NULL;
    }

  if (g_date_compare (end, today) < 0)
    return NULL;

  days = days_between (today, start);
  if (days <= 0)
    return g_strdup (g_date_compare (start, end) == 0 ? _("Today") : _("Under way"));
  if (days == 1)
    return g_strdup (_("Starts tomorrow"));
  if (days <= RELAY_AGENDA_NEXT_DAYS)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Starts in %d day", "Starts in %d days", days),
                            days);

  return NULL;
}

static char *
dup_subtitle (RelayAgendaItem *item,
              const GDate     *today)
{
  g_autofree char *date = relay_agenda_item_dup_date_label (item);
  g_autofree char *when = relay_agenda_dup_when (item, today);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *kind = relay_agenda_kind_get_label (relay_agenda_item_get_kind (item));
  const char *origin = relay_agenda_origin_get_label (relay_agenda_item_get_origin (item));
  const char *country = relay_agenda_item_get_country (item);

  if (when != NULL)
    /* Translators: %1$s is a date or a range of dates, %2$s how far away
     * it is, as in "12 May 2026 · Due in 3 days" */
    first = g_strdup_printf (_("%1$s · %2$s"), date, when);
  else
    first = g_steal_pointer (&date);

  if (*country != '\0' && relay_country_is_valid_code (country))
    /* Translators: %1$s is a kind of date ("Country visit"), %2$s a country,
     * %3$s where the date comes from ("Added by you") */
    second = g_strdup_printf (_("%1$s · %2$s · %3$s"), kind, relay_country_get_name (country), origin);
  else
    /* Translators: %1$s is a kind of date ("Reply deadline"), %2$s where it
     * comes from ("From the case’s history") */
    second = g_strdup_printf (_("%1$s · %2$s"), kind, origin);

  return g_strconcat (first, "\n", second, NULL);
}

/**
 * relay_agenda_item_get_target:
 * @item: an item
 *
 * Says what activating @item opens: its case, else its mandate, else its
 * web page; an event of the user's with none of these opens for editing.
 *
 * Returns: the target
 */
RelayAgendaTarget
relay_agenda_item_get_target (RelayAgendaItem *item)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), RELAY_AGENDA_TARGET_NONE);

  if (*relay_agenda_item_get_case_uuid (item) != '\0')
    return RELAY_AGENDA_TARGET_CASE;
  if (*relay_agenda_item_get_mandate_id (item) != '\0')
    return RELAY_AGENDA_TARGET_MANDATE;
  if (*relay_agenda_item_get_url (item) != '\0')
    return RELAY_AGENDA_TARGET_LINK;
  if (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_USER)
    return RELAY_AGENDA_TARGET_EDIT;

  return RELAY_AGENDA_TARGET_NONE;
}

static void
on_done_toggled_cb (RelayAgendaRow *self,
                    GtkCheckButton *check)
{
  gboolean active = gtk_check_button_get_active (check);

  g_assert (RELAY_IS_AGENDA_ROW (self));

  if (self->item == NULL || active == relay_agenda_item_get_done (self->item))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.set-done", "(sb)",
                              relay_agenda_item_get_uid (self->item), active);
}

static void
update (RelayAgendaRow *self,
        const GDate    *today)
{
  RelayAgendaItem *item = self->item;
  RelayAgendaTarget target = relay_agenda_item_get_target (item);
  g_autofree char *title = relay_agenda_item_dup_display_title (item, TRUE);
  g_autofree char *subtitle = dup_subtitle (item, today);
  gboolean is_task = relay_agenda_item_is_task (item);
  const char *uid = relay_agenda_item_get_uid (item);
  const char *url = relay_agenda_item_get_url (item);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  gtk_widget_set_visible (GTK_WIDGET (self->done_check), is_task);
  gtk_check_button_set_active (self->done_check, relay_agenda_item_get_done (item));
  gtk_widget_set_visible (GTK_WIDGET (self->kind_image), !is_task);
  gtk_image_set_from_icon_name (self->kind_image, get_kind_icon (relay_agenda_item_get_kind (item)));

  /* Relay's own estimates (a reply window counted from the usual delay)
   * are not the UN's unconfirmed dates. */
  gtk_widget_set_visible (GTK_WIDGET (self->expected_label), relay_agenda_item_get_expected (item));
  if (relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_COMPUTED)
    {
      gtk_label_set_label (self->expected_label, C_("agenda date", "Estimated"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->expected_label),
                                   _("Relay counted this date from the usual delay. Record the "
                                     "deadline the communication states, on the case’s page, to "
                                     "have the exact date."));
    }
  else
    {
      gtk_label_set_label (self->expected_label, C_("agenda date", "Expected"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->expected_label),
                                   _("Not confirmed yet: these are the usual dates. Check the "
                                     "official calendar closer to the time."));
    }

  /* The edit button of the user's events, and the link when activating
   * the row opens something else. */
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button),
                          relay_agenda_item_get_origin (item) == RELAY_AGENDA_ORIGIN_USER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->edit_button), "s", uid);
  gtk_widget_set_visible (GTK_WIDGET (self->link_button),
                          *url != '\0' && target != RELAY_AGENDA_TARGET_LINK);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->link_button), "s", url);

  gtk_widget_set_visible (GTK_WIDGET (self->go_image),
                          target == RELAY_AGENDA_TARGET_CASE ||
                          target == RELAY_AGENDA_TARGET_MANDATE ||
                          target == RELAY_AGENDA_TARGET_LINK);
  gtk_image_set_from_icon_name (self->go_image,
                                target == RELAY_AGENDA_TARGET_LINK ? "adw-external-link-symbolic"
                                                                   : "go-next-symbolic");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), target != RELAY_AGENDA_TARGET_NONE);

  if (relay_agenda_item_get_done (item))
    gtk_widget_add_css_class (GTK_WIDGET (self), "agenda-done");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "agenda-done");
}

static void
relay_agenda_row_dispose (GObject *object)
{
  RelayAgendaRow *self = (RelayAgendaRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_AGENDA_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (relay_agenda_row_parent_class)->dispose (object);
}

static void
relay_agenda_row_class_init (RelayAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_agenda_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/calendar/relay-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayAgendaRow, done_check);
  gtk_widget_class_bind_template_child (widget_class, RelayAgendaRow, kind_image);
  gtk_widget_class_bind_template_child (widget_class, RelayAgendaRow, expected_label);
  gtk_widget_class_bind_template_child (widget_class, RelayAgendaRow, link_button);
  gtk_widget_class_bind_template_child (widget_class, RelayAgendaRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, RelayAgendaRow, go_image);
  gtk_widget_class_bind_template_callback (widget_class, on_done_toggled_cb);
}

static void
relay_agenda_row_init (RelayAgendaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_agenda_row_new:
 * @item: the item to show
 * @today: the current day, for "Due in 3 days"
 *
 * Returns: (transfer floating): a new #RelayAgendaRow
 */
RelayAgendaRow *
relay_agenda_row_new (RelayAgendaItem *item,
                      const GDate     *today)
{
  RelayAgendaRow *self;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  self = g_object_new (RELAY_TYPE_AGENDA_ROW, NULL);
  self->item = g_object_ref (item);
  update (self, today);

  return self;
}

/**
 * relay_agenda_row_get_item:
 * @self: a #RelayAgendaRow
 *
 * Returns: (transfer none): the item shown
 */
RelayAgendaItem *
relay_agenda_row_get_item (RelayAgendaRow *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ROW (self), NULL);

  return self->item;
}
