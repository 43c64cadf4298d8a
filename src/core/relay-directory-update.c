/* relay-directory-update.c
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

#define G_LOG_DOMAIN "relay-directory-update"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "relay-directory-update.h"

/*
 * Checking for and applying an update of the mandate directory.
 *
 * Threads: only the download runs in a worker (inside RelayHttp). Checking
 * the downloaded file and comparing it with the current directory happen on
 * the caller's thread, in the download's callback, because RelayDirectory,
 * RelayMandate and the store are not thread-safe, and the comparison has to
 * read the current directory anyway. The file is at most RelayHttp:max-size
 * (2 MiB) and in practice about a hundred kilobytes, which parses in a few
 * milliseconds.
 *
 * Nothing is written while checking. relay_directory_update_apply() writes the
 * file atomically first and only then loads it into the current directory, so
 * a failure to write leaves both the disk and the directory as they were.
 */

/* Immutable once made; a copy shares the bytes and the new directory. */
struct _RelayDirectoryUpdate
{
  GBytes                 *bytes;
  RelayDirectory         *directory;
  RelayDirectoryChanges  *changes;
  char                   *etag;
  guint                   has_changes : 1;
};

G_DEFINE_BOXED_TYPE (RelayDirectoryUpdate, relay_directory_update,
                     relay_directory_update_copy, relay_directory_update_free)

typedef struct
{
  /* The entity tag to remember for the next check, whatever the result. */
  char *etag;
} CheckData;

/*
 * Helpers
 */

static void
check_data_free (gpointer data)
{
  CheckData *check = data;

  g_clear_pointer (&check->etag, g_free);
  g_free (check);
}

/* Whether anything users may rely on differs, beyond the mandates themselves. */
static gboolean
general_differs (RelayDirectory *a,
                 RelayDirectory *b)
{
  return g_strcmp0 (relay_directory_get_data_date (a), relay_directory_get_data_date (b)) != 0 ||
         g_strcmp0 (relay_directory_get_urgent_action_email (a),
                    relay_directory_get_urgent_action_email (b)) != 0 ||
         g_strcmp0 (relay_directory_get_reprisals_email (a),
                    relay_directory_get_reprisals_email (b)) != 0 ||
         g_strcmp0 (relay_directory_get_online_questionnaire (a),
                    relay_directory_get_online_questionnaire (b)) != 0 ||
         g_strcmp0 (relay_directory_get_communications_database (a),
                    relay_directory_get_communications_database (b)) != 0;
}

/* The first part of @path, going up, that exists but is not a folder. */
static char *
find_blocking_file (const char *path)
{
  g_autofree char *current = g_strdup (path);

  for (;;)
    {
      g_autofree char *parent = NULL;

      if (g_file_test (current, G_FILE_TEST_EXISTS))
        return g_file_test (current, G_FILE_TEST_IS_DIR) ? NULL : g_steal_pointer (&current);

      parent = g_path_get_dirname (current);
      if (g_strcmp0 (parent, current) == 0)
        return NULL;

      g_free (current);
      current = g_steal_pointer (&parent);
    }
}

static void
set_folder_error (GError     **error,
                  int          saved_errno,
                  const char  *folder)
{
  g_autofree char *blocking = NULL;
  g_autofree char *display = NULL;

  g_debug ("Cannot create the folder for the directory: %s", g_strerror (saved_errno));

  switch (saved_errno)
    {
    case ENOTDIR:
    case EEXIST:
      blocking = find_blocking_file (folder);
      display = g_filename_display_name (blocking != NULL ? blocking : folder);
      g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                   /* Translators: %s is the path of a file */
                   _("Relay could not save the updated list of mandates because a file "
                     "named %s is where a folder should be. Nothing was changed. Move or "
                     "rename that file, then try again."),
                   display);
      break;

    case ENOSPC:
    case EDQUOT:
      g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                           _("The disk is full, so the updated list of mandates was not "
                             "saved. Nothing was changed. Free some space, then try again."));
      break;

    case EACCES:
    case EPERM:
    case EROFS:
      display = g_filename_display_name (folder);
      g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                   /* Translators: %s is the path of a folder */
                   _("Relay may not write in the folder %s, so the updated list of "
                     "mandates was not saved. Nothing was changed. Check that you may "
                     "write there and that the disk is not read-only, then try again."),
                   display);
      break;

    default:
      display = g_filename_display_name (folder);
      g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                   /* Translators: %1$s is the path of a folder, %2$s the reason */
                   _("Relay could not create the folder %1$s for the updated list of "
                     "mandates (%2$s). Nothing was changed. Try again; if this keeps "
                     "happening, report the problem."),
                   display, g_strerror (saved_errno));
      break;
    }
}

