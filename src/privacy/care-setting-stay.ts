import { PROVIDER_FILLERS } from './care-provider-words.ts';
import { isWardNoted } from './care-setting-list-note.ts';
import { CARE_PLACES, STAY_VERBS } from './care-term-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * A stay told with its provider between the verb and the place (since heldout15-classes): "Joris zit
 * nu 3 maanden bij de Jellinek in de kliniek", "lag twee weken bij Rivierduinen op de gesloten
 * afdeling". isStay (care-setting-context.ts) walks back from the place to the verb; the provider's
 * name after "bij" (at most three capitalised words) is passed over.
 */
const MAX_NAME_WORDS = 3;
const PLACE_JOINS = wordSet('de het een in op uit naar');

/** Before "bij (de) <Provider>" ending at `b`: the token before "bij", or `b` when there is none. */
export function beforeProviderAt(tokens: readonly Token[], b: number): number {
  let a = b;
  while (a > b - MAX_NAME_WORDS && a >= 0 && isCapitalised(tokens[a])) a--;
  if (a === b) return b;
  if (PROVIDER_FILLERS.has(tokens[a]?.key ?? '')) a--;
  return tokens[a]?.key === 'bij' ? a - 1 : b;
}

/**
 * Before a care place whose token before it is `j`: past an article and, since batch 41, the provider's
 * name (at most three capitalised words) right before the place ("zit in Tactus kliniek", "ligt in de
 * Jellinek kliniek"); `j` itself, less an article, when there is none.
 */
export function beforePlaceAt(tokens: readonly Token[], j: number): number {
  let a = j;
  // "ROB ZIT WEER IN DE KLINIEK": in a line typed in capitals an article or "in" is no name (batch 44-names).
  while (
    a > j - MAX_NAME_WORDS &&
    a >= 0 &&
    tokens[a]!.type === 'word' &&
    isCapitalised(tokens[a]) &&
    !PLACE_JOINS.has(tokens[a]!.key)
  )
    a--;
  return PROVIDER_FILLERS.has(tokens[a]?.key ?? '') ? a - 1 : a;
}

const PLACE_HEADS = wordSet('huis woning voorziening locatie afdeling kliniek unit appartement kamer');
// The care places that stay one after any word and a hyphen: never "afdeling" or "ziekenhuis", which every
// organisation has ("HR-afdeling", "MKB-ziekenhuis project"; review 2).
const PLACES_AFTER_HYPHEN = wordSet(
  `kliniek psychiatrie crisisopvang paaz crisisbed crisisbedden crisisdienst hic ribw fpc hospice
  verpleeghuis revalidatiecentrum instelling crisisplek`, // det-care38b: "zit in de ggz-instelling"
);
const GENERIC_PLACES = wordSet('afdeling ziekenhuis');
// "op de detox-afdeling van Novadic" (batch 44-names): a ward named by the care given there.
const WARD_CARE = wordSet('detox ontwenning ontgifting verslaving verslavings');

/**
 * "ribw-huis", "hic-afdeling": a care place before a hyphen and a word for a place to stay; since batch 41
 * also a care place after a hyphen ("ggz-crisisdienst", "ggz-crisisbed"), but no department or hospital.
 */
export function isPlaceCompound(key: string): boolean {
  const hyphen = key.indexOf('-');
  const before = key.slice(0, hyphen);
  // Nor before it: "ziekenhuis-afdeling inkoop" is a department, as "afdeling" alone is (care-setting-context.ts).
  const cared = (CARE_PLACES.has(before) && !GENERIC_PLACES.has(before)) || WARD_CARE.has(before);
  const heads = cared ? PLACE_HEADS : PLACES_AFTER_HYPHEN;
  return hyphen > 1 && heads.has(key.slice(hyphen + 1));
}

