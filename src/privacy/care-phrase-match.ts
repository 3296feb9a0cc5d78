import { isClauseEnd } from './care-term-functioning.ts';
import { CLAUSE_END_PHRASES, NOT_ABOUT_A_THING_PHRASES } from './care-terms-functioning.ts';
import { NAMED_FIRST, NOT_AFTER_OM, NOT_BEFORE, PERSON_FIRST } from './care-terms-plain38.ts';
import { ARTICLES, HE_SHE_TYPED, THE_OR_OUR } from './function-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isKnownPlaceKey } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Whether a phrase of the care lexicon ("deur niet uit", "zijn bed niet uit") stands at a token, read by
 * care-terms.ts. A phrase ending in "niet (meer) uit" is none when an article follows: "uit" is then a
 * preposition ("kreeg haar bed niet uit de verhuiswagen": furniture; review of batch 44-names).
 */

// "zit in een dip", "is de weg kwijt", "ziet het niet meer zitten" (care-terms-everyday.ts): a state of
// mind, but none when a preposition after it names a thing it is about ("zit in een dip met de omzet",
// "is de weg kwijt in het nieuwe gebouw", "ziet het niet meer zitten met die aanbesteding"; "is niet
// aanspreekbaar op de planning": accountable; "loopt op haar tandvlees met drie projecten": the workload).
const MOOD_PHRASE_ENDS = wordSet('dip dipje kwijt zitten doorheen aanspreekbaar tandvlees tenen');
const ABOUT_A_THING = wordSet('met in qua rond bij op wat van door');
// "gesprekken met de psycholoog van het team", "van onze afdeling": a colleague spoken to, no treater of
// one's own (review 29; "de psycholoog van de klant" is not a team's and still counts).
const TREATER_PHRASE_ENDS = wordSet('psycholoog psych poh poh-ggz');
const TEAM_OWNERS = THE_OR_OUR;
const TEAMS = wordSet('team afdeling werkgroep organisatie instelling wijkteam praktijk');
// "een zware drinker van koffie", "als het om cappuccino gaat" (review 29b): a habit of a drink with no
// alcohol named within a few words after it, or a character "uit de film"; "zware drinker van de haven",
// "... van bier", "uit de buurt" still count.
const HABIT_PHRASE_ENDS = wordSet('drinker drinkster');
const SOFT_DRINKS = wordSet(`koffie koffietje bakkie thee theetje espresso cappuccino latte water melk fris
  frisdrank cola sap chocomel energiedrank energydrink`);
const WORKS = wordSet('film serie boek podcast documentaire voorstelling toneelstuk theaterstuk roman');
const SOFT_DRINK_REACH = 5;
// det-plain37 (care-terms-functioning.ts): "kan het niet meer aan" where its clause ends (not "... met al die
// mails"), "ligt wakker" with no thing it is about after it ("ligt wakker van de deadline", "zit in paniek
// over de begroting", "trekt zich terug uit de werkgroep"). Asked by the phrase's last word first.
const lastWords = (phrases: ReadonlySet<string>) => new Set([...phrases].map((p) => p.split(' ').at(-1)!));
const CLAUSE_END_LAST = lastWords(CLAUSE_END_PHRASES);
const THING_LAST = lastWords(NOT_ABOUT_A_THING_PHRASES);
const THING_AFTER = wordSet('met in qua rond bij op wat van door over voor uit');
// det-plain38 (care-terms-plain38.ts): "Priscilla is helemaal op" (not "het budget is helemaal op"), "krijgt het
// benauwd" (not "... van de planning"), "zit te janken" (not "om te janken"). Asked by the phrase's first word.
const GATED_FIRST = new Set(
  [...PERSON_FIRST, ...NOT_BEFORE.keys(), ...NOT_AFTER_OM].map((p) => p.split(' ')[0]!),
);
const SUBJECT_PRONOUNS = HE_SHE_TYPED;
const OBJECT_OF = wordSet('van voor met bij aan over door');
const NO_PERSONS =
  wordSet(`het de dit dat die deze er alles iemand niemand iedereen wie wat hier daar we wij jullie u
  men ik je dan nu toen ook en maar noord zuid oost west midden`);

