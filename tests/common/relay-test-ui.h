/* relay-test-ui.h — helpers shared by the UI tests
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void       relay_test_iterate     (void);
GtkWidget *relay_test_find_widget (GtkWidget  *root,
                                   GType       type,
                                   const char *text);
void       relay_test_save_screenshot (GtkWidget  *widget,
                                       const char *path);
void       relay_test_use_localedir   (void);
void       relay_test_screenshot      (GtkWidget  *widget,
                                       const char *name);
void       relay_test_scroll_to       (GtkWidget  *widget,
                                       double      margin);

G_END_DECLS
