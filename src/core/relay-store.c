/* relay-store.c
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

#define G_LOG_DOMAIN "relay-store"

#include "config.h"

#include "relay-store-private.h"

/**
 * RelayStore:
 *
 * The case database: one SQLite connection to
 * `$XDG_DATA_HOME/relay/relay.db`, the schema migrations, and every read
 * and write of cases. Each write is one transaction: it happens entirely,
 * or not at all.
 *
 * A #RelayStore is not thread-safe: use it from the thread that created it.
 * Workers open their own read-only connection.
 */

static void relay_store_initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelayStore, relay_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE,
                                                      relay_store_initable_iface_init))

enum {
  PROP_0,
  PROP_PATH,
  PROP_SCHEMA_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OUTBOX_CHANGED,
  CASE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * The list of cases
 */


/* Reads the order of all cases; their rows are read when shown. */
static gboolean
reload_cases (RelayStore  *self,
              GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RelayCachedStatement) stmt = NULL;

  if (!(stmt = _relay_store_get_statement (self, STMT_LIST_CASE_IDS, RELAY_STORE_OP_LIST, error)) ||
      !_relay_store_read_ids (self, stmt, RELAY_STORE_OP_LIST, ids, error))
    return FALSE;

  _relay_case_list_set_ids (self->cases, ids);

  return TRUE;
}

/*
 * Checkpoints
 *
 * SQLite copies the write-ahead log back into the database file from time
 * to time. Done inside a save, as it is by default, it makes that save take
 * up to a second with a large database; here it is done by a worker with its
 * own connection, a little after the last write. A passive checkpoint never
 * blocks the writes of the interface.
 */

#define CHECKPOINT_DELAY_MS 1500

static void
checkpoint_in_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  const char *path = task_data;
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 100);
      rc = sqlite3_wal_checkpoint_v2 (db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    }

  if (rc != SQLITE_OK)
    g_debug ("Checkpoint failed: %d (%s)", rc, sqlite3_errstr (rc));

  sqlite3_close (db);
  g_task_return_boolean (task, rc == SQLITE_OK);
}

static void
checkpoint_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  RelayStore *self = RELAY_STORE (object);

  self->checkpointing = FALSE;
}

static gboolean
checkpoint_cb (gpointer data)
{
  RelayStore *self = data;
  g_autoptr(GTask) task = NULL;

  self->checkpoint_id = 0;

  /* One at a time; a write meanwhile schedules the next. */
  if (self->checkpointing)
    {
      _relay_store_schedule_checkpoint (self);
      return G_SOURCE_REMOVE;
    }

  self->checkpointing = TRUE;
  task = g_task_new (self, NULL, checkpoint_done_cb, NULL);
  g_task_set_name (task, "[relay] checkpoint");
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, checkpoint_in_thread);

  return G_SOURCE_REMOVE;
}

void
_relay_store_schedule_checkpoint (RelayStore *self)
{
  if (self->checkpoint_id == 0)
    self->checkpoint_id = g_timeout_add_full (G_PRIORITY_LOW, CHECKPOINT_DELAY_MS,
                                              checkpoint_cb, self, NULL);
}

/* After a case was written: it is now the most recently changed, first
 * in the list; then who follows the cases is told. */
void
_relay_store_case_saved (RelayStore *self,
                         RelayCase  *kase,
                         gint64      case_id)
{
  _relay_case_list_move_to_front (self->cases, case_id);
  _relay_store_update_results (self, case_id, FALSE);
  _relay_store_schedule_checkpoint (self);
  g_signal_emit (self, signals[CASE_CHANGED], 0, relay_case_get_uuid (kase));
}

/*
 * Saving
 */

static GDateTime *
now_to_the_second (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_add (now, -(GTimeSpan) g_date_time_get_microsecond (now));
}

/*
 * GObject
 */

static gboolean
relay_store_initable_init (GInitable     *initable,
                           GCancellable  *cancellable,
                           GError       **error)
{
  RelayStore *self = RELAY_STORE (initable);

  return _relay_store_open (self, error) && reload_cases (self, error);
}

static void
relay_store_initable_iface_init (GInitableIface *iface)
{
  iface->init = relay_store_initable_init;
}

static void
relay_store_dispose (GObject *object)
{
  RelayStore *self = (RelayStore *)object;

  /* Closing the last connection checkpoints the log anyway. */
  g_clear_handle_id (&self->checkpoint_id, g_source_remove);

  if (self->cases != NULL)
    _relay_case_list_detach (self->cases);

  G_OBJECT_CLASS (relay_store_parent_class)->dispose (object);
}

static void
relay_store_finalize (GObject *object)
{
  RelayStore *self = (RelayStore *)object;

  _relay_store_close_searcher (self);
  _relay_store_forget_results (self);
  g_mutex_clear (&self->search_lock);

  for (guint i = 0; i < N_STATEMENTS; i++)
    g_clear_pointer (&self->statements[i], sqlite3_finalize);

  if (self->db != NULL)
    {
      int rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_debug ("Closing the case database failed: %d (%s)", rc, sqlite3_errstr (rc));
      self->db = NULL;
    }

  g_clear_object (&self->cases);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (relay_store_parent_class)->finalize (object);
}

