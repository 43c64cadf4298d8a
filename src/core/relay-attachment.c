/* relay-attachment.c
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

#define G_LOG_DOMAIN "relay-attachment"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-attachment.h"
#include "relay-core-private.h"

/* A file that goes with a case, such as the text of a law and its
 * translation. The content never changes once the attachment exists; its
 * size and SHA-256 are derived from it. The rest describes the file and may
 * be edited.
 */

#define DEFAULT_MIME_TYPE "application/octet-stream"

struct _RelayAttachment
{
  GObject parent_instance;

  char      *file_name;
  char      *mime_type;
  char      *sha256;
  char      *translation_note;
  GDateTime *added_at;

  /* Owned References */
  GBytes    *bytes;
};

G_DEFINE_FINAL_TYPE (RelayAttachment, relay_attachment, G_TYPE_OBJECT)

/**
 * relay_attachment_error_quark:
 *
 * The error domain of relay_attachment_new_from_file().
 *
 * Returns: the quark of %RELAY_ATTACHMENT_ERROR
 */
G_DEFINE_QUARK (relay-attachment-error-quark, relay_attachment_error)

enum {
  PROP_0,
  PROP_FILE_NAME,
  PROP_MIME_TYPE,
  PROP_BYTES,
  PROP_SIZE,
  PROP_SHA256,
  PROP_TRANSLATION_NOTE,
  PROP_ADDED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_attachment_constructed (GObject *object)
{
  RelayAttachment *self = (RelayAttachment *)object;

  G_OBJECT_CLASS (relay_attachment_parent_class)->constructed (object);

  if (self->bytes == NULL)
    self->bytes = g_bytes_new (NULL, 0);

  self->sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, self->bytes);
}

static void
relay_attachment_finalize (GObject *object)
{
  RelayAttachment *self = (RelayAttachment *)object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->mime_type, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->translation_note, g_free);
  g_clear_pointer (&self->added_at, g_date_time_unref);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (relay_attachment_parent_class)->finalize (object);
}

