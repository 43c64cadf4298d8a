/* relay-wizard-kind-page.c
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

#define G_LOG_DOMAIN "relay-wizard-kind-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-wizard-kind-page.h"

/* Question 2: the kind of case, its country, and whether it is urgent. */

struct _RelayWizardKindPage
{
  RelayWizardPage       parent_instance;

  /* Template Widgets */
  AdwEntryRow          *title_row;
  AdwComboRow          *kind_row;
  AdwActionRow         *country_row;
  GtkDropDown          *country_dropdown;
  AdwActionRow         *urgent_row;
  GtkSwitch            *urgent_switch;
  AdwPreferencesGroup  *why_now_group;
  GtkTextView          *why_now_view;

  /* Owned References */
  GStrv                 country_codes;   /* index 0 is "not chosen" */
  GBinding             *country_binding;
};

G_DEFINE_FINAL_TYPE (RelayWizardKindPage, relay_wizard_kind_page, RELAY_TYPE_WIZARD_PAGE)

static const char *
describe_kind (RelayCaseKind kind)
{
  switch (kind)
    {
    case RELAY_CASE_KIND_URGENT_APPEAL:
      return _("A violation is happening now or is about to happen.");
    case RELAY_CASE_KIND_ALLEGATION:
      return _("A violation already happened.");
    case RELAY_CASE_KIND_LAW_POLICY:
      return _("A law, bill or policy breaks human rights standards.");
    case RELAY_CASE_KIND_REPRISAL:
      return _("Someone was punished for cooperating with the UN.");
    default:
      return "";
    }
}

static void
update_kind_subtitle (RelayWizardKindPage *self)
{
  RelayCase *kase = relay_wizard_page_get_case (RELAY_WIZARD_PAGE (self));

  if (kase != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->kind_row),
                                 describe_kind (relay_case_get_kind (kase)));
}

static gboolean
code_to_selected (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  RelayWizardKindPage *self = user_data;
  const char *code = g_value_get_string (from);

  for (guint i = 1; self->country_codes[i] != NULL; i++)
    if (g_strcmp0 (self->country_codes[i], code) == 0)
      {
        g_value_set_uint (to, i);
        return TRUE;
      }

  g_value_set_uint (to, 0);
  return TRUE;
}

static gboolean
selected_to_code (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  RelayWizardKindPage *self = user_data;
  guint selected = g_value_get_uint (from);

  if (selected == 0 || selected >= g_strv_length (self->country_codes))
    g_value_set_string (to, "");
  else
    g_value_set_string (to, self->country_codes[selected]);

  return TRUE;
}

static void
on_kind_notify_cb (RelayWizardKindPage *self)
{
  update_kind_subtitle (self);
}

static void
relay_wizard_kind_page_case_changed (RelayWizardPage *page,
                                     RelayCase       *kase)
{
  RelayWizardKindPage *self = RELAY_WIZARD_KIND_PAGE (page);

  if (self->country_binding != NULL)
    {
      g_binding_unbind (self->country_binding);
      self->country_binding = NULL;
    }

  if (kase == NULL)
    return;

  relay_wizard_page_bind (page, "title", GTK_WIDGET (self->title_row));
  relay_wizard_page_bind (page, "urgent", GTK_WIDGET (self->urgent_switch));
  relay_wizard_page_bind (page, "why-now", GTK_WIDGET (self->why_now_view));
  relay_wizard_bind_enum (G_OBJECT (kase), "kind", self->kind_row);
  g_signal_connect_object (kase, "notify::kind", G_CALLBACK (on_kind_notify_cb),
                           self, G_CONNECT_SWAPPED);
  update_kind_subtitle (self);

  self->country_binding = g_object_bind_property_full (kase, "country",
                                                       self->country_dropdown, "selected",
                                                       G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                                                       code_to_selected, selected_to_code,
                                                       self, NULL);
}

static void
relay_wizard_kind_page_shown (RelayWizardPage *page)
{
  RelayWizardKindPage *self = RELAY_WIZARD_KIND_PAGE (page);

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

static void
relay_wizard_kind_page_dispose (GObject *object)
{
  RelayWizardKindPage *self = (RelayWizardKindPage *)object;

  if (self->country_binding != NULL)
    {
      g_binding_unbind (self->country_binding);
      self->country_binding = NULL;
    }

  gtk_widget_dispose_template (GTK_WIDGET (object), RELAY_TYPE_WIZARD_KIND_PAGE);

  G_OBJECT_CLASS (relay_wizard_kind_page_parent_class)->dispose (object);
}

static void
relay_wizard_kind_page_finalize (GObject *object)
{
  RelayWizardKindPage *self = (RelayWizardKindPage *)object;

  g_clear_pointer (&self->country_codes, g_strfreev);

  G_OBJECT_CLASS (relay_wizard_kind_page_parent_class)->finalize (object);
}

static void
relay_wizard_kind_page_class_init (RelayWizardKindPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_kind_page_dispose;
  object_class->finalize = relay_wizard_kind_page_finalize;

  page_class->page_id = "kind";
  page_class->case_changed = relay_wizard_kind_page_case_changed;
  page_class->shown = relay_wizard_kind_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-kind-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, country_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, urgent_row);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, urgent_switch);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, why_now_group);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardKindPage, why_now_view);
}

static void
relay_wizard_kind_page_init (RelayWizardKindPage *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) countries = NULL;
  g_auto(GStrv) codes = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("Kind and Urgency"));

  kinds = relay_wizard_enum_model (RELAY_TYPE_CASE_KIND);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  /* The countries, sorted by name in the user's language, after a first
   * entry for "not chosen yet". */
  countries = gtk_string_list_new (NULL);
  gtk_string_list_append (countries, _("Choose…"));
  g_strv_builder_add (builder, "");
  codes = relay_country_dup_codes ();
  for (guint i = 0; codes[i] != NULL; i++)
    {
      gtk_string_list_append (countries, relay_country_get_name (codes[i]));
      g_strv_builder_add (builder, codes[i]);
    }
  self->country_codes = g_strv_builder_end (builder);

  gtk_drop_down_set_expression (self->country_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (countries));
}

/**
 * relay_wizard_kind_page_set_country:
 * @self: a #RelayWizardKindPage
 * @code: an ISO 3166-1 alpha-2 code, or "" for none
 *
 * Chooses a country as the user would in the list.
 */
void
relay_wizard_kind_page_set_country (RelayWizardKindPage *self,
                                    const char          *code)
{
  g_return_if_fail (RELAY_IS_WIZARD_KIND_PAGE (self));

  for (guint i = 0; self->country_codes[i] != NULL; i++)
    if (g_strcmp0 (self->country_codes[i], code) == 0)
      {
        gtk_drop_down_set_selected (self->country_dropdown, i);
        return;
      }
}
