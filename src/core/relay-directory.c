/* relay-directory.c
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
#include <string.h>

#include "relay-directory-private.h"

/**
 * RelayDirectory:
 *
 * The directory of mandates: a #GListModel of #RelayMandate, sorted by
 * title in the language of the user interface.
 *
 * It comes from a JSON file in "format 1" (see data/directory/README.md):
 * the copy bundled with Relay, or a newer one the user fetched.
 * A file is checked whole before it is used, so a directory is always
 * either the previous one or the new one, never a mix.
 *
 * The e-mail addresses the user gives for mandates are kept apart, in the
 * case database, and applied on top of whichever file is loaded.
 */

/**
 * RelayDirectoryError:
 * @RELAY_DIRECTORY_ERROR_INVALID: the file is not valid JSON or not a valid
 *   directory; the message names the first problem
 * @RELAY_DIRECTORY_ERROR_TOO_NEW: the file is in a format of a newer Relay
 * @RELAY_DIRECTORY_ERROR_INVALID_EMAIL: an address the user gave is not valid
 * @RELAY_DIRECTORY_ERROR_FAILED: the file cannot be read
 * @RELAY_DIRECTORY_ERROR_NOT_FOUND: no mandate has that id
 *
 * Errors of #RelayDirectory. Their messages are translated.
 */
G_DEFINE_QUARK (relay-directory-error-quark, relay_directory_error)

struct _RelayDirectory
{
  GObject parent_instance;

  /* Owned References */
  RelayDirectoryData *data;
  GHashTable         *by_id;         /* id -> RelayMandate, borrowed from data */
  GHashTable         *local_emails;  /* mandate id -> the address the user gave */
  RelayStore         *store;

  guint               is_bundled : 1;
};

static void relay_directory_list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelayDirectory, relay_directory, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      relay_directory_list_model_iface_init))

enum {
  PROP_0,
  PROP_DATA_DATE,
  PROP_IS_BUNDLED,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Local e-mail addresses
 */

static void
apply_local_emails (RelayDirectory *self)
{
  for (guint i = 0; i < self->data->mandates->len; i++)
    {
      RelayMandate *mandate = g_ptr_array_index (self->data->mandates, i);

      _relay_mandate_set_local_email (mandate,
                                      g_hash_table_lookup (self->local_emails, mandate->id));
    }
}

/* Reads the addresses again from the store, which is where they live; the
 * ones in memory stay when it cannot be read.
 */
static void
reload_local_emails (RelayDirectory *self)
{
  g_autoptr(GHashTable) emails = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  emails = relay_store_dup_mandate_emails (self->store, &error);
  if (emails == NULL)
    {
      g_debug ("Keeping the mandate addresses in memory: %s", error->message);
      return;
    }

  g_hash_table_unref (self->local_emails);
  self->local_emails = g_steal_pointer (&emails);
}

/*
 * Loading
 */

static void
replace_data (RelayDirectory     *self,
              RelayDirectoryData *data,
              gboolean            is_bundled)
{
  g_autoptr(RelayDirectoryData) old = NULL;
  g_autofree char *old_date = NULL;
  guint n_removed = 0;

  g_assert (RELAY_IS_DIRECTORY (self));
  g_assert (data != NULL);

  old = g_steal_pointer (&self->data);
  if (old != NULL)
    {
      n_removed = old->mandates->len;
      old_date = g_strdup (old->data_date);
    }

  self->data = data;

  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < data->mandates->len; i++)
    {
      RelayMandate *mandate = g_ptr_array_index (data->mandates, i);

      g_hash_table_insert (self->by_id, mandate->id, mandate);
    }

  reload_local_emails (self);
  apply_local_emails (self);

  g_debug ("Loaded a directory of %u mandates from %s", data->mandates->len,
           is_bundled ? "the bundled copy" : "a file");

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_removed, data->mandates->len);

  if (g_strcmp0 (old_date, data->data_date) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA_DATE]);

  if (self->is_bundled != is_bundled)
    {
      self->is_bundled = is_bundled;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_BUNDLED]);
    }
}

static gboolean
load_bytes (RelayDirectory  *self,
            GBytes          *bytes,
            gboolean         is_bundled,
            GError         **error)
{
  RelayDirectoryData *data = _relay_directory_data_parse (bytes, error);

  if (data == NULL)
    return FALSE;

  replace_data (self, data, is_bundled);

  return TRUE;
}

