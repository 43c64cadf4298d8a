/* relay-case-page.c
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

#define G_LOG_DOMAIN "relay-case-page"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-application.h"
#include "relay-case-outbox.h"
#include "relay-case-page.h"
#include "relay-case-style.h"
#include "relay-case-timeline.h"
#include "relay-rows.h"

/* A read-only view of everything recorded about one case, in the order of
 * the guide's questions. The sections are built from the case each time
 * it changes: a case has a handful of rows, so this stays cheap. */

struct _RelayCasePage
{
  AdwBin             parent_instance;

  /* Template Widgets */
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *status_label;
  GtkLabel          *summary_label;
  GtkButton         *continue_button;
  GtkBox            *sections;

  /* Owned References */
  RelayCase         *kase;
  char              *status_class;
};

enum {
  PROP_0,
  PROP_CASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RelayCasePage, relay_case_page, ADW_TYPE_BIN)

/*
 * Auxiliary methods
 */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static GtkWidget *
add_group (RelayCasePage *self,
           const char    *title,
           const char    *description)
{
  return relay_rows_add_group (self->sections, title, description);
}

static void
add_value_row_if_set (GtkWidget  *group,
                      const char *title,
                      const char *value)
{
  if (!is_empty (value))
    relay_rows_add_value_row (group, title, value);
}

