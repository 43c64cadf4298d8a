/* relay-directory-changes.c
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

#define G_LOG_DOMAIN "relay-directory"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-directory-private.h"

/**
 * RelayDirectoryChanges:
 *
 * What changed between two directories of mandates, to show the user
 * before an update is applied: mandates added and removed, e-mail
 * addresses changed, and other details updated.
 */

typedef enum
{
  CHANGE_EMAIL,
  CHANGE_ADDED,
  CHANGE_REMOVED,
  CHANGE_OTHER,
} ChangeKind;

typedef struct
{
  ChangeKind  kind;
  char       *title;
  char       *old_email;   /* NULL when there was none */
  char       *new_email;   /* NULL when there is none */
} Change;

struct _RelayDirectoryChanges
{
  guint      n_added;
  guint      n_removed;
  guint      n_email_changed;
  guint      n_other_changed;

  /* Change, in the order the details list them */
  GPtrArray *changes;
};

G_DEFINE_BOXED_TYPE (RelayDirectoryChanges, relay_directory_changes,
                     relay_directory_changes_copy, relay_directory_changes_free)

static void
change_free (gpointer data)
{
  Change *change = data;

  if (change == NULL)
    return;

  g_free (change->title);
  g_free (change->old_email);
  g_free (change->new_email);
  g_free (change);
}

static Change *
change_new (ChangeKind    kind,
            RelayMandate *mandate)
{
  Change *change = g_new0 (Change, 1);

  change->kind = kind;
  change->title = g_strdup (relay_mandate_get_title (mandate, NULL));

  return change;
}

static char *
dup_address (const char *email)
{
  return email != NULL && *email != '\0' ? g_strdup (email) : NULL;
}

static RelayDirectoryChanges *
changes_new (void)
{
  RelayDirectoryChanges *self = g_new0 (RelayDirectoryChanges, 1);

  self->changes = g_ptr_array_new_with_free_func (change_free);

  return self;
}

/**
 * relay_directory_compare:
 * @old_dir: the directory in use
 * @new_dir: a directory that may replace it
 *
 * Finds what changed from @old_dir to @new_dir. Mandates are matched by
 * id; the addresses compared are the directories' own, not those the user
 * gave. The day a mandate was last verified is not a change.
 *
 * Returns: (transfer full): the changes
 */
RelayDirectoryChanges *
relay_directory_compare (RelayDirectory *old_dir,
                         RelayDirectory *new_dir)
{
  g_autoptr(GPtrArray) emails = g_ptr_array_new_with_free_func (change_free);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (change_free);
  g_autoptr(GPtrArray) removed = g_ptr_array_new_with_free_func (change_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (change_free);
  RelayDirectoryChanges *self;
  guint n_new, n_old;

  g_return_val_if_fail (RELAY_IS_DIRECTORY (old_dir), NULL);
  g_return_val_if_fail (RELAY_IS_DIRECTORY (new_dir), NULL);

  n_new = g_list_model_get_n_items (G_LIST_MODEL (new_dir));
  n_old = g_list_model_get_n_items (G_LIST_MODEL (old_dir));

  /* Both lists are sorted by title, so the details come out sorted too. */
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (G_LIST_MODEL (new_dir), i);
      RelayMandate *old = relay_directory_lookup (old_dir, mandate->id);

      if (old == NULL)
        {
          g_ptr_array_add (added, change_new (CHANGE_ADDED, mandate));
          continue;
        }

      if (g_strcmp0 (old->email, mandate->email) != 0)
        {
          Change *change = change_new (CHANGE_EMAIL, mandate);

          change->old_email = dup_address (old->email);
          change->new_email = dup_address (mandate->email);
          g_ptr_array_add (emails, change);
        }

      if (!_relay_mandate_equal_except_email (old, mandate))
        g_ptr_array_add (others, change_new (CHANGE_OTHER, mandate));
    }

  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (G_LIST_MODEL (old_dir), i);

      if (relay_directory_lookup (new_dir, mandate->id) == NULL)
        g_ptr_array_add (removed, change_new (CHANGE_REMOVED, mandate));
    }

  self = changes_new ();
  self->n_added = added->len;
  self->n_removed = removed->len;
  self->n_email_changed = emails->len;
  self->n_other_changed = others->len;

  /* Addresses first: a changed address is what the user must not miss. */
  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&emails));
  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&added));
  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&removed));
  g_ptr_array_extend_and_steal (self->changes, g_steal_pointer (&others));

  return self;
}

/**
 * relay_directory_changes_copy:
 * @self: a #RelayDirectoryChanges
 *
 * Copies @self.
 *
 * Returns: (transfer full): a copy of @self
 */
RelayDirectoryChanges *
relay_directory_changes_copy (RelayDirectoryChanges *self)
{
  RelayDirectoryChanges *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = changes_new ();
  copy->n_added = self->n_added;
  copy->n_removed = self->n_removed;
  copy->n_email_changed = self->n_email_changed;
  copy->n_other_changed = self->n_other_changed;

  for (guint i = 0; i < self->changes->len; i++)
    {
      const Change *change = g_ptr_array_index (self->changes, i);
      Change *change_copy = g_new0 (Change, 1);

      change_copy->kind = change->kind;
      change_copy->title = g_strdup (change->title);
      change_copy->old_email = g_strdup (change->old_email);
      change_copy->new_email = g_strdup (change->new_email);
      g_ptr_array_add (copy->changes, change_copy);
    }

  return copy;
}