static void
set_read_error (GError       **error,
                GFile         *file,
                const GError  *io_error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_debug ("Cannot read the directory: %s", io_error->message);

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                 /* Translators: %s is the path of a file */
                 _("The directory file %s does not exist."), name);
  else
    g_set_error (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                 /* Translators: %s is the path of a file */
                 _("The directory file %s could not be read. Check that it is a file you may "
                   "open."), name);
}

static GBytes *
read_file (GFile   *file,
           GError **error)
{
  g_autoptr(GError) io_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &io_error))
    {
      set_read_error (error, file, io_error);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* The user's copy, checked, or NULL when there is none that can be used. */
static RelayDirectoryData *
parse_user_copy (void)
{
  g_autofree char *path = relay_directory_get_user_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RelayDirectoryData *data;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return NULL;

  if (!(bytes = read_file (file, &error)) ||
      !(data = _relay_directory_data_parse (bytes, &error)))
    {
      /* Left as it is: the next update replaces it. */
      g_debug ("Not using the updated directory: %s", error->message);
      return NULL;
    }

  return data;
}

static RelayDirectoryData *
parse_bundled_copy (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) resource_error = NULL;
  RelayDirectoryData *data;

  bytes = g_resources_lookup_data (RELAY_DIRECTORY_RESOURCE_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                   &resource_error);
  if (bytes == NULL)
    {
      g_debug ("No bundled directory: %s", resource_error->message);
      g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_FAILED,
                           _("The directory of mandates is missing from this copy of Relay. "
                             "Install Relay again."));
      return NULL;
    }

  data = _relay_directory_data_parse (bytes, error);
  if (data == NULL)
    /* Translators: this comes before a message that names the problem, such
     * as "The directory is empty."; keep the space at the end. */
    g_prefix_error (error, _("The directory of mandates that came with Relay is damaged; "
                             "install Relay again. "));

  return data;
}

/*
 * GListModel
 */

static GType
relay_directory_get_item_type (GListModel *model)
{
  return RELAY_TYPE_MANDATE;
}

static guint
relay_directory_get_n_items (GListModel *model)
{
  RelayDirectory *self = RELAY_DIRECTORY (model);

  return self->data != NULL ? self->data->mandates->len : 0;
}

static gpointer
relay_directory_get_item (GListModel *model,
                          guint       position)
{
  RelayDirectory *self = RELAY_DIRECTORY (model);

  if (self->data == NULL || position >= self->data->mandates->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->data->mandates, position));
}

static void
relay_directory_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = relay_directory_get_item_type;
  iface->get_n_items = relay_directory_get_n_items;
  iface->get_item = relay_directory_get_item;
}

/*
 * GObject
 */