static void
relay_attachment_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelayAttachment *self = RELAY_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, relay_attachment_get_file_name (self));
      break;

    case PROP_MIME_TYPE:
      g_value_set_string (value, relay_attachment_get_mime_type (self));
      break;

    case PROP_BYTES:
      g_value_set_boxed (value, relay_attachment_get_bytes (self));
      break;

    case PROP_SIZE:
      g_value_set_uint64 (value, relay_attachment_get_size (self));
      break;

    case PROP_SHA256:
      g_value_set_string (value, relay_attachment_get_sha256 (self));
      break;

    case PROP_TRANSLATION_NOTE:
      g_value_set_string (value, relay_attachment_get_translation_note (self));
      break;

    case PROP_ADDED_AT:
      g_value_set_boxed (value, relay_attachment_get_added_at (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_attachment_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RelayAttachment *self = RELAY_ATTACHMENT (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      relay_attachment_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_MIME_TYPE:
      relay_attachment_set_mime_type (self, g_value_get_string (value));
      break;

    case PROP_BYTES:
      g_assert (self->bytes == NULL);
      self->bytes = g_value_dup_boxed (value);
      break;

    case PROP_TRANSLATION_NOTE:
      relay_attachment_set_translation_note (self, g_value_get_string (value));
      break;

    case PROP_ADDED_AT:
      relay_attachment_set_added_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_attachment_class_init (RelayAttachmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = relay_attachment_constructed;
  object_class->finalize = relay_attachment_finalize;
  object_class->get_property = relay_attachment_get_property;
  object_class->set_property = relay_attachment_set_property;

  /**
   * RelayAttachment:file-name:
   *
   * The name of the file, as the recipients will see it, without a folder.
   */
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAttachment:mime-type:
   *
   * The MIME type of the content, such as "application/pdf";
   * "application/octet-stream" when it is not known.
   */
  properties[PROP_MIME_TYPE] =
    g_param_spec_string ("mime-type", NULL, NULL,
                         DEFAULT_MIME_TYPE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAttachment:bytes:
   *
   * The content of the file. It is set when the attachment is made and
   * never changes.
   */
  properties[PROP_BYTES] =
    g_param_spec_boxed ("bytes", NULL, NULL,
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RelayAttachment:size:
   *
   * The size of the content, in bytes.
   */
  properties[PROP_SIZE] =
    g_param_spec_uint64 ("size", NULL, NULL,
                         0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAttachment:sha256:
   *
   * The SHA-256 checksum of the content, in lowercase hexadecimal.
   */
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAttachment:translation-note:
   *
   * A note for the recipients about the language of the file, such as
   * "Unofficial English translation attached"; "" for none.
   */
  properties[PROP_TRANSLATION_NOTE] =
    g_param_spec_string ("translation-note", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayAttachment:added-at:
   *
   * When the file was attached, in UTC and to the second.
   */
  properties[PROP_ADDED_AT] =
    g_param_spec_boxed ("added-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_attachment_init (RelayAttachment *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  self->file_name = g_strdup ("");
  self->mime_type = g_strdup (DEFAULT_MIME_TYPE);
  self->translation_note = g_strdup ("");
  _relay_set_date_time (&self->added_at, now);
}

/**
 * relay_attachment_new_from_bytes:
 * @file_name: the name of the file, without a folder
 * @mime_type: (nullable): its MIME type; %NULL or "" for
 *   "application/octet-stream"
 * @bytes: the content
 *
 * Creates an attachment holding @bytes, added now. No size limit applies
 * here: callers that take files from the user should use
 * relay_attachment_new_from_file().
 *
 * Returns: (transfer full): a new #RelayAttachment
 */
RelayAttachment *
relay_attachment_new_from_bytes (const char *file_name,
                                 const char *mime_type,
                                 GBytes     *bytes)
{
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  return g_object_new (RELAY_TYPE_ATTACHMENT,
                       "file-name", file_name,
                       "mime-type", mime_type,
                       "bytes", bytes,
                       NULL);
}

/* The name of @file as the user knows it, for messages and as the file name
 * of the attachment.
 */
static char *
dup_display_name (GFile     *file,
                  GFileInfo *info)
{
  g_autofree char *basename = NULL;

  if (info != NULL &&
      g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME))
    return g_strdup (g_file_info_get_display_name (info));

  basename = g_file_get_basename (file);
  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

static void
set_cannot_read_error (GError     **error,
                       const char  *display_name)
{
  g_set_error (error, RELAY_ATTACHMENT_ERROR, RELAY_ATTACHMENT_ERROR_CANNOT_READ,
               /* Translators: %s is the name of a file */
               _("“%s” could not be read, so it was not attached. Check that the file "
                 "still exists and that you may open it, then try again."),
               display_name);
}

static void
set_too_large_error (GError     **error,
                     const char  *display_name,
                     guint64      size)
{
  g_autofree char *size_text = g_format_size (size);

  g_set_error (error, RELAY_ATTACHMENT_ERROR, RELAY_ATTACHMENT_ERROR_TOO_LARGE,
               /* Translators: the first %s is a file name, the second its size (“21.3 MB”) */
               _("“%s” is too large to attach (%s). Attach files up to 20 MB, or send "
                 "a link to the document instead."),
               display_name, size_text);
}

/* Keeps a cancellation as it is; anything else becomes our own message. */
static void
propagate_read_error (GError     **error,
                      GError      *local_error,
                      const char  *display_name)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, local_error);
      return;
    }

  g_debug ("Cannot read a file to attach: %s", local_error->message);
  g_error_free (local_error);
  set_cannot_read_error (error, display_name);
}

/**
 * relay_attachment_new_from_file:
 * @file: the file to attach
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads @file into a new attachment, named after the file, with a MIME
 * type guessed from its name and content. Files larger than
 * %RELAY_ATTACHMENT_MAX_SIZE are refused with
 * %RELAY_ATTACHMENT_ERROR_TOO_LARGE; files that cannot be read (missing,
 * not allowed, not a regular file) with %RELAY_ATTACHMENT_ERROR_CANNOT_READ.
 * The messages are meant for the user. This reads the whole file: call it
 * from a thread when it may be slow.
 *
 * Returns: (transfer full): a new #RelayAttachment, or %NULL with @error set
 */
RelayAttachment *
relay_attachment_new_from_file (GFile         *file,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *content_type = NULL;
  g_autofree char *mime_type = NULL;
  GError *local_error = NULL;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  display_name = dup_display_name (file, info);

  if (info == NULL)
    {
      propagate_read_error (error, local_error, display_name);
      return NULL;
    }

  /* A folder, a device or a pipe: reading it could block or never end. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_cannot_read_error (error, display_name);
      return NULL;
    }

  /* Refused before reading, so that a huge file costs nothing. */
  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      (guint64) g_file_info_get_size (info) > RELAY_ATTACHMENT_MAX_SIZE)
    {
      set_too_large_error (error, display_name, g_file_info_get_size (info));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (bytes == NULL)
    {
      propagate_read_error (error, local_error, display_name);
      return NULL;
    }

  /* The file may have grown since it was measured. */
  data = g_bytes_get_data (bytes, &length);
  if ((guint64) length > RELAY_ATTACHMENT_MAX_SIZE)
    {
      set_too_large_error (error, display_name, length);
      return NULL;
    }

  content_type = g_content_type_guess (display_name, data, length, NULL);
  if (content_type != NULL)
    mime_type = g_content_type_get_mime_type (content_type);

  return relay_attachment_new_from_bytes (display_name, mime_type, bytes);
}

/**
 * relay_attachment_get_bytes:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:bytes.
 *
 * Returns: (transfer none): the content of the file
 */
GBytes *
relay_attachment_get_bytes (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), NULL);

  return self->bytes;
}

/**
 * relay_attachment_get_size:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:size.
 *
 * Returns: the size of the content, in bytes
 */
guint64
relay_attachment_get_size (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), 0);

  return g_bytes_get_size (self->bytes);
}

/**
 * relay_attachment_get_sha256:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:sha256.
 *
 * Returns: (not nullable): the SHA-256 of the content, 64 lowercase
 *   hexadecimal digits
 */
const char *
relay_attachment_get_sha256 (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), NULL);

  return self->sha256;
}

