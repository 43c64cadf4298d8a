/* test-suggest.c
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

#include "config.h"

#include <locale.h>
#include <string.h>

#include <relay/relay.h>

/* Realistic cases, in English, French and Spanish, against the real bundled
 * directory: the mandates a human rights defender would expect must be near
 * the top, with reasons a person can read.
 */

static RelayDirectory *directory;

/*
 * Building cases
 */

static RelayCase *
make_case (RelayCaseKind  kind,
           const char    *language,
           const char    *country,
           const char    *title,
           const char    *what_happened)
{
  RelayCase *kase = relay_case_new ();

  relay_case_set_kind (kase, kind);
  relay_case_set_language (kase, language);
  relay_case_set_country (kase, country);
  relay_case_set_title (kase, title);
  relay_case_set_what_happened (kase, what_happened);

  return kase;
}

static RelayVictim *
add_victim (RelayCase  *kase,
            const char *name,
            int         age,
            const char *gender,
            const char *origin,
            const char *group_name)
{
  g_autoptr(RelayVictim) victim = relay_victim_new ();

  relay_victim_set_name (victim, name);
  relay_victim_set_age (victim, age);
  relay_victim_set_gender (victim, gender);
  relay_victim_set_origin (victim, origin);
  relay_victim_set_group_name (victim, group_name);
  g_list_store_append (relay_case_get_victims (kase), victim);

  return victim;
}

static void
add_perpetrator (RelayCase  *kase,
                 const char *function,
                 const char *institution,
                 const char *motive)
{
  g_autoptr(RelayPerpetrator) perpetrator = relay_perpetrator_new ();

  relay_perpetrator_set_function (perpetrator, function);
  relay_perpetrator_set_institution (perpetrator, institution);
  relay_perpetrator_set_motive (perpetrator, motive);
  g_list_store_append (relay_case_get_perpetrators (kase), perpetrator);
}

static void
add_incident (RelayCase  *kase,
              const char *date,
              const char *place,
              const char *description)
{
  g_autoptr(RelayIncident) incident = relay_incident_new ();

  relay_incident_set_date (incident, date);
  relay_incident_set_place (incident, place);
  relay_incident_set_description (incident, description);
  g_list_store_append (relay_case_get_incidents (kase), incident);
}

/*
 * Checking suggestions
 */

/* Borrows an item: the model keeps it alive as long as the test holds the model. */
static RelaySuggestion *
peek_suggestion (GListModel *model,
                 guint       position)
{
  RelaySuggestion *suggestion = g_list_model_get_item (model, position);

  g_object_unref (suggestion);

  return suggestion;
}

static const char *
get_id (GListModel *model,
        guint       position)
{
  return relay_mandate_get_id (relay_suggestion_get_mandate (peek_suggestion (model, position)));
}

static void
log_suggestions (GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      RelaySuggestion *suggestion = peek_suggestion (model, i);
      g_autofree char *reasons = NULL;

      reasons = g_strjoinv ("; ", (GStrv)relay_suggestion_get_reasons (suggestion));

      g_test_message ("%2u. %-34s %7.2f  %s", i + 1, get_id (model, i),
                      relay_suggestion_get_score (suggestion), reasons);
    }
}

/* Position of @id in @model, or -1. */
static int
find_mandate (GListModel *model,
              const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      if (g_strcmp0 (get_id (model, i), id) == 0)
        return (int)i;
    }

  return -1;
}

static void
assert_in_top (GListModel *model,
               const char *id,
               int         top)
{
  int position = find_mandate (model, id);

  if (position < 0 || position >= top)
    g_test_fail_printf ("%s is at position %d, expected in the top %d", id, position + 1, top);
}

static void
assert_absent (GListModel *model,
               const char *id)
{
  g_assert_cmpint (find_mandate (model, id), ==, -1);
}

static gboolean
has_reason (GListModel *model,
            const char *id,
            const char *reason)
{
  int position = find_mandate (model, id);

  if (position < 0)
    return FALSE;

  return g_strv_contains (relay_suggestion_get_reasons (peek_suggestion (model, position)), reason);
}