// Batch 45: the wards one is on only as a patient, so that "is" says a stay there as "zit" does.
const ACUTE_WARDS = wordSet('paaz hic separeer crisisopvang crisisbed puk apz crisisplek crisisplaats');
const BEING = wordSet('is was ben');
// "Jan: weer in de kliniek": a case note's stay, with a word of time or return between colon and place.
const NOTE_FILLERS = wordSet('weer nog opnieuw alweer sinds al tijdelijk inmiddels');
const MEETING_AFTER = wordSet(
  'overleg vergadering werkgroep bijeenkomst presentatie training rondleiding werkbezoek bezoek kennismaking',
);
// Review 30: a meeting named by a compound ("voor de tweede werkgroepsessie daar", "het regio-overleg").
const MEETING_ENDINGS = ['sessie', 'overleg', 'vergadering', 'bijeenkomst', 'workshop', 'training'];
const isMeetingWord = (key: string) => MEETING_AFTER.has(key) || MEETING_ENDINGS.some((e) => key.endsWith(e));

/**
 * A stay told without a stay verb (batch 45), `j` being the token before the place `k` (past its
 * article): back "van" it ("weer terug van de kliniek", "is weer thuis van de PAAZ"; not "terug van de
 * kliniek, het overleg was goed"), "is" on or going "naar" an acute ward ("hij is sinds gisteren op de
 * PAAZ", "gaat naar de HIC"), discharged from it right after ("Nadia (PAAZ ontslagen)"), living "bij" the
 * RIBW, named as the reason one is away ("ivm de kliniek", "want HIC"), or a case note after a colon
 * ("Jan: weer in de kliniek").
 */
export function isStayToldOtherwise(tokens: readonly Token[], j: number, k: number): boolean {
  const key = tokens[j]?.key;
  const place = tokens[k]!.key;
  // det-owner71b: "Bas: Yusuf in de HIC, Lara ...": a stay noted in a list.
  if (isWardNoted(tokens, j, k)) return !isThereToWork(tokens, k);
  if (tokens[k + 1]?.key === 'ontslagen') return place !== 'afdeling' && place !== 'ziekenhuis';
  if (key === 'van') {
    const back = tokens[j - 1]?.key;
    return (back === 'terug' || back === 'thuis') && !hasMeetingAfter(tokens, k);
  }
  // "Jesse gaat naar de HIC", "moest naar de PAAZ": to an acute ward (not "... voor een overleg").
  // Held-out 19: "gaat maandag naar de kliniek voor intensieve behandeling": to any care place for care.
  if (key === 'naar') {
    const going = isGonePastTimes(tokens, j) || (isForCare(tokens, k) && isGoingBefore(tokens, j));
    return (
      going &&
      (ACUTE_WARDS.has(place) || SENT_TO.has(place) || isForCare(tokens, k)) &&
      !isThereToWork(tokens, k)
    );
  }
  // Held-out 19: "is bij de crisisdienst terecht gekomen", "op de SEH beland": ending up there.
  if ((key === 'bij' || key === 'in' || key === 'op') && isEndedUp(tokens, k))
    return !isThereToWork(tokens, k);
  // "is er niet ivm de kliniek", "komt niet want HIC": a care place as the reason one is away.
  if (REASONS.has(key ?? '') || isSpelledIvm(tokens, j))
    return place !== 'afdeling' && place !== 'put' && !isThereToWork(tokens, k);
  // "woont bij de RIBW": sheltered housing lived with.
  if (key === 'bij')
    return (
      place === 'ribw' &&
      STAY_VERBS.has(tokens[j - 1]?.key ?? '') &&
      tokens[k + 1]?.key !== 'om' &&
      !isThereToWork(tokens, k)
    );
  if (key !== 'in' && key !== 'op') return false;
  let v = j - 1;
  let fillers = 0;
  for (; v >= 0 && v >= j - 4; v--) {
    const token = tokens[v]!;
    if (NOTE_FILLERS.has(token.key)) fillers++;
    else if (token.type !== 'number' && !STAY_TIMES.has(token.key)) break;
  }
  if (tokens[v]?.text === ':') return fillers > 0;
  // "Daan is weer in het ziekenhuis": back in hospital (held-out 39's class); "is in het ziekenhuis" alone may be a visit.
  const back = place === 'ziekenhuis' && fillers > 0;
  return BEING.has(tokens[v]?.key ?? '') && (ACUTE_WARDS.has(place) || back) && !isThereToWork(tokens, k);
}

const MEETING_WINDOW = 6;
const REASONS = wordSet('ivm wegens vanwege want');

