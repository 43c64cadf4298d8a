/* relay-suggest.c
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

#define G_LOG_DOMAIN "relay-suggest"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relay-format.h"
#include "relay-suggest.h"
#include "relay-suggest-private.h"

/*
 * How suggestions are made
 *
 * The case's words (title, what happened, incidents, why now, victims' groups
 * and origins, perpetrators, context, action taken and requested) are
 * casefolded, stripped of accents and cut into words. Each field has a weight:
 * what happened counts more than the context.
 *
 * Two kinds of knowledge are matched against those words, in English, French
 * and Spanish whatever the case's language:
 *
 *  - a built-in table of concepts ("detention", "torture", "a business is
 *    involved"…), each with the words that reveal it in the three languages,
 *    the mandates it points to and a short reason the user can read;
 *  - the "topics" of every mandate in the directory, so that an updated
 *    directory brings its own vocabulary.
 *
 * The victims' age and gender and the kind of case add or qualify reasons.
 * A country mandate is only ever suggested for the case's own country, and
 * then always first.
 */

/*
 * RelaySuggestion
 */

struct _RelaySuggestion
{
  GObject parent_instance;

  RelayMandate *mandate;
  double        score;
  GStrv         reasons;
};

G_DEFINE_FINAL_TYPE (RelaySuggestion, relay_suggestion, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MANDATE,
  PROP_SCORE,
  PROP_REASONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relay_suggestion_finalize (GObject *object)
{
  RelaySuggestion *self = (RelaySuggestion *)object;

  g_clear_object (&self->mandate);
  g_clear_pointer (&self->reasons, g_strfreev);

  G_OBJECT_CLASS (relay_suggestion_parent_class)->finalize (object);
}

static void
relay_suggestion_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelaySuggestion *self = RELAY_SUGGESTION (object);

  switch (prop_id)
    {
    case PROP_MANDATE:
      g_value_set_object (value, self->mandate);
      break;

    case PROP_SCORE:
      g_value_set_double (value, self->score);
      break;

    case PROP_REASONS:
      g_value_set_boxed (value, self->reasons);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relay_suggestion_class_init (RelaySuggestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relay_suggestion_finalize;
  object_class->get_property = relay_suggestion_get_property;

  /**
   * RelaySuggestion:mandate:
   *
   * The suggested mandate.
   */
  properties[PROP_MANDATE] =
    g_param_spec_object ("mandate", NULL, NULL,
                         RELAY_TYPE_MANDATE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelaySuggestion:score:
   *
   * How well the mandate fits the case; only the order of scores matters.
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /**
   * RelaySuggestion:reasons:
   *
   * One to three short, translated reasons for the suggestion, most
   * important first.
   */
  properties[PROP_REASONS] =
    g_param_spec_boxed ("reasons", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relay_suggestion_init (RelaySuggestion *self)
{
}

static RelaySuggestion *
relay_suggestion_new (RelayMandate *mandate,
                      double        score,
                      GStrv         reasons)
{
  RelaySuggestion *self = g_object_new (RELAY_TYPE_SUGGESTION, NULL);

  self->mandate = g_object_ref (mandate);
  self->score = score;
  self->reasons = reasons;

  return self;
}

/**
 * relay_suggestion_get_mandate:
 * @self: a #RelaySuggestion
 *
 * Gets the suggested mandate.
 *
 * Returns: (transfer none): the #RelayMandate
 */
RelayMandate *
relay_suggestion_get_mandate (RelaySuggestion *self)
{
  g_return_val_if_fail (RELAY_IS_SUGGESTION (self), NULL);

  return self->mandate;
}

/**
 * relay_suggestion_get_score:
 * @self: a #RelaySuggestion
 *
 * Gets how well the mandate fits the case. Scores only make sense compared
 * with the other suggestions for the same case.
 *
 * Returns: a positive score
 */
double
relay_suggestion_get_score (RelaySuggestion *self)
{
  g_return_val_if_fail (RELAY_IS_SUGGESTION (self), 0.0);

  return self->score;
}

/**
 * relay_suggestion_get_reasons:
 * @self: a #RelaySuggestion
 *
 * Gets the reasons for the suggestion, translated, most important first,
 * such as "mentions detention" or "country mandate for Myanmar".
 *
 * Returns: (transfer none) (array zero-terminated=1): one to three reasons
 */
const char * const *
relay_suggestion_get_reasons (RelaySuggestion *self)
{
  g_return_val_if_fail (RELAY_IS_SUGGESTION (self), NULL);

  return (const char * const *)self->reasons;
}

/*
 * Weights. Only the order of the scores matters; a concept pointing straight
 * at a mandate is worth about 3, times the weight of the field it was found in.
 */

/* Where a word comes from: the facts count more than the background. */
#define WEIGHT_TITLE   1.25  /* the user's own summary of the case */
#define WEIGHT_MAIN    1.0   /* what happened, incidents */
#define WEIGHT_PEOPLE  0.8   /* why now, victims, perpetrators */
#define WEIGHT_CONTEXT 0.5   /* context, action taken and requested, places */

/* A "~word" of a concept is weaker evidence: "custody" says less about
 * arbitrary detention than "detained".
 */
#define WEAK_TERM_FACTOR 0.65

/* A concept found in several places weighs up to 50 % more. */
#define REPEAT_BONUS     0.25
#define MAX_REPEATS      2u

/* Each distinct topic of the mandate found where no concept was adds this
 * much, times the weight of the field, up to TOPIC_CAP in all.
 */
#define TOPIC_WEIGHT     1.0
#define TOPIC_CAP        3.0

/* Far above anything the text can give: the country's mandate comes first. */
#define COUNTRY_BONUS  100.0

/* Who the victim is, when it matters to a mandate already suggested. */
#define QUALIFIER_BONUS  0.5
#define OLDER_PERSON_AGE 65

/* A law or policy case: the mandates the text is about weigh more. */
#define LAW_FACTOR       1.25

/*
 * Words: normalising, cutting and matching
 */

typedef enum
{
  MATCH_DEFAULT,   /* the word, or the word and a usual ending */
  MATCH_PREFIX,    /* any word starting with it ("detain*") */
  MATCH_EXACT,     /* only the word itself ("=viol") */
} MatchMode;

typedef struct
{
  char      *word;
  gsize      len;
  MatchMode  mode;
} TermWord;

/* A word or a phrase to look for. */
typedef struct
{
  TermWord *words;
  guint     n_words;
  gboolean    owns;       /* "!phrase": other concepts' words inside it don't count */
  double      factor;     /* "~word": weaker evidence of the concept */
  const char *language;   /* "^word": only in a case written in this language */
} Term;

/* The case's words, in order. An empty word separates two fields, so that a
 * phrase never runs from one field into the next.
 */
typedef struct
{
  GPtrArray  *words;     /* (element-type utf8) */
  GArray     *weights;   /* (element-type double) */
  GHashTable *index;     /* first bytes of a word -> GArray of positions */
} CaseText;

/* Words are indexed by their first INDEX_BYTES bytes (or whole, if shorter):
 * a term's first word only needs to be compared with the words of its bucket.
 */
#define INDEX_BYTES 3

/* Endings a word of four or five letters may take and still be the same word
 * in English, French or Spanish: "child" → "children", "land" → "lands",
 * "abort" → "abortion", but not "care" → "career". Three-letter words only
 * take "s" and "es" ("law" → "laws"), shorter ones nothing; words of six
 * letters or more are stems and take any ending.
 */
static const char * const short_word_endings[] = {
  "s", "es", "e", "ed", "d", "ing", "ings", "ion", "ions", "x", "a", "as", "o", "os", "ren",
  NULL
};

/* Words that begin like a word we look for but mean something else. They only
 * match a term that itself begins with them.
 */
static const char * const false_friends[] = {
  "protestant",   /* protest */
  "companion",    /* company */
  "executive",    /* execution */
  "mediat",       /* media */
  "deporte",      /* es: sport, not deported */
  "deportiv",
  "deportist",
  "migrain",      /* migrant */
  "indigen",      /* indigent, indigence: poverty, not indigenous */
  NULL
};

static void
append_folded_char (GString  *out,
                    gunichar  c)
{
  switch (c)
    {
    case 0x0153: /* œ */
      g_string_append (out, "oe");
      break;

    case 0x00E6: /* æ */
      g_string_append (out, "ae");
      break;

    default:
      g_string_append_unichar (out, c);
    }
}

/* Casefolds @text and removes accents: "Détenu" → "detenu", "NIÑA" → "nina". */
static char *
normalize_text (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *decomposed = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  folded = g_utf8_casefold (text, -1);
  decomposed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (g_unichar_type (c))
        {
        case G_UNICODE_NON_SPACING_MARK:
        case G_UNICODE_SPACING_MARK:
        case G_UNICODE_ENCLOSING_MARK:
          break;

        default:
          append_folded_char (out, c);
        }
    }

  return g_string_free (out, FALSE);
}

/* Cuts normalised text into words of letters and digits: "l'arrestation" gives
 * "l" and "arrestation", "ill-treatment" gives "ill" and "treatment".
 */
static void
split_words (const char *normalized,
             GPtrArray  *words)
{
  GString *word = g_string_new (NULL);

  for (const char *p = normalized; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
        }
      else if (word->len > 0)
        {
          g_ptr_array_add (words, g_strndup (word->str, word->len));
          g_string_truncate (word, 0);
        }

      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
}

static void
term_clear (Term *term)
{
  for (guint i = 0; i < term->n_words; i++)
    g_free (term->words[i].word);
  g_clear_pointer (&term->words, g_free);
  term->n_words = 0;
}

/* Builds a term from one alternative of a pattern: words separated by
 * spaces, each optionally starting with "=" (exact) or ending with "*" (any
 * ending); a leading "!" makes the phrase own its words, a leading "~" makes it
 * weaker evidence, a leading "^" limits it to cases written in @language (for
 * words that mean something else in another language: "militant"). Data
 * topics have no markers. Returns FALSE when there is no word.
 */
static gboolean
term_init (Term       *term,
           const char *pattern,
           gboolean    markers,
           const char *language)
{
  g_auto(GStrv) pieces = NULL;
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (TermWord));

  term->owns = markers && pattern[0] == '!';
  if (term->owns)
    pattern++;

  term->factor = 1.0;
  if (markers && pattern[0] == '~')
    {
      term->factor = WEAK_TERM_FACTOR;
      pattern++;
    }

  term->language = NULL;
  if (markers && pattern[0] == '^')
    {
      term->language = language;
      pattern++;
    }

  pieces = g_strsplit (pattern, " ", -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) split = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *normalized = NULL;
      char *piece = pieces[i];
      gboolean exact = FALSE;
      gboolean prefix = FALSE;
      gsize len;

      if (markers && piece[0] == '=')
        {
          exact = TRUE;
          piece++;
        }

      len = strlen (piece);
      if (markers && len > 0 && piece[len - 1] == '*')
        {
          prefix = TRUE;
          piece[len - 1] = '\0';
        }

      normalized = normalize_text (piece);
      split_words (normalized, split);

      for (guint j = 0; j < split->len; j++)
        {
          TermWord word;

          word.word = g_steal_pointer (&split->pdata[j]);
          word.len = strlen (word.word);
          word.mode = MATCH_DEFAULT;
          if (exact && j == 0)
            word.mode = MATCH_EXACT;
          if (prefix && j + 1 == split->len)
            word.mode = MATCH_PREFIX;

          g_array_append_val (words, word);
        }
    }

  term->n_words = words->len;
  term->words = (TermWord *)(void *)g_array_free (g_steal_pointer (&words), term->n_words == 0);

  return term->n_words > 0;
}

static gboolean
word_matches (const TermWord *word,
              const char     *token)
{
  const char *ending;

  if (strncmp (token, word->word, word->len) != 0)
    return FALSE;

  ending = token + word->len;
  if (*ending == '\0')
    return TRUE;

  if (word->mode == MATCH_EXACT)
    return FALSE;

  for (guint i = 0; false_friends[i] != NULL; i++)
    {
      if (g_str_has_prefix (token, false_friends[i]) &&
          !g_str_has_prefix (word->word, false_friends[i]))
        return FALSE;
    }

  /* Long words are stems: "detain" finds "detained" and "detainee". */
  if (word->mode == MATCH_PREFIX || word->len >= 6)
    return TRUE;

  if (word->len <= 2)
    return FALSE;

  if (word->len == 3)
    return strcmp (ending, "s") == 0 || strcmp (ending, "es") == 0;

  return g_strv_contains (short_word_endings, ending);
}

static gboolean
term_matches_at (const Term     *term,
                 const CaseText *text,
                 guint           position)
{
  const char * const *words = (const char * const *)text->words->pdata;

  if (position + term->n_words > text->words->len)
    return FALSE;

  for (guint j = 0; j < term->n_words; j++)
    {
      if (words[position + j][0] == '\0' || !word_matches (&term->words[j], words[position + j]))
        return FALSE;
    }

  return TRUE;
}

/* Looks for @term in @text and sets @positions to where it starts. */
static void
term_scan (const Term     *term,
           const CaseText *text,
           GArray         *positions)
{
  const TermWord *first;
  g_autofree char *key = NULL;
  GArray *bucket;

  g_array_set_size (positions, 0);

  if (term->n_words == 0 || text->words->len < term->n_words)
    return;

  first = &term->words[0];
  if (first->len < INDEX_BYTES && first->mode == MATCH_PREFIX)
    {
      /* Never in our table, but a data topic could be that short. */
      for (guint i = 0; i < text->words->len; i++)
        {
          if (term_matches_at (term, text, i))
            g_array_append_val (positions, i);
        }
      return;
    }

  key = g_strndup (first->word, INDEX_BYTES);
  bucket = g_hash_table_lookup (text->index, key);
  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    {
      guint position = g_array_index (bucket, guint, i);

      if (term_matches_at (term, text, position))
        g_array_append_val (positions, position);
    }
}

static double
case_text_get_weight (const CaseText *text,
                      guint           position)
{
  return g_array_index (text->weights, double, position);
}

static void
case_text_add (CaseText   *text,
               const char *field,
               double      weight)
{
  g_autofree char *normalized = NULL;
  guint before = text->words->len;
  const char *boundary = "";

  if (field == NULL || *field == '\0')
    return;

  normalized = normalize_text (field);
  split_words (normalized, text->words);

  for (guint i = before; i < text->words->len; i++)
    {
      const char *word = g_ptr_array_index (text->words, i);
      g_autofree char *key = g_strndup (word, INDEX_BYTES);
      GArray *bucket = g_hash_table_lookup (text->index, key);

      if (bucket == NULL)
        {
          bucket = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (text->index, g_steal_pointer (&key), bucket);
        }
      g_array_append_val (bucket, i);
      g_array_append_val (text->weights, weight);
    }

  g_ptr_array_add (text->words, g_strdup (boundary));
  g_array_append_val (text->weights, weight);
}

static void
case_text_clear (CaseText *text)
{
  g_clear_pointer (&text->words, g_ptr_array_unref);
  g_clear_pointer (&text->weights, g_array_unref);
  g_clear_pointer (&text->index, g_hash_table_unref);
}

static void
case_text_init (CaseText  *text,
                RelayCase *kase)
{
  GListModel *list;

  text->words = g_ptr_array_new_with_free_func (g_free);
  text->weights = g_array_new (FALSE, FALSE, sizeof (double));
  text->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify)g_array_unref);

  /* Victims' names are never used: they say nothing about the mandate, and a
   * name such as "Paz" or "Justice" would only add noise.
   */
  case_text_add (text, relay_case_get_title (kase), WEIGHT_TITLE);
  case_text_add (text, relay_case_get_what_happened (kase), WEIGHT_MAIN);

  list = G_LIST_MODEL (relay_case_get_incidents (kase));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RelayIncident) incident = g_list_model_get_item (list, i);

      case_text_add (text, relay_incident_get_description (incident), WEIGHT_MAIN);
      case_text_add (text, relay_incident_get_place (incident), WEIGHT_CONTEXT);
    }

  case_text_add (text, relay_case_get_why_now (kase), WEIGHT_PEOPLE);

  list = G_LIST_MODEL (relay_case_get_victims (kase));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (list, i);

      case_text_add (text, relay_victim_get_group_name (victim), WEIGHT_PEOPLE);
      case_text_add (text, relay_victim_get_origin (victim), WEIGHT_PEOPLE);
      case_text_add (text, relay_victim_get_residence (victim), WEIGHT_CONTEXT);
    }

  list = G_LIST_MODEL (relay_case_get_perpetrators (kase));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RelayPerpetrator) perpetrator = g_list_model_get_item (list, i);

      case_text_add (text, relay_perpetrator_get_function (perpetrator), WEIGHT_PEOPLE);
      case_text_add (text, relay_perpetrator_get_institution (perpetrator), WEIGHT_PEOPLE);
      case_text_add (text, relay_perpetrator_get_motive (perpetrator), WEIGHT_PEOPLE);
    }

  case_text_add (text, relay_case_get_context (kase), WEIGHT_CONTEXT);
  case_text_add (text, relay_case_get_action_taken (kase), WEIGHT_CONTEXT);
  case_text_add (text, relay_case_get_action_requested (kase), WEIGHT_CONTEXT);
}

