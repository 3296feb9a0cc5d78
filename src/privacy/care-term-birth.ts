import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * det-birth39, the lead's policy (stop 39): a named person giving birth is a health detail, as a pregnancy
 * and a miscarriage are; a man become father, a baby born or had, a leave alone are not (README "Birth news").
 * "bevallen" is also "liked" ("het is me goed bevallen", "hoe is de training jullie bevallen?"), so it counts
 * only in a birth's shape:
 *  - "bevallen van ..." ("is bevallen van een dochter", "is in het Gelre bevallen van een tweeling");
 *  - a form of "zijn" up to five words before, only time, place and manner words between ("is afgelopen nacht
 *    bevallen", "is met 30 weken bevallen", "is te vroeg bevallen"; not "is het goed bevallen");
 *  - after a person and a conjunction, the verb after it ("dat Chantal bevallen is");
 *  - "beviel" with "van" up to four words on ("Lisa beviel vorige week van een zoon"; not "beviel iedereen").
 * Bounded looks around the word only.
 */
const BE = wordSet('is was ben bent zijn waren');
// Words between the verb and "bevallen" in a birth: when, where, how early.
const BIRTH_FILLERS = wordSet(`net pas gisteren gisteravond gisternacht vannacht vanochtend vanmorgen vandaag
  afgelopen vorige vorig week weekend nacht ochtend avond maandag dinsdag woensdag donderdag vrijdag zaterdag
  zondag thuis vroeg te eerder eindelijk inmiddels al ook alweer zelf met weken in het ziekenhuis gewoon
  spontaan natuurlijk zojuist vanavond`);
// Liked, not born: the thing liked or who liked it ("het is me goed bevallen", "is het Mohamed bevallen").
const LIKED = wordSet(`goed prima slecht slechter uitstekend best beter matig fijn prettig wel niet helemaal
  erg me mij je jou hem ons jullie u hun iedereen allemaal hoe het dat dit die wat alles zo`);
const CONJUNCTIONS = wordSet('dat toen omdat nadat sinds zodra als of nu zodat');
const PERSON_PRONOUNS = wordSet('ze zij');
const WINDOW = 5;

/** Whether "bevallen" at tokens[k] says a birth given. */
export function isBirthGiven(tokens: readonly Token[], k: number): boolean {
  if (LIKED.has(tokens[k - 1]?.key ?? '')) return false;
  if (tokens[k + 1]?.key === 'van') return true;
  let j = k - 1;
  while (j >= 0 && j >= k - WINDOW && isFiller(tokens[j]!)) j--;
  const verb = tokens[j];
  if (verb !== undefined && BE.has(verb.key)) {
    // "Is het Mohamed bevallen?", "dat is goed bevallen": the thing, not a mother.
    return !LIKED.has(tokens[j + 1]?.key ?? '') && !LIKED.has(tokens[j - 1]?.key ?? '');
  }
  // "dat Chantal bevallen is", "omdat ze gisteren bevallen was".
  if (!BE.has(tokens[k + 1]?.key ?? '') || verb === undefined) return false;
  const person = verb.capitalised || PERSON_PRONOUNS.has(verb.key);
  return person && CONJUNCTIONS.has(tokens[j - 1]?.key ?? '');
}

const isFiller = (token: Token) => BIRTH_FILLERS.has(token.key) || token.type === 'number';

/** Whether "beviel" at tokens[k] says a birth given: "van" within four words, only fillers between. */
export function isBirthGivenPast(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (tokens[j]!.key === 'van') return true;
    if (!isFiller(tokens[j]!)) return false;
  }
  return false;
}

/*
 * A pregnancy or a birth as a figure of a plan ("Het plan van Marco is na een lange zwangerschap eindelijk
 * geboren", "Het project van Esther is nog in de zwangerschap, de bevalling is in het voorjaar"): the sentence
 * opens with an article and a thing made, and says "geboren", "in de zwangerschap(sfase)" or "de bevalling
 * is/volgt". Not with a possessive before the term ("De training van Sanne is verzet vanwege haar
 * zwangerschap" is hers), nor without one of those figures ("... vanwege de zwangerschap").
 */
const OPENERS = wordSet('het de dit deze ons onze dat die');
const MADE_THINGS = wordSet(`plan plannen project projecten idee ideeën convenant werkwijze samenwerking pilot
  nota beleid beleidsplan voorstel rapport boek app website programma regiovisie visie aanpak netwerk methode
  handboek protocol brochure folder nieuwsbrief module werkplan jaarplan projectplan`);
const BIRTH_TOLD = wordSet('is volgt komt');
const POSSESSIVE = wordSet("haar zijn hun z'n zn d'r mijn");
const FIGURE_REACH = 24;

/** Whether the pregnancy or birth term at tokens[k] is a figure of a plan or project. */
export function isBirthFigure(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  const key = tokens[k]!.key;
  if (!key.startsWith('zwangerschap') && !key.startsWith('bevalling')) return false;
  if (POSSESSIVE.has(tokens[k - 1]?.key ?? '') || POSSESSIVE.has(tokens[k - 2]?.key ?? '')) return false;
  const from = sentence.from;
  if (k - from > FIGURE_REACH || !OPENERS.has(tokens[from]?.key ?? '')) return false;
  const thing = tokens[from + 1]?.key ?? '';
  if (!MADE_THINGS.has(thing)) return false;
  const end = Math.min(sentence.to, from + FIGURE_REACH * 2);
  for (let j = from + 2; j < end; j++) if (isFigureWord(tokens, j)) return true;
  return false;
}

function isFigureWord(tokens: readonly Token[], j: number): boolean {
  const key = tokens[j]!.key;
  if (key === 'geboren') return true;
  if (key.startsWith('zwangerschap')) return tokens[j - 1]?.key === 'de' && tokens[j - 2]?.key === 'in';
  if (key === 'bevalling') return tokens[j - 1]?.key === 'de' && BIRTH_TOLD.has(tokens[j + 1]?.key ?? '');
  return false;
}
