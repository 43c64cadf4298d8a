/* relay-agenda-item.c
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

#define G_LOG_DOMAIN "relay-agenda"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-agenda-item.h"
#include "relay-core-private.h"
#include "relay-types.h"

/**
 * RelayAgendaItem:
 *
 * One date of the calendar: a reply deadline computed from a case, a
 * Council session bundled with Relay, an event the user added, or one from
 * a subscribed iCalendar feed. Dates are calendar days (all-day, in the
 * user's time zone) from #RelayAgendaItem:start-date to
 * #RelayAgendaItem:end-date, both included.
 */

struct _RelayAgendaItem
{
  GObject parent_instance;

  char              *uid;
  RelayAgendaKind    kind;
  RelayAgendaOrigin  origin;
  char              *title;
  char              *start_date;
  char              *end_date;
  GDate              start;
  GDate              end;
  gboolean           expected;
  char              *case_uuid;
  char              *case_title;
  char              *case_reference;
  char              *reference;
  char              *mandate_id;
  char              *country;
  char              *url;
  char              *note;
  gboolean           done;
  char              *feed_url;
};

G_DEFINE_FINAL_TYPE (RelayAgendaItem, relay_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_KIND,
  PROP_ORIGIN,
  PROP_TITLE,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_EXPECTED,
  PROP_CASE_UUID,
  PROP_CASE_TITLE,
  PROP_CASE_REFERENCE,
  PROP_REFERENCE,
  PROP_MANDATE_ID,
  PROP_COUNTRY,
  PROP_URL,
  PROP_NOTE,
  PROP_DONE,
  PROP_FEED_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Helpers
 */

/* The field behind each plain string property. */
static char **
string_field (RelayAgendaItem *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_UID:        return &self->uid;
    case PROP_TITLE:      return &self->title;
    case PROP_CASE_TITLE: return &self->case_title;
    case PROP_REFERENCE:  return &self->reference;
    case PROP_MANDATE_ID: return &self->mandate_id;
    case PROP_COUNTRY:    return &self->country;
    case PROP_URL:        return &self->url;
    case PROP_NOTE:       return &self->note;
    case PROP_FEED_URL:   return &self->feed_url;
    default:              return NULL;
    }
}

