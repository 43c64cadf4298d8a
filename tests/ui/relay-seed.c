/* relay-seed.c — puts a few realistic demo cases into the case store
 *
 * Copyright 2026 The Relay authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: relay-seed [en|fr|es]
 * Writes into $XDG_DATA_HOME/relay/relay.db, like the application. The
 * people and places are invented; the situations are typical of what
 * defenders send to the Special Procedures.
 */

#include "config.h"

#include <relay/relay.h>
#include <stdlib.h>

typedef struct {
  const char      *title;
  RelayCaseKind    kind;
  RelayCaseStatus  status;
  const char      *country;
  gboolean         urgent;
  const char      *why_now;
  const char      *what_happened;
  const char      *context;
  const char      *victim_name;
  int              victim_age;
  const char      *victim_gender;
  RelayConsent     consent_government;
  RelayConsent     consent_public;
  const char      *second_victim;
  const char      *perpetrator;
  const char      *perpetrator_function;
  const char      *incident_date;
  RelayDatePrecision precision;
  const char      *incident_place;
  const char      *mandate;
} DemoCase;

static const DemoCase demo_en[] = {
  { "Threats against a land rights defender in Chocó", RELAY_CASE_KIND_URGENT_APPEAL, RELAY_CASE_STATUS_DRAFT, "CO", TRUE,
    "She received a death threat on 12 November and a court hearing on her community's land claim is set for 3 December.",
    "Since the community meeting of 2 November, the leader of the Afro-Colombian community council has received three threatening messages and was followed by two men on a motorbike.",
    "The community has claimed collective title to its land since 2019. Three other leaders in the region were killed in 2025.",
    "Ana Lucía Mosquera", 41, "woman", RELAY_CONSENT_YES, RELAY_CONSENT_NO,
    "Carlos Palacios", "Unidentified armed men", "Members of an illegal armed group", "2026-11-12", RELAY_DATE_PRECISION_DAY, "Quibdó, Chocó",
    "sr-hrd" },
  { "Arbitrary detention of a journalist after a protest", RELAY_CASE_KIND_ALLEGATION, RELAY_CASE_STATUS_SENT, "BY", FALSE, NULL,
    "The journalist was arrested while covering a peaceful protest and has been held for 40 days without access to a lawyer of his choice.",
    "Independent media have been labelled extremist since 2021.",
    "Pavel Sidorenko", 33, "man", RELAY_CONSENT_YES, RELAY_CONSENT_YES,
    NULL, "Officers of the Interior Ministry", "Police officers", "2026-09", RELAY_DATE_PRECISION_MONTH, "Minsk",
    "wg-arbitrary-detention" },
  { "Draft law restricting foreign funding of NGOs", RELAY_CASE_KIND_LAW_POLICY, RELAY_CASE_STATUS_READY, "KG", TRUE,
    "Parliament votes on the draft in its second reading next week.",
    "The draft law obliges every organisation that receives foreign funds to register as a \"foreign representative\" and to submit to unannounced inspections.",
    "A similar law adopted elsewhere in the region led to the closure of dozens of organisations.",
    NULL, -1, NULL, RELAY_CONSENT_UNKNOWN, RELAY_CONSENT_UNKNOWN,
    NULL, NULL, NULL, "2026", RELAY_DATE_PRECISION_YEAR, "Bishkek",
    "sr-freedom-assembly-association" },
  { "Reprisal against a woman who cooperated with the UN", RELAY_CASE_KIND_REPRISAL, RELAY_CASE_STATUS_ACKNOWLEDGED, "EG", FALSE, NULL,
    "After she spoke at a side event during the Human Rights Council session, a travel ban was imposed on her and her bank accounts were frozen.",
    NULL,
    "N. H.", 52, "woman", RELAY_CONSENT_YES, RELAY_CONSENT_NO,
    NULL, "National Security Agency", NULL, "2026-07-15", RELAY_DATE_PRECISION_APPROXIMATE, "Cairo airport",
    "sr-hrd" },
};

