import { isBirthFigure } from './care-term-birth.ts';
import { isCourseTitle } from './care-term-course-title.ts';
import { isFigurative } from './care-term-figurative.ts';
import { isOrdinaryUse } from './care-term-ordinary-use.ts';
import { isPresentersTopic } from './care-term-presenter.ts';
import { isQuotedProgrammeTopic } from './care-term-quoted-topic.ts';
import { namesService } from './care-term-services.ts';
import { isStaffsService } from './care-term-staff-of.ts';
import { namesTopic } from './care-term-topics.ts';
import { isWorkSense } from './care-term-work-sense.ts';
import type { CareLexicon } from './care-terms.ts';
import { CLIENT_PLURALS } from './client-words.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 18 (read 6 December 2026): a care word in a question someone looks into or asks on
 * another's behalf, about a benefit or a rule, not about the person named:
 *  - a named colleague's task to find out what a benefit covers: "Erik zoekt uit of bijzondere bijstand
 *    medicatiekosten kan dekken", "Fleur gaat na of de gemeente de eigen bijdrage voor therapie vergoedt".
 *    The care term stands in the clause opened by "of", "hoe", "wat", "welke", "wanneer" or "hoeveel"
 *    right after a verb of looking into ("zoekt uit", "gaat na", "checkt", "informeert", "vraagt na",
 *    "onderzoekt"), the clause names a benefit, a cost or a payer ("bijstand", "vergoedt", "dekken",
 *    "kosten", "gemeente"), and no pronoun or possessive in it ("Erik zoekt uit of zijn medicatie vergoed
 *    wordt" is his; nor "van Jan": "... de medicatiekosten van Jan dekt" is Jan's) and no comma between. "Erik kijkt of de medicatie aanslaat" is no task (not such a verb).
 *  - a question whose care term describes an indefinite person, "Hoeveel uur mag iemand met een
 *    Wajong-uitkering werken ...? Vraag voor Marloes.": the term is that person's ("iemand", "mensen",
 *    "een cliënt" and "met" before it), so the question is not carried to the person it is asked for
 *    (name-health.ts: "heeft iemand ervaring met schizofrenie? vraag voor Dennis" still is).
 */
const LOOKING_INTO = wordSet(`uit na checkt checken check informeert informeren onderzoekt onderzoeken
  navragen uitzoeken nagaan`);
const QUESTION_WORDS = wordSet('of hoe wat welke welk wanneer hoeveel waarom');
const BENEFIT_WORDS =
  wordSet(`bijstand uitkering uitkeringen vergoeding vergoedingen vergoedt vergoed vergoeden
  dekken dekt gedekt betaalt betalen verzekering verzekeraar zorgverzekeraar regeling subsidie toeslag
  budget pgb wmo gemeente uwv fonds bijdrage kosten`);
const COST_ENDING = 'kosten';
const PERSONAL = wordSet("hij zij ze hem haar zijn z'n zn d'r hun");
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')']);
const QUESTION_WINDOW = 14;
// The walk back of isTaskQuestion asks only these words anything (one bit per word).
const isPersonalOrQuestion = keyTest((key) => PERSONAL.has(key) || QUESTION_WORDS.has(key));

/**
 * The care term at token k is nobody's: it names a service (care-term-services.ts: "werkt op de afdeling
 * eetstoornissen") or stands in a question looked into about a benefit.
 */
export function isNobodysCare(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  return (
    namesService(tokens, k) ||
    isStaffsService(tokens, k) ||
    isFigurative(tokens, k) ||
    isBirthFigure(tokens, sentence, k) || // det-birth39
    namesTopic(tokens, k) ||
    isTaskQuestion(tokens, sentence, k) ||
    isPresentersTopic(tokens, sentence, k) || // care-term-presenter.ts
    isQuotedProgrammeTopic(tokens, sentence, k) || // det-owner71
    isOrdinaryUse(tokens, sentence, k) || // review 31
    isCourseTitle(tokens, sentence, k) || // det-fp40
    isWorkSense(tokens, sentence, k) // det-fp40
  );
}

/** The care term at token k stands in a question looked into about a benefit, nobody's own. */
function isTaskQuestion(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  let opener = -1;
  for (let j = k - 1; j >= sentence.from && j >= k - QUESTION_WINDOW; j--) {
    const token = tokens[j]!;
    if (CLAUSE_BREAKS.has(token.text)) return false;
    if (!isPersonalOrQuestion(token)) continue;
    if (PERSONAL.has(token.key)) return false;
    if (QUESTION_WORDS.has(token.key) && LOOKING_INTO.has(tokens[j - 1]?.key ?? '')) {
      opener = j;
      break;
    }
  }
  if (opener === -1) return false;
  let benefit = false;
  for (let j = opener + 1; j < sentence.to && j <= opener + QUESTION_WINDOW; j++) {
    const token = tokens[j]!;
    if (j > k && CLAUSE_BREAKS.has(token.text)) break;
    if (PERSONAL.has(token.key) || isOfNamed(tokens, j)) return false;
    benefit ||= BENEFIT_WORDS.has(token.key) || (token.key.endsWith(COST_ENDING) && j === k);
  }
  return benefit;
}

/** "de medicatiekosten van Jan", "de therapie van Marloes": "van" and a capitalised word at j (review probes). */
function isOfNamed(tokens: readonly Token[], j: number): boolean {
  if (PLACE_OWNERS.has(tokens[j - 1]?.key ?? '')) return false; // "de gemeente van Almelo"
  return tokens[j]!.key === 'van' && tokens[j + 1]?.capitalised === true;
}
const PLACE_OWNERS = wordSet('gemeente gemeenten regio provincie stad');

// "iemand met een Wajong-uitkering", "mensen met autisme", "een cliënt met ADHD": an indefinite person described.
const INDEFINITES = wordSet(`iemand niemand iedereen mensen personen ${CLIENT_PLURALS} jongeren
  werknemers kandidaten werkzoekenden inwoners`);
const INDEFINITE_NOUNS = wordSet('klant client deelnemer werknemer persoon jongere kandidaat werkzoekende');
const ARTICLES = wordSet("een de het zo'n");
const WITH = wordSet('met zonder');

/** Whether a care term of the sentence is not one describing an indefinite person. */
export function hasCareOfNoIndefinite(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  for (let k = sentence.from; k < sentence.to; k++) {
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length === 0) continue;
    if (!isOfIndefinite(tokens, k)) return true;
    k += length - 1;
  }
  return false;
}

function isOfIndefinite(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  if (ARTICLES.has(tokens[j]?.key ?? '')) j--;
  if (!WITH.has(tokens[j]?.key ?? '')) return false;
  const person = tokens[j - 1]?.key ?? '';
  return INDEFINITES.has(person) || (INDEFINITE_NOUNS.has(person) && tokens[j - 2]?.key === 'een');
}

// "Vraag voor Marloes, die het zelf heeft": the care asked about is the named person's own (not "ze wil
// het zelf weten").
const SELF = 'zelf';
const HAS_IT = wordSet('heeft had heb');

/** The sentence tells its person has the care asked about: "zelf" and a having verb. */
export function hasItSelf(tokens: readonly Token[], sentence: Sentence): boolean {
  let self = false;
  let has = false;
  for (let k = sentence.from; k < sentence.to; k++) {
    self ||= tokens[k]!.key === SELF;
    has ||= HAS_IT.has(tokens[k]!.key);
  }
  return self && has;
}
