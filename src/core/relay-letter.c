/* relay-letter.c
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

#define G_LOG_DOMAIN "relay-letter"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-letter-private.h"

/**
 * RelayLetter:
 *
 * Renders a case into a submission to the Special Procedures, in English,
 * French or Spanish whatever the language of the user interface: a subject
 * line, a plain text (the e-mail body), the same text section by section
 * (to paste into the OHCHR online questionnaire), and a PDF.
 *
 * The sections answer the nine questions of the guide in its order, then
 * name the mandates addressed. What the source wants kept from the
 * Government (the source's identity, when #RelayCase:sender-confidential,
 * and #RelayCase:confidential-note) goes into a last section headed
 * "Confidential — not to be transmitted to the Government", and only there;
 * #RelayLetter:include-confidential leaves it out.
 *
 * A victim without consent to be named to the Government is never named in
 * any output, not even in the confidential part: the letter calls them
 * "Victim 2", or by their initials when they agreed to that, and removes
 * their name from the texts the user wrote (see relay-letter-names.c).
 *
 * The letter reads the case each time it is asked for something, so it
 * always reflects the case as it is now.
 */

struct _RelayLetter
{
  GObject parent_instance;

  /* Owned References */
  RelayCase      *kase;
  RelayDirectory *directory;
  GDateTime      *date;

  char           *language;
  guint           include_confidential : 1;
};

