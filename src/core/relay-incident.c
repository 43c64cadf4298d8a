/* relay-incident.c
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

#define G_LOG_DOMAIN "relay-incident"

#include "config.h"

#include "relay-incident.h"
#include "relay-core-private.h"

struct _RelayIncident
{
  GObject parent_instance;

  char               *date;
  RelayDatePrecision  precision;
  char               *place;
  char               *description;
};

G_DEFINE_FINAL_TYPE (RelayIncident, relay_incident, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_PRECISION,
  PROP_PLACE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_incident_finalize (GObject *object)
{
  RelayIncident *self = (RelayIncident *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (relay_incident_parent_class)->finalize (object);
}

static void
relay_incident_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RelayIncident *self = RELAY_INCIDENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, relay_incident_get_date (self));
      break;

    case PROP_PRECISION:
      g_value_set_enum (value, relay_incident_get_precision (self));
      break;

    case PROP_PLACE:
      g_value_set_string (value, relay_incident_get_place (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, relay_incident_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_incident_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RelayIncident *self = RELAY_INCIDENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      relay_incident_set_date (self, g_value_get_string (value));
      break;

    case PROP_PRECISION:
      relay_incident_set_precision (self, g_value_get_enum (value));
      break;

    case PROP_PLACE:
      relay_incident_set_place (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      relay_incident_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_incident_class_init (RelayIncidentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_incident_finalize;
  object_class->get_property = relay_incident_get_property;
  object_class->set_property = relay_incident_set_property;

  /**
   * RelayIncident:date:
   *
   * When it happened: "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when unknown.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayIncident:precision:
   *
   * How precise #RelayIncident:date is.
   */
  properties[PROP_PRECISION] =
    g_param_spec_enum ("precision", NULL, NULL,
                       RELAY_TYPE_DATE_PRECISION, RELAY_DATE_PRECISION_DAY,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayIncident:place:
   *
   * Where it happened.
   */
  properties[PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayIncident:description:
   *
   * What happened.
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
relay_incident_init (RelayIncident *self)
{
  self->date = g_strdup ("");
  self->precision = RELAY_DATE_PRECISION_DAY;
  self->place = g_strdup ("");
  self->description = g_strdup ("");
}

/**
 * relay_incident_new:
 *
 * Creates an incident with no date, place or description.
 *
 * Returns: (transfer full): a new #RelayIncident
 */
RelayIncident *
relay_incident_new (void)
{
  return g_object_new (RELAY_TYPE_INCIDENT, NULL);
}

/**
 * relay_incident_get_date:
 * @self: a #RelayIncident
 *
 * Gets #RelayIncident:date.
 *
 * Returns: (not nullable): the date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); never %NULL
 */
const char *
relay_incident_get_date (RelayIncident *self)
{
  g_return_val_if_fail (RELAY_IS_INCIDENT (self), NULL);

  return self->date;
}

/**
 * relay_incident_set_date:
 * @self: a #RelayIncident
 * @date: (nullable): the date ("YYYY", "YYYY-MM" or "YYYY-MM-DD"); %NULL is the same as ""
 *
 * Sets #RelayIncident:date.
 */
void
relay_incident_set_date (RelayIncident *self,
                         const char    *date)
{
  g_return_if_fail (RELAY_IS_INCIDENT (self));

  if (_relay_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * relay_incident_get_precision:
 * @self: a #RelayIncident
 *
 * Gets #RelayIncident:precision.
 *
 * Returns: the precision of the date
 */
RelayDatePrecision
relay_incident_get_precision (RelayIncident *self)
{
  g_return_val_if_fail (RELAY_IS_INCIDENT (self), RELAY_DATE_PRECISION_DAY);

  return self->precision;
}

/**
 * relay_incident_set_precision:
 * @self: a #RelayIncident
 * @precision: the precision of the date
 *
 * Sets #RelayIncident:precision.
 */
void
relay_incident_set_precision (RelayIncident      *self,
                              RelayDatePrecision  precision)
{
  g_return_if_fail (RELAY_IS_INCIDENT (self));
  g_return_if_fail ((guint) precision <= RELAY_DATE_PRECISION_APPROXIMATE);

  if (self->precision != precision)
    {
      self->precision = precision;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRECISION]);
    }
}

/**
 * relay_incident_get_place:
 * @self: a #RelayIncident
 *
 * Gets #RelayIncident:place.
 *
 * Returns: (not nullable): the place; never %NULL
 */
const char *
relay_incident_get_place (RelayIncident *self)
{
  g_return_val_if_fail (RELAY_IS_INCIDENT (self), NULL);

  return self->place;
}

/**
 * relay_incident_set_place:
 * @self: a #RelayIncident
 * @place: (nullable): the place; %NULL is the same as ""
 *
 * Sets #RelayIncident:place.
 */
void
relay_incident_set_place (RelayIncident *self,
                          const char    *place)
{
  g_return_if_fail (RELAY_IS_INCIDENT (self));

  if (_relay_set_string (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

/**
 * relay_incident_get_description:
 * @self: a #RelayIncident
 *
 * Gets #RelayIncident:description.
 *
 * Returns: (not nullable): the description; never %NULL
 */
const char *
relay_incident_get_description (RelayIncident *self)
{
  g_return_val_if_fail (RELAY_IS_INCIDENT (self), NULL);

  return self->description;
}

/**
 * relay_incident_set_description:
 * @self: a #RelayIncident
 * @description: (nullable): the description; %NULL is the same as ""
 *
 * Sets #RelayIncident:description.
 */
void
relay_incident_set_description (RelayIncident *self,
                                const char    *description)
{
  g_return_if_fail (RELAY_IS_INCIDENT (self));

  if (_relay_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/**
 * relay_incident_dup_date_label:
 * @self: a #RelayIncident
 *
 * Formats the date of the incident for display, as precisely as
 * #RelayIncident:precision says: "14 March 2026", "March 2026", "2026",
 * "around 14 March 2026", or "Date unknown".
 *
 * Returns: (transfer full): a translated label
 */
char *
relay_incident_dup_date_label (RelayIncident *self)
{
  g_return_val_if_fail (RELAY_IS_INCIDENT (self), NULL);

  return relay_date_precision_format_date (self->precision, self->date);
}