typedef struct
{
  Term  *terms;
  guint  n_terms;
} CompiledConcept;

static void
compile_alternatives (GArray     *terms,
                      const char *alternatives,
                      const char *language)
{
  g_auto(GStrv) split = NULL;

  if (alternatives == NULL)
    return;

  split = g_strsplit (alternatives, "|", -1);
  for (guint i = 0; split[i] != NULL; i++)
    {
      Term term;

      if (term_init (&term, split[i], TRUE, language))
        g_array_append_val (terms, term);
    }
}

/* The table is compiled once; it never changes while the program runs. */
static const CompiledConcept *
get_compiled_concepts (void)
{
  static CompiledConcept *compiled;

  if (g_once_init_enter (&compiled))
    {
      CompiledConcept *all = g_new0 (CompiledConcept, _relay_suggest_n_concepts);

      for (guint i = 0; i < _relay_suggest_n_concepts; i++)
        {
          GArray *terms = g_array_new (FALSE, FALSE, sizeof (Term));

          compile_alternatives (terms, _relay_suggest_concepts[i].en, "en");
          compile_alternatives (terms, _relay_suggest_concepts[i].fr, "fr");
          compile_alternatives (terms, _relay_suggest_concepts[i].es, "es");

          all[i].n_terms = terms->len;
          all[i].terms = (Term *)(void *)g_array_free (terms, FALSE);
        }

      g_once_init_leave (&compiled, all);
    }

  return compiled;
}

