/* relay-victim.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-victim"

#include "config.h"

#include <glib/gi18n.h>

#include "relay-victim.h"
#include "relay-core-private.h"

struct _RelayVictim
{
  GObject parent_instance;

  char               *name;
  int                 age;
  char               *gender;
  char               *origin;
  char               *residence;
  char               *group_name;
  guint               is_group : 1;
  int                 group_size;
  RelayConsent        consent_government;
  RelayConsent        consent_public;
  RelayNameForm       name_form;
  RelayConsentGiver   consent_given_by;
  RelayConsentMethod  consent_method;
  char               *consent_date;
  char               *consent_withdrawn;
};

G_DEFINE_FINAL_TYPE (RelayVictim, relay_victim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_AGE,
  PROP_GENDER,
  PROP_ORIGIN,
  PROP_RESIDENCE,
  PROP_GROUP_NAME,
  PROP_IS_GROUP,
  PROP_GROUP_SIZE,
  PROP_CONSENT_GOVERNMENT,
  PROP_CONSENT_PUBLIC,
  PROP_NAME_FORM,
  PROP_CONSENT_GIVEN_BY,
  PROP_CONSENT_METHOD,
  PROP_CONSENT_DATE,
  PROP_CONSENT_WITHDRAWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_victim_finalize (GObject *object)
{
  RelayVictim *self = (RelayVictim *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->gender, g_free);
  g_clear_pointer (&self->origin, g_free);
  g_clear_pointer (&self->residence, g_free);
  g_clear_pointer (&self->group_name, g_free);
  g_clear_pointer (&self->consent_date, g_free);
  g_clear_pointer (&self->consent_withdrawn, g_free);

  G_OBJECT_CLASS (relay_victim_parent_class)->finalize (object);
}

static void
relay_victim_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelayVictim *self = RELAY_VICTIM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, relay_victim_get_name (self));
      break;

    case PROP_AGE:
      g_value_set_int (value, relay_victim_get_age (self));
      break;

    case PROP_GENDER:
      g_value_set_string (value, relay_victim_get_gender (self));
      break;

    case PROP_ORIGIN:
      g_value_set_string (value, relay_victim_get_origin (self));
      break;

    case PROP_RESIDENCE:
      g_value_set_string (value, relay_victim_get_residence (self));
      break;

    case PROP_GROUP_NAME:
      g_value_set_string (value, relay_victim_get_group_name (self));
      break;

    case PROP_IS_GROUP:
      g_value_set_boolean (value, relay_victim_get_is_group (self));
      break;

    case PROP_GROUP_SIZE:
      g_value_set_int (value, relay_victim_get_group_size (self));
      break;

    case PROP_CONSENT_GOVERNMENT:
      g_value_set_enum (value, relay_victim_get_consent_government (self));
      break;

    case PROP_CONSENT_PUBLIC:
      g_value_set_enum (value, relay_victim_get_consent_public (self));
      break;

    case PROP_NAME_FORM:
      g_value_set_enum (value, relay_victim_get_name_form (self));
      break;

    case PROP_CONSENT_GIVEN_BY:
      g_value_set_enum (value, relay_victim_get_consent_given_by (self));
      break;

    case PROP_CONSENT_METHOD:
      g_value_set_enum (value, relay_victim_get_consent_method (self));
      break;

    case PROP_CONSENT_DATE:
      g_value_set_string (value, relay_victim_get_consent_date (self));
      break;

    case PROP_CONSENT_WITHDRAWN:
      g_value_set_string (value, relay_victim_get_consent_withdrawn (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_victim_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RelayVictim *self = RELAY_VICTIM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      relay_victim_set_name (self, g_value_get_string (value));
      break;

    case PROP_AGE:
      relay_victim_set_age (self, g_value_get_int (value));
      break;

    case PROP_GENDER:
      relay_victim_set_gender (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN:
      relay_victim_set_origin (self, g_value_get_string (value));
      break;

    case PROP_RESIDENCE:
      relay_victim_set_residence (self, g_value_get_string (value));
      break;

    case PROP_GROUP_NAME:
      relay_victim_set_group_name (self, g_value_get_string (value));
      break;

    case PROP_IS_GROUP:
      relay_victim_set_is_group (self, g_value_get_boolean (value));
      break;

    case PROP_GROUP_SIZE:
      relay_victim_set_group_size (self, g_value_get_int (value));
      break;

    case PROP_CONSENT_GOVERNMENT:
      relay_victim_set_consent_government (self, g_value_get_enum (value));
      break;

    case PROP_CONSENT_PUBLIC:
      relay_victim_set_consent_public (self, g_value_get_enum (value));
      break;

    case PROP_NAME_FORM:
      relay_victim_set_name_form (self, g_value_get_enum (value));
      break;

    case PROP_CONSENT_GIVEN_BY:
      relay_victim_set_consent_given_by (self, g_value_get_enum (value));
      break;

    case PROP_CONSENT_METHOD:
      relay_victim_set_consent_method (self, g_value_get_enum (value));
      break;

    case PROP_CONSENT_DATE:
      relay_victim_set_consent_date (self, g_value_get_string (value));
      break;

    case PROP_CONSENT_WITHDRAWN:
      relay_victim_set_consent_withdrawn (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_victim_class_init (RelayVictimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_victim_finalize;
  object_class->get_property = relay_victim_get_property;
  object_class->set_property = relay_victim_set_property;

  /**
   * RelayVictim:name:
   *
   * The victim's name, or the name of the group or organisation.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:age:
   *
   * The victim's age in years, or -1 when it is not known.
   */
  properties[PROP_AGE] =
    g_param_spec_int ("age", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:gender:
   *
   * The victim's gender, in the words the victim uses.
   */
  properties[PROP_GENDER] =
    g_param_spec_string ("gender", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:origin:
   *
   * Where the victim comes from (nationality, ethnic or indigenous origin).
   */
  properties[PROP_ORIGIN] =
    g_param_spec_string ("origin", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:residence:
   *
   * Where the victim lives.
   */
  properties[PROP_RESIDENCE] =
    g_param_spec_string ("residence", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:group-name:
   *
   * The group, community or organisation the victim belongs to.
   */
  properties[PROP_GROUP_NAME] =
    g_param_spec_string ("group-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:is-group:
   *
   * Whether this entry stands for a group of people rather than one person.
   */
  properties[PROP_IS_GROUP] =
    g_param_spec_boolean ("is-group", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:group-size:
   *
   * How many people the group has, or 0 when it is not known.
   */
  properties[PROP_GROUP_SIZE] =
    g_param_spec_int ("group-size", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:consent-government:
   *
   * Whether the name may be sent to the government concerned.
   */
  properties[PROP_CONSENT_GOVERNMENT] =
    g_param_spec_enum ("consent-government", NULL, NULL,
                       RELAY_TYPE_CONSENT, RELAY_CONSENT_UNKNOWN,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:consent-public:
   *
   * Whether the name may appear in public reports and the online database of communications.
   */
  properties[PROP_CONSENT_PUBLIC] =
    g_param_spec_enum ("consent-public", NULL, NULL,
                       RELAY_TYPE_CONSENT, RELAY_CONSENT_UNKNOWN,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:name-form:
   *
   * Whether the full name or only the initials may be used where consent was given.
   */
  properties[PROP_NAME_FORM] =
    g_param_spec_enum ("name-form", NULL, NULL,
                       RELAY_TYPE_NAME_FORM, RELAY_NAME_FORM_INITIALS,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:consent-given-by:
   *
   * Who gave (or refused) consent.
   */
  properties[PROP_CONSENT_GIVEN_BY] =
    g_param_spec_enum ("consent-given-by", NULL, NULL,
                       RELAY_TYPE_CONSENT_GIVER, RELAY_CONSENT_GIVER_UNKNOWN,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:consent-method:
   *
   * How consent was given: orally or in writing.
   */
  properties[PROP_CONSENT_METHOD] =
    g_param_spec_enum ("consent-method", NULL, NULL,
                       RELAY_TYPE_CONSENT_METHOD, RELAY_CONSENT_METHOD_UNKNOWN,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:consent-date:
   *
   * The day consent was given, as "YYYY-MM-DD", or "".
   */
  properties[PROP_CONSENT_DATE] =
    g_param_spec_string ("consent-date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayVictim:consent-withdrawn:
   *
   * The day consent was withdrawn, as "YYYY-MM-DD", or "" when it was not withdrawn. Once it
   * is set, the name must not be used.
   */
  properties[PROP_CONSENT_WITHDRAWN] =
    g_param_spec_string ("consent-withdrawn", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_victim_init (RelayVictim *self)
{
  self->name = g_strdup ("");
  self->age = -1;
  self->gender = g_strdup ("");
  self->origin = g_strdup ("");
  self->residence = g_strdup ("");
  self->group_name = g_strdup ("");
  self->name_form = RELAY_NAME_FORM_INITIALS;
  self->consent_date = g_strdup ("");
  self->consent_withdrawn = g_strdup ("");
}

/**
 * relay_victim_new:
 *
 * Creates a victim with no name, an unknown age and no consent recorded: the name will not
 * be used until consent is recorded.
 *
 * Returns: (transfer full): a new #RelayVictim
 */
RelayVictim *
relay_victim_new (void)
{
  return g_object_new (RELAY_TYPE_VICTIM, NULL);
}

/**
 * relay_victim_get_name:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:name.
 *
 * Returns: (not nullable): the name; never %NULL
 */
const char *
relay_victim_get_name (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->name;
}

/**
 * relay_victim_set_name:
 * @self: a #RelayVictim
 * @name: (nullable): the name; %NULL is the same as ""
 *
 * Sets #RelayVictim:name.
 */
void
relay_victim_set_name (RelayVictim *self,
                       const char  *name)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * relay_victim_get_age:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:age.
 *
 * Returns: the age in years, or -1 when unknown
 */
int
relay_victim_get_age (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), -1);

  return self->age;
}

/**
 * relay_victim_set_age:
 * @self: a #RelayVictim
 * @age: the age in years, or -1 when unknown
 *
 * Sets #RelayVictim:age.
 */
void
relay_victim_set_age (RelayVictim *self,
                      int          age)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail (age >= -1);

  if (self->age != age)
    {
      self->age = age;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGE]);
    }
}

/**
 * relay_victim_get_gender:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:gender.
 *
 * Returns: (not nullable): the gender; never %NULL
 */
const char *
relay_victim_get_gender (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->gender;
}

/**
 * relay_victim_set_gender:
 * @self: a #RelayVictim
 * @gender: (nullable): the gender; %NULL is the same as ""
 *
 * Sets #RelayVictim:gender.
 */
void
relay_victim_set_gender (RelayVictim *self,
                         const char  *gender)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->gender, gender))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENDER]);
}

/**
 * relay_victim_get_origin:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:origin.
 *
 * Returns: (not nullable): the origin; never %NULL
 */
const char *
relay_victim_get_origin (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->origin;
}

/**
 * relay_victim_set_origin:
 * @self: a #RelayVictim
 * @origin: (nullable): the origin; %NULL is the same as ""
 *
 * Sets #RelayVictim:origin.
 */
void
relay_victim_set_origin (RelayVictim *self,
                         const char  *origin)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->origin, origin))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGIN]);
}