/**
 * relay_directory_changes_free:
 * @self: (nullable): a #RelayDirectoryChanges
 *
 * Frees @self.
 */
void
relay_directory_changes_free (RelayDirectoryChanges *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_free (self);
}

/**
 * relay_directory_changes_get_n_added:
 * @self: a #RelayDirectoryChanges
 *
 * Returns: how many mandates the new directory adds
 */
guint
relay_directory_changes_get_n_added (RelayDirectoryChanges *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_added;
}

/**
 * relay_directory_changes_get_n_removed:
 * @self: a #RelayDirectoryChanges
 *
 * Returns: how many mandates the new directory no longer has
 */
guint
relay_directory_changes_get_n_removed (RelayDirectoryChanges *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_removed;
}

/**
 * relay_directory_changes_get_n_email_changed:
 * @self: a #RelayDirectoryChanges
 *
 * Returns: how many mandates have a new e-mail address, or lost theirs
 */
guint
relay_directory_changes_get_n_email_changed (RelayDirectoryChanges *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_email_changed;
}

/**
 * relay_directory_changes_get_n_other_changed:
 * @self: a #RelayDirectoryChanges
 *
 * Returns: how many mandates have other details changed (title, topics,
 *   web page, criteria…)
 */
guint
relay_directory_changes_get_n_other_changed (RelayDirectoryChanges *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_other_changed;
}

/**
 * relay_directory_changes_is_empty:
 * @self: a #RelayDirectoryChanges
 *
 * Returns: %TRUE when nothing that matters changed
 */
gboolean
relay_directory_changes_is_empty (RelayDirectoryChanges *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->changes->len == 0;
}

/**
 * relay_directory_changes_dup_summary:
 * @self: a #RelayDirectoryChanges
 *
 * Sums up the changes in a few words: "2 mandates added, 1 address
 * changed", or "No changes".
 *
 * Returns: (transfer full): a translated summary
 */
char *
relay_directory_changes_dup_summary (RelayDirectoryChanges *self)
{
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (relay_directory_changes_is_empty (self))
    return g_strdup (_("No changes"));

  parts = g_ptr_array_new_with_free_func (g_free);

  if (self->n_added > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u mandate added",
                                                          "%u mandates added",
                                                          self->n_added),
                                             self->n_added));
  if (self->n_removed > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u mandate removed",
                                                          "%u mandates removed",
                                                          self->n_removed),
                                             self->n_removed));
  if (self->n_email_changed > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u address changed",
                                                          "%u addresses changed",
                                                          self->n_email_changed),
                                             self->n_email_changed));
  if (self->n_other_changed > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u mandate updated",
                                                          "%u mandates updated",
                                                          self->n_other_changed),
                                             self->n_other_changed));

  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the parts of a summary of changes
   * to the directory, as in "2 mandates added, 1 address changed". Each
   * part is translated on its own. */
  return g_strjoinv (C_("directory changes", ", "), (char **)parts->pdata);
}

static char *
dup_change_line (const Change *change)
{
  /* Translators: stands for a missing e-mail address, as in
   * "Special Rapporteur on torture: no address → sr-torture@un.org" */
  const char *none = C_("e-mail address", "no address");

  switch (change->kind)
    {
    case CHANGE_EMAIL:
      /* Translators: %1$s is the title of a mandate, %2$s its old e-mail
       * address and %3$s its new one. */
      return g_strdup_printf (_("%1$s: %2$s → %3$s"),
                              change->title,
                              change->old_email != NULL ? change->old_email : none,
                              change->new_email != NULL ? change->new_email : none);
    case CHANGE_ADDED:
      /* Translators: %s is the title of a mandate new in the directory */
      return g_strdup_printf (_("Added: %s"), change->title);
    case CHANGE_REMOVED:
      /* Translators: %s is the title of a mandate no longer in the directory */
      return g_strdup_printf (_("Removed: %s"), change->title);
    case CHANGE_OTHER:
    default:
      /* Translators: %s is the title of a mandate whose details changed */
      return g_strdup_printf (_("Updated: %s"), change->title);
    }
}

/**
 * relay_directory_changes_dup_details:
 * @self: a #RelayDirectoryChanges
 *
 * Lists the changes, one a line: first the changed e-mail addresses, spelled
 * out in full ("Special Rapporteur on …: hrc-old@un.org → hrc-new@un.org"),
 * then "Added: …", "Removed: …" and "Updated: …".
 *
 * Returns: (transfer full): the translated lines, or "" when nothing changed
 */
char *
relay_directory_changes_dup_details (RelayDirectoryChanges *self)
{
  GString *details;

  g_return_val_if_fail (self != NULL, NULL);

  details = g_string_new (NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      g_autofree char *line = dup_change_line (g_ptr_array_index (self->changes, i));

      if (details->len > 0)
        g_string_append_c (details, '\n');
      g_string_append (details, line);
    }

  return g_string_free (details, FALSE);
}