/*
 * Candidates and their reasons
 */

typedef enum
{
  REASON_COUNTRY,      /* always first */
  REASON_CONTENT,      /* what the case is about, best first */
  REASON_QUALIFIER,    /* who the victim is, the kind of case */
} ReasonGroup;

#define MAX_REASONS 3

typedef struct
{
  char        *text;
  double       weight;
  ReasonGroup  group;
  guint        order;
} Reason;

typedef struct
{
  RelayMandate *mandate;
  char         *collate_key;
  gboolean      country;
  double        score;
  double        text_score;
  GArray       *reasons;   /* (element-type Reason) */
} Candidate;

static void
reason_clear (gpointer data)
{
  Reason *reason = data;

  g_free (reason->text);
}

static Candidate *
candidate_new (RelayMandate *mandate)
{
  Candidate *candidate = g_new0 (Candidate, 1);

  candidate->mandate = g_object_ref (mandate);
  candidate->reasons = g_array_new (FALSE, FALSE, sizeof (Reason));
  g_array_set_clear_func (candidate->reasons, reason_clear);

  return candidate;
}

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_clear_object (&candidate->mandate);
  g_clear_pointer (&candidate->collate_key, g_free);
  g_clear_pointer (&candidate->reasons, g_array_unref);
  g_free (candidate);
}