static void
assert_reason (GListModel *model,
               const char *id,
               const char *reason)
{
  if (!has_reason (model, id, reason))
    g_test_fail_printf ("%s has no reason “%s”", id, reason);
}

/* What holds for every list of suggestions: best first, ties in title order,
 * one to three readable reasons, positive scores, and no mandate for another
 * country than the case's.
 */
static void
check_invariants (GListModel *model,
                  RelayCase  *kase)
{
  guint n = g_list_model_get_n_items (model);

  g_assert_true (g_list_model_get_item_type (model) == RELAY_TYPE_SUGGESTION);

  for (guint i = 0; i < n; i++)
    {
      RelaySuggestion *suggestion = peek_suggestion (model, i);
      RelayMandate *mandate = relay_suggestion_get_mandate (suggestion);
      const char * const *reasons = relay_suggestion_get_reasons (suggestion);
      guint n_reasons;

      g_assert_true (RELAY_IS_MANDATE (mandate));
      g_assert_cmpfloat (relay_suggestion_get_score (suggestion), >, 0.0);

      g_assert_nonnull (reasons);
      n_reasons = g_strv_length ((GStrv)reasons);
      g_assert_cmpuint (n_reasons, >=, 1);
      g_assert_cmpuint (n_reasons, <=, 3);
      for (guint r = 0; r < n_reasons; r++)
        {
          g_assert_true (g_utf8_validate (reasons[r], -1, NULL));
          g_assert_cmpuint (strlen (reasons[r]), >, 5);
          g_assert_cmpuint (g_utf8_strlen (reasons[r], -1), <, 80);
          g_assert_null (strchr (reasons[r], '%'));
          for (guint s = r + 1; s < n_reasons; s++)
            g_assert_cmpstr (reasons[r], !=, reasons[s]);
        }

      if (relay_mandate_get_kind (mandate) == RELAY_MANDATE_KIND_COUNTRY)
        {
          g_assert_cmpstr (relay_mandate_get_country (mandate), ==, relay_case_get_country (kase));
          g_assert_cmpuint (i, ==, 0);
        }

      if (i > 0)
        {
          RelaySuggestion *previous = peek_suggestion (model, i - 1);
          double a = relay_suggestion_get_score (previous);
          double b = relay_suggestion_get_score (suggestion);

          g_assert_cmpfloat (a, >=, b);
          if (a == b)
            {
              RelayMandate *previous_mandate = relay_suggestion_get_mandate (previous);
              const char *title_a = relay_mandate_get_title (previous_mandate, NULL);
              const char *title_b = relay_mandate_get_title (mandate, NULL);

              g_assert_cmpint (g_utf8_collate (title_a, title_b), <=, 0);
            }
        }
    }
}

static GListModel *
suggest (RelayCase *kase,
         guint      max_results)
{
  GListModel *model = relay_suggest_mandates (directory, kase, max_results);

  g_assert_nonnull (model);
  check_invariants (model, kase);
  if (max_results > 0)
    g_assert_cmpuint (g_list_model_get_n_items (model), <=, max_results);
  log_suggestions (model);

  return model;
}

/*
 * The guide's examples (chapter III)
 */

/* A defender detained for organising a protest: defenders, arbitrary detention,
 * assembly.
 */
static void
test_guide_defender_protest (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "en", "ZW",
                    "Human rights defender detained after organising a protest",
                    "On 12 March, police arrested A.M., a human rights defender and coordinator "
                    "of a residents' association, two days after she organised a peaceful "
                    "protest against rising water prices in Harare. She is held at Chikurubi "
                    "prison and has been charged with \"inciting public violence\". Her lawyer "
                    "has not been allowed to see her.");
  relay_case_set_why_now (kase, "Her bail hearing is on 20 March; she could stay in prison "
                          "for months.");
  add_victim (kase, "Anna Moyo", 34, "female", "Zimbabwean", "Harare Residents' Trust");
  add_perpetrator (kase, "officers", "Zimbabwe Republic Police", "to stop further protests");

  model = suggest (kase, 0);
  assert_in_top (model, "sr-hrd", 3);
  assert_in_top (model, "wg-arbitrary-detention", 3);
  assert_in_top (model, "sr-freedom-assembly-association", 3);
  assert_reason (model, "sr-hrd", "the victim is a human rights defender");
  assert_reason (model, "wg-arbitrary-detention", "mentions detention");
  assert_reason (model, "sr-freedom-assembly-association", "mentions a protest");
}

