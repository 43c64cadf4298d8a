/* relay-wizard-page.c
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

#define G_LOG_DOMAIN "relay-wizard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-wizard-page.h"

/* One page of the submission wizard, in the manner of GNOME Initial
 * Setup's GisPage: it knows its title and whether it is complete, and it
 * edits the case it is given. Every edit goes straight into the case
 * object; the wizard saves the case. */

typedef struct
{
  RelayCase      *kase;
  RelayDirectory *directory;
  char           *title;
  char           *page_id;
  GPtrArray      *bindings;
  guint           complete : 1;
} RelayWizardPagePrivate;

enum {
  PROP_0,
  PROP_CASE,
  PROP_DIRECTORY,
  PROP_TITLE,
  PROP_COMPLETE,
  PROP_PAGE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RelayWizardPage, relay_wizard_page, ADW_TYPE_BIN)

static const char *
get_bindable_property (GtkWidget *widget,
                       GObject  **target)
{
  *target = G_OBJECT (widget);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      *target = G_OBJECT (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)));
      return "text";
    }

  /* A spin button is editable too: ask for it first. */
  if (GTK_IS_SPIN_BUTTON (widget))
    return "value";

  if (GTK_IS_EDITABLE (widget))
    return "text";

  if (GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_TOGGLE_BUTTON (widget))
    return "active";

  g_return_val_if_reached (NULL);
}

static void
relay_wizard_page_dispose (GObject *object)
{
  RelayWizardPage *self = (RelayWizardPage *)object;
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_object (&priv->kase);
  g_clear_object (&priv->directory);

  G_OBJECT_CLASS (relay_wizard_page_parent_class)->dispose (object);
}

static void
relay_wizard_page_finalize (GObject *object)
{
  RelayWizardPage *self = (RelayWizardPage *)object;
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->page_id, g_free);

  G_OBJECT_CLASS (relay_wizard_page_parent_class)->finalize (object);
}

static void
relay_wizard_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelayWizardPage *self = RELAY_WIZARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, relay_wizard_page_get_case (self));
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, relay_wizard_page_get_directory (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, relay_wizard_page_get_title (self));
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, relay_wizard_page_get_complete (self));
      break;

    case PROP_PAGE_ID:
      g_value_set_string (value, relay_wizard_page_get_page_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_wizard_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelayWizardPage *self = RELAY_WIZARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      relay_wizard_page_set_case (self, g_value_get_object (value));
      break;

    case PROP_DIRECTORY:
      relay_wizard_page_set_directory (self, g_value_get_object (value));
      break;

    case PROP_TITLE:
      relay_wizard_page_set_title (self, g_value_get_string (value));
      break;

    case PROP_COMPLETE:
      relay_wizard_page_set_complete (self, g_value_get_boolean (value));
      break;

    case PROP_PAGE_ID:
      {
        RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

        priv->page_id = g_value_dup_string (value);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_wizard_page_class_init (RelayWizardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relay_wizard_page_dispose;
  object_class->finalize = relay_wizard_page_finalize;
  object_class->get_property = relay_wizard_page_get_property;
  object_class->set_property = relay_wizard_page_set_property;

  /**
   * RelayWizardPage:case:
   *
   * The case the page edits.
   */
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         RELAY_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayWizardPage:directory:
   *
   * The mandate directory, for the pages that need it.
   */
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         RELAY_TYPE_DIRECTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayWizardPage:title:
   *
   * The page's title, shown in the header.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayWizardPage:complete:
   *
   * Whether the page has what it needs; the wizard enables Next only then.
   */
  properties[PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * RelayWizardPage:page-id:
   *
   * The page's id, for pages whose class serves several pages; otherwise
   * the class's page_id is used.
   */
  properties[PROP_PAGE_ID] =
    g_param_spec_string ("page-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_wizard_page_init (RelayWizardPage *self)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  priv->complete = TRUE;
}

/**
 * relay_wizard_page_get_case:
 * @self: a #RelayWizardPage
 *
 * Returns: (transfer none) (nullable): the case the page edits
 */
RelayCase *
relay_wizard_page_get_case (RelayWizardPage *self)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_val_if_fail (RELAY_IS_WIZARD_PAGE (self), NULL);

  return priv->kase;
}

/**
 * relay_wizard_page_set_case:
 * @self: a #RelayWizardPage
 * @kase: (nullable): the case to edit
 *
 * Drops the bindings to the previous case and lets the page bind its
 * widgets to @kase.
 */
void
relay_wizard_page_set_case (RelayWizardPage *self,
                            RelayCase       *kase)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_if_fail (RELAY_IS_WIZARD_PAGE (self));
  g_return_if_fail (kase == NULL || RELAY_IS_CASE (kase));

  if (priv->kase == kase)
    return;

  if (priv->bindings != NULL)
    {
      for (guint i = 0; i < priv->bindings->len; i++)
        g_binding_unbind (g_ptr_array_index (priv->bindings, i));
      g_ptr_array_set_size (priv->bindings, 0);
    }

  g_set_object (&priv->kase, kase);

  if (RELAY_WIZARD_PAGE_GET_CLASS (self)->case_changed != NULL)
    RELAY_WIZARD_PAGE_GET_CLASS (self)->case_changed (self, kase);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

/**
 * relay_wizard_page_get_directory:
 * @self: a #RelayWizardPage
 *
 * Returns: (transfer none) (nullable): the mandate directory
 */
RelayDirectory *
relay_wizard_page_get_directory (RelayWizardPage *self)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_val_if_fail (RELAY_IS_WIZARD_PAGE (self), NULL);

  return priv->directory;
}

/**
 * relay_wizard_page_set_directory:
 * @self: a #RelayWizardPage
 * @directory: (nullable): the mandate directory
 *
 * Sets the directory the mandates page chooses from.
 */
void
relay_wizard_page_set_directory (RelayWizardPage *self,
                                 RelayDirectory  *directory)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_if_fail (RELAY_IS_WIZARD_PAGE (self));

  if (g_set_object (&priv->directory, directory))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
}

/**
 * relay_wizard_page_get_title:
 * @self: a #RelayWizardPage
 *
 * Returns: (nullable): the page's title
 */
const char *
relay_wizard_page_get_title (RelayWizardPage *self)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_val_if_fail (RELAY_IS_WIZARD_PAGE (self), NULL);

  return priv->title;
}

