/* test-attachment.c
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

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <relay/relay.h>

#include "relay-test-utils.h"

/* Content with NUL bytes and bytes that are not UTF-8. */
static const guint8 binary[] = { '%', 'P', 'D', 'F', 0x00, 0xff, 0xfe, 0x00, 0x80, '\n', 0x00 };

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
count_changed_cb (RelayCase *kase,
                  guint     *count)
{
  (*count)++;
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("relay-test-attachment-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

/* Size and checksum come from the content, whatever else is set. */
static void
test_derived (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (binary, sizeof binary);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  g_autoptr(RelayAttachment) attachment = NULL;
  g_autoptr(RelayAttachment) nothing = NULL;
  g_autofree char *expected = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  g_autofree char *expected_empty = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, empty);
  g_autofree char *sha256 = NULL;
  guint64 size = 0;

  attachment = relay_attachment_new_from_bytes ("draft-law-2026.pdf", "application/pdf", bytes);

  g_assert_true (relay_attachment_get_bytes (attachment) == bytes);
  g_assert_cmpuint (relay_attachment_get_size (attachment), ==, sizeof binary);
  g_assert_cmpstr (relay_attachment_get_sha256 (attachment), ==, expected);
  g_assert_cmpuint (strlen (relay_attachment_get_sha256 (attachment)), ==, 64);
  for (const char *p = relay_attachment_get_sha256 (attachment); *p != '\0'; p++)
    g_assert_true (g_ascii_isdigit (*p) || (*p >= 'a' && *p <= 'f'));

  g_object_get (attachment, "size", &size, "sha256", &sha256, NULL);
  g_assert_cmpuint (size, ==, sizeof binary);
  g_assert_cmpstr (sha256, ==, expected);

  g_assert_cmpstr (relay_attachment_get_file_name (attachment), ==, "draft-law-2026.pdf");
  g_assert_cmpstr (relay_attachment_get_mime_type (attachment), ==, "application/pdf");
  g_assert_cmpstr (relay_attachment_get_translation_note (attachment), ==, "");
  g_assert_nonnull (relay_attachment_get_added_at (attachment));

  /* An empty file is still a file; an unknown type is a byte stream. */
  nothing = relay_attachment_new_from_bytes ("empty", NULL, empty);
  g_assert_cmpuint (relay_attachment_get_size (nothing), ==, 0);
  g_assert_cmpstr (relay_attachment_get_sha256 (nothing), ==, expected_empty);
  g_assert_cmpstr (relay_attachment_get_mime_type (nothing), ==, "application/octet-stream");

  g_assert_finalize_object (g_steal_pointer (&attachment));
  g_assert_finalize_object (g_steal_pointer (&nothing));
}

/* Writable properties notify once on a change, never without one. */
static void
test_properties (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (binary, sizeof binary);
  g_autoptr(RelayAttachment) attachment = NULL;
  g_autoptr(GDateTime) added_at = g_date_time_new_utc (2026, 3, 14, 9, 30, 0);
  guint count = 0;

  attachment = relay_attachment_new_from_bytes ("law.pdf", "application/pdf", bytes);
  g_signal_connect (attachment, "notify", G_CALLBACK (count_notify_cb), &count);

  relay_attachment_set_translation_note (attachment, "Unofficial English translation attached");
  g_assert_cmpuint (count, ==, 1);
  relay_attachment_set_translation_note (attachment, "Unofficial English translation attached");
  g_assert_cmpuint (count, ==, 1);
  relay_attachment_set_translation_note (attachment, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (relay_attachment_get_translation_note (attachment), ==, "");

  relay_attachment_set_file_name (attachment, "ley.pdf");
  relay_attachment_set_file_name (attachment, "ley.pdf");
  g_assert_cmpuint (count, ==, 3);

  relay_attachment_set_mime_type (attachment, "application/pdf");
  g_assert_cmpuint (count, ==, 3);
  relay_attachment_set_mime_type (attachment, "");
  g_assert_cmpuint (count, ==, 4);
  g_assert_cmpstr (relay_attachment_get_mime_type (attachment), ==, "application/octet-stream");
  relay_attachment_set_mime_type (attachment, NULL);
  g_assert_cmpuint (count, ==, 4);

  relay_attachment_set_added_at (attachment, added_at);
  relay_attachment_set_added_at (attachment, added_at);
  g_assert_cmpuint (count, ==, 5);
  g_assert_true (g_date_time_equal (relay_attachment_get_added_at (attachment), added_at));

  /* Derived properties cannot be written. */
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (attachment),
                                                "size")->flags & G_PARAM_WRITABLE);
  g_assert_false (g_object_class_find_property (G_OBJECT_GET_CLASS (attachment),
                                                "sha256")->flags & G_PARAM_WRITABLE);
  g_assert_cmpuint (count, ==, 5);
}

