/* relay-case.c
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

#define G_LOG_DOMAIN "relay-case"

#include "config.h"

#include "relay-case.h"
#include "relay-core-private.h"

struct _RelayCase
{
  GObject parent_instance;

  char            *uuid;
  char            *title;
  RelayCaseKind    kind;
  RelayCaseStatus  status;
  char            *country;
  char            *language;
  guint            urgent : 1;
  char            *why_now;
  char            *what_happened;
  char            *context;
  char            *action_taken;
  char            *action_requested;
  guint            press_release : 1;
  char            *press_release_reason;
  char            *joint_action_note;
  char            *confidential_note;
  char            *sender_name;
  char            *sender_organisation;
  char            *sender_email;
  char            *sender_phone;
  char            *sender_address;
  char            *sender_relationship;
  guint            sender_confidential : 1;
  char            *draft_page;
  GDateTime       *created_at;
  GDateTime       *updated_at;
  GDateTime       *submitted_at;

  /* Owned References */
  GListStore *victims;
  GListStore *perpetrators;
  GListStore *incidents;
  GListStore *sources;
  GListStore *mandates;
  GListStore *timeline;
  GListStore *attachments;
};

G_DEFINE_FINAL_TYPE (RelayCase, relay_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_KIND,
  PROP_STATUS,
  PROP_COUNTRY,
  PROP_LANGUAGE,
  PROP_URGENT,
  PROP_WHY_NOW,
  PROP_WHAT_HAPPENED,
  PROP_CONTEXT,
  PROP_ACTION_TAKEN,
  PROP_ACTION_REQUESTED,
  PROP_PRESS_RELEASE,
  PROP_PRESS_RELEASE_REASON,
  PROP_JOINT_ACTION_NOTE,
  PROP_CONFIDENTIAL_NOTE,
  PROP_SENDER_NAME,
  PROP_SENDER_ORGANISATION,
  PROP_SENDER_EMAIL,
  PROP_SENDER_PHONE,
  PROP_SENDER_ADDRESS,
  PROP_SENDER_RELATIONSHIP,
  PROP_SENDER_CONFIDENTIAL,
  PROP_DRAFT_PAGE,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_SUBMITTED_AT,
  PROP_VICTIMS,
  PROP_PERPETRATORS,
  PROP_INCIDENTS,
  PROP_SOURCES,
  PROP_MANDATES,
  PROP_TIMELINE,
  PROP_ATTACHMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
relay_case_finalize (GObject *object)
{
  RelayCase *self = (RelayCase *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->why_now, g_free);
  g_clear_pointer (&self->what_happened, g_free);
  g_clear_pointer (&self->context, g_free);
  g_clear_pointer (&self->action_taken, g_free);
  g_clear_pointer (&self->action_requested, g_free);
  g_clear_pointer (&self->press_release_reason, g_free);
  g_clear_pointer (&self->joint_action_note, g_free);
  g_clear_pointer (&self->draft_page, g_free);
  g_clear_pointer (&self->confidential_note, g_free);
  g_clear_pointer (&self->sender_name, g_free);
  g_clear_pointer (&self->sender_organisation, g_free);
  g_clear_pointer (&self->sender_email, g_free);
  g_clear_pointer (&self->sender_phone, g_free);
  g_clear_pointer (&self->sender_address, g_free);
  g_clear_pointer (&self->sender_relationship, g_free);
  g_clear_pointer (&self->created_at, g_date_time_unref);
  g_clear_pointer (&self->updated_at, g_date_time_unref);
  g_clear_pointer (&self->submitted_at, g_date_time_unref);

  G_OBJECT_CLASS (relay_case_parent_class)->finalize (object);
}

static void
relay_case_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RelayCase *self = RELAY_CASE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, relay_case_get_uuid (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, relay_case_get_title (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, relay_case_get_kind (self));
      break;

    case PROP_STATUS:
      g_value_set_enum (value, relay_case_get_status (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, relay_case_get_country (self));
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, relay_case_get_language (self));
      break;

    case PROP_URGENT:
      g_value_set_boolean (value, relay_case_get_urgent (self));
      break;

    case PROP_WHY_NOW:
      g_value_set_string (value, relay_case_get_why_now (self));
      break;

    case PROP_WHAT_HAPPENED:
      g_value_set_string (value, relay_case_get_what_happened (self));
      break;

    case PROP_CONTEXT:
      g_value_set_string (value, relay_case_get_context (self));
      break;

    case PROP_ACTION_TAKEN:
      g_value_set_string (value, relay_case_get_action_taken (self));
      break;

    case PROP_ACTION_REQUESTED:
      g_value_set_string (value, relay_case_get_action_requested (self));
      break;

    case PROP_PRESS_RELEASE:
      g_value_set_boolean (value, relay_case_get_press_release (self));
      break;

    case PROP_PRESS_RELEASE_REASON:
      g_value_set_string (value, relay_case_get_press_release_reason (self));
      break;

    case PROP_JOINT_ACTION_NOTE:
      g_value_set_string (value, relay_case_get_joint_action_note (self));
      break;

    case PROP_CONFIDENTIAL_NOTE:
      g_value_set_string (value, relay_case_get_confidential_note (self));
      break;

    case PROP_SENDER_NAME:
      g_value_set_string (value, relay_case_get_sender_name (self));
      break;

    case PROP_SENDER_ORGANISATION:
      g_value_set_string (value, relay_case_get_sender_organisation (self));
      break;

    case PROP_SENDER_EMAIL:
      g_value_set_string (value, relay_case_get_sender_email (self));
      break;

    case PROP_SENDER_PHONE:
      g_value_set_string (value, relay_case_get_sender_phone (self));
      break;

    case PROP_SENDER_ADDRESS:
      g_value_set_string (value, relay_case_get_sender_address (self));
      break;

    case PROP_SENDER_RELATIONSHIP:
      g_value_set_string (value, relay_case_get_sender_relationship (self));
      break;

    case PROP_SENDER_CONFIDENTIAL:
      g_value_set_boolean (value, relay_case_get_sender_confidential (self));
      break;

    case PROP_DRAFT_PAGE:
      g_value_set_string (value, relay_case_get_draft_page (self));
      break;

    case PROP_CREATED_AT:
      g_value_set_boxed (value, relay_case_get_created_at (self));
      break;

    case PROP_UPDATED_AT:
      g_value_set_boxed (value, relay_case_get_updated_at (self));
      break;

    case PROP_SUBMITTED_AT:
      g_value_set_boxed (value, relay_case_get_submitted_at (self));
      break;

    case PROP_VICTIMS:
      g_value_set_object (value, self->victims);
      break;

    case PROP_PERPETRATORS:
      g_value_set_object (value, self->perpetrators);
      break;

    case PROP_INCIDENTS:
      g_value_set_object (value, self->incidents);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    case PROP_MANDATES:
      g_value_set_object (value, self->mandates);
      break;

    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;

    case PROP_ATTACHMENTS:
      g_value_set_object (value, self->attachments);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_case_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RelayCase *self = RELAY_CASE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_assert (self->uuid == NULL);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      relay_case_set_title (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      relay_case_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      relay_case_set_status (self, g_value_get_enum (value));
      break;

    case PROP_COUNTRY:
      relay_case_set_country (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      relay_case_set_language (self, g_value_get_string (value));
      break;

    case PROP_URGENT:
      relay_case_set_urgent (self, g_value_get_boolean (value));
      break;

    case PROP_WHY_NOW:
      relay_case_set_why_now (self, g_value_get_string (value));
      break;

    case PROP_WHAT_HAPPENED:
      relay_case_set_what_happened (self, g_value_get_string (value));
      break;

    case PROP_CONTEXT:
      relay_case_set_context (self, g_value_get_string (value));
      break;

    case PROP_ACTION_TAKEN:
      relay_case_set_action_taken (self, g_value_get_string (value));
      break;

    case PROP_ACTION_REQUESTED:
      relay_case_set_action_requested (self, g_value_get_string (value));
      break;

    case PROP_PRESS_RELEASE:
      relay_case_set_press_release (self, g_value_get_boolean (value));
      break;

    case PROP_PRESS_RELEASE_REASON:
      relay_case_set_press_release_reason (self, g_value_get_string (value));
      break;

    case PROP_JOINT_ACTION_NOTE:
      relay_case_set_joint_action_note (self, g_value_get_string (value));
      break;

    case PROP_CONFIDENTIAL_NOTE:
      relay_case_set_confidential_note (self, g_value_get_string (value));
      break;

    case PROP_SENDER_NAME:
      relay_case_set_sender_name (self, g_value_get_string (value));
      break;

    case PROP_SENDER_ORGANISATION:
      relay_case_set_sender_organisation (self, g_value_get_string (value));
      break;

    case PROP_SENDER_EMAIL:
      relay_case_set_sender_email (self, g_value_get_string (value));
      break;

    case PROP_SENDER_PHONE:
      relay_case_set_sender_phone (self, g_value_get_string (value));
      break;

    case PROP_SENDER_ADDRESS:
      relay_case_set_sender_address (self, g_value_get_string (value));
      break;

    case PROP_SENDER_RELATIONSHIP:
      relay_case_set_sender_relationship (self, g_value_get_string (value));
      break;

    case PROP_SENDER_CONFIDENTIAL:
      relay_case_set_sender_confidential (self, g_value_get_boolean (value));
      break;

    case PROP_DRAFT_PAGE:
      relay_case_set_draft_page (self, g_value_get_string (value));
      break;

    case PROP_CREATED_AT:
      relay_case_set_created_at (self, g_value_get_boxed (value));
      break;

    case PROP_UPDATED_AT:
      relay_case_set_updated_at (self, g_value_get_boxed (value));
      break;

    case PROP_SUBMITTED_AT:
      relay_case_set_submitted_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/*
 * Change tracking: one "changed" signal for any edit, so that an editor
 * saves the case without knowing its parts.
 */

static void
emit_changed (RelayCase *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
contains_part (RelayCase *self,
               GObject   *part)
{
  GListStore *parts[] = {
    self->victims, self->perpetrators, self->incidents,
    self->sources, self->mandates, self->timeline,
    self->attachments,
  };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL &&
        G_OBJECT_TYPE (part) == g_list_model_get_item_type (G_LIST_MODEL (parts[i])))
      return g_list_store_find (parts[i], part, NULL);

  return FALSE;
}

static void
on_part_notify_cb (RelayCase  *self,
                   GParamSpec *pspec,
                   GObject    *part)
{
  /* A part removed from the case may still be edited elsewhere: then it
   * is no longer ours, and we stop watching it. */
  if (!contains_part (self, part))
    {
      g_signal_handlers_disconnect_by_func (part, on_part_notify_cb, self);
      return;
    }

  emit_changed (self);
}

static void
on_parts_changed_cb (RelayCase  *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *parts)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) part = g_list_model_get_item (parts, i);

      /* A part moved within the list is already watched. */
      g_signal_handlers_disconnect_by_func (part, on_part_notify_cb, self);
      g_signal_connect_object (part, "notify", G_CALLBACK (on_part_notify_cb),
                               self, G_CONNECT_SWAPPED);
    }

  emit_changed (self);
}

static void
relay_case_notify (GObject    *object,
                   GParamSpec *pspec)
{
  RelayCase *self = (RelayCase *)object;

  if (pspec != properties[PROP_CREATED_AT] && pspec != properties[PROP_UPDATED_AT])
    emit_changed (self);

  if (G_OBJECT_CLASS (relay_case_parent_class)->notify != NULL)
    G_OBJECT_CLASS (relay_case_parent_class)->notify (object, pspec);
}

static void
relay_case_constructed (GObject *object)
{
  RelayCase *self = (RelayCase *)object;
  GListStore *parts[] = {
    self->victims, self->perpetrators, self->incidents,
    self->sources, self->mandates, self->timeline,
    self->attachments,
  };

  G_OBJECT_CLASS (relay_case_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_signal_connect_object (parts[i], "items-changed", G_CALLBACK (on_parts_changed_cb),
                             self, G_CONNECT_SWAPPED);

  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
relay_case_dispose (GObject *object)
{
  RelayCase *self = (RelayCase *)object;

  g_clear_object (&self->victims);
  g_clear_object (&self->perpetrators);
  g_clear_object (&self->incidents);
  g_clear_object (&self->sources);
  g_clear_object (&self->mandates);
  g_clear_object (&self->timeline);
  g_clear_object (&self->attachments);

  G_OBJECT_CLASS (relay_case_parent_class)->dispose (object);
}

static void
relay_case_class_init (RelayCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = relay_case_constructed;
  object_class->notify = relay_case_notify;
  object_class->dispose = relay_case_dispose;
  object_class->finalize = relay_case_finalize;
  object_class->get_property = relay_case_get_property;
  object_class->set_property = relay_case_set_property;

  /**
   * RelayCase:uuid:
   *
   * The unique id of the case. It never changes.
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:title:
   *
   * A short title, for the list of cases.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:kind:
   *
   * The kind of submission.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RELAY_TYPE_CASE_KIND, RELAY_CASE_KIND_URGENT_APPEAL,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:status:
   *
   * Where the case stands.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       RELAY_TYPE_CASE_STATUS, RELAY_CASE_STATUS_DRAFT,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:country:
   *
   * The country concerned, as an ISO 3166-1 alpha-2 code, or "".
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:language:
   *
   * The language of the submission: "en", "fr" or "es".
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:urgent:
   *
   * Whether the case needs urgent action.
   */
  properties[PROP_URGENT] =
    g_param_spec_boolean ("urgent", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:why-now:
   *
   * Why action is needed now (question 2 of the guide).
   */
  properties[PROP_WHY_NOW] =
    g_param_spec_string ("why-now", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:what-happened:
   *
   * What happened (question 5).
   */
  properties[PROP_WHAT_HAPPENED] =
    g_param_spec_string ("what-happened", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:context:
   *
   * The context and legal framework (question 7).
   */
  properties[PROP_CONTEXT] =
    g_param_spec_string ("context", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:action-taken:
   *
   * Action already taken at home and abroad (question 8).
   */
  properties[PROP_ACTION_TAKEN] =
    g_param_spec_string ("action-taken", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:action-requested:
   *
   * The action requested from the mandates (question 9).
   */
  properties[PROP_ACTION_REQUESTED] =
    g_param_spec_string ("action-requested", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:press-release:
   *
   * Whether a press release is wanted.
   */
  properties[PROP_PRESS_RELEASE] =
    g_param_spec_boolean ("press-release", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:press-release-reason:
   *
   * Why a press release is or is not wanted.
   */
  properties[PROP_PRESS_RELEASE_REASON] =
    g_param_spec_string ("press-release-reason", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:joint-action-note:
   *
   * A note on why several mandates should act together.
   */
  properties[PROP_JOINT_ACTION_NOTE] =
    g_param_spec_string ("joint-action-note", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:confidential-note:
   *
   * Information for the mandates only, never sent to the government.
   */
  properties[PROP_CONFIDENTIAL_NOTE] =
    g_param_spec_string ("confidential-note", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-name:
   *
   * The name of the person sending the information.
   */
  properties[PROP_SENDER_NAME] =
    g_param_spec_string ("sender-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-organisation:
   *
   * The organisation sending the information.
   */
  properties[PROP_SENDER_ORGANISATION] =
    g_param_spec_string ("sender-organisation", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-email:
   *
   * The sender's e-mail address.
   */
  properties[PROP_SENDER_EMAIL] =
    g_param_spec_string ("sender-email", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-phone:
   *
   * The sender's telephone number.
   */
  properties[PROP_SENDER_PHONE] =
    g_param_spec_string ("sender-phone", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-address:
   *
   * The sender's postal address.
   */
  properties[PROP_SENDER_ADDRESS] =
    g_param_spec_string ("sender-address", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-relationship:
   *
   * The sender's relationship to the victims, in free text.
   */
  properties[PROP_SENDER_RELATIONSHIP] =
    g_param_spec_string ("sender-relationship", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sender-confidential:
   *
   * Whether the sender's identity must be kept confidential. %TRUE by default.
   */
  properties[PROP_SENDER_CONFIDENTIAL] =
    g_param_spec_boolean ("sender-confidential", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:created-at:
   *
   * When the case was first saved, in UTC.
   */
  properties[PROP_CREATED_AT] =
    g_param_spec_boxed ("created-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:updated-at:
   *
   * When the case was last saved, in UTC.
   */
  properties[PROP_UPDATED_AT] =
    g_param_spec_boxed ("updated-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:submitted-at:
   *
   * When the case was submitted, in UTC.
   */
  properties[PROP_SUBMITTED_AT] =
    g_param_spec_boxed ("submitted-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:victims:
   *
   * The victims, as #RelayVictim items. The list belongs to the case and never changes; its
   * items do.
   */
  properties[PROP_VICTIMS] =
    g_param_spec_object ("victims", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:perpetrators:
   *
   * The alleged perpetrators, as #RelayPerpetrator items. The list belongs to the case and
   * never changes; its items do.
   */
  properties[PROP_PERPETRATORS] =
    g_param_spec_object ("perpetrators", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:incidents:
   *
   * The dated, located parts of what happened, as #RelayIncident items. The list belongs to the
   * case and never changes; its items do.
   */
  properties[PROP_INCIDENTS] =
    g_param_spec_object ("incidents", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:sources:
   *
   * The sources of the information, as #RelaySource items. The list belongs to the case and
   * never changes; its items do.
   */
  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:mandates:
   *
   * The mandates the case goes to, as #RelayCaseMandate items. The list belongs to the case and
   * never changes; its items do.
   */
  properties[PROP_MANDATES] =
    g_param_spec_object ("mandates", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:timeline:
   *
   * What happened after sending, as #RelayTimelineEntry items. The list belongs to the case and
   * never changes; its items do.
   */
  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:attachments:
   *
   * The files that go with the case, as #RelayAttachment items. The list belongs to the case
   * and never changes; its items do.
   */
  properties[PROP_ATTACHMENTS] =
    g_param_spec_object ("attachments", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayCase:draft-page:
   *
   * The page of the submission wizard where the user left the draft, so
   * that it reopens there; "" for the first page.
   */
  properties[PROP_DRAFT_PAGE] =
    g_param_spec_string ("draft-page", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelayCase::changed:
   * @self: a #RelayCase
   *
   * Emitted after anything the user can edit changed: a property of the
   * case, a victim, incident or other part of it, or their lists. Saving
   * does not emit it (the timestamps it sets are not edits).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
relay_case_init (RelayCase *self)
{
  self->title = g_strdup ("");
  self->kind = RELAY_CASE_KIND_URGENT_APPEAL;
  self->status = RELAY_CASE_STATUS_DRAFT;
  self->country = g_strdup ("");
  self->language = g_strdup ("en");
  self->why_now = g_strdup ("");
  self->what_happened = g_strdup ("");
  self->context = g_strdup ("");
  self->action_taken = g_strdup ("");
  self->action_requested = g_strdup ("");
  self->press_release_reason = g_strdup ("");
  self->joint_action_note = g_strdup ("");
  self->confidential_note = g_strdup ("");
  self->sender_name = g_strdup ("");
  self->sender_organisation = g_strdup ("");
  self->sender_email = g_strdup ("");
  self->sender_phone = g_strdup ("");
  self->sender_address = g_strdup ("");
  self->sender_relationship = g_strdup ("");
  self->sender_confidential = TRUE;
  self->draft_page = g_strdup ("");

  self->victims = g_list_store_new (RELAY_TYPE_VICTIM);
  self->perpetrators = g_list_store_new (RELAY_TYPE_PERPETRATOR);
  self->incidents = g_list_store_new (RELAY_TYPE_INCIDENT);
  self->sources = g_list_store_new (RELAY_TYPE_SOURCE);
  self->mandates = g_list_store_new (RELAY_TYPE_CASE_MANDATE);
  self->timeline = g_list_store_new (RELAY_TYPE_TIMELINE_ENTRY);
  self->attachments = g_list_store_new (RELAY_TYPE_ATTACHMENT);
}

/**
 * relay_case_new:
 *
 * Creates an empty draft case with a new random unique id.
 *
 * Returns: (transfer full): a new #RelayCase
 */
RelayCase *
relay_case_new (void)
{
  return g_object_new (RELAY_TYPE_CASE, NULL);
}

/**
 * relay_case_get_uuid:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:uuid.
 *
 * Returns: (not nullable): the unique id; never %NULL
 */
const char *
relay_case_get_uuid (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->uuid;
}

/**
 * relay_case_get_title:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:title.
 *
 * Returns: (not nullable): the title; never %NULL
 */
const char *
relay_case_get_title (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->title;
}

/**
 * relay_case_set_title:
 * @self: a #RelayCase
 * @title: (nullable): the title; %NULL is the same as ""
 *
 * Sets #RelayCase:title.
 */
void
relay_case_set_title (RelayCase  *self,
                      const char *title)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * relay_case_get_kind:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:kind.
 *
 * Returns: the kind of submission
 */
RelayCaseKind
relay_case_get_kind (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), RELAY_CASE_KIND_URGENT_APPEAL);

  return self->kind;
}

/**
 * relay_case_set_kind:
 * @self: a #RelayCase
 * @kind: the kind of submission
 *
 * Sets #RelayCase:kind.
 */
void
relay_case_set_kind (RelayCase     *self,
                     RelayCaseKind  kind)
{
  g_return_if_fail (RELAY_IS_CASE (self));
  g_return_if_fail ((guint) kind <= RELAY_CASE_KIND_REPRISAL);

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
    }
}

/**
 * relay_case_get_status:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:status.
 *
 * Returns: the status
 */
RelayCaseStatus
relay_case_get_status (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), RELAY_CASE_STATUS_DRAFT);

  return self->status;
}

/**
 * relay_case_set_status:
 * @self: a #RelayCase
 * @status: the status
 *
 * Sets #RelayCase:status.
 */
void
relay_case_set_status (RelayCase       *self,
                       RelayCaseStatus  status)
{
  g_return_if_fail (RELAY_IS_CASE (self));
  g_return_if_fail ((guint) status <= RELAY_CASE_STATUS_CLOSED);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
}

/**
 * relay_case_get_country:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:country.
 *
 * Returns: (not nullable): the country code (ISO 3166-1 alpha-2); never %NULL
 */
const char *
relay_case_get_country (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->country;
}

/**
 * relay_case_set_country:
 * @self: a #RelayCase
 * @country: (nullable): the country code (ISO 3166-1 alpha-2); %NULL is the same as ""
 *
 * Sets #RelayCase:country.
 */
void
relay_case_set_country (RelayCase  *self,
                        const char *country)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->country, country))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTRY]);
}

/**
 * relay_case_get_language:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:language.
 *
 * Returns: (not nullable): the language of the submission; never %NULL
 */
const char *
relay_case_get_language (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->language;
}

/**
 * relay_case_set_language:
 * @self: a #RelayCase
 * @language: (nullable): the language of the submission; %NULL is the same as ""
 *
 * Sets #RelayCase:language.
 */
void
relay_case_set_language (RelayCase  *self,
                         const char *language)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * relay_case_get_urgent:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:urgent.
 *
 * Returns: whether the case is urgent
 */
gboolean
relay_case_get_urgent (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), FALSE);

  return self->urgent;
}

/**
 * relay_case_set_urgent:
 * @self: a #RelayCase
 * @urgent: whether the case is urgent
 *
 * Sets #RelayCase:urgent.
 */
void
relay_case_set_urgent (RelayCase *self,
                       gboolean   urgent)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  urgent = !!urgent;

  if (self->urgent != urgent)
    {
      self->urgent = urgent;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URGENT]);
    }
}

/**
 * relay_case_get_why_now:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:why-now.
 *
 * Returns: (not nullable): the reason for urgency; never %NULL
 */
const char *
relay_case_get_why_now (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->why_now;
}

/**
 * relay_case_set_why_now:
 * @self: a #RelayCase
 * @why_now: (nullable): the reason for urgency; %NULL is the same as ""
 *
 * Sets #RelayCase:why-now.
 */
void
relay_case_set_why_now (RelayCase  *self,
                        const char *why_now)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->why_now, why_now))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHY_NOW]);
}

/**
 * relay_case_get_what_happened:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:what-happened.
 *
 * Returns: (not nullable): the account of what happened; never %NULL
 */
const char *
relay_case_get_what_happened (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->what_happened;
}

/**
 * relay_case_set_what_happened:
 * @self: a #RelayCase
 * @what_happened: (nullable): the account of what happened; %NULL is the same as ""
 *
 * Sets #RelayCase:what-happened.
 */
void
relay_case_set_what_happened (RelayCase  *self,
                              const char *what_happened)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->what_happened, what_happened))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHAT_HAPPENED]);
}

/**
 * relay_case_get_context:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:context.
 *
 * Returns: (not nullable): the context and legal framework; never %NULL
 */
const char *
relay_case_get_context (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->context;
}

/**
 * relay_case_set_context:
 * @self: a #RelayCase
 * @context: (nullable): the context and legal framework; %NULL is the same as ""
 *
 * Sets #RelayCase:context.
 */
void
relay_case_set_context (RelayCase  *self,
                        const char *context)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->context, context))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * relay_case_get_action_taken:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:action-taken.
 *
 * Returns: (not nullable): the action already taken; never %NULL
 */
const char *
relay_case_get_action_taken (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->action_taken;
}

/**
 * relay_case_set_action_taken:
 * @self: a #RelayCase
 * @action_taken: (nullable): the action already taken; %NULL is the same as ""
 *
 * Sets #RelayCase:action-taken.
 */
void
relay_case_set_action_taken (RelayCase  *self,
                             const char *action_taken)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->action_taken, action_taken))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_TAKEN]);
}