static void
set_string_property (RelayAgendaItem *self,
                     guint            prop_id,
                     const char      *value)
{
  if (_relay_set_string (string_field (self, prop_id), value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The effective last day: the end date when it is a valid day on or after
 * the start, else the start.
 */
static void
update_end (RelayAgendaItem *self)
{
  GDate end;

  g_date_clear (&end, 1);

  if (relay_agenda_parse_day (self->end_date, &end) &&
      g_date_valid (&self->start) &&
      g_date_compare (&end, &self->start) >= 0)
    self->end = end;
  else
    self->end = self->start;
}

static void
update_case_reference (RelayAgendaItem *self)
{
  g_free (self->case_reference);
  self->case_reference = relay_agenda_case_reference (self->case_uuid);
}

/*
 * GObject
 */

static void
relay_agenda_item_finalize (GObject *object)
{
  RelayAgendaItem *self = (RelayAgendaItem *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->case_uuid, g_free);
  g_clear_pointer (&self->case_title, g_free);
  g_clear_pointer (&self->case_reference, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->mandate_id, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->feed_url, g_free);

  G_OBJECT_CLASS (relay_agenda_item_parent_class)->finalize (object);
}

static void
relay_agenda_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelayAgendaItem *self = RELAY_AGENDA_ITEM (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      g_value_set_string (value, *field);
      return;
    }

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_EXPECTED:
      g_value_set_boolean (value, self->expected);
      break;

    case PROP_CASE_UUID:
      g_value_set_string (value, self->case_uuid);
      break;

    case PROP_CASE_REFERENCE:
      g_value_set_string (value, self->case_reference);
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_agenda_item_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelayAgendaItem *self = RELAY_AGENDA_ITEM (object);

  if (string_field (self, prop_id) != NULL)
    {
      set_string_property (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_KIND:
      relay_agenda_item_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ORIGIN:
      self->origin = g_value_get_enum (value);
      break;

    case PROP_START_DATE:
      relay_agenda_item_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      relay_agenda_item_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_EXPECTED:
      relay_agenda_item_set_expected (self, g_value_get_boolean (value));
      break;

    case PROP_CASE_UUID:
      relay_agenda_item_set_case_uuid (self, g_value_get_string (value));
      break;

    case PROP_DONE:
      relay_agenda_item_set_done (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_pspec (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              (G_PARAM_READWRITE |
                               G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
boolean_pspec (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               (G_PARAM_READWRITE |
                                G_PARAM_EXPLICIT_NOTIFY |
                                G_PARAM_STATIC_STRINGS));
}

static void
relay_agenda_item_class_init (RelayAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_agenda_item_finalize;
  object_class->get_property = relay_agenda_item_get_property;
  object_class->set_property = relay_agenda_item_set_property;

  /**
   * RelayAgendaItem:uid:
   *
   * The stable id of the item: the same date computed again, or read again
   * from its feed, has the same id. Done markers and exported UIDs use it.
   */
  properties[PROP_UID] = string_pspec ("uid");

  /**
   * RelayAgendaItem:kind:
   *
   * What the date is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RELAY_TYPE_AGENDA_KIND, RELAY_AGENDA_KIND_CUSTOM,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgendaItem:origin:
   *
   * Where the date comes from.
   */
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       RELAY_TYPE_AGENDA_ORIGIN, RELAY_AGENDA_ORIGIN_USER,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgendaItem:title:
   *
   * What to show, without any detail of a case (see
   * relay_agenda_item_dup_display_title()). Relay's own titles are
   * translated.
   */
  properties[PROP_TITLE] = string_pspec ("title");

  /**
   * RelayAgendaItem:start-date:
   *
   * The first day, "YYYY-MM-DD".
   */
  properties[PROP_START_DATE] = string_pspec ("start-date");

  /**
   * RelayAgendaItem:end-date:
   *
   * The last day, "YYYY-MM-DD", included; "" for a one-day item.
   */
  properties[PROP_END_DATE] = string_pspec ("end-date");

  /**
   * RelayAgendaItem:expected:
   *
   * Whether the dates are an estimate, not confirmed.
   */
  properties[PROP_EXPECTED] = boolean_pspec ("expected");

  /**
   * RelayAgendaItem:case-uuid:
   *
   * The case the item belongs to, or "".
   */
  properties[PROP_CASE_UUID] = string_pspec ("case-uuid");

  /**
   * RelayAgendaItem:case-title:
   *
   * The title of the case, for display on this computer only.
   */
  properties[PROP_CASE_TITLE] = string_pspec ("case-title");

  /**
   * RelayAgendaItem:case-reference:
   *
   * A short reference of the case that names nobody ("3F2A9C"), made from
   * its id; "" when the item has no case.
   */
  properties[PROP_CASE_REFERENCE] =
    g_param_spec_string ("case-reference", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayAgendaItem:reference:
   *
   * The reference of the communication the date comes from ("UA BRA
   * 3/2026"), or "". It is a detail of the case.
   */
  properties[PROP_REFERENCE] = string_pspec ("reference");

  /**
   * RelayAgendaItem:mandate-id:
   *
   * The mandate concerned, or "".
   */
  properties[PROP_MANDATE_ID] = string_pspec ("mandate-id");

  /**
   * RelayAgendaItem:country:
   *
   * The country concerned (ISO 3166-1 alpha-2), or "".
   */
  properties[PROP_COUNTRY] = string_pspec ("country");

  /**
   * RelayAgendaItem:url:
   *
   * A web page about the date, or "".
   */
  properties[PROP_URL] = string_pspec ("url");

  /**
   * RelayAgendaItem:note:
   *
   * A note: Relay's explanation of a computed or bundled date, or the
   * user's own text.
   */
  properties[PROP_NOTE] = string_pspec ("note");

  /**
   * RelayAgendaItem:done:
   *
   * Whether the user marked the item done.
   */
  properties[PROP_DONE] = boolean_pspec ("done");

  /**
   * RelayAgendaItem:feed-url:
   *
   * For an item of a subscribed feed, the address of the feed; else "".
   */
  properties[PROP_FEED_URL] = string_pspec ("feed-url");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_agenda_item_init (RelayAgendaItem *self)
{
  self->uid = g_strdup ("");
  self->kind = RELAY_AGENDA_KIND_CUSTOM;
  self->origin = RELAY_AGENDA_ORIGIN_USER;
  self->title = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
  self->case_uuid = g_strdup ("");
  self->case_title = g_strdup ("");
  self->case_reference = g_strdup ("");
  self->reference = g_strdup ("");
  self->mandate_id = g_strdup ("");
  self->country = g_strdup ("");
  self->url = g_strdup ("");
  self->note = g_strdup ("");
  self->feed_url = g_strdup ("");
}

/*
 * Public API
 */

/**
 * relay_agenda_item_new:
 * @origin: where the item comes from
 * @kind: what it is
 * @title: (nullable): its title
 * @start_date: (nullable): its first day, "YYYY-MM-DD"
 * @end_date: (nullable): its last day, or %NULL or "" for a one-day item
 *
 * Creates an item. An event the user adds is %RELAY_AGENDA_ORIGIN_USER;
 * save it with relay_store_add_event().
 *
 * Returns: (transfer full): a new #RelayAgendaItem
 */
RelayAgendaItem *
relay_agenda_item_new (RelayAgendaOrigin  origin,
                       RelayAgendaKind    kind,
                       const char        *title,
                       const char        *start_date,
                       const char        *end_date)
{
  return g_object_new (RELAY_TYPE_AGENDA_ITEM,
                       "origin", origin,
                       "kind", kind,
                       "title", title,
                       "start-date", start_date,
                       "end-date", end_date,
                       NULL);
}

/**
 * relay_agenda_item_copy:
 * @self: a #RelayAgendaItem
 *
 * Copies @self, for example to edit it in a dialog that can be cancelled.
 *
 * Returns: (transfer full): a new #RelayAgendaItem equal to @self
 */
RelayAgendaItem *
relay_agenda_item_copy (RelayAgendaItem *self)
{
  RelayAgendaItem *copy;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  copy = relay_agenda_item_new (self->origin, self->kind, self->title,
                                self->start_date, self->end_date);
  g_object_set (copy,
                "uid", self->uid,
                "expected", self->expected,
                "case-uuid", self->case_uuid,
                "case-title", self->case_title,
                "reference", self->reference,
                "mandate-id", self->mandate_id,
                "country", self->country,
                "url", self->url,
                "note", self->note,
                "done", self->done,
                "feed-url", self->feed_url,
                NULL);

  return copy;
}

/**
 * relay_agenda_item_equal:
 * @a: a #RelayAgendaItem
 * @b: a #RelayAgendaItem
 *
 * Compares every property of two items.
 *
 * Returns: %TRUE when @a and @b hold the same values
 */
gboolean
relay_agenda_item_equal (RelayAgendaItem *a,
                         RelayAgendaItem *b)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (a), FALSE);
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (b), FALSE);

  return a->kind == b->kind &&
         a->origin == b->origin &&
         a->expected == b->expected &&
         a->done == b->done &&
         g_str_equal (a->uid, b->uid) &&
         g_str_equal (a->title, b->title) &&
         g_str_equal (a->start_date, b->start_date) &&
         g_str_equal (a->end_date, b->end_date) &&
         g_str_equal (a->case_uuid, b->case_uuid) &&
         g_str_equal (a->case_title, b->case_title) &&
         g_str_equal (a->reference, b->reference) &&
         g_str_equal (a->mandate_id, b->mandate_id) &&
         g_str_equal (a->country, b->country) &&
         g_str_equal (a->url, b->url) &&
         g_str_equal (a->note, b->note) &&
         g_str_equal (a->feed_url, b->feed_url);
}

/**
 * relay_agenda_item_get_uid:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:uid.
 *
 * Returns: (not nullable): the stable id, "" for an event not saved yet
 */
const char *
relay_agenda_item_get_uid (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->uid;
}

/**
 * relay_agenda_item_set_uid:
 * @self: a #RelayAgendaItem
 * @uid: (nullable): the stable id
 *
 * Sets #RelayAgendaItem:uid.
 */
void
relay_agenda_item_set_uid (RelayAgendaItem *self,
                           const char      *uid)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_UID, uid);
}

/**
 * relay_agenda_item_get_kind:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:kind.
 *
 * Returns: the kind
 */
RelayAgendaKind
relay_agenda_item_get_kind (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), RELAY_AGENDA_KIND_CUSTOM);

  return self->kind;
}

/**
 * relay_agenda_item_set_kind:
 * @self: a #RelayAgendaItem
 * @kind: the kind
 *
 * Sets #RelayAgendaItem:kind.
 */
void
relay_agenda_item_set_kind (RelayAgendaItem *self,
                            RelayAgendaKind  kind)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));
  g_return_if_fail (kind < RELAY_AGENDA_N_KINDS);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

/**
 * relay_agenda_item_get_origin:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:origin.
 *
 * Returns: the origin
 */
RelayAgendaOrigin
relay_agenda_item_get_origin (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), RELAY_AGENDA_ORIGIN_USER);

  return self->origin;
}

