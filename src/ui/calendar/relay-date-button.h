/* relay-date-button.h — a button that shows a day and picks another
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELAY_TYPE_DATE_BUTTON (relay_date_button_get_type ())

G_DECLARE_FINAL_TYPE (RelayDateButton, relay_date_button, RELAY, DATE_BUTTON, GtkWidget)

GtkWidget  *relay_date_button_new          (void);
const char *relay_date_button_get_date     (RelayDateButton *self);
void        relay_date_button_set_date     (RelayDateButton *self,
                                            const char      *date);
gboolean    relay_date_button_get_optional (RelayDateButton *self);
void        relay_date_button_set_optional (RelayDateButton *self,
                                            gboolean         optional);

G_END_DECLS
