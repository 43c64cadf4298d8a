/* relay-store-search.c
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

/* Full-text search of the cases: what the user typed becomes an FTS5 query,
 * run either on the store's own connection (relay_store_search()) or, so
 * that typing never waits for it, on a worker with a read-only connection
 * of its own (relay_store_search_async()). Both give the ids of the cases
 * found; their rows are read when a list shows them.
 */

/* The statements of the worker's connection, in search_statements[]. */
enum {
  SEARCH_ALL,
  SEARCH_NEWEST,
  SEARCH_RANKED,
};

/* The progress handler runs every this many steps of SQLite's machine, so
 * that a cancelled search stops at once. */
#define PROGRESS_STEPS 1000

/*
 * Queries
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

  /* A single letter says little and, as a prefix, would make the search
   * read every word that starts with it: the search starts at two. */
  if (!has_word_character (word) || g_utf8_strlen (word, -1) < 2)
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

/* Reads the ids a statement gives; returns SQLITE_DONE or an error code. */
static int
read_ids (sqlite3_stmt *stmt,
          GArray       *ids)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  return rc;
}

/* Finds the ids of the cases that match @query (all of them, newest change
 * first, when @query is %NULL), with the statements of one connection.
 * Returns SQLITE_DONE or an error code; the caller resets the statements.
 */
static int
find_ids (sqlite3_stmt *all,
          sqlite3_stmt *newest,
          sqlite3_stmt *ranked,
          const char   *query,
          GArray       *ids)
{
  int rc;

  if (query == NULL)
    return read_ids (all, ids);

  /* The newest matches first, one more than will be shown: if that is all
   * there is, they are read again, best match first. */
  if ((rc = sqlite3_bind_text (newest, 1, query, -1, SQLITE_STATIC)) != SQLITE_OK ||
      (rc = sqlite3_bind_int (newest, 2, RELAY_STORE_MAX_SEARCH_RESULTS + 1)) != SQLITE_OK ||
      (rc = read_ids (newest, ids)) != SQLITE_DONE)
    return rc;

  if (ids->len > RELAY_STORE_MAX_SEARCH_RESULTS)
    {
      g_array_set_size (ids, RELAY_STORE_MAX_SEARCH_RESULTS);
      return SQLITE_DONE;
    }

  if (ids->len == 0)
    return SQLITE_DONE;

  g_array_set_size (ids, 0);
  if ((rc = sqlite3_bind_text (ranked, 1, query, -1, SQLITE_STATIC)) != SQLITE_OK)
    return rc;

  return read_ids (ranked, ids);
}

static void
results_gone_cb (gpointer  data,
                 GObject  *where_the_object_was)
{
  RelayStore *self = data;

  g_ptr_array_remove_fast (self->results, where_the_object_was);
}

/* The results read their rows when shown, and keep the store alive. The
 * store follows them while they live: a case saved is read again in
 * place, a case deleted leaves them. */
static GListModel *
new_results (RelayStore *self,
             GArray     *ids)
{
  RelayCaseList *results;

  results = _relay_case_list_new (_relay_store_read_summary, g_object_ref (self), g_object_unref);
  _relay_case_list_set_ids (results, ids);

  if (self->results == NULL)
    self->results = g_ptr_array_new ();
  g_ptr_array_add (self->results, results);
  g_object_weak_ref (G_OBJECT (results), results_gone_cb, self);

  return G_LIST_MODEL (results);
}

/* Called by the store: a case was saved (@removed FALSE) or deleted. */
void
_relay_store_update_results (RelayStore *self,
                             gint64      case_id,
                             gboolean    removed)
{
  if (self->results == NULL)
    return;

  for (guint i = 0; i < self->results->len; i++)
    {
      RelayCaseList *results = g_ptr_array_index (self->results, i);

      if (removed)
        _relay_case_list_remove (results, case_id);
      else
        _relay_case_list_refresh (results, case_id);
    }
}

/* The store goes: results that outlive it stop telling it. They hold a
 * reference to it, so this happens only once none is left. */
