/* relay-wizard.c
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

#define G_LOG_DOMAIN "relay-wizard"

#include "config.h"

#include <glib/gi18n.h>

#include "pages/relay-wizard-events-page.h"
#include "pages/relay-wizard-kind-page.h"
#include "pages/relay-wizard-mandates-page.h"
#include "pages/relay-wizard-perpetrators-page.h"
#include "pages/relay-wizard-review-page.h"
#include "pages/relay-wizard-sender-page.h"
#include "pages/relay-wizard-text-page.h"
#include "pages/relay-wizard-victims-page.h"
#include "relay-wizard.h"

/* The submission wizard: one page per question of the guide, in its order,
 * driven like GNOME Initial Setup's assistant. Every edit lands in the case
 * object at once and is saved to the store shortly after, so closing the
 * window, quitting or a crash loses at most the last moment of typing. */

/* How long after the last edit the draft is saved. */
#define SAVE_DELAY_MS 400

struct _RelayWizard
{
  AdwWindow        parent_instance;

  /* Template Widgets */
  AdwHeaderBar    *header_bar;
  AdwWindowTitle  *window_title;
  GtkButton       *back_button;
  GtkButton       *next_button;
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkLabel        *saved_label;

  /* Owned References */
  RelayStore      *store;
  RelayDirectory  *directory;
  GSettings       *settings;
  RelayCase       *kase;
  GPtrArray       *pages;

  guint            save_source;
  guint            current;
  guint            save_failed : 1;
  guint            dirty : 1;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_DIRECTORY,
  PROP_SETTINGS,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RelayWizard, relay_wizard, ADW_TYPE_WINDOW)

/*
 * The pages, in the guide's order
 */

static GPtrArray *
create_pages (void)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_SENDER_PAGE, NULL)));
  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_KIND_PAGE, NULL)));
  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_VICTIMS_PAGE, NULL)));
  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_EVENTS_PAGE, NULL)));
  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_PERPETRATORS_PAGE, NULL)));
  g_ptr_array_add (pages, g_object_ref_sink (relay_wizard_text_page_new (
    "context",
    _("Context and Legal Framework"),
    _("Explain the background the experts need to understand the case: the situation in the "
      "region, earlier attacks on the same people or group, and the national laws involved. "
      "Keep it short; facts, not opinions."),
    "context",
    _("Context and legal framework"),
    FALSE)));
  g_ptr_array_add (pages, g_object_ref_sink (relay_wizard_text_page_new (
    "action-taken",
    _("Action Already Taken"),
    _("Say what was already done in the country and what came of it: complaints to the police "
      "or prosecutors, court cases, the national human rights institution, other UN or regional "
      "bodies. If nothing was done, say why (for example, fear of reprisals)."),
    "action-taken",
    _("Action already taken and its results"),
    FALSE)));
  g_ptr_array_add (pages, g_object_ref_sink (relay_wizard_text_page_new (
    "action-requested",
    _("Action Requested"),
    _("Say what you ask the experts to do: for example, to ask the government to stop the "
      "threats, to release the person, to investigate, or to change the law. Be concrete."),
    "action-requested",
    _("Action requested of the experts"),
    TRUE)));
  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_MANDATES_PAGE, NULL)));
  g_ptr_array_add (pages, g_object_ref_sink (g_object_new (RELAY_TYPE_WIZARD_REVIEW_PAGE, NULL)));

  return pages;
}

/*
 * Saving
 */

static void
show_saved (RelayWizard *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = g_date_time_format (now, _("%H:%M"));
  g_autofree char *text = NULL;

  /* Translators: %s is a time of day, as in "14:02". */
  text = g_strdup_printf (_("Draft saved at %s. It is kept on this computer only."), clock);
  gtk_label_set_label (self->saved_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->saved_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->saved_label), "dim-label");
}

/**
 * relay_wizard_save_now:
 * @self: a #RelayWizard
 * @error: return location for a #GError
 *
 * Saves the draft at once, if anything changed since the last save.
 *
 * Returns: %TRUE if the draft is saved
 */
