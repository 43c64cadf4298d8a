/* relay-case-summary.c
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

#define G_LOG_DOMAIN "relay-case-summary"

#include "config.h"

#include "relay-case-summary.h"

/* An immutable row of the list of cases: what a list needs, without loading
 * the whole case. The store replaces the row when the case changes.
 */
struct _RelayCaseSummary
{
  GObject parent_instance;

  char            *uuid;
  char            *title;
  RelayCaseKind    kind;
  RelayCaseStatus  status;
  char            *country;
  GDateTime       *updated_at;
};

G_DEFINE_FINAL_TYPE (RelayCaseSummary, relay_case_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_KIND,
  PROP_STATUS,
  PROP_COUNTRY,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_case_summary_finalize (GObject *object)
{
  RelayCaseSummary *self = (RelayCaseSummary *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->updated_at, g_date_time_unref);

  G_OBJECT_CLASS (relay_case_summary_parent_class)->finalize (object);
}

static void
relay_case_summary_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RelayCaseSummary *self = RELAY_CASE_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, relay_case_summary_get_uuid (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, relay_case_summary_get_title (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, relay_case_summary_get_country (self));
      break;

    case PROP_UPDATED_AT:
      g_value_set_boxed (value, self->updated_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_summary_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelayCaseSummary *self = RELAY_CASE_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_UUID:
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_STATUS:
      self->status = g_value_get_enum (value);
      break;

    case PROP_COUNTRY:
      self->country = g_value_dup_string (value);
      break;

    case PROP_UPDATED_AT:
      self->updated_at = g_value_dup_boxed (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_summary_class_init (RelayCaseSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_case_summary_finalize;
  object_class->get_property = relay_case_summary_get_property;
  object_class->set_property = relay_case_summary_set_property;

  /**
   * RelayCaseSummary:uuid:
   *
   * The unique id of the case, for relay_store_load_case().
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCaseSummary:title:
   *
   * The title of the case.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCaseSummary:kind:
   *
   * The kind of submission.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RELAY_TYPE_CASE_KIND, RELAY_CASE_KIND_URGENT_APPEAL,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayCaseSummary:status:
   *
   * Where the case stands.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       RELAY_TYPE_CASE_STATUS, RELAY_CASE_STATUS_DRAFT,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayCaseSummary:country:
   *
   * The country concerned (ISO 3166-1 alpha-2), or "".
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCaseSummary:updated-at:
   *
   * When the case was last saved, in UTC.
   */
  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_case_summary_init (RelayCaseSummary *self)
{
}

/**
 * relay_case_summary_new:
 * @uuid: the unique id of the case
 * @title: (nullable): the title
 * @kind: the kind of submission
 * @status: the status
 * @country: (nullable): the country code, or %NULL
 * @updated_at: (nullable): when the case was last saved
 *
 * Creates a summary of a case. The store makes these; other code rarely needs to.
 *
 * Returns: (transfer full): a new #RelayCaseSummary
 */
RelayCaseSummary *
relay_case_summary_new (const char      *uuid,
                        const char      *title,
                        RelayCaseKind    kind,
                        RelayCaseStatus  status,
                        const char      *country,
                        GDateTime       *updated_at)
{
  g_return_val_if_fail (uuid != NULL, NULL);

  return g_object_new (RELAY_TYPE_CASE_SUMMARY,
                       "uuid", uuid,
                       "title", title,
                       "kind", kind,
                       "status", status,
                       "country", country,
                       "updated-at", updated_at,
                       NULL);
}

/**
 * relay_case_summary_get_uuid:
 * @self: a #RelayCaseSummary
 *
 * Gets the unique id of the case.
 *
 * Returns: (not nullable): the unique id
 */
const char *
relay_case_summary_get_uuid (RelayCaseSummary *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_SUMMARY (self), NULL);

  return self->uuid ? self->uuid : "";
}

/**
 * relay_case_summary_get_title:
 * @self: a #RelayCaseSummary
 *
 * Gets the title of the case.
 *
 * Returns: (not nullable): the title; never %NULL
 */
const char *
relay_case_summary_get_title (RelayCaseSummary *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_SUMMARY (self), NULL);

  return self->title ? self->title : "";
}

/**
 * relay_case_summary_get_kind:
 * @self: a #RelayCaseSummary
 *
 * Gets the kind of submission.
 *
 * Returns: the kind
 */
RelayCaseKind
relay_case_summary_get_kind (RelayCaseSummary *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_SUMMARY (self), RELAY_CASE_KIND_URGENT_APPEAL);

  return self->kind;
}

/**
 * relay_case_summary_get_status:
 * @self: a #RelayCaseSummary
 *
 * Gets where the case stands.
 *
 * Returns: the status
 */
RelayCaseStatus
relay_case_summary_get_status (RelayCaseSummary *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_SUMMARY (self), RELAY_CASE_STATUS_DRAFT);

  return self->status;
}

/**
 * relay_case_summary_get_country:
 * @self: a #RelayCaseSummary
 *
 * Gets the country concerned.
 *
 * Returns: (not nullable): the ISO 3166-1 alpha-2 code, or ""
 */
const char *
relay_case_summary_get_country (RelayCaseSummary *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_SUMMARY (self), NULL);

  return self->country ? self->country : "";
}

/**
 * relay_case_summary_get_updated_at:
 * @self: a #RelayCaseSummary
 *
 * Gets when the case was last saved.
 *
 * Returns: (nullable) (transfer none): the time in UTC
 */
GDateTime *
relay_case_summary_get_updated_at (RelayCaseSummary *self)
{
  g_return_val_if_fail (RELAY_IS_CASE_SUMMARY (self), NULL);

  return self->updated_at;
}
