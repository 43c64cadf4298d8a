/* relay-wizard-victims-page.c
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

#define G_LOG_DOMAIN "relay-wizard-victims-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-wizard-victims-page.h"

/* Question 3 of the guide: who the victims are, and whether they agreed to
 * be named. One expander row per victim, bound to the case's list of
 * victims; the consent part of each row says in plain words what will
 * happen to the name. Every edit goes straight into the RelayVictim.
 */

struct _RelayWizardVictimsPage
{
  RelayWizardPage  parent_instance;

  /* Template Widgets */
  GtkLabel        *help_label;
  GtkListBox      *list_box;
  GtkButton       *add_button;

  /* Owned References */
  GListStore      *victims;
  gulong           items_changed_id;
};

G_DEFINE_FINAL_TYPE (RelayWizardVictimsPage, relay_wizard_victims_page, RELAY_TYPE_WIZARD_PAGE)

#define VICTIM_ROW_KEY "relay-wizard-victim-row"

/* The biggest numbers the spin buttons take. */
#define MAX_AGE        150
#define MAX_GROUP_SIZE 100000000

typedef enum
{
  DATE_EMPTY,
  DATE_VALID,
  DATE_INVALID,
} DateState;

typedef struct
{
  GtkWidget  *row;       /* AdwEntryRow */
  GtkWidget  *hint;      /* GtkLabel: the format, or the date in words */
  GtkWidget  *icon;      /* GtkImage, shown when the date is not valid */
  const char *property;
} DateField;

/* What one victim's expander row holds. It is attached to the row (and
 * freed with it); the widgets are the row's descendants. */
typedef struct
{
  /* Owned References */
  RelayVictim *victim;

  /* Borrowed References */
  GtkWidget   *expander;
  GtkWidget   *remove_button;
  GtkWidget   *name_row;
  GtkWidget   *warning_label;
  DateField    consent_date;
  DateField    consent_withdrawn;
} VictimRow;

static void
victim_row_free (gpointer data)
{
  VictimRow *vr = data;

  g_clear_object (&vr->victim);
  g_free (vr);
}

static VictimRow *
get_victim_row (GtkListBoxRow *row)
{
  if (row == NULL)
    return NULL;

  return g_object_get_data (G_OBJECT (row), VICTIM_ROW_KEY);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* Consent dates are stored as "YYYY-MM-DD", exactly as typed: anything
 * else is flagged, never rewritten. */
static DateState
get_date_state (const char *text)
{
  int year = 0;
  int month = 0;
  int day = 0;

  if (text == NULL || text[0] == '\0')
    return DATE_EMPTY;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return DATE_INVALID;

  for (guint i = 0; i < 10; i++)
    {
      if (i == 4 || i == 7)
        continue;
      if (!g_ascii_isdigit (text[i]))
        return DATE_INVALID;
    }

  for (guint i = 0; i < 4; i++)
    year = year * 10 + g_ascii_digit_value (text[i]);
  month = g_ascii_digit_value (text[5]) * 10 + g_ascii_digit_value (text[6]);
  day = g_ascii_digit_value (text[8]) * 10 + g_ascii_digit_value (text[9]);

  if (year < 1 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay)day, (GDateMonth)month, (GDateYear)year))
    return DATE_INVALID;

  return DATE_VALID;
}

static DateState
get_victim_date_state (RelayVictim *victim,
                       const char  *property)
{
  g_autofree char *text = NULL;

  g_object_get (victim, property, &text, NULL);

  return get_date_state (text);
}

static void
update_complete (RelayWizardVictimsPage *self)
{
  gboolean complete = TRUE;

  g_assert (RELAY_IS_WIZARD_VICTIMS_PAGE (self));

  /* Gaps are for the review page to point out; only a date that is not a
   * date holds the user back, as it would silently drop out of the letter. */
  if (self->victims != NULL)
    {
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->victims));

      for (guint i = 0; i < n_items && complete; i++)
        {
          g_autoptr(RelayVictim) victim = g_list_model_get_item (G_LIST_MODEL (self->victims), i);

          if (get_victim_date_state (victim, "consent-date") == DATE_INVALID ||
              get_victim_date_state (victim, "consent-withdrawn") == DATE_INVALID)
            complete = FALSE;
        }
    }

  relay_wizard_page_set_complete (RELAY_WIZARD_PAGE (self), complete);
}

