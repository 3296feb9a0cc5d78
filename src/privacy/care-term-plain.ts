import { isProvider } from './care-provider-words.ts';
import { isBirthGiven, isBirthGivenPast } from './care-term-birth.ts';
import { isAdmissionConsidered } from './care-term-decided.ts';
import { INTOXICATION_TRIGGERS, isIntoxicated } from './care-term-intoxicated.ts';
import { isInNamedHospital, LYING } from './care-term-named-hospital.ts';
import { isNameCommaItem } from './care-term-note-item.ts';
import { isChildExpected, isPregnancyEnd } from './care-term-pregnancy.ts';
import { isRelapseIntoUse, RELAPSE_VERB_TRIGGERS } from './care-term-relapse-into.ts';
import { isAdmissionInNote, isPlaceInNote } from './care-term-short-notes.ts';
import { isTreaterOf, TREATER_NOUNS } from './care-term-treater.ts';
import { isBodyWeight, WEIGHING } from './care-term-weight.ts';
import {
  CARE_PLACES,
  CARE_PROGRAMMES,
  CARE_WARDS,
  JOINED_TERMS as JOINED_WORDS,
  POSSESSIVES,
  STAY_VERBS,
} from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Care said in plain words whose parts may stand apart (issue 14, names with health details): a
 * pregnancy ("is in verwachting", "net bevallen", "uitgerekend op 3 juni", "verwacht haar kindje"), a
 * wish to die with words between ("er een eind aan wil maken"), a visit to a medical specialist ("een
 * afspraak bij de oncoloog", "op controle bij de cardioloog"), a self-help group ("gaat naar de AA"),
 * a stay in a named hospital ("ligt in het Radboud"), going into a clinic or care programme ("gaat
 * opnieuw de kliniek in", "gaat naar een deeltijdbehandeling"), a transfer between wards ("is
 * overgeplaatst naar een crisisbed"), a closed ward in slang ("zit op de gesloten"), sobriety ("is nu
 * een half jaar droog"). Each word that opens such a phrase is a trigger; `isPlainCare` says whether
 * the words around it make it one. Bounded look-arounds only.
 */

// "uitgerekend op 3 juni", "is uitgerekend in mei": a due date.
const DUE_AFTER = wordSet('op in rond begin eind half medio');
const MONTHS = wordSet(`januari februari maart april mei juni juli augustus september oktober november
  december jan feb mrt apr jun jul aug sep sept okt nov dec`);
// "er een eind aan (wil) maken", "een einde aan zijn leven maken".
const END_FILLERS = wordSetOf([...POSSESSIVES, ...wordSet('het leven wil wilde willen te gaan')]);
const END_VERBS = wordSet('maken maakt maakte gemaakt');
// "een afspraak bij de oncoloog", "op controle bij de cardioloog": a medical specialist visited.
const VISIT_NOUNS = wordSet('afspraak afspraken controle consult');
const SPECIALISTS = wordSet(`oncoloog cardioloog neuroloog reumatoloog internist longarts uroloog gynaecoloog
  dermatoloog orthopeed chirurg kno-arts oogarts revalidatiearts verloskundige psychiater neurochirurg
  nefroloog endocrinoloog maag-darm-leverarts mdl-arts geriater kaakchirurg anesthesioloog pijnpoli
  oncologie cardiologie neurologie psychiatrie`);
const VISIT_FILLERS = wordSetOf([...POSSESSIVES, ...wordSet('de het een')]);
// "gaat naar de AA", "zit bij de NA": a self-help group of addicts, in capitals.
const SELF_HELP = wordSet('aa na');
const SELF_HELP_BEFORE = wordSet('naar bij op');
// "gaat opnieuw de kliniek in", "moet weer het ziekenhuis in".
const GOING = wordSet('gaat ging moet moest gaan kan');
const GOING_FILLERS = wordSet('weer opnieuw nu toch alsnog echt zelf vrijwillig');
// "is overgeplaatst naar een crisisbed", "van de HIC naar ...".
const TRANSFER_WINDOW = 4;
// "is nu een half jaar droog": sober, with a time said before it.
const DRY_TIME = wordSet('jaar jaartje maand maanden week weken dagen sinds');
const DRY_WINDOW = 5;

/** The words that can open one of these phrases (added to the lexicon's triggers). */
export const PLAIN_TRIGGERS = wordSetOf([
  ...VISIT_NOUNS,
  ...SELF_HELP,
  ...LYING,
  ...WEIGHING,
  ...TREATER_NOUNS,
  ...INTOXICATION_TRIGGERS,
  ...RELAPSE_VERB_TRIGGERS,
  ...wordSet(
    'verwachting bevallen beviel verwacht verwachtte uitgerekend eind einde overgeplaatst gesloten droog',
  ),
]);

/** Whether the trigger at tokens[k] opens a care phrase in its place. */
export function isPlainCare(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]!.key;
  if (VISIT_NOUNS.has(key)) return isSpecialistVisit(tokens, k);
  if (SELF_HELP.has(key)) return isSelfHelp(tokens, k);
  if (LYING.has(key)) return isInNamedHospital(tokens, k);
  if (WEIGHING.has(key)) return isBodyWeight(tokens, k);
  if (TREATER_NOUNS.has(key)) return isTreaterOf(tokens, k);
  if (INTOXICATION_TRIGGERS.has(key)) return isIntoxicated(tokens, k);
  if (RELAPSE_VERB_TRIGGERS.has(key)) return isRelapseIntoUse(tokens, k);
  switch (key) {
    case 'verwachting':
      // "is in verwachting", "in verwachting van haar tweede" (not "in verwachting van de cijfers").
      return tokens[k - 1]?.key === 'in' && isPregnancyEnd(tokens, k + 1);
    case 'bevallen':
      // "is net bevallen (van een zoon)" (not "het is goed bevallen": liked; care-term-birth.ts).
      return isBirthGiven(tokens, k);
    case 'beviel':
      return isBirthGivenPast(tokens, k);
    case 'verwacht':
    case 'verwachtte':
      return isChildExpected(tokens, k);
    case 'uitgerekend':
      return isDueDate(tokens, k);
    case 'eind':
    case 'einde':
      return isEndMade(tokens, k);
    case 'overgeplaatst':
      return isTransferred(tokens, k);
    case 'gesloten':
      return isClosedWard(tokens, k);
    case 'droog':
      return isDry(tokens, k);
    default:
      return false;
  }
}

function isDueDate(tokens: readonly Token[], k: number): boolean {
  if (!DUE_AFTER.has(tokens[k + 1]?.key ?? '')) return false;
  for (let j = k + 2; j <= k + 4 && j < tokens.length; j++) if (MONTHS.has(tokens[j]!.key)) return true;
  return false;
}

function isEndMade(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'aan') return false;
  for (let j = k + 2; j <= k + 5 && j < tokens.length; j++) {
    const word = tokens[j]!.key;
    if (END_VERBS.has(word)) return true;
    if (!END_FILLERS.has(word)) return false;
  }
  return false;
}