/**
 * relay_case_get_action_requested:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:action-requested.
 *
 * Returns: (not nullable): the action requested; never %NULL
 */
const char *
relay_case_get_action_requested (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->action_requested;
}

/**
 * relay_case_set_action_requested:
 * @self: a #RelayCase
 * @action_requested: (nullable): the action requested; %NULL is the same as ""
 *
 * Sets #RelayCase:action-requested.
 */
void
relay_case_set_action_requested (RelayCase  *self,
                                 const char *action_requested)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->action_requested, action_requested))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_REQUESTED]);
}

/**
 * relay_case_get_press_release:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:press-release.
 *
 * Returns: whether a press release is wanted
 */
gboolean
relay_case_get_press_release (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), FALSE);

  return self->press_release;
}

/**
 * relay_case_set_press_release:
 * @self: a #RelayCase
 * @press_release: whether a press release is wanted
 *
 * Sets #RelayCase:press-release.
 */
void
relay_case_set_press_release (RelayCase *self,
                              gboolean   press_release)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  press_release = !!press_release;

  if (self->press_release != press_release)
    {
      self->press_release = press_release;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESS_RELEASE]);
    }
}

/**
 * relay_case_get_press_release_reason:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:press-release-reason.
 *
 * Returns: (not nullable): the reason about the press release; never %NULL
 */