/* Takes @text. A reason given twice keeps its best weight. */
static void
candidate_add_reason (Candidate   *candidate,
                      ReasonGroup  group,
                      double       weight,
                      char        *text)
{
  Reason reason;

  for (guint i = 0; i < candidate->reasons->len; i++)
    {
      Reason *existing = &g_array_index (candidate->reasons, Reason, i);

      if (g_strcmp0 (existing->text, text) == 0)
        {
          existing->weight = MAX (existing->weight, weight);
          g_free (text);
          return;
        }
    }

  reason.text = text;
  reason.weight = weight;
  reason.group = group;
  reason.order = candidate->reasons->len;
  g_array_append_val (candidate->reasons, reason);
}

static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const Reason *ra = *(const Reason * const *)a;
  const Reason *rb = *(const Reason * const *)b;

  if (ra->group != rb->group)
    return ra->group < rb->group ? -1 : 1;

  if (ra->group == REASON_CONTENT && ra->weight != rb->weight)
    return ra->weight > rb->weight ? -1 : 1;

  return ra->order < rb->order ? -1 : (ra->order > rb->order ? 1 : 0);
}

/* Keeps the country, the best content reason, then the qualifiers (they are
 * few and say something the content does not), then more content, up to
 * MAX_REASONS, shown in group order.
 */
static GStrv
candidate_dup_reasons (Candidate *candidate)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean first_content = TRUE;

  for (guint i = 0; i < candidate->reasons->len; i++)
    g_ptr_array_add (sorted, &g_array_index (candidate->reasons, Reason, i));
  g_ptr_array_sort (sorted, compare_reasons);

  for (guint pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < sorted->len && chosen->len < MAX_REASONS; i++)
        {
          Reason *reason = g_ptr_array_index (sorted, i);
          gboolean take;

          if (g_ptr_array_find (chosen, reason, NULL))
            continue;

          switch (pass)
            {
            case 0:
              take = reason->group == REASON_COUNTRY ||
                     (reason->group == REASON_CONTENT && first_content);
              if (reason->group == REASON_CONTENT && take)
                first_content = FALSE;
              break;

            case 1:
              take = reason->group == REASON_QUALIFIER;
              break;

            default:
              take = TRUE;
            }

          if (take)
            g_ptr_array_add (chosen, reason);
        }
    }

  g_ptr_array_sort (chosen, compare_reasons);
  for (guint i = 0; i < chosen->len; i++)
    g_strv_builder_add (builder, ((Reason *)g_ptr_array_index (chosen, i))->text);

  return g_strv_builder_end (builder);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = *(const Candidate * const *)a;
  const Candidate *cb = *(const Candidate * const *)b;

  if (ca->country != cb->country)
    return ca->country ? -1 : 1;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;

  return strcmp (ca->collate_key, cb->collate_key);
}