/**
 * relay_agenda_item_get_title:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:title.
 *
 * Returns: (not nullable): the title
 */
const char *
relay_agenda_item_get_title (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->title;
}

/**
 * relay_agenda_item_set_title:
 * @self: a #RelayAgendaItem
 * @title: (nullable): the title
 *
 * Sets #RelayAgendaItem:title.
 */
void
relay_agenda_item_set_title (RelayAgendaItem *self,
                             const char      *title)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_TITLE, title);
}

/**
 * relay_agenda_item_get_start_date:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:start-date.
 *
 * Returns: (not nullable): the first day, "YYYY-MM-DD"
 */
const char *
relay_agenda_item_get_start_date (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->start_date;
}

/**
 * relay_agenda_item_set_start_date:
 * @self: a #RelayAgendaItem
 * @start_date: (nullable): the first day, "YYYY-MM-DD"
 *
 * Sets #RelayAgendaItem:start-date. Anything else leaves the item without
 * a valid start: relay_store_add_event() refuses it.
 */
void
relay_agenda_item_set_start_date (RelayAgendaItem *self,
                                  const char      *start_date)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  if (!_relay_set_string (&self->start_date, start_date))
    return;

  if (!relay_agenda_parse_day (self->start_date, &self->start))
    g_date_clear (&self->start, 1);
  update_end (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

/**
 * relay_agenda_item_get_end_date:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:end-date, as it was set.
 *
 * Returns: (not nullable): the last day, "YYYY-MM-DD", or ""
 */
const char *
relay_agenda_item_get_end_date (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->end_date;
}

/**
 * relay_agenda_item_set_end_date:
 * @self: a #RelayAgendaItem
 * @end_date: (nullable): the last day, "YYYY-MM-DD", or "" for a one-day item
 *
 * Sets #RelayAgendaItem:end-date.
 */
void
relay_agenda_item_set_end_date (RelayAgendaItem *self,
                                const char      *end_date)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  if (!_relay_set_string (&self->end_date, end_date))
    return;

  update_end (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

/**
 * relay_agenda_item_get_start:
 * @self: a #RelayAgendaItem
 *
 * Gets the first day as a #GDate.
 *
 * Returns: (transfer none): the first day; not valid (g_date_valid()) when
 *   #RelayAgendaItem:start-date is not a date
 */
const GDate *
relay_agenda_item_get_start (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return &self->start;
}

/**
 * relay_agenda_item_get_end:
 * @self: a #RelayAgendaItem
 *
 * Gets the last day (included) as a #GDate: the end date when it is set
 * and not before the start, else the start. This is the day a deadline
 * falls on.
 *
 * Returns: (transfer none): the last day
 */
const GDate *
relay_agenda_item_get_end (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return &self->end;
}

/**
 * relay_agenda_item_get_expected:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:expected.
 *
 * Returns: %TRUE when the dates are an estimate
 */
gboolean
relay_agenda_item_get_expected (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), FALSE);

  return self->expected;
}

