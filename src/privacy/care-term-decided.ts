import { HE_SHE } from './function-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { isTreaterMet } from './weak-care-lookalikes.ts';
import { wordSet } from './word-sets.ts';

/*
 * Classes of heldout15 (read 5 December 2026): a treater deciding or weighing a care step for the
 * person the note is about, and a third person's care detail after "Name:".
 *  - "Vincent gaat niet goed, psychiater denkt aan opname", "de behandelaar overweegt een opname":
 *    an admission weighed is an admission (isAdmissionConsidered), and the treater who weighs it is
 *    no owner of it (isTreaterDeciding): the owner walk passes on to the person named.
 *  - "Kim: gesprek met psychiater over haar lithium", "Nadia: huisarts denkt aan opname": after a name
 *    and a colon, a note about that person rather than a speaker's statement (isThirdPersonNote).
 * Every look is a token or two either side.
 */
// det-nh: a client's own supporter suspecting it ("haar begeleider denkt aan een depressie", "zn jobcoach ...").
const TREATERS = wordSet(`psychiater psycholoog behandelaar behandelaars therapeut huisarts casemanager
  verpleegkundige specialist arts crisisdienst bedrijfsarts begeleider woonbegeleider jobcoach`);
// Batch 45: a treater saying it ("psychiater zegt chronische depressie", "karin's psychiater zegt dat de
// lithium ...") speaks of the person treated, not of themself; batch 58: "huisarts bevestigt diagnose ...".
// det-nh: suspecting it ("de huisarts vermoedt een depressie", "vreest een terugval").
const DECIDING_VERBS = wordSet(`denkt overweegt adviseert wil verhoogt verlaagt schrijft schreef stelt
  bevestigt vindt twijfelt bespreekt start stopt bouwt zegt zei meldt meldde vertelt vertelde vermoedt
  vermoedde vreest vreesde`);
// "denkt aan (een) opname", "overweegt (een) opname", "adviseert opname", "dreigt opname".
const WEIGHING_VERBS = wordSet('overweegt overwegen adviseert adviseren dreigt');
const THINKING_VERBS = wordSet('denkt denken dacht');
const INDEFINITE = wordSet('een');
const WANTING = wordSet('wil wilde willen');
const WANT_FILLERS = wordSet('nu zelf graag toch echt');
const NOT_WANTED_AFTER = wordSet('maken van op gemaakt');

/** "wil", perhaps with a filler or two ("wil nu zelf"), ending at `j`. */
function isWanted(tokens: readonly Token[], j: number): boolean {
  let v = j;
  while (v > j - 2 && WANT_FILLERS.has(tokens[v]?.key ?? '')) v--;
  return WANTING.has(tokens[v]?.key ?? '');
}
const NOTE_WINDOW = 4;
const THIRD_PERSON_POSSESSIVES = wordSet("haar zijn z'n d'r his her");

/** "psychiater denkt ...", "de huisarts verhoogt ...": a treater as the subject of a deciding verb. */
export function isTreaterDeciding(tokens: readonly Token[], role: number): boolean {
  if (!TREATERS.has(tokens[role]!.key)) return false;
  return (
    DECIDING_VERBS.has(tokens[role + 1]?.key ?? '') ||
    isTreaterPrescribing(tokens, role) ||
    isTreaterAllowing(tokens, role) ||
    isTreaterReferring(tokens, role)
  );
}

// Held-out 23: "dat de huisarts hem heeft aangemeld voor ...", "de psychiater verwees haar naar ...".
const REFERRAL_VERBS = wordSet('aangemeld doorverwezen verwezen verwijst verwees gestuurd stuurt stuurde');
const REFERRAL_FILLERS = wordSet('hem haar heeft had');

/** A treater referring the person (a pronoun) on: the care after it is the person's, not the treater's. */
function isTreaterReferring(tokens: readonly Token[], role: number): boolean {
  for (let j = role + 1; j <= role + 3; j++) {
    const key = tokens[j]?.key ?? '';
    if (REFERRAL_VERBS.has(key)) return j > role + 1;
    if (!REFERRAL_FILLERS.has(key)) return false;
  }
  return false;
}

// Held-out 19: "mag van de psychiater met begeleid verlof ...", "moet van zijn behandelaar ...".
const ALLOWED_VERBS = wordSet('mag mocht mogen moet moest moeten');
const ROLE_ARTICLES = wordSet("de zijn haar z'n d'r");

