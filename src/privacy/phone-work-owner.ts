import { BENEFIT_CLIENTS, CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { THE_OR_OUR } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isOfficeWord } from './organisation-words.ts';
import { isPluralVerb, isPluralZe } from './phone-general-lines.ts';
import { isWorkLineLabel } from './phone-professional.ts';
import { HIS_HER } from './possessives.ts';
import { isJobTitle } from './signature.ts';
import type { Token } from './tokens.ts';
import { tokenAfter } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-contacts37: a number (a mobile one too) whose owner its sentence names as a professional or a service, in
 * the shapes that tie the two, as writers give a work contact in knelpunten and actiepunten:
 * - the owner as the subject reached on it, perhaps with its organisation, its holder and a time between: "De
 *   jobhunter van het WSP zit op 06-...", "Consulent Youssef is vanaf maandag bereikbaar op ...", "Na 17.00 uur is
 *   de bereikbaarheidsdienst bereikbaar op ...", "de dienstdoende jobcoach heeft dit weekend de telefoon: ...";
 * - the number said to be the owner's: "Het nummer van de piketdienst is 06-...";
 * - the holder named right after it with the job: "06-..., Sanne (IPS-trajectbegeleider)", "06-..., Tim, jobcoach";
 * - the job opening the sentence with its holder in apposition: "De consulent van de gemeente, Sandra, 06-...".
 * A job title merely near the number is not enough ("De jobcoach belde 06-... maar kreeg geen gehoor", "via de
 * jobcoach: Noor Smeets, 06-..." give a client's). A client, relative, form of address, pronoun, home or referral
 * word in the sentence keeps it someone's ("De jobcoach van meneer is bereikbaar op ...").
 */
const PRIVATE = wordSet(
  `${CLIENT_ROLES} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} ${BENEFIT_CLIENTS} hij zij ze
  zijn haar hem z'n d'r prive privenummer thuis thuisnummer zoon dochter ouders woont woonde aanmelding aangemeld
  verwezen doorverwezen intake eigen`,
);
const SENTENCE_ENDS = new Set(['.', '!', '?']);
const REACH = 16;
const AFTER = 10;
// Jobs a client holds as often as staff ("Piet, 06-..., medewerker bij de Jumbo").
const HELD_JOBS = wordSet('medewerker medewerkers');
// Services reached on a number: "de piketdienst", "het crisisteam", "de hulplijn", "Woonbegeleiding Zaandam";
// an office or organisation's type ("het kantoor", "het werkbedrijf", "de huisartsenpraktijk") is one too.
const SERVICE_ENDINGS = ['dienst', 'team', 'lijn', 'begeleiding', 'hulpverlening'];
const DETERMINERS = THE_OR_OUR;
// "dienstdoende", "nieuwe": an adjective between the determiner and the owner.
const ADJECTIVES = wordSet('dienstdoende nieuwe vaste eigen regionale betreffende');
const REACH_VERBS = wordSet('is zit blijft');
const NUMBER_NOUNS = wordSet('nummer telefoonnummer nr 06-nummer mobiel telefoon');

const isOwnerKey = keyTest(
  (key) =>
    (isJobTitle(key) && !HELD_JOBS.has(key)) ||
    isOfficeWord(key) ||
    SERVICE_ENDINGS.some((e) => key.length > e.length + 3 && key.endsWith(e)),
);
const isPrivateKey = keyTest((key) => PRIVATE.has(key));

function isNumberNoun(token: Token): boolean {
  return NUMBER_NOUNS.has(token.key) || isWorkLineLabel(token);
}

function isOwner(token: Token | undefined): boolean {
  return token?.type === 'word' && isOwnerKey(token);
}

/** The number at token k, ending at character `end`, is a professional's or a service's by its sentence. */
export function isWorkOwnersNumber(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  const after = tokenAfter(tokens, k, end);
  const open = sentenceStart(tokens, k);
  if (open === -1 || hasPrivateWord(tokens, open, k, after)) return false;
  return (
    isSubjectReached(tokens, open, k, isOrganisation) ||
    isHolderNamedAfter(tokens, after) ||
    isHeadedByApposition(tokens, open, k)
  );
}

/** The first token of the number's sentence (or line), within REACH tokens; -1 when further. */
function sentenceStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - REACH; j--) {
    if (tokens[j + 1]!.lineBefore) return j + 1;
    if (SENTENCE_ENDS.has(tokens[j]!.text) && isSentenceEnd(tokens, j)) return j + 1;
    if (j === 0) return 0;
  }
  return k === 0 ? 0 : -1;
}

/** "06-..., Sanne (IPS-trajectbegeleider)", "06-..., Tim, jobcoach": the holder and the job right after it. */
function isHolderNamedAfter(tokens: readonly Token[], after: number): boolean {
  let j = after;
  if (tokens[j]?.text !== ',' || tokens[j + 1]?.lineBefore) return false;
  j++;
  const name = tokens[j];
  if (name?.type !== 'word' || !name.capitalised || !isKnownFirstName(name.key)) return false;
  j++;
  if (tokens[j]?.type === 'word' && tokens[j]!.capitalised && !isOwner(tokens[j])) j++;
  if (tokens[j]?.text !== '(' && tokens[j]?.text !== ',') return false;
  return isOwner(tokens[j + 1]) && !tokens[j + 1]!.lineBefore;
}