/* Witnesses in a case against a polluting company threatened: business,
 * toxics or environment, defenders.
 */
static void
test_guide_polluting_company (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;
  int toxics, environment;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "en", "KE",
                    "Witnesses threatened in lead poisoning case against smelting company",
                    "Residents of Owino Uhuru who testify in a court case against a lead "
                    "smelting factory and the government have been assaulted and received "
                    "death threats, including from police officers. Three of them have gone "
                    "into hiding. Lead poisoning from the factory's waste has sickened "
                    "hundreds of people in the settlement, among them many children.");
  add_perpetrator (kase, "owner and security guards", "Metal Refinery (EPZ) Ltd",
                   "stop the lawsuit");
  add_perpetrator (kase, "police officers", "Kenya Police Service", "");
  relay_case_set_context (kase, "The community has campaigned for a clean-up of the site "
                          "since 2009.");

  model = suggest (kase, 0);
  assert_in_top (model, "wg-business", 5);
  assert_in_top (model, "sr-hrd", 5);
  toxics = find_mandate (model, "sr-toxics");
  environment = find_mandate (model, "sr-environment");
  g_assert_true ((toxics >= 0 && toxics < 5) || (environment >= 0 && environment < 5));
  assert_reason (model, "wg-business", "a business is involved");
}

/* A draft law restricting abortion: women and girls, health. */
static void
test_guide_abortion_law (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_LAW_POLICY, "en", "PL",
                    "Draft law \"Stop Abortion\"",
                    "A citizens' bill that would ban abortion in cases of severe foetal "
                    "impairment is due to be debated in Parliament next week. Doctors who "
                    "perform a termination would face up to five years in prison. Women would "
                    "be forced to carry non-viable pregnancies to term.");
  relay_case_set_why_now (kase, "The first reading is scheduled for 21 March.");

  model = suggest (kase, 0);
  assert_in_top (model, "wg-women-girls", 3);
  assert_in_top (model, "sr-health", 3);
  assert_reason (model, "wg-women-girls", "a law or policy is concerned");
  assert_reason (model, "sr-health", "a law or policy is concerned");
  assert_reason (model, "wg-women-girls", "mentions abortion or reproductive rights");
}

/*
 * Other realistic cases
 */

static void
test_belarus_journalist (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "en", "BY",
                    "Journalist arrested in Minsk",
                    "K.B., a journalist for an independent news website, was arrested at his "
                    "home by KGB officers who seized his laptop. He is accused of "
                    "\"facilitating extremist activity\" for his reporting on the 2020 "
                    "demonstrations and faces up to six years in prison.");
  add_victim (kase, "Kiryl B.", 41, "male", "Belarusian", "");

  model = suggest (kase, 5);
  g_assert_cmpstr (get_id (model, 0), ==, "sr-belarus");
  assert_reason (model, "sr-belarus", "country mandate for Belarus");
  g_assert_cmpstr (relay_suggestion_get_reasons (peek_suggestion (model, 0))[0], ==,
                   "country mandate for Belarus");
  assert_in_top (model, "sr-freedom-expression", 4);
  assert_in_top (model, "wg-arbitrary-detention", 5);
  assert_reason (model, "sr-freedom-expression", "mentions journalism or the media");
}

static void
test_myanmar_rohingya (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "en", "MM",
                    "Village burned and civilians killed in Rakhine State",
                    "Soldiers surrounded the village at dawn, set fire to the houses and shot "
                    "villagers who tried to flee. At least 23 people were killed. The "
                    "survivors fled to the coast and are now internally displaced.");
  add_victim (kase, "", -1, "", "Rohingya", "Rohingya villagers");
  add_perpetrator (kase, "soldiers", "Myanmar Army (Tatmadaw)", "");

  model = suggest (kase, 5);
  g_assert_cmpstr (get_id (model, 0), ==, "sr-myanmar");
  assert_reason (model, "sr-myanmar", "country mandate for Myanmar");
  assert_in_top (model, "sr-executions", 5);
  assert_in_top (model, "sr-idps", 5);
}