/* A block of free text written by the user, such as "What happened". */
static void
add_text_group (RelayCasePage *self,
                const char    *title,
                const char    *description,
                const char    *text)
{
  GtkWidget *group = add_group (self, title, description);

  if (is_empty (text))
    relay_rows_add_empty_row (group, _("Not written yet."));
  else
    relay_rows_add_text (group, title, text);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static void
add_sender_section (RelayCasePage *self)
{
  RelayCase *kase = self->kase;
  GtkWidget *group;
  const char *description;

  if (relay_case_get_sender_confidential (kase))
    description = _("Kept confidential: the experts do not pass your identity to the government.");
  else
    description = _("You agreed that your identity may be passed to the government.");

  group = add_group (self, _("Who Is Sending"), description);

  if (is_empty (relay_case_get_sender_name (kase)) &&
      is_empty (relay_case_get_sender_organisation (kase)) &&
      is_empty (relay_case_get_sender_email (kase)))
    {
      relay_rows_add_empty_row (group, _("No sender recorded yet."));
      return;
    }

  add_value_row_if_set (group, _("Name"), relay_case_get_sender_name (kase));
  add_value_row_if_set (group, _("Organisation"), relay_case_get_sender_organisation (kase));
  add_value_row_if_set (group, _("E-mail"), relay_case_get_sender_email (kase));
  add_value_row_if_set (group, _("Phone"), relay_case_get_sender_phone (kase));
  add_value_row_if_set (group, _("Address"), relay_case_get_sender_address (kase));
  add_value_row_if_set (group, _("Relationship to the victims"),
                        relay_case_get_sender_relationship (kase));
}

static void
add_urgency_section (RelayCasePage *self)
{
  RelayCase *kase = self->kase;
  GtkWidget *group;

  group = add_group (self, _("Kind and Urgency"), NULL);
  relay_rows_add_value_row (group, _("Kind of submission"),
                 relay_case_kind_get_label (relay_case_get_kind (kase)));
  relay_rows_add_value_row (group, _("Urgent"), yes_no (relay_case_get_urgent (kase)));

  if (!is_empty (relay_case_get_why_now (kase)))
    relay_rows_add_row (group, _("Why now"), relay_case_get_why_now (kase));
}

static void
add_victim_group (RelayCasePage *self,
                  RelayVictim   *victim,
                  guint          number)
{
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *consent = NULL;
  g_autofree char *consent_date = NULL;
  g_autofree char *withdrawn = NULL;
  RelayConsentGiver giver;
  RelayConsentMethod method;
  GtkWidget *group;
  GtkWidget *row;
  GtkWidget *icon;
  const char *name;
  const char *icon_name;

  /* Translators: the heading of one victim's details, as in "Victim 2". */
  title = g_strdup_printf (_("Victim %u"), number);
  description = relay_victim_dup_description (victim);
  group = add_group (self, title, is_empty (description) ? NULL : description);

  name = relay_victim_get_name (victim);
  relay_rows_add_value_row (group, relay_victim_get_is_group (victim) ? _("Name of the group") : _("Name"),
                 is_empty (name) ? _("Not recorded") : name);

  /* The consent comes first and in plain words: it decides what may
   * leave this computer. */
  consent = relay_victim_dup_consent_summary (victim);
  row = relay_rows_add_row (group, _("Consent"), consent);
  if (relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT))
    icon_name = "emblem-ok-symbolic";
  else
    icon_name = "dialog-warning-symbolic";
  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT)
                                  ? "success" : "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  relay_victim_may_be_named (victim, RELAY_CONSENT_PURPOSE_GOVERNMENT)
                                  ? _("The name may be used") : _("The name must not be used"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  relay_rows_add_value_row (group, _("Name may be sent to the government"),
                 relay_consent_get_label (relay_victim_get_consent_government (victim)));
  relay_rows_add_value_row (group, _("Name may appear in public reports"),
                 relay_consent_get_label (relay_victim_get_consent_public (victim)));
  relay_rows_add_value_row (group, _("Name in public reports"),
                 relay_name_form_get_label (relay_victim_get_name_form (victim)));

  giver = relay_victim_get_consent_given_by (victim);
  method = relay_victim_get_consent_method (victim);
  consent_date = relay_format_iso_date (relay_victim_get_consent_date (victim));

  if (giver != RELAY_CONSENT_GIVER_UNKNOWN)
    relay_rows_add_value_row (group, _("Consent given by"), relay_consent_giver_get_label (giver));
  if (method != RELAY_CONSENT_METHOD_UNKNOWN)
    relay_rows_add_value_row (group, _("How consent was given"), relay_consent_method_get_label (method));
  if (consent_date != NULL)
    relay_rows_add_value_row (group, _("Date of consent"), consent_date);

  withdrawn = relay_format_iso_date (relay_victim_get_consent_withdrawn (victim));
  if (withdrawn != NULL)
    {
      row = relay_rows_add_value_row (group, _("Consent withdrawn on"), withdrawn);
      gtk_widget_add_css_class (row, "error");
    }

  add_value_row_if_set (group, _("Origin"), relay_victim_get_origin (victim));
  add_value_row_if_set (group, _("Residence"), relay_victim_get_residence (victim));
  add_value_row_if_set (group, _("Group or organisation"), relay_victim_get_group_name (victim));
}

static void
add_victims_section (RelayCasePage *self)
{
  GListModel *victims = G_LIST_MODEL (relay_case_get_victims (self->kase));
  guint n_items = g_list_model_get_n_items (victims);

  if (n_items == 0)
    {
      GtkWidget *group = add_group (self, _("Victims"), NULL);

      relay_rows_add_empty_row (group, _("No victims recorded yet."));
      return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);

      add_victim_group (self, victim, i + 1);
    }
}

static void
add_incidents_section (RelayCasePage *self)
{
  GListModel *incidents = G_LIST_MODEL (relay_case_get_incidents (self->kase));
  guint n_items = g_list_model_get_n_items (incidents);
  GtkWidget *group;

  if (n_items == 0)
    return;

  group = add_group (self, _("Incidents"), NULL);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelayIncident) incident = g_list_model_get_item (incidents, i);
      g_autofree char *date = relay_incident_dup_date_label (incident);
      g_autofree char *subtitle = NULL;
      const char *place = relay_incident_get_place (incident);
      const char *description = relay_incident_get_description (incident);

      if (!is_empty (place) && !is_empty (description))
        /* Translators: the place of an incident, then what happened there. */
        subtitle = g_strdup_printf (_("%1$s — %2$s"), place, description);
      else
        subtitle = g_strdup (!is_empty (place) ? place : description);

      relay_rows_add_row (group, date, subtitle);
    }
}

