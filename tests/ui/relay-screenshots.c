/* relay-screenshots.c
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

/* Takes the screenshots of data/screenshots/ for the README and the
 * metainfo: the case list, a mandate, the calendar, the wizard's victims
 * page and its last page, with the demo cases of relay-seed.c, rendered in
 * process under an X server. Run by build-aux/screenshots.sh.
 *
 * Usage: relay-screenshots OUTPUT-DIR (with XDG_DATA_HOME holding the demo
 * store; RELAY_TEST_LOCALEDIR for a language other than English)
 */

#include "config.h"

#include <adwaita.h>
#include <relay/relay.h>

#include "relay-application.h"
#include "relay-window.h"
#include "wizard/relay-send-group.h"
#include "wizard/relay-wizard.h"

#include "relay-test-ui.h"

static void
save (GtkWidget  *widget,
      const char *dir,
      const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  relay_test_iterate ();
  relay_test_save_screenshot (widget, path);
  g_print ("%s\n", path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelayApplication) app = NULL;
  g_autoptr(RelayCaseSummary) first = NULL;
  g_autoptr(RelayCase) kase = NULL;
  RelayWindow *window;
  RelayWizard *wizard;
  GListModel *cases;
  const char *dir;

  relay_test_use_localedir ();

  if (argc != 2 || !gtk_init_check ())
    {
      g_printerr ("Usage: relay-screenshots OUTPUT-DIR, with a display\n");
      return 1;
    }
  adw_init ();
  dir = argv[1];

  app = relay_application_new ("io.github.relayhr.Relay.Screenshots", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  cases = relay_store_get_cases (relay_application_get_store (app));
  g_assert_cmpuint (g_list_model_get_n_items (cases), >, 0);
  first = g_list_model_get_item (cases, 0);

  window = relay_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-case", "s",
                              relay_case_summary_get_uuid (first));
  save (GTK_WIDGET (window), dir, "cases.png");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-mandate", "s", "sr-hrd");
  save (GTK_WIDGET (window), dir, "mandates.png");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-calendar", NULL);
  save (GTK_WIDGET (window), dir, "calendar.png");

  kase = relay_store_load_case (relay_application_get_store (app),
                                relay_case_summary_get_uuid (first), &error);
  g_assert_no_error (error);
  wizard = relay_wizard_new (relay_application_get_store (app), relay_application_get_directory (app),
                             relay_application_get_settings (app), kase);
  gtk_window_set_default_size (GTK_WINDOW (wizard), 900, 720);
  gtk_window_present (GTK_WINDOW (wizard));
  relay_wizard_show_page (wizard, "victims");
  save (GTK_WIDGET (wizard), dir, "wizard.png");

  relay_wizard_show_page (wizard, "review");
  relay_test_iterate ();
  relay_test_scroll_to (relay_test_find_widget (GTK_WIDGET (wizard), RELAY_TYPE_SEND_GROUP, NULL), 24);
  save (GTK_WIDGET (wizard), dir, "review.png");

  gtk_window_destroy (GTK_WINDOW (wizard));
  gtk_window_destroy (GTK_WINDOW (window));
  relay_test_iterate ();

  return 0;
}