static const DemoCase demo_fr[] = {
  { "Menaces contre un défenseur des droits fonciers à Kasaï", RELAY_CASE_KIND_URGENT_APPEAL, RELAY_CASE_STATUS_DRAFT, "CD", TRUE,
    "Il a reçu une menace de mort le 12 novembre et doit témoigner devant le tribunal le 3 décembre.",
    "Depuis la réunion communautaire du 2 novembre, le président de l'association paysanne a reçu trois messages de menace et a été suivi par deux hommes armés.",
    "La communauté conteste depuis 2019 l'attribution de ses terres à une société minière.",
    "Jean-Pierre Mbuyi", 46, "homme", RELAY_CONSENT_YES, RELAY_CONSENT_NO,
    "Marc Kabongo", "Hommes armés non identifiés", "Gardes d'une société privée", "2026-11-12", RELAY_DATE_PRECISION_DAY, "Tshikapa, Kasaï",
    "sr-hrd" },
  { "Détention arbitraire d'une journaliste après une manifestation", RELAY_CASE_KIND_ALLEGATION, RELAY_CASE_STATUS_SENT, "TN", FALSE, NULL,
    "La journaliste a été arrêtée alors qu'elle couvrait une manifestation pacifique ; elle est détenue depuis 40 jours sans avocat de son choix.",
    "Plusieurs journalistes ont été poursuivis en vertu du décret-loi 54 depuis 2022.",
    "Salma Ben Youssef", 31, "femme", RELAY_CONSENT_YES, RELAY_CONSENT_YES,
    NULL, "Agents de la police judiciaire", "Policiers", "2026-09", RELAY_DATE_PRECISION_MONTH, "Tunis",
    "wg-arbitrary-detention" },
  { "Projet de loi sur le financement étranger des associations", RELAY_CASE_KIND_LAW_POLICY, RELAY_CASE_STATUS_READY, "SN", TRUE,
    "L'Assemblée nationale examine le texte en séance plénière la semaine prochaine.",
    "Le projet oblige toute association recevant des fonds étrangers à s'enregistrer comme « agent de l'étranger » et à accepter des inspections inopinées.",
    NULL,
    NULL, -1, NULL, RELAY_CONSENT_UNKNOWN, RELAY_CONSENT_UNKNOWN,
    NULL, NULL, NULL, "2026", RELAY_DATE_PRECISION_YEAR, "Dakar",
    "sr-freedom-assembly-association" },
};

static const DemoCase demo_es[] = {
  { "Amenazas contra una defensora del territorio en el Cauca", RELAY_CASE_KIND_URGENT_APPEAL, RELAY_CASE_STATUS_DRAFT, "CO", TRUE,
    "Recibió una amenaza de muerte el 12 de noviembre y la audiencia sobre la restitución de tierras es el 3 de diciembre.",
    "Desde la asamblea comunitaria del 2 de noviembre, la lideresa indígena ha recibido tres mensajes amenazantes y fue seguida por dos hombres en moto.",
    "La comunidad reclama la titulación colectiva de su territorio desde 2019. Otros tres líderes de la región fueron asesinados en 2025.",
    "María José Ulcué", 38, "mujer", RELAY_CONSENT_YES, RELAY_CONSENT_NO,
    "Jhon Fredy Pito", "Hombres armados sin identificar", "Integrantes de un grupo armado ilegal", "2026-11-12", RELAY_DATE_PRECISION_DAY, "Toribío, Cauca",
    "sr-hrd" },
  { "Desaparición forzada de un estudiante tras una protesta", RELAY_CASE_KIND_URGENT_APPEAL, RELAY_CASE_STATUS_SENT, "MX", TRUE,
    "Han pasado cinco días sin noticias de su paradero.",
    "El estudiante fue detenido por policías estatales al final de una marcha pacífica; las autoridades niegan tenerlo bajo custodia.",
    NULL,
    "Luis Alberto Hernández", 22, "hombre", RELAY_CONSENT_YES, RELAY_CONSENT_YES,
    NULL, "Policía estatal", "Agentes", "2026-10", RELAY_DATE_PRECISION_MONTH, "Chilpancingo, Guerrero",
    "wg-disappearances" },
  { "Proyecto de ley que restringe la protesta social", RELAY_CASE_KIND_LAW_POLICY, RELAY_CASE_STATUS_READY, "PE", FALSE, NULL,
    "El proyecto tipifica como delito el bloqueo de vías y permite disolver reuniones sin orden judicial.",
    NULL,
    NULL, -1, NULL, RELAY_CONSENT_UNKNOWN, RELAY_CONSENT_UNKNOWN,
    NULL, NULL, NULL, "2026", RELAY_DATE_PRECISION_YEAR, "Lima",
    "sr-freedom-assembly-association" },
};