/**
 * relay_victim_get_residence:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:residence.
 *
 * Returns: (not nullable): the place of residence; never %NULL
 */
const char *
relay_victim_get_residence (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->residence;
}

/**
 * relay_victim_set_residence:
 * @self: a #RelayVictim
 * @residence: (nullable): the place of residence; %NULL is the same as ""
 *
 * Sets #RelayVictim:residence.
 */
void
relay_victim_set_residence (RelayVictim *self,
                            const char  *residence)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->residence, residence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESIDENCE]);
}

/**
 * relay_victim_get_group_name:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:group-name.
 *
 * Returns: (not nullable): the group or organisation; never %NULL
 */
const char *
relay_victim_get_group_name (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->group_name;
}

/**
 * relay_victim_set_group_name:
 * @self: a #RelayVictim
 * @group_name: (nullable): the group or organisation; %NULL is the same as ""
 *
 * Sets #RelayVictim:group-name.
 */
void
relay_victim_set_group_name (RelayVictim *self,
                             const char  *group_name)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->group_name, group_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_NAME]);
}

/**
 * relay_victim_get_is_group:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:is-group.
 *
 * Returns: whether this entry is a group of people
 */
gboolean
relay_victim_get_is_group (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), FALSE);

  return self->is_group;
}

/**
 * relay_victim_set_is_group:
 * @self: a #RelayVictim
 * @is_group: whether this entry is a group of people
 *
 * Sets #RelayVictim:is-group.
 */