static void
add_sources_section (RelayCasePage *self)
{
  GListModel *sources = G_LIST_MODEL (relay_case_get_sources (self->kase));
  guint n_items = g_list_model_get_n_items (sources);
  GtkWidget *group;

  group = add_group (self, _("Sources"), _("Where the information comes from."));

  if (n_items == 0)
    {
      relay_rows_add_empty_row (group, _("No sources recorded yet."));
      return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelaySource) source = g_list_model_get_item (sources, i);

      relay_rows_add_row (group,
               relay_source_kind_get_label (relay_source_get_kind (source)),
               relay_source_get_description (source));
    }
}

static void
add_perpetrators_section (RelayCasePage *self)
{
  GListModel *perpetrators = G_LIST_MODEL (relay_case_get_perpetrators (self->kase));
  guint n_items = g_list_model_get_n_items (perpetrators);
  GtkWidget *group;

  group = add_group (self, _("Alleged Perpetrators"), NULL);

  if (n_items == 0)
    {
      relay_rows_add_empty_row (group, _("No perpetrators recorded yet."));
      return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(RelayPerpetrator) perpetrator = g_list_model_get_item (perpetrators, i);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      const char *name = relay_perpetrator_get_name (perpetrator);
      const char *function = relay_perpetrator_get_function (perpetrator);
      const char *institution = relay_perpetrator_get_institution (perpetrator);
      const char *motive = relay_perpetrator_get_motive (perpetrator);

      if (!is_empty (function) && !is_empty (institution))
        /* Translators: a perpetrator's function and institution, as in
         * "Police captain, National Police". */
        g_string_append_printf (subtitle, _("%1$s, %2$s"), function, institution);
      else if (!is_empty (function) || !is_empty (institution))
        g_string_append (subtitle, !is_empty (function) ? function : institution);

      if (!is_empty (motive))
        {
          if (subtitle->len > 0)
            g_string_append_c (subtitle, '\n');
          /* Translators: %s is what may have motivated the perpetrator. */
          g_string_append_printf (subtitle, _("Possible motive: %s"), motive);
        }

      relay_rows_add_row (group, is_empty (name) ? _("Name unknown") : name, subtitle->str);
    }
}

static void
add_requested_section (RelayCasePage *self)
{
  RelayCase *kase = self->kase;
  GtkWidget *group;

  add_text_group (self, _("Action Requested"),
                  _("What the experts are asked to do."),
                  relay_case_get_action_requested (kase));

  group = add_group (self, NULL, NULL);
  relay_rows_add_value_row (group, _("Press release wanted"), yes_no (relay_case_get_press_release (kase)));
  if (relay_case_get_press_release (kase) && !is_empty (relay_case_get_press_release_reason (kase)))
    relay_rows_add_row (group, _("Why a press release"), relay_case_get_press_release_reason (kase));
}

static void
add_mandates_section (RelayCasePage *self)
{
  GListModel *mandates = G_LIST_MODEL (relay_case_get_mandates (self->kase));
  guint n_items = g_list_model_get_n_items (mandates);
  GApplication *app = g_application_get_default ();
  RelayDirectory *directory = NULL;
  GtkWidget *group;

  if (RELAY_IS_APPLICATION (app))
    directory = relay_application_get_directory (RELAY_APPLICATION (app));

  group = add_group (self, _("Mandates"), _("The experts this case is addressed to."));

  if (n_items == 0)
    {
      relay_rows_add_empty_row (group, _("No mandates chosen yet."));
    }
  else
    {
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(RelayCaseMandate) mandate = g_list_model_get_item (mandates, i);
          const char *id = relay_case_mandate_get_mandate_id (mandate);
          RelayMandate *known = directory != NULL ? relay_directory_lookup (directory, id) : NULL;

          /* The mandate's title in the language of the day; its id if the
           * directory no longer has it. */
          relay_rows_add_value_row (group,
                                    known != NULL ? relay_mandate_get_title (known, relay_ui_language ()) : id,
                                    relay_mandate_role_get_label (relay_case_mandate_get_role (mandate)));
        }
    }

  if (!is_empty (relay_case_get_joint_action_note (self->kase)))
    relay_rows_add_row (group, _("Why joint action"), relay_case_get_joint_action_note (self->kase));
}