gboolean
relay_wizard_save_now (RelayWizard  *self,
                       GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RELAY_IS_WIZARD (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);

  /* Nothing changed since the last save (or nothing was ever written). */
  if (self->store == NULL || self->kase == NULL || !self->dirty)
    return TRUE;

  if (!relay_store_save_case (self->store, self->kase, &local_error))
    {
      /* What the user typed stays in the case object and on screen; the
       * next edit, or closing the window, tries again. */
      self->save_failed = TRUE;
      gtk_label_set_label (self->saved_label, local_error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->saved_label), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->saved_label), "error");
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  self->save_failed = FALSE;
  self->dirty = FALSE;
  show_saved (self);

  return TRUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  RelayWizard *self = user_data;

  self->save_source = 0;
  relay_wizard_save_now (self, NULL);

  return G_SOURCE_REMOVE;
}

static void
on_case_changed_cb (RelayWizard *self,
                    RelayCase   *kase)
{
  g_assert (RELAY_IS_WIZARD (self));

  self->dirty = TRUE;
  if (self->save_source == 0)
    self->save_source = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

/*
 * Navigation
 */

static RelayWizardPage *
get_page (RelayWizard *self,
          guint        index)
{
  return g_ptr_array_index (self->pages, index);
}

static void
update_navigation (RelayWizard *self)
{
  RelayWizardPage *page = get_page (self, self->current);
  g_autofree char *step = NULL;
  gboolean last = self->current + 1 == self->pages->len;

  adw_window_title_set_title (self->window_title, relay_wizard_page_get_title (page));
  /* Translators: the position in the wizard, as in "Step 3 of 8". */
  step = g_strdup_printf (_("Step %1$u of %2$u"), self->current + 1, self->pages->len);
  adw_window_title_set_subtitle (self->window_title, step);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", self->current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next",
                                 relay_wizard_page_get_complete (page));
  gtk_button_set_label (self->next_button, last ? _("_Done") : _("_Next"));
}

static void
go_to (RelayWizard *self,
       guint        index)
{
  RelayWizardPage *page;

  g_assert (index < self->pages->len);

  self->current = index;
  page = get_page (self, index);

  gtk_stack_set_visible_child (self->stack, GTK_WIDGET (page));
  update_navigation (self);

  if (self->kase != NULL)
    {
      /* Turning pages of a case nobody has written anything in yet does not
       * make it a draft: closing an untouched New Case leaves nothing. */
      gboolean untouched = relay_case_get_created_at (self->kase) == NULL && !self->dirty;

      if (untouched)
        g_signal_handlers_block_by_func (self->kase, on_case_changed_cb, self);
      relay_case_set_draft_page (self->kase, relay_wizard_page_get_page_id (page));
      if (untouched)
        g_signal_handlers_unblock_by_func (self->kase, on_case_changed_cb, self);
    }

  relay_wizard_page_shown (page);
}

static void
on_page_notify_cb (RelayWizard     *self,
                   GParamSpec      *pspec,
                   RelayWizardPage *page)
{
  if (page == get_page (self, self->current))
    update_navigation (self);
}

static void
on_review_show_page_cb (RelayWizard     *self,
                        const char      *page_id,
                        RelayWizardPage *page)
{
  relay_wizard_show_page (self, page_id);
}

static void
relay_wizard_actions_next_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  relay_wizard_next (RELAY_WIZARD (widget));
}

static void
relay_wizard_actions_back_cb (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  relay_wizard_back (RELAY_WIZARD (widget));
}

/*
 * Closing
 */

