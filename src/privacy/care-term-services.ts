import { isInstitutionNamed } from './care-term-institution-named.ts';
import { isTitleBeforeWork, isTitledWork } from './care-term-quoted-title.ts';
import { isServiceStaff } from './care-term-service-staff.ts';
import { isTopicOfRecommendedWork } from './care-term-work-topic.ts';
import { ARTICLES } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A care term that names a service, a job or an event rather than anyone's health, said of a
 * professional (issue 14, batch 38-names): "Lotte werkt op de afdeling eetstoornissen", "Rosa is
 * teamleider beschermd wonen bij Kwintes", "een uitnodiging voor de themamiddag 'Verslaving en werk'".
 */

// "werkt op de afdeling eetstoornissen", "stage bij het team verslaving": a ward or team named after it.
const UNITS = wordSet('afdeling afdelingen unit poli team');
const OF_SERVICE = wordSet(
  'overleg vergadering bijeenkomst directie bestuur staf medewerkers website nieuwsbrief',
);
// det-family: "neemt vanaf januari de poli psychose over": a unit taken over is work too.
const WORK_WORDS = wordSet("werkt werkte werken werkzaam stage collega collega's leidinggevende neemt");
const WORK_WINDOW = 4;
// "teamleider beschermd wonen", "coördinator verslavingszorg": a job title before the term.
const JOB_TITLES = wordSet(`teamleider teamleiders coordinator coordinatoren manager managers projectleider
  programmaleider beleidsmedewerker beleidsadviseur adviseur consulent specialist afdelingshoofd directeur
  regisseur kwartiermaker`);
// "de themamiddag 'Verslaving en werk'": an event whose quoted title starts with the term; since batch 48
// also a work with a title ("de masterclass 'Anna en haar stemmen'", "de film 'Stemmen in mijn hoofd'").
const EVENTS = wordSet(`themamiddag themadag themaochtend werkgroep workshop training webinar lezing
  bijeenkomst leerbijeenkomst congres symposium cursus module presentatie thema
  masterclass film boek podcast serie voorstelling theaterstuk toneelstuk documentaire e-learning pilot`);
const FIELD_WORDS = wordSet('achtergrond expertise gespecialiseerd specialisatie afgestudeerd gepromoveerd');
const WORK_PLACES = wordSet('bij op in voor');
const MANAGING = wordSet(`coordineert coordineerde coordineren leidt leidde organiseert organiseerde
  runt managet coordinator`);
// "Ellen geeft schematherapie bij Dimence": care given by a professional.
const GIVING = wordSet('geeft gaf verzorgt verzorgde biedt bood doceert');
const QUOTES = new Set(['"', "'", '‘', '’', '“', '”']);

// "weet veel van werken met een licht verstandelijke beperking": knowledge of a subject.
const KNOWING = wordSet('weet wist');
const AMOUNTS = wordSet('veel alles meer weinig');
const KNOWING_WINDOW = 7;

/** "weet veel van" a few words before the term. */
function isKnown(tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 2 && j >= first - KNOWING_WINDOW; j--)
    if (tokens[j]!.key === 'van' && AMOUNTS.has(tokens[j - 1]!.key) && KNOWING.has(tokens[j - 2]!.key))
      return true;
  return false;
}

const ROLES_FOR = wordSet('aandachtsfunctionaris contactpersoon aanspreekpunt ambassadeur kartrekker expert');
const TITLE_WINDOW = 5;

/** Where the quote opening a short title that holds tokens[first] stands, or -1. */
function titleQuote(tokens: readonly Token[], first: number): number {
  for (let j = first - 1; j >= 0 && j >= first - TITLE_WINDOW; j--) {
    if (QUOTES.has(tokens[j]!.text)) return j;
    if (tokens[j]!.type === 'punct') return -1;
  }
  return -1;
}

// Batch 52: "het signaleringsplan 'suïcidaliteit op het werk'": a document's quoted title, after an article
// (not "zijn signaleringsplan '...'": his own plan).
const DOCUMENT_ENDINGS = ['plan', 'protocol', 'handreiking', 'richtlijn', 'notitie', 'document', 'artikel'];

/** The quote at tokens[quote] opens the title of an event, or of a document named with an article. */
function isTitled(tokens: readonly Token[], quote: number): boolean {
  const head = tokens[quote - 1]?.key ?? '';
  if (EVENTS.has(head)) return true;
  return DOCUMENT_ENDINGS.some((e) => head.endsWith(e)) && ARTICLES.has(tokens[quote - 2]?.key ?? '');
}

/** The care term at tokens[first] names a unit, a job or an event. */
export function namesService(tokens: readonly Token[], first: number): boolean {
  // Held-out 37: "rondleiding bij de Kliniek voor Eetstoornissen": an institution's name, no one sent there.
  if (isKnown(tokens, first) || isInstitutionNamed(tokens, first) || isServiceStaff(tokens, first))
    return true;
  const before = tokens[first - 1]?.key ?? '';
  if (JOB_TITLES.has(before)) return true;
  // det-vocab39: "is onze aandachtsfunctionaris voor mentale klachten": a role for a subject, not a complaint.
  if (before === 'voor' && ROLES_FOR.has(tokens[first - 2]?.key ?? '')) return true;
  // Batch 46: "de coördinator van de crisisopvang" (a job of the service), "een achtergrond in
  // angststoornissen" (a professional's field).
  if (
    ARTICLES.has(before) &&
    tokens[first - 2]?.key === 'van' &&
    JOB_TITLES.has(tokens[first - 3]?.key ?? '')
  )
    return true;
  // det-family: "met het nieuwe team van beschermd wonen": the staff of a unit named by its service.
  const of = ARTICLES.has(before) ? first - 2 : first - 1;
  // det-lists39: "schuiven aan bij het overleg van de verslavingskliniek": the meeting of a service.
  if (
    tokens[of]?.key === 'van' &&
    (UNITS.has(tokens[of - 1]?.key ?? '') || OF_SERVICE.has(tokens[of - 1]?.key ?? ''))
  )
    return true;
  if (before === 'in' && FIELD_WORDS.has(tokens[first - 2]?.key ?? '')) return true;
  // "Zij coördineert de dagbehandeling bij Parnassia": a service one runs.
  if (ARTICLES.has(before) && MANAGING.has(tokens[first - 2]?.key ?? '')) return true;
  if (GIVING.has(before) || (ARTICLES.has(before) && GIVING.has(tokens[first - 2]?.key ?? ''))) return true;
  // "Die werkt bij de afkickkliniek als begeleider": a workplace.
  const at = ARTICLES.has(before) ? first - 2 : first - 1;
  if (WORK_PLACES.has(tokens[at]?.key ?? '') && WORK_WORDS.has(tokens[at - 1]?.key ?? '')) return true;
  if (isTitleBeforeWork(tokens, first) || isTopicOfRecommendedWork(tokens, first)) return true;
  if (QUOTES.has(tokens[first - 1]?.text ?? ''))
    return isTitled(tokens, first - 1) || isTitledWork(tokens, first - 1);
  // "het congres 'Werk als medicijn'": the term further inside an event's quoted title (batch 43-names).
  const quote = titleQuote(tokens, first);
  if (quote !== -1 && (isTitled(tokens, quote) || isTitledWork(tokens, quote))) return true;
  if (!UNITS.has(before)) return false;
  for (let j = first - 2; j >= 0 && j >= first - 2 - WORK_WINDOW; j--)
    if (WORK_WORDS.has(tokens[j]!.key)) return true;
  return false;
}
