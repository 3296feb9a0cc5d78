import { affectedBeyondRole } from './care-term-affected.ts';
import { pointedBack } from './care-term-pointed-back.ts';
import { CLIENT_ROLES } from './client-words.ts';
import { HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 48 (issue 14): a client described by a care term ("de deelnemer met PTSS", "onze cliënt met een
 * gokverslaving") is a general phrase until a name says who it is. The name may be
 *  - the subject the description is said of: "Pim is onze cliënt met een gokverslaving", also past a
 *    bracketed aside: "\"Pim\" (zo noemen we hem maar) is onze cliënt met ...";
 *  - in apposition after it, between commas: "de deelnemer met PTSS uit regio Noord, Gijs Mulder, heeft ...".
 * Only client nouns ("Sanne is onze collega met veel kennis van autisme" is no one's care).
 */
const CLIENTS = wordSet(`${CLIENT_ROLES} patient patiente`);
const WITH = 'met';
const WITH_REACH = 3;
// "Koen is cliënt bij Zorggroep Zwolle vanwege zijn verslaving", "... en heeft een verslaving" (review 29b):
// the care told as the reason, or by a verb joined to the subject's clause, a few words after the client
// noun the subject is said to be.
const REASONS = wordSet('vanwege wegens voor');
const OWN = wordSet('zijn haar een');
const JOINED_VERBS = wordSet('heeft had is was zit zat krijgt kreeg');
const REASON_REACH = 8;
const DETERMINERS = wordSet('een de onze ons mijn jullie');
const COPULAS = wordSet('is was wordt werd blijft');
const ASIDE_REACH = 10;
const APPOSITION_REACH = 8;
const APPOSITION_ENDS = wordSet(', ( -');

/** The person a client noun at `role`, described by the care term at [first, last], is said to be. */
export function describedClient(
  refs: {
    readonly tokens: readonly Token[];
    readonly byLast: PersonRefIndex;
    readonly byFirst: PersonRefIndex;
    readonly previous?: PersonRef | undefined;
  },
  role: number,
  first: number,
  last: number,
): PersonRef | null {
  const { tokens, byLast, byFirst } = refs;
  const pointed = pointedBack(tokens, byLast, role, refs.previous); // "Over Sjors: die jongen ..." (batch 58)
  if (pointed !== undefined) return pointed;
  if (!CLIENTS.has(tokens[role]!.key)) return affectedBeyondRole(refs, role, first, last);
  if (isOwnReason(tokens, role, first)) return subjectOf(tokens, byLast, role) ?? null;
  if (tokens[role + 1]?.key !== WITH || first - role - 1 > WITH_REACH) return null;
  return (
    subjectOf(tokens, byLast, role) ??
    appositionAfter(tokens, byFirst, last) ??
    namedLater(tokens, byFirst, last) ??
    null
  );
}

// det-73: "De nieuwe deelnemer met de heupprothese woont in Veenendaal, haar naam is Ria", "..., ze heet Ria":
// the client described is named further on in the sentence by her own pronoun; not "de jobcoach heet Ria".
const NAMED_REACH = 16;
const NAMING_PRONOUNS = HE_SHE;
const OWN_PRONOUNS = HIS_HER_SHORT;
const SENTENCE_MARKS = wordSet('. ! ? ;');

/** The name given a few words after the description at `last`: "heet <name>" after the description or a pronoun, "haar naam is <name>". */
function namedLater(tokens: readonly Token[], byFirst: PersonRefIndex, last: number): PersonRef | undefined {
  for (let j = last + 1; j < tokens.length && j <= last + NAMED_REACH; j++) {
    const token = tokens[j]!;
    if (token.lineBefore || SENTENCE_MARKS.has(token.text)) return undefined;
    const before = tokens[j - 1]!.key;
    if (token.key === 'heet' && (j === last + 1 || NAMING_PRONOUNS.has(before))) return byFirst.get(j + 1);
    if (token.key === 'naam' && OWN_PRONOUNS.has(before) && tokens[j + 1]?.key === 'is')
      return byFirst.get(j + 2);
  }
  return undefined;
}

/** "cliënt bij ... vanwege zijn <term>", "... en heeft een <term>": the care term at `first` is the client's. */
function isOwnReason(tokens: readonly Token[], role: number, first: number): boolean {
  if (first - role > REASON_REACH) return false;
  if (OWN.has(tokens[first - 1]?.key ?? '') && REASONS.has(tokens[first - 2]?.key ?? '')) return true;
  for (let j = role + 1; j < first - 1; j++) {
    if (tokens[j]!.key === 'en' && JOINED_VERBS.has(tokens[j + 1]!.key)) return true;
  }
  return false;
}

/** "Pim is onze cliënt": the name before a copula and a determiner. */
function subjectOf(tokens: readonly Token[], byLast: PersonRefIndex, role: number): PersonRef | undefined {
  let j = role - 1;
  if (DETERMINERS.has(tokens[j]?.key ?? '')) j--;
  if (!COPULAS.has(tokens[j]?.key ?? '')) return undefined;
  j--;
  if (tokens[j]?.text === ')') {
    const close = j;
    while (j > close - ASIDE_REACH && j > 0 && tokens[j]!.text !== '(') j--;
    if (tokens[j]?.text !== '(') return undefined;
    j--;
  }
  if (tokens[j]?.text === '"' || tokens[j]?.text === '”') j--;
  const ref = byLast.get(j);
  return ref !== undefined && opensClause(tokens, ref.first) ? ref : undefined;
}

// "Bij Anouk is een cliënt met een psychose uitgevallen": after a preposition the name is no subject.
const CLAUSE_OPENERS = wordSet('en maar want dat omdat toen nu dus');

/** The name starting at `first` opens its text, line or clause: it can be the subject. */
function opensClause(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  const at = tokens[first]!;
  if (before === undefined || at.lineBefore) return true;
  if (before.text === '"' || before.text === '“') return opensClause(tokens, first - 1);
  return before.type === 'punct' || CLAUSE_OPENERS.has(before.key);
}

/** ", Gijs Mulder,": a name between commas after the description. */
function appositionAfter(
  tokens: readonly Token[],
  byFirst: PersonRefIndex,
  last: number,
): PersonRef | undefined {
  for (let j = last + 1; j < tokens.length && j <= last + APPOSITION_REACH; j++) {
    const token = tokens[j]!;
    if (token.text !== ',') {
      if (token.type === 'punct') return undefined;
      continue;
    }
    const ref = byFirst.get(j + 1);
    if (ref === undefined || !APPOSITION_ENDS.has(tokens[ref.last + 1]?.text ?? '')) return undefined;
    return ref;
  }
  return undefined;
}

// det-nh (batch 63): "dhr. Veldhuis wel, de man met de angststoornis", "Kim S. is de vrouw met de
// alcoholverslaving": a definite description after the name, joined by a copula or an adverb, is the person.
// Not "een man met ..." (someone else), nor past another word ("Sanne sprak de man met de psychose").
const DESCRIBED_NOUNS = wordSet('man vrouw jongen meisje jongeman');
const DEFINITE = wordSet('de die');
const DESCRIBED_FILLERS = wordSet(', is was wel toch nog dus ook');

/** The person a definite description or a client noun at `role` says (describedPerson, describedClient). */
export function describedOrClient(
  context: Parameters<typeof describedClient>[0] & { readonly sentence: Sentence },
  role: number,
  first: number,
  last: number,
): PersonRef | null {
  return describedPerson(context, role) ?? describedClient(context, role, first, last);
}

function describedPerson(
  context: {
    readonly tokens: readonly Token[];
    readonly sentence: Sentence;
    readonly byLast: PersonRefIndex;
  },
  role: number,
): PersonRef | undefined {
  const { tokens, sentence, byLast } = context;
  if (!DESCRIBED_NOUNS.has(tokens[role]!.key) || tokens[role + 1]?.key !== 'met') return undefined;
  if (!DEFINITE.has(tokens[role - 1]?.key ?? '')) return undefined;
  for (let j = role - 2; j >= sentence.from && j >= role - 5; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return ref;
    if (!DESCRIBED_FILLERS.has(tokens[j]!.key)) return undefined;
  }
  return undefined;
}
