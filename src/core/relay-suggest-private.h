/* relay-suggest-private.h — the knowledge behind mandate suggestions
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The concepts
 *
 * Each concept lists, per language, alternatives separated by "|". An
 * alternative is a word or a phrase; "=word" matches only that word, "word*"
 * any word starting with it, and a plain word itself plus the usual endings
 * (any ending for words of six letters or more). Accents and case do not
 * matter. Words that are ambiguous in one of the three languages ("viol",
 * "violación", "media", "court", "militant") are only used in phrases.
 */

typedef enum
{
  CONCEPT_NONE           = 0,
  CONCEPT_CHILD          = 1 << 0,   /* mentions children */
  CONCEPT_CHILD_RISK     = 1 << 1,   /* a harm the child mandate covers when a child suffers it */
  CONCEPT_REPRISAL       = 1 << 2,
  CONCEPT_UN             = 1 << 3,   /* mentions the UN */
} ConceptFlags;

typedef struct
{
  const char *mandate_id;
  double      weight;
} ConceptTarget;

#define MAX_TARGETS 4

typedef struct
{
  const char    *reason;   /* N_() */
  const char    *en;
  const char    *fr;
  const char    *es;
  ConceptTarget  targets[MAX_TARGETS];
  ConceptFlags   flags;
} Concept;

/* Two concepts together point to a mandate neither points to alone. The
 * concepts are named by their (untranslated) reason.
 */
typedef struct
{
  const char *first;
  const char *second;
  const char *mandate_id;
  double      weight;
  const char *reason;   /* N_() */
} Combination;

extern const Concept     _relay_suggest_concepts[];
extern const guint       _relay_suggest_n_concepts;
extern const Combination _relay_suggest_combinations[];
extern const guint       _relay_suggest_n_combinations;

G_END_DECLS