/**
 * relay_agenda_item_set_expected:
 * @self: a #RelayAgendaItem
 * @expected: whether the dates are an estimate
 *
 * Sets #RelayAgendaItem:expected.
 */
void
relay_agenda_item_set_expected (RelayAgendaItem *self,
                                gboolean         expected)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  expected = !!expected;
  if (self->expected != expected)
    {
      self->expected = expected;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPECTED]);
    }
}

/**
 * relay_agenda_item_get_case_uuid:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:case-uuid.
 *
 * Returns: (not nullable): the id of the case, or ""
 */
const char *
relay_agenda_item_get_case_uuid (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->case_uuid;
}

/**
 * relay_agenda_item_set_case_uuid:
 * @self: a #RelayAgendaItem
 * @case_uuid: (nullable): the id of the case, or "" for none
 *
 * Sets #RelayAgendaItem:case-uuid, and with it
 * #RelayAgendaItem:case-reference.
 */
void
relay_agenda_item_set_case_uuid (RelayAgendaItem *self,
                                 const char      *case_uuid)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  if (!_relay_set_string (&self->case_uuid, case_uuid))
    return;

  update_case_reference (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_UUID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_REFERENCE]);
}

/**
 * relay_agenda_item_get_case_title:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:case-title.
 *
 * Returns: (not nullable): the title of the case, or ""
 */