void
_relay_store_forget_results (RelayStore *self)
{
  g_clear_pointer (&self->results, g_ptr_array_unref);
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
 * pass: it is never read as query syntax. Words of one letter are left out,
 * and text with no other words gives all cases.
 *
 * The results are best match first. When more than
 * %RELAY_STORE_MAX_SEARCH_RESULTS cases match (a word found in most of
 * them), they are the most recently created %RELAY_STORE_MAX_SEARCH_RESULTS
 * cases that match, newest first: a list that holds exactly that many rows
 * may have left some out. Rows are read when a list shows them.
 *
 * This runs on the calling thread; relay_store_search_async() runs the same
 * search on a worker.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #RelayCaseSummary,
 *   or %NULL with @error set
 */
GListModel *
relay_store_search (RelayStore  *self,
                    const char  *text,
                    GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RelayCachedStatement) all = NULL;
  g_autoptr(RelayCachedStatement) newest = NULL;
  g_autoptr(RelayCachedStatement) ranked = NULL;
  g_autofree char *query = NULL;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  query = build_match_query (text);

  if (!(all = _relay_store_get_statement (self, STMT_LIST_CASE_IDS, RELAY_STORE_OP_SEARCH, error)) ||
      !(newest = _relay_store_get_statement (self, STMT_SEARCH_IDS_NEWEST, RELAY_STORE_OP_SEARCH, error)) ||
      !(ranked = _relay_store_get_statement (self, STMT_SEARCH_IDS, RELAY_STORE_OP_SEARCH, error)))
    return NULL;

  rc = find_ids (all, newest, ranked, query, ids);
  if (rc != SQLITE_DONE)
    {
      _relay_store_set_db_error (self, error, rc, RELAY_STORE_OP_SEARCH);
      return NULL;
    }

  return new_results (self, ids);
}

/*
 * On a worker
 */

static int
progress_cb (gpointer data)
{
  GCancellable *cancellable = data;

  /* Non-zero stops the statement with SQLITE_INTERRUPT. */
  return g_cancellable_is_cancelled (cancellable);
}

/* Opens the worker's connection; the caller holds search_lock. */
static int
open_searcher (RelayStore *self)
{
  static const StatementId ids[] = {
    [SEARCH_ALL] = STMT_LIST_CASE_IDS,
    [SEARCH_NEWEST] = STMT_SEARCH_IDS_NEWEST,
    [SEARCH_RANKED] = STMT_SEARCH_IDS,
  };
  int rc;

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == G_N_ELEMENTS (((RelayStore *) NULL)->search_statements));

  if (self->search_db != NULL)
    return SQLITE_OK;

  rc = sqlite3_open_v2 (self->path, &self->search_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (self->search_db, 1);
      sqlite3_busy_timeout (self->search_db, 2000);
    }

  for (guint i = 0; rc == SQLITE_OK && i < G_N_ELEMENTS (ids); i++)
    rc = sqlite3_prepare_v3 (self->search_db, _relay_store_get_statement_sql (ids[i]), -1,
                             SQLITE_PREPARE_PERSISTENT, &self->search_statements[i], NULL);

  return rc;
}

static void
search_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  RelayStore *self = RELAY_STORE (source_object);
  const char *query = task_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gboolean opened;
  int rc;

  if (g_task_return_error_if_cancelled (task))
    return;

  g_mutex_lock (&self->search_lock);

  rc = open_searcher (self);
  opened = rc == SQLITE_OK;
  if (opened)
    {
      if (cancellable != NULL)
        sqlite3_progress_handler (self->search_db, PROGRESS_STEPS, progress_cb, cancellable);

      rc = find_ids (self->search_statements[SEARCH_ALL],
                     self->search_statements[SEARCH_NEWEST],
                     self->search_statements[SEARCH_RANKED],
                     query, ids);

      sqlite3_progress_handler (self->search_db, 0, NULL, NULL);
    }

  if (rc != SQLITE_DONE && !g_cancellable_is_cancelled (cancellable))
    _relay_store_set_sqlite_error (&error, self->search_db, rc, RELAY_STORE_OP_SEARCH, self->path);

  for (guint i = 0; i < G_N_ELEMENTS (self->search_statements); i++)
    {
      if (self->search_statements[i] != NULL)
        {
          sqlite3_reset (self->search_statements[i]);
          sqlite3_clear_bindings (self->search_statements[i]);
        }
    }

  /* A connection that could not be opened is tried again next time. */
  if (!opened)
    _relay_store_close_searcher (self);

  g_mutex_unlock (&self->search_lock);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
}