static void
relay_store_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RelayStore *self = RELAY_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_SCHEMA_VERSION:
      g_value_set_int (value, self->schema_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_store_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RelayStore *self = RELAY_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_assert (self->path == NULL);
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_store_class_init (RelayStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_store_dispose;
  object_class->finalize = relay_store_finalize;
  object_class->get_property = relay_store_get_property;
  object_class->set_property = relay_store_set_property;

  /**
   * RelayStore:path:
   *
   * The path of the database file. %NULL at construction means the default,
   * `$XDG_DATA_HOME/relay/relay.db`.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayStore:schema-version:
   *
   * The schema version of the open database (its PRAGMA user_version).
   */
  properties[PROP_SCHEMA_VERSION] =
    g_param_spec_int ("schema-version", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READABLE |
                       G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelayStore::outbox-changed:
   * @self: a #RelayStore
   * @case_uuid: the case whose messages changed
   *
   * Emitted when a message of the outbox is queued, sent, fails or is
   * discarded.
   */
  signals[OUTBOX_CHANGED] =
    g_signal_new ("outbox-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * RelayStore::case-changed:
   * @self: a #RelayStore
   * @case_uuid: the case that was saved or deleted
   *
   * Emitted after a case was saved or deleted through @self, once
   * #RelayStore:cases follows the change.
   */
  signals[CASE_CHANGED] =
    g_signal_new ("case-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
relay_store_init (RelayStore *self)
{
  self->cases = _relay_case_list_new (_relay_store_read_summary, self, NULL);
  g_mutex_init (&self->search_lock);
}

/*
 * Public API
 */

/**
 * relay_store_new:
 * @path: (nullable) (type filename): the database file, or %NULL for
 *   `$XDG_DATA_HOME/relay/relay.db`
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Opens the case database, creating it (and its folder) when needed, and
 * brings its schema up to date. The folder is made private (0700) and the
 * files are readable by the user alone (0600).
 *
 * A damaged database fails with %RELAY_STORE_ERROR_CORRUPT and one made by a
 * newer Relay with %RELAY_STORE_ERROR_TOO_NEW; neither is changed.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
RelayStore *
relay_store_new (const char  *path,
                 GError     **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_initable_new (RELAY_TYPE_STORE, NULL, error,
                         "path", path,
                         NULL);
}

/**
 * relay_store_get_path:
 * @self: a #RelayStore
 *
 * Gets the path of the database file.
 *
 * Returns: (type filename): the path
 */
const char *
relay_store_get_path (RelayStore *self)
{
  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);

  return self->path;
}

/**
 * relay_store_get_schema_version:
 * @self: a #RelayStore
 *
 * Gets the schema version of the database, which is the newest this build
 * of Relay knows once the store is open.
 *
 * Returns: the schema version
 */
int
relay_store_get_schema_version (RelayStore *self)
{
  g_return_val_if_fail (RELAY_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * relay_store_get_cases:
 * @self: a #RelayStore
 *
 * Gets the list of all cases, newest change first. It stays up to date:
 * it emits #GListModel::items-changed after every save and delete made
 * through @self.
 *
 * Returns: (transfer none): a #GListModel of #RelayCaseSummary
 */
GListModel *
relay_store_get_cases (RelayStore *self)
{
  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->cases);
}

/**
 * relay_store_count_cases:
 * @self: a #RelayStore
 *
 * Counts the cases in the database.
 *
 * Returns: the number of cases
 */
guint
relay_store_count_cases (RelayStore *self)
{
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autoptr(GError) error = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), 0);

  stmt = _relay_store_get_statement (self, STMT_COUNT_CASES, RELAY_STORE_OP_LIST, &error);
  if (stmt != NULL)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        return (guint)sqlite3_column_int64 (stmt, 0);

      _relay_store_set_db_error (self, &error, rc, RELAY_STORE_OP_LIST);
    }

  g_debug ("Counting cases failed: %s", error->message);

  return g_list_model_get_n_items (G_LIST_MODEL (self->cases));
}

/**
 * relay_store_load_case:
 * @self: a #RelayStore
 * @uuid: the unique id of the case
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Loads a case with its victims, perpetrators, incidents, sources, mandates
 * and timeline. An unknown @uuid fails with %RELAY_STORE_ERROR_NOT_FOUND.
 *
 * Returns: (transfer full) (nullable): the case, or %NULL with @error set
 */
RelayCase *
relay_store_load_case (RelayStore  *self,
                       const char  *uuid,
                       GError     **error)
{
  g_autoptr(RelayCase) kase = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* One read transaction, so the case and its children come from one state
   * of the file even if another program writes meanwhile.
   */
  if (!_relay_store_exec (self, "BEGIN", RELAY_STORE_OP_LOAD, error))
    return NULL;

  if (!(kase = _relay_store_read_case (self, uuid, error)))
    goto failed;

  if (!_relay_store_exec (self, "COMMIT", RELAY_STORE_OP_LOAD, error))
    goto failed;

  return g_steal_pointer (&kase);

failed:
  _relay_store_rollback (self);
  return NULL;
}

/**
 * relay_store_save_case:
 * @self: a #RelayStore
 * @kase: the case to save
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Saves @kase with all its children, inserting it or replacing what was
 * stored, in one transaction: on failure nothing is written and @kase is
 * unchanged. On success, #RelayCase:created-at (on the first save) and
 * #RelayCase:updated-at are set, and the list of cases is updated.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_save_case (RelayStore  *self,
                       RelayCase   *kase,
                       GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) created_at = NULL;
  gint64 case_id = 0;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = now_to_the_second ();

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", RELAY_STORE_OP_SAVE, error))
    return FALSE;

  if (!_relay_store_write_case (self, kase, now, &created_at, &case_id, error))
    goto failed;

  if (!_relay_store_exec (self, "COMMIT", RELAY_STORE_OP_SAVE, error))
    goto failed;

  g_debug ("Saved a case");

  /* Only now that the change is on disk does the object change. */
  g_object_freeze_notify (G_OBJECT (kase));
  relay_case_set_created_at (kase, created_at);
  relay_case_set_updated_at (kase, now);
  g_object_thaw_notify (G_OBJECT (kase));

  _relay_store_case_saved (self, kase, case_id);

  return TRUE;

failed:
  _relay_store_rollback (self);
  return FALSE;
}

/**
 * relay_store_delete_case:
 * @self: a #RelayStore
 * @uuid: the unique id of the case
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Deletes a case and everything that belongs to it. Its text is overwritten
 * in the file, not just forgotten. An unknown @uuid fails with
 * %RELAY_STORE_ERROR_NOT_FOUND.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
relay_store_delete_case (RelayStore  *self,
                         const char  *uuid,
                         GError     **error)
{
  g_autofree char *uuid_copy = NULL;
  gint64 case_id = 0;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The caller's string may belong to a row that goes with the case. */
  uuid_copy = g_strdup (uuid);
  uuid = uuid_copy;

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", RELAY_STORE_OP_DELETE, error))
    return FALSE;

  {
    g_autoptr(RelayCachedStatement) find = NULL;

    find = _relay_store_get_statement (self, STMT_FIND_CASE, RELAY_STORE_OP_DELETE, error);
    if (find == NULL ||
        !_relay_store_check_bind (self, sqlite3_bind_text (find, 1, uuid, -1, SQLITE_STATIC),
                                  RELAY_STORE_OP_DELETE, error))
      goto failed;

    rc = sqlite3_step (find);
    if (rc == SQLITE_ROW)
      case_id = sqlite3_column_int64 (find, 0);
    else if (rc != SQLITE_DONE)
      {
        _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_DELETE);
        goto failed;
      }
  }

  {
    g_autoptr(RelayCachedStatement) delete = NULL;

    delete = _relay_store_get_statement (self, STMT_DELETE_CASE, RELAY_STORE_OP_DELETE, error);
    if (delete == NULL ||
        !_relay_store_check_bind (self, sqlite3_bind_text (delete, 1, uuid, -1, SQLITE_STATIC),
                                  RELAY_STORE_OP_DELETE, error) ||
        !_relay_store_step_done (self, delete, RELAY_STORE_OP_DELETE, error))
      goto failed;

    if (sqlite3_changes (self->db) == 0)
      {
        _relay_store_set_not_found_error (error);
        goto failed;
      }
  }

  {
    g_autoptr(RelayCachedStatement) optimize = NULL;

    optimize = _relay_store_get_statement (self, STMT_OPTIMIZE_FTS, RELAY_STORE_OP_DELETE, error);
    if (optimize == NULL ||
        !_relay_store_step_done (self, optimize, RELAY_STORE_OP_DELETE, error))
      goto failed;
  }

  if (!_relay_store_exec (self, "COMMIT", RELAY_STORE_OP_DELETE, error))
    goto failed;

  g_debug ("Deleted a case");

  /* Move the change out of the write-ahead log into the database, where
   * secure_delete has zeroed the old text, and empty the log, which still
   * holds earlier copies of the pages.
   */
  rc = sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
  if (rc != SQLITE_OK)
    g_debug ("Checkpoint after delete failed: %d (%s)", rc, sqlite3_errstr (rc));

  _relay_case_list_remove (self->cases, case_id);
  _relay_store_update_results (self, case_id, TRUE);
  g_signal_emit (self, signals[CASE_CHANGED], 0, uuid);

  return TRUE;

failed:
  _relay_store_rollback (self);
  return FALSE;
}

