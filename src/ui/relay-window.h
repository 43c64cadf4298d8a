/* relay-window.h
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "relay-application.h"

G_BEGIN_DECLS

#define RELAY_TYPE_WINDOW (relay_window_get_type ())

G_DECLARE_FINAL_TYPE (RelayWindow, relay_window, RELAY, WINDOW, AdwApplicationWindow)

RelayWindow *relay_window_new         (RelayApplication *application);
void         relay_window_show_toast  (RelayWindow      *self,
                                       const char       *message);
const char  *relay_window_get_visible_page_name (RelayWindow *self);
void         relay_window_show_case   (RelayWindow      *self,
                                       const char       *uuid);

G_END_DECLS
