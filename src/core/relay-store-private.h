/* relay-store-private.h
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

#pragma once

#include <sqlite3.h>

#include "relay-case-list.h"
#include "relay-store.h"

G_BEGIN_DECLS

/* The newest schema this build knows. Each step of the migrations array in
 * relay-store-schema.c raises PRAGMA user_version by one.
 */
#define RELAY_STORE_SCHEMA_VERSION 7

/* PRAGMA application_id of a Relay database ("RLAY"). */
#define RELAY_STORE_APPLICATION_ID 0x524C4159

/* What the store was doing when something failed: it picks the message. */
typedef enum
{
  RELAY_STORE_OP_OPEN,
  RELAY_STORE_OP_LIST,
  RELAY_STORE_OP_SEARCH,
  RELAY_STORE_OP_LOAD,
  RELAY_STORE_OP_SAVE,
  RELAY_STORE_OP_DELETE,
  RELAY_STORE_OP_LOAD_MANDATE_EMAILS,
  RELAY_STORE_OP_SAVE_MANDATE_EMAIL,
  RELAY_STORE_OP_LOAD_EVENTS,
  RELAY_STORE_OP_SAVE_EVENT,
} RelayStoreOp;

/* The statements the store keeps prepared (SQL in relay-store-rows.c). */
typedef enum
{
  STMT_LIST_CASE_IDS,
  STMT_COUNT_CASES,
  STMT_SEARCH_IDS,
  STMT_SEARCH_IDS_NEWEST,
  STMT_SELECT_SUMMARY,
  STMT_FIND_CASE,
  STMT_NEXT_CHANGE_SEQ,
  STMT_INSERT_CASE,
  STMT_UPDATE_CASE,
  STMT_SELECT_CASE,
  STMT_DELETE_CASE,
  STMT_OPTIMIZE_FTS,
  STMT_DELETE_VICTIMS,
  STMT_INSERT_VICTIM,
  STMT_SELECT_VICTIMS,
  STMT_DELETE_PERPETRATORS,
  STMT_INSERT_PERPETRATOR,
  STMT_SELECT_PERPETRATORS,
  STMT_DELETE_INCIDENTS,
  STMT_INSERT_INCIDENT,
  STMT_SELECT_INCIDENTS,
  STMT_DELETE_SOURCES,
  STMT_INSERT_SOURCE,
  STMT_SELECT_SOURCES,
  STMT_DELETE_MANDATES,
  STMT_INSERT_MANDATE,
  STMT_SELECT_MANDATES,
  STMT_DELETE_TIMELINE,
  STMT_INSERT_TIMELINE_ENTRY,
  STMT_SELECT_TIMELINE,
  STMT_DELETE_ATTACHMENTS,
  STMT_INSERT_ATTACHMENT,
  STMT_SELECT_ATTACHMENTS,
  STMT_SELECT_ATTACHMENT_KEYS,
  STMT_SELECT_FTS_SOURCE,
  STMT_SELECT_FTS_ROW,
  STMT_DELETE_FTS_ROW,
  STMT_INSERT_FTS_ROW,
  STMT_SELECT_MANDATE_EMAILS,
  STMT_SET_MANDATE_EMAIL,
  STMT_DELETE_MANDATE_EMAIL,
  N_STATEMENTS
} StatementId;

/* RelayStore is split over several files: relay-store.c (the object, the
 * list of cases, search), relay-store-open.c (opening and checking the file),
 * relay-store-rows.c (reading and writing cases), relay-store-mandates.c (the
 * user's own mandate e-mail addresses), relay-store-schema.c (the migrations)
 * and relay-error.c (the messages).
 */
struct _RelayStore
{
  GObject parent_instance;

  char *path;
  int schema_version;

  /* Owned References */
  sqlite3 *db;
  sqlite3_stmt *statements[N_STATEMENTS];
  RelayCaseList *cases;

  /* The next checkpoint of the write-ahead log, on a worker. */
  guint checkpoint_id;
  gboolean checkpointing;