const char *
relay_case_get_press_release_reason (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->press_release_reason;
}

/**
 * relay_case_set_press_release_reason:
 * @self: a #RelayCase
 * @press_release_reason: (nullable): the reason about the press release; %NULL is the same as ""
 *
 * Sets #RelayCase:press-release-reason.
 */
void
relay_case_set_press_release_reason (RelayCase  *self,
                                     const char *press_release_reason)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->press_release_reason, press_release_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESS_RELEASE_REASON]);
}

/**
 * relay_case_get_joint_action_note:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:joint-action-note.
 *
 * Returns: (not nullable): the joint action note; never %NULL
 */
const char *
relay_case_get_joint_action_note (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->joint_action_note;
}

/**
 * relay_case_set_joint_action_note:
 * @self: a #RelayCase
 * @joint_action_note: (nullable): the joint action note; %NULL is the same as ""
 *
 * Sets #RelayCase:joint-action-note.
 */
void
relay_case_set_joint_action_note (RelayCase  *self,
                                  const char *joint_action_note)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->joint_action_note, joint_action_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOINT_ACTION_NOTE]);
}

/**
 * relay_case_get_confidential_note:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:confidential-note.
 *
 * Returns: (not nullable): the confidential note; never %NULL
 */
const char *
relay_case_get_confidential_note (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->confidential_note;
}

