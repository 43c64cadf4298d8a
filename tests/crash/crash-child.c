/* crash-child.c — the application, typing into the wizard until it is killed
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

/* Started by crash-test.c, which kills it with SIGKILL at a random moment.
 *
 *   relay-crash-child TEXT
 *
 * It runs the real RelayApplication (its store in $XDG_DATA_HOME), opens
 * the main window, starts a New Case with the window's own action, goes to
 * the "What happened" page and types TEXT into it, one character every
 * 15 ms, through the text view's buffer as a key press does. The wizard
 * saves the draft by itself, as it does for a user.
 *
 * It prints to stdout, unbuffered, one line per event, each ending with
 * g_get_monotonic_time():
 *
 *   opened T           the application started up (the store is open)
 *   case UUID T        the wizard is open on a new case; typing begins
 *   typed N T          the Nth character of TEXT was typed
 *   saved N T          the store committed the case with N characters
 *
 * and keeps running, idle, once TEXT is typed.
 */

#define G_LOG_DOMAIN "relay-crash-child"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "relay-application.h"
#include "wizard/relay-wizard.h"

#define TYPING_INTERVAL_MS 15

typedef struct {
  const char    *text;
  const char    *next;
  guint          n_typed;
  RelayWizard   *wizard;
  GtkTextBuffer *buffer;
  char          *uuid;
} Child;

static void
emit (const char *format,
      ...) G_GNUC_PRINTF (1, 2);

static void
emit (const char *format,
      ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);

  /* One write per line: the parent reads whole lines, even when the
   * process dies right after. */
  printf ("%s %" G_GINT64_FORMAT "\n", line, g_get_monotonic_time ());
}

static G_GNUC_NORETURN void
fail (const char *message)
{
  fprintf (stderr, "relay-crash-child: %s\n", message);
  exit (1);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_type_is_a (G_OBJECT_TYPE (child), type))
        return child;
      if ((found = find_widget (child, type)))
        return found;
    }

  return NULL;
}

static void
on_case_changed_cb (RelayStore *store,
                    const char *uuid,
                    Child      *child)
{
  RelayCase *kase;

  if (child->wizard == NULL || g_strcmp0 (uuid, child->uuid) != 0)
    return;

  /* The store emits this after COMMIT: what the case holds now is on disk. */
  kase = relay_wizard_get_case (child->wizard);
  emit ("saved %ld", g_utf8_strlen (relay_case_get_what_happened (kase), -1));
}

static gboolean
type_next_cb (gpointer user_data)
{
  Child *child = user_data;
  const char *end;

  if (*child->next == '\0')
    return G_SOURCE_REMOVE;

  end = g_utf8_next_char (child->next);
  gtk_text_buffer_insert_interactive_at_cursor (child->buffer, child->next, end - child->next, TRUE);
  child->next = end;
  child->n_typed++;

  /* The binding puts every keystroke into the case at once. */
  if (child->n_typed == 1)
    {
      const char *saved = relay_case_get_what_happened (relay_wizard_get_case (child->wizard));

      if (strlen (saved) != (gsize)(end - child->text) ||
          strncmp (saved, child->text, end - child->text) != 0)
        fail ("the text typed did not reach the case");
    }

  emit ("typed %u", child->n_typed);

  return G_SOURCE_CONTINUE;
}

static void
on_startup_cb (GApplication *app,
               Child        *child)
{
  RelayStore *store = relay_application_get_store (RELAY_APPLICATION (app));

  if (store == NULL)
    fail (relay_application_get_store_error (RELAY_APPLICATION (app))->message);

  g_signal_connect (store, "case-changed", G_CALLBACK (on_case_changed_cb), child);
  emit ("opened");
}

static void
on_activate_cb (GApplication *app,
                Child        *child)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget *view;

  if (window == NULL)
    fail ("no main window");

  /* What the "New Case" button does. */
  if (!gtk_widget_activate_action (GTK_WIDGET (window), "win.new-case", NULL))
    fail ("no win.new-case action");

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (RELAY_IS_WIZARD (l->data))
      child->wizard = l->data;
  if (child->wizard == NULL)
    fail ("the wizard did not open");

  relay_wizard_show_page (child->wizard, "events");
  view = find_widget (GTK_WIDGET (relay_wizard_get_current_page (child->wizard)), GTK_TYPE_TEXT_VIEW);
  if (view == NULL)
    fail ("no text view on the \"What happened\" page");

  child->buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  child->uuid = g_strdup (relay_case_get_uuid (relay_wizard_get_case (child->wizard)));
  emit ("case %s", child->uuid);

  g_timeout_add (TYPING_INTERVAL_MS, type_next_cb, child);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RelayApplication) app = NULL;
  Child child = { 0 };

  setvbuf (stdout, NULL, _IONBF, 0);

  if (argc != 2 || !g_utf8_validate (argv[1], -1, NULL))
    {
      fprintf (stderr, "usage: relay-crash-child TEXT\n");
      return 2;
    }
  child.text = child.next = argv[1];

  relay_http_global_init ();

  app = relay_application_new ("io.github.relayhr.Relay.CrashTest", G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "startup", G_CALLBACK (on_startup_cb), &child);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), &child);

  /* TEXT is ours, not a file for the application to open. */
  return g_application_run (G_APPLICATION (app), 1, argv);
}
