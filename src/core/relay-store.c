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
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * The list of cases
 */

static gboolean
summaries_equal (RelayCaseSummary *a,
                 RelayCaseSummary *b)
{
  GDateTime *a_time = relay_case_summary_get_updated_at (a);
  GDateTime *b_time = relay_case_summary_get_updated_at (b);

  if ((a_time == NULL) != (b_time == NULL))
    return FALSE;
  if (a_time != NULL && !g_date_time_equal (a_time, b_time))
    return FALSE;

  return g_str_equal (relay_case_summary_get_uuid (a), relay_case_summary_get_uuid (b)) &&
         g_str_equal (relay_case_summary_get_title (a), relay_case_summary_get_title (b)) &&
         g_str_equal (relay_case_summary_get_country (a), relay_case_summary_get_country (b)) &&
         relay_case_summary_get_kind (a) == relay_case_summary_get_kind (b) &&
         relay_case_summary_get_status (a) == relay_case_summary_get_status (b);
}

/* Reloads the list of cases, and replaces only the run of rows that changed,
 * so a list view keeps its scroll position and most of its rows.
 */
static gboolean
reload_cases (RelayStore  *self,
              GError     **error)
{
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RelayCachedStatement) stmt = NULL;
  GListModel *model = G_LIST_MODEL (self->cases);
  guint n_old, n_new, prefix, suffix;

  if (!(stmt = _relay_store_get_statement (self, STMT_LIST_CASES, RELAY_STORE_OP_LIST, error)) ||
      !_relay_store_read_summaries (self, stmt, RELAY_STORE_OP_LIST, fresh, error))
    return FALSE;

  n_old = g_list_model_get_n_items (model);
  n_new = fresh->len;

  for (prefix = 0; prefix < MIN (n_old, n_new); prefix++)
    {
      g_autoptr(RelayCaseSummary) old = g_list_model_get_item (model, prefix);

      if (!summaries_equal (old, g_ptr_array_index (fresh, prefix)))
        break;
    }

  for (suffix = 0; suffix < MIN (n_old, n_new) - prefix; suffix++)
    {
      g_autoptr(RelayCaseSummary) old = g_list_model_get_item (model, n_old - 1 - suffix);

      if (!summaries_equal (old, g_ptr_array_index (fresh, n_new - 1 - suffix)))
        break;
    }

  if (prefix + suffix == n_old && n_old == n_new)
    return TRUE;

  g_list_store_splice (self->cases,
                       prefix,
                       n_old - prefix - suffix,
                       fresh->pdata + prefix,
                       n_new - prefix - suffix);

  return TRUE;
}

void
_relay_store_refresh_cases (RelayStore *self)
{
  g_autoptr(GError) error = NULL;

  /* The change itself is committed; a list that could not be read is
   * read again after the next change.
   */
  if (!reload_cases (self, &error))
    g_debug ("Could not reload the list of cases: %s", error->message);
}


/*
 * Searching
 */

static gboolean
has_word_character (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        return TRUE;
    }

  return FALSE;
}

static void
append_term (GString    *query,
             const char *start,
             const char *end)
{
  g_autofree char *word = g_strndup (start, end - start);

  if (!has_word_character (word))
    return;

  if (query->len > 0)
    g_string_append (query, " AND ");

  /* A quoted string is always a phrase for FTS5, whatever it holds
   * (NEAR, AND, *, parentheses...); quotes inside are doubled.
   */
  g_string_append_c (query, '"');
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *p);
    }
  g_string_append (query, "\"*");
}

/* Turns what the user typed into an FTS5 query: each word becomes a quoted
 * prefix term, and all of them must match. Returns NULL when there is no
 * word to look for.
 */
static char *
build_match_query (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;
  GString *query;
  const char *word_start = NULL;
  const char *p;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_NFC);
  if (normalized == NULL)
    return NULL;

  query = g_string_new (NULL);

  for (p = normalized; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          if (word_start != NULL)
            append_term (query, word_start, p);
          word_start = NULL;
        }
      else if (word_start == NULL)
        {
          word_start = p;
        }
    }

  if (word_start != NULL)
    append_term (query, word_start, p);

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
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

  if (self->cases != NULL)
    g_list_store_remove_all (self->cases);

  G_OBJECT_CLASS (relay_store_parent_class)->dispose (object);
}

static void
relay_store_finalize (GObject *object)
{
  RelayStore *self = (RelayStore *)object;

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
}

static void
relay_store_init (RelayStore *self)
{
  self->cases = g_list_store_new (RELAY_TYPE_CASE_SUMMARY);
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
 * relay_store_search:
 * @self: a #RelayStore
 * @text: (nullable): what the user typed
 * @error: return location for a #GError in %RELAY_STORE_ERROR
 *
 * Finds the cases whose title, account of what happened, context, victims or
 * perpetrators contain every word of @text, or a word starting with it.
 * Case and accents do not matter: "perez" finds "Pérez". Any text is safe to
 * pass: it is never read as query syntax. Text with no words gives all cases.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #RelayCaseSummary,
 *   best match first, or %NULL with @error set
 */
GListModel *
relay_store_search (RelayStore  *self,
                    const char  *text,
                    GError     **error)
{
  g_autoptr(GListStore) results = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RelayCachedStatement) stmt = NULL;
  g_autofree char *query = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  query = build_match_query (text);

  if (query == NULL)
    {
      stmt = _relay_store_get_statement (self, STMT_LIST_CASES, RELAY_STORE_OP_SEARCH, error);
      if (stmt == NULL)
        return NULL;
    }
  else
    {
      if (!(stmt = _relay_store_get_statement (self, STMT_SEARCH, RELAY_STORE_OP_SEARCH, error)) ||
          !_relay_store_check_bind (self, sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC),
                                    RELAY_STORE_OP_SEARCH, error))
        return NULL;
    }

  if (!_relay_store_read_summaries (self, stmt, RELAY_STORE_OP_SEARCH, found, error))
    return NULL;

  results = g_list_store_new (RELAY_TYPE_CASE_SUMMARY);
  g_list_store_splice (results, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (g_steal_pointer (&results));
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

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELAY_IS_CASE (kase), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = now_to_the_second ();

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", RELAY_STORE_OP_SAVE, error))
    return FALSE;

  if (!_relay_store_write_case (self, kase, now, &created_at, error))
    goto failed;

  if (!_relay_store_exec (self, "COMMIT", RELAY_STORE_OP_SAVE, error))
    goto failed;

  g_debug ("Saved a case");

  /* Only now that the change is on disk does the object change. */
  g_object_freeze_notify (G_OBJECT (kase));
  relay_case_set_created_at (kase, created_at);
  relay_case_set_updated_at (kase, now);
  g_object_thaw_notify (G_OBJECT (kase));

  _relay_store_refresh_cases (self);

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
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_relay_store_exec (self, "BEGIN IMMEDIATE", RELAY_STORE_OP_DELETE, error))
    return FALSE;

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

  _relay_store_refresh_cases (self);

  return TRUE;

failed:
  _relay_store_rollback (self);
  return FALSE;
}