const ABOUT = wordSet('over namens om met als');

function isSpecialistVisit(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key !== 'bij') return false;
  let j = VISIT_FILLERS.has(tokens[k + 2]?.key ?? '') ? k + 3 : k + 2;
  // "een afspraak bij zijn ambulant begeleider en de psychiater" (batch 46): the specialist after "en".
  for (let e = j + 1; !SPECIALISTS.has(tokens[j]?.key ?? '') && e <= j + 2; e++)
    if (tokens[e]?.key === 'en') j = VISIT_FILLERS.has(tokens[e + 1]?.key ?? '') ? e + 2 : e + 1;
  // "een afspraak bij de psychiater over een gezamenlijke cliënt": a professional's meeting.
  if (!isVisited(tokens, j) || (ABOUT.has(tokens[j + 1]?.key ?? '') && !isClockTime(tokens, j + 1)))
    return false;
  // "bij de oncoloog van haar moeder": someone else's visit.
  return tokens[j + 1]?.key !== 'van' || !POSSESSIVES.has(tokens[j + 2]?.key ?? '');
}

/** Held-out 37: a specialist, or a care provider not there for a meeting ("afspraak bij Youz", not "... voor een overleg"). */
function isVisited(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]?.key ?? '';
  if (SPECIALISTS.has(key)) return true;
  if (!isProvider(key)) return false;
  for (let a = j + 1; a <= j + 4 && a < tokens.length; a++) if (VISIT_AFTER.has(tokens[a]!.key)) return false;
  return true;
}

/** "om 10u", "om 14.30": a time, not a purpose. */
const isClockTime = (tokens: readonly Token[], j: number) =>
  tokens[j]!.key === 'om' && tokens[j + 1]?.type === 'number';

function isSelfHelp(tokens: readonly Token[], k: number): boolean {
  return (
    tokens[k]!.allCaps === true &&
    tokens[k - 1]?.key === 'de' &&
    SELF_HELP_BEFORE.has(tokens[k - 2]?.key ?? '') &&
    tokens[k + 1]?.capitalised !== true
  );
}

const VISIT_AFTER = wordSet(`rondleiding overleg bezoek werkbezoek vergadering presentatie training
  bijeenkomst stage gesprek dienst`);

// "een crisisbed gevonden voor Esther", "crisisopvang geregeld": a place of care arranged for someone.
const ARRANGED_PLACES = wordSet('crisisbed crisisopvang');
const ARRANGED = wordSet('gevonden geregeld geboekt gereserveerd');

