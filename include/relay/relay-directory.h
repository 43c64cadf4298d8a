/* relay-directory.h
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

#include <gio/gio.h>

#include "relay-mandate.h"
#include "relay-store.h"

G_BEGIN_DECLS

#define RELAY_DIRECTORY_ERROR (relay_directory_error_quark ())

typedef enum
{
  RELAY_DIRECTORY_ERROR_INVALID,
  RELAY_DIRECTORY_ERROR_TOO_NEW,
  RELAY_DIRECTORY_ERROR_INVALID_EMAIL,
  RELAY_DIRECTORY_ERROR_FAILED,
  RELAY_DIRECTORY_ERROR_NOT_FOUND,
} RelayDirectoryError;

GQuark relay_directory_error_quark (void);

/* The newest directory format this build reads. */
#define RELAY_DIRECTORY_FORMAT 1

/* Where the bundled copy lives in the application's GResource. */
#define RELAY_DIRECTORY_RESOURCE_PATH "/io/github/relayhr/Relay/directory/mandates.json"

#define RELAY_TYPE_DIRECTORY (relay_directory_get_type ())

G_DECLARE_FINAL_TYPE (RelayDirectory, relay_directory, RELAY, DIRECTORY, GObject)

RelayDirectory *relay_directory_new                         (void);
gboolean        relay_directory_load_bytes                  (RelayDirectory  *self,
                                                             GBytes          *bytes,
                                                             GError         **error);
gboolean        relay_directory_load_file                   (RelayDirectory  *self,
                                                             GFile           *file,
                                                             GError         **error);
gboolean        relay_directory_load_default                (RelayDirectory  *self,
                                                             GError         **error);
char           *relay_directory_get_user_path               (void);
gboolean        relay_directory_is_bundled                  (RelayDirectory  *self);
const char     *relay_directory_get_data_date               (RelayDirectory  *self);
const char     *relay_directory_get_urgent_action_email     (RelayDirectory  *self);
const char     *relay_directory_get_reprisals_email         (RelayDirectory  *self);
const char     *relay_directory_get_online_questionnaire    (RelayDirectory  *self);
const char     *relay_directory_get_communications_database (RelayDirectory  *self);
RelayMandate   *relay_directory_lookup                      (RelayDirectory  *self,
                                                             const char      *id);
RelayStore     *relay_directory_get_store                   (RelayDirectory  *self);
void            relay_directory_set_store                   (RelayDirectory  *self,
                                                             RelayStore      *store);
gboolean        relay_directory_set_local_email             (RelayDirectory  *self,
                                                             const char      *mandate_id,
                                                             const char      *email,
                                                             GError         **error);

gboolean        relay_email_is_valid                        (const char      *address);

/* Changes between two directories (relay-directory-changes.c) */

typedef struct _RelayDirectoryChanges RelayDirectoryChanges;

#define RELAY_TYPE_DIRECTORY_CHANGES (relay_directory_changes_get_type ())

GType                  relay_directory_changes_get_type            (void) G_GNUC_CONST;
RelayDirectoryChanges *relay_directory_compare                     (RelayDirectory        *old_dir,
                                                                    RelayDirectory        *new_dir);
RelayDirectoryChanges *relay_directory_changes_copy                (RelayDirectoryChanges *self);
void                   relay_directory_changes_free                (RelayDirectoryChanges *self);
guint                  relay_directory_changes_get_n_added         (RelayDirectoryChanges *self);
guint                  relay_directory_changes_get_n_removed       (RelayDirectoryChanges *self);
guint                  relay_directory_changes_get_n_email_changed (RelayDirectoryChanges *self);
guint                  relay_directory_changes_get_n_other_changed (RelayDirectoryChanges *self);
gboolean               relay_directory_changes_is_empty            (RelayDirectoryChanges *self);
char                  *relay_directory_changes_dup_summary         (RelayDirectoryChanges *self);
char                  *relay_directory_changes_dup_details         (RelayDirectoryChanges *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelayDirectoryChanges, relay_directory_changes_free)

G_END_DECLS