static void
update_header (RelayCasePage *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *created = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GDateTime) now = NULL;
  RelayCaseStatus status = relay_case_get_status (self->kase);
  const char *title = relay_case_get_title (self->kase);
  const char *country = relay_case_get_country (self->kase);
  GDateTime *updated_at = relay_case_get_updated_at (self->kase);

  gtk_label_set_label (self->title_label, is_empty (title) ? _("Untitled case") : title);

  if (self->status_class != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), self->status_class);
      g_clear_pointer (&self->status_class, g_free);
    }
  self->status_class = relay_case_status_dup_css_class (status);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), self->status_class);
  gtk_label_set_label (self->status_label, relay_case_status_get_label (status));

  g_string_append (summary, relay_case_kind_get_label (relay_case_get_kind (self->kase)));
  if (!is_empty (country))
    {
      g_string_append (summary, " · ");
      g_string_append (summary, relay_country_get_name (country));
    }
  if (updated_at != NULL)
    {
      now = g_date_time_new_now_local ();
      changed = relay_format_last_change (updated_at, now);
      g_string_append (summary, " · ");
      /* Translators: %s is a date or "Today at 14:02". */
      g_string_append_printf (summary, _("Changed %s"), changed);
    }

  gtk_label_set_label (self->summary_label, summary->str);

  /* A draft can be taken up again in the wizard, where it was left. */
  gtk_widget_set_visible (GTK_WIDGET (self->continue_button), status == RELAY_CASE_STATUS_DRAFT);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->continue_button), "s",
                                    relay_case_get_uuid (self->kase));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->continue_button), "win.edit-case");
}

static void
rebuild (RelayCasePage *self)
{
  RelayCase *kase = self->kase;

  g_assert (RELAY_IS_CASE_PAGE (self));

  relay_rows_clear (self->sections);

  if (kase == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->summary_label, "");
      gtk_label_set_label (self->status_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->continue_button), FALSE);
      return;
    }

  update_header (self);

  /* The nine questions of the guide, in its order. */
  add_sender_section (self);
  add_urgency_section (self);
  add_victims_section (self);
  add_text_group (self, _("What Happened"), NULL, relay_case_get_what_happened (kase));
  add_incidents_section (self);
  add_sources_section (self);
  add_perpetrators_section (self);
  add_text_group (self, _("Context and Legal Framework"), NULL, relay_case_get_context (kase));
  add_text_group (self, _("Action Already Taken"),
                  _("Complaints, court cases and other steps, and their results."),
                  relay_case_get_action_taken (kase));
  add_requested_section (self);
  add_mandates_section (self);
  relay_case_outbox_add_group (self->sections, kase);
  relay_case_timeline_add_group (self, self->sections, kase);
  add_text_group (self, _("Confidential Note"),
                  _("Only for the experts: never passed to the government."),
                  relay_case_get_confidential_note (kase));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
}

/*
 * Object implementation
 */

static void
relay_case_page_dispose (GObject *object)
{
  RelayCasePage *self = (RelayCasePage *)object;

  /* AdwBin unparents its child, the root of the template, itself. */
  g_clear_object (&self->kase);
  g_clear_pointer (&self->status_class, g_free);

  G_OBJECT_CLASS (relay_case_page_parent_class)->dispose (object);
}