static void
update_date_field (DateField   *field,
                   RelayVictim *victim)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  DateState state;

  g_object_get (victim, field->property, &text, NULL);
  state = get_date_state (text);

  if (state == DATE_VALID)
    label = relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, text);
  else
    /* Translators: how a date is typed, year-month-day ("AAAA-MM-JJ" in French) */
    label = g_strdup (_("YYYY-MM-DD"));

  gtk_label_set_text (GTK_LABEL (field->hint), label);
  gtk_widget_set_visible (field->icon, state == DATE_INVALID);

  if (state == DATE_INVALID)
    {
      g_autofree char *description = NULL;

      /* Translators: %s is an example date, always written 2026-03-14 */
      description = g_strdup_printf (_("Not a valid date. Type it as year-month-day, for example %s."),
                                     "2026-03-14");
      gtk_widget_add_css_class (field->row, "error");
      gtk_widget_remove_css_class (field->hint, "dim-label");
      gtk_widget_add_css_class (field->hint, "error");
      gtk_widget_set_tooltip_text (field->icon, description);
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (field->row, "error");
      gtk_widget_remove_css_class (field->hint, "error");
      gtk_widget_add_css_class (field->hint, "dim-label");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (field->row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
refresh_victim_row (VictimRow *vr)
{
  g_autofree char *number_label = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *remove_label = NULL;
  const char *name;
  const char *title;
  int index;
  guint number;

  g_assert (vr != NULL);

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (vr->expander));
  number = index < 0 ? 1 : (guint)index + 1;

  /* Translators: how a victim with no name yet is called, and how the
   * letter calls a victim who may not be named, as in "Victim 2". */
  number_label = g_strdup_printf (_("Victim %u"), number);

  name = relay_victim_get_name (vr->victim);
  title = is_blank (name) ? number_label : name;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (vr->expander), title);

  summary = relay_victim_dup_consent_summary (vr->victim);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (vr->expander), summary);

  if (!relay_victim_may_be_named (vr->victim, RELAY_CONSENT_PURPOSE_GOVERNMENT))
    {
      g_autofree char *warning = NULL;

      /* Translators: %s is how the letter calls the victim, as in "Victim 2" */
      warning = g_strdup_printf (_("Without consent, the name will not be sent: the letter says “%s” "
                                   "or uses initials as agreed."),
                                 number_label);
      gtk_label_set_text (GTK_LABEL (vr->warning_label), warning);
      gtk_widget_set_visible (gtk_widget_get_parent (vr->warning_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (gtk_widget_get_parent (vr->warning_label), FALSE);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (vr->name_row),
                                 relay_victim_get_is_group (vr->victim)
                                 ? _("Name of the group") : _("Name"));

  /* Translators: the accessible name of a button; %s is a victim's name or "Victim 2" */
  remove_label = g_strdup_printf (_("Remove %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (vr->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);

  update_date_field (&vr->consent_date, vr->victim);
  update_date_field (&vr->consent_withdrawn, vr->victim);
}

static void
refresh_all_rows (RelayWizardVictimsPage *self)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    {
      VictimRow *vr = get_victim_row (row);

      if (vr != NULL)
        refresh_victim_row (vr);
    }
}

/* The spin buttons show "Unknown" (@unknown_label, translated, static)
 * for 0, and take an empty text or "Unknown" back as 0. */
static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *new_value,
                  const char    *unknown_label)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  g_autofree char *folded = g_utf8_casefold (text, -1);
  g_autofree char *unknown = g_utf8_casefold (unknown_label, -1);

  if (text[0] == '\0' || g_strcmp0 (folded, unknown) == 0)
    {
      *new_value = 0;
      return TRUE;
    }

  return FALSE;
}

static gboolean
on_spin_output_cb (GtkSpinButton *spin,
                   const char    *unknown_label)
{
  if (gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin)) < 0.5)
    {
      gtk_editable_set_text (GTK_EDITABLE (spin), unknown_label);
      return TRUE;
    }

  return FALSE;
}

/* RelayVictim:age is -1 when unknown; the spin button shows that as 0. */
static gboolean
age_to_value (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  int age = g_value_get_int (from);

  g_value_set_double (to, age < 0 ? 0.0 : (double)age);
  return TRUE;
}

static gboolean
value_to_age (GBinding     *binding,
              const GValue *from,
              GValue       *to,
              gpointer      user_data)
{
  double value = g_value_get_double (from);

  g_value_set_int (to, value < 0.5 ? -1 : (int)(value + 0.5));
  return TRUE;
}