/*
 * What the case says
 */

typedef struct
{
  CaseText  text;
  char     *language;         /* the case's language, "" if not set */
  double   *concept_weight;   /* best field weight per concept, 0 = absent */
  guint    *concept_hits;     /* how many places per concept */
  guint8  **concept_marks;    /* per concept: which words it matched, or NULL */
  guint8   *neutral;          /* words owned by a phrase that means nothing for us */
  gboolean  child_victim;
  gboolean  older_victim;
  gboolean  female_victim;
  gboolean  gender_diverse_victim;
  gboolean  mentions_children;
  double    child_risk;       /* best weight of a concept flagged CHILD_RISK */
  gboolean  mentions_un;
  double    reprisal;
} Analysis;

static gboolean
words_contain_any (GPtrArray          *words,
                   const char * const *wanted)
{
  for (guint i = 0; i < words->len; i++)
    {
      if (g_strv_contains (wanted, g_ptr_array_index (words, i)))
        return TRUE;
    }

  return FALSE;
}

static void
analyse_gender (Analysis   *analysis,
                const char *gender)
{
  static const char * const female[] = {
    "f", "female", "woman", "women", "girl", "femme", "femmes", "feminin", "feminine",
    "fille", "mujer", "mujeres", "femenino", "femenina", "nina", "chica", NULL
  };
  static const char * const diverse[] = {
    "trans", "transgender", "transgenre", "transgenero", "transgenera", "nonbinary",
    "binary", "binaire", "binario", "binaria", "intersex", "intersexe", "intersexual",
    "genderqueer", "queer", "genderfluid", "fluid", "fluide", "fluido", NULL
  };
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *normalized = normalize_text (gender);

  split_words (normalized, words);

  /* "non-binary", "non binaire", "no binario" all have a "bina…" word; a
   * "trans woman" is both.
   */
  if (words_contain_any (words, diverse))
    analysis->gender_diverse_victim = TRUE;
  if (words_contain_any (words, female))
    analysis->female_victim = TRUE;
}

static void
analysis_clear (Analysis *analysis)
{
  for (guint i = 0; i < _relay_suggest_n_concepts; i++)
    g_free (analysis->concept_marks[i]);
  g_free (analysis->concept_marks);
  g_free (analysis->concept_hits);
  g_free (analysis->neutral);
  g_free (analysis->concept_weight);
  g_free (analysis->language);
  case_text_clear (&analysis->text);
}

static void
mark_span (guint8 *marks,
           guint   position,
           guint   length)
{
  for (guint i = 0; i < length; i++)
    marks[position + i] = 1;
}

static gboolean
span_is_all_marked (const guint8 *marks,
                    guint         position,
                    guint         length)
{
  for (guint i = 0; i < length; i++)
    {
      if (!marks[position + i])
        return FALSE;
    }

  return TRUE;
}

static gboolean
span_is_marked (const guint8 *marks,
                guint         position,
                guint         length)
{
  for (guint i = 0; i < length; i++)
    {
      if (marks[position + i])
        return TRUE;
    }

  return FALSE;
}

static void
analysis_init (Analysis  *analysis,
               RelayCase *kase)
{
  const CompiledConcept *compiled = get_compiled_concepts ();
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree int *owner = NULL;
  GListModel *victims;
  guint n_words;

  memset (analysis, 0, sizeof *analysis);
  case_text_init (&analysis->text, kase);
  analysis->language = g_strdup (relay_case_get_language (kase));
  n_words = analysis->text.words->len;

  analysis->concept_weight = g_new0 (double, _relay_suggest_n_concepts);
  analysis->concept_hits = g_new0 (guint, _relay_suggest_n_concepts);
  analysis->concept_marks = g_new0 (guint8 *, _relay_suggest_n_concepts);

  /* First the phrases that own their words: in "bar association" the word
   * "association" is about lawyers, not about freedom of association.
   */
  owner = g_new (int, n_words + 1);
  for (guint i = 0; i <= n_words; i++)
    owner[i] = -1;

  for (guint c = 0; c < _relay_suggest_n_concepts; c++)
    {
      for (guint t = 0; t < compiled[c].n_terms; t++)
        {
          const Term *term = &compiled[c].terms[t];

          if (!term->owns)
            continue;

          term_scan (term, &analysis->text, positions);
          for (guint p = 0; p < positions->len; p++)
            {
              guint position = g_array_index (positions, guint, p);

              for (guint j = 0; j < term->n_words; j++)
                owner[position + j] = (int)c;
            }
        }
    }

  /* The data's topics must not see them either ("faith" in "good faith"). */
  analysis->neutral = g_malloc0 (n_words + 1);
  for (guint i = 0; i < n_words; i++)
    {
      if (owner[i] >= 0 && _relay_suggest_concepts[owner[i]].reason == NULL &&
          _relay_suggest_concepts[owner[i]].targets[0].mandate_id == NULL &&
          _relay_suggest_concepts[owner[i]].flags == CONCEPT_NONE)
        analysis->neutral[i] = 1;
    }

  for (guint c = 0; c < _relay_suggest_n_concepts; c++)
    {
      for (guint t = 0; t < compiled[c].n_terms; t++)
        {
          const Term *term = &compiled[c].terms[t];

          if (term->language != NULL && g_strcmp0 (term->language, analysis->language) != 0)
            continue;

          term_scan (term, &analysis->text, positions);

          for (guint p = 0; p < positions->len; p++)
            {
              guint position = g_array_index (positions, guint, p);
              gboolean owned_by_other = FALSE;

              for (guint j = 0; j < term->n_words; j++)
                owned_by_other |= owner[position + j] >= 0 && owner[position + j] != (int)c;
              if (owned_by_other)
                continue;

              analysis->concept_weight[c] =
                MAX (analysis->concept_weight[c],
                     term->factor * case_text_get_weight (&analysis->text, position));
              if (analysis->concept_marks[c] == NULL)
                analysis->concept_marks[c] = g_malloc0 (n_words);
              if (!span_is_all_marked (analysis->concept_marks[c], position, term->n_words))
                analysis->concept_hits[c]++;
              mark_span (analysis->concept_marks[c], position, term->n_words);
            }
        }

      if (analysis->concept_weight[c] <= 0.0)
        continue;

      if (_relay_suggest_concepts[c].flags & CONCEPT_CHILD)
        analysis->mentions_children = TRUE;
      if (_relay_suggest_concepts[c].flags & CONCEPT_CHILD_RISK)
        analysis->child_risk = MAX (analysis->child_risk, analysis->concept_weight[c]);
      if (_relay_suggest_concepts[c].flags & CONCEPT_UN)
        analysis->mentions_un = TRUE;
      if (_relay_suggest_concepts[c].flags & CONCEPT_REPRISAL)
        analysis->reprisal = analysis->concept_weight[c];
    }

  victims = G_LIST_MODEL (relay_case_get_victims (kase));
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(RelayVictim) victim = g_list_model_get_item (victims, i);
      int age = relay_victim_get_age (victim);

      if (age >= 0 && age < 18)
        analysis->child_victim = TRUE;
      if (age >= OLDER_PERSON_AGE)
        analysis->older_victim = TRUE;

      analyse_gender (analysis, relay_victim_get_gender (victim));
    }
}