/* es: an enforced disappearance in Mexico */
static void
test_mexico_disappearance (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "es", "MX",
                    "Desaparición forzada de un joven en Veracruz",
                    "El 4 de mayo, hombres armados vestidos con uniformes de la policía estatal "
                    "se llevaron a J.L.R. de su domicilio. Desde entonces está desaparecido y "
                    "su paradero es desconocido. La fiscalía se niega a registrar la denuncia "
                    "de su madre.");
  add_victim (kase, "Jorge L. R.", 22, "masculino", "mexicano", "");
  add_perpetrator (kase, "agentes", "Policía estatal de Veracruz", "");
  relay_case_set_why_now (kase, "Cada hora cuenta para encontrarlo con vida.");

  model = suggest (kase, 5);
  g_assert_cmpstr (get_id (model, 0), ==, "wg-disappearances");
  assert_reason (model, "wg-disappearances", "mentions a disappearance");
}

/* fr: torture in police custody */
static void
test_torture_custody_fr (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "fr", "CM",
                    "Étudiant torturé pendant sa garde à vue",
                    "Interpellé le 2 février à Douala, M. E. a été placé en garde à vue au "
                    "commissariat central. Pendant trois jours, il a été torturé : frappé à "
                    "coups de matraque, suspendu par les poignets, privé de sommeil. Il a "
                    "signé des aveux sans les lire.");
  add_victim (kase, "Michel E.", 23, "homme", "camerounais", "");
  add_perpetrator (kase, "policiers", "Police judiciaire", "obtenir des aveux");
  add_incident (kase, "2024-02-03", "Commissariat central no 1, Douala",
                "Interrogatoire de nuit : coups de matraque sur la plante des pieds.");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-torture", 2);
  assert_in_top (model, "wg-arbitrary-detention", 3);
  assert_reason (model, "sr-torture", "mentions torture or ill-treatment");
}

/* es: the forced eviction of an indigenous community */
static void
test_indigenous_eviction_es (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "es", "GT",
                    "Desalojo forzoso de la comunidad q'eqchi' de Chab'il Ch'och'",
                    "Más de 300 agentes de la policía y guardias de seguridad privada "
                    "desalojaron a 80 familias indígenas q'eqchi' de sus tierras ancestrales. "
                    "Quemaron las viviendas y destruyeron los cultivos. Las familias "
                    "duermen a la intemperie.");
  add_victim (kase, "", -1, "", "maya q'eqchi'", "Comunidad indígena Chab'il Ch'och'");
  add_perpetrator (kase, "guardias", "empresa de palma aceitera", "ampliar la plantación");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-indigenous-peoples", 3);
  assert_in_top (model, "sr-housing", 3);
  assert_reason (model, "sr-indigenous-peoples", "concerns an indigenous people");
  assert_reason (model, "sr-housing", "mentions an eviction or housing");
}

/* fr: a blogger prosecuted for blasphemy: religion and expression */
static void
test_blogger_blasphemy_fr (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "fr", "MR",
                    "Blogueur poursuivi pour blasphème",
                    "M. O., blogueur, a été arrêté après la publication sur son blog d'un "
                    "article critiquant l'usage de la religion pour justifier les "
                    "discriminations. Il est poursuivi pour apostasie et blasphème, des "
                    "infractions passibles de la peine de mort.");
  add_victim (kase, "Mohamed O.", 29, "homme", "mauritanien", "");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-religion-belief", 3);
  assert_in_top (model, "sr-freedom-expression", 3);
  assert_reason (model, "sr-religion-belief", "mentions religion or belief");
}