/** "mag van de psychiater": a treater allowing or telling the person named, who is the owner. */
function isTreaterAllowing(tokens: readonly Token[], role: number): boolean {
  const article = ROLE_ARTICLES.has(tokens[role - 1]?.key ?? '') ? role - 1 : role;
  return tokens[article - 1]?.key === 'van' && ALLOWED_VERBS.has(tokens[article - 2]?.key ?? '');
}

/** "denkt aan (een) opname", "overweegt opname": the admission noun at k weighed. */
export function isAdmissionConsidered(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (INDEFINITE.has(tokens[j]?.key ?? '')) j--;
  const key = tokens[j]?.key ?? '';
  if (WEIGHING_VERBS.has(key)) return true;
  // Batch 54: "hij wil nu (zelf) een opname" (not "wil een opname maken", "een opname van het webinar").
  if (j < k - 1 && isWanted(tokens, j)) return !NOT_WANTED_AFTER.has(tokens[k + 1]?.key ?? '');
  return key === 'aan' && THINKING_VERBS.has(tokens[j - 1]?.key ?? '');
}

/**
 * After "Name:" at `colon`, the care term at `first` is said of a third person: "haar"/"zijn" right
 * before it (a speaker would say "mijn"), or a treater deciding about it ("Nadia: huisarts denkt aan
 * opname"; at most NOTE_WINDOW tokens after the colon).
 */
export function isThirdPersonNote(tokens: readonly Token[], colon: number, first: number): boolean {
  if (THIRD_PERSON_POSSESSIVES.has(tokens[first - 1]?.key ?? '')) return true;
  for (let j = colon + 1; j < first && j <= colon + NOTE_WINDOW; j++)
    if (isTreaterDeciding(tokens, j)) return true;
  return false;
}

// Batch 45: "Giel heeft een nieuwe psychiater bij FACT": a treater one has (not "... in het team", "als
// collega", nor one named after it).
const HAVING = wordSet('heeft had krijgt kreeg');
const TREATER_ADJECTIVES = wordSet('nieuwe eigen vaste andere');
const NOT_HAD_AFTER = wordSet(': in als');

export function isTreaterHad(tokens: readonly Token[], k: number): boolean {
  const j = TREATER_ADJECTIVES.has(tokens[k - 1]!.key) ? k - 2 : k - 1;
  // Not a team's new treater announced by name: "heeft een nieuwe psychiater: Dr. W. Mulder".
  const next = tokens[k + 1];
  if (next !== undefined && (NOT_HAD_AFTER.has(next.key) || isCapitalised(next))) return false;
  // "heeft een psycholoog gesproken", "... van de cliënt gebeld": a treater met (review probes).
  if (isTreaterMet(tokens, k)) return false;
  if (tokens[j]?.key !== 'een') return false;
  return HAVING.has(tokens[j - 1]?.key ?? '') || isHadVerbLast(tokens, j - 1, k);
}

// Held-out 43's class: "behalve dat hij een nieuwe psychiater heeft gekregen", "dat ze een psycholoog heeft": a
// clause's subject, the verb of having last (not "dat ze een psycholoog heeft gebeld", "... heeft aangenomen").
const CLAUSE_SUBJECTS = HE_SHE;
const HAD_PARTICIPLES = wordSet('gekregen gehad toegewezen');

function isHadVerbLast(tokens: readonly Token[], subject: number, k: number): boolean {
  if (!CLAUSE_SUBJECTS.has(tokens[subject]?.key ?? '') || !HAVING.has(tokens[k + 1]?.key ?? '')) return false;
  const after = tokens[k + 2];
  return after === undefined || after.type === 'punct' || HAD_PARTICIPLES.has(after.key);
}

// det-family: "huisarts heeft sertraline voorgeschreven", "de psychiater heeft mijn medicijnen veranderd".
const HAVE = wordSet('heeft had');
const PRESCRIBED = wordSet(`voorgeschreven verhoogd verlaagd veranderd aangepast omgezet afgebouwd gestart
  gestopt opgehoogd`);
const PRESCRIBE_WINDOW = 4;

/** A treater who "heeft" a medication prescribed or changed: the one it is prescribed for owns it. */
function isTreaterPrescribing(tokens: readonly Token[], role: number): boolean {
  if (!HAVE.has(tokens[role + 1]?.key ?? '')) return false;
  for (let j = role + 2; j < tokens.length && j <= role + 1 + PRESCRIBE_WINDOW; j++) {
    if (PRESCRIBED.has(tokens[j]!.key)) return true;
    if (tokens[j]!.type === 'punct') return false;
  }
  return false;
}