/**
 * relay_case_set_confidential_note:
 * @self: a #RelayCase
 * @confidential_note: (nullable): the confidential note; %NULL is the same as ""
 *
 * Sets #RelayCase:confidential-note.
 */
void
relay_case_set_confidential_note (RelayCase  *self,
                                  const char *confidential_note)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->confidential_note, confidential_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIDENTIAL_NOTE]);
}

/**
 * relay_case_get_sender_name:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-name.
 *
 * Returns: (not nullable): the sender's name; never %NULL
 */
const char *
relay_case_get_sender_name (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sender_name;
}

/**
 * relay_case_set_sender_name:
 * @self: a #RelayCase
 * @sender_name: (nullable): the sender's name; %NULL is the same as ""
 *
 * Sets #RelayCase:sender-name.
 */
void
relay_case_set_sender_name (RelayCase  *self,
                            const char *sender_name)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->sender_name, sender_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_NAME]);
}

/**
 * relay_case_get_sender_organisation:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-organisation.
 *
 * Returns: (not nullable): the sender's organisation; never %NULL
 */
const char *
relay_case_get_sender_organisation (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sender_organisation;
}

/**
 * relay_case_set_sender_organisation:
 * @self: a #RelayCase
 * @sender_organisation: (nullable): the sender's organisation; %NULL is the same as ""
 *
 * Sets #RelayCase:sender-organisation.
 */