const char *
relay_agenda_item_get_case_title (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->case_title;
}

/**
 * relay_agenda_item_set_case_title:
 * @self: a #RelayAgendaItem
 * @case_title: (nullable): the title of the case
 *
 * Sets #RelayAgendaItem:case-title.
 */
void
relay_agenda_item_set_case_title (RelayAgendaItem *self,
                                  const char      *case_title)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_CASE_TITLE, case_title);
}

/**
 * relay_agenda_item_get_case_reference:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:case-reference.
 *
 * Returns: (not nullable): the short reference of the case, or ""
 */
const char *
relay_agenda_item_get_case_reference (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->case_reference;
}

/**
 * relay_agenda_item_get_reference:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:reference.
 *
 * Returns: (not nullable): the reference of the communication, or ""
 */
const char *
relay_agenda_item_get_reference (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->reference;
}

/**
 * relay_agenda_item_set_reference:
 * @self: a #RelayAgendaItem
 * @reference: (nullable): the reference of the communication
 *
 * Sets #RelayAgendaItem:reference.
 */
void
relay_agenda_item_set_reference (RelayAgendaItem *self,
                                 const char      *reference)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_REFERENCE, reference);
}

/**
 * relay_agenda_item_get_mandate_id:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:mandate-id.
 *
 * Returns: (not nullable): the id of the mandate, or ""
 */
const char *
relay_agenda_item_get_mandate_id (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->mandate_id;
}

/**
 * relay_agenda_item_set_mandate_id:
 * @self: a #RelayAgendaItem
 * @mandate_id: (nullable): the id of the mandate
 *
 * Sets #RelayAgendaItem:mandate-id.
 */
void
relay_agenda_item_set_mandate_id (RelayAgendaItem *self,
                                  const char      *mandate_id)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_MANDATE_ID, mandate_id);
}

/**
 * relay_agenda_item_get_country:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:country.
 *
 * Returns: (not nullable): the country code, or ""
 */
const char *
relay_agenda_item_get_country (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->country;
}

/**
 * relay_agenda_item_set_country:
 * @self: a #RelayAgendaItem
 * @country: (nullable): the country code
 *
 * Sets #RelayAgendaItem:country.
 */
void
relay_agenda_item_set_country (RelayAgendaItem *self,
                               const char      *country)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_COUNTRY, country);
}

/**
 * relay_agenda_item_get_url:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:url.
 *
 * Returns: (not nullable): the web address, or ""
 */
const char *
relay_agenda_item_get_url (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->url;
}

/**
 * relay_agenda_item_set_url:
 * @self: a #RelayAgendaItem
 * @url: (nullable): the web address
 *
 * Sets #RelayAgendaItem:url.
 */
void
relay_agenda_item_set_url (RelayAgendaItem *self,
                           const char      *url)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_URL, url);
}

/**
 * relay_agenda_item_get_note:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:note.
 *
 * Returns: (not nullable): the note, or ""
 */
const char *
relay_agenda_item_get_note (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->note;
}

