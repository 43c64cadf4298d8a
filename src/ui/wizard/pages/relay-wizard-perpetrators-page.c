/* relay-wizard-perpetrators-page.c
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

#define G_LOG_DOMAIN "relay-wizard-perpetrators-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-wizard-perpetrators-page.h"

/* "Alleged perpetrators": who is responsible or believed to be, their
 * function, institution and possible motive. */

struct _RelayWizardPerpetratorsPage
{
  RelayWizardPage  parent_instance;

  /* Template Widgets */
  GtkListBox      *perpetrators_list;
  GtkButton       *add_button;

  /* Set while the Add button appends a perpetrator: its row opens and
   * its name takes the focus. */
  GtkWidget       *new_item_focus;
  guint            adding : 1;
};

G_DEFINE_FINAL_TYPE (RelayWizardPerpetratorsPage, relay_wizard_perpetrators_page, RELAY_TYPE_WIZARD_PAGE)

#define ITEM_KEY "relay-wizard-item"
#define NAME_ROW_KEY "relay-wizard-name-row"

/*
 * Auxiliary methods
 */

static GtkWidget *
make_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  return row;
}

static void
update_row (GtkWidget        *row,
            RelayPerpetrator *perpetrator)
{
  const char *name = relay_perpetrator_get_name (perpetrator);
  const char *function = relay_perpetrator_get_function (perpetrator);
  const char *institution = relay_perpetrator_get_institution (perpetrator);
  g_autofree char *subtitle = NULL;

  if (name == NULL || *name == '\0')
    name = _("Name not known");

  if (function != NULL && *function != '\0' && institution != NULL && *institution != '\0')
    /* Translators: an alleged perpetrator's function and institution,
     * for example "Police commander, National Police". */
    subtitle = g_strdup_printf (_("%1$s, %2$s"), function, institution);
  else if (function != NULL && *function != '\0')
    subtitle = g_strdup (function);
  else
    subtitle = g_strdup (institution);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
}

/*
 * Signal callbacks
 */

static void
on_perpetrator_notify_cb (RelayPerpetrator *perpetrator,
                          GParamSpec       *pspec,
                          GtkWidget        *row)
{
  update_row (row, perpetrator);
}

static void
on_remove_clicked_cb (RelayWizardPerpetratorsPage *self,
                      GtkButton                   *button)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_EXPANDER_ROW);
  GListStore *store;
  guint position;

  g_assert (RELAY_IS_WIZARD_PERPETRATORS_PAGE (self));

  if (kase == NULL || row == NULL)
    return;

  /* The row goes away with the focus in it: give the focus a home. */
  gtk_widget_grab_focus (GTK_WIDGET (self->add_button));

  store = relay_case_get_perpetrators (kase);
  if (g_list_store_find (store, g_object_get_data (G_OBJECT (row), ITEM_KEY), &position))
    g_list_store_remove (store, position);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  RelayWizardPerpetratorsPage *self = user_data;
  RelayPerpetrator *perpetrator = item;
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *name_row;
  GtkWidget *widget;

  g_assert (RELAY_IS_WIZARD_PERPETRATORS_PAGE (self));
  g_assert (RELAY_IS_PERPETRATOR (perpetrator));

  row = adw_expander_row_new ();
  /* The title and subtitle are the user's words: no markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (perpetrator), g_object_unref);

  button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Remove Alleged Perpetrator"));
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Alleged Perpetrator"),
                                  -1);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  name_row = make_entry_row (_("Name"));
  relay_wizard_bind_item (G_OBJECT (perpetrator), "name", name_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name_row);
  g_object_set_data (G_OBJECT (row), NAME_ROW_KEY, name_row);

  widget = make_entry_row (_("Title or function"));
  relay_wizard_bind_item (G_OBJECT (perpetrator), "function", widget);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  widget = make_entry_row (_("Institution or unit"));
  relay_wizard_bind_item (G_OBJECT (perpetrator), "institution", widget);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  widget = make_entry_row (_("Possible motive"));
  relay_wizard_bind_item (G_OBJECT (perpetrator), "motive", widget);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), widget);

  update_row (row, perpetrator);
  g_signal_connect_object (perpetrator, "notify::name", G_CALLBACK (on_perpetrator_notify_cb), row, 0);
  g_signal_connect_object (perpetrator, "notify::function", G_CALLBACK (on_perpetrator_notify_cb), row, 0);
  g_signal_connect_object (perpetrator, "notify::institution", G_CALLBACK (on_perpetrator_notify_cb), row, 0);

  if (self->adding)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      self->new_item_focus = name_row;
    }

  return row;
}

static void
on_add_clicked_cb (RelayWizardPerpetratorsPage *self,
                   GtkButton                   *button)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));
  g_autoptr(RelayPerpetrator) perpetrator = NULL;
  GtkWidget *focus;

  g_assert (RELAY_IS_WIZARD_PERPETRATORS_PAGE (self));

  if (kase == NULL)
    return;

  perpetrator = relay_perpetrator_new ();
  self->adding = TRUE;
  g_list_store_append (relay_case_get_perpetrators (kase), perpetrator);
  self->adding = FALSE;

  focus = g_steal_pointer (&self->new_item_focus);
  if (focus != NULL)
    gtk_widget_grab_focus (focus);
}

/*
 * RelayWizardPage
 */