void
relay_victim_set_is_group (RelayVictim *self,
                           gboolean     is_group)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  is_group = !!is_group;

  if (self->is_group != is_group)
    {
      self->is_group = is_group;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_GROUP]);
    }
}

/**
 * relay_victim_get_group_size:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:group-size.
 *
 * Returns: the number of people in the group, or 0 when unknown
 */
int
relay_victim_get_group_size (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), 0);

  return self->group_size;
}

/**
 * relay_victim_set_group_size:
 * @self: a #RelayVictim
 * @group_size: the number of people in the group, or 0 when unknown
 *
 * Sets #RelayVictim:group-size.
 */
void
relay_victim_set_group_size (RelayVictim *self,
                             int          group_size)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail (group_size >= 0);

  if (self->group_size != group_size)
    {
      self->group_size = group_size;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_SIZE]);
    }
}

/**
 * relay_victim_get_consent_government:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:consent-government.
 *
 * Returns: the consent to send the name to the government
 */
RelayConsent
relay_victim_get_consent_government (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), RELAY_CONSENT_UNKNOWN);

  return self->consent_government;
}

/**
 * relay_victim_set_consent_government:
 * @self: a #RelayVictim
 * @consent_government: the consent to send the name to the government
 *
 * Sets #RelayVictim:consent-government.
 */
