/* relay-cases-page.c
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

#define G_LOG_DOMAIN "relay-cases-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-rows.h"

#include "relay-case-page.h"
#include "relay-case-row.h"
#include "relay-cases-page.h"

struct _RelayCasesPage
{
  AdwBin              parent_instance;

  /* Template Widgets */
  GtkStack           *main_stack;
  AdwStatusPage      *empty_page;
  AdwStatusPage      *error_page;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkWidget          *content;
  GtkSearchEntry     *search_entry;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkStack           *detail_stack;
  RelayCasePage      *case_page;
  AdwStatusPage      *load_error_page;
  GtkButton          *back_button;

  /* Owned References */
  RelayStore         *store;
  GtkSliceListModel  *slice;
  GtkSingleSelection *selection;
  GCancellable       *search_cancellable;

  GListModel         *pending_model;

  guint               resize_id;
  guint               refresh_id;
  /* Enter was pressed in the search box before its results came. */
  gboolean            open_best_match;
};

enum {
  ERROR,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RelayCasesPage, relay_cases_page, ADW_TYPE_BIN)

/*
 * Auxiliary methods
 */

/* GTK 4.8's list view makes a row widget for up to 200 items at once, even
 * when a dozen are on screen; making, measuring and dropping rows is what
 * costs most in this page (about half a millisecond a row). So the list view
 * is given its list through a slice, changed a few rows each frame:
 *
 * - a new list (the cases at start, each search's results) begins with the
 *   rows one screen needs, then grows each frame until the list view stops
 *   making rows, and then shows everything;
 * - before a list replaces another, the old one is cut down a couple of
 *   dozen rows a frame (dropping rows costs too), then replaced.
 *
 * So the first frame comes at once and no frame waits for many rows; a new
 * list arrives within a few frames (ten at most).
 */
#define FIRST_ROWS       16
#define ROWS_PER_FRAME   8
#define DROPS_PER_FRAME  24
#define ROWS_MADE        240

/* How long the cases stay unchanged before search results are made again. */
#define REFRESH_DELAY_MS 1000

/* The list being shown, or about to be. */
static GListModel *
get_shown_model (RelayCasesPage *self)
{
  if (self->pending_model != NULL)
    return self->pending_model;

  return self->slice != NULL ? gtk_slice_list_model_get_model (self->slice) : NULL;
}

/* How many rows of the slice the list view has made, at most: past
 * ROWS_MADE, items have no row until scrolled to. */
static guint
count_rows (RelayCasesPage *self)
{
  GListModel *model = gtk_slice_list_model_get_model (self->slice);
  guint rows;

  if (model == NULL)
    return 0;

  rows = MIN (gtk_slice_list_model_get_size (self->slice), g_list_model_get_n_items (model));

  return MIN (rows, ROWS_MADE);
}

static void update_visible_state (RelayCasesPage *self);
static void open_best_match (RelayCasesPage *self);

/* Puts the waiting list in place of the shown one. */
static void
swap_model (RelayCasesPage *self)
{
  g_autoptr(GListModel) model = g_steal_pointer (&self->pending_model);

  gtk_slice_list_model_set_size (self->slice, FIRST_ROWS);
  gtk_slice_list_model_set_model (self->slice, model);

  update_visible_state (self);
  if (self->open_best_match)
    open_best_match (self);
}

static gboolean
resize_cb (GtkWidget     *widget,
           GdkFrameClock *frame_clock,
           gpointer       user_data)
{
  RelayCasesPage *self = user_data;
  GListModel *model;
  guint rows = count_rows (self);

  if (self->pending_model != NULL)
    {
      if (rows > FIRST_ROWS + DROPS_PER_FRAME)
        {
          gtk_slice_list_model_set_size (self->slice, rows - DROPS_PER_FRAME);
          return G_SOURCE_CONTINUE;
        }

      swap_model (self);
      return G_SOURCE_CONTINUE;
    }

  model = gtk_slice_list_model_get_model (self->slice);
  if (model == NULL || rows >= ROWS_MADE || rows >= g_list_model_get_n_items (model))
    {
      self->resize_id = 0;
      gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }

  gtk_slice_list_model_set_size (self->slice, rows + ROWS_PER_FRAME);

  return G_SOURCE_CONTINUE;
}

static void
stop_resizing (RelayCasesPage *self)
{
  if (self->resize_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->resize_id);
      self->resize_id = 0;
    }
}

/* Shows every item of the newest list at once, from now on. */
static void
show_all_rows (RelayCasesPage *self)
{
  if (self->slice == NULL)
    return;

  stop_resizing (self);
  if (self->pending_model != NULL)
    swap_model (self);
  gtk_slice_list_model_set_size (self->slice, G_MAXUINT);
}