/* fr: attacks on LGBT activists */
static void
test_lgbt_activists_fr (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "fr", "SN",
                    "Agressions contre des militants LGBT à Dakar",
                    "Depuis janvier, trois militantes et militants d'une association de "
                    "défense des personnes LGBT ont été agressés en pleine rue, leurs photos "
                    "ont été publiées sur les réseaux sociaux avec leur adresse et des appels "
                    "à les tuer. La police a refusé d'enregistrer leurs plaintes.");
  add_victim (kase, "", -1, "", "sénégalais", "Collectif pour l'égalité");

  model = suggest (kase, 5);
  assert_in_top (model, "ie-sogi", 2);
  assert_in_top (model, "sr-hrd", 3);
  assert_reason (model, "ie-sogi", "mentions sexual orientation or gender identity");
}

/* es: a lawyer disbarred for defending opponents */
static void
test_lawyer_disbarred_es (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "es", "VE",
                    "Abogada inhabilitada por defender a presos políticos",
                    "El Tribunal Supremo de Justicia inhabilitó por quince años a la abogada "
                    "R.P., que defiende a dirigentes de la oposición. El colegio de abogados "
                    "la suspendió sin audiencia. Los jueces que conocen sus casos fueron "
                    "nombrados de forma provisional.");
  add_victim (kase, "Rocío P.", 47, "mujer", "venezolana", "");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-independence-judges-lawyers", 1);
  assert_reason (model, "sr-independence-judges-lawyers", "mentions a lawyer");
  /* The bar association is about lawyers, not about freedom of association. */
  assert_absent (model, "sr-freedom-assembly-association");
}

/* fr: migrants pushed back at sea */
static void
test_migrants_pushback_fr (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "fr", "GR",
                    "Refoulements de migrants en mer Égée",
                    "Le 14 juin, un canot transportant 38 personnes, dont des demandeurs "
                    "d'asile syriens et afghans, a été intercepté par des garde-côtes, "
                    "remorqué vers les eaux turques et abandonné sans moteur. Deux personnes "
                    "sont mortes noyées.");
  add_victim (kase, "", -1, "", "syriens et afghans", "passagers du canot");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-migrants", 1);
  assert_reason (model, "sr-migrants", "concerns migrants or refugees");
  /* Syrian victims do not make it a case about Syria. */
  assert_absent (model, "sr-syria");
  assert_absent (model, "sr-afghanistan");
}

/* es: the killing of a land defender */
static void
test_land_defender_killed_es (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "es", "CO",
                    "Asesinato de un líder social reclamante de tierras",
                    "El 9 de agosto fue asesinado de tres disparos H.C., líder campesino y "
                    "defensor de la tierra en el Cauca, que participaba en el proceso de "
                    "restitución de tierras. Había denunciado amenazas de muerte desde 2022 "
                    "sin recibir protección.");
  add_victim (kase, "Hernán C.", 52, "masculino", "colombiano", "Asociación campesina");
  add_perpetrator (kase, "sicarios", "grupo armado ilegal", "frenar la restitución de tierras");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-executions", 3);
  assert_in_top (model, "sr-hrd", 3);
  assert_reason (model, "sr-executions", "mentions a killing");
}

/* es: the negative check: a Colombian teacher's case never brings another
 * country's mandate.
 */
static void
test_colombian_teacher_es (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "es", "CO",
                    "Amenazas contra una maestra sindicalista en Arauca",
                    "La profesora L.M., dirigente del sindicato de educadores, recibió un "
                    "panfleto que la declara objetivo militar. Hombres en moto vigilan la "
                    "escuela donde enseña.");
  add_victim (kase, "Luz M.", 38, "mujer", "colombiana", "Sindicato de educadores");

  model = suggest (kase, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      RelayMandate *mandate = relay_suggestion_get_mandate (peek_suggestion (model, i));

      g_assert_cmpint (relay_mandate_get_kind (mandate), !=, RELAY_MANDATE_KIND_COUNTRY);
    }
  assert_absent (model, "sr-myanmar");
  assert_absent (model, "sr-belarus");
  assert_in_top (model, "sr-education", 5);
  assert_in_top (model, "sr-freedom-assembly-association", 5);
}