void
relay_victim_set_consent_government (RelayVictim  *self,
                                     RelayConsent  consent_government)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail ((guint) consent_government <= RELAY_CONSENT_NO);

  if (self->consent_government != consent_government)
    {
      self->consent_government = consent_government;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_GOVERNMENT]);
    }
}

/**
 * relay_victim_get_consent_public:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:consent-public.
 *
 * Returns: the consent to name the victim in public reports
 */
RelayConsent
relay_victim_get_consent_public (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), RELAY_CONSENT_UNKNOWN);

  return self->consent_public;
}

/**
 * relay_victim_set_consent_public:
 * @self: a #RelayVictim
 * @consent_public: the consent to name the victim in public reports
 *
 * Sets #RelayVictim:consent-public.
 */
void
relay_victim_set_consent_public (RelayVictim  *self,
                                 RelayConsent  consent_public)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail ((guint) consent_public <= RELAY_CONSENT_NO);

  if (self->consent_public != consent_public)
    {
      self->consent_public = consent_public;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_PUBLIC]);
    }
}

/**
 * relay_victim_get_name_form:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:name-form.
 *
 * Returns: the form of the name that may be used
 */
RelayNameForm
relay_victim_get_name_form (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), RELAY_NAME_FORM_INITIALS);

  return self->name_form;
}

/**
 * relay_victim_set_name_form:
 * @self: a #RelayVictim
 * @name_form: the form of the name that may be used
 *
 * Sets #RelayVictim:name-form.
 */
void
relay_victim_set_name_form (RelayVictim   *self,
                            RelayNameForm  name_form)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail ((guint) name_form <= RELAY_NAME_FORM_INITIALS);

  if (self->name_form != name_form)
    {
      self->name_form = name_form;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME_FORM]);
    }
}

/**
 * relay_victim_get_consent_given_by:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:consent-given-by.
 *
 * Returns: the person who gave consent
 */
RelayConsentGiver
relay_victim_get_consent_given_by (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), RELAY_CONSENT_GIVER_UNKNOWN);

  return self->consent_given_by;
}

/**
 * relay_victim_set_consent_given_by:
 * @self: a #RelayVictim
 * @consent_given_by: the person who gave consent
 *
 * Sets #RelayVictim:consent-given-by.
 */
void
relay_victim_set_consent_given_by (RelayVictim       *self,
                                   RelayConsentGiver  consent_given_by)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail ((guint) consent_given_by <= RELAY_CONSENT_GIVER_REPRESENTATIVE);

  if (self->consent_given_by != consent_given_by)
    {
      self->consent_given_by = consent_given_by;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_GIVEN_BY]);
    }
}

