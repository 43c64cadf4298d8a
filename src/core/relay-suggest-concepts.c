/* relay-suggest-concepts.c — what case texts say, in three languages,
 * and which mandates that points to
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "relay-suggest-private.h"

/* Translators: the reasons below are shown under a suggested mandate's name;
 * keep them short and plain.
 */
const Concept _relay_suggest_concepts[] = {
  /* Liberty and integrity */
  { N_("mentions detention"),
    "detain*|detention*|arrest*|prison*|jail*|imprison*|~custody|~remand|held without charge|"
    "deprived of liberty|deprivation of liberty|political prisoner*|behind bars",
    "détenu*|détention*|arrestation*|~interpellé*|emprisonn*|incarcér*|prison*|~garde à vue|"
    "écroué*|privé* de liberté|privation de liberté|prisonnier* politique*|été arrêté*|"
    "arrêté* par la police|arrêté* à son domicile|arrêté* chez",
    "detenid*|detención*|=detuvo|=detuvieron|=detienen|arrestad*|arresto*|encarcel*|prisión*|"
    "carcel*|cárcel*|privad* de libertad|privación de libertad|~aprehendid*|~aprehensión|"
    "preso*|presa política|presas políticas",
    { { "wg-arbitrary-detention", 3.0 } } },

  { N_("mentions incommunicado detention"),
    "incommunicado|secret detention|unacknowledged detention|held in secret",
    "au secret|détention secrète|détenu* au secret|isolement total",
    "incomunicad*|detención secreta|centro* clandestino*",
    { { "wg-arbitrary-detention", 1.0 }, { "wg-disappearances", 1.5 }, { "sr-torture", 1.0 } } },

  { N_("mentions a disappearance"),
    "disappear*|whereabouts|abduct*|kidnap*|taken away by|missing person*|went missing|"
    "has been missing|have been missing|fate unknown",
    "disparu*|disparition*|enlev*|kidnapp*|sort et le lieu|sort inconnu|sans nouvelles|"
    "on ignore où|lieu de détention inconnu",
    "desaparec*|desaparici*|paradero|secuestr*|privación ilegal de la libertad|se desconoce su|"
    "sin noticias",
    { { "wg-disappearances", 3.0 } } },

  { N_("mentions torture or ill-treatment"),
    "tortur*|ill-treat*|ill treat*|mistreat*|maltreat*|=beaten|=beating|=beatings|"
    "electric shock*|waterboard*|cruel|inhuman|degrading|solitary confinement|"
    "forced confession*|confession under duress|stress position*|sleep deprivation|suffocat*|"
    "flogg*|lashes|=lashed",
    "tortur*|mauvais traitement*|maltrait*|passé* à tabac|roué* de coups|sévices|"
    "traitement* cruel*|traitement* inhumain*|traitement* dégradant*|isolement cellulaire|"
    "aveu* forcé*|aveu* extorqué*|décharge* électrique*|~=frappé|~=frappés|~=frappée|"
    "~=frappées|coups de matraque|matraqu*|tabass*|suspendu* par les poignets|"
    "privé* de sommeil|privation de sommeil|asphyxi*|signé* des aveux",
    "tortur*|malos tratos|maltrat*|golpead*|golpiza*|trato* cruel*|trato* inhumano*|"
    "trato* degradante*|aislamiento|confesión forzada|confesiones forzadas|bajo coacción|"
    "descarga* eléctrica*|paliza*|picana*|asfixi*|privación del sueño|=azotes|latigazo*",
    { { "sr-torture", 3.0 } } },

  { N_("mentions a killing"),
    "kill*|murder*|assassinat*|extrajudicial*|extra-judicial*|=executed|=execution|=executions|"
    "=execute|shot dead|death in custody|died in custody|death penalty|death sentence|"
    "sentenced to death|excessive force|lethal force|massacre*|death squad*|=slain|"
    "died in prison|died in detention|death in prison|opened fire|live ammunition|~shot|"
    "~shooting|~gunfire|~=died|~found dead|~body was found",
    "=tué|=tués|=tuée|=tuées|assassin*|meurtre*|exécution*|=exécuté|=exécutés|=exécutée|"
    "abattu*|mort en détention|décès en détention|morts en détention|peine de mort|"
    "condamné* à mort|usage excessif de la force|massacre*|homicide*|extrajudiciaire*|"
    "balles réelles|ont ouvert le feu|mort* en prison|décédé* en prison|~par balle*|~tiré sur|"
    "~=mort|~=morte|~=morts|~=décédé|~=décédée|~retrouvé* mort*",
    "asesin*|=mataron|=mató|homicidio*|ejecución*|ejecutad*|ejecuciones|muerte bajo custodia|"
    "murió bajo custodia|pena de muerte|condenad* a muerte|uso excesivo de la fuerza|masacre*|"
    "extrajudicial*|escuadr* de la muerte|falsos positivos|munición real|abrieron fuego|"
    "murió en la cárcel|murió en prisión|muerte en prisión|muerte en la cárcel|~disparó|"
    "~dispararon|~disparos|~a tiros|~balead*|~=murió|~hallad* muert*|~encontrad* muert*",
    { { "sr-executions", 3.0 } } },

  { N_("mentions death threats"),
    "!death threat*|!threatened with death|!threatened to kill|!threats to kill|"
    "!threatening to kill|!military target",
    "!menace* de mort|!menacé* de mort|!cible militaire|!appel* au meurtre|!appel* à les tuer|"
    "!appel* à le tuer|!appel* à la tuer|!appel* à tuer",
    "!amenaza* de muerte|!amenazad* de muerte|!amenazaron con matar*|!objetivo militar",
    { { "sr-hrd", 2.0 }, { "sr-executions", 2.0 } } },

  { N_("mentions threats or harassment"),
    "threat*|harass*|intimidat*|smear*|stigmati*|surveil*|raid*",
    "menace*|harcèle*|harcel*|intimid*|stigmatis*|=filé|=filée|perquisition*|~surveillé*|"
    "~surveillance",
    "amenaz*|hostig*|acos*|intimid*|estigmatiz*|allanamiento*|seguimiento*|~=allanó|"
    "~=allanaron|~vigilancia|~=vigilado|~=vigilada",
    { { "sr-hrd", 1.5 } } },

  /* Defenders */
  { N_("the victim is a human rights defender"),
    "human rights defender*|rights defender*|defender*|activist*|community leader*|"
    "social leader*|indigenous leader*|whistleblower*|human rights organi*|human rights work*|"
    "campaigner*",
    "défenseu*|défenseur*|militant* des droits|militante*|^militant*|activiste*|"
    "leader* communautaire*|leader* social*|leader* autochtone*|dirigeant* communautaire*|"
    "lanceu* d'alerte|organisation* de défense des droits|association* de défense",
    "defensor*|activista*|líder* social*|lideres* social*|lideresa*|líder* comunitari*|"
    "líder* indígena*|dirigente* social*|dirigente* comunitari*|"
    "organización* de derechos humanos|organización* defensora*",
    { { "sr-hrd", 3.0 } } },

  { N_("mentions a land or environmental defender"),
    "land defender*|environmental defender*|environmental activist*|environmentalist*|"
    "land rights activist*|water defender*|forest defender*",
    "défenseu* de l'environnement|défenseur* de l'environnement|défenseu* de la terre|"
    "défenseur* de la terre|défenseur* des terres|écologiste*|militant* écologiste*",
    "defensor* ambiental*|defensor* del ambiente|defensor* de la tierra|"
    "defensor* del territorio|defensor* de territorio|ambientalista*|defensor* del agua",
    { { "sr-hrd", 2.0 }, { "sr-environment", 2.0 } } },

  { N_("mentions reprisals"),
    "reprisal*|retaliat*",
    "représailles",
    "represalia*",
    { { "sr-hrd", 3.0 } },
    CONCEPT_REPRISAL },

  { NULL,
    "united nations|special rapporteur*|human rights council|universal periodic review|=upr|"
    "=ohchr|treaty body|treaty bodies|geneva",
    "nations unies|=onu|rapporteu* spécia*|conseil des droits de l'homme|"
    "examen périodique universel|=epu|=hcdh|genève",
    "naciones unidas|relator* especial*|consejo de derechos humanos|examen periódico universal|"
    "=acnudh|ginebra",
    { { NULL } },
    CONCEPT_UN },

  /* Phrases that only look like one of the concepts: they own their words so
   * that "National Assembly" is not a protest and "judicial police" not a court.
   */
  { NULL,
    "!national assembly|!general assembly|!european union|!african union|!judicial police|"
    "!security council|!clase media|!in good faith|!bad faith|!media hora|!hunger strike*",
    "!assemblée nationale|!assemblée générale|!union européenne|!union africaine|"
    "!police judiciaire|!conseil de sécurité|!bonne foi|!mauvaise foi|!grève* de la faim",
    "!asamblea nacional|!asamblea general|!unión europea|!unión africana|!policía judicial|"
    "!consejo de seguridad|!buena fe|!mala fe|!se trata de|!huelga* de hambre",
    { { NULL } } },

  /* Civic freedoms */
  { N_("mentions a protest"),
    "=protest|=protests|=protested|=protesting|protester*|protestor*|demonstration*|"
    "demonstrator*|rally|rallies|sit-in|peaceful assembly|freedom of assembly|"
    "right to assemble|general strike",
    "manifestation*|manifestant*|protestation*|=protester|=protesté|=protestaient|"
    "rassemblement*|réunion* pacifique*|sit-in|grève générale|en grève",
    "=protesta|=protestas|=protestar|=protestaron|=protestaban|=protestando|manifestaci*|"
    "manifestante*|reunión pacífica|movilizaci*|plantón|plantones|paro nacional|huelga general|"
    "en huelga",
    { { "sr-freedom-assembly-association", 3.0 } } },

  { N_("mentions an association or a union"),
    "association*|trade union*|union leader*|labour union*|labor union*|unionist*|=ngo|=ngos|"
    "foreign agent*|civil society organi*|freedom of association|non-governmental organi*",
    "association*|syndicat*|syndicalist*|=ong|organisation* non gouvernementale*|"
    "agent* de l'étranger|agent* étranger*|liberté d'association|dissolution de l'association",
    "asociación*|asociaciones|sindicato*|sindicalista*|sindical*|=ong|=ongs|"
    "organizaci* no gubernamental*|agente* extranjero*|organizaci* de la sociedad civil|"
    "libertad de asociación",
    { { "sr-freedom-assembly-association", 3.0 } } },

  { N_("mentions journalism or the media"),
    "journalis*|reporter*|news outlet*|news website*|media outlet*|newspaper*|blogger*|=blog|"
    "=blogs|the media|independent media|press freedom|freedom of the press|broadcaster*|"
    "radio station*|editor-in-chief|photojournalist*",
    "journalis*|reporter*|blogueu*|blogueur*|les médias|médias indépendants|"
    "liberté de la presse|organe* de presse|rédacteur* en chef|station* de radio",
    "periodist*|reporter*|bloguer*|medios de comunicación|medio de comunicación|"
    "medios independientes|libertad de prensa|comunicador* social*|emisora*|radio comunitaria",
    { { "sr-freedom-expression", 3.0 } } },

  { N_("mentions freedom of expression or censorship"),
    "censor*|freedom of expression|free speech|freedom of speech|defamation|libel|"
    "disinformation|fake news|false news|internet shutdown*|blocked website*|criticis*|"
    "criticiz*|insulting the|spreading false|~facebook|~twitter|~tiktok|~youtube|~instagram|"
    "~telegram|posted on",
    "censur*|liberté d'expression|diffamation*|désinformation|fausses nouvelles|=critiquant|"
    "coupure* d'internet|=critiqué|=critiquée|=critiqués|=critiquait|critique* du gouvernement|"
    "outrage à|outrage au|offense au chef|offense au président|insulte* au président|"
    "~publication* sur",
    "censur*|libertad de expresión|difamación*|calumnia*|injuria*|desinformación|"
    "noticias falsas|apagón de internet|criticad*|=criticó|=criticar|crítica* al gobierno|"
    "crítico* del gobierno|ultraje*|~publicaci* en",
    { { "sr-freedom-expression", 3.0 } } },

  { N_("mentions terrorism charges or security laws"),
    "terroris*|extremis*|national security|state security|security law*|state of emergency|"
    "emergency law*|anti-terror*|counter-terror*",
    "terroris*|extrémis*|sécurité nationale|sûreté de l'état|atteinte à la sûreté|"
    "état d'urgence|antiterroris*",
    "terroris*|extremis*|seguridad nacional|seguridad del estado|estado de excepción|"
    "estado de emergencia|antiterroris*",
    { { "sr-counter-terrorism", 3.0 } } },

  { N_("mentions surveillance or privacy"),
    "surveil*|spyware|pegasus|phone tapping|wiretap*|hacked|hacking|privacy|personal data|"
    "data protection|facial recognition",
    "surveillé*|surveillance|logiciel* espion*|écoute* téléphonique*|vie privée|"
    "données personnelles|reconnaissance faciale|piratage|piraté*",
    "vigilancia|vigilad*|software espía|programa* espía|espionaje|espiad*|interceptaci*|"
    "privacidad|datos personales|reconocimiento facial|hackead*",
    { { "sr-privacy", 3.0 } } },

  /* Justice */
  { N_("mentions a lawyer"),
    "lawyer*|attorney*|barrister*|!bar association*|disbar*|legal counsel|defence counsel|"
    "defense counsel|!public defender*|~jurist*",
    "avocat*|barreau*|=radié|=radiée|conseil juridique|~juriste*",
    "abogad*|!colegio* de abogad*|inhabilitad*|!defensor* público*|!defensor* pública*",
    { { "sr-independence-judges-lawyers", 3.0 }, { "sr-hrd", 1.5 } } },

  { N_("mentions judges or the courts"),
    "judge*|judicia*|magistrat*|prosecutor*|independence of the judiciary|tribunal*|"
    "supreme court|constitutional court|military court*",
    "=juge|=juges|magistrat*|procureu*|indépendance de la justice|judiciaire*|tribunal*|"
    "cour suprême|cour constitutionnelle",
    "=juez|=jueces|=jueza|=juezas|judicial*|magistrad*|=fiscal|=fiscales|fiscalía*|"
    "independencia judicial|tribunal*|corte suprema|corte constitucional",
    { { "sr-independence-judges-lawyers", 2.0 } } },

  { N_("mentions the right to a fair trial"),
    "fair trial|unfair trial|due process|show trial|without trial|without charge|"
    "access to a lawyer|denied access to his lawyer|denied access to her lawyer",
    "procès équitable|procès inéquitable|droits de la défense|sans procès|sans inculpation|"
    "accès à un avocat|sans avocat",
    "debido proceso|juicio justo|sin juicio|sin cargos|acceso a un abogado|sin abogado",
    { { "sr-independence-judges-lawyers", 2.0 }, { "wg-arbitrary-detention", 1.5 } } },

  { N_("mentions impunity or reparation"),
    "impunity|transitional justice|truth commission|reparation*|accountability|amnesty law*",
    "impunité|justice transitionnelle|commission vérité|commission de vérité|réparation*|"
    "loi* d'amnistie",
    "impunidad|justicia transicional|comisión de la verdad|reparación*|reparaciones|"
    "ley* de amnistía|memoria histórica",
    { { "sr-truth", 1.5 } } },

  /* Business, land and environment */
  { N_("a business is involved"),
    "=company|=companies|corporat*|business*|=mining|mining company|multinational*|factory|"
    "factories|plantation*|private security|supply chain*|employer*|contractor*|smelter*|"
    "oil company|palm oil|extractive*|hydroelectric*|agribusiness*",
    "entreprise*|compagnie*|multinational*|usine*|minière*|exploitation minière|plantation*|"
    "sécurité privée|employeu*|employeur*|sous-traitant*|fonderie*|pétroli*|extractiv*|"
    "agro-industri*|société minière|société pétrolière|groupe industriel",
    "empresa*|compañía*|corporaci*|multinacional*|fábrica*|=minera|=mineras|minería|plantaci*|"
    "palma aceitera|seguridad privada|empleador*|contratista*|fundición*|petroler*|extractiv*|"
    "hidroeléctric*|agroindustri*",
    { { "wg-business", 3.0 } } },

  { N_("mentions pollution or toxic substances"),
    "pollut*|toxic*|contaminat*|hazardous|=waste|=wastes|pesticide*|chemical*|lead poisoning|"
    "lead smelt*|=poisoned|=poisoning|mercury|asbestos|tailings|oil spill*|=spill|=spills|"
    "emissions|heavy metals",
    "pollu*|toxique*|contamin*|déchet*|pesticide*|chimique*|produits chimiques|empoisonn*|"
    "intoxication*|mercure|amiante|saturnisme|intoxication au plomb|métaux lourds|marée noire|"
    "déversement*",
    "contamina*|tóxic*|residuo*|desecho*|plaguicida*|pesticida*|químic*|envenen*|intoxica*|"
    "mercurio|amianto|plomo|metales pesados|derrame*|relave*",
    { { "sr-toxics", 3.0 }, { "sr-environment", 2.0 } } },

  { N_("mentions the environment"),
    "environment*|deforest*|=forest|=forests|biodiversity|ecosystem*|river*|logging|"
    "protected area*",
    "environnement*|déforest*|=forêt|=forêts|biodiversité|écosystème*|rivière*|fleuve*|"
    "aire* protégée*",
    "ambiental*|medio ambiente|medioambient*|deforest*|bosque*|biodiversidad|ecosistema*|"
    "área* protegida*|tala ilegal",
    { { "sr-environment", 3.0 } } },

  { N_("mentions climate change"),
    "climate change|climate crisis|global warming|sea level*|climate activis*",
    "changement* climatique*|crise climatique|réchauffement climatique",
    "cambio climático|crisis climática|calentamiento global",
    { { "sr-climate-change", 3.0 }, { "sr-environment", 1.0 } } },

  { N_("mentions land rights"),
    "=land|=lands|land rights|land grab*|land dispute*|landless|ancestral land*",
    "=terre|=terres|foncier*|foncière*|accaparement* de terres|terres ancestrales",
    "=tierra|=tierras|despojo*|restitución de tierras|reforma agraria|acaparamiento de tierras",
    { { "wg-peasants", 1.0 }, { "sr-housing", 1.0 }, { "sr-indigenous-peoples", 1.0 },
      { "sr-environment", 0.5 } } },

  { N_("concerns peasants or rural workers"),
    "peasant*|farmer*|smallholder*|campesino*|fisher*|pastoralist*|rural worker*",
    "paysan*|agriculteu*|agriculteur*|pêcheu*|pêcheur*|éleveu*|travailleu* rura*",
    "campesin*|agricultor*|pescador*|trabajador* rural*|jornaler*",
    { { "wg-peasants", 3.0 }, { "sr-food", 0.5 } } },

  { N_("mentions an eviction or housing"),
    "evict*|housing|homeless*|demolish*|demolition*|bulldoz*|slum*|informal settlement*|tenant*",
    "expulsion* forcée*|expulsion* locative*|expulsé* de force|expulsé* de leur*|"
    "expulsion* d'un campement|expulsion* d'un bidonville|expulsion* d'un squat|"
    "évacuation* d'un campement|évacuer un campement|~campement*|relogement*|"
    "expulsé* de son logement|expulsé* de sa maison|logement*|sans-abri|sans abri|démoli*|"
    "démolition*|bidonville*|déguerpi*|locataire*",
    "desalojo*|desaloj*|vivienda*|sin hogar|demoli*|asentamiento* informal*|inquilino*",
    { { "sr-housing", 3.0 } } },

  { N_("mentions displaced people"),
    "internally displaced|displac*|=idp|=idps|forced to flee|fled their homes",
    "personne* déplacée*|déplacé* interne*|déplacement* forcé*|=déplacés|=déplacées",
    "desplazad*|desplazamiento*",
    { { "sr-idps", 3.0 }, { "sr-housing", 0.5 } } },

  { N_("concerns an indigenous people"),
    "indigenous|first nation*|aborigin*|tribal|=tribe|=tribes|adivasi*|"
    "free, prior and informed consent|free prior and informed consent|ancestral territor*",
    "autochtone*|indigène*|=tribu|=tribus|peuple* premier*|consentement préalable|"
    "territoire* ancestra*",
    "indígena*|pueblo* originario*|comunidad* nativa*|aborigen*|consulta previa|"
    "consentimiento previo|territorio* ancestra*|resguardo* indígena*|mapuche*|wayuu",
    { { "sr-indigenous-peoples", 3.0 } } },

  { N_("mentions food or hunger"),
    "=food|hunger|famine|starvation|malnutrition|right to food",
    "alimentation|nourriture|=faim|famine|malnutrition|droit à l'alimentation",
    "alimentación|alimento*|=hambre|hambruna|desnutrición|derecho a la alimentación",
    { { "sr-food", 3.0 } } },

  { N_("mentions drinking water or sanitation"),
    "drinking water|water supply|access to water|clean water|sanitation|toilets|sewage",
    "eau potable|accès à l'eau|assainissement|latrines|égouts",
    "agua potable|acceso al agua|saneamiento|alcantarillado|letrinas",
    { { "sr-water-sanitation", 3.0 } } },

  { N_("mentions poverty or social protection"),
    "poverty|social protection|social security|social benefits|welfare",
    "pauvreté|protection sociale|aide sociale|prestations sociales|sécurité sociale",
    "pobreza|protección social|ayuda social|seguridad social|subsidio*",
    { { "sr-poverty", 3.0 } } },

  /* Health, women, gender */
  { N_("mentions abortion or reproductive rights"),
    "abort*|reproducti*|contracept*|pregnan*|maternal|family planning|miscarriage*",
    "avort*|interruption volontaire de grossesse|=ivg|reproducti*|contracept*|grossesse*|"
    "maternel*|planning familial|fausse* couche*",
    "abort*|interrupción del embarazo|interrupción voluntaria|reproducti*|anticoncep*|embaraz*|"
    "materna*|planificación familiar",
    { { "wg-women-girls", 3.0 }, { "sr-health", 3.0 } } },

  { N_("mentions health care"),
    "=health|health care|healthcare|~hospital*|medical|medicine*|medication|mental health|"
    "denied treatment|~=doctor|~=doctors|=clinic|=clinics",
    "=santé|soins|~hôpita*|médica*|médicament*|~médecin*|santé mentale|clinique*",
    "=salud|~hospital*|atención médica|~médic*|medicamento*|salud mental|clínica*",
    { { "sr-health", 2.0 } } },

  { N_("concerns women or girls"),
    "=women|=woman|=girl|=girls|gender discrimination|gender equality|"
    "discrimination against women|women's rights|feminist*",
    "=femme|=femmes|=fille|=filles|droits des femmes|égalité femmes-hommes|"
    "égalité entre les femmes et les hommes|discrimination à l'égard des femmes|féministe*",
    "=mujer|=mujeres|=niña|=niñas|derechos de las mujeres|igualdad de género|"
    "discriminación contra la mujer|feminista*",
    { { "wg-women-girls", 1.5 }, { "sr-vawg", 0.5 } } },

  { N_("mentions gender-based violence"),
    "rape*|rapist*|sexual violence|sexual assault*|sexually assaulted|gender-based violence|"
    "domestic violence|femicide*|feminicide*|violence against women|sexual harassment|"
    "forced marriage*|genital mutilation|=fgm|honour killing*|honor killing*",
    "=viol|=viols|=violée|=violées|violence* sexuelle*|violence* sexiste*|violence* conjugale*|"
    "violence* domestique*|violence* faite* aux femmes|violence* fondée* sur le genre|"
    "féminicide*|agression* sexuelle*|mutilation* génitale*|harcèlement sexuel|mariage* forcé*",
    "violada*|violador*|=violaron|violación sexual|violencia sexual|violencia de género|"
    "violencia doméstica|violencia intrafamiliar|feminicidio*|femicidio*|agresión sexual|"
    "agresiones sexuales|abuso* sexual*|acoso sexual|mutilación genital|matrimonio* forzado*",
    { { "sr-vawg", 3.0 }, { "wg-women-girls", 1.0 } },
    CONCEPT_CHILD_RISK },

  { N_("mentions sexual orientation or gender identity"),
    "lgbt*|=gay|=gays|lesbian*|bisexu*|transgen*|=trans|intersex*|queer*|homosexu*|homophob*|"
    "transphob*|sexual orientation|gender identity|same-sex|conversion therap*|"
    "conversion practice*|pride march*|pride parade*",
    "lgbt*|lesbienne*|bisexu*|transgen*|intersex*|homosexu*|homophob*|transphob*|"
    "orientation sexuelle|identité de genre|même sexe|thérapie* de conversion|"
    "marche* des fiertés",
    "lgbt*|lesbiana*|bisexu*|transgén*|intersex*|homosexu*|homofob*|transfob*|"
    "orientación sexual|identidad de género|mismo sexo|terapia* de conversión|"
    "marcha* del orgullo",
    { { "ie-sogi", 3.0 } } },

  /* Religion, minorities, racism */
  { N_("mentions religion or belief"),
    "religio*|blasphem*|apostas*|apostate*|church*|mosque*|=temple|=temples|synagog*|~=pastor|"
    "~=pastors|~priest*|~=imam|~=imams|~=nun|~=nuns|~=monk|~=monks|christian*|muslim*|=jew|"
    "=jews|jewish|hindu*|buddhis*|ahmadi*|=baha|bahai*|atheis*|worship*|believer*|"
    "conscientious objector*",
    "religi*|blasphèm*|apostas*|apostat*|église*|mosquée*|synagogue*|~=pasteur|~=pasteurs|"
    "~prêtre*|~=imam|~=imams|~religieuse*|chrétien*|musulman*|juif*|juive*|hindou*|bouddhis*|"
    "=athée|=athées|lieu* de culte|croyant*|objecteu* de conscience|objecteur* de conscience",
    "religi*|blasfem*|apostas*|iglesia*|mezquita*|templo*|sinagoga*|~=pastores|~sacerdote*|"
    "~=monja|~=monjas|cristian*|musulm*|judío*|judía*|hindú*|budis*|=ateo|=atea|=ateos|"
    "lugar* de culto|creyente*|objetor* de conciencia",
    { { "sr-religion-belief", 3.0 } } },

  { N_("concerns a minority"),
    "minorit*|ethnic group*|linguistic minorit*|stateless*|rohingya*|uyghur*|uighur*|dalit*|"
    "=caste|=castes|=roma",
    "minorit*|groupe* ethnique*|apatride*|rohingya*|ouïghour*|=rom|=roms",
    "minoría*|grupo* étnico*|apátrida*|rohingya*|uigur*|gitano*",
    { { "sr-minority-issues", 3.0 } } },

  { N_("mentions racism or racial discrimination"),
    "racis*|racial*|xenophob*|hate speech|ethnic profiling|hate crime*|color of his skin|"
    "color of her skin|colour of his skin|colour of her skin|skin colour|skin color",
    "racis*|racial*|xénophob*|discours de haine|délit de faciès|contrôle* au faciès|"
    "profilage ethnique|crime* de haine|couleur de peau|couleur de sa peau",
    "racis*|racial*|xenofob*|discurso* de odio|perfilamiento racial|perfil racial|"
    "crímenes de odio|crimen de odio|color de piel|color de su piel",
    { { "sr-racism", 3.0 } } },

  { N_("concerns people of African descent"),
    "african descent|afro-descendant*|afrodescendant*|afro-colombian*|afro-brazilian*|"
    "quilombola*|black people|black men|black women|black youth*|black communit*",
    "ascendance africaine|afrodescendant*|afro-descendant*|~=noirs|personnes noires|"
    "jeunes noires|femmes noires",
    "afrodescendiente*|afrocolombian*|afro-colombian*|afrobrasile*|ascendencia africana|"
    "personas negras|población negra|~=negros|jóvenes negras|mujeres negras",
    { { "wg-african-descent", 3.0 }, { "sr-racism", 1.0 } } },

  /* People who need particular protection */
  { N_("concerns migrants or refugees"),
    "migra*|immigra*|emigra*|refugee*|asylum*|deport*|pushback*|push back*|pushed back|refoul*|"
    "border*|undocumented|smuggl*|shipwreck*|rescue at sea|boat people",
    "migra*|immigr*|émigr*|réfugié*|demandeu* d'asile|=asile|expulsé* vers|expulsion* vers|"
    "renvoyé* vers|refoul*|frontière*|sans-papiers|sans papiers|passeu*|naufrag*|"
    "sauvetage en mer",
    "migra*|inmigra*|emigra*|refugiad*|=asilo|solicitante* de asilo|deport*|"
    "devoluci* en caliente|devuelto* en caliente|expulsad*|frontera*|indocumentad*|naufrag*|"
    "rescate en el mar|rescate marítimo",
    { { "sr-migrants", 3.0 } } },

  { N_("mentions trafficking, slavery or forced labour"),
    "traffick*|slave*|slavery|forced labour|forced labor|debt bondage|servitude|"
    "domestic servitude|bonded labour|bonded labor|brothel*|forced prostitution|sold to|"
    "sold into",
    "traite des êtres humains|traite des personnes|traite d'êtres humains|esclav*|"
    "travail forcé|servitude*|maison* close*|prostitution forcée|=vendue|=vendues|vendu* à",
    "trata de personas|trata de seres humanos|esclav*|trabajo forzoso|trabajos forzados|"
    "servidumbre*|prostíbulo*|burdel*|prostitución forzada|=vendida|=vendidas|vendid* a",
    { { "sr-slavery-trafficking", 3.0 }, { "sr-sale-of-children", 0.5 } },
    CONCEPT_CHILD_RISK },

  { N_("mentions the sale or sexual exploitation of children"),
    "sale of children|child sexual|child abuse|child pornograph*|child marriage*|"
    "early marriage*|child prostitution|sexual exploitation|grooming|child trafficking|"
    "child labour|child labor|sexual abuse of children|abuse of minors",
    "vente d'enfants|exploitation sexuelle|mariage* d'enfants|mariage* précoce*|"
    "pédopornograph*|abus sexuel* sur* enfant*|pédocriminal*|travail des enfants|"
    "maltraitance* d'enfants",
    "venta de niños|explotación sexual|matrimonio* infantil*|matrimonio* precoz|"
    "pornografía infantil|abuso sexual infantil|abuso* sexual* de menores|trabajo infantil",
    { { "sr-sale-of-children", 3.0 } },
    CONCEPT_CHILD_RISK },

  { NULL,
    "child|children|=minor|=minors|teenager*|juvenile*|=boy|=boys|adolescent*",
    "enfant*|adolescent*|=mineure|=mineures|=garçon|=garçons",
    "=niño|=niños|=niña|=niñas|menor* de edad|adolescente*|=menores",
    { { NULL } },
    CONCEPT_CHILD },

  { N_("concerns persons with disabilities"),
    "disab*|wheelchair*|=deaf|=blind|psychosocial|autis*|intellectual disabilit*",
    "handicap*|=sourd|=sourds|=sourde|=aveugle|=aveugles|fauteuil roulant|psychosocia*",
    "discapacidad*|discapacitad*|=sordo|=sorda|=sordos|=ciego|=ciega|=ciegos|silla de ruedas|"
    "psicosocial*",
    { { "sr-disability", 3.0 } } },

  { N_("concerns persons with albinism"),
    "albin*",
    "albin*",
    "albin*",
    { { "ie-albinism", 3.0 } } },

  { N_("concerns older persons"),
    "older person*|older people|elderly|pensioner*|nursing home*|ageism",
    "personne* âgée*|aîné*|maison* de retraite|=ehpad|âgisme",
    "persona* mayor*|adulto* mayor*|anciano*|anciana*|tercera edad|residencia* de ancianos",
    { { "ie-older-persons", 3.0 } } },

  { N_("mentions education"),
    "school*|education*|universit*|academic freedom|classroom*",
    "école*|éducation*|universit*|scolari*|lycée*|liberté académique",
    "escuela*|educaci*|universi*|libertad académica|colegio",
    { { "sr-education", 3.0 } } },

  /* A student or a teacher is often who the victim is, not what the case is
   * about: it counts for less.
   */
  { N_("mentions students or teachers"),
    "student*|teacher*|pupil*|lecturer*|professor*",
    "étudiant*|enseignant*|professeu*|=élève|=élèves|instituteu*",
    "estudiant*|alumn*|docente*|maestro*|maestra*|profesor*|educador*",
    { { "sr-education", 1.5 } } },

  { N_("mentions artists or cultural rights"),
    "artist*|artistic|musician*|rapper*|singer*|cultural heritage|cultural rights|filmmaker*|"
    "film-maker*|poet*|painter*|cartoonist*",
    "artiste*|musicien*|rappeu*|chanteu*|patrimoine culturel|droits culturels|cinéaste*|poète*|"
    "caricaturiste*",
    "artista*|músic*|raper*|rapero*|cantante*|patrimonio cultural|derechos culturales|"
    "cineasta*|poeta*|caricaturista*",
    { { "sr-cultural-rights", 3.0 } } },

  { N_("mentions mercenaries or private military companies"),
    "mercenar*|private military|wagner",
    "mercenaire*|société* militaire* privée*",
    "mercenari*|empresa* militar* privada*",
    { { "wg-mercenaries", 3.0 } } },

  { N_("mentions sanctions or coercive measures"),
    "unilateral coercive measure*|coercive measure*|economic sanctions|unilateral sanctions|"
    "embargo*",
    "mesure* coercitive* unilatérale*|mesure* coercitive*|sanctions économiques|"
    "sanctions unilatérales|embargo*|blocus",
    "medida* coercitiva* unilateral*|medida* coercitiva*|sanciones económicas|"
    "sanciones unilaterales|embargo*|bloqueo económico",
    { { "sr-ucm", 3.0 } } },

  { N_("mentions foreign debt or austerity"),
    "foreign debt|external debt|sovereign debt|austerity|structural adjustment",
    "dette extérieure|dette souveraine|austérité|ajustement structurel",
    "deuda externa|deuda soberana|austeridad|ajuste estructural",
    { { "ie-foreign-debt", 3.0 } } },

  { N_("concerns leprosy"),
    "lepros*|leper*|hansen's disease",
    "=lèpre|lépreu*",
    "=lepra|leproso*|enfermedad de hansen",
    { { "sr-leprosy", 3.0 } } },
};

const guint _relay_suggest_n_concepts = G_N_ELEMENTS (_relay_suggest_concepts);

const Combination _relay_suggest_combinations[] = {
  { N_("mentions gender-based violence"), N_("mentions detention"),
    "sr-torture", 2.5, N_("mentions sexual violence in custody") },
  { N_("mentions gender-based violence"), N_("mentions incommunicado detention"),
    "sr-torture", 2.5, N_("mentions sexual violence in custody") },
  { N_("mentions a killing"), N_("mentions a protest"),
    "sr-freedom-assembly-association", 1.0, N_("mentions a killing at a protest") },
};

const guint _relay_suggest_n_combinations = G_N_ELEMENTS (_relay_suggest_combinations);