  /* The read-only connection of searches on a worker, opened by the first
   * and used by one at a time (relay-store-search.c). */
  GMutex search_lock;
  sqlite3 *search_db;
  sqlite3_stmt *search_statements[3];

  /* The search results alive, followed as cases change (not owned). */
  GPtrArray *results;
};

/* A cached statement, reset and unbound when it goes out of scope. */
typedef sqlite3_stmt RelayCachedStatement;

static inline void
_relay_cached_statement_release (RelayCachedStatement *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayCachedStatement, _relay_cached_statement_release)

/* relay-error.c */
void           _relay_store_set_sqlite_error    (GError              **error,
                                                 sqlite3              *db,
                                                 int                   rc,
                                                 RelayStoreOp          op,
                                                 const char           *path);
void           _relay_store_set_not_found_error (GError              **error);
void           _relay_store_set_too_new_error   (GError              **error);
void           _relay_store_set_corrupt_error   (GError              **error,
                                                 const char           *path);
void           _relay_store_set_not_relay_error (GError              **error,
                                                 const char           *path);
void           _relay_store_set_file_error      (GError              **error,
                                                 int                   saved_errno,
                                                 const char           *path,
                                                 gboolean              is_folder);

static inline void
_relay_store_set_db_error (RelayStore    *self,
                           GError       **error,
                           int            rc,
                           RelayStoreOp   op)
{
  _relay_store_set_sqlite_error (error, self->db, rc, op, self->path);
}

/* relay-store.c */
void           _relay_store_schedule_checkpoint (RelayStore           *self);
void           _relay_store_case_saved          (RelayStore           *self,
                                                 RelayCase            *kase,
                                                 gint64                case_id);

/* relay-store-open.c */
gboolean       _relay_store_open                (RelayStore           *self,
                                                 GError              **error);

/* relay-store-schema.c */
gboolean       _relay_store_migrate             (sqlite3              *db,
                                                 const char           *path,
                                                 GError              **error);
int            _relay_store_read_int_pragma     (sqlite3              *db,
                                                 const char           *sql,
                                                 int                  *value);

/* relay-store-rows.c */
sqlite3_stmt  *_relay_store_get_statement       (RelayStore           *self,
                                                 StatementId           id,
                                                 RelayStoreOp          op,
                                                 GError              **error);
gboolean       _relay_store_check_bind          (RelayStore           *self,
                                                 int                   rc,
                                                 RelayStoreOp          op,
                                                 GError              **error);
gboolean       _relay_store_step_done           (RelayStore           *self,
                                                 sqlite3_stmt         *stmt,
                                                 RelayStoreOp          op,
                                                 GError              **error);
gboolean       _relay_store_exec                (RelayStore           *self,
                                                 const char           *sql,
                                                 RelayStoreOp          op,
                                                 GError              **error);
void           _relay_store_rollback            (RelayStore           *self);
gboolean       _relay_store_read_ids            (RelayStore           *self,
                                                 sqlite3_stmt         *stmt,
                                                 RelayStoreOp          op,
                                                 GArray               *ids,
                                                 GError              **error);
const char    *_relay_store_get_statement_sql   (StatementId           id);
void           _relay_store_close_searcher      (RelayStore           *self);
void           _relay_store_forget_results      (RelayStore           *self);
void           _relay_store_update_results      (RelayStore           *self,
                                                 gint64                case_id,
                                                 gboolean              removed);
RelayCaseSummary *_relay_store_read_summary     (gint64                id,
                                                 gpointer              store);
gboolean       _relay_store_write_case          (RelayStore           *self,
                                                 RelayCase            *kase,
                                                 GDateTime            *now,
                                                 GDateTime           **created_at,
                                                 gint64               *case_id,
                                                 GError              **error);
RelayCase     *_relay_store_read_case           (RelayStore           *self,
                                                 const char           *uuid,
                                                 GError              **error);

G_END_DECLS
