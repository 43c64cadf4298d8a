/* main.c
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

#define G_LOG_DOMAIN "relay"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <relay/relay.h>

#include "relay-application.h"

#if RELAY_TEST_HOOKS
/* Only in a build configured with -Dtest_hooks=true, which the end-to-end
 * tests make for themselves (tests/e2e/): the CA of their own SMTP server,
 * which no user-facing setting may change, and the translations of the
 * build folder. A normal build has none of this code. */
static const char *
test_localedir (void)
{
  const char *localedir = g_getenv ("RELAY_TEST_LOCALEDIR");

  return localedir != NULL ? localedir : LOCALEDIR;
}

static void
apply_test_hooks (RelayApplication *app)
{
  const char *ca_file = g_getenv ("RELAY_TEST_MAIL_CA_FILE");

  if (ca_file != NULL)
    relay_application_set_mail_ca_file (app, ca_file);
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RelayApplication) app = NULL;

  setlocale (LC_ALL, "");
#if RELAY_TEST_HOOKS
  bindtextdomain (GETTEXT_PACKAGE, test_localedir ());
#else
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
#endif
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* libcurl's global state must be set up before any thread starts. */
  relay_http_global_init ();

  app = relay_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
#if RELAY_TEST_HOOKS
  apply_test_hooks (app);
#endif

  return g_application_run (G_APPLICATION (app), argc, argv);
}
