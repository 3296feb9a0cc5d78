import { wordSet } from './word-sets.ts';

// The words the owner walk (care-term-owner.ts) asks about: groups and topics that make a care term
// general, roles that take it from a named person, pronouns and possessives that carry it back to one.

// Groups, events, pilots, projects named after a care term ("de werkgroep verslaving"; not "programma").
export const NAMED_AFTER_TERM = wordSet(
  'werkgroep werkgroepen themagroep themadag themamiddag netwerk kenniscentrum pilot project',
);

export const GROUP_WORDS =
  wordSet(`clienten mensen deelnemers kandidaten patienten jongeren inwoners werkzoekenden doelgroep
  werknemers medewerkers personen bewoners uitkeringsgerechtigden iedereen niemand sommigen velen anderen ouderen
  volwassenen vrouwen mannen iemand wie burgers klanten studenten groep`);
export const TOPIC_WORDS =
  wordSet(`over rond rondom omtrent training workshop voorlichting webinar scholing kennis thema module
  richtlijn protocol expertise specialist gespecialiseerd aanpak stigma taboe preventie leerbijeenkomst presentatie
  lezing factsheet fictieve fictief geanonimiseerde anonieme zoals bijvoorbeeld casusbespreking expert gebied deskundig ervaring
  ervaringen specialisatie onderzoek onderzoeken studie cijfers artikel boek campagne folder brochure film
  podcast documentaire onderwerp onderwerpen hoe cursus cursussen opleiding e-learning leergang signaleren
  herkennen about presentation meeting guideline guidelines session lecture research`); // English: batch 48
export const ROLE_WORDS =
  wordSet(`projectleider projectleiders collega collega's klantmanager klantmanagers trajectbegeleider
  trajectbegeleiders jobcoach jobcoaches werkgever werkgevers leidinggevende wethouder behandelaar behandelaars
  psychiater psycholoog arbeidsdeskundige consulent manager voorzitter huisarts begeleider casemanager
  verpleegkundige ervaringsdeskundige medewerker client cliente kandidaat deelnemer patient patiente man vrouw
  jongen meisje broer zus moeder vader partner zoon dochter buurman buurvrouw persoon inwoner werknemer stagiair
  bewindvoerder klant werkzoekende jongere`); // the last three: batch 48 ("Bij Anouk is een klant met een psychose ...")
export const FIRST_PERSON = wordSet('ik i ikzelf');
export const RELATIVE_PREPOSITIONS = wordSet('bij van met voor aan naar op over');
// "Dhr. Pels gesproken. Meneer is opgenomen.": a bare title refers back like a pronoun.
export const PRONOUNS = wordSet("hij zij ze hem he she him he's she's meneer mevrouw mevr mw dhr");
// A relative or treater of the person named, then a pronoun for them ("Pieters moeder belde: hij is ...").
export const BACK_PRONOUNS = wordSet("hij zij ze hem haar he she him her he's she's");
export const OF_THE_PERSON =
  wordSet(`vader moeder zoon dochter broer zus partner man vrouw opa oma ouders huisarts
  psychiater psycholoog behandelaar therapeut casemanager bewindvoerder`);
export const ARTICLES = wordSet('de het een');
export const SPEECH_VERBS = wordSet(
  'zegt zei zeggen vertelt vertelde aldus volgens meldt meldde schrijft schreef',
);
export const INDEFINITE = wordSet("een zo'n");
// Not "zijn/haar" ("meneer Jansen zijn jobcoach" is somebody else); "Noa, een jonge vrouw met autisme".
export const APPOSITION_FILLERS = wordSet(
  '( , - de het een onze ons mijn van bij jonge oudere nieuwe andere oude',
);
// "Familie Yilmaz: vader heeft kanker": a relative after the colon belongs to the person before it.
export const KIN_WORDS = wordSet(
  'vader moeder zoon dochter broer zus partner man vrouw opa oma kind kinderen jongen meisje jongeman',
);
export const CLAUSE_PRONOUNS = wordSet('hij zij ze');
// "Heb Truus doorverwezen naar de huisarts want die heeft ...": "die" opening a clause is the person too.
export const CLAUSE_SUBJECTS = wordSet('hij zij ze die');
// "Na haar behandeling voor de eetstoornis ...": a possessive carries the person named before.
export const CHAIN_POSSESSIVES = wordSet("haar z'n zn d'r heur");
export const CASE_LABELS = wordSet(
  'klant client cliente patient patiente familie fam kandidaat kandidate werkzoekende',
);

// Held-out 37: "ze zit in mn IPS groep, heeft net een burn-out gehad": a person's place in a group (after
// "in", a possessive or article and perhaps a capitalised name between) makes no group talk of the care term.
const GROUP_PLACE_FILLERS = wordSet("de het een mijn mn m'n onze ons haar zijn z'n d'r hun");
const GROUP_PLACE_REACH = 3;

/** The word "groep" at j is where someone is ("in mn IPS groep"), not a group the care term is said of. */
export function isPlaceInGroup(
  tokens: readonly { key: string; capitalised?: boolean }[],
  j: number,
): boolean {
  if (tokens[j]!.key !== 'groep') return false;
  for (let i = j - 1; i >= 0 && i >= j - GROUP_PLACE_REACH; i--) {
    const token = tokens[i]!;
    if (token.key === 'in') return i < j - 1;
    if (!GROUP_PLACE_FILLERS.has(token.key) && token.capitalised !== true) return false;
  }
  return false;
}
