/* relay-fuzz.h — helpers shared by the fuzz targets
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The libFuzzer entry points, which every target defines. */
int         LLVMFuzzerInitialize    (int           *argc,
                                     char        ***argv);
int         LLVMFuzzerTestOneInput  (const guint8  *data,
                                     size_t         size);

void        relay_fuzz_init         (void);
char       *relay_fuzz_dup_text     (const guint8  *data,
                                     size_t         size);
char       *relay_fuzz_unescape     (const char    *value);
gboolean    relay_fuzz_set_property (GObject       *object,
                                     const char    *name,
                                     const char    *value);
const char *relay_fuzz_make_tmpdir  (void);

G_END_DECLS
