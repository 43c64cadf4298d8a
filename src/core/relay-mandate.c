/* relay-mandate.c
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

#define G_LOG_DOMAIN "relay-mandate"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relay-mandate-private.h"

/**
 * RelayMandate:
 *
 * One mandate of the Special Procedures (a Special Rapporteur, an Independent
 * Expert or a Working Group), as the directory of mandates describes it.
 * Read-only: a #RelayDirectory makes them. Only #RelayMandate:local-email
 * changes, when the user gives an address of their own.
 */

G_DEFINE_FINAL_TYPE (RelayMandate, relay_mandate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_MANDATE_TYPE,
  PROP_COUNTRY,
  PROP_EMAIL,
  PROP_LOCAL_EMAIL,
  PROP_WEBPAGE,
  PROP_ACKNOWLEDGES_SUBMISSIONS,
  PROP_LAST_VERIFIED,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char * const _relay_language_codes[RELAY_N_LANGUAGES] = { "en", "fr", "es" };

static const char * const empty_strv[] = { NULL };

/*
 * Languages
 */

static gboolean
is_language (const char *name,
             const char *code)
{
  gsize len = strlen (code);

  /* "fr", "fr_FR", "fr_FR.UTF-8", "fr-CA", "fr@euro"... */
  return g_ascii_strncasecmp (name, code, len) == 0 &&
         (name[len] == '\0' || strchr ("_-.@", name[len]) != NULL);
}

RelayLanguage
_relay_language_from_code (const char *language)
{
  if (language == NULL)
    language = relay_ui_language ();

  for (guint i = 0; i < RELAY_N_LANGUAGES; i++)
    {
      if (is_language (language, _relay_language_codes[i]))
        return i;
    }

  return RELAY_LANGUAGE_EN;
}

/*
 * GObject
 */

static void
relay_mandate_finalize (GObject *object)
{
  RelayMandate *self = (RelayMandate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->webpage, g_free);
  g_clear_pointer (&self->last_verified, g_free);
  g_clear_pointer (&self->sources, g_strfreev);
  g_clear_pointer (&self->local_email, g_free);
  g_clear_pointer (&self->search_key, g_free);

  for (guint i = 0; i < RELAY_N_LANGUAGES; i++)
    {
      g_clear_pointer (&self->title[i], g_free);
      g_clear_pointer (&self->topics[i], g_strfreev);
      g_clear_pointer (&self->who_may_submit[i], g_free);
      g_clear_pointer (&self->required_elements[i], g_strfreev);
      g_clear_pointer (&self->consent_statements[i], g_strfreev);
      g_clear_pointer (&self->criteria_note[i], g_free);
    }

  G_OBJECT_CLASS (relay_mandate_parent_class)->finalize (object);
}

static void
relay_mandate_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelayMandate *self = RELAY_MANDATE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, relay_mandate_get_id (self));
      break;

    case PROP_KIND:
      g_value_set_enum (value, relay_mandate_get_kind (self));
      break;

    case PROP_MANDATE_TYPE:
      g_value_set_enum (value, relay_mandate_get_mandate_type (self));
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, relay_mandate_get_country (self));
      break;

    case PROP_EMAIL:
      g_value_set_string (value, relay_mandate_get_email (self));
      break;

    case PROP_LOCAL_EMAIL:
      g_value_set_string (value, relay_mandate_get_local_email (self));
      break;

    case PROP_WEBPAGE:
      g_value_set_string (value, relay_mandate_get_webpage (self));
      break;

    case PROP_ACKNOWLEDGES_SUBMISSIONS:
      g_value_set_boolean (value, relay_mandate_get_acknowledges_submissions (self));
      break;

    case PROP_LAST_VERIFIED:
      g_value_set_string (value, relay_mandate_get_last_verified (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, relay_mandate_get_title (self, NULL));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_mandate_class_init (RelayMandateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_mandate_finalize;
  object_class->get_property = relay_mandate_get_property;

  /**
   * RelayMandate:id:
   *
   * The mandate's id in the directory, such as "sr-hrd". Cases refer to
   * mandates by it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:kind:
   *
   * Whether the mandate covers a theme or a country.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RELAY_TYPE_MANDATE_KIND, RELAY_MANDATE_KIND_THEMATIC,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:mandate-type:
   *
   * Whether the mandate is a Special Rapporteur, an Independent Expert or a
   * Working Group.
   */
  properties[PROP_MANDATE_TYPE] =
    g_param_spec_enum ("mandate-type", NULL, NULL,
                       RELAY_TYPE_MANDATE_TYPE, RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:country:
   *
   * The ISO 3166-1 alpha-2 code of the country a country mandate covers,
   * or "" for a thematic one.
   */
  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:email:
   *
   * The mandate's e-mail address as the directory gives it, or "" when the
   * directory knows no confirmed address.
   */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:local-email:
   *
   * The address the user gave for this mandate, which replaces
   * #RelayMandate:email, or "" when none.
   */
  properties[PROP_LOCAL_EMAIL] =
    g_param_spec_string ("local-email", NULL, NULL,
                         "",
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:webpage:
   *
   * The mandate's page on the OHCHR site (an https:// address), or "".
   */
  properties[PROP_WEBPAGE] =
    g_param_spec_string ("webpage", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:acknowledges-submissions:
   *
   * Whether the mandate usually confirms that it received a submission.
   */
  properties[PROP_ACKNOWLEDGES_SUBMISSIONS] =
    g_param_spec_boolean ("acknowledges-submissions", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:last-verified:
   *
   * The day ("YYYY-MM-DD") the directory's details of this mandate were last
   * checked against their sources.
   */
  properties[PROP_LAST_VERIFIED] =
    g_param_spec_string ("last-verified", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * RelayMandate:title:
   *
   * The mandate's title in the language of the user interface, such as
   * "Special Rapporteur on the situation of human rights defenders".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_mandate_init (RelayMandate *self)
{
  self->id = g_strdup ("");
  self->country = g_strdup ("");
  self->email = g_strdup ("");
  self->webpage = g_strdup ("");
  self->last_verified = g_strdup ("");
  self->local_email = g_strdup ("");
  self->sources = g_new0 (char *, 1);

  for (guint i = 0; i < RELAY_N_LANGUAGES; i++)
    {
      self->title[i] = g_strdup ("");
      self->topics[i] = g_new0 (char *, 1);
    }
}

/*
 * Private API
 */

RelayMandate *
_relay_mandate_new (void)
{
  return g_object_new (RELAY_TYPE_MANDATE, NULL);
}

void
_relay_mandate_set_local_email (RelayMandate *self,
                                const char   *local_email)
{
  g_assert (RELAY_IS_MANDATE (self));

  if (local_email == NULL)
    local_email = "";

  if (g_strcmp0 (self->local_email, local_email) == 0)
    return;

  g_free (self->local_email);
  self->local_email = g_strdup (local_email);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCAL_EMAIL]);
}

static gboolean
strv_equal (char **a,
            char **b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal ((const char * const *)a, (const char * const *)b);
}

/* Compares everything the directory says about two mandates but their
 * e-mail address, and the day they were last verified (which changes with
 * every review of the directory and says nothing new to the user).
 */
gboolean
_relay_mandate_equal_except_email (RelayMandate *a,
                                   RelayMandate *b)
{
  g_assert (RELAY_IS_MANDATE (a));
  g_assert (RELAY_IS_MANDATE (b));

  if (g_strcmp0 (a->id, b->id) != 0 ||
      a->kind != b->kind ||
      a->type != b->type ||
      g_strcmp0 (a->country, b->country) != 0 ||
      g_strcmp0 (a->webpage, b->webpage) != 0 ||
      a->acknowledges_submissions != b->acknowledges_submissions ||
      !strv_equal (a->sources, b->sources))
    return FALSE;

  for (guint i = 0; i < RELAY_N_LANGUAGES; i++)
    {
      if (g_strcmp0 (a->title[i], b->title[i]) != 0 ||
          a->official[i] != b->official[i] ||
          !strv_equal (a->topics[i], b->topics[i]) ||
          g_strcmp0 (a->who_may_submit[i], b->who_may_submit[i]) != 0 ||
          !strv_equal (a->required_elements[i], b->required_elements[i]) ||
          !strv_equal (a->consent_statements[i], b->consent_statements[i]) ||
          g_strcmp0 (a->criteria_note[i], b->criteria_note[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

/*
 * Public API
 */

/**
 * relay_ui_language:
 *
 * Tells which of the directory's languages the user interface is in,
 * following the user's language preferences (`LANGUAGE`, `LC_ALL`,
 * `LC_MESSAGES`, `LANG`) as gettext does: the first of them that Relay
 * speaks wins, and English is the fallback.
 *
 * Returns: "en", "fr" or "es"
 */
const char *
relay_ui_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        break;

      for (guint lang = 0; lang < RELAY_N_LANGUAGES; lang++)
        {
          if (is_language (names[i], _relay_language_codes[lang]))
            return _relay_language_codes[lang];
        }
    }

  return _relay_language_codes[RELAY_LANGUAGE_EN];
}

/**
 * relay_mandate_get_id:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:id.
 *
 * Returns: the id, such as "sr-hrd"
 */
const char *
relay_mandate_get_id (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->id;
}

/**
 * relay_mandate_get_kind:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:kind.
 *
 * Returns: whether the mandate is thematic or covers a country
 */
RelayMandateKind
relay_mandate_get_kind (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), RELAY_MANDATE_KIND_THEMATIC);

  return self->kind;
}

/**
 * relay_mandate_get_mandate_type:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:mandate-type.
 *
 * Returns: the type of the mandate
 */
RelayMandateType
relay_mandate_get_mandate_type (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), RELAY_MANDATE_TYPE_SPECIAL_RAPPORTEUR);

  return self->type;
}

/**
 * relay_mandate_get_country:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:country.
 *
 * Returns: (not nullable): an ISO 3166-1 alpha-2 code, or "" for a thematic
 *   mandate
 */
const char *
relay_mandate_get_country (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->country;
}

/**
 * relay_mandate_get_email:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:email, the address the directory gives. To write to
 * the mandate, use relay_mandate_get_effective_email().
 *
 * Returns: (not nullable): the address, or "" when the directory has none
 */
const char *
relay_mandate_get_email (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->email;
}

/**
 * relay_mandate_get_local_email:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:local-email, the address the user gave.
 *
 * Returns: (not nullable): the address, or "" when the user gave none
 */
const char *
relay_mandate_get_local_email (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->local_email;
}

/**
 * relay_mandate_get_effective_email:
 * @self: a #RelayMandate
 *
 * Gets the address to write to: the one the user gave if any, else the
 * directory's.
 *
 * Returns: (nullable): the address, or %NULL when there is none
 */
const char *
relay_mandate_get_effective_email (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  if (self->local_email[0] != '\0')
    return self->local_email;

  if (self->email[0] != '\0')
    return self->email;

  return NULL;
}

/**
 * relay_mandate_get_webpage:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:webpage.
 *
 * Returns: (not nullable): an https:// address, or "" when there is none
 */
const char *
relay_mandate_get_webpage (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->webpage;
}

/**
 * relay_mandate_get_acknowledges_submissions:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:acknowledges-submissions.
 *
 * Returns: %TRUE if the mandate usually confirms receipt of submissions
 */
gboolean
relay_mandate_get_acknowledges_submissions (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), FALSE);

  return self->acknowledges_submissions;
}

/**
 * relay_mandate_get_last_verified:
 * @self: a #RelayMandate
 *
 * Gets #RelayMandate:last-verified.
 *
 * Returns: a day as "YYYY-MM-DD"
 */
const char *
relay_mandate_get_last_verified (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->last_verified;
}

/**
 * relay_mandate_get_title:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface; any other language gives English
 *
 * Gets the mandate's title in @language.
 *
 * Returns: the title
 */
const char *
relay_mandate_get_title (RelayMandate *self,
                         const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->title[_relay_language_from_code (language)];
}

/**
 * relay_mandate_title_is_official:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface
 *
 * Tells whether the title in @language is the United Nations' own, or a
 * careful translation made for Relay.
 *
 * Returns: %TRUE if the title is official
 */
gboolean
relay_mandate_title_is_official (RelayMandate *self,
                                 const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), FALSE);

  return self->official[_relay_language_from_code (language)];
}

