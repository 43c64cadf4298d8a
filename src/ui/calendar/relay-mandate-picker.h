/* relay-mandate-picker.h — a button to choose a mandate by searching
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <relay/relay.h>

G_BEGIN_DECLS

#define RELAY_TYPE_MANDATE_PICKER (relay_mandate_picker_get_type ())

G_DECLARE_FINAL_TYPE (RelayMandatePicker, relay_mandate_picker, RELAY, MANDATE_PICKER, GtkWidget)

GtkWidget  *relay_mandate_picker_new             (void);
void        relay_mandate_picker_set_directory   (RelayMandatePicker *self,
                                                  RelayDirectory     *directory);
const char *relay_mandate_picker_get_mandate_id  (RelayMandatePicker *self);
void        relay_mandate_picker_set_mandate_id  (RelayMandatePicker *self,
                                                  const char         *mandate_id);
void        relay_mandate_picker_set_search_text (RelayMandatePicker *self,
                                                  const char         *text);
GListModel *relay_mandate_picker_get_shown       (RelayMandatePicker *self);

G_END_DECLS