/**
 * relay_victim_get_consent_method:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:consent-method.
 *
 * Returns: the way consent was given
 */
RelayConsentMethod
relay_victim_get_consent_method (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), RELAY_CONSENT_METHOD_UNKNOWN);

  return self->consent_method;
}

/**
 * relay_victim_set_consent_method:
 * @self: a #RelayVictim
 * @consent_method: the way consent was given
 *
 * Sets #RelayVictim:consent-method.
 */
void
relay_victim_set_consent_method (RelayVictim        *self,
                                 RelayConsentMethod  consent_method)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));
  g_return_if_fail ((guint) consent_method <= RELAY_CONSENT_METHOD_WRITTEN);

  if (self->consent_method != consent_method)
    {
      self->consent_method = consent_method;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_METHOD]);
    }
}

/**
 * relay_victim_get_consent_date:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:consent-date.
 *
 * Returns: (not nullable): the date consent was given ("YYYY-MM-DD"); never %NULL
 */
const char *
relay_victim_get_consent_date (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->consent_date;
}

/**
 * relay_victim_set_consent_date:
 * @self: a #RelayVictim
 * @consent_date: (nullable): the date consent was given ("YYYY-MM-DD"); %NULL is the same as ""
 *
 * Sets #RelayVictim:consent-date.
 */
void
relay_victim_set_consent_date (RelayVictim *self,
                               const char  *consent_date)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->consent_date, consent_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_DATE]);
}

/**
 * relay_victim_get_consent_withdrawn:
 * @self: a #RelayVictim
 *
 * Gets #RelayVictim:consent-withdrawn.
 *
 * Returns: (not nullable): the date consent was withdrawn ("YYYY-MM-DD"), or "" when it was
 *   not; never %NULL
 */
const char *
relay_victim_get_consent_withdrawn (RelayVictim *self)
{
  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  return self->consent_withdrawn;
}

/**
 * relay_victim_set_consent_withdrawn:
 * @self: a #RelayVictim
 * @consent_withdrawn: (nullable): the date consent was withdrawn ("YYYY-MM-DD"), or "" when it
 *   was not; %NULL is the same as ""
 *
 * Sets #RelayVictim:consent-withdrawn.
 */
void
relay_victim_set_consent_withdrawn (RelayVictim *self,
                                    const char  *consent_withdrawn)
{
  g_return_if_fail (RELAY_IS_VICTIM (self));

  if (_relay_set_string (&self->consent_withdrawn, consent_withdrawn))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_WITHDRAWN]);
}

/**
 * relay_victim_may_be_named:
 * @self: a #RelayVictim
 * @purpose: what the name would be used for
 *
 * Tells whether the victim's name may be used for @purpose: only when
 * consent for that purpose is %RELAY_CONSENT_YES and was not withdrawn.
 * Outputs that name victims must check this first.
 *
 * Returns: %TRUE if the name may be used for @purpose
 */
gboolean
relay_victim_may_be_named (RelayVictim         *self,
                           RelayConsentPurpose  purpose)
{
  RelayConsent consent;

  g_return_val_if_fail (RELAY_IS_VICTIM (self), FALSE);

  switch (purpose)
    {
    case RELAY_CONSENT_PURPOSE_GOVERNMENT:
      consent = self->consent_government;
      break;

    case RELAY_CONSENT_PURPOSE_PUBLIC:
      consent = self->consent_public;
      break;

    default:
      g_return_val_if_reached (FALSE);
    }

  /* Any text in consent-withdrawn counts, even one that is not a date: when
   * in doubt, the name is not used.
   */
  if (self->consent_withdrawn[0] != '\0')
    return FALSE;

  return consent == RELAY_CONSENT_YES;
}

/**
 * relay_victim_dup_initials:
 * @self: a #RelayVictim
 *
 * Gets the initials of #RelayVictim:name: "María José Pérez" gives
 * "M. J. P." and "Jean-Pierre Dupont" gives "J.-P. D.".
 *
 * Returns: (transfer full): the initials, or "" when there is no name
 */