static gboolean
size_to_value (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  g_value_set_double (to, (double)MAX (g_value_get_int (from), 0));
  return TRUE;
}

static gboolean
value_to_size (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  double value = g_value_get_double (from);

  g_value_set_int (to, value < 0.5 ? 0 : (int)(value + 0.5));
  return TRUE;
}

static GtkWidget *
add_entry_row (AdwExpanderRow *expander,
               RelayVictim    *victim,
               const char     *title,
               const char     *property)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, property);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  relay_wizard_bind_item (G_OBJECT (victim), property, row);
  adw_expander_row_add_row (expander, row);

  return row;
}

static GtkWidget *
add_combo_row (AdwExpanderRow *expander,
               RelayVictim    *victim,
               const char     *title,
               GType           enum_type,
               const char     *property)
{
  g_autoptr(GtkStringList) model = relay_wizard_enum_model (enum_type);
  GtkWidget *row = adw_combo_row_new ();

  gtk_widget_set_name (row, property);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  relay_wizard_bind_enum (G_OBJECT (victim), property, ADW_COMBO_ROW (row));
  adw_expander_row_add_row (expander, row);

  return row;
}

static GtkWidget *
add_spin_row (AdwExpanderRow       *expander,
              RelayVictim          *victim,
              const char           *title,
              const char           *property,
              const char           *unknown_label,
              double                upper,
              GBindingTransformFunc to_value,
              GBindingTransformFunc from_value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  gtk_widget_set_name (spin, property);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 9);
  gtk_editable_set_alignment (GTK_EDITABLE (spin), 1.0);
  gtk_spin_button_set_update_policy (GTK_SPIN_BUTTON (spin), GTK_UPDATE_IF_VALID);
  /* new_with_range() makes it numeric, which would refuse "Unknown". */
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), (gpointer)unknown_label);
  g_signal_connect (spin, "output", G_CALLBACK (on_spin_output_cb), (gpointer)unknown_label);

  /* Not relay_wizard_bind_item(): the numbers need mapping, and a spin
   * button is also an editable, whose "text" is not what we want. */
  g_object_bind_property_full (victim, property, spin, "value",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               to_value, from_value, NULL, NULL);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_expander_row_add_row (expander, row);

  return row;
}

static void
setup_date_field (DateField      *field,
                  AdwExpanderRow *expander,
                  RelayVictim    *victim,
                  const char     *title,
                  const char     *property)
{
  field->property = property;
  field->row = add_entry_row (expander, victim, title, property);

  field->icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  gtk_widget_add_css_class (field->icon, "error");
  gtk_widget_set_visible (field->icon, FALSE);
  /* The row itself says it is invalid, with a description. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (field->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not a valid date"),
                                  -1);

  field->hint = gtk_label_new (NULL);
  gtk_widget_add_css_class (field->hint, "dim-label");
  gtk_widget_set_valign (field->hint, GTK_ALIGN_CENTER);

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), field->hint);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), field->icon);
}

/* A row that only shows text: not activatable, and skipped by Tab. */
static GtkWidget *
add_info_row (AdwExpanderRow *expander,
              GtkWidget      *child)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  adw_expander_row_add_row (expander, row);

  return row;
}

static GtkWidget *
new_wrapped_label (const char *style_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

static void
on_victim_notify_cb (RelayVictim *victim,
                     GParamSpec  *pspec,
                     GtkWidget   *expander)
{
  VictimRow *vr = get_victim_row (GTK_LIST_BOX_ROW (expander));
  GtkWidget *page;

  g_assert (RELAY_IS_VICTIM (victim));

  if (vr == NULL)
    return;

  refresh_victim_row (vr);

  page = gtk_widget_get_ancestor (expander, RELAY_TYPE_WIZARD_VICTIMS_PAGE);
  if (page != NULL)
    update_complete (RELAY_WIZARD_VICTIMS_PAGE (page));
}

static void
on_remove_button_clicked_cb (GtkButton *button,
                             GtkWidget *expander)
{
  RelayWizardVictimsPage *self;
  GtkListBoxRow *next;
  int index;

  self = (RelayWizardVictimsPage *)gtk_widget_get_ancestor (expander, RELAY_TYPE_WIZARD_VICTIMS_PAGE);
  if (self == NULL || self->victims == NULL)
    return;

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (expander));
  if (index < 0)
    return;

  /* This destroys the row: do not touch it after. */
  g_list_store_remove (self->victims, (guint)index);

  /* Keep the keyboard focus near where it was. */
  next = gtk_list_box_get_row_at_index (self->list_box, index);
  if (next == NULL && index > 0)
    next = gtk_list_box_get_row_at_index (self->list_box, index - 1);

  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (next));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
}

