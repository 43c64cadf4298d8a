/* relay-source.c
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

#define G_LOG_DOMAIN "relay-source"

#include "config.h"

#include "relay-source.h"
#include "relay-core-private.h"

struct _RelaySource
{
  GObject parent_instance;

  RelaySourceKind  kind;
  char            *description;
};

G_DEFINE_FINAL_TYPE (RelaySource, relay_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_source_finalize (GObject *object)
{
  RelaySource *self = (RelaySource *)object;

  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (relay_source_parent_class)->finalize (object);
}

static void
relay_source_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelaySource *self = RELAY_SOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, relay_source_get_kind (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, relay_source_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_source_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RelaySource *self = RELAY_SOURCE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      relay_source_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DESCRIPTION:
      relay_source_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_source_class_init (RelaySourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_source_finalize;
  object_class->get_property = relay_source_get_property;
  object_class->set_property = relay_source_set_property;

  /**
   * RelaySource:kind:
   *
   * What kind of source this is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RELAY_TYPE_SOURCE_KIND, RELAY_SOURCE_KIND_FIRST_HAND,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelaySource:description:
   *
   * The source, described without putting anyone at risk.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_source_init (RelaySource *self)
{
  self->kind = RELAY_SOURCE_KIND_FIRST_HAND;
  self->description = g_strdup ("");
}

/**
 * relay_source_new:
 *
 * Creates a first-hand source with no description.
 *
 * Returns: (transfer full): a new #RelaySource
 */
RelaySource *
relay_source_new (void)
{
  return g_object_new (RELAY_TYPE_SOURCE, NULL);
}

/**
 * relay_source_get_kind:
 * @self: a #RelaySource
 *
 * Gets #RelaySource:kind.
 *
 * Returns: the kind of source
 */
RelaySourceKind
relay_source_get_kind (RelaySource *self)
{
  g_return_val_if_fail (RELAY_IS_SOURCE (self), RELAY_SOURCE_KIND_FIRST_HAND);

  return self->kind;
}

/**
 * relay_source_set_kind:
 * @self: a #RelaySource
 * @kind: the kind of source
 *
 * Sets #RelaySource:kind.
 */
void
relay_source_set_kind (RelaySource     *self,
                       RelaySourceKind  kind)
{
  g_return_if_fail (RELAY_IS_SOURCE (self));
  g_return_if_fail ((guint) kind <= RELAY_SOURCE_KIND_OTHER);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

/**
 * relay_source_get_description:
 * @self: a #RelaySource
 *
 * Gets #RelaySource:description.
 *
 * Returns: (not nullable): the description; never %NULL
 */
const char *
relay_source_get_description (RelaySource *self)
{
  g_return_val_if_fail (RELAY_IS_SOURCE (self), NULL);

  return self->description;
}

/**
 * relay_source_set_description:
 * @self: a #RelaySource
 * @description: (nullable): the description; %NULL is the same as ""
 *
 * Sets #RelaySource:description.
 */
void
relay_source_set_description (RelaySource *self,
                              const char  *description)
{
  g_return_if_fail (RELAY_IS_SOURCE (self));

  if (_relay_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