/**
 * relay_wizard_page_set_title:
 * @self: a #RelayWizardPage
 * @title: (nullable): the title, translated
 *
 * Sets the title the wizard shows for this page.
 */
void
relay_wizard_page_set_title (RelayWizardPage *self,
                             const char      *title)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_if_fail (RELAY_IS_WIZARD_PAGE (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;

  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * relay_wizard_page_get_complete:
 * @self: a #RelayWizardPage
 *
 * Returns: whether the page has what it needs to go on
 */
gboolean
relay_wizard_page_get_complete (RelayWizardPage *self)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_val_if_fail (RELAY_IS_WIZARD_PAGE (self), FALSE);

  return priv->complete;
}

/**
 * relay_wizard_page_set_complete:
 * @self: a #RelayWizardPage
 * @complete: whether the page has what it needs
 *
 * Pages set this as the user types; the wizard enables Next accordingly.
 */
void
relay_wizard_page_set_complete (RelayWizardPage *self,
                                gboolean         complete)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_if_fail (RELAY_IS_WIZARD_PAGE (self));

  complete = !!complete;
  if (priv->complete == complete)
    return;

  priv->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

/**
 * relay_wizard_page_get_page_id:
 * @self: a #RelayWizardPage
 *
 * Returns: the id of the page's class, as stored in drafts
 */
const char *
relay_wizard_page_get_page_id (RelayWizardPage *self)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);

  g_return_val_if_fail (RELAY_IS_WIZARD_PAGE (self), NULL);

  if (priv->page_id != NULL)
    return priv->page_id;

  return RELAY_WIZARD_PAGE_GET_CLASS (self)->page_id;
}

/**
 * relay_wizard_page_shown:
 * @self: a #RelayWizardPage
 *
 * Tells the page it became visible, so that it can refresh what depends
 * on other pages and focus its first field.
 */
void
relay_wizard_page_shown (RelayWizardPage *self)
{
  g_return_if_fail (RELAY_IS_WIZARD_PAGE (self));

  if (RELAY_WIZARD_PAGE_GET_CLASS (self)->shown != NULL)
    RELAY_WIZARD_PAGE_GET_CLASS (self)->shown (self);
}

/**
 * relay_wizard_page_bind:
 * @self: a #RelayWizardPage
 * @property: a property of #RelayCase
 * @widget: the widget that edits it
 *
 * Binds @property of the page's case to @widget, both ways. Call it from
 * #RelayWizardPageClass.case_changed.
 */
void
relay_wizard_page_bind (RelayWizardPage *self,
                        const char      *property,
                        GtkWidget       *widget)
{
  RelayWizardPagePrivate *priv = relay_wizard_page_get_instance_private (self);
  GObject *target = NULL;
  const char *target_property;
  GBinding *binding;

  g_return_if_fail (RELAY_IS_WIZARD_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (priv->kase == NULL)
    return;

  target_property = get_bindable_property (widget, &target);
  if (target_property == NULL)
    return;

  if (priv->bindings == NULL)
    priv->bindings = g_ptr_array_new_with_free_func (g_object_unref);

  binding = g_object_bind_property (priv->kase, property, target, target_property,
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_ptr_array_add (priv->bindings, g_object_ref (binding));
}

/**
 * relay_wizard_bind_item:
 * @item: a victim, incident, perpetrator or other part of a case
 * @property: a property of @item
 * @widget: the widget that edits it
 *
 * Binds @property of @item to @widget, both ways, for as long as both
 * exist.
 */
void
relay_wizard_bind_item (GObject    *item,
                        const char *property,
                        GtkWidget  *widget)
{
  GObject *target = NULL;
  const char *target_property;

  g_return_if_fail (G_IS_OBJECT (item));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  target_property = get_bindable_property (widget, &target);
  if (target_property != NULL)
    g_object_bind_property (item, property, target, target_property,
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static gboolean
enum_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_uint (to, (guint)g_value_get_enum (from));
  return TRUE;
}

static gboolean
selected_to_enum (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  guint selected = g_value_get_uint (from);
  g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (to));

  /* Nothing selected, or a value the enum does not have: keep it. */
  if (g_enum_get_value (klass, (int)selected) == NULL)
    return FALSE;

  g_value_set_enum (to, (int)selected);
  return TRUE;
}

/**
 * relay_wizard_bind_enum:
 * @object: a case or a part of one
 * @property: an enum property of @object whose values are 0, 1, 2…
 * @row: a combo row listing the values' labels in that order
 *
 * Binds @property to the row's selection, both ways.
 */
void
relay_wizard_bind_enum (GObject     *object,
                        const char  *property,
                        AdwComboRow *row)
{
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_object_bind_property_full (object, property, row, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               enum_to_selected, selected_to_enum, NULL, NULL);
}

/**
 * relay_wizard_enum_model:
 * @enum_type: the GType of an enum whose values are 0, 1, 2…
 *
 * Returns: (transfer full): the labels of all values, in order
 */
GtkStringList *
relay_wizard_enum_model (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, relay_enum_get_label (enum_type, (int)i));

  return list;
}
