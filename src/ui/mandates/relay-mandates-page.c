/* relay-mandates-page.c
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

#define G_LOG_DOMAIN "relay-mandates-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-rows.h"

#include "relay-mandate-detail.h"
#include "relay-mandate-row.h"
#include "relay-mandates-page.h"

struct _RelayMandatesPage
{
  AdwBin              parent_instance;

  /* Template Widgets */
  GtkStack           *main_stack;
  AdwStatusPage      *error_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  GtkToggleButton    *all_button;
  GtkToggleButton    *thematic_button;
  GtkToggleButton    *country_button;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkStack           *detail_stack;
  RelayMandateDetail *detail;

  /* Owned References */
  RelayDirectory     *directory;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  char               *query;
};

G_DEFINE_FINAL_TYPE (RelayMandatesPage, relay_mandates_page, ADW_TYPE_BIN)

/*
 * Auxiliary methods
 */

static gboolean
filter_mandate (gpointer item,
                gpointer user_data)
{
  RelayMandatesPage *self = user_data;
  RelayMandate *mandate = item;
  RelayMandateKind kind = relay_mandate_get_kind (mandate);

  if (gtk_toggle_button_get_active (self->thematic_button) && kind != RELAY_MANDATE_KIND_THEMATIC)
    return FALSE;

  if (gtk_toggle_button_get_active (self->country_button) && kind != RELAY_MANDATE_KIND_COUNTRY)
    return FALSE;

  return self->query == NULL || relay_mandate_matches (mandate, self->query);
}