/* en: a reprisal for cooperating with the UN */
static void
test_reprisal (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_REPRISAL, "en", "EG",
                    "Travel ban after speaking in Geneva",
                    "After N.S. spoke at a side event during the session in Geneva, she was "
                    "stopped at Cairo airport, her passport was confiscated and she was told "
                    "she may not leave the country.");
  add_victim (kase, "Nadia S.", 45, "female", "Egyptian", "");

  model = suggest (kase, 3);
  g_assert_cmpstr (get_id (model, 0), ==, "sr-hrd");
  assert_reason (model, "sr-hrd", "reprisals for cooperating with the UN");
}

/* en: a trafficked child: the child mandate, with the child as the reason */
static void
test_child_trafficking (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "en", "NP",
                    "Girl trafficked across the border",
                    "S. was recruited with the promise of a job in a hotel and taken across "
                    "the border, where she was sold to a brothel owner.");
  add_victim (kase, "S.", 14, "girl", "Nepali", "");
  relay_case_set_context (kase, "Trafficking networks recruit in villages hit by the earthquake.");

  model = suggest (kase, 5);
  assert_in_top (model, "sr-sale-of-children", 2);
  assert_in_top (model, "sr-slavery-trafficking", 3);
  assert_reason (model, "sr-sale-of-children", "the victim is a child");
}

/* A company named only as the perpetrator is enough for the business mandate. */
static void
test_business_perpetrator (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "es", "PE",
                    "Ataque a comuneros",
                    "Los comuneros fueron atacados cuando bloqueaban el camino.");
  add_perpetrator (kase, "vigilantes", "Compañía Minera Andina S.A.", "");

  model = suggest (kase, 5);
  assert_in_top (model, "wg-business", 1);
  assert_reason (model, "wg-business", "a business is involved");
}

/*
 * Edge cases
 */

static void
test_empty_case (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) with_country = NULL;
  const char * const *reasons;

  model = suggest (kase, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  relay_case_set_country (kase, "MM");
  with_country = suggest (kase, 0);
  g_assert_cmpuint (g_list_model_get_n_items (with_country), ==, 1);
  g_assert_cmpstr (get_id (with_country, 0), ==, "sr-myanmar");
  reasons = relay_suggestion_get_reasons (peek_suggestion (with_country, 0));
  g_assert_cmpuint (g_strv_length ((GStrv)reasons), ==, 1);
  g_assert_cmpstr (reasons[0], ==, "country mandate for Myanmar");
}

/* Names say nothing: a victim called "Justicia Prisión Defensor" alone brings
 * no mandate.
 */