void
relay_case_set_sender_organisation (RelayCase  *self,
                                    const char *sender_organisation)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->sender_organisation, sender_organisation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_ORGANISATION]);
}

/**
 * relay_case_get_sender_email:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-email.
 *
 * Returns: (not nullable): the sender's e-mail address; never %NULL
 */
const char *
relay_case_get_sender_email (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sender_email;
}

/**
 * relay_case_set_sender_email:
 * @self: a #RelayCase
 * @sender_email: (nullable): the sender's e-mail address; %NULL is the same as ""
 *
 * Sets #RelayCase:sender-email.
 */
void
relay_case_set_sender_email (RelayCase  *self,
                             const char *sender_email)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->sender_email, sender_email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_EMAIL]);
}

/**
 * relay_case_get_sender_phone:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-phone.
 *
 * Returns: (not nullable): the sender's telephone number; never %NULL
 */
const char *
relay_case_get_sender_phone (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sender_phone;
}

/**
 * relay_case_set_sender_phone:
 * @self: a #RelayCase
 * @sender_phone: (nullable): the sender's telephone number; %NULL is the same as ""
 *
 * Sets #RelayCase:sender-phone.
 */
void
relay_case_set_sender_phone (RelayCase  *self,
                             const char *sender_phone)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->sender_phone, sender_phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_PHONE]);
}