static void
relay_directory_dispose (GObject *object)
{
  RelayDirectory *self = (RelayDirectory *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (relay_directory_parent_class)->dispose (object);
}

static void
relay_directory_finalize (GObject *object)
{
  RelayDirectory *self = (RelayDirectory *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->data, _relay_directory_data_free);
  g_clear_pointer (&self->local_emails, g_hash_table_unref);

  G_OBJECT_CLASS (relay_directory_parent_class)->finalize (object);
}

static void
relay_directory_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RelayDirectory *self = RELAY_DIRECTORY (object);

  switch (prop_id)
    {
    case PROP_DATA_DATE:
      g_value_set_string (value, relay_directory_get_data_date (self));
      break;

    case PROP_IS_BUNDLED:
      g_value_set_boolean (value, relay_directory_is_bundled (self));
      break;

    case PROP_STORE:
      g_value_set_object (value, relay_directory_get_store (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_directory_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RelayDirectory *self = RELAY_DIRECTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      relay_directory_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_directory_class_init (RelayDirectoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_directory_dispose;
  object_class->finalize = relay_directory_finalize;
  object_class->get_property = relay_directory_get_property;
  object_class->set_property = relay_directory_set_property;

  /**
   * RelayDirectory:data-date:
   *
   * The day ("YYYY-MM-DD") the directory's data was gathered, or "" while
   * nothing is loaded.
   */
  properties[PROP_DATA_DATE] =
    g_param_spec_string ("data-date", NULL, NULL,
                         "",
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayDirectory:is-bundled:
   *
   * Whether the directory in use is the copy that came with Relay.
   */
  properties[PROP_IS_BUNDLED] =
    g_param_spec_boolean ("is-bundled", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RelayDirectory:store:
   *
   * The case database that keeps the e-mail addresses the user gives for
   * mandates, or %NULL to keep them in memory only.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         RELAY_TYPE_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_directory_init (RelayDirectory *self)
{
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->local_emails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/*
 * Public API
 */

/**
 * relay_directory_new:
 *
 * Creates an empty directory; load one with relay_directory_load_default().
 *
 * Returns: (transfer full): a new #RelayDirectory
 */
RelayDirectory *
relay_directory_new (void)
{
  return g_object_new (RELAY_TYPE_DIRECTORY, NULL);
}

/**
 * relay_directory_load_bytes:
 * @self: a #RelayDirectory
 * @bytes: the contents of a directory file
 * @error: return location for a #GError in %RELAY_DIRECTORY_ERROR
 *
 * Checks a whole directory file and, if it is valid, uses it: the list is
 * replaced in one #GListModel::items-changed, and the addresses the user
 * gave are applied again. When it is not valid, nothing changes and @error
 * names the first problem.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_directory_load_bytes (RelayDirectory  *self,
                            GBytes          *bytes,
                            GError         **error)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return load_bytes (self, bytes, FALSE, error);
}

/**
 * relay_directory_load_file:
 * @self: a #RelayDirectory
 * @file: a directory file
 * @error: return location for a #GError in %RELAY_DIRECTORY_ERROR
 *
 * Reads @file and loads it as relay_directory_load_bytes() does. A file
 * that cannot be read fails with %RELAY_DIRECTORY_ERROR_FAILED, and nothing
 * changes.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_directory_load_file (RelayDirectory  *self,
                           GFile           *file,
                           GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(bytes = read_file (file, error)))
    return FALSE;

  return load_bytes (self, bytes, FALSE, error);
}

/**
 * relay_directory_load_default:
 * @self: a #RelayDirectory
 * @error: return location for a #GError in %RELAY_DIRECTORY_ERROR
 *
 * Loads the directory Relay should use: the updated copy the user fetched
 * (relay_directory_get_user_path()) when it exists and is valid, else the
 * copy bundled with Relay. When both are valid, the one with the newer
 * data wins, so installing a newer Relay is never a step back.
 *
 * Returns: %TRUE on success, %FALSE with @error set when no copy can be used
 */
gboolean
relay_directory_load_default (RelayDirectory  *self,
                              GError         **error)
{
  g_autoptr(RelayDirectoryData) user = NULL;
  g_autoptr(RelayDirectoryData) bundled = NULL;
  g_autoptr(GError) bundled_error = NULL;

  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  user = parse_user_copy ();
  bundled = parse_bundled_copy (&bundled_error);

  /* Dates are YYYY-MM-DD, so they compare as strings. */
  if (user != NULL && (bundled == NULL || strcmp (user->data_date, bundled->data_date) >= 0))
    {
      replace_data (self, g_steal_pointer (&user), FALSE);
      return TRUE;
    }

  if (bundled != NULL)
    {
      replace_data (self, g_steal_pointer (&bundled), TRUE);
      return TRUE;
    }

  g_propagate_error (error, g_steal_pointer (&bundled_error));
  return FALSE;
}

/**
 * relay_directory_get_user_path:
 *
 * Gets where the updated copy of the directory is kept:
 * `$XDG_DATA_HOME/relay/directory.json`.
 *
 * Returns: (transfer full) (type filename): the path
 */
char *
relay_directory_get_user_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "relay", "directory.json", NULL);
}

/**
 * relay_directory_is_bundled:
 * @self: a #RelayDirectory
 *
 * Gets #RelayDirectory:is-bundled.
 *
 * Returns: %TRUE when the directory in use is the copy bundled with Relay
 */
gboolean
relay_directory_is_bundled (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), FALSE);

  return self->is_bundled;
}

/**
 * relay_directory_get_data_date:
 * @self: a #RelayDirectory
 *
 * Gets #RelayDirectory:data-date.
 *
 * Returns: (not nullable): the day the data was gathered ("YYYY-MM-DD"), or
 *   "" while nothing is loaded
 */
const char *
relay_directory_get_data_date (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  return self->data != NULL ? self->data->data_date : "";
}

/**
 * relay_directory_get_urgent_action_email:
 * @self: a #RelayDirectory
 *
 * Gets the address every submission goes to (urgent-action@ohchr.org).
 *
 * Returns: (not nullable): the address, or "" while nothing is loaded
 */
const char *
relay_directory_get_urgent_action_email (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  return self->data != NULL ? self->data->urgent_action_email : "";
}

/**
 * relay_directory_get_reprisals_email:
 * @self: a #RelayDirectory
 *
 * Gets the address for information about reprisals against people who
 * cooperate with the United Nations.
 *
 * Returns: (not nullable): the address, or "" while nothing is loaded
 */
const char *
relay_directory_get_reprisals_email (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  return self->data != NULL ? self->data->reprisals_email : "";
}

/**
 * relay_directory_get_online_questionnaire:
 * @self: a #RelayDirectory
 *
 * Gets the address of the OHCHR online submission form.
 *
 * Returns: (not nullable): an https:// address, or "" while nothing is loaded
 */
const char *
relay_directory_get_online_questionnaire (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  return self->data != NULL ? self->data->online_questionnaire : "";
}

/**
 * relay_directory_get_communications_database:
 * @self: a #RelayDirectory
 *
 * Gets the address of the public database of communications, where sent
 * communications and government replies are published.
 *
 * Returns: (not nullable): an https:// address, or "" while nothing is loaded
 */
const char *
relay_directory_get_communications_database (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  return self->data != NULL ? self->data->communications_database : "";
}

/**
 * relay_directory_lookup:
 * @self: a #RelayDirectory
 * @id: the id of a mandate, such as "sr-hrd"
 *
 * Finds a mandate by its id.
 *
 * Returns: (transfer none) (nullable): the mandate, or %NULL when the
 *   directory has none with that id
 */
RelayMandate *
relay_directory_lookup (RelayDirectory *self,
                        const char     *id)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * relay_directory_get_store:
 * @self: a #RelayDirectory
 *
 * Gets #RelayDirectory:store.
 *
 * Returns: (transfer none) (nullable): the store, or %NULL
 */
RelayStore *
relay_directory_get_store (RelayDirectory *self)
{
  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), NULL);

  return self->store;
}

/**
 * relay_directory_set_store:
 * @self: a #RelayDirectory
 * @store: (nullable): the case database, or %NULL
 *
 * Sets the case database that keeps the addresses the user gives for
 * mandates, and applies the addresses it holds.
 */
void
relay_directory_set_store (RelayDirectory *self,
                           RelayStore     *store)
{
  g_return_if_fail (RELAY_IS_DIRECTORY (self));
  g_return_if_fail (store == NULL || RELAY_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  reload_local_emails (self);
  if (self->data != NULL)
    apply_local_emails (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * relay_directory_set_local_email:
 * @self: a #RelayDirectory
 * @mandate_id: the id of a mandate of the directory
 * @email: (nullable): the address to use for the mandate; %NULL or ""
 *   removes the one the user gave, so the directory's is used again
 * @error: return location for a #GError in %RELAY_DIRECTORY_ERROR or
 *   %RELAY_STORE_ERROR
 *
 * Sets an e-mail address of the user's own for a mandate, for example one
 * the mandate gave them or a correction. It is saved in the case database
 * (when #RelayDirectory:store is set) and kept across updates of the
 * directory. An address that is not valid fails with
 * %RELAY_DIRECTORY_ERROR_INVALID_EMAIL, an unknown mandate with
 * %RELAY_DIRECTORY_ERROR_NOT_FOUND; then nothing changes.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_directory_set_local_email (RelayDirectory  *self,
                                 const char      *mandate_id,
                                 const char      *email,
                                 GError         **error)
{
  g_autofree char *address = NULL;
  RelayMandate *mandate;

  g_return_val_if_fail (RELAY_IS_DIRECTORY (self), FALSE);
  g_return_val_if_fail (mandate_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mandate = relay_directory_lookup (self, mandate_id);
  if (mandate == NULL)
    {
      g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_NOT_FOUND,
                           _("This mandate is not in the directory any more."));
      return FALSE;
    }

  /* Spaces around a pasted address are not part of it. */
  address = g_strstrip (g_strdup (email != NULL ? email : ""));

  if (*address != '\0' && !relay_email_is_valid (address))
    {
      g_set_error_literal (error, RELAY_DIRECTORY_ERROR, RELAY_DIRECTORY_ERROR_INVALID_EMAIL,
                           _("This is not a valid e-mail address. Check it and try again: an "
                             "address looks like name@example.org."));
      return FALSE;
    }

  if (self->store != NULL &&
      !relay_store_set_mandate_email (self->store, mandate_id, address, error))
    return FALSE;

  if (*address != '\0')
    g_hash_table_replace (self->local_emails, g_strdup (mandate_id), g_strdup (address));
  else
    g_hash_table_remove (self->local_emails, mandate_id);

  _relay_mandate_set_local_email (mandate, address);

  return TRUE;
}