/*
 * Scoring one mandate
 */

/* Mandates for which a child victim is worth telling: they look at children in
 * particular in their work.
 */
static const char * const child_mandates[] = {
  "wg-arbitrary-detention", "sr-torture", "sr-executions", "wg-disappearances",
  "sr-education", "sr-health", "sr-slavery-trafficking", "sr-sale-of-children",
  "sr-migrants", "sr-vawg", "wg-women-girls", "sr-food", NULL
};

static const char * const women_mandates[] = {
  "sr-vawg", "wg-women-girls", NULL
};

static int
find_concept (const char *reason)
{
  for (guint c = 0; c < _relay_suggest_n_concepts; c++)
    {
      if (g_strcmp0 (_relay_suggest_concepts[c].reason, reason) == 0)
        return (int)c;
    }

  g_return_val_if_reached (-1);
}

static void
score_combinations (Candidate      *candidate,
                    const Analysis *analysis)
{
  const char *id = relay_mandate_get_id (candidate->mandate);

  for (guint i = 0; i < _relay_suggest_n_combinations; i++)
    {
      int first_concept, second_concept;
      double first, second, contribution;

      if (strcmp (_relay_suggest_combinations[i].mandate_id, id) != 0)
        continue;

      first_concept = find_concept (_relay_suggest_combinations[i].first);
      second_concept = find_concept (_relay_suggest_combinations[i].second);
      if (first_concept < 0 || second_concept < 0)
        continue;

      first = analysis->concept_weight[first_concept];
      second = analysis->concept_weight[second_concept];
      if (first <= 0.0 || second <= 0.0)
        continue;

      contribution = _relay_suggest_combinations[i].weight * MIN (first, second);
      candidate->score += contribution;
      candidate->text_score += contribution;
      candidate_add_reason (candidate, REASON_CONTENT, contribution,
                            g_strdup (_(_relay_suggest_combinations[i].reason)));
    }
}

static void
score_concepts (Candidate      *candidate,
                const Analysis *analysis,
                RelayCaseKind   kind,
                guint8         *covered)
{
  const char *id = relay_mandate_get_id (candidate->mandate);
  guint n_words = analysis->text.words->len;

  for (guint c = 0; c < _relay_suggest_n_concepts; c++)
    {
      double weight = analysis->concept_weight[c];
      const char *reason = _relay_suggest_concepts[c].reason;

      if (weight <= 0.0 || reason == NULL)
        continue;

      for (guint t = 0; t < MAX_TARGETS && _relay_suggest_concepts[c].targets[t].mandate_id != NULL; t++)
        {
          double contribution;

          if (strcmp (_relay_suggest_concepts[c].targets[t].mandate_id, id) != 0)
            continue;

          /* Said again, or said in other words, it weighs a little more. */
          contribution = _relay_suggest_concepts[c].targets[t].weight * weight *
                         (1.0 + REPEAT_BONUS * MIN (analysis->concept_hits[c] - 1, MAX_REPEATS));
          candidate->score += contribution;
          candidate->text_score += contribution;

          if ((_relay_suggest_concepts[c].flags & CONCEPT_REPRISAL) &&
              (analysis->mentions_un || kind == RELAY_CASE_KIND_REPRISAL))
            candidate_add_reason (candidate, REASON_CONTENT, contribution,
                                  g_strdup (_("reprisals for cooperating with the UN")));
          else
            candidate_add_reason (candidate, REASON_CONTENT, contribution,
                                  g_strdup (_(reason)));

          for (guint i = 0; i < n_words; i++)
            covered[i] |= analysis->concept_marks[c][i];
        }
    }
}

/* Returns the topic as the user would say it: the UI language's spelling
 * when that list has the same word ("Mapuche", "détention" for "detención"
 * does not count), else the topic as found. The lists of the three languages
 * are not translations of each other, line by line.
 */