/* Shows @model in place of the list shown now, over the next frames. */
static void
show_model (RelayCasesPage *self,
            GListModel     *model)
{
  g_set_object (&self->pending_model, model);

  /* Only a short list is replaced at once. */
  if (count_rows (self) <= FIRST_ROWS + DROPS_PER_FRAME)
    swap_model (self);

  if (self->resize_id == 0)
    self->resize_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), resize_cb, self, NULL);
}

static gboolean
is_searching (RelayCasesPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  return text != NULL && *text != '\0';
}

static void
update_visible_state (RelayCasesPage *self)
{
  GListModel *all;
  GListModel *shown;

  g_assert (RELAY_IS_CASES_PAGE (self));

  if (self->store == NULL)
    return;

  all = relay_store_get_cases (self->store);
  shown = get_shown_model (self);

  if (g_list_model_get_n_items (all) == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "cases");

  if (is_searching (self) && g_list_model_get_n_items (shown) == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
show_case (RelayCasesPage   *self,
           RelayCaseSummary *summary)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (RELAY_IS_CASES_PAGE (self));

  if (summary == NULL)
    {
      relay_case_page_set_case (self->case_page, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  kase = relay_store_load_case (self->store, relay_case_summary_get_uuid (summary), &error);

  if (kase == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      relay_case_page_set_case (self->case_page, NULL);
      adw_status_page_set_description (self->load_error_page, escaped);
      gtk_stack_set_visible_child_name (self->detail_stack, "load-error");
      return;
    }

  relay_case_page_set_case (self->case_page, kase);
  gtk_stack_set_visible_child_name (self->detail_stack, "case");
}

static void
open_best_match (RelayCasesPage *self)
{
  self->open_best_match = FALSE;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
    }
}

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(RelayCasesPage) self = user_data;
  g_autoptr(GListModel) results = NULL;
  g_autoptr(GError) error = NULL;

  results = relay_store_search_finish (RELAY_STORE (object), result, &error);

  /* A newer search replaced this one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->search_cancellable);

  if (results == NULL)
    {
      self->open_best_match = FALSE;
      g_signal_emit (self, signals[ERROR], 0, error->message);
      return;
    }

  /* Made again after a save, the results are often the same cases: the
   * list shown keeps them (it follows their changes by itself). */
  if (get_shown_model (self) == NULL ||
      !relay_store_same_results (get_shown_model (self), results))
    show_model (self, results);
  update_visible_state (self);

  if (self->open_best_match && self->pending_model == NULL)
    open_best_match (self);
}

/* Searches on a worker, so that typing never waits for the database; the
 * list shows the results when they come. */
static void
run_search (RelayCasesPage *self)
{
  const char *text;

  g_assert (RELAY_IS_CASES_PAGE (self));

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (text == NULL || *text == '\0')
    {
      self->open_best_match = FALSE;
      if (get_shown_model (self) != relay_store_get_cases (self->store))
        show_model (self, relay_store_get_cases (self->store));
      update_visible_state (self);
      return;
    }

  self->search_cancellable = g_cancellable_new ();
  relay_store_search_async (self->store, text, self->search_cancellable,
                            search_done_cb, g_object_ref (self));
}

/*
 * Callbacks
 */

static void
on_search_changed_cb (RelayCasesPage *self,
                      GtkSearchEntry *entry)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  run_search (self);
}

static void
on_search_activate_cb (RelayCasesPage *self,
                       GtkSearchEntry *entry)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  if (self->selection == NULL)
    return;

  /* Enter in the search box opens the best match, as soon as it is known. */
  if (self->search_cancellable != NULL || self->pending_model != NULL)
    self->open_best_match = TRUE;
  else
    open_best_match (self);
}

static void
on_search_stop_cb (RelayCasesPage *self,
                   GtkSearchEntry *entry)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_back_clicked_cb (RelayCasesPage *self,
                    GtkButton      *button)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
}

static void
on_selection_changed_cb (RelayCasesPage     *self,
                         guint               position,
                         guint               n_items,
                         GtkSingleSelection *selection)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  show_case (self, gtk_single_selection_get_selected_item (selection));

  /* When the list and the case do not fit side by side, choosing a case
   * shows it in place of the list. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      gtk_single_selection_get_selected_item (selection) != NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_leaflet_visible_child_cb (RelayCasesPage *self,
                             GParamSpec     *pspec,
                             AdwLeaflet     *leaflet)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  /* Back on the folded list, nothing is selected, so that choosing the
   * same case again opens it again. */
  if (self->selection != NULL &&
      adw_leaflet_get_folded (leaflet) &&
      adw_leaflet_get_visible_child (leaflet) == self->sidebar)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
on_list_view_activate_cb (RelayCasesPage *self,
                          guint           position,
                          GtkListView    *list_view)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static gboolean
refresh_cb (gpointer data)
{
  RelayCasesPage *self = data;

  self->refresh_id = 0;
  if (is_searching (self))
    run_search (self);

  return G_SOURCE_REMOVE;
}