/**
 * relay_agenda_item_set_note:
 * @self: a #RelayAgendaItem
 * @note: (nullable): the note
 *
 * Sets #RelayAgendaItem:note.
 */
void
relay_agenda_item_set_note (RelayAgendaItem *self,
                            const char      *note)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_NOTE, note);
}

/**
 * relay_agenda_item_get_done:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:done.
 *
 * Returns: %TRUE when the user marked the item done
 */
gboolean
relay_agenda_item_get_done (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), FALSE);

  return self->done;
}

/**
 * relay_agenda_item_set_done:
 * @self: a #RelayAgendaItem
 * @done: whether the item is done
 *
 * Sets #RelayAgendaItem:done on this object only; relay_agenda_set_done()
 * also saves it.
 */
void
relay_agenda_item_set_done (RelayAgendaItem *self,
                            gboolean         done)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  done = !!done;
  if (self->done != done)
    {
      self->done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
    }
}

/**
 * relay_agenda_item_get_feed_url:
 * @self: a #RelayAgendaItem
 *
 * Gets #RelayAgendaItem:feed-url.
 *
 * Returns: (not nullable): the address of the feed, or ""
 */
const char *
relay_agenda_item_get_feed_url (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  return self->feed_url;
}

/**
 * relay_agenda_item_set_feed_url:
 * @self: a #RelayAgendaItem
 * @feed_url: (nullable): the address of the feed
 *
 * Sets #RelayAgendaItem:feed-url.
 */
void
relay_agenda_item_set_feed_url (RelayAgendaItem *self,
                                const char      *feed_url)
{
  g_return_if_fail (RELAY_IS_AGENDA_ITEM (self));

  set_string_property (self, PROP_FEED_URL, feed_url);
}

/**
 * relay_agenda_item_is_task:
 * @self: a #RelayAgendaItem
 *
 * Whether the item asks the user to do something by its last day (see
 * relay_agenda_kind_is_task()): only tasks become overdue.
 *
 * Returns: %TRUE for a task
 */
gboolean
relay_agenda_item_is_task (RelayAgendaItem *self)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), FALSE);

  return relay_agenda_kind_is_task (self->kind);
}

/**
 * relay_agenda_item_covers:
 * @self: a #RelayAgendaItem
 * @day: a valid day
 *
 * Whether @day is one of the item's days.
 *
 * Returns: %TRUE when @day is between the first and the last day, included
 */
gboolean
relay_agenda_item_covers (RelayAgendaItem *self,
                          const GDate     *day)
{
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  return g_date_valid (&self->start) &&
         g_date_compare (&self->start, day) <= 0 &&
         g_date_compare (day, &self->end) <= 0;
}

/**
 * relay_agenda_item_get_group:
 * @self: a #RelayAgendaItem
 * @today: the current day, in the user's time zone
 *
 * Places the item relative to @today: done items are
 * %RELAY_AGENDA_GROUP_DONE; a task whose last day is before @today is
 * %RELAY_AGENDA_GROUP_OVERDUE, any other item that ended is
 * %RELAY_AGENDA_GROUP_PAST; an item under way or starting within
 * %RELAY_AGENDA_NEXT_DAYS days is %RELAY_AGENDA_GROUP_NEXT_30_DAYS; the
 * rest is %RELAY_AGENDA_GROUP_LATER.
 *
 * Returns: the group
 */
RelayAgendaGroup
relay_agenda_item_get_group (RelayAgendaItem *self,
                             const GDate     *today)
{
  GDate horizon;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), RELAY_AGENDA_GROUP_LATER);
  g_return_val_if_fail (today != NULL && g_date_valid (today), RELAY_AGENDA_GROUP_LATER);

  if (self->done)
    return RELAY_AGENDA_GROUP_DONE;

  if (!g_date_valid (&self->start))
    return RELAY_AGENDA_GROUP_LATER;

  if (g_date_compare (&self->end, today) < 0)
    return relay_agenda_kind_is_task (self->kind) ? RELAY_AGENDA_GROUP_OVERDUE
                                                  : RELAY_AGENDA_GROUP_PAST;

  horizon = *today;
  g_date_add_days (&horizon, RELAY_AGENDA_NEXT_DAYS);
  if (g_date_compare (&self->start, &horizon) <= 0)
    return RELAY_AGENDA_GROUP_NEXT_30_DAYS;

  return RELAY_AGENDA_GROUP_LATER;
}