static void
set_write_error (GError     **error,
                 GError      *file_error,
                 const char  *path)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *display = g_filename_display_name (path);
  int code = file_error->domain == G_FILE_ERROR ? file_error->code : G_FILE_ERROR_FAILED;

  g_debug ("Cannot write the directory: %s", file_error->message);

  switch (code)
    {
    case G_FILE_ERROR_NOSPC:
      set_folder_error (error, ENOSPC, folder);
      break;

    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM:
    case G_FILE_ERROR_ROFS:
      set_folder_error (error, EACCES, folder);
      break;

    case G_FILE_ERROR_ISDIR:
      g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                   /* Translators: %s is the path of a folder */
                   _("Relay could not save the updated list of mandates because a folder "
                     "named %s is where the file should be. Nothing was changed. Move or "
                     "rename that folder, then try again."),
                   display);
      break;

    default:
      g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                   /* Translators: %1$s is the path of a file, %2$s the reason */
                   _("Relay could not save the updated list of mandates as %1$s (%2$s). "
                     "Nothing was changed. Try again; if this keeps happening, report the "
                     "problem."),
                   display, file_error->message);
      break;
    }
}

/*
 * Public API
 */

/**
 * relay_directory_update_new:
 * @current: the directory in use
 * @bytes: the contents of a directory file, from a download or a file the
 *   user picked
 * @etag: (nullable): the entity tag the server sent with @bytes
 * @error: return location for a #GError
 *
 * Checks @bytes as a directory file and compares it with @current. Writes
 * nothing and does not change @current.
 *
 * Returns: (transfer full) (nullable): the update, or %NULL with
 *   %RELAY_DIRECTORY_ERROR_INVALID or %RELAY_DIRECTORY_ERROR_TOO_NEW when
 *   @bytes cannot be used
 */