/**
 * relay_mandate_get_topics:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface
 *
 * Gets the keywords that describe what the mandate covers, in @language.
 *
 * Returns: (array zero-terminated=1) (transfer none): the keywords
 */
const char * const *
relay_mandate_get_topics (RelayMandate *self,
                          const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), empty_strv);

  return (const char * const *)self->topics[_relay_language_from_code (language)];
}

/**
 * relay_mandate_get_who_may_submit:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface
 *
 * Gets who may send information to this mandate, when it restricts that
 * (the Working Groups on arbitrary detention and on disappearances do).
 *
 * Returns: (nullable): the rule in @language, or %NULL when the directory
 *   gives none
 */
const char *
relay_mandate_get_who_may_submit (RelayMandate *self,
                                  const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->who_may_submit[_relay_language_from_code (language)];
}

/**
 * relay_mandate_get_required_elements:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface
 *
 * Gets what a submission to this mandate must contain, beyond what every
 * submission does.
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the elements
 *   in @language, or %NULL when the directory gives none
 */
const char * const *
relay_mandate_get_required_elements (RelayMandate *self,
                                     const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return (const char * const *)self->required_elements[_relay_language_from_code (language)];
}

/**
 * relay_mandate_get_consent_statements:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface
 *
 * Gets the statements of consent this mandate asks submissions to include.
 *
 * Returns: (nullable) (array zero-terminated=1) (transfer none): the
 *   statements in @language, or %NULL when the directory gives none
 */
const char * const *
relay_mandate_get_consent_statements (RelayMandate *self,
                                      const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return (const char * const *)self->consent_statements[_relay_language_from_code (language)];
}

/**
 * relay_mandate_get_criteria_note:
 * @self: a #RelayMandate
 * @language: (nullable): "en", "fr" or "es", or %NULL for the language of
 *   the user interface
 *
 * Gets a note about the mandate's criteria for submissions.
 *
 * Returns: (nullable): the note in @language, or %NULL when there is none
 */
const char *
relay_mandate_get_criteria_note (RelayMandate *self,
                                 const char   *language)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), NULL);

  return self->criteria_note[_relay_language_from_code (language)];
}

/**
 * relay_mandate_get_sources:
 * @self: a #RelayMandate
 *
 * Gets where the directory's details of this mandate come from.
 *
 * Returns: (array zero-terminated=1) (transfer none): the addresses of the
 *   sources, at least one
 */
const char * const *
relay_mandate_get_sources (RelayMandate *self)
{
  g_return_val_if_fail (RELAY_IS_MANDATE (self), empty_strv);

  return (const char * const *)self->sources;
}