static void
relay_case_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RelayCasePage *self = RELAY_CASE_PAGE (object);

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
relay_case_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RelayCasePage *self = RELAY_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      relay_case_page_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_page_class_init (RelayCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relay_case_page_dispose;
  object_class->get_property = relay_case_page_get_property;
  object_class->set_property = relay_case_page_set_property;

  /**
   * RelayCasePage:case:
   *
   * The case shown, or %NULL.
   */
  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         RELAY_TYPE_CASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/cases/relay-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayCasePage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RelayCasePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelayCasePage, status_label);
  gtk_widget_class_bind_template_child (widget_class, RelayCasePage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RelayCasePage, sections);
  gtk_widget_class_bind_template_child (widget_class, RelayCasePage, continue_button);
}

/* Shows @stored, the case as saved, where the reader was. */
static void
show_stored (RelayCasePage *self,
             RelayCase     *stored)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  double position = gtk_adjustment_get_value (adjustment);

  if (stored != NULL)
    g_set_object (&self->kase, stored);
  rebuild (self);
  gtk_adjustment_set_value (adjustment, position);
}

/* A message of the case was queued, sent or failed, maybe from the wizard:
 * the stored case is the one to show (its status and timeline may have
 * changed), where the reader was. */
static void
on_outbox_changed_cb (RelayCasePage *self,
                      const char    *case_uuid,
                      RelayStore    *store)
{
  g_autoptr(RelayCase) stored = NULL;

  if (self->kase == NULL || g_strcmp0 (case_uuid, relay_case_get_uuid (self->kase)) != 0)
    return;

  stored = relay_store_load_case (store, case_uuid, NULL);
  show_stored (self, stored);
}

static void
relay_case_page_init (RelayCasePage *self)
{
  GApplication *app = g_application_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));

  if (RELAY_IS_APPLICATION (app) && relay_application_get_store (RELAY_APPLICATION (app)) != NULL)
    g_signal_connect_object (relay_application_get_store (RELAY_APPLICATION (app)), "outbox-changed",
                             G_CALLBACK (on_outbox_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * relay_case_page_new:
 *
 * Returns: (transfer floating): a new #RelayCasePage
 */
RelayCasePage *
relay_case_page_new (void)
{
  return g_object_new (RELAY_TYPE_CASE_PAGE, NULL);
}

/**
 * relay_case_page_get_case:
 * @self: a #RelayCasePage
 *
 * Returns: (transfer none) (nullable): the case shown
 */
RelayCase *
relay_case_page_get_case (RelayCasePage *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_PAGE (self), NULL);

  return self->kase;
}

/**
 * relay_case_page_set_case:
 * @self: a #RelayCasePage
 * @kase: (nullable): the case to show
 *
 * Shows everything recorded about @kase.
 */
void
relay_case_page_set_case (RelayCasePage *self,
                          RelayCase     *kase)
{
  g_return_if_fail (RELAY_IS_CASE_PAGE (self));
  g_return_if_fail (kase == NULL || RELAY_IS_CASE (kase));

  if (g_set_object (&self->kase, kase))
    {
      rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
    }
}

/**
 * relay_case_page_show_saved_case:
 * @self: a #RelayCasePage
 * @saved: a case just saved
 *
 * Shows @saved instead of the case shown, if it is the same case, where
 * the reader was: for example after something was recorded in its
 * timeline.
 */
void
relay_case_page_show_saved_case (RelayCasePage *self,
                                 RelayCase     *saved)
{
  g_return_if_fail (RELAY_IS_CASE_PAGE (self));
  g_return_if_fail (RELAY_IS_CASE (saved));

  if (self->kase == NULL || g_strcmp0 (relay_case_get_uuid (saved), relay_case_get_uuid (self->kase)) != 0)
    return;

  show_stored (self, saved);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}