static RelayCase *
build_case (const DemoCase *demo,
            const char     *language)
{
  RelayCase *kase = relay_case_new ();

  relay_case_set_title (kase, demo->title);
  relay_case_set_kind (kase, demo->kind);
  relay_case_set_status (kase, demo->status);
  relay_case_set_country (kase, demo->country);
  relay_case_set_language (kase, language);
  relay_case_set_urgent (kase, demo->urgent);
  relay_case_set_why_now (kase, demo->why_now);
  relay_case_set_what_happened (kase, demo->what_happened);
  relay_case_set_context (kase, demo->context);
  relay_case_set_sender_organisation (kase, "Relay demo");
  relay_case_set_sender_confidential (kase, TRUE);

  if (demo->victim_name != NULL)
    {
      g_autoptr(RelayVictim) victim = g_object_new (RELAY_TYPE_VICTIM, NULL);

      relay_victim_set_name (victim, demo->victim_name);
      relay_victim_set_age (victim, demo->victim_age);
      relay_victim_set_gender (victim, demo->victim_gender);
      relay_victim_set_consent_government (victim, demo->consent_government);
      relay_victim_set_consent_public (victim, demo->consent_public);
      relay_victim_set_name_form (victim, RELAY_NAME_FORM_INITIALS);
      relay_victim_set_consent_given_by (victim, RELAY_CONSENT_GIVER_VICTIM);
      relay_victim_set_consent_method (victim, RELAY_CONSENT_METHOD_WRITTEN);
      relay_victim_set_consent_date (victim, "2026-11-14");
      g_list_store_append (relay_case_get_victims (kase), victim);
    }

  if (demo->second_victim != NULL)
    {
      g_autoptr(RelayVictim) victim = g_object_new (RELAY_TYPE_VICTIM, NULL);

      relay_victim_set_name (victim, demo->second_victim);
      relay_victim_set_consent_government (victim, RELAY_CONSENT_NO);
      g_list_store_append (relay_case_get_victims (kase), victim);
    }

  if (demo->perpetrator != NULL)
    {
      g_autoptr(RelayPerpetrator) perpetrator = g_object_new (RELAY_TYPE_PERPETRATOR, NULL);

      relay_perpetrator_set_name (perpetrator, demo->perpetrator);
      relay_perpetrator_set_function (perpetrator, demo->perpetrator_function);
      g_list_store_append (relay_case_get_perpetrators (kase), perpetrator);
    }

  if (demo->incident_date != NULL)
    {
      g_autoptr(RelayIncident) incident = g_object_new (RELAY_TYPE_INCIDENT, NULL);

      relay_incident_set_date (incident, demo->incident_date);
      relay_incident_set_precision (incident, demo->precision);
      relay_incident_set_place (incident, demo->incident_place);
      g_list_store_append (relay_case_get_incidents (kase), incident);
    }

  /* What happened after sending, so that the calendar has dates. */
  if (demo->status >= RELAY_CASE_STATUS_SENT)
    {
      g_autoptr(RelayTimelineEntry) submitted = relay_timeline_entry_new ();

      relay_timeline_entry_set_kind (submitted, RELAY_TIMELINE_KIND_SUBMITTED);
      relay_timeline_entry_set_date (submitted, "2026-11-02");
      g_list_store_append (relay_case_get_timeline (kase), submitted);

      if (demo->kind == RELAY_CASE_KIND_URGENT_APPEAL)
        {
          g_autoptr(RelayTimelineEntry) communication = relay_timeline_entry_new ();

          relay_timeline_entry_set_kind (communication, RELAY_TIMELINE_KIND_COMMUNICATION_SENT);
          relay_timeline_entry_set_date (communication, "2026-11-20");
          relay_timeline_entry_set_communication_type (communication,
                                                       RELAY_COMMUNICATION_TYPE_URGENT_APPEAL);
          relay_timeline_entry_set_reference (communication, "UA MEX 12/2026");
          g_list_store_append (relay_case_get_timeline (kase), communication);
          relay_case_set_status (kase, RELAY_CASE_STATUS_COMMUNICATION_SENT);
        }
    }

  if (demo->mandate != NULL)
    {
      g_autoptr(RelayCaseMandate) mandate = g_object_new (RELAY_TYPE_CASE_MANDATE, NULL);

      relay_case_mandate_set_mandate_id (mandate, demo->mandate);
      relay_case_mandate_set_role (mandate, RELAY_MANDATE_ROLE_LEAD);
      g_list_store_append (relay_case_get_mandates (kase), mandate);
    }

  return kase;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RelayStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *language = argc > 1 ? argv[1] : "en";
  const DemoCase *demo = demo_en;
  guint n_demo = G_N_ELEMENTS (demo_en);

  if (g_str_equal (language, "fr"))
    demo = demo_fr, n_demo = G_N_ELEMENTS (demo_fr);
  else if (g_str_equal (language, "es"))
    demo = demo_es, n_demo = G_N_ELEMENTS (demo_es);

  store = relay_store_new (NULL, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  /* Oldest first, so the list shows them newest change first. */
  for (guint i = n_demo; i > 0; i--)
    {
      g_autoptr(RelayCase) kase = build_case (&demo[i - 1], language);

      if (!relay_store_save_case (store, kase, &error))
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
    }

  g_print ("%u demo cases in %s\n", n_demo, relay_store_get_path (store));

  return EXIT_SUCCESS;
}