/**
 * relay_agenda_item_dup_display_title:
 * @self: a #RelayAgendaItem
 * @include_case_details: whether the title may name the case
 *
 * Makes the title to show or export. An item of a case says which case:
 * by its title and communication reference when @include_case_details is
 * %TRUE (on this computer), else only by its short reference ("Reply
 * window ends — case 3F2A9C"), which names nobody; the user's own title
 * of an event of a case then gives way to the name of its kind
 * ("Reminder — case 3F2A9C").
 *
 * Returns: (transfer full): the title
 */
char *
relay_agenda_item_dup_display_title (RelayAgendaItem *self,
                                     gboolean         include_case_details)
{
  const char *title;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  title = *self->title != '\0' ? self->title : relay_agenda_kind_get_label (self->kind);

  if (*self->case_uuid == '\0')
    return g_strdup (title);

  /* The user's own title for an event of a case may name someone;
   * Relay's titles do not. */
  if (!include_case_details && self->origin != RELAY_AGENDA_ORIGIN_COMPUTED)
    title = relay_agenda_kind_get_label (self->kind);

  if (include_case_details && *self->case_title != '\0')
    {
      if (*self->reference != '\0')
        /* Translators: %1$s is what is due ("Reply window ends"), %2$s the
         * title of a case, %3$s the reference of a communication ("UA BRA 3/2026") */
        return g_strdup_printf (_("%1$s — %2$s (%3$s)"), title, self->case_title, self->reference);

      /* Translators: %1$s is what is due ("Reply window ends"), %2$s the title of a case */
      return g_strdup_printf (_("%1$s — %2$s"), title, self->case_title);
    }

  /* Translators: %1$s is what is due ("Reply window ends"), %2$s a short
   * reference of a case made of letters and digits ("3F2A9C") */
  return g_strdup_printf (_("%1$s — case %2$s"), title, self->case_reference);
}

/**
 * relay_agenda_item_dup_date_label:
 * @self: a #RelayAgendaItem
 *
 * Formats the item's days for display: "12 May 2026", or a range.
 *
 * Returns: (transfer full): the label; "" when the item has no valid date
 */
char *
relay_agenda_item_dup_date_label (RelayAgendaItem *self)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *start_label = NULL;
  g_autofree char *end_label = NULL;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (self), NULL);

  if (!g_date_valid (&self->start))
    return g_strdup ("");

  start = relay_agenda_format_day (&self->start);
  start_label = relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, start);

  if (g_date_compare (&self->start, &self->end) == 0)
    return g_steal_pointer (&start_label);

  end = relay_agenda_format_day (&self->end);
  end_label = relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, end);

  /* Translators: a range of days; %1$s is the first, %2$s the last */
  return g_strdup_printf (_("%1$s – %2$s"), start_label, end_label);
}

/**
 * relay_agenda_item_compare:
 * @a: a #RelayAgendaItem
 * @b: a #RelayAgendaItem
 *
 * The order of the agenda: by first day, then last day, kind, title and
 * id, so that the order is the same every time.
 *
 * Returns: a negative number when @a comes first, positive when @b does, 0
 *   when they are the same item
 */
int
relay_agenda_item_compare (RelayAgendaItem *a,
                           RelayAgendaItem *b)
{
  gboolean a_valid, b_valid;
  int result;

  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (a), 0);
  g_return_val_if_fail (RELAY_IS_AGENDA_ITEM (b), 0);

  a_valid = g_date_valid (&a->start);
  b_valid = g_date_valid (&b->start);
  if (a_valid != b_valid)
    return a_valid ? -1 : 1;

  if (a_valid)
    {
      if ((result = g_date_compare (&a->start, &b->start)) != 0 ||
          (result = g_date_compare (&a->end, &b->end)) != 0)
        return result;
    }

  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;

  if ((result = g_utf8_collate (a->title, b->title)) != 0)
    return result;

  return strcmp (a->uid, b->uid);
}