RelayDirectoryUpdate *
relay_directory_update_new (RelayDirectory  *current,
                            GBytes          *bytes,
                            const char      *etag,
                            GError         **error)
{
  g_autoptr(RelayDirectoryUpdate) self = NULL;
  g_autoptr(RelayDirectory) directory = NULL;

  g_return_val_if_fail (RELAY_IS_DIRECTORY (current), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A directory of its own, without the store: this is only to compare. */
  directory = relay_directory_new ();
  if (!relay_directory_load_bytes (directory, bytes, error))
    return NULL;

  self = g_new0 (RelayDirectoryUpdate, 1);
  self->bytes = g_bytes_ref (bytes);
  self->directory = g_steal_pointer (&directory);
  self->changes = relay_directory_compare (current, self->directory);
  self->etag = g_strdup (etag);
  self->has_changes = !relay_directory_changes_is_empty (self->changes) ||
                      general_differs (current, self->directory);

  return g_steal_pointer (&self);
}

/**
 * relay_directory_update_copy:
 * @self: a #RelayDirectoryUpdate
 *
 * Returns: (transfer full): a copy of @self
 */
RelayDirectoryUpdate *
relay_directory_update_copy (RelayDirectoryUpdate *self)
{
  RelayDirectoryUpdate *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (RelayDirectoryUpdate, 1);
  copy->bytes = g_bytes_ref (self->bytes);
  copy->directory = g_object_ref (self->directory);
  copy->changes = relay_directory_changes_copy (self->changes);
  copy->etag = g_strdup (self->etag);
  copy->has_changes = self->has_changes;

  return copy;
}

/**
 * relay_directory_update_free:
 * @self: (nullable): a #RelayDirectoryUpdate
 *
 * Frees @self. Applying an update does not free it.
 */
void
relay_directory_update_free (RelayDirectoryUpdate *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_object (&self->directory);
  g_clear_pointer (&self->changes, relay_directory_changes_free);
  g_clear_pointer (&self->etag, g_free);
  g_free (self);
}

/**
 * relay_directory_update_get_bytes:
 * @self: a #RelayDirectoryUpdate
 *
 * Returns: (transfer none): the new directory file, as downloaded
 */
GBytes *
relay_directory_update_get_bytes (RelayDirectoryUpdate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->bytes;
}

/**
 * relay_directory_update_get_directory:
 * @self: a #RelayDirectoryUpdate
 *
 * The new directory, for a preview. It has no store, so it shows no local
 * e-mail addresses; relay_directory_update_apply() keeps them.
 *
 * Returns: (transfer none): the new directory
 */
RelayDirectory *
relay_directory_update_get_directory (RelayDirectoryUpdate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->directory;
}

/**
 * relay_directory_update_get_changes:
 * @self: a #RelayDirectoryUpdate
 *
 * Returns: (transfer none): what differs from the directory that was current
 *   when the update was made
 */
RelayDirectoryChanges *
relay_directory_update_get_changes (RelayDirectoryUpdate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->changes;
}

/**
 * relay_directory_update_get_etag:
 * @self: a #RelayDirectoryUpdate
 *
 * The entity tag of the new file. Remember it for the next check only once
 * the update is applied: the server answers "not modified" to that tag.
 *
 * Returns: (nullable): the entity tag, or %NULL if the server sent none
 */
const char *
relay_directory_update_get_etag (RelayDirectoryUpdate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->etag;
}

/**
 * relay_directory_update_has_changes:
 * @self: a #RelayDirectoryUpdate
 *
 * Whether the new file differs from the current directory in any way that
 * matters: its mandates (see relay_directory_update_get_changes()), its date
 * or its general addresses. A file that only changes the date or the general
 * addresses has changes but an empty #RelayDirectoryChanges.
 *
 * Returns: %TRUE if applying the update changes something
 */
gboolean
relay_directory_update_has_changes (RelayDirectoryUpdate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_changes;
}

/**
 * relay_directory_update_apply:
 * @self: a #RelayDirectoryUpdate
 * @current: the directory in use, normally the one the update was made for
 * @error: return location for a #GError
 *
 * Saves the new file as relay_directory_get_user_path() (atomically, readable
 * only by the user), then loads it into @current, which keeps the local
 * e-mail addresses of its store. If the file cannot be saved, nothing changes
 * and @error says why in plain words (%RELAY_DIRECTORY_ERROR_FAILED).
 *
 * Returns: %TRUE on success
 */
gboolean
relay_directory_update_apply (RelayDirectoryUpdate  *self,
                              RelayDirectory        *current,
                              GError               **error)
{
  g_autoptr(GError) file_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *folder = NULL;
  gconstpointer data;
  gsize size = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (RELAY_IS_DIRECTORY (current), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = relay_directory_get_user_path ();
  folder = g_path_get_dirname (path);

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      set_folder_error (error, errno, folder);
      return FALSE;
    }

  data = g_bytes_get_data (self->bytes, &size);
  if (!g_file_set_contents_full (path, data, (gssize) size,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &file_error))
    {
      set_write_error (error, file_error, path);
      return FALSE;
    }

  g_debug ("Saved the updated directory (%" G_GSIZE_FORMAT " bytes)", size);

  /* Cannot fail in practice: the same bytes were checked by the same code. If
   * it does, the new file stays on disk, and is used at the next start. */
  return relay_directory_load_bytes (current, self->bytes, error);
}

static void
on_http_get_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(RelayDirectoryUpdate) update = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  RelayDirectory *current = g_task_get_source_object (task);
  CheckData *check = g_task_get_task_data (task);
  gboolean not_modified = FALSE;

  g_assert (RELAY_IS_HTTP (object));
  g_assert (RELAY_IS_DIRECTORY (current));

  bytes = relay_http_get_finish (RELAY_HTTP (object), result, &check->etag, &not_modified,
                                 &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (not_modified)
    {
      g_debug ("The directory on the server has not changed");
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  update = relay_directory_update_new (current, bytes, check->etag, &error);
  if (update == NULL)
    {
      g_autofree char *message = NULL;

      g_debug ("The downloaded directory cannot be used");
      message = g_strdup_printf (/* Translators: %s explains the problem in a sentence */
                                 _("The update downloaded from the server cannot be used, "
                                   "so nothing was changed. Details: %s"),
                                 error->message);
      g_free (error->message);
      error->message = g_steal_pointer (&message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (!relay_directory_update_has_changes (update))
    {
      g_debug ("The directory on the server has the same contents");
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&update),
                         (GDestroyNotify) relay_directory_update_free);
}

/**
 * relay_directory_check_update_async:
 * @current: the directory in use
 * @http: the #RelayHttp to download with
 * @url: the https:// address of the directory file
 * @etag: (nullable): the entity tag remembered from the last update applied
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope notified): download progress, on the caller's
 *   main context (see relay_http_get_async())
 * @progress_data: data for @progress; must stay valid until @callback runs
 * @callback: called when the check is over
 * @user_data: data for @callback
 *
 * Downloads the directory file and checks it against @current. Writes
 * nothing; see relay_directory_update_apply().
 */
void
relay_directory_check_update_async (RelayDirectory        *current,
                                    RelayHttp             *http,
                                    const char            *url,
                                    const char            *etag,
                                    GCancellable          *cancellable,
                                    GFileProgressCallback  progress,
                                    gpointer               progress_data,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RELAY_IS_DIRECTORY (current));
  g_return_if_fail (RELAY_IS_HTTP (http));
  g_return_if_fail (url != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (current, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_directory_check_update_async);
  g_task_set_name (task, "[relay] relay_directory_check_update_async");
  g_task_set_task_data (task, g_new0 (CheckData, 1), check_data_free);

  relay_http_get_async (http, url, etag, cancellable, progress, progress_data,
                        on_http_get_cb, g_steal_pointer (&task));
}

/**
 * relay_directory_check_update_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Errors are those of #RelayHttp (%RELAY_HTTP_ERROR), %G_IO_ERROR_CANCELLED,
 * or %RELAY_DIRECTORY_ERROR_INVALID / %RELAY_DIRECTORY_ERROR_TOO_NEW when the
 * downloaded file cannot be used.
 *
 * Returns: (transfer full) (nullable): the update, or %NULL without error when
 *   the directory is up to date (the server said "not modified", or the file
 *   has the same contents)
 */
RelayDirectoryUpdate *
relay_directory_check_update_finish (GAsyncResult  *result,
                                     GError       **error)
{
  return relay_directory_check_update_finish_full (result, NULL, error);
}

/**
 * relay_directory_check_update_finish_full:
 * @result: the #GAsyncResult given to the callback
 * @etag: (out) (optional) (nullable) (transfer full): the server's entity tag
 *   for its file, also when the directory is up to date; %NULL on error or if
 *   the server sent none
 * @error: return location for a #GError
 *
 * Like relay_directory_check_update_finish(), and also gives the entity tag
 * to remember when there is nothing to apply.
 *
 * Returns: (transfer full) (nullable): the update, or %NULL
 */
RelayDirectoryUpdate *
relay_directory_check_update_finish_full (GAsyncResult  *result,
                                          char         **etag,
                                          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  RelayDirectoryUpdate *update;
  CheckData *check;

  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (RELAY_IS_DIRECTORY (g_task_get_source_object (G_TASK (result))), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        relay_directory_check_update_async, NULL);

  if (etag != NULL)
    *etag = NULL;

  update = g_task_propagate_pointer (G_TASK (result), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  check = g_task_get_task_data (G_TASK (result));
  if (etag != NULL)
    *etag = g_strdup (check->etag);

  return update;
}