static GtkWidget *
create_victim_row (gpointer item,
                   gpointer user_data)
{
  RelayVictim *victim = item;
  AdwExpanderRow *expander;
  GtkWidget *row;
  GtkWidget *widget;
  GtkWidget *box;
  GtkWidget *label;
  const char *unknown;
  VictimRow *vr;

  g_assert (RELAY_IS_VICTIM (victim));

  vr = g_new0 (VictimRow, 1);
  vr->victim = g_object_ref (victim);
  vr->expander = adw_expander_row_new ();
  expander = ADW_EXPANDER_ROW (vr->expander);
  /* The title is the name the user typed: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  g_object_set_data_full (G_OBJECT (expander), VICTIM_ROW_KEY, vr, victim_row_free);

  vr->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (vr->remove_button, "remove-victim");
  gtk_widget_set_valign (vr->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (vr->remove_button, _("Remove Victim"));
  gtk_widget_add_css_class (vr->remove_button, "flat");
  gtk_widget_add_css_class (vr->remove_button, "circular");
  g_signal_connect (vr->remove_button, "clicked", G_CALLBACK (on_remove_button_clicked_cb), expander);
  adw_expander_row_add_action (expander, vr->remove_button);

  /* Who the victim is */
  vr->name_row = add_entry_row (expander, victim, _("Name"), "name");

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("This is a group"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("A family, a community or many people harmed together"));
  widget = gtk_switch_new ();
  gtk_widget_set_name (widget, "is-group");
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("This is a group"),
                                  -1);
  relay_wizard_bind_item (G_OBJECT (victim), "is-group", widget);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  adw_expander_row_add_row (expander, row);

  /* Translators: shown in the number-of-people field when it is not known; keep it short */
  unknown = C_("number of people", "Unknown");
  row = add_spin_row (expander, victim, _("Number of people"), "group-size", unknown,
                      MAX_GROUP_SIZE, size_to_value, value_to_size);
  g_object_bind_property (victim, "is-group", row, "visible", G_BINDING_SYNC_CREATE);

  add_entry_row (expander, victim, _("Group or organisation"), "group-name");

  /* Translators: shown in the age field when it is not known; keep it short */
  unknown = C_("age", "Unknown");
  row = add_spin_row (expander, victim, _("Age"), "age", unknown,
                      MAX_AGE, age_to_value, value_to_age);
  g_object_bind_property (victim, "is-group", row, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  add_entry_row (expander, victim, _("Gender"), "gender");
  add_entry_row (expander, victim, _("Place of origin or nationality"), "origin");
  add_entry_row (expander, victim, _("Place of residence"), "residence");

  /* Consent: set apart by a heading, with a warning while the name may
   * not be sent. The row's subtitle sums it up in plain words. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  label = gtk_label_new (_("Consent"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);

  label = new_wrapped_label ("dim-label");
  gtk_label_set_text (GTK_LABEL (label),
                      _("The experts name a person only with consent: from the person, "
                        "their family or their lawyer. Record who agreed, how and when."));
  gtk_box_append (GTK_BOX (box), label);

  widget = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_top (widget, 6);
  label = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "warning");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning"),
                                  -1);
  gtk_box_append (GTK_BOX (widget), label);
  vr->warning_label = new_wrapped_label ("warning");
  gtk_widget_set_name (vr->warning_label, "consent-warning");
  gtk_box_append (GTK_BOX (widget), vr->warning_label);
  gtk_box_append (GTK_BOX (box), widget);

  add_info_row (expander, box);

  add_combo_row (expander, victim, _("May the name be sent to the government?"),
                 RELAY_TYPE_CONSENT, "consent-government");
  add_combo_row (expander, victim, _("May the name appear in public reports and the online database?"),
                 RELAY_TYPE_CONSENT, "consent-public");
  add_combo_row (expander, victim, _("Use the name as"),
                 RELAY_TYPE_NAME_FORM, "name-form");
  add_combo_row (expander, victim, _("Consent given by"),
                 RELAY_TYPE_CONSENT_GIVER, "consent-given-by");
  add_combo_row (expander, victim, _("How consent was given"),
                 RELAY_TYPE_CONSENT_METHOD, "consent-method");
  setup_date_field (&vr->consent_date, expander, victim, _("Consent given on"), "consent-date");
  setup_date_field (&vr->consent_withdrawn, expander, victim, _("Consent withdrawn on"), "consent-withdrawn");

  g_signal_connect_object (victim, "notify", G_CALLBACK (on_victim_notify_cb), expander, 0);

  refresh_victim_row (vr);

  return vr->expander;
}

static void
on_victims_items_changed_cb (RelayWizardVictimsPage *self,
                             guint                   position,
                             guint                   removed,
                             guint                   added,
                             GListModel             *model)
{
  g_assert (RELAY_IS_WIZARD_VICTIMS_PAGE (self));

  /* The list box made or dropped the rows already (it connected first);
   * the numbers of those after them changed. */
  refresh_all_rows (self);
  update_complete (self);
}

