/* relay-timeline-entry.c
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

#define G_LOG_DOMAIN "relay-timeline-entry"

#include "config.h"

#include "relay-timeline-entry.h"
#include "relay-core-private.h"

struct _RelayTimelineEntry
{
  GObject parent_instance;

  char              *date;
  RelayTimelineKind  kind;
  char              *reference;
  char              *note;
  char              *mandate_id;
  RelayCommunicationType communication_type;
  char              *deadline;
  char              *url;
};

G_DEFINE_FINAL_TYPE (RelayTimelineEntry, relay_timeline_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_KIND,
  PROP_REFERENCE,
  PROP_NOTE,
  PROP_MANDATE_ID,
  PROP_COMMUNICATION_TYPE,
  PROP_DEADLINE,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_timeline_entry_finalize (GObject *object)
{
  RelayTimelineEntry *self = (RelayTimelineEntry *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->mandate_id, g_free);
  g_clear_pointer (&self->deadline, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (relay_timeline_entry_parent_class)->finalize (object);
}

static void
relay_timeline_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelayTimelineEntry *self = RELAY_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, relay_timeline_entry_get_date (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, relay_timeline_entry_get_kind (self));
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, relay_timeline_entry_get_reference (self));
      break;

    case PROP_NOTE:
      g_value_set_string (value, relay_timeline_entry_get_note (self));
      break;

    case PROP_MANDATE_ID:
      g_value_set_string (value, relay_timeline_entry_get_mandate_id (self));
      break;

    case PROP_COMMUNICATION_TYPE:
      g_value_set_enum (value, relay_timeline_entry_get_communication_type (self));
      break;

    case PROP_DEADLINE:
      g_value_set_string (value, relay_timeline_entry_get_deadline (self));
      break;

    case PROP_URL:
      g_value_set_string (value, relay_timeline_entry_get_url (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_timeline_entry_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelayTimelineEntry *self = RELAY_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      relay_timeline_entry_set_date (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      relay_timeline_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_REFERENCE:
      relay_timeline_entry_set_reference (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      relay_timeline_entry_set_note (self, g_value_get_string (value));
      break;

    case PROP_MANDATE_ID:
      relay_timeline_entry_set_mandate_id (self, g_value_get_string (value));
      break;

    case PROP_COMMUNICATION_TYPE:
      relay_timeline_entry_set_communication_type (self, g_value_get_enum (value));
      break;

    case PROP_DEADLINE:
      relay_timeline_entry_set_deadline (self, g_value_get_string (value));
      break;

    case PROP_URL:
      relay_timeline_entry_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_timeline_entry_class_init (RelayTimelineEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_timeline_entry_finalize;
  object_class->get_property = relay_timeline_entry_get_property;
  object_class->set_property = relay_timeline_entry_set_property;

  /**
   * RelayTimelineEntry:date:
   *
   * When it happened: an ISO 8601 date ("2026-03-14") or date and time.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:kind:
   *
   * What happened.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RELAY_TYPE_TIMELINE_KIND, RELAY_TIMELINE_KIND_NOTE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:reference:
   *
   * A reference, for example the symbol of a communication.
   */
  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:note:
   *
   * A free note.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:mandate-id:
   *
   * The mandate concerned, for example the one that acknowledged the
   * submission; "" when none.
   */
  properties[PROP_MANDATE_ID] =
    g_param_spec_string ("mandate-id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:communication-type:
   *
   * For a communication sent to the government: its type (UA, AL, OL).
   */
  properties[PROP_COMMUNICATION_TYPE] =
    g_param_spec_enum ("communication-type", NULL, NULL,
                       RELAY_TYPE_COMMUNICATION_TYPE, RELAY_COMMUNICATION_TYPE_NONE,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:deadline:
   *
   * For a communication sent to the government: the reply deadline it
   * states (ISO 8601 date), or "" when not known.
   */
  properties[PROP_DEADLINE] =
    g_param_spec_string ("deadline", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayTimelineEntry:url:
   *
   * A link, for example to a government reply or to the published
   * communication; "" when none.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_timeline_entry_init (RelayTimelineEntry *self)
{
  self->date = g_strdup ("");
  self->kind = RELAY_TIMELINE_KIND_NOTE;
  self->reference = g_strdup ("");
  self->note = g_strdup ("");
  self->mandate_id = g_strdup ("");
  self->communication_type = RELAY_COMMUNICATION_TYPE_NONE;
  self->deadline = g_strdup ("");
  self->url = g_strdup ("");
}

/**
 * relay_timeline_entry_new:
 *
 * Creates an empty note in the timeline.
 *
 * Returns: (transfer full): a new #RelayTimelineEntry
 */
RelayTimelineEntry *
relay_timeline_entry_new (void)
{
  return g_object_new (RELAY_TYPE_TIMELINE_ENTRY, NULL);
}

/**
 * relay_timeline_entry_get_date:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:date.
 *
 * Returns: (not nullable): the date (ISO 8601); never %NULL
 */
const char *
relay_timeline_entry_get_date (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return self->date;
}

/**
 * relay_timeline_entry_set_date:
 * @self: a #RelayTimelineEntry
 * @date: (nullable): the date (ISO 8601); %NULL is the same as ""
 *
 * Sets #RelayTimelineEntry:date.
 */
void
relay_timeline_entry_set_date (RelayTimelineEntry *self,
                               const char         *date)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));

  if (_relay_set_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * relay_timeline_entry_get_kind:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:kind.
 *
 * Returns: the kind of entry
 */
RelayTimelineKind
relay_timeline_entry_get_kind (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), RELAY_TIMELINE_KIND_NOTE);

  return self->kind;
}

