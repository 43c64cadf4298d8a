/* test-wizard-review.c — the "Review" page of the wizard
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <adwaita.h>
#include <string.h>

#include "wizard/pages/relay-wizard-review-page.h"
#include "relay-test-ui.h"

#define CONFIDENTIAL_NOTE "Reach the family through the parish priest of San José."



static void
collect_labels (GtkWidget *root,
                GString   *out)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          /* The letter's text is shown as it is, never as markup. */
          if (gtk_label_get_selectable (GTK_LABEL (child)))
            g_assert_false (gtk_label_get_use_markup (GTK_LABEL (child)));
          g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (child)));
        }
      collect_labels (child, out);
    }
}

/* All the text the preview shows. */
static char *
dup_preview_text (RelayWizardPage *page)
{
  GtkWidget *title = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "Preview");
  GtkWidget *group;
  GString *out = g_string_new (NULL);

  g_assert_nonnull (title);
  group = gtk_widget_get_ancestor (title, ADW_TYPE_PREFERENCES_GROUP);
  g_assert_nonnull (group);
  collect_labels (group, out);

  return g_string_free (out, FALSE);
}

static void
on_show_page_cb (RelayWizardPage *page,
                 const char      *page_id,
                 char           **out)
{
  g_free (*out);
  *out = g_strdup (page_id);
}

static char *
activate_check_row (RelayWizardPage *page,
                    const char      *title,
                    char           **shown)
{
  GtkWidget *row = relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, title);

  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_clear_pointer (shown, g_free);
  g_signal_emit_by_name (row, "activate");

  return g_steal_pointer (shown);
}