/**
 * The sentence opens with the owner (a determiner and an adjective before it) and goes on to the number
 * through its organisation, holder or a time to a verb of being reached ("zit op", "is ... bereikbaar op",
 * "heeft ... de telefoon:"), or it opens "Het nummer van de <owner> ... is".
 */
function isSubjectReached(
  tokens: readonly Token[],
  open: number,
  k: number,
  isOrganisation: (j: number) => boolean,
): boolean {
  let s = open;
  // "Na 17.00 uur is de bereikbaarheidsdienst bereikbaar op": the verb before the subject.
  const fronted = findOwnerAfterVerb(tokens, open, k);
  if (fronted !== -1) return reachedBefore(tokens, fronted + 1, k, true);
  if (DETERMINERS.has(tokens[s]?.key ?? '')) s++;
  const numberOf = NUMBER_NOUNS.has(tokens[s]?.key ?? '') && tokens[s + 1]?.key === 'van';
  if (numberOf) {
    s += 2;
    if (DETERMINERS.has(tokens[s]?.key ?? '')) s++;
  }
  if (ADJECTIVES.has(tokens[s]?.key ?? '')) s++;
  if (!numberOf) {
    const named = namedProfessionalEnd(tokens, s, k, isOrganisation);
    if (named !== -1) return reachedBefore(tokens, named, k, false);
  }
  if (!isOwner(tokens[s])) return false;
  return reachedBefore(tokens, s + 1, k, false, numberOf);
}

const NAME_WORDS = 3;
const ASIDE = 8;

/**
 * "Wim Hendriks (sociaal werkbedrijf)", "Thijs van Lister", "Sanne van het wijkteam": a person opening the
 * sentence, made a professional by a job or organisation in an aside right after the name, or by "van" an
 * organisation; the index after it, or -1 ("Sanne Jansen is bereikbaar op 06-..." stays someone's).
 */
function namedProfessionalEnd(
  tokens: readonly Token[],
  s: number,
  k: number,
  isOrganisation: (j: number) => boolean,
): number {
  const first = tokens[s];
  if (first?.type !== 'word' || !first.capitalised || !isKnownFirstName(first.key)) return -1;
  let j = s + 1;
  if (tokens[j]?.key === 'van') {
    let o = j + 1;
    if (DETERMINERS.has(tokens[o]?.key ?? '')) o++;
    return o < k && (isOrganisation(o) || isOwner(tokens[o])) ? o + 1 : -1;
  }
  for (let n = 0; n < NAME_WORDS - 1 && tokens[j]?.type === 'word' && tokens[j]!.capitalised; n++) j++;
  if (tokens[j]?.text !== '(') return -1;
  let professional = false;
  for (let a = j + 1; a < k && a <= j + ASIDE; a++) {
    if (tokens[a]!.text === ')') return professional ? a + 1 : -1;
    professional ||= isOwner(tokens[a]) || isOrganisation(a);
  }
  return -1;
}

const TIME_WORDS =
  wordSet(`vanaf tot en t/m van na voor om uur vandaag morgen maandag dinsdag woensdag donderdag
  vrijdag zaterdag zondag ma di wo do vr za zo week weekend dit deze volgende komende alle werkdagen overdag
  ochtend middag avond ochtends middags avonds 's tussen ook alleen gewoon telefonisch nog weer altijd
  bereikbaar te bereiken per direct voortaan tijdelijk even op werkdag`);
const HAVE_OBJECTS = wordSet('de het een nieuw nieuwe');

/**
 * From `from` (after the owner) to the number: the owner's organisation or holder ("van het WSP", "(Hans)",
 * "Youssef"; not another person's first name after "van": "de begeleider van Bas"), then a verb of being
 * reached and a time, then "op"/"via" or a colon right before the number; "heeft ... telefoon:" too. With
 * `numberOf` ("Het nummer van de piketdienst ... is"), "is" or a colon right before it.
 */
function reachedBefore(
  tokens: readonly Token[],
  from: number,
  k: number,
  verb: boolean,
  numberOf = false,
): boolean {
  let has = false;
  let of = false;
  for (let j = from; j < k; j++) {
    const token = tokens[j]!;
    const key = token.key;
    const last = j === k - 1;
    if (numberOf) {
      if ((last && key === 'is') || (last && token.text === ':')) return true;
      if (key === 'is' && tokens[k - 1]?.text === ':' && j === k - 2) return true;
    } else if (verb || has) {
      if (last && (key === 'op' || key === 'via')) return verb;
      if (last && token.text === ':') return true;
      if (TIME_WORDS.has(key) || token.type === 'number' || isInnerMark(token)) continue;
      if (has && (isNumberNoun(token) || HAVE_OBJECTS.has(key))) continue;
      if (HIS_HER.has(key) && tokens[j + 1] !== undefined && isWorkLineLabel(tokens[j + 1]!)) continue;
      if (isWorkLineLabel(token) && j === k - 1) return true;
      return false;
    } else if (REACH_VERBS.has(key) || key === 'bereikbaar') {
      verb = true;
      continue;
    } else if (key === 'heeft') {
      has = true;
      continue;
    }
    if (key === 'van' || key === 'bij') of = true;
    else if (of && token.capitalised && isKnownFirstName(key)) return false;
    else if (!isBetweenSubjectAndVerb(tokens, j)) return false;
  }
  return false;
}

