/* relay-reminder.c
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

#define G_LOG_DOMAIN "relay-reminder"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-agenda.h"
#include "relay-format.h"
#include "relay-reminder.h"

/*
 * What the deadline notifications say.
 *
 * Notifications show on the screen, and on some systems on the lock
 * screen, where others may read them: they name no case, only its short
 * reference ("case 3F2A9C"), as an exported calendar does by default.
 * Activating one opens the item in Relay, where the case is named.
 */

/**
 * relay_reminder_free:
 * @reminder: (nullable): a #RelayReminder
 *
 * Frees @reminder.
 */
void
relay_reminder_free (RelayReminder *reminder)
{
  if (reminder == NULL)
    return;

  g_free (reminder->id);
  g_free (reminder->title);
  g_free (reminder->body);
  g_free (reminder->target);
  g_free (reminder);
}

/**
 * relay_reminder_check_is_due:
 * @last_check: (nullable): the day of the last check, "YYYY-MM-DD", as the
 *   last-reminder-check setting holds it; "" or %NULL for never
 * @today: the current day
 *
 * Whether the deadlines are to be checked today: once a day, so a restart
 * the same day does not notify again. A last check on another day, later
 * ones included (the clock was set back), or one that cannot be read, is
 * not today's.
 *
 * Returns: %TRUE when no check was made today
 */
gboolean
relay_reminder_check_is_due (const char  *last_check,
                             const GDate *today)
{
  GDate last;

  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  if (!relay_agenda_parse_day (last_check, &last))
    return TRUE;

  return g_date_compare (&last, today) != 0;
}

/**
 * relay_reminder_dup_when:
 * @item: a #RelayAgendaItem with a date
 * @today: the current day
 *
 * Says when @item is due, relative to @today: "Today, 12 May 2026", "In 3
 * days, on 15 May 2026", "Overdue since 2 May 2026". An item of several
 * days is due on its last.
 *
 * Returns: (transfer full): the text
 */
char *
relay_reminder_dup_when (RelayAgendaItem *item,
                         const GDate     *today)
{
  g_autofree char *day = NULL;
  g_autofree char *label = NULL;
  const GDate *end;
  int days;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (item), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  end = relay_agenda_item_get_end (item);
  g_return_val_if_fail (g_date_valid (end), NULL);

  day = relay_agenda_format_day (end);
  label = relay_format_iso_date (day);
  days = g_date_days_between (today, end);

  if (days < 0)
    /* Translators: %s is a date, "2 May 2026" */
    return g_strdup_printf (_("Overdue since %s"), label);
  if (days == 0)
    /* Translators: %s is today's date, "12 May 2026" */
    return g_strdup_printf (_("Today, %s"), label);
  if (days == 1)
    /* Translators: %s is tomorrow's date, "13 May 2026" */
    return g_strdup_printf (_("Tomorrow, %s"), label);

  /* Translators: %1$u is a number of days, %2$s a date ("15 May 2026") */
  return g_strdup_printf (ngettext ("In %1$u day, on %2$s", "In %1$u days, on %2$s", days),
                          (guint) days, label);
}

static RelayReminder *
new_item_reminder (RelayAgendaItem *item,
                   const GDate     *today)
{
  RelayReminder *reminder = g_new0 (RelayReminder, 1);
  g_autofree char *when = relay_reminder_dup_when (item, today);

  reminder->id = g_strdup (relay_agenda_item_get_uid (item));
  reminder->target = g_strdup (relay_agenda_item_get_uid (item));
  reminder->title = relay_agenda_item_dup_display_title (item, FALSE);

  if (relay_agenda_item_get_expected (item))
    /* Translators: %s says when, "In 3 days, on 15 May 2026" */
    reminder->body = g_strdup_printf (_("%s (an estimated date)"), when);
  else
    reminder->body = g_steal_pointer (&when);

  return reminder;
}

static RelayReminder *
new_summary (GPtrArray   *due_items,
             const GDate *today)
{
  RelayReminder *reminder = g_new0 (RelayReminder, 1);
  g_autoptr(GString) body = g_string_new (NULL);
  guint shown = MIN (due_items->len, RELAY_REMINDER_MAX_SEPARATE);
  guint rest = due_items->len - shown;

  reminder->id = g_strdup (RELAY_REMINDER_SUMMARY_ID);
  reminder->target = g_strdup ("");
  /* Translators: the title of a notification; %u is more than 3 */
  reminder->title = g_strdup_printf (ngettext ("%u deadline coming up", "%u deadlines coming up",
                                               due_items->len),
                                     due_items->len);

  for (guint i = 0; i < shown; i++)
    {
      RelayAgendaItem *item = g_ptr_array_index (due_items, i);
      g_autofree char *when = relay_reminder_dup_when (item, today);
      g_autofree char *title = relay_agenda_item_dup_display_title (item, FALSE);

      if (body->len > 0)
        g_string_append_c (body, '\n');
      /* Translators: %1$s says when ("Tomorrow, 13 May 2026"), %2$s what
       * ("Reply window ends — case 3F2A9C") */
      g_string_append_printf (body, _("%1$s: %2$s"), when, title);
    }

  if (rest > 0)
    {
      g_string_append_c (body, '\n');
      /* Translators: after a list of deadlines in a notification */
      g_string_append_printf (body, ngettext ("And %u more, in the calendar.",
                                              "And %u more, in the calendar.", rest),
                              rest);
    }

  reminder->body = g_string_free (g_steal_pointer (&body), FALSE);

  return reminder;
}

/**
 * relay_reminder_plan:
 * @due_items: (element-type RelayAgendaItem): what is due, sorted by day,
 *   as relay_agenda_dup_due_items() gives it
 * @today: the current day
 *
 * Decides which notifications to send for @due_items: one per item when
 * there are at most %RELAY_REMINDER_MAX_SEPARATE, each with the item's
 * uid as its id and target; else one, %RELAY_REMINDER_SUMMARY_ID, that
 * counts them, names the first ones and opens the calendar.
 *
 * Returns: (transfer full) (element-type RelayReminder): the
 *   notifications, maybe none
 */
GPtrArray *
relay_reminder_plan (GPtrArray   *due_items,
                     const GDate *today)
{
  GPtrArray *plan;

  g_return_val_if_fail (due_items != NULL, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  plan = g_ptr_array_new_with_free_func ((GDestroyNotify) relay_reminder_free);

  if (due_items->len > RELAY_REMINDER_MAX_SEPARATE)
    {
      g_ptr_array_add (plan, new_summary (due_items, today));
      return plan;
    }

  for (guint i = 0; i < due_items->len; i++)
    g_ptr_array_add (plan, new_item_reminder (g_ptr_array_index (due_items, i), today));

  return plan;
}