/**
 * relay_case_get_sender_address:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-address.
 *
 * Returns: (not nullable): the sender's postal address; never %NULL
 */
const char *
relay_case_get_sender_address (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sender_address;
}

/**
 * relay_case_set_sender_address:
 * @self: a #RelayCase
 * @sender_address: (nullable): the sender's postal address; %NULL is the same as ""
 *
 * Sets #RelayCase:sender-address.
 */
void
relay_case_set_sender_address (RelayCase  *self,
                               const char *sender_address)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->sender_address, sender_address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_ADDRESS]);
}

/**
 * relay_case_get_sender_relationship:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-relationship.
 *
 * Returns: (not nullable): the sender's relationship to the victims; never %NULL
 */
const char *
relay_case_get_sender_relationship (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sender_relationship;
}

/**
 * relay_case_set_sender_relationship:
 * @self: a #RelayCase
 * @sender_relationship: (nullable): the sender's relationship to the victims; %NULL is the same
 *   as ""
 *
 * Sets #RelayCase:sender-relationship.
 */
void
relay_case_set_sender_relationship (RelayCase  *self,
                                    const char *sender_relationship)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->sender_relationship, sender_relationship))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_RELATIONSHIP]);
}

/**
 * relay_case_get_sender_confidential:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:sender-confidential.
 *
 * Returns: whether the sender's identity is confidential
 */