static void
test_from_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "Ley de seguridad ciudadana.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) expected = g_bytes_new_static (binary, sizeof binary);
  g_autoptr(RelayAttachment) attachment = NULL;
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, expected);

  g_file_set_contents (path, (const char *) binary, sizeof binary, &error);
  g_assert_no_error (error);

  attachment = relay_attachment_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (RELAY_IS_ATTACHMENT (attachment));

  g_assert_cmpstr (relay_attachment_get_file_name (attachment), ==,
                   "Ley de seguridad ciudadana.pdf");
  g_assert_cmpstr (relay_attachment_get_mime_type (attachment), ==, "application/pdf");
  g_assert_cmpuint (relay_attachment_get_size (attachment), ==, sizeof binary);
  g_assert_cmpstr (relay_attachment_get_sha256 (attachment), ==, sha256);
  g_assert_true (g_bytes_equal (relay_attachment_get_bytes (attachment), expected));

  relay_test_remove_tree (dir);
}

/* Too large: refused from its size alone, with a message for people. */
static void
test_from_file_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "recording.mp4", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RelayAttachment) attachment = NULL;
  g_autofree char *size_text = g_format_size (21 * 1024 * 1024);
  int fd;

  /* Sparse: 21 MiB long, nothing written. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 21 * 1024 * 1024), ==, 0);
  g_assert_no_errno (close (fd));

  attachment = relay_attachment_new_from_file (file, NULL, &error);
  g_assert_null (attachment);
  g_assert_error (error, RELAY_ATTACHMENT_ERROR, RELAY_ATTACHMENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "“recording.mp4” is too large to attach"));
  g_assert_nonnull (strstr (error->message, size_text));
  g_assert_nonnull (strstr (error->message, "20 MB"));
  g_clear_error (&error);

  /* Exactly the limit is accepted. */
  fd = g_open (path, O_WRONLY | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, RELAY_ATTACHMENT_MAX_SIZE), ==, 0);
  g_assert_no_errno (close (fd));

  attachment = relay_attachment_new_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (relay_attachment_get_size (attachment), ==, RELAY_ATTACHMENT_MAX_SIZE);
  g_clear_object (&attachment);

  relay_test_remove_tree (dir);
}

static void
test_from_file_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.pdf", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(RelayAttachment) attachment = NULL;

  attachment = relay_attachment_new_from_file (missing, NULL, &error);
  g_assert_null (attachment);
  g_assert_error (error, RELAY_ATTACHMENT_ERROR, RELAY_ATTACHMENT_ERROR_CANNOT_READ);
  g_assert_nonnull (strstr (error->message, "“missing.pdf”"));
  g_clear_error (&error);

  /* A folder is not a file to attach. */
  attachment = relay_attachment_new_from_file (folder, NULL, &error);
  g_assert_null (attachment);
  g_assert_error (error, RELAY_ATTACHMENT_ERROR, RELAY_ATTACHMENT_ERROR_CANNOT_READ);
  g_clear_error (&error);

  /* A cancellation stays one, for the caller to ignore. */
  g_file_set_contents (path, "x", 1, &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  attachment = relay_attachment_new_from_file (missing, cancellable, &error);
  g_assert_null (attachment);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  relay_test_remove_tree (dir);
}

/* RelayCase::changed fires for the list and for edits of its items. */
static void
test_case_changed (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (binary, sizeof binary);
  g_autoptr(RelayAttachment) attachment = NULL;
  g_autoptr(GListModel) property = NULL;
  GListStore *attachments = relay_case_get_attachments (kase);
  guint count = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (attachments)) == RELAY_TYPE_ATTACHMENT);
  g_object_get (kase, "attachments", &property, NULL);
  g_assert_true (property == G_LIST_MODEL (attachments));

  attachment = relay_attachment_new_from_bytes ("draft-law-2026.pdf", "application/pdf", bytes);
  g_signal_connect (kase, "changed", G_CALLBACK (count_changed_cb), &count);

  g_list_store_append (attachments, attachment);
  g_assert_cmpuint (count, ==, 1);

  relay_attachment_set_translation_note (attachment, "Unofficial English translation attached");
  g_assert_cmpuint (count, ==, 2);
  relay_attachment_set_translation_note (attachment, "Unofficial English translation attached");
  g_assert_cmpuint (count, ==, 2);

  g_list_store_remove (attachments, 0);
  g_assert_cmpuint (count, ==, 3);

  /* Once removed, it is no longer part of the case. */
  relay_attachment_set_translation_note (attachment, "");
  g_assert_cmpuint (count, ==, 3);

  g_assert_finalize_object (g_steal_pointer (&kase));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("TZ", "UTC", TRUE);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    setlocale (LC_ALL, "C");

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/attachment/derived", test_derived);
  g_test_add_func ("/core/attachment/properties", test_properties);
  g_test_add_func ("/core/attachment/from-file", test_from_file);
  g_test_add_func ("/core/attachment/from-file/too-large", test_from_file_too_large);
  g_test_add_func ("/core/attachment/from-file/unreadable", test_from_file_unreadable);
  g_test_add_func ("/core/attachment/case-changed", test_case_changed);

  return g_test_run ();
}