/**
 * relay_attachment_get_file_name:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:file-name.
 *
 * Returns: (not nullable): the file name; never %NULL
 */
const char *
relay_attachment_get_file_name (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), NULL);

  return self->file_name;
}

/**
 * relay_attachment_set_file_name:
 * @self: a #RelayAttachment
 * @file_name: (nullable): the file name; %NULL is the same as ""
 *
 * Sets #RelayAttachment:file-name.
 */
void
relay_attachment_set_file_name (RelayAttachment *self,
                                const char      *file_name)
{
  g_return_if_fail (RELAY_IS_ATTACHMENT (self));

  if (_relay_set_string (&self->file_name, file_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_NAME]);
}

/**
 * relay_attachment_get_mime_type:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:mime-type.
 *
 * Returns: (not nullable): the MIME type; never %NULL or ""
 */
const char *
relay_attachment_get_mime_type (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), NULL);

  return self->mime_type;
}

/**
 * relay_attachment_set_mime_type:
 * @self: a #RelayAttachment
 * @mime_type: (nullable): the MIME type; %NULL or "" for
 *   "application/octet-stream"
 *
 * Sets #RelayAttachment:mime-type.
 */
void
relay_attachment_set_mime_type (RelayAttachment *self,
                                const char      *mime_type)
{
  g_return_if_fail (RELAY_IS_ATTACHMENT (self));

  if (mime_type == NULL || *mime_type == '\0')
    mime_type = DEFAULT_MIME_TYPE;

  if (_relay_set_string (&self->mime_type, mime_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIME_TYPE]);
}

/**
 * relay_attachment_get_translation_note:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:translation-note.
 *
 * Returns: (not nullable): the translation note; never %NULL
 */
const char *
relay_attachment_get_translation_note (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), NULL);

  return self->translation_note;
}

/**
 * relay_attachment_set_translation_note:
 * @self: a #RelayAttachment
 * @translation_note: (nullable): the translation note; %NULL is the same as ""
 *
 * Sets #RelayAttachment:translation-note.
 */
void
relay_attachment_set_translation_note (RelayAttachment *self,
                                       const char      *translation_note)
{
  g_return_if_fail (RELAY_IS_ATTACHMENT (self));

  if (_relay_set_string (&self->translation_note, translation_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSLATION_NOTE]);
}

/**
 * relay_attachment_get_added_at:
 * @self: a #RelayAttachment
 *
 * Gets #RelayAttachment:added-at.
 *
 * Returns: (nullable) (transfer none): when the file was attached, in UTC
 */
GDateTime *
relay_attachment_get_added_at (RelayAttachment *self)
{
  g_return_val_if_fail (RELAY_IS_ATTACHMENT (self), NULL);

  return self->added_at;
}

/**
 * relay_attachment_set_added_at:
 * @self: a #RelayAttachment
 * @added_at: (nullable): when the file was attached
 *
 * Sets #RelayAttachment:added-at. It is kept in UTC, to the second.
 */
void
relay_attachment_set_added_at (RelayAttachment *self,
                               GDateTime       *added_at)
{
  g_return_if_fail (RELAY_IS_ATTACHMENT (self));

  if (_relay_set_date_time (&self->added_at, added_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED_AT]);
}