gboolean
relay_case_get_sender_confidential (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), FALSE);

  return self->sender_confidential;
}

/**
 * relay_case_set_sender_confidential:
 * @self: a #RelayCase
 * @sender_confidential: whether the sender's identity is confidential
 *
 * Sets #RelayCase:sender-confidential.
 */
void
relay_case_set_sender_confidential (RelayCase *self,
                                    gboolean   sender_confidential)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  sender_confidential = !!sender_confidential;

  if (self->sender_confidential != sender_confidential)
    {
      self->sender_confidential = sender_confidential;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENDER_CONFIDENTIAL]);
    }
}

/**
 * relay_case_get_created_at:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:created-at.
 *
 * Returns: (nullable) (transfer none): the time of the first save in UTC, or %NULL
 */
GDateTime *
relay_case_get_created_at (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->created_at;
}

/**
 * relay_case_set_created_at:
 * @self: a #RelayCase
 * @created_at: (nullable): the time of the first save, or %NULL
 *
 * Sets #RelayCase:created-at. It is kept in UTC, to the second.
 */
void
relay_case_set_created_at (RelayCase *self,
                           GDateTime *created_at)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_date_time (&self->created_at, created_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

/**
 * relay_case_get_updated_at:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:updated-at.
 *
 * Returns: (nullable) (transfer none): the time of the last save in UTC, or %NULL
 */
GDateTime *
relay_case_get_updated_at (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->updated_at;
}

/**
 * relay_case_set_updated_at:
 * @self: a #RelayCase
 * @updated_at: (nullable): the time of the last save, or %NULL
 *
 * Sets #RelayCase:updated-at. It is kept in UTC, to the second.
 */
void
relay_case_set_updated_at (RelayCase *self,
                           GDateTime *updated_at)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_date_time (&self->updated_at, updated_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

/**
 * relay_case_get_submitted_at:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:submitted-at.
 *
 * Returns: (nullable) (transfer none): the time of submission in UTC, or %NULL
 */
GDateTime *
relay_case_get_submitted_at (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->submitted_at;
}

/**
 * relay_case_set_submitted_at:
 * @self: a #RelayCase
 * @submitted_at: (nullable): the time of submission, or %NULL
 *
 * Sets #RelayCase:submitted-at. It is kept in UTC, to the second.
 */
void
relay_case_set_submitted_at (RelayCase *self,
                             GDateTime *submitted_at)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_date_time (&self->submitted_at, submitted_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED_AT]);
}