/* Closes the worker's connection: when the store goes, or when it could not
 * be opened. */
void
_relay_store_close_searcher (RelayStore *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->search_statements); i++)
    g_clear_pointer (&self->search_statements[i], sqlite3_finalize);

  if (self->search_db != NULL)
    {
      int rc = sqlite3_close (self->search_db);

      if (rc != SQLITE_OK)
        g_debug ("Closing the search connection failed: %d (%s)", rc, sqlite3_errstr (rc));
      self->search_db = NULL;
    }
}

/**
 * relay_store_search_async:
 * @self: a #RelayStore
 * @text: (nullable): what the user typed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Runs the search of relay_store_search() on a worker, with a read-only
 * connection of its own, so that the interface does not wait for it. It
 * sees every change committed before it starts. Searches run one at a time;
 * cancelling one stops it at once.
 */
void
relay_store_search_async (RelayStore          *self,
                          const char          *text,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RELAY_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, relay_store_search_async);
  g_task_set_name (task, "[relay] search");
  g_task_set_task_data (task, build_match_query (text), g_free);
  g_task_run_in_thread (task, search_in_thread);
}

/**
 * relay_store_search_finish:
 * @self: a #RelayStore
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError in %RELAY_STORE_ERROR, or
 *   %G_IO_ERROR_CANCELLED
 *
 * Returns: (transfer full) (nullable): a #GListModel of #RelayCaseSummary
 *   as relay_store_search() gives, or %NULL with @error set
 */
GListModel *
relay_store_search_finish (RelayStore    *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_autoptr(GArray) ids = NULL;

  g_return_val_if_fail (RELAY_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == relay_store_search_async, NULL);

  ids = g_task_propagate_pointer (G_TASK (result), error);
  if (ids == NULL)
    return NULL;

  return new_results (self, ids);
}

/**
 * relay_store_same_results:
 * @a: a #GListModel from relay_store_search() or relay_store_search_finish()
 * @b: another
 *
 * Tells whether two searches found the same cases in the same order, as
 * when a search is made again after a save that did not change what it
 * finds: a list that shows @a can keep showing it (it follows the cases'
 * changes by itself).
 *
 * Returns: %TRUE if @a and @b hold the same cases in the same order
 */
gboolean
relay_store_same_results (GListModel *a,
                          GListModel *b)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (a), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (b), FALSE);

  if (!RELAY_IS_CASE_LIST (a) || !RELAY_IS_CASE_LIST (b))
    return FALSE;

  return _relay_case_list_same_ids (RELAY_CASE_LIST (a), RELAY_CASE_LIST (b));
}

/**
 * relay_store_find_case:
 * @self: a #RelayStore
 * @cases: the list of relay_store_get_cases(), or results of a search of @self
 * @uuid: the unique id of a case
 *
 * Finds where a case is in a list of @self without reading the list's
 * rows (a list of 100,000 cases would read them all).
 *
 * Returns: the position of the case in @cases, or %G_MAXUINT when it is
 *   not there
 */
guint
relay_store_find_case (RelayStore *self,
                       GListModel *cases,
                       const char *uuid)
{
  g_autoptr(RelayCachedStatement) find = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  int rc;

  g_return_val_if_fail (RELAY_IS_STORE (self), G_MAXUINT);
  g_return_val_if_fail (RELAY_IS_CASE_LIST (cases), G_MAXUINT);
  g_return_val_if_fail (uuid != NULL, G_MAXUINT);

  if (!(find = _relay_store_get_statement (self, STMT_FIND_CASE, RELAY_STORE_OP_LIST, &error)) ||
      !_relay_store_check_bind (self, sqlite3_bind_text (find, 1, uuid, -1, SQLITE_STATIC),
                                RELAY_STORE_OP_LIST, &error))
    {
      g_debug ("Finding a case failed: %s", error->message);
      return G_MAXUINT;
    }

  rc = sqlite3_step (find);
  if (rc != SQLITE_ROW)
    {
      if (rc != SQLITE_DONE)
        g_debug ("Finding a case failed: %d (%s)", rc, sqlite3_errstr (rc));
      return G_MAXUINT;
    }
  id = sqlite3_column_int64 (find, 0);

  return _relay_case_list_find (RELAY_CASE_LIST (cases), id);
}