static void
update_list_state (RelayMandatesPage *self)
{
  g_assert (RELAY_IS_MANDATES_PAGE (self));

  if (self->filtered != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
refilter (RelayMandatesPage *self)
{
  const char *text;

  g_assert (RELAY_IS_MANDATES_PAGE (self));

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_clear_pointer (&self->query, g_free);
  if (text != NULL && *text != '\0')
    self->query = g_strdup (text);

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_list_state (self);
}

/*
 * Callbacks
 */

static void
on_search_changed_cb (RelayMandatesPage *self,
                      GtkSearchEntry    *entry)
{
  refilter (self);
}

static void
on_search_activate_cb (RelayMandatesPage *self,
                       GtkSearchEntry    *entry)
{
  if (self->selection != NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      gtk_widget_grab_focus (GTK_WIDGET (self->detail));
    }
}

static void
on_search_stop_cb (RelayMandatesPage *self,
                   GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_filter_toggled_cb (RelayMandatesPage *self,
                      GtkToggleButton   *button)
{
  /* Each switch of the group toggles twice: act on the one turned on. */
  if (gtk_toggle_button_get_active (button))
    refilter (self);
}

static void
on_back_clicked_cb (RelayMandatesPage *self,
                    GtkButton         *button)
{
  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_selection_changed_cb (RelayMandatesPage  *self,
                         guint               position,
                         guint               n_items,
                         GtkSingleSelection *selection)
{
  RelayMandate *mandate = gtk_single_selection_get_selected_item (selection);

  g_assert (RELAY_IS_MANDATES_PAGE (self));

  relay_mandate_detail_set_mandate (self->detail, mandate);
  gtk_stack_set_visible_child_name (self->detail_stack, mandate ? "mandate" : "none");

  if (mandate != NULL && adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_list_view_activate_cb (RelayMandatesPage *self,
                          guint              position,
                          GtkListView       *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_leaflet_visible_child_cb (RelayMandatesPage *self,
                             GParamSpec        *pspec,
                             AdwLeaflet        *leaflet)
{
  if (self->selection != NULL &&
      adw_leaflet_get_folded (leaflet) &&
      adw_leaflet_get_visible_child (leaflet) == self->sidebar)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_filtered_items_changed_cb (RelayMandatesPage *self,
                              guint              position,
                              guint              removed,
                              guint              added,
                              GListModel        *model)
{
  update_list_state (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, GTK_WIDGET (relay_mandate_row_new ()));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  relay_mandate_row_set_mandate (RELAY_MANDATE_ROW (gtk_list_item_get_child (list_item)),
                                 gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  relay_mandate_row_set_mandate (RELAY_MANDATE_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/*
 * Object implementation
 */

static void
relay_mandates_page_dispose (GObject *object)
{
  RelayMandatesPage *self = (RelayMandatesPage *)object;

  /* The list model holds the filter, whose function points at us. */
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->directory);

  G_OBJECT_CLASS (relay_mandates_page_parent_class)->dispose (object);
}

static void
relay_mandates_page_finalize (GObject *object)
{
  RelayMandatesPage *self = (RelayMandatesPage *)object;

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (relay_mandates_page_parent_class)->finalize (object);
}

static void
relay_mandates_page_class_init (RelayMandatesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_mandates_page_dispose;
  object_class->finalize = relay_mandates_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mandates/relay-mandates-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, content);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, all_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, thematic_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, country_button);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayMandatesPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  g_type_ensure (RELAY_TYPE_MANDATE_DETAIL);
}

static void
relay_mandates_page_init (RelayMandatesPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  self->filter = gtk_custom_filter_new (filter_mandate, self, NULL);

  g_signal_connect_object (self->list_view, "activate",
                           G_CALLBACK (on_list_view_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (on_leaflet_visible_child_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  gtk_stack_set_visible_child_name (self->main_stack, "mandates");
}

/**
 * relay_mandates_page_set_directory:
 * @self: a #RelayMandatesPage
 * @directory: the mandate directory to show
 *
 * Lists the mandates of @directory, and follows its updates.
 */
void
relay_mandates_page_set_directory (RelayMandatesPage *self,
                                   RelayDirectory    *directory)
{
  g_return_if_fail (RELAY_IS_MANDATES_PAGE (self));
  g_return_if_fail (RELAY_IS_DIRECTORY (directory));
  g_return_if_fail (self->directory == NULL);

  self->directory = g_object_ref (directory);
  relay_mandate_detail_set_directory (self->detail, directory);

  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (directory)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed",
                           G_CALLBACK (on_filtered_items_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  update_list_state (self);
}

/**
 * relay_mandates_page_set_directory_error:
 * @self: a #RelayMandatesPage
 * @error: why the directory could not be loaded
 *
 * Shows, instead of the mandates, why they cannot be shown.
 */
void
relay_mandates_page_set_directory_error (RelayMandatesPage *self,
                                         const GError      *error)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (RELAY_IS_MANDATES_PAGE (self));
  g_return_if_fail (error != NULL);

  escaped = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * relay_mandates_page_focus_search:
 * @self: a #RelayMandatesPage
 *
 * Moves the keyboard focus to the search box.
 */
void
relay_mandates_page_focus_search (RelayMandatesPage *self)
{
  g_return_if_fail (RELAY_IS_MANDATES_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * relay_mandates_page_set_search_text:
 * @self: a #RelayMandatesPage
 * @text: what to search for
 *
 * Searches the directory as if @text had been typed.
 */
void
relay_mandates_page_set_search_text (RelayMandatesPage *self,
                                     const char        *text)
{
  g_return_if_fail (RELAY_IS_MANDATES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  refilter (self);
}

/**
 * relay_mandates_page_show_kind:
 * @self: a #RelayMandatesPage
 * @kind: a #RelayMandateKind, or -1 for all mandates
 *
 * Shows only the thematic or the country mandates, or all of them, as the
 * filter buttons do.
 */
void
relay_mandates_page_show_kind (RelayMandatesPage *self,
                               int                kind)
{
  GtkToggleButton *button;

  g_return_if_fail (RELAY_IS_MANDATES_PAGE (self));

  if (kind == RELAY_MANDATE_KIND_THEMATIC)
    button = self->thematic_button;
  else if (kind == RELAY_MANDATE_KIND_COUNTRY)
    button = self->country_button;
  else
    button = self->all_button;

  gtk_toggle_button_set_active (button, TRUE);
}

/**
 * relay_mandates_page_get_shown:
 * @self: a #RelayMandatesPage
 *
 * Returns: (transfer none) (nullable): the mandates the list shows now
 */
GListModel *
relay_mandates_page_get_shown (RelayMandatesPage *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATES_PAGE (self), NULL);

  return self->filtered ? G_LIST_MODEL (self->filtered) : NULL;
}

/**
 * relay_mandates_page_select_mandate:
 * @self: a #RelayMandatesPage
 * @mandate_id: the id of a mandate
 *
 * Shows the mandate with @mandate_id, if the list shows it.
 */
void
relay_mandates_page_select_mandate (RelayMandatesPage *self,
                                    const char        *mandate_id)
{
  guint position;

  g_return_if_fail (RELAY_IS_MANDATES_PAGE (self));
  g_return_if_fail (mandate_id != NULL);

  if (self->selection == NULL)
    return;

  position = relay_model_find_string (G_LIST_MODEL (self->selection), "id", mandate_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}