/**
 * relay_case_get_victims:
 * @self: a #RelayCase
 *
 * Gets the victims, as #RelayVictim items. Add, remove and reorder items in it freely;
 * relay_store_save_case()
 * saves them in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelayVictim
 */
GListStore *
relay_case_get_victims (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->victims;
}

/**
 * relay_case_get_perpetrators:
 * @self: a #RelayCase
 *
 * Gets the alleged perpetrators, as #RelayPerpetrator items. Add, remove and reorder items in
 * it freely; relay_store_save_case()
 * saves them in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelayPerpetrator
 */
GListStore *
relay_case_get_perpetrators (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->perpetrators;
}

/**
 * relay_case_get_incidents:
 * @self: a #RelayCase
 *
 * Gets the dated, located parts of what happened, as #RelayIncident items. Add, remove and
 * reorder items in it freely; relay_store_save_case()
 * saves them in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelayIncident
 */
GListStore *
relay_case_get_incidents (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->incidents;
}

/**
 * relay_case_get_sources:
 * @self: a #RelayCase
 *
 * Gets the sources of the information, as #RelaySource items. Add, remove and reorder items in
 * it freely; relay_store_save_case()
 * saves them in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelaySource
 */
GListStore *
relay_case_get_sources (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->sources;
}

/**
 * relay_case_get_mandates:
 * @self: a #RelayCase
 *
 * Gets the mandates the case goes to, as #RelayCaseMandate items. Add, remove and reorder items
 * in it freely; relay_store_save_case()
 * saves them in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelayCaseMandate
 */
GListStore *
relay_case_get_mandates (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->mandates;
}

/**
 * relay_case_get_timeline:
 * @self: a #RelayCase
 *
 * Gets what happened after sending, as #RelayTimelineEntry items. Add, remove and reorder items
 * in it freely; relay_store_save_case()
 * saves them in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelayTimelineEntry
 */
GListStore *
relay_case_get_timeline (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->timeline;
}

/**
 * relay_case_get_attachments:
 * @self: a #RelayCase
 *
 * Gets the files that go with the case, as #RelayAttachment items. Add, remove and reorder
 * items in it freely; relay_store_save_case()
 * saves them, content included, in this order.
 *
 * Returns: (transfer none): a #GListStore of #RelayAttachment
 */
GListStore *
relay_case_get_attachments (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->attachments;
}

/**
 * relay_case_get_draft_page:
 * @self: a #RelayCase
 *
 * Gets #RelayCase:draft-page.
 *
 * Returns: (not nullable): the id of the wizard page, or ""
 */
const char *
relay_case_get_draft_page (RelayCase *self)
{
  g_return_val_if_fail (RELAY_IS_CASE (self), NULL);

  return self->draft_page;
}

/**
 * relay_case_set_draft_page:
 * @self: a #RelayCase
 * @draft_page: (nullable): the id of a wizard page; %NULL is the same as ""
 *
 * Sets #RelayCase:draft-page.
 */
void
relay_case_set_draft_page (RelayCase  *self,
                           const char *draft_page)
{
  g_return_if_fail (RELAY_IS_CASE (self));

  if (_relay_set_string (&self->draft_page, draft_page))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRAFT_PAGE]);
}