static void
on_cases_changed_cb (RelayCasesPage *self,
                     guint           position,
                     guint           removed,
                     guint           added,
                     GListModel     *model)
{
  g_assert (RELAY_IS_CASES_PAGE (self));

  /* Search results are a snapshot: they are made again when the cases
   * stop changing for a moment (not after each word typed in a case). */
  if (is_searching (self))
    {
      g_clear_handle_id (&self->refresh_id, g_source_remove);
      self->refresh_id = g_timeout_add_full (G_PRIORITY_LOW, REFRESH_DELAY_MS, refresh_cb, self, NULL);
    }
  else
    update_visible_state (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, GTK_WIDGET (relay_case_row_new ()));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  RelayCaseRow *row = RELAY_CASE_ROW (gtk_list_item_get_child (list_item));

  relay_case_row_set_summary (row, gtk_list_item_get_item (list_item));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  RelayCaseRow *row = RELAY_CASE_ROW (gtk_list_item_get_child (list_item));

  relay_case_row_set_summary (row, NULL);
}

/*
 * Object implementation
 */

static void
relay_cases_page_dispose (GObject *object)
{
  RelayCasesPage *self = (RelayCasesPage *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (relay_store_get_cases (self->store), self);

  stop_resizing (self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);

  /* AdwBin unparents its child, the root of the template, itself. */
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->pending_model);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relay_cases_page_parent_class)->dispose (object);
}

static void
relay_cases_page_class_init (RelayCasesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_cases_page_dispose;

  /**
   * RelayCasesPage::error:
   * @self: a #RelayCasesPage
   * @message: a translated message for the user
   *
   * Emitted when something fails that the window should tell the user.
   */
  signals[ERROR] =
    g_signal_new ("error",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cases/relay-cases-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, content);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, case_page);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, load_error_page);
  gtk_widget_class_bind_template_child (widget_class, RelayCasesPage, back_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  g_type_ensure (RELAY_TYPE_CASE_PAGE);
}

static void
relay_cases_page_init (RelayCasesPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  g_signal_connect_object (self->list_view, "activate",
                           G_CALLBACK (on_list_view_activate_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->leaflet, "notify::visible-child",
                           G_CALLBACK (on_leaflet_visible_child_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

/**
 * relay_cases_page_set_store:
 * @self: a #RelayCasesPage
 * @store: the #RelayStore whose cases to show
 *
 * Shows the cases of @store, and keeps the list up to date.
 */
void
relay_cases_page_set_store (RelayCasesPage *self,
                            RelayStore     *store)
{
  GListModel *cases;

  g_return_if_fail (RELAY_IS_CASES_PAGE (self));
  g_return_if_fail (RELAY_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  cases = relay_store_get_cases (store);

  self->slice = gtk_slice_list_model_new (NULL, 0, FIRST_ROWS);
  show_model (self, cases);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (cases, "items-changed",
                           G_CALLBACK (on_cases_changed_cb),
                           self, G_CONNECT_SWAPPED);

  update_visible_state (self);
}

/**
 * relay_cases_page_set_store_error:
 * @self: a #RelayCasesPage
 * @error: why the store could not be opened
 *
 * Shows, instead of the cases, why they cannot be shown and what to do.
 */
void
relay_cases_page_set_store_error (RelayCasesPage *self,
                                  const GError   *error)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (RELAY_IS_CASES_PAGE (self));
  g_return_if_fail (error != NULL);

  escaped = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * relay_cases_page_focus_search:
 * @self: a #RelayCasesPage
 *
 * Moves the keyboard focus to the search box.
 */
void
relay_cases_page_focus_search (RelayCasesPage *self)
{
  g_return_if_fail (RELAY_IS_CASES_PAGE (self));

  adw_leaflet_set_visible_child (self->leaflet, self->sidebar);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * relay_cases_page_select_case:
 * @self: a #RelayCasesPage
 * @uuid: the UUID of a case in the list
 *
 * Selects the case with @uuid, and shows it.
 */
void
relay_cases_page_select_case (RelayCasesPage *self,
                              const char     *uuid)
{
  guint position;

  g_return_if_fail (RELAY_IS_CASES_PAGE (self));
  g_return_if_fail (uuid != NULL);

  if (self->selection == NULL)
    return;

  show_all_rows (self);
  position = relay_store_find_case (self->store, gtk_slice_list_model_get_model (self->slice), uuid);
  if (position == G_MAXUINT)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/**
 * relay_cases_page_get_visible_state:
 * @self: a #RelayCasesPage
 *
 * Returns: what the page shows: "empty", "error" or "cases"
 */
const char *
relay_cases_page_get_visible_state (RelayCasesPage *self)
{
  g_return_val_if_fail (RELAY_IS_CASES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}
