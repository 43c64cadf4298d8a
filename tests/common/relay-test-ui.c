/* relay-test-ui.c
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "relay-test-ui.h"

/**
 * relay_test_iterate:
 *
 * Runs the main loop until nothing is pending.
 */
void
relay_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* What a person reads on a widget: a row's or group's title, a button's
 * label (with its mnemonic underscore) or, for an icon button, its
 * tooltip, a label's text. */
static const char *
get_visible_text (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    return adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  if (ADW_IS_BUTTON_CONTENT (widget))
    return adw_button_content_get_label (ADW_BUTTON_CONTENT (widget));
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_label (GTK_BUTTON (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_widget_get_tooltip_text (widget);
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));

  return NULL;
}

/**
 * relay_test_find_widget:
 * @root: where to look
 * @type: the type of widget wanted
 * @text: (nullable): the text it shows, or %NULL for any
 *
 * Finds the first widget under @root, depth first, of @type and, when
 * @text is given, whose visible text is @text.
 *
 * Returns: (transfer none) (nullable): the widget
 */
GtkWidget *
relay_test_find_widget (GtkWidget  *root,
                        GType       type,
                        const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (text == NULL || g_strcmp0 (get_visible_text (child), text) == 0))
        return child;

      found = relay_test_find_widget (child, type, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * relay_test_save_screenshot:
 * @widget: a widget in a window that is shown
 * @path: the PNG file to write
 *
 * Renders @widget as it is on screen into @path, for people to look at.
 */
void
relay_test_save_screenshot (GtkWidget  *widget,
                            const char *path)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gint64 end = g_get_monotonic_time () + 300 * 1000;
  int width, height;

  /* Let the window lay out and draw first. */
  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * relay_test_use_localedir:
 *
 * With RELAY_TEST_LOCALEDIR=DIR in the environment, takes the translations
 * from DIR (with LANGUAGE and LC_ALL set to the language wanted): for
 * screenshots of a build that is not installed.
 */
void
relay_test_use_localedir (void)
{
  const char *localedir = g_getenv ("RELAY_TEST_LOCALEDIR");

  if (localedir == NULL)
    return;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * relay_test_screenshot:
 * @widget: a widget in a window that is shown
 * @name: a file name, such as "review.png"
 *
 * With RELAY_TEST_SCREENSHOT_DIR set, saves @widget as @name in that
 * folder, for people to look at; otherwise does nothing.
 */
void
relay_test_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("RELAY_TEST_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  relay_test_save_screenshot (widget, path);
}

/**
 * relay_test_scroll_to:
 * @widget: a widget inside a scrolled window
 * @margin: how far below the top of the view it should end up, in pixels
 *
 * Scrolls the view so that @widget is near its top, as a person would.
 */
void
relay_test_scroll_to (GtkWidget *widget,
                      double     margin)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_point_t point;

  if (scrolled == NULL)
    return;

  relay_test_iterate ();
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  if (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - margin);
}
