/* relay-fuzz.c — helpers shared by the fuzz targets
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "relay-fuzz.h"
#include "relay-test-utils.h"

static GPtrArray *tmpdirs;

/* GLib stops on a fatal message with a breakpoint trap (SIGTRAP), which
 * libFuzzer does not catch: it would neither report the crash nor keep the
 * input. This writer aborts instead, which it does catch. */
static GLogWriterOutput
abort_on_warning_writer (GLogLevelFlags   log_level,
                         const GLogField *fields,
                         gsize            n_fields,
                         gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_autofree char *line = g_log_writer_format_fields (log_level, fields, n_fields, FALSE);

      fprintf (stderr, "%s\n", line);
      abort ();
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

/**
 * relay_fuzz_init:
 *
 * Sets up what every target needs: a fixed time zone and locale, and
 * criticals and warnings that abort. A g_return_if_fail() reached from an
 * input is a bug the fuzzer must report, as is a warning about one.
 */
void
relay_fuzz_init (void)
{
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_log_set_writer_func (abort_on_warning_writer, NULL, NULL);
}

/**
 * relay_fuzz_dup_text:
 * @data: the fuzz input
 * @size: its length
 *
 * Returns: (transfer full): @data as a string of valid UTF-8, as text
 *   that comes from a widget always is (it stops at the first NUL)
 */
char *
relay_fuzz_dup_text (const guint8 *data,
                     size_t        size)
{
  g_autofree char *copy = g_strndup ((const char *)data, size);

  return g_utf8_make_valid (copy, -1);
}

/**
 * relay_fuzz_unescape:
 * @value: a value of a "key=value" line
 *
 * Turns "\n", "\t" and "\\" into a line break, a tab and a backslash, so
 * that one line of a script can hold text of several lines. Anything else
 * stays as it is.
 *
 * Returns: (transfer full): the value
 */
char *
relay_fuzz_unescape (const char *value)
{
  GString *out = g_string_sized_new (strlen (value));

  for (const char *p = value; *p != '\0'; p++)
    {
      char c = *p;

      if (p[0] == '\\' && (p[1] == 'n' || p[1] == 't' || p[1] == '\\'))
        {
          p++;
          c = *p == 'n' ? '\n' : *p == 't' ? '\t' : '\\';
        }
      g_string_append_c (out, c);
    }

  return g_string_free (out, FALSE);
}

static gint64
clamp_int (const char *value,
           gint64      minimum,
           gint64      maximum)
{
  gint64 number = g_ascii_strtoll (value, NULL, 10);

  return CLAMP (number, minimum, maximum);
}

/**
 * relay_fuzz_set_property:
 * @object: an object
 * @name: the name of one of its writable properties
 * @value: the value, as text
 *
 * Sets a property from text, keeping to what the property accepts, as the
 * application's own widgets do: numbers within their range, enumerations by
 * nick, dates in ISO 8601, strings unescaped with relay_fuzz_unescape().
 *
 * Returns: %TRUE if the property was set
 */
gboolean
relay_fuzz_set_property (GObject    *object,
                         const char *name,
                         const char *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
  g_auto(GValue) gvalue = G_VALUE_INIT;
  GType type;

  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) || (pspec->flags & G_PARAM_CONSTRUCT_ONLY))
    return FALSE;

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&gvalue, type);

  switch (G_TYPE_FUNDAMENTAL (type))
    {
    case G_TYPE_STRING:
      g_value_take_string (&gvalue, relay_fuzz_unescape (value));
      break;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (&gvalue, g_str_equal (value, "true") || g_str_equal (value, "1"));
      break;

    case G_TYPE_INT:
      g_value_set_int (&gvalue, clamp_int (value, G_PARAM_SPEC_INT (pspec)->minimum,
                                           G_PARAM_SPEC_INT (pspec)->maximum));
      break;

    case G_TYPE_UINT:
      g_value_set_uint (&gvalue, clamp_int (value, G_PARAM_SPEC_UINT (pspec)->minimum,
                                            G_PARAM_SPEC_UINT (pspec)->maximum));
      break;

    case G_TYPE_INT64:
      g_value_set_int64 (&gvalue, clamp_int (value, G_PARAM_SPEC_INT64 (pspec)->minimum,
                                             G_PARAM_SPEC_INT64 (pspec)->maximum));
      break;

    case G_TYPE_UINT64:
      g_value_set_uint64 (&gvalue, clamp_int (value, 0,
                                              MIN (G_PARAM_SPEC_UINT64 (pspec)->maximum, G_MAXINT64)));
      break;

    case G_TYPE_ENUM:
      {
        g_autoptr(GEnumClass) enum_class = g_type_class_ref (type);
        GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, value);

        if (enum_value == NULL)
          return FALSE;
        g_value_set_enum (&gvalue, enum_value->value);
      }
      break;

    case G_TYPE_BOXED:
      if (type == G_TYPE_DATE_TIME)
        {
          g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
          g_autoptr(GDateTime) date = g_date_time_new_from_iso8601 (value, utc);

          if (date == NULL)
            return FALSE;
          g_value_set_boxed (&gvalue, date);
          break;
        }
      return FALSE;

    default:
      return FALSE;
    }

  g_object_set_property (object, name, &gvalue);

  return TRUE;
}

static void
remove_tmpdirs (void)
{
  for (guint i = 0; i < tmpdirs->len; i++)
    relay_test_remove_tree (g_ptr_array_index (tmpdirs, i));
  g_clear_pointer (&tmpdirs, g_ptr_array_unref);
}

/**
 * relay_fuzz_make_tmpdir:
 *
 * Makes a folder that is removed when the process exits normally.
 *
 * Returns: (transfer none): its path
 */
const char *
relay_fuzz_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("relay-fuzz-XXXXXX", &error);

  if (path == NULL)
    g_error ("Cannot make a temporary folder: %s", error->message);

  if (tmpdirs == NULL)
    {
      tmpdirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_tmpdirs);
    }
  g_ptr_array_add (tmpdirs, path);

  return path;
}