static void
test_names_not_used (void)
{
  g_autoptr(RelayCase) kase = relay_case_new ();
  g_autoptr(GListModel) model = NULL;

  add_victim (kase, "Justicia Prisión Defensor", -1, "", "", "");
  model = suggest (kase, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
}

/* Case and accents do not matter, nor does the language of a mandate topic. */
static void
test_accents_and_case (void)
{
  g_autoptr(RelayCase) plain = NULL;
  g_autoptr(RelayCase) shouting = NULL;
  g_autoptr(GListModel) a = NULL;
  g_autoptr(GListModel) b = NULL;

  plain = make_case (RELAY_CASE_KIND_ALLEGATION, "fr", "", "",
                     "il a ete detenu et torture par des militaires");
  shouting = make_case (RELAY_CASE_KIND_ALLEGATION, "fr", "", "",
                        "IL A ÉTÉ DÉTENU ET TORTURÉ PAR DES MILITAIRES");
  a = suggest (plain, 0);
  b = suggest (shouting, 0);

  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  g_assert_cmpuint (g_list_model_get_n_items (a), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    g_assert_cmpstr (get_id (a, i), ==, get_id (b, i));
  assert_in_top (a, "sr-torture", 2);
  assert_in_top (a, "wg-arbitrary-detention", 2);
}

/* Words are whole words or stems, not any substring: "prisma", "arrestor",
 * "Protestant" and "executive" are not detention, protest or execution.
 */
static void
test_whole_words (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;

  kase = make_case (RELAY_CASE_KIND_ALLEGATION, "en", "", "",
                    "The executive director of the Protestant choir bought a prism.");
  model = suggest (kase, 0);
  assert_absent (model, "sr-executions");
  assert_absent (model, "sr-freedom-assembly-association");
  assert_absent (model, "wg-arbitrary-detention");
}

/* The properties say what the getters say. */
static void
test_properties (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(RelayMandate) mandate = NULL;
  g_auto(GStrv) reasons = NULL;
  RelaySuggestion *suggestion;
  double score;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "en", "MM", "Activist detained", "");
  model = suggest (kase, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 2);

  suggestion = peek_suggestion (model, 1);
  g_object_get (suggestion, "mandate", &mandate, "score", &score, "reasons", &reasons, NULL);
  g_assert_true (mandate == relay_suggestion_get_mandate (suggestion));
  g_assert_cmpfloat (score, ==, relay_suggestion_get_score (suggestion));
  g_assert_true (g_strv_equal ((const char * const *)reasons,
                               relay_suggestion_get_reasons (suggestion)));
}

static void
test_max_results (void)
{
  g_autoptr(RelayCase) kase = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) two = NULL;

  kase = make_case (RELAY_CASE_KIND_URGENT_APPEAL, "en", "BY",
                    "Activist detained and tortured",
                    "The activist was arrested at a protest, beaten in custody and has "
                    "disappeared since; his lawyer was disbarred.");
  all = suggest (kase, 0);
  two = suggest (kase, 2);

  g_assert_cmpuint (g_list_model_get_n_items (all), >, 2);
  g_assert_cmpuint (g_list_model_get_n_items (two), ==, 2);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpstr (get_id (all, i), ==, get_id (two, i));
  g_assert_cmpstr (get_id (two, 0), ==, "sr-belarus");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "directory", "mandates.json", NULL);
  file = g_file_new_for_path (path);
  directory = relay_directory_new ();
  relay_directory_load_file (directory, file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (directory)), >, 50);

  g_test_add_func ("/suggest/guide/defender-protest", test_guide_defender_protest);
  g_test_add_func ("/suggest/guide/polluting-company", test_guide_polluting_company);
  g_test_add_func ("/suggest/guide/abortion-law", test_guide_abortion_law);
  g_test_add_func ("/suggest/case/belarus-journalist", test_belarus_journalist);
  g_test_add_func ("/suggest/case/myanmar-rohingya", test_myanmar_rohingya);
  g_test_add_func ("/suggest/case/mexico-disappearance-es", test_mexico_disappearance);
  g_test_add_func ("/suggest/case/torture-custody-fr", test_torture_custody_fr);
  g_test_add_func ("/suggest/case/indigenous-eviction-es", test_indigenous_eviction_es);
  g_test_add_func ("/suggest/case/blogger-blasphemy-fr", test_blogger_blasphemy_fr);
  g_test_add_func ("/suggest/case/lgbt-activists-fr", test_lgbt_activists_fr);
  g_test_add_func ("/suggest/case/lawyer-disbarred-es", test_lawyer_disbarred_es);
  g_test_add_func ("/suggest/case/migrants-pushback-fr", test_migrants_pushback_fr);
  g_test_add_func ("/suggest/case/land-defender-killed-es", test_land_defender_killed_es);
  g_test_add_func ("/suggest/case/colombian-teacher-es", test_colombian_teacher_es);
  g_test_add_func ("/suggest/case/reprisal", test_reprisal);
  g_test_add_func ("/suggest/case/child-trafficking", test_child_trafficking);
  g_test_add_func ("/suggest/case/business-perpetrator-es", test_business_perpetrator);
  g_test_add_func ("/suggest/empty-case", test_empty_case);
  g_test_add_func ("/suggest/names-not-used", test_names_not_used);
  g_test_add_func ("/suggest/accents-and-case", test_accents_and_case);
  g_test_add_func ("/suggest/whole-words", test_whole_words);
  g_test_add_func ("/suggest/max-results", test_max_results);
  g_test_add_func ("/suggest/properties", test_properties);

  ret = g_test_run ();

  g_clear_object (&directory);

  return ret;
}