/** "gaat opnieuw de kliniek in": a care place, then "in", after a verb of going. Called for places. */
function isGoneInto(tokens: readonly Token[], k: number): boolean {
  if (ARRANGED_PLACES.has(tokens[k]!.key) && ARRANGED.has(tokens[k + 1]?.key ?? '')) return true;
  if (tokens[k + 1]?.key !== 'in' || tokens[k]!.key === 'afdeling' || tokens[k]!.key === 'put') return false;
  let j = k - 1;
  if (tokens[j]?.key !== 'de' && tokens[j]?.key !== 'het') return false;
  j--;
  while (j >= k - 4 && GOING_FILLERS.has(tokens[j]?.key ?? '')) j--;
  // "gaat de kliniek in voor een rondleiding": a visit, not a stay.
  if (!GOING.has(tokens[j]?.key ?? '')) return false;
  for (let a = k + 2; a <= k + 4 && a < tokens.length; a++) if (VISIT_AFTER.has(tokens[a]!.key)) return false;
  return true;
}

const PROGRAMME_GO = wordSet('gaat ging start startte begint begon moet');

/** "gaat naar een deeltijdbehandeling", "start met de deeltijd": a care programme gone to. */
function isProgrammeGoneTo(tokens: readonly Token[], k: number): boolean {
  if (!CARE_PROGRAMMES.has(tokens[k]!.key)) return false;
  let j = k - 1;
  if (VISIT_FILLERS.has(tokens[j]?.key ?? '')) j--;
  const by = tokens[j]?.key;
  if (by !== 'naar' && by !== 'met' && by !== 'aan') return false;
  for (let v = j - 1; v >= 0 && v >= j - 3; v--) {
    if (PROGRAMME_GO.has(tokens[v]!.key)) return true;
    if (tokens[v]!.type === 'punct') return false;
  }
  return false;
}

function isTransferred(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + TRANSFER_WINDOW; j++) {
    const key = tokens[j]!.key;
    if (tokens[j]!.type === 'punct') return false;
    if (key === 'afdeling') return CARE_WARDS.has(tokens[j - 1]?.key ?? '');
    if (CARE_PLACES.has(key) || key.endsWith('kliniek')) return true;
  }
  return false;
}

function isClosedWard(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key !== 'de' || tokens[k - 2]?.key !== 'op') return false;
  if (!STAY_VERBS.has(tokens[k - 3]?.key ?? '') && !STAY_VERBS.has(tokens[k - 4]?.key ?? '')) return false;
  const after = tokens[k + 1];
  return after === undefined || after.type === 'punct' || after.key === 'en';
}

function isDry(tokens: readonly Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (after !== undefined && after.type !== 'punct' && after.key !== 'en' && after.key !== 'sinds')
    return false;
  for (let j = k - 1; j >= 0 && j >= k - DRY_WINDOW; j--) {
    if (DRY_TIME.has(tokens[j]!.key)) return true;
    if (tokens[j]!.type === 'punct') return false;
  }
  return false;
}

// "Klachten: angst en paniek", "Problematiek: somberheid, angst": a case-note field listing moods.
const MOOD_FIELDS = wordSet('klachten klacht problematiek diagnose symptomen');
const LIST_JOINS = wordSet(', en / + &');
const FIELD_WINDOW = 6;

/** An everyday word of mood (angst, paniek, somber) listed after a care field's colon. */
export function isFieldListed(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - FIELD_WINDOW; j--) {
    const token = tokens[j]!;
    if (token.text === ':') return MOOD_FIELDS.has(tokens[j - 1]?.key ?? '');
    if (!LIST_JOINS.has(token.key) && !JOINED_WORDS.has(token.key)) return false;
  }
  return false;
}

/** The rules of this file by the lexicon's rule they widen. */
export const PLAIN = {
  care: isPlainCare,
  place: (tokens: readonly Token[], k: number) => isGoneInto(tokens, k) || isPlaceInNote(tokens, k),
  programme: (tokens: readonly Token[], k: number) => isProgrammeGoneTo(tokens, k) || isTreaterOf(tokens, k),
} as const;

const ADMISSION_REASONS = wordSet('ivm wegens vanwege');
const ITEM_MARKS = new Set(['–', '-', '—']);

/** "gestopt ivm opname": an admission given as the reason; "1. Ahmed – opname 2. ...": a list item's state. */
export function isAdmissionGiven(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (ADMISSION_REASONS.has(before.key) || isAdmissionConsidered(tokens, k)) return true;
  // "opname gisteren", "terug na opname": an admission in a short note (care-term-short-notes.ts).
  if (isAdmissionInNote(tokens, k)) return true;
  const after = tokens[k + 1];
  const itemEnd = after === undefined || after.type !== 'word' || after.lineBefore;
  // "Hannie, opname Heiloo, retour ...": a note opened by the name and a comma (care-term-note-item.ts).
  return (
    (ITEM_MARKS.has(before.text) && tokens[k - 2]?.capitalised === true && itemEnd) ||
    isNameCommaItem(tokens, k)
  );
}