static void
on_add_button_clicked_cb (RelayWizardVictimsPage *self)
{
  g_autoptr(RelayVictim) victim = NULL;
  GtkListBoxRow *row;
  VictimRow *vr;
  guint n_items;

  g_assert (RELAY_IS_WIZARD_VICTIMS_PAGE (self));

  if (self->victims == NULL)
    return;

  victim = relay_victim_new ();
  g_list_store_append (self->victims, victim);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->victims));
  row = gtk_list_box_get_row_at_index (self->list_box, (int)n_items - 1);
  vr = get_victim_row (row);
  g_return_if_fail (vr != NULL);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (vr->expander), TRUE);
  gtk_widget_grab_focus (vr->name_row);
}

static void
relay_wizard_victims_page_case_changed (RelayWizardPage *page,
                                        RelayCase       *kase)
{
  RelayWizardVictimsPage *self = (RelayWizardVictimsPage *)page;

  g_assert (RELAY_IS_WIZARD_VICTIMS_PAGE (self));

  if (self->victims != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->victims);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->victims);

  if (kase != NULL)
    {
      self->victims = g_object_ref (relay_case_get_victims (kase));
      gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->victims),
                               create_victim_row, self, NULL);
      self->items_changed_id = g_signal_connect_object (self->victims, "items-changed",
                                                        G_CALLBACK (on_victims_items_changed_cb),
                                                        self, G_CONNECT_SWAPPED);
      refresh_all_rows (self);

      /* A single victim is opened straight away. */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->victims)) == 1)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (self->list_box, 0)),
                                       TRUE);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), kase != NULL);
  update_complete (self);
}

static void
relay_wizard_victims_page_shown (RelayWizardPage *page)
{
  RelayWizardVictimsPage *self = (RelayWizardVictimsPage *)page;
  VictimRow *vr;

  g_assert (RELAY_IS_WIZARD_VICTIMS_PAGE (self));

  vr = get_victim_row (gtk_list_box_get_row_at_index (self->list_box, 0));
  if (vr != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (vr->expander), TRUE);
      gtk_widget_grab_focus (vr->name_row);
    }
  else
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->add_button));
    }
}

static void
relay_wizard_victims_page_dispose (GObject *object)
{
  RelayWizardVictimsPage *self = (RelayWizardVictimsPage *)object;

  if (self->victims != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->victims);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->victims);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELAY_TYPE_WIZARD_VICTIMS_PAGE);

  G_OBJECT_CLASS (relay_wizard_victims_page_parent_class)->dispose (object);
}

static void
relay_wizard_victims_page_class_init (RelayWizardVictimsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  RelayWizardPageClass *page_class = RELAY_WIZARD_PAGE_CLASS (klass);

  object_class->dispose = relay_wizard_victims_page_dispose;

  page_class->page_id = "victims";
  page_class->case_changed = relay_wizard_victims_page_case_changed;
  page_class->shown = relay_wizard_victims_page_shown;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/wizard/pages/relay-wizard-victims-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelayWizardVictimsPage, help_label);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardVictimsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, RelayWizardVictimsPage, add_button);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);
}

static void
relay_wizard_victims_page_init (RelayWizardVictimsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  relay_wizard_page_set_title (RELAY_WIZARD_PAGE (self), _("Victims"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
}

/**
 * relay_wizard_victims_page_new:
 *
 * Creates the page of the wizard that lists the victims and their consent.
 *
 * Returns: (transfer floating): a new #RelayWizardVictimsPage
 */
RelayWizardPage *
relay_wizard_victims_page_new (void)
{
  return g_object_new (RELAY_TYPE_WIZARD_VICTIMS_PAGE, NULL);
}
