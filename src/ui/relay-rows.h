/* relay-rows.h — building read-only pages out of preference groups and rows
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *relay_rows_add_group      (GtkBox     *box,
                                      const char *title,
                                      const char *description);
GtkWidget *relay_rows_add_row        (GtkWidget  *group,
                                      const char *title,
                                      const char *subtitle);
GtkWidget *relay_rows_add_value_row  (GtkWidget  *group,
                                      const char *title,
                                      const char *value);
void       relay_rows_add_empty_row  (GtkWidget  *group,
                                      const char *text);
GtkWidget *relay_rows_add_text       (GtkWidget  *group,
                                      const char *accessible_name,
                                      const char *text);
void       relay_rows_clear          (GtkBox     *box);

/* The position of the first item of @model whose string @property equals
 * @value, or GTK_INVALID_LIST_POSITION. */
guint      relay_model_find_string   (GListModel *model,
                                      const char *property,
                                      const char *value);

G_END_DECLS