/** "i.v.m." ending at j. */
function isSpelledIvm(tokens: readonly Token[], j: number): boolean {
  return tokens[j]?.text === '.' && tokens[j - 1]?.key === 'm' && tokens[j - 3]?.key === 'v';
}
// det-orders37: "is naar de HIC", "was naar de crisisdienst": gone there; and the crisis service one is sent to.
const GOING = wordSet('gaat ging moet moest is was');
const SENT_TO = wordSet('crisisdienst');

/** Not there to work or meet: "is op de PAAZ als stagiair", "is op de HIC voor een training". */
function isThereToWork(tokens: readonly Token[], k: number): boolean {
  return tokens[k + 1]?.key === 'als' || hasMeetingAfter(tokens, k);
}

/** "terug van de kliniek, het overleg was goed": a meeting there, a few words on. */
function hasMeetingAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + MEETING_WINDOW; j++) {
    if (isMeetingWord(tokens[j]!.key)) return true;
    if (tokens[j]!.text === '.' || tokens[j]!.lineBefore) return false;
  }
  return false;
}

const STAY_TIMES = wordSet(
  'gisteren gister eergisteren vorige afgelopen week maandag dinsdag woensdag donderdag vrijdag kort',
);

/** "Jan: weer in de kliniek": after a name's colon, a stay noted (the walk's case note, care-term-readings.ts). */
export function isStayNoted(tokens: readonly Token[], colon: number, place: number): boolean {
  const j = PROVIDER_FILLERS.has(tokens[place - 1]?.key ?? '') ? place - 2 : place - 1;
  const key = tokens[j]?.key;
  if (key !== 'in' && key !== 'op') return false;
  let v = j - 1;
  while (v > colon && NOTE_FILLERS.has(tokens[v]!.key)) v--;
  return v === colon && j - 1 > colon;
}

// "voor (een) (intensieve) behandeling", "voor een opname", "voor detox": care as the purpose of going.
const CARE_PURPOSES = wordSet('behandeling opname detox therapie ontgifting behandeltraject dagbehandeling');
const PURPOSE_FILLERS = wordSet('een de intensieve klinische verdere nieuwe korte');

function isForCare(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'voor') return false;
  let a = k + 2;
  while (a < k + 4 && PURPOSE_FILLERS.has(tokens[a]?.key ?? '')) a++;
  // Not "voor de behandeling van haar cliënt", "... als verpleegkundige": someone else's, or work.
  const next = tokens[a + 1]?.key;
  return CARE_PURPOSES.has(tokens[a]?.key ?? '') && next !== 'van' && next !== 'als';
}

// det-orders37: "is gisteren naar de HIC", "moest vannacht met spoed naar de crisisdienst".
const GONE_TIMES = wordSet(
  'vannacht vanochtend vanmorgen vandaag gisteravond net zojuist met spoed alsnog toch',
);

/** A verb of going right before "naar" at j, or past at most three words of time between. */
function isGonePastTimes(tokens: readonly Token[], j: number): boolean {
  for (let v = j - 1; v >= 0 && v >= j - 4; v--) {
    const key = tokens[v]!.key;
    if (GOING.has(key)) return true;
    if (!STAY_TIMES.has(key) && !NOTE_FILLERS.has(key) && !GONE_TIMES.has(key)) return false;
  }
  return false;
}

/** "gaat (maandag, volgende week) naar": a verb of going at most three words before "naar" at j. */
function isGoingBefore(tokens: readonly Token[], j: number): boolean {
  for (let v = j - 1; v >= 0 && v >= j - 3; v--) {
    if (GOING.has(tokens[v]!.key)) return true;
    if (tokens[v]!.type === 'punct') return false;
  }
  return false;
}

// "terecht gekomen", "terechtgekomen", "beland": where one ended up (a word of being or time between).
const ENDED_UP = wordSet('terecht terechtgekomen beland belandt belandde');

function isEndedUp(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.key ?? '';
  const at = ENDED_UP.has(next)
    ? k + 1
    : BEING.has(next) && ENDED_UP.has(tokens[k + 2]?.key ?? '')
      ? k + 2
      : -1;
  if (at === -1) return false;
  // Not "terecht gekomen als stagiair": there for work.
  const after = tokens[at + 1]?.key === 'gekomen' ? at + 2 : at + 1;
  return tokens[after]?.key !== 'als';
}