char *
relay_victim_dup_initials (RelayVictim *self)
{
  g_autofree char *name = NULL;
  GString *initials;
  gboolean want_initial = TRUE;
  gboolean have_initial = FALSE;
  gboolean after_hyphen = FALSE;

  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  /* Composed form, so that "É" is one character even when typed as
   * "E" and a combining accent.
   */
  name = g_utf8_normalize (self->name, -1, G_NORMALIZE_NFC);
  initials = g_string_new (NULL);

  for (const char *p = name; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          want_initial = TRUE;
          have_initial = FALSE;
          after_hyphen = FALSE;
        }
      else if (have_initial && (c == '-' || c == 0x2010 /* HYPHEN */))
        {
          want_initial = TRUE;
          after_hyphen = TRUE;
        }
      else if (want_initial && g_unichar_isalnum (c))
        {
          if (initials->len > 0)
            g_string_append_c (initials, after_hyphen ? '-' : ' ');
          g_string_append_unichar (initials, g_unichar_totitle (c));
          g_string_append_c (initials, '.');

          want_initial = FALSE;
          have_initial = TRUE;
          after_hyphen = FALSE;
        }
    }

  return g_string_free (initials, FALSE);
}

static char *
dup_day_label (const char *date)
{
  int year, month, day;

  if (!_relay_parse_date (date, &year, &month, &day) || day == 0)
    return NULL;

  return relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, date);
}

static const char *
get_use_sentence (RelayConsent government,
                  RelayConsent public)
{
  switch (government)
    {
    case RELAY_CONSENT_YES:
      if (public == RELAY_CONSENT_YES)
        return _("The name may be sent to the government and may appear in public reports.");
      else if (public == RELAY_CONSENT_NO)
        return _("The name may be sent to the government but must not appear in public reports.");
      else
        return _("The name may be sent to the government. It will not appear in public reports "
                 "until consent for that is given.");

    case RELAY_CONSENT_NO:
      if (public == RELAY_CONSENT_YES)
        return _("The name must not be sent to the government but may appear in public reports.");
      else if (public == RELAY_CONSENT_NO)
        return _("The name must not be sent to the government or appear in public reports.");
      else
        return _("The name must not be sent to the government. It will not appear in public "
                 "reports until consent for that is given.");

    case RELAY_CONSENT_UNKNOWN:
    default:
      if (public == RELAY_CONSENT_YES)
        return _("The name may appear in public reports. It will not be sent to the government "
                 "until consent for that is given.");
      else
        return _("The name must not appear in public reports. It will not be sent to the "
                 "government until consent for that is given.");
    }
}

static const char *
get_giver_phrase (RelayConsentGiver giver)
{
  switch (giver)
    {
    case RELAY_CONSENT_GIVER_VICTIM:
      /* Translators: completes "Consent given orally by …" */
      return C_("consent given by", "the victim");
    case RELAY_CONSENT_GIVER_FAMILY:
      /* Translators: completes "Consent given orally by …" */
      return C_("consent given by", "the family");
    case RELAY_CONSENT_GIVER_LAWYER:
      /* Translators: completes "Consent given orally by …" */
      return C_("consent given by", "their lawyer");
    case RELAY_CONSENT_GIVER_REPRESENTATIVE:
      /* Translators: completes "Consent given orally by …" */
      return C_("consent given by", "their representative");
    case RELAY_CONSENT_GIVER_UNKNOWN:
    default:
      return NULL;
    }
}

/* "Consent given orally by the family on 3 March 2026.", or NULL when
 * nothing about how consent was given is recorded.
 */
