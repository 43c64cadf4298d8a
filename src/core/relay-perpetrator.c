/* relay-perpetrator.c
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

#define G_LOG_DOMAIN "relay-perpetrator"

#include "config.h"

#include "relay-perpetrator.h"
#include "relay-core-private.h"

struct _RelayPerpetrator
{
  GObject parent_instance;

  char *name;
  char *function;
  char *institution;
  char *motive;
};

G_DEFINE_FINAL_TYPE (RelayPerpetrator, relay_perpetrator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_FUNCTION,
  PROP_INSTITUTION,
  PROP_MOTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_perpetrator_finalize (GObject *object)
{
  RelayPerpetrator *self = (RelayPerpetrator *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->function, g_free);
  g_clear_pointer (&self->institution, g_free);
  g_clear_pointer (&self->motive, g_free);

  G_OBJECT_CLASS (relay_perpetrator_parent_class)->finalize (object);
}

static void
relay_perpetrator_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelayPerpetrator *self = RELAY_PERPETRATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, relay_perpetrator_get_name (self));
      break;

    case PROP_FUNCTION:
      g_value_set_string (value, relay_perpetrator_get_function (self));
      break;

    case PROP_INSTITUTION:
      g_value_set_string (value, relay_perpetrator_get_institution (self));
      break;

    case PROP_MOTIVE:
      g_value_set_string (value, relay_perpetrator_get_motive (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_perpetrator_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelayPerpetrator *self = RELAY_PERPETRATOR (object);

  switch (prop_id)
    {
    case PROP_NAME:
      relay_perpetrator_set_name (self, g_value_get_string (value));
      break;

    case PROP_FUNCTION:
      relay_perpetrator_set_function (self, g_value_get_string (value));
      break;

    case PROP_INSTITUTION:
      relay_perpetrator_set_institution (self, g_value_get_string (value));
      break;

    case PROP_MOTIVE:
      relay_perpetrator_set_motive (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_perpetrator_class_init (RelayPerpetratorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_perpetrator_finalize;
  object_class->get_property = relay_perpetrator_get_property;
  object_class->set_property = relay_perpetrator_set_property;

  /**
   * RelayPerpetrator:name:
   *
   * The name of the alleged perpetrator, if known.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayPerpetrator:function:
   *
   * Their title, rank or function.
   */
  properties[PROP_FUNCTION] =
    g_param_spec_string ("function", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayPerpetrator:institution:
   *
   * The institution, force or group they belong to.
   */
  properties[PROP_INSTITUTION] =
    g_param_spec_string ("institution", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayPerpetrator:motive:
   *
   * The presumed motive.
   */
  properties[PROP_MOTIVE] =
    g_param_spec_string ("motive", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_perpetrator_init (RelayPerpetrator *self)
{
  self->name = g_strdup ("");
  self->function = g_strdup ("");
  self->institution = g_strdup ("");
  self->motive = g_strdup ("");
}

/**
 * relay_perpetrator_new:
 *
 * Creates an empty alleged perpetrator.
 *
 * Returns: (transfer full): a new #RelayPerpetrator
 */
RelayPerpetrator *
relay_perpetrator_new (void)
{
  return g_object_new (RELAY_TYPE_PERPETRATOR, NULL);
}

/**
 * relay_perpetrator_get_name:
 * @self: a #RelayPerpetrator
 *
 * Gets #RelayPerpetrator:name.
 *
 * Returns: (not nullable): the name; never %NULL
 */
const char *
relay_perpetrator_get_name (RelayPerpetrator *self)
{
  g_return_val_if_fail (RELAY_IS_PERPETRATOR (self), NULL);

  return self->name;
}

/**
 * relay_perpetrator_set_name:
 * @self: a #RelayPerpetrator
 * @name: (nullable): the name; %NULL is the same as ""
 *
 * Sets #RelayPerpetrator:name.
 */
void
relay_perpetrator_set_name (RelayPerpetrator *self,
                            const char       *name)
{
  g_return_if_fail (RELAY_IS_PERPETRATOR (self));

  if (_relay_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

/**
 * relay_perpetrator_get_function:
 * @self: a #RelayPerpetrator
 *
 * Gets #RelayPerpetrator:function.
 *
 * Returns: (not nullable): the title or function; never %NULL
 */
const char *
relay_perpetrator_get_function (RelayPerpetrator *self)
{
  g_return_val_if_fail (RELAY_IS_PERPETRATOR (self), NULL);

  return self->function;
}

/**
 * relay_perpetrator_set_function:
 * @self: a #RelayPerpetrator
 * @function: (nullable): the title or function; %NULL is the same as ""
 *
 * Sets #RelayPerpetrator:function.
 */
void
relay_perpetrator_set_function (RelayPerpetrator *self,
                                const char       *function)
{
  g_return_if_fail (RELAY_IS_PERPETRATOR (self));

  if (_relay_set_string (&self->function, function))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNCTION]);
}

/**
 * relay_perpetrator_get_institution:
 * @self: a #RelayPerpetrator
 *
 * Gets #RelayPerpetrator:institution.
 *
 * Returns: (not nullable): the institution; never %NULL
 */
const char *
relay_perpetrator_get_institution (RelayPerpetrator *self)
{
  g_return_val_if_fail (RELAY_IS_PERPETRATOR (self), NULL);

  return self->institution;
}

/**
 * relay_perpetrator_set_institution:
 * @self: a #RelayPerpetrator
 * @institution: (nullable): the institution; %NULL is the same as ""
 *
 * Sets #RelayPerpetrator:institution.
 */
void
relay_perpetrator_set_institution (RelayPerpetrator *self,
                                   const char       *institution)
{
  g_return_if_fail (RELAY_IS_PERPETRATOR (self));

  if (_relay_set_string (&self->institution, institution))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSTITUTION]);
}

/**
 * relay_perpetrator_get_motive:
 * @self: a #RelayPerpetrator
 *
 * Gets #RelayPerpetrator:motive.
 *
 * Returns: (not nullable): the presumed motive; never %NULL
 */
const char *
relay_perpetrator_get_motive (RelayPerpetrator *self)
{
  g_return_val_if_fail (RELAY_IS_PERPETRATOR (self), NULL);

  return self->motive;
}

/**
 * relay_perpetrator_set_motive:
 * @self: a #RelayPerpetrator
 * @motive: (nullable): the presumed motive; %NULL is the same as ""
 *
 * Sets #RelayPerpetrator:motive.
 */
void
relay_perpetrator_set_motive (RelayPerpetrator *self,
                              const char       *motive)
{
  g_return_if_fail (RELAY_IS_PERPETRATOR (self));

  if (_relay_set_string (&self->motive, motive))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOTIVE]);
}
