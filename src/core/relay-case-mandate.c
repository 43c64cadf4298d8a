/* relay-case-mandate.c
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

#define G_LOG_DOMAIN "relay-case-mandate"

#include "config.h"

#include "relay-case-mandate.h"
#include "relay-core-private.h"

struct _RelayCaseMandate
{
  GObject parent_instance;

  char             *mandate_id;
  RelayMandateRole  role;
};

G_DEFINE_FINAL_TYPE (RelayCaseMandate, relay_case_mandate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MANDATE_ID,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_case_mandate_finalize (GObject *object)
{
  RelayCaseMandate *self = (RelayCaseMandate *)object;

  g_clear_pointer (&self->mandate_id, g_free);

  G_OBJECT_CLASS (relay_case_mandate_parent_class)->finalize (object);
}

static void
relay_case_mandate_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RelayCaseMandate *self = RELAY_CASE_MANDATE (object);

  switch (prop_id)
    {
    case PROP_MANDATE_ID:
      g_value_set_string (value, relay_case_mandate_get_mandate_id (self));
      break;

    case PROP_ROLE:
      g_value_set_enum (value, relay_case_mandate_get_role (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_mandate_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelayCaseMandate *self = RELAY_CASE_MANDATE (object);

  switch (prop_id)
    {
    case PROP_MANDATE_ID:
      relay_case_mandate_set_mandate_id (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      relay_case_mandate_set_role (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_mandate_class_init (RelayCaseMandateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_case_mandate_finalize;
  object_class->get_property = relay_case_mandate_get_property;
  object_class->set_property = relay_case_mandate_set_property;

  /**
   * RelayCaseMandate:mandate-id:
   *
   * The id of the mandate in the mandate directory.
   */
  properties[PROP_MANDATE_ID] =
    g_param_spec_string ("mandate-id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCaseMandate:role:
   *
   * Whether the mandate leads the communication or joins it.
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       RELAY_TYPE_MANDATE_ROLE, RELAY_MANDATE_ROLE_LEAD,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_case_mandate_init (RelayCaseMandate *self)
{
  self->mandate_id = g_strdup ("");
  self->role = RELAY_MANDATE_ROLE_LEAD;
}

/**
 * relay_case_mandate_new:
 *
 * Creates a lead mandate with no mandate id.
 *
 * Returns: (transfer full): a new #RelayCaseMandate
 */
RelayCaseMandate *
relay_case_mandate_new (void)
{
  return g_object_new (RELAY_TYPE_CASE_MANDATE, NULL);
}

/**
 * relay_case_mandate_get_mandate_id:
 * @self: a #RelayCaseMandate
 *
 * Gets #RelayCaseMandate:mandate-id.
 *
 * Returns: (not nullable): the mandate id; never %NULL
 */
const char *
relay_case_mandate_get_mandate_id (RelayCaseMandate *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_MANDATE (self), NULL);

  return self->mandate_id;
}

/**
 * relay_case_mandate_set_mandate_id:
 * @self: a #RelayCaseMandate
 * @mandate_id: (nullable): the mandate id; %NULL is the same as ""
 *
 * Sets #RelayCaseMandate:mandate-id.
 */
void
relay_case_mandate_set_mandate_id (RelayCaseMandate *self,
                                   const char       *mandate_id)
{
  g_return_if_fail (RELAY_IS_CASE_MANDATE (self));

  if (_relay_set_string (&self->mandate_id, mandate_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANDATE_ID]);
}

/**
 * relay_case_mandate_get_role:
 * @self: a #RelayCaseMandate
 *
 * Gets #RelayCaseMandate:role.
 *
 * Returns: the role of the mandate
 */
RelayMandateRole
relay_case_mandate_get_role (RelayCaseMandate *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_MANDATE (self), RELAY_MANDATE_ROLE_LEAD);

  return self->role;
}

/**
 * relay_case_mandate_set_role:
 * @self: a #RelayCaseMandate
 * @role: the role of the mandate
 *
 * Sets #RelayCaseMandate:role.
 */
void
relay_case_mandate_set_role (RelayCaseMandate *self,
                             RelayMandateRole  role)
{
  g_return_if_fail (RELAY_IS_CASE_MANDATE (self));
  g_return_if_fail ((guint) role <= RELAY_MANDATE_ROLE_JOINT);

  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }
}