static void
relay_wizard_perpetrators_page_case_changed (RelayWizardPage *page,
                                             RelayCase       *kase)
{
  RelayWizardPerpetratorsPage *self = (RelayWizardPerpetratorsPage *)page;

  g_assert (RELAY_IS_WIZARD_PERPETRATORS_PAGE (self));

  self->adding = FALSE;
  self->new_item_focus = NULL;

  if (kase != NULL)
    gtk_list_box_bind_model (self->perpetrators_list,
                             G_LIST_MODEL (relay_case_get_perpetrators (kase)),
                             create_row, self, NULL);
  else
    gtk_list_box_bind_model (self->perpetrators_list, NULL, NULL, NULL, NULL);
}

static void
relay_wizard_perpetrators_page_shown (RelayWizardPage *page)
{
  RelayWizardPerpetratorsPage *self = (RelayWizardPerpetratorsPage *)page;
  GtkListBoxRow *first;

  g_assert (RELAY_IS_WIZARD_PERPETRATORS_PAGE (self));

  first = gtk_list_box_get_row_at_index (self->perpetrators_list, 0);
  if (first != NULL)
    {
      GtkWidget *name_row = g_object_get_data (G_OBJECT (first), NAME_ROW_KEY);

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (first), TRUE);
      if (name_row != NULL && gtk_widget_grab_focus (name_row))
        return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

/*
 * GObject
 */

static void
relay_wizard_perpetrators_page_dispose (GObject *object)
{
  RelayWizardPerpetratorsPage *self = (RelayWizardPerpetratorsPage *)object;

  /* The rows call back into the page: drop them first. */
  if (self->perpetrators_list != NULL)
    gtk_list_box_bind_model (self->perpetrators_list, NULL, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WIZARD_PERPETRATORS_PAGE);

  G_OBJECT_CLASS (relay_wizard_perpetrators_page_parent_class)->dispose (object);
}

static void
relay_wizard_perpetrators_page_class_init (RelayWizardPerpetratorsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_perpetrators_page_dispose;

  page_class->page_id = "perpetrators";
  page_class->case_changed = relay_wizard_perpetrators_page_case_changed;
  page_class->shown = relay_wizard_perpetrators_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-perpetrators-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardPerpetratorsPage, perpetrators_list);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardPerpetratorsPage, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked_cb);
}

static void
relay_wizard_perpetrators_page_init (RelayWizardPerpetratorsPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("Alleged Perpetrators"));

  placeholder = gtk_label_new (_("No alleged perpetrators yet"));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->perpetrators_list, placeholder);
}

/**
 * relay_wizard_perpetrators_page_new:
 *
 * Creates the page that asks who the alleged perpetrators are.
 *
 * Returns: (transfer floating): a new #RelayWizardPerpetratorsPage
 */
RelayWizardPage *
relay_wizard_perpetrators_page_new (void)
{
  return g_object_new (RELAY_TYPE_WIZARD_PERPETRATORS_PAGE, NULL);
}