/** The words of the phrase from k on, the first one already matched. */
export function matchesPhrase(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let n = 1; n < words.length; n++) {
    if (tokens[k + n]?.key !== words[n]) return false;
  }
  const after = tokens[k + words.length]?.key ?? '';
  if (GATED_FIRST.has(words[0]!) && !isGateOpen(tokens, k, words.join(' '), after)) return false;
  if (MOOD_PHRASE_ENDS.has(words.at(-1)!)) return !ABOUT_A_THING.has(after);
  if (TREATER_PHRASE_ENDS.has(words.at(-1)!)) return !isTeamsTreater(tokens, k + words.length);
  if (HABIT_PHRASE_ENDS.has(words.at(-1)!)) return !isNoHabitOfDrink(tokens, k + words.length);
  if (CLAUSE_END_LAST.has(words.at(-1)!) && CLAUSE_END_PHRASES.has(words.join(' ')))
    return isClauseEnd(tokens[k + words.length]);
  if (THING_LAST.has(words.at(-1)!) && NOT_ABOUT_A_THING_PHRASES.has(words.join(' ')))
    // "is koffie gaan drinken": a soft drink before it too.
    return !THING_AFTER.has(after) && !SOFT_DRINKS.has(tokens[k - 1]?.key ?? '');
  return words.at(-1) !== 'uit' || !ARTICLES.has(after);
}

/** A det-plain38 phrase at k passes its gate: a person before it, no thing it is about after it, no "om" before. */
function isGateOpen(tokens: readonly Token[], k: number, phrase: string, after: string): boolean {
  // "het budget van Marieke is helemaal op": the name after a preposition is no subject.
  const subject = tokens[k - 1];
  // det-care38b: "ik ben gewoon op" is a person's only in the first person (a quote's owner is the walk's).
  const firstPerson = subject?.key === 'ik' && phrase.startsWith('ben ');
  if (
    PERSON_FIRST.has(phrase) &&
    !firstPerson &&
    (!isPersonSubject(subject) || OBJECT_OF.has(tokens[k - 2]?.key ?? ''))
  )
    return false;
  if (NAMED_FIRST.has(phrase) && !SUBJECT_PRONOUNS.has(subject!.key) && !isKnownFirstName(subject!.key))
    return false;
  if (NOT_AFTER_OM.has(phrase) && tokens[k - 1]?.key === 'om') return false;
  return NOT_BEFORE.get(phrase)?.has(after) !== true;
}

/** "hij", "ze", a capitalised word that is no article or pronoun ("Priscilla is ..."), a known first name. */
function isPersonSubject(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') return false;
  if (SUBJECT_PRONOUNS.has(token.key)) return true;
  if (NO_PERSONS.has(token.key) || token.allCaps || token.hasDigit || token.key.includes('-')) return false;
  // "Het FACT-team in Groningen heeft een nieuwe psychiater": a place is no subject.
  return (token.capitalised && !isKnownPlaceKey(token.key)) || isKnownFirstName(token.key);
}

/** "van het team", "van onze afdeling" at `of`: the treater before it is a colleague. */
function isTeamsTreater(tokens: readonly Token[], of: number): boolean {
  if (tokens[of]?.key !== 'van' || !TEAM_OWNERS.has(tokens[of + 1]?.key ?? '')) return false;
  return TEAMS.has(tokens[of + 2]?.key ?? '');
}

/** A drink with no alcohol within a few words from `from`, or "uit de film": no one's habit of drink. */
function isNoHabitOfDrink(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.key === 'uit' && WORKS.has(tokens[from + 2]?.key ?? '')) return true;
  for (let j = from; j < from + SOFT_DRINK_REACH && j < tokens.length; j++) {
    if (tokens[j]!.text === '.' || tokens[j]!.lineBefore) return false;
    if (SOFT_DRINKS.has(tokens[j]!.key)) return true;
  }
  return false;
}