static const char *
get_display_topic (RelayMandate *mandate,
                   const char   *language,
                   const char   *normalized,
                   const char   *topic)
{
  const char *ui = relay_ui_language ();
  const char * const *ui_topics;

  if (g_strcmp0 (language, ui) == 0)
    return topic;

  ui_topics = relay_mandate_get_topics (mandate, ui);
  for (guint i = 0; ui_topics != NULL && ui_topics[i] != NULL; i++)
    {
      g_autofree char *other = normalize_text (ui_topics[i]);

      if (strcmp (other, normalized) == 0)
        return ui_topics[i];
    }

  return topic;
}

/* A mandate's topics in the three languages, compiled once and kept on the
 * mandate (which never changes: a new directory makes new mandates).
 */
typedef struct
{
  Term        term;
  char       *normalized;
  char       *topic;
  const char *language;
} Topic;

typedef struct
{
  Topic *topics;
  guint  n_topics;
} MandateTopics;

static void
mandate_topics_free (gpointer data)
{
  MandateTopics *self = data;

  for (guint i = 0; i < self->n_topics; i++)
    {
      term_clear (&self->topics[i].term);
      g_free (self->topics[i].normalized);
      g_free (self->topics[i].topic);
    }
  g_free (self->topics);
  g_free (self);
}

static MandateTopics *
mandate_topics_new (RelayMandate *mandate)
{
  static const char * const languages[] = { "en", "fr", "es" };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GArray *topics = g_array_new (FALSE, FALSE, sizeof (Topic));
  MandateTopics *self = g_new0 (MandateTopics, 1);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char * const *strings = relay_mandate_get_topics (mandate, languages[l]);

      for (guint i = 0; strings != NULL && strings[i] != NULL; i++)
        {
          Topic topic;

          /* The same word in two languages ("detention") is one topic. */
          topic.normalized = normalize_text (strings[i]);
          if (g_hash_table_contains (seen, topic.normalized) ||
              !term_init (&topic.term, strings[i], FALSE, NULL))
            {
              g_free (topic.normalized);
              continue;
            }

          topic.topic = g_strdup (strings[i]);
          topic.language = languages[l];
          g_array_append_val (topics, topic);
          g_hash_table_add (seen, topic.normalized);
        }
    }

  self->n_topics = topics->len;
  self->topics = (Topic *)(void *)g_array_free (topics, FALSE);

  return self;
}

static const MandateTopics *
get_mandate_topics (RelayMandate *mandate)
{
  static GMutex lock;
  MandateTopics *topics;

  g_mutex_lock (&lock);
  topics = g_object_get_data (G_OBJECT (mandate), "relay-suggest-topics");
  if (topics == NULL)
    {
      topics = mandate_topics_new (mandate);
      g_object_set_data_full (G_OBJECT (mandate), "relay-suggest-topics",
                              topics, mandate_topics_free);
    }
  g_mutex_unlock (&lock);

  return topics;
}

static void
score_topics (Candidate      *candidate,
              const Analysis *analysis,
              const guint8   *covered)
{
  const MandateTopics *topics = get_mandate_topics (candidate->mandate);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *found = g_malloc0 (analysis->text.words->len + 1);
  double total = 0.0;

  for (guint i = 0; i < topics->n_topics; i++)
    {
      const Topic *topic = &topics->topics[i];
      gboolean fresh = FALSE;
      double weight = 0.0;

      term_scan (&topic->term, &analysis->text, positions);

      /* A topic only counts if it was found somewhere no other topic of this
       * mandate was ("arrest" and "arrestation" are one), and no concept
       * either: each piece of the case is evidence once.
       */
      for (guint p = 0; p < positions->len; p++)
        {
          guint position = g_array_index (positions, guint, p);

          if (span_is_marked (found, position, topic->term.n_words) ||
              span_is_marked (covered, position, topic->term.n_words) ||
              span_is_marked (analysis->neutral, position, topic->term.n_words))
            continue;

          weight = MAX (weight, case_text_get_weight (&analysis->text, position));
          fresh = TRUE;
        }

      for (guint p = 0; p < positions->len; p++)
        mark_span (found, g_array_index (positions, guint, p), topic->term.n_words);

      if (!fresh)
        continue;

      total += TOPIC_WEIGHT * weight;
      candidate_add_reason (candidate, REASON_CONTENT, TOPIC_WEIGHT * weight,
                            /* Translators: %s is a keyword found in the case,
                             * such as “detention” */
                            g_strdup_printf (_("mentions “%s”"),
                                             get_display_topic (candidate->mandate,
                                                                topic->language,
                                                                topic->normalized,
                                                                topic->topic)));
    }

  total = MIN (total, TOPIC_CAP);
  candidate->score += total;
  candidate->text_score += total;
}

static void
score_victims (Candidate      *candidate,
               const Analysis *analysis)
{
  const char *id = relay_mandate_get_id (candidate->mandate);

  /* Children have no mandate of their own, except when they are sold,
   * trafficked or sexually exploited.
   */
  if (strcmp (id, "sr-sale-of-children") == 0 &&
      (analysis->child_victim || analysis->mentions_children) &&
      analysis->child_risk > 0.0)
    {
      double contribution = (analysis->child_victim ? 4.0 : 3.0) * analysis->child_risk;

      candidate->score += contribution;
      candidate->text_score += contribution;
      candidate_add_reason (candidate, REASON_CONTENT, contribution,
                            g_strdup (analysis->child_victim ? _("the victim is a child")
                                                             : _("concerns children")));
    }

  if (strcmp (id, "ie-older-persons") == 0 && analysis->older_victim)
    {
      candidate->score += 1.5;
      candidate->text_score += 1.5;
      candidate_add_reason (candidate, REASON_CONTENT, 1.5,
                            g_strdup (_("the victim is an older person")));
    }

  if (strcmp (id, "ie-sogi") == 0 && analysis->gender_diverse_victim)
    {
      candidate->score += 3.0;
      candidate->text_score += 3.0;
      candidate_add_reason (candidate, REASON_CONTENT, 3.0,
                            g_strdup (_("the victim is transgender or gender-diverse")));
    }

  if (candidate->text_score <= 0.0)
    return;

  /* A girl is said once, on the women's mandates. */
  if (analysis->child_victim && g_strv_contains (child_mandates, id) &&
      !(analysis->female_victim && g_strv_contains (women_mandates, id)))
    {
      candidate->score += QUALIFIER_BONUS;
      candidate_add_reason (candidate, REASON_QUALIFIER, QUALIFIER_BONUS,
                            g_strdup (_("the victim is a child")));
    }

  if (analysis->female_victim && g_strv_contains (women_mandates, id))
    {
      candidate->score += QUALIFIER_BONUS;
      candidate_add_reason (candidate, REASON_QUALIFIER, QUALIFIER_BONUS,
                            g_strdup (analysis->child_victim ? _("the victim is a girl")
                                                             : _("the victim is a woman")));
    }
}