static void
on_close_anyway_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             RelayWizard      *self)
{
  if (g_strcmp0 (response, "close") == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
relay_wizard_close_request (GtkWindow *window)
{
  RelayWizard *self = (RelayWizard *)window;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (relay_wizard_save_now (self, &error))
    return GTK_WINDOW_CLASS (relay_wizard_parent_class)->close_request (window);

  /* Never lose what the user typed without asking. */
  dialog = adw_message_dialog_new (window, _("The Draft Could Not Be Saved"), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "close", _("_Close Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "close",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_anyway_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

/*
 * Object implementation
 */

static RelayCase *
new_case (RelayWizard *self)
{
  RelayCase *kase = relay_case_new ();

  relay_case_set_language (kase, relay_ui_language ());

  /* The sender's details come from Preferences; the user can change them
   * for this case on the first page. */
  if (self->settings != NULL)
    {
      static const struct {
        const char *key;
        const char *property;
      } fields[] = {
        { "sender-organisation", "sender-organisation" },
        { "sender-name", "sender-name" },
        { "sender-email", "sender-email" },
        { "sender-phone", "sender-phone" },
        { "sender-address", "sender-address" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *value = g_settings_get_string (self->settings, fields[i].key);

          g_object_set (kase, fields[i].property, value, NULL);
        }
    }

  return kase;
}

static void
relay_wizard_constructed (GObject *object)
{
  RelayWizard *self = (RelayWizard *)object;
  const char *draft_page;

  G_OBJECT_CLASS (relay_wizard_parent_class)->constructed (object);

  if (self->kase == NULL)
    self->kase = new_case (self);

  self->pages = create_pages ();

  for (guint i = 0; i < self->pages->len; i++)
    {
      RelayWizardPage *page = get_page (self, i);

      relay_wizard_page_set_directory (page, self->directory);
      relay_wizard_page_set_case (page, self->kase);
      gtk_stack_add_named (self->stack, GTK_WIDGET (page), relay_wizard_page_get_page_id (page));
      g_signal_connect_object (page, "notify::complete", G_CALLBACK (on_page_notify_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "notify::title", G_CALLBACK (on_page_notify_cb),
                               self, G_CONNECT_SWAPPED);
      /* The review links each item of its checklist to its page. */
      if (RELAY_IS_WIZARD_REVIEW_PAGE (page))
        g_signal_connect_object (page, "show-page", G_CALLBACK (on_review_show_page_cb),
                                 self, G_CONNECT_SWAPPED);
    }

  g_signal_connect_object (self->kase, "changed", G_CALLBACK (on_case_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* A draft reopens where it was left. */
  draft_page = relay_case_get_draft_page (self->kase);
  self->current = 0;
  for (guint i = 0; i < self->pages->len; i++)
    if (g_strcmp0 (relay_wizard_page_get_page_id (get_page (self, i)), draft_page) == 0)
      self->current = i;

  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_NONE);
  go_to (self, self->current);
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);

  gtk_label_set_label (self->saved_label,
                       _("Everything you type is saved as a draft on this computer."));
}

static void
relay_wizard_dispose (GObject *object)
{
  RelayWizard *self = (RelayWizard *)object;

  if (self->dirty)
    relay_wizard_save_now (self, NULL);

  if (self->kase != NULL)
    g_signal_handlers_disconnect_by_data (self->kase, self);

  if (self->pages != NULL)
    for (guint i = 0; i < self->pages->len; i++)
      relay_wizard_page_set_case (get_page (self, i), NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WIZARD);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->directory);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relay_wizard_parent_class)->dispose (object);
}

/* The case outlives dispose, so that handlers of "destroy" can still ask
 * which case the wizard wrote. */
static void
relay_wizard_finalize (GObject *object)
{
  RelayWizard *self = (RelayWizard *)object;

  g_clear_object (&self->kase);

  G_OBJECT_CLASS (relay_wizard_parent_class)->finalize (object);
}

static void
relay_wizard_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelayWizard *self = RELAY_WIZARD (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_wizard_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RelayWizard *self = RELAY_WIZARD (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_DIRECTORY:
      self->directory = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_CASE:
      self->kase = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_wizard_class_init (RelayWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = relay_wizard_constructed;
  object_class->dispose = relay_wizard_dispose;
  object_class->finalize = relay_wizard_finalize;
  object_class->get_property = relay_wizard_get_property;
  object_class->set_property = relay_wizard_set_property;

  window_class->close_request = relay_wizard_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELAY_TYPE_STORE,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, RELAY_TYPE_DIRECTORY,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * RelayWizard:case:
   *
   * The case being written; a new draft when none is given.
   */
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, RELAY_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/wizard/relay-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, header_bar);
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, window_title);
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, back_button);
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, next_button);
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, stack);
  gtk_widget_class_bind_template_child (widget_class, RelayWizard, saved_label);

  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, relay_wizard_actions_next_cb);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, relay_wizard_actions_back_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "wizard.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "wizard.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relay_wizard_init (RelayWizard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * relay_wizard_new:
 * @store: (nullable): where the draft is saved
 * @directory: (nullable): the mandate directory
 * @settings: (nullable): the settings, for the sender's details
 * @kase: (nullable): a draft to continue, or %NULL for a new case
 *
 * Returns: (transfer full): a new #RelayWizard
 */
RelayWizard *
relay_wizard_new (RelayStore     *store,
                  RelayDirectory *directory,
                  GSettings      *settings,
                  RelayCase      *kase)
{
  return g_object_new (RELAY_TYPE_WIZARD,
                       "store", store,
                       "directory", directory,
                       "settings", settings,
                       "case", kase,
                       NULL);
}

/**
 * relay_wizard_get_case:
 * @self: a #RelayWizard
 *
 * Returns: (transfer none): the case being written
 */
RelayCase *
relay_wizard_get_case (RelayWizard *self)
{
  g_return_val_if_fail (RELAY_IS_WIZARD (self), NULL);

  return self->kase;
}

/**
 * relay_wizard_get_current_page:
 * @self: a #RelayWizard
 *
 * Returns: (transfer none): the visible page
 */
RelayWizardPage *
relay_wizard_get_current_page (RelayWizard *self)
{
  g_return_val_if_fail (RELAY_IS_WIZARD (self), NULL);

  return get_page (self, self->current);
}

/**
 * relay_wizard_get_n_pages:
 * @self: a #RelayWizard
 *
 * Returns: the number of pages
 */
guint
relay_wizard_get_n_pages (RelayWizard *self)
{
  g_return_val_if_fail (RELAY_IS_WIZARD (self), 0);

  return self->pages->len;
}

/**
 * relay_wizard_get_page:
 * @self: a #RelayWizard
 * @index: a page number, from 0
 *
 * Returns: (transfer none): the page
 */
RelayWizardPage *
relay_wizard_get_page (RelayWizard *self,
                       guint        index)
{
  g_return_val_if_fail (RELAY_IS_WIZARD (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return get_page (self, index);
}

/**
 * relay_wizard_next:
 * @self: a #RelayWizard
 *
 * Goes to the next page; on the last one, saves the draft and closes.
 */
void
relay_wizard_next (RelayWizard *self)
{
  g_return_if_fail (RELAY_IS_WIZARD (self));

  if (!relay_wizard_page_get_complete (get_page (self, self->current)))
    return;

  if (self->current + 1 < self->pages->len)
    go_to (self, self->current + 1);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/**
 * relay_wizard_back:
 * @self: a #RelayWizard
 *
 * Goes to the previous page; nothing typed is lost.
 */
void
relay_wizard_back (RelayWizard *self)
{
  g_return_if_fail (RELAY_IS_WIZARD (self));

  if (self->current > 0)
    go_to (self, self->current - 1);
}

/**
 * relay_wizard_show_page:
 * @self: a #RelayWizard
 * @page_id: the id of a page, such as "victims"
 *
 * Shows the page with @page_id.
 */
void
relay_wizard_show_page (RelayWizard *self,
                        const char  *page_id)
{
  g_return_if_fail (RELAY_IS_WIZARD (self));

  for (guint i = 0; i < self->pages->len; i++)
    if (g_strcmp0 (relay_wizard_page_get_page_id (get_page (self, i)), page_id) == 0)
      {
        go_to (self, i);
        return;
      }
}