/** A mark inside a time or a bracket ("17.00", "ma-wo", "(Hans)"), no sentence's end. */
function isInnerMark(token: Token): boolean {
  return (
    (token.type === 'punct' && !SENTENCE_ENDS.has(token.text)) || (token.text === '.' && !token.spaceBefore)
  );
}

/** A time, the owner's organisation or holder, a bracket: what stands between the subject and the number. */
function isBetweenSubjectAndVerb(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j]!;
  if (token.type === 'number' || TIME_WORDS.has(token.key) || DETERMINERS.has(token.key)) return true;
  if (token.type === 'punct') return isInnerMark(token);
  // "van het WSP", "van de gemeente Ede", "(Hans)", "Youssef".
  return token.capitalised || isOwner(token);
}

/** "Na 17.00 uur is de bereikbaarheidsdienst": the owner right after "is" (a determiner between); its index or -1. */
function findOwnerAfterVerb(tokens: readonly Token[], open: number, k: number): number {
  for (let j = open; j < k - 2; j++) {
    if (!REACH_VERBS.has(tokens[j]!.key)) {
      const token = tokens[j]!;
      if (!isBetweenSubjectAndVerb(tokens, j) || (token.capitalised && !TIME_WORDS.has(token.key))) return -1;
      continue;
    }
    let s = j + 1;
    if (DETERMINERS.has(tokens[s]?.key ?? '')) s++;
    if (ADJECTIVES.has(tokens[s]?.key ?? '')) s++;
    return j > open && isOwner(tokens[s]) ? s : -1;
  }
  return -1;
}

/** "De consulent van de gemeente, Sandra, 06-...": the job opens the sentence, its holder between commas. */
function isHeadedByApposition(tokens: readonly Token[], open: number, k: number): boolean {
  if (tokens[k - 1]?.text !== ',') return false;
  let s = open;
  if (DETERMINERS.has(tokens[s]?.key ?? '')) s++;
  if (!isOwner(tokens[s])) return false;
  let j = s + 1;
  if (tokens[j]?.key === 'van' || tokens[j]?.key === 'bij') {
    j++;
    if (DETERMINERS.has(tokens[j]?.key ?? '')) j++;
    for (let n = 0; n < 3 && tokens[j]?.type === 'word' && tokens[j]!.text !== ','; n++) j++;
  }
  if (tokens[j]?.text !== ',') return false;
  const name = tokens[j + 1];
  if (name?.type !== 'word' || !name.capitalised || !isKnownFirstName(name.key)) return false;
  let e = j + 2;
  if (tokens[e]?.type === 'word' && tokens[e]!.capitalised) e++;
  return e === k - 1;
}

/** A client, relative, pronoun, home or referral word in the number's sentence (up to AFTER tokens after it). */
function hasPrivateWord(tokens: readonly Token[], open: number, k: number, after: number): boolean {
  for (let j = open; j < k; j++) if (isPrivate(tokens, j)) return true;
  for (let j = after; j < tokens.length && j < after + AFTER && !tokens[j]!.lineBefore; j++) {
    if (SENTENCE_ENDS.has(tokens[j]!.text) && isSentenceEnd(tokens, j)) break;
    if (isPrivate(tokens, j)) return true;
  }
  return false;
}

/** "zij plannen", "ze zijn er op dinsdag": the organisation's people, no owner (phone-general-lines.ts). */
function isPrivate(tokens: readonly Token[], j: number): boolean {
  return (
    isPrivateKey(tokens[j]!) &&
    !isPluralVerb(tokens, j) &&
    !isPluralZe(tokens, j) &&
    !(HIS_HER.has(tokens[j]!.key) && tokens[j + 1] !== undefined && isWorkLineLabel(tokens[j + 1]!))
  );
}

// "is bereikbaar op zijn werknummer": the professional's own work line.

/** A full stop, "!" or "?" ending a sentence: not the dot inside "17.00", "t.n.v." or an address. */
function isSentenceEnd(tokens: readonly Token[], j: number): boolean {
  const mark = tokens[j]!;
  if (mark.text !== '.') return true;
  const next = tokens[j + 1];
  if (next !== undefined && !next.spaceBefore && !next.lineBefore) return false;
  const before = tokens[j - 1];
  return before === undefined || (before.text.length > 1 && !ACADEMIC_TITLES.has(before.key));
}

// "Bedrijfsarts Dr. Oosterhuis is bereikbaar op ...": the dot of a title is no sentence's end.
const ACADEMIC_TITLES = wordSet('dr drs mr ir ing prof');