static void
score_kind (Candidate      *candidate,
            const Analysis *analysis,
            RelayCaseKind   kind)
{
  const char *id = relay_mandate_get_id (candidate->mandate);

  /* A reprisal case goes to the defenders' mandate even when the text does not
   * say "reprisal" (score_concepts gave the reason when it does).
   */
  if (kind == RELAY_CASE_KIND_REPRISAL && strcmp (id, "sr-hrd") == 0 && analysis->reprisal <= 0.0)
    {
      candidate->score += 3.0;
      candidate->text_score += 3.0;
      candidate_add_reason (candidate, REASON_CONTENT, 3.0,
                            g_strdup (_("reprisals for cooperating with the UN")));
    }

  /* A law touches the mandates whose subject it is about, not all of them. */
  if (kind == RELAY_CASE_KIND_LAW_POLICY && candidate->text_score > 0.0)
    {
      candidate->score *= LAW_FACTOR;
      candidate_add_reason (candidate, REASON_QUALIFIER, 0.0,
                            g_strdup (_("a law or policy is concerned")));
    }
}

static Candidate *
score_mandate (RelayMandate   *mandate,
               const Analysis *analysis,
               RelayCase      *kase)
{
  g_autofree guint8 *covered = g_malloc0 (analysis->text.words->len + 1);
  RelayCaseKind kind = relay_case_get_kind (kase);
  Candidate *candidate;

  candidate = candidate_new (mandate);

  if (relay_mandate_get_kind (mandate) == RELAY_MANDATE_KIND_COUNTRY)
    {
      const char *country = relay_case_get_country (kase);
      const char *code = relay_mandate_get_country (mandate);

      /* Never another country's mandate, whatever the text says. */
      if (country == NULL || *country == '\0' ||
          g_ascii_strcasecmp (country, code) != 0)
        {
          candidate_free (candidate);
          return NULL;
        }

      candidate->country = TRUE;
      candidate->score = COUNTRY_BONUS;
      candidate_add_reason (candidate, REASON_COUNTRY, COUNTRY_BONUS,
                            /* Translators: %s is the name of a country */
                            g_strdup_printf (_("country mandate for %s"),
                                             relay_country_get_name (code)));
      return candidate;
    }

  score_concepts (candidate, analysis, kind, covered);
  score_combinations (candidate, analysis);
  score_topics (candidate, analysis, covered);
  score_victims (candidate, analysis);
  score_kind (candidate, analysis, kind);

  if (candidate->score <= 0.0)
    {
      candidate_free (candidate);
      return NULL;
    }

  return candidate;
}

/**
 * relay_suggest_mandates:
 * @directory: a #RelayDirectory
 * @kase: a #RelayCase
 * @max_results: the most suggestions to return, or 0 for all
 *
 * Suggests the mandates a case could be sent to, best first, each with one to
 * three short reasons the user can read. The mandate for the case's country,
 * if there is one, comes first; other countries' mandates are never
 * suggested. The case may be written in English, French or Spanish.
 *
 * Returns: (transfer full): a #GListModel of #RelaySuggestion, possibly empty
 */
GListModel *
relay_suggest_mandates (RelayDirectory *directory,
                        RelayCase      *kase,
                        guint           max_results)
{
  g_autoptr(GPtrArray) candidates = NULL;
  GListStore *store;
  Analysis analysis;
  guint n_mandates;

  g_return_val_if_fail (RELAY_IS_DIRECTORY (directory), NULL);
  g_return_val_if_fail (RELAY_IS_CASE (kase), NULL);

  store = g_list_store_new (RELAY_TYPE_SUGGESTION);
  candidates = g_ptr_array_new_with_free_func (candidate_free);

  analysis_init (&analysis, kase);

  n_mandates = g_list_model_get_n_items (G_LIST_MODEL (directory));
  for (guint i = 0; i < n_mandates; i++)
    {
      g_autoptr(RelayMandate) mandate = g_list_model_get_item (G_LIST_MODEL (directory), i);
      Candidate *candidate = score_mandate (mandate, &analysis, kase);

      if (candidate == NULL)
        continue;

      candidate->collate_key = g_utf8_collate_key (relay_mandate_get_title (mandate, NULL), -1);
      g_ptr_array_add (candidates, candidate);
    }

  g_ptr_array_sort (candidates, compare_candidates);

  for (guint i = 0; i < candidates->len && (max_results == 0 || i < max_results); i++)
    {
      Candidate *candidate = g_ptr_array_index (candidates, i);
      g_autoptr(RelaySuggestion) suggestion = NULL;

      suggestion = relay_suggestion_new (candidate->mandate, candidate->score,
                                         candidate_dup_reasons (candidate));
      g_list_store_append (store, suggestion);
    }

  analysis_clear (&analysis);

  return G_LIST_MODEL (store);
}