G_DEFINE_FINAL_TYPE (RelayLetter, relay_letter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE,
  PROP_DIRECTORY,
  PROP_LANGUAGE,
  PROP_INCLUDE_CONFIDENTIAL,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_BOXED_TYPE (RelayLetterSection, relay_letter_section,
                     relay_letter_section_copy, relay_letter_section_free)

/*
 * Private API for the other relay-letter files
 */

RelayLanguage
_relay_letter_get_language_index (RelayLetter *self)
{
  g_assert (RELAY_IS_LETTER (self));

  return _relay_language_from_code (self->language);
}

/* Returns: (nullable) (transfer none): the mandate, if the directory has it */
RelayMandate *
_relay_letter_lookup_mandate (RelayLetter *self,
                              const char  *mandate_id)
{
  g_assert (RELAY_IS_LETTER (self));

  if (self->directory == NULL || mandate_id == NULL)
    return NULL;

  return relay_directory_lookup (self->directory, mandate_id);
}

gboolean
_relay_letter_has_mandate (RelayLetter *self,
                           const char  *mandate_id)
{
  GListModel *model = G_LIST_MODEL (relay_case_get_mandates (self->kase));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RelayCaseMandate) cm = g_list_model_get_item (model, i);

      if (g_strcmp0 (relay_case_mandate_get_mandate_id (cm), mandate_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/*
 * GObject
 */

static void
relay_letter_dispose (GObject *object)
{
  RelayLetter *self = (RelayLetter *)object;

  g_clear_object (&self->kase);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (relay_letter_parent_class)->dispose (object);
}

static void
relay_letter_finalize (GObject *object)
{
  RelayLetter *self = (RelayLetter *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (relay_letter_parent_class)->finalize (object);
}

static void
relay_letter_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelayLetter *self = RELAY_LETTER (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_INCLUDE_CONFIDENTIAL:
      g_value_set_boolean (value, self->include_confidential);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_letter_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RelayLetter *self = RELAY_LETTER (object);

  switch (prop_id)
    {
    case PROP_CASE:
      self->kase = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_LANGUAGE:
      relay_letter_set_language (self, g_value_get_string (value));
      break;

    case PROP_INCLUDE_CONFIDENTIAL:
      relay_letter_set_include_confidential (self, g_value_get_boolean (value));
      break;

    case PROP_DATE:
      relay_letter_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_letter_class_init (RelayLetterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_letter_dispose;
  object_class->finalize = relay_letter_finalize;
  object_class->get_property = relay_letter_get_property;
  object_class->set_property = relay_letter_set_property;

  /**
   * RelayLetter:case:
   *
   * The case the letter renders.
   */
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         RELAY_TYPE_CASE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayLetter:directory:
   *
   * The directory that gives the mandates' titles and criteria, or %NULL:
   * mandates are then named by their ids.
   */
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         RELAY_TYPE_DIRECTORY,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayLetter:language:
   *
   * The language of the letter: "en", "fr" or "es". Any other value gives
   * English.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayLetter:include-confidential:
   *
   * Whether the letter ends with the confidential part (the source's
   * identity when it is confidential, and the confidential note).
   */
  properties[PROP_INCLUDE_CONFIDENTIAL] =
    g_param_spec_boolean ("include-confidential", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RelayLetter:date:
   *
   * The date the letter shows, or %NULL for today.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_letter_init (RelayLetter *self)
{
  self->language = g_strdup ("en");
  self->include_confidential = TRUE;
}

/*
 * Public API
 */

/**
 * relay_letter_new:
 * @kase: the case to render
 * @directory: (nullable): the directory of mandates
 * @language: (nullable): "en", "fr" or "es"; %NULL for the case's
 *   #RelayCase:language
 *
 * Returns: (transfer full): a new #RelayLetter
 */
RelayLetter *
relay_letter_new (RelayCase      *kase,
                  RelayDirectory *directory,
                  const char     *language)
{
  g_return_val_if_fail (RELAY_IS_CASE (kase), NULL);
  g_return_val_if_fail (directory == NULL || RELAY_IS_DIRECTORY (directory), NULL);

  if (language == NULL)
    language = relay_case_get_language (kase);

  return g_object_new (RELAY_TYPE_LETTER,
                       "case", kase,
                       "directory", directory,
                       "language", language,
                       NULL);
}

/**
 * relay_letter_get_case:
 * @self: a #RelayLetter
 *
 * Returns: (transfer none): the case
 */
RelayCase *
relay_letter_get_case (RelayLetter *self)
{
  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  return self->kase;
}

/**
 * relay_letter_get_directory:
 * @self: a #RelayLetter
 *
 * Returns: (transfer none) (nullable): the directory of mandates
 */
RelayDirectory *
relay_letter_get_directory (RelayLetter *self)
{
  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  return self->directory;
}

/**
 * relay_letter_get_language:
 * @self: a #RelayLetter
 *
 * Returns: the language of the letter: "en", "fr" or "es"
 */
const char *
relay_letter_get_language (RelayLetter *self)
{
  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  return self->language;
}

/**
 * relay_letter_set_language:
 * @self: a #RelayLetter
 * @language: (nullable): "en", "fr" or "es"; anything else gives "en"
 *
 * Sets #RelayLetter:language.
 */
void
relay_letter_set_language (RelayLetter *self,
                           const char  *language)
{
  const char *code;

  g_return_if_fail (RELAY_IS_LETTER (self));

  /* Never the UI language by accident: NULL means English here. */
  code = _relay_language_codes[_relay_language_from_code (language != NULL ? language : "en")];

  if (g_strcmp0 (self->language, code) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (code);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * relay_letter_get_include_confidential:
 * @self: a #RelayLetter
 *
 * Returns: whether the letter ends with the confidential part
 */
gboolean
relay_letter_get_include_confidential (RelayLetter *self)
{
  g_return_val_if_fail (RELAY_IS_LETTER (self), FALSE);

  return self->include_confidential;
}

/**
 * relay_letter_set_include_confidential:
 * @self: a #RelayLetter
 * @include_confidential: whether to end with the confidential part
 *
 * Sets #RelayLetter:include-confidential.
 */
void
relay_letter_set_include_confidential (RelayLetter *self,
                                       gboolean     include_confidential)
{
  g_return_if_fail (RELAY_IS_LETTER (self));

  include_confidential = !!include_confidential;

  if (self->include_confidential != include_confidential)
    {
      self->include_confidential = include_confidential;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_CONFIDENTIAL]);
    }
}

/**
 * relay_letter_get_date:
 * @self: a #RelayLetter
 *
 * Returns: (nullable) (transfer none): the date of the letter, or %NULL for
 *   today
 */
GDateTime *
relay_letter_get_date (RelayLetter *self)
{
  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  return self->date;
}

/**
 * relay_letter_set_date:
 * @self: a #RelayLetter
 * @date: (nullable): the date to show, or %NULL for today
 *
 * Sets #RelayLetter:date.
 */
void
relay_letter_set_date (RelayLetter *self,
                       GDateTime   *date)
{
  g_return_if_fail (RELAY_IS_LETTER (self));

  if (self->date == date || (self->date != NULL && date != NULL && g_date_time_equal (self->date, date)))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * relay_letter_dup_subject:
 * @self: a #RelayLetter
 *
 * Makes the subject line the guide advises: the kind and urgency, the
 * country and the mandates addressed, as in "URGENT APPEAL — Colombia — SR
 * on the situation of human rights defenders". It never holds a victim's
 * name, nor any other text the user wrote.
 *
 * Returns: (transfer full): the subject line
 */
char *
relay_letter_dup_subject (RelayLetter *self)
{
  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  return _relay_letter_build_subject (self);
}

/**
 * relay_letter_dup_sections:
 * @self: a #RelayLetter
 *
 * Gets the letter section by section, as the online questionnaire asks for
 * it: the nine questions, the mandates addressed and, last and only when
 * #RelayLetter:include-confidential is set and there is something
 * confidential, the confidential part.
 *
 * Returns: (transfer full) (element-type RelayLetterSection): the sections
 */
GPtrArray *
relay_letter_dup_sections (RelayLetter *self)
{
  g_autoptr(RelayLetterDocument) document = NULL;

  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  document = _relay_letter_build_document (self);

  return g_steal_pointer (&document->sections);
}

/**
 * relay_letter_dup_text:
 * @self: a #RelayLetter
 *
 * Gets the whole letter as plain text, for the body of an e-mail: a header
 * (subject, date, addressee, sender, country), a short introduction, then
 * each section under its heading.
 *
 * Returns: (transfer full): the text
 */
char *
relay_letter_dup_text (RelayLetter *self)
{
  g_autoptr(RelayLetterDocument) document = NULL;
  GString *out;

  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  document = _relay_letter_build_document (self);
  out = g_string_new (NULL);

  for (guint i = 0; i < document->header_lines->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (document->header_lines, i));

  for (guint i = 0; i < document->intro->len; i++)
    g_string_append_printf (out, "\n%s\n", (const char *) g_ptr_array_index (document->intro, i));

  for (guint i = 0; i < document->sections->len; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (document->sections, i);
      glong width = g_utf8_strlen (section->heading, -1);

      g_string_append_printf (out, "\n%s\n", section->heading);
      for (glong c = 0; c < width; c++)
        g_string_append_c (out, section->part == RELAY_LETTER_PART_CONFIDENTIAL ? '=' : '-');
      g_string_append_printf (out, "\n%s\n", section->text);
    }

  return g_string_free (out, FALSE);
}

/**
 * relay_letter_write_pdf:
 * @self: a #RelayLetter
 * @stream: where to write the PDF
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the letter as an A4 PDF document with selectable text, the date
 * and the sender (or "Confidential source") at the top of each page and
 * the page number at the bottom. @stream is not closed.
 *
 * Returns: %TRUE on success; on failure @error holds a message for the user
 */
gboolean
relay_letter_write_pdf (RelayLetter    *self,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(RelayLetterDocument) document = NULL;

  g_return_val_if_fail (RELAY_IS_LETTER (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  document = _relay_letter_build_document (self);

  return _relay_letter_document_write_pdf (document, stream, cancellable, error);
}

/**
 * relay_letter_save_pdf:
 * @self: a #RelayLetter
 * @file: where to save the PDF
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves the letter as a PDF file. The file is replaced only once the whole
 * document is written: a failure leaves any earlier file as it was.
 *
 * Returns: %TRUE on success; on failure @error holds a message for the user
 */
gboolean
relay_letter_save_pdf (RelayLetter   *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RELAY_IS_LETTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   /* Translators: %s is a file name, then the reason */
                   _("Could not save “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (!relay_letter_write_pdf (self, G_OUTPUT_STREAM (stream), cancellable, error))
    {
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      /* Closing with a cancelled cancellable drops the temporary file and
       * keeps whatever was there before.
       */
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not save “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * relay_letter_part_get_question:
 * @part: a part of the letter
 *
 * Returns: the number of the guide's question that @part answers (1 to 9),
 *   or 0 for the mandates and the confidential part
 */
guint
relay_letter_part_get_question (RelayLetterPart part)
{
  if (part <= RELAY_LETTER_PART_ACTION_REQUESTED)
    return (guint) part + 1;

  return 0;
}

/**
 * relay_letter_section_copy:
 * @self: a #RelayLetterSection
 *
 * Returns: (transfer full): a copy of @self
 */
RelayLetterSection *
relay_letter_section_copy (RelayLetterSection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return _relay_letter_section_new (self->part, self->heading, g_strdup (self->text));
}

/**
 * relay_letter_section_free:
 * @self: (nullable): a #RelayLetterSection
 *
 * Frees @self.
 */
void
relay_letter_section_free (RelayLetterSection *self)
{
  if (self == NULL)
    return;

  g_free (self->heading);
  g_free (self->text);
  g_free (self);
}

/**
 * relay_letter_section_get_part:
 * @self: a #RelayLetterSection
 *
 * Returns: which part of the letter @self is
 */
RelayLetterPart
relay_letter_section_get_part (RelayLetterSection *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->part;
}

/**
 * relay_letter_section_get_heading:
 * @self: a #RelayLetterSection
 *
 * Returns: the heading, in the letter's language
 */
const char *
relay_letter_section_get_heading (RelayLetterSection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->heading;
}

/**
 * relay_letter_section_get_text:
 * @self: a #RelayLetterSection
 *
 * Returns: the text under the heading, ready to paste
 */
const char *
relay_letter_section_get_text (RelayLetterSection *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

/**
 * relay_letter_save_text:
 * @self: a #RelayLetter
 * @file: where to save the letter
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Saves the plain-text letter (the subject, then the body) in UTF-8,
 * replacing @file atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
relay_letter_save_text (RelayLetter   *self,
                        GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RELAY_IS_LETTER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  subject = relay_letter_dup_subject (self);
  body = relay_letter_dup_text (self);
  contents = g_strconcat (subject, "\n\n", body, NULL);

  if (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                               G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                               NULL, cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_basename (file);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 /* Translators: %s is a file name. */
                 _("“%s” could not be saved because the disk is full. Free some space, then try again."),
                 name);
  else
    g_set_error (error, local_error->domain, local_error->code,
                 /* Translators: %s is a file name. */
                 _("“%s” could not be saved. Check that the folder exists and that you may write "
                   "to it, then try again."),
                 name);

  return FALSE;
}

/**
 * relay_letter_record_export:
 * @self: a #RelayLetter
 * @file: the file the letter was saved to
 *
 * Adds an entry to the case's timeline saying that the letter was
 * exported, when and under which file name, so that the case keeps a
 * trace of what left the application.
 */
void
relay_letter_record_export (RelayLetter *self,
                            GFile       *file)
{
  g_autoptr(RelayTimelineEntry) entry = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;

  g_return_if_fail (RELAY_IS_LETTER (self));
  g_return_if_fail (G_IS_FILE (file));

  now = g_date_time_new_now_utc ();
  date = g_date_time_format (now, "%Y-%m-%d");
  name = g_file_get_basename (file);
  /* Translators: a note in a case's timeline; %1$s is a file name, %2$s
   * the language code of the letter ("en", "fr" or "es"). */
  note = g_strdup_printf (_("Letter exported as “%1$s” (language: %2$s)."),
                          name, relay_letter_get_language (self));

  entry = relay_timeline_entry_new ();
  relay_timeline_entry_set_date (entry, date);
  relay_timeline_entry_set_kind (entry, RELAY_TIMELINE_KIND_NOTE);
  relay_timeline_entry_set_note (entry, note);
  g_list_store_append (relay_case_get_timeline (relay_letter_get_case (self)), entry);
}


/**
 * relay_letter_dup_pdf_file_name:
 * @self: a #RelayLetter
 *
 * Names the PDF of the letter for its readers, in the letter's language
 * and with its date, as in "soumission-2026-11-28.pdf". The name is neutral
 * on purpose: a case's title may hold a victim's name.
 *
 * Returns: (transfer full): a file name
 */
char *
relay_letter_dup_pdf_file_name (RelayLetter *self)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  GDateTime *when;

  g_return_val_if_fail (RELAY_IS_LETTER (self), NULL);

  when = self->date;
  if (when == NULL)
    when = now = g_date_time_new_now_local ();
  date = g_date_time_format (when, "%Y-%m-%d");

  return _relay_letter_printf (_relay_letter_get_language_index (self), RELAY_LS_PDF_FILE_NAME, date);
}