/**
 * relay_timeline_entry_set_kind:
 * @self: a #RelayTimelineEntry
 * @kind: the kind of entry
 *
 * Sets #RelayTimelineEntry:kind.
 */
void
relay_timeline_entry_set_kind (RelayTimelineEntry *self,
                               RelayTimelineKind   kind)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));
  g_return_if_fail ((guint) kind <= RELAY_TIMELINE_KIND_NOTE);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

/**
 * relay_timeline_entry_get_reference:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:reference.
 *
 * Returns: (not nullable): the reference; never %NULL
 */
const char *
relay_timeline_entry_get_reference (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return self->reference;
}

/**
 * relay_timeline_entry_set_reference:
 * @self: a #RelayTimelineEntry
 * @reference: (nullable): the reference; %NULL is the same as ""
 *
 * Sets #RelayTimelineEntry:reference.
 */
void
relay_timeline_entry_set_reference (RelayTimelineEntry *self,
                                    const char         *reference)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));

  if (_relay_set_string (&self->reference, reference))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE]);
}

/**
 * relay_timeline_entry_get_note:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:note.
 *
 * Returns: (not nullable): the note; never %NULL
 */
const char *
relay_timeline_entry_get_note (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return self->note;
}

/**
 * relay_timeline_entry_set_note:
 * @self: a #RelayTimelineEntry
 * @note: (nullable): the note; %NULL is the same as ""
 *
 * Sets #RelayTimelineEntry:note.
 */
void
relay_timeline_entry_set_note (RelayTimelineEntry *self,
                               const char         *note)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));

  if (_relay_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * relay_timeline_entry_get_mandate_id:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:mandate-id.
 *
 * Returns: (not nullable): the mandate id; never %NULL
 */
const char *
relay_timeline_entry_get_mandate_id (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return self->mandate_id;
}

/**
 * relay_timeline_entry_set_mandate_id:
 * @self: a #RelayTimelineEntry
 * @mandate_id: (nullable): the mandate id; %NULL is the same as ""
 *
 * Sets #RelayTimelineEntry:mandate-id.
 */
void
relay_timeline_entry_set_mandate_id (RelayTimelineEntry *self,
                                     const char         *mandate_id)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));

  if (_relay_set_string (&self->mandate_id, mandate_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MANDATE_ID]);
}

/**
 * relay_timeline_entry_get_communication_type:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:communication-type.
 *
 * Returns: the type of communication
 */
RelayCommunicationType
relay_timeline_entry_get_communication_type (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), RELAY_COMMUNICATION_TYPE_NONE);

  return self->communication_type;
}

/**
 * relay_timeline_entry_set_communication_type:
 * @self: a #RelayTimelineEntry
 * @type: the type of communication
 *
 * Sets #RelayTimelineEntry:communication-type.
 */
void
relay_timeline_entry_set_communication_type (RelayTimelineEntry     *self,
                                             RelayCommunicationType  type)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));
  g_return_if_fail ((guint) type <= RELAY_COMMUNICATION_TYPE_OTHER_LETTER);

  if (self->communication_type != type)
    {
      self->communication_type = type;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMUNICATION_TYPE]);
    }
}

/**
 * relay_timeline_entry_get_deadline:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:deadline.
 *
 * Returns: (not nullable): the deadline (ISO 8601 date) or ""; never %NULL
 */
const char *
relay_timeline_entry_get_deadline (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return self->deadline;
}

/**
 * relay_timeline_entry_set_deadline:
 * @self: a #RelayTimelineEntry
 * @deadline: (nullable): the deadline (ISO 8601 date); %NULL is the same as ""
 *
 * Sets #RelayTimelineEntry:deadline.
 */
void
relay_timeline_entry_set_deadline (RelayTimelineEntry *self,
                                   const char         *deadline)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));

  if (_relay_set_string (&self->deadline, deadline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEADLINE]);
}

/**
 * relay_timeline_entry_get_url:
 * @self: a #RelayTimelineEntry
 *
 * Gets #RelayTimelineEntry:url.
 *
 * Returns: (not nullable): the link or ""; never %NULL
 */
const char *
relay_timeline_entry_get_url (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return self->url;
}

/**
 * relay_timeline_entry_set_url:
 * @self: a #RelayTimelineEntry
 * @url: (nullable): the link; %NULL is the same as ""
 *
 * Sets #RelayTimelineEntry:url.
 */
void
relay_timeline_entry_set_url (RelayTimelineEntry *self,
                              const char         *url)
{
  g_return_if_fail (RELAY_IS_TIMELINE_ENTRY (self));

  if (_relay_set_string (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

/**
 * relay_timeline_entry_dup_date_label:
 * @self: a #RelayTimelineEntry
 *
 * Formats the day of the entry for display, such as "14 March 2026", or
 * "Date unknown".
 *
 * Returns: (transfer full): a translated label
 */
char *
relay_timeline_entry_dup_date_label (RelayTimelineEntry *self)
{
  g_return_val_if_fail (RELAY_IS_TIMELINE_ENTRY (self), NULL);

  return relay_date_precision_format_date (RELAY_DATE_PRECISION_DAY, self->date);
}