static void
save_png (GtkWidget  *window,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_review_page (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(RelayDirectory) directory = relay_directory_new ();
  g_autoptr(RelayVictim) ana = relay_victim_new ();
  g_autoptr(RelayVictim) juan = relay_victim_new ();
  g_autoptr(GError) error = NULL;
  RelayWizardPage *page = g_object_ref_sink (relay_wizard_review_page_new ());
  GtkWidget *window;
  GtkWidget *widget;
  GtkWidget *copied;
  g_autofree char *shown = NULL;
  const char *png = g_getenv ("RELAY_TEST_REVIEW_PNG");

  g_assert_true (relay_directory_load_default (directory, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (relay_wizard_page_get_page_id (page), ==, "review");
  g_assert_cmpstr (relay_wizard_page_get_title (page), ==, "Review");
  g_assert_true (relay_wizard_page_get_complete (page));

  relay_case_set_language (kase, "en");
  relay_case_set_country (kase, "CO");
  relay_case_set_sender_name (kase, "Comité de Solidaridad");
  relay_case_set_sender_email (kase, "contact@example.org");
  relay_case_set_what_happened (kase, "On 3 March 2026, police arrested two land rights defenders "
                                      "in Bogotá and held them without charge.");
  relay_case_set_confidential_note (kase, CONFIDENTIAL_NOTE);

  relay_victim_set_name (ana, "Ana Pérez");
  relay_victim_set_consent_government (ana, RELAY_CONSENT_UNKNOWN);
  relay_victim_set_name_form (ana, RELAY_NAME_FORM_FULL);
  g_list_store_append (relay_case_get_victims (kase), ana);
  relay_victim_set_name (juan, "Juan Gómez");
  relay_victim_set_consent_government (juan, RELAY_CONSENT_YES);
  relay_victim_set_name_form (juan, RELAY_NAME_FORM_FULL);
  g_list_store_append (relay_case_get_victims (kase), juan);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));

  relay_wizard_page_set_directory (page, directory);
  relay_wizard_page_set_case (page, kase);
  g_signal_connect (page, "show-page", G_CALLBACK (on_show_page_cb), &shown);
  relay_wizard_page_shown (page);
  relay_test_iterate ();

  /* The preview: the consented name, never the other. */
  {
    g_autofree char *text = dup_preview_text (page);

    g_assert_nonnull (strstr (text, "Juan Gómez"));
    g_assert_null (strstr (text, "Ana Pérez"));
    g_assert_nonnull (strstr (text, "3. Victims"));
    g_assert_nonnull (strstr (text, CONFIDENTIAL_NOTE));
  }

  /* The focus is on the first line of the checklist. */
  widget = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (widget);
  g_assert_true (ADW_IS_ACTION_ROW (widget));

  if (png != NULL)
    {
      /* Let the window lay itself out before the picture. */
      for (int i = 0; i < 20; i++)
        {
          relay_test_iterate ();
          g_usleep (10000);
        }
      save_png (window, png);
    }

  /* The language of the letter, not of the interface. */
  widget = relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW, "Language of the submission");
  g_assert_nonnull (widget);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), ==, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), 1);
  g_assert_cmpstr (relay_case_get_language (kase), ==, "fr");
  {
    g_autofree char *text = dup_preview_text (page);

    g_assert_nonnull (strstr (text, "3. Victimes"));
    g_assert_null (strstr (text, "3. Victims"));
    g_assert_null (strstr (text, "Ana Pérez"));
  }
  /* The interface stays in English. */
  g_assert_nonnull (relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Victims"));

  relay_case_set_language (kase, "es");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), ==, 2);
  {
    g_autofree char *text = dup_preview_text (page);

    g_assert_nonnull (strstr (text, "3. Víctimas"));
  }
  adw_combo_row_set_selected (ADW_COMBO_ROW (widget), 0);
  g_assert_cmpstr (relay_case_get_language (kase), ==, "en");

  /* Without the confidential part, the note is not sent. */
  widget = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_SWITCH, NULL);
  g_assert_nonnull (widget);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (widget)));
  gtk_switch_set_active (GTK_SWITCH (widget), FALSE);
  {
    g_autofree char *text = dup_preview_text (page);

    g_assert_null (strstr (text, CONFIDENTIAL_NOTE));
    g_assert_nonnull (strstr (text, "3. Victims"));
  }
  gtk_switch_set_active (GTK_SWITCH (widget), TRUE);
  {
    g_autofree char *text = dup_preview_text (page);

    g_assert_nonnull (strstr (text, CONFIDENTIAL_NOTE));
  }

  /* The checklist leads back to the questions. */
  {
    g_autofree char *id = activate_check_row (page, "Who is sending", &shown);

    g_assert_cmpstr (id, ==, "sender");
  }
  {
    g_autofree char *id = activate_check_row (page, "Victims", &shown);

    g_assert_cmpstr (id, ==, "victims");
  }
  {
    g_autofree char *id = activate_check_row (page, "What happened", &shown);

    g_assert_cmpstr (id, ==, "events");
  }
  {
    g_autofree char *id = activate_check_row (page, "Mandates", &shown);
    GtkWidget *row = relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ACTION_ROW, "Mandates");
    GtkWidget *icon = relay_test_find_widget (row, GTK_TYPE_IMAGE, NULL);

    g_assert_cmpstr (id, ==, "mandates");
    /* No mandate chosen yet: missing. */
    g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "dialog-error-symbolic");
    g_assert_true (gtk_widget_has_css_class (icon, "error"));
  }

  /* Copying a section puts its text on the clipboard, and says so. */
  widget = relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Copy “3. Victims”");
  g_assert_nonnull (widget);
  copied = relay_test_find_widget (gtk_widget_get_parent (widget), GTK_TYPE_LABEL, "Copied");
  g_assert_nonnull (copied);
  g_assert_false (gtk_widget_get_visible (copied));
  g_signal_emit_by_name (widget, "clicked");
  g_assert_true (gtk_widget_get_visible (copied));
  {
    GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
    g_auto(GValue) value = G_VALUE_INIT;

    g_assert_nonnull (content);
    g_value_init (&value, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_nonnull (strstr (g_value_get_string (&value), "Juan Gómez"));
    g_assert_null (strstr (g_value_get_string (&value), "Ana Pérez"));
  }

  /* Export: the file is written and the case's timeline records it. */
  {
    g_autoptr(GError) export_error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("relay-review-export-XXXXXX", &export_error);
    g_autofree char *path = g_build_filename (dir, "submission.pdf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autofree char *pdf = NULL;
    gsize length = 0;

    g_assert_no_error (export_error);
    g_assert_true (relay_wizard_review_page_export (RELAY_WIZARD_REVIEW_PAGE (page), file, TRUE));
    g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
    g_assert_cmpuint (length, >, 4);
    g_assert_true (memcmp (pdf, "%PDF", 4) == 0);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (relay_case_get_timeline (kase))), ==, 1);

    g_remove (path);
    g_rmdir (dir);
  }

  /* Another case: the old one is no longer shown nor edited. */
  {
    g_autoptr(RelayCase) other = relay_case_new ();
    g_autofree char *text = NULL;

    relay_case_set_language (other, "fr");
    relay_wizard_page_set_case (page, other);
    relay_wizard_page_shown (page);
    text = dup_preview_text (page);
    g_assert_null (strstr (text, "Juan Gómez"));
    g_assert_nonnull (strstr (text, "3. Victimes"));
    adw_combo_row_set_selected (ADW_COMBO_ROW (relay_test_find_widget (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW,
                                                            "Language of the submission")), 2);
    g_assert_cmpstr (relay_case_get_language (other), ==, "es");
    g_assert_cmpstr (relay_case_get_language (kase), ==, "en");

    relay_wizard_page_set_case (page, NULL);
  }

  g_assert_null (relay_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, "Copy the Subject"));

  gtk_window_destroy (GTK_WINDOW (window));
  relay_test_iterate ();
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  adw_init ();

  g_test_add_func ("/wizard/review/page", test_review_page);

  return g_test_run ();
}