static char *
dup_record_sentence (RelayVictim *self)
{
  g_autofree char *date = dup_day_label (self->consent_date);
  const char *giver = get_giver_phrase (self->consent_given_by);

  switch (self->consent_method)
    {
    case RELAY_CONSENT_METHOD_ORAL:
      if (giver != NULL && date != NULL)
        /* Translators: %1$s is who gave consent ("the family"), %2$s a date ("3 March 2026") */
        return g_strdup_printf (_("Consent given orally by %1$s on %2$s."), giver, date);
      else if (giver != NULL)
        /* Translators: %s is who gave consent ("the family") */
        return g_strdup_printf (_("Consent given orally by %s."), giver);
      else if (date != NULL)
        /* Translators: %s is a date ("3 March 2026") */
        return g_strdup_printf (_("Consent given orally on %s."), date);
      else
        return g_strdup (_("Consent given orally."));

    case RELAY_CONSENT_METHOD_WRITTEN:
      if (giver != NULL && date != NULL)
        /* Translators: %1$s is who gave consent ("the family"), %2$s a date ("3 March 2026") */
        return g_strdup_printf (_("Consent given in writing by %1$s on %2$s."), giver, date);
      else if (giver != NULL)
        /* Translators: %s is who gave consent ("the family") */
        return g_strdup_printf (_("Consent given in writing by %s."), giver);
      else if (date != NULL)
        /* Translators: %s is a date ("3 March 2026") */
        return g_strdup_printf (_("Consent given in writing on %s."), date);
      else
        return g_strdup (_("Consent given in writing."));

    case RELAY_CONSENT_METHOD_UNKNOWN:
    default:
      if (giver != NULL && date != NULL)
        /* Translators: %1$s is who gave consent ("the family"), %2$s a date ("3 March 2026") */
        return g_strdup_printf (_("Consent given by %1$s on %2$s."), giver, date);
      else if (giver != NULL)
        /* Translators: %s is who gave consent ("the family") */
        return g_strdup_printf (_("Consent given by %s."), giver);
      else if (date != NULL)
        /* Translators: %s is a date ("3 March 2026") */
        return g_strdup_printf (_("Consent given on %s."), date);
      else
        return NULL;
    }
}

/**
 * relay_victim_dup_consent_summary:
 * @self: a #RelayVictim
 *
 * Describes in plain words what may be done with the victim's name, for
 * example "The name may be sent to the government and may appear in public
 * reports. Only the initials may be used. Consent given orally by the family
 * on 3 March 2026.", "Consent withdrawn on 5 May 2026: the name must not be
 * used." or "Consent not asked yet: the name will not be used."
 *
 * Returns: (transfer full): a translated summary
 */
char *
relay_victim_dup_consent_summary (RelayVictim *self)
{
  g_autofree char *record = NULL;
  GString *summary;

  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  if (self->consent_withdrawn[0] != '\0')
    {
      g_autofree char *date = dup_day_label (self->consent_withdrawn);

      if (date != NULL)
        /* Translators: %s is a date ("5 May 2026") */
        return g_strdup_printf (_("Consent withdrawn on %s: the name must not be used."), date);

      return g_strdup (_("Consent withdrawn: the name must not be used."));
    }

  if (self->consent_government == RELAY_CONSENT_UNKNOWN &&
      self->consent_public == RELAY_CONSENT_UNKNOWN)
    return g_strdup (_("Consent not asked yet: the name will not be used."));

  summary = g_string_new (get_use_sentence (self->consent_government, self->consent_public));

  if (self->consent_government == RELAY_CONSENT_YES ||
      self->consent_public == RELAY_CONSENT_YES)
    {
      g_string_append_c (summary, ' ');
      if (self->name_form == RELAY_NAME_FORM_FULL)
        g_string_append (summary, _("The full name may be used."));
      else
        g_string_append (summary, _("Only the initials may be used."));

      record = dup_record_sentence (self);
      if (record != NULL)
        {
          g_string_append_c (summary, ' ');
          g_string_append (summary, record);
        }
    }

  return g_string_free (summary, FALSE);
}

/**
 * relay_victim_dup_description:
 * @self: a #RelayVictim
 *
 * Describes the victim in a few words, without the name: "A group of 12
 * people", "34 years old, woman". Empty when nothing is known.
 *
 * Returns: (transfer full): a translated description, possibly ""
 */
char *
relay_victim_dup_description (RelayVictim *self)
{
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (RELAY_IS_VICTIM (self), NULL);

  parts = g_ptr_array_new_with_free_func (g_free);

  if (self->is_group)
    {
      if (self->group_size > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "A group of %d person",
                                                              "A group of %d people",
                                                              self->group_size),
                                                 self->group_size));
      else
        g_ptr_array_add (parts, g_strdup (_("A group")));
    }

  if (self->age >= 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%d year old",
                                                          "%d years old",
                                                          self->age),
                                             self->age));

  if (self->gender != NULL && *self->gender != '\0')
    g_ptr_array_add (parts, g_strdup (self->gender));

  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between facts about a victim, as in
   * "34 years old, woman". */
  return g_strjoinv (_(", "), (char **)parts->pdata);
}
