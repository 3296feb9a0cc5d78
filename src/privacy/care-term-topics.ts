import { ARTICLES, CLAUSE_JOINS } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * det-family (batch 51's flagged clean lines): a care term that names a topic, a document or an institution,
 * nobody's health, whoever is named in the sentence:
 *  - a group after "bij": "inclusief trauma bij vluchtelingen", "verslaving bij jongeren";
 *  - a leaflet or sheet about the term, joined to it: "de sertraline-folder", "de ADHD-factsheet";
 *  - an institution's name, someone "van" it: "Ibrahim van de Kliniek voor Psychotrauma", "van het Centrum
 *    voor Autisme" (not "gaat naar de Kliniek voor Psychotrauma").
 * Each test looks at two or three tokens.
 */
const GROUPS = wordSet(`vluchtelingen statushouders jongeren ouderen volwassenen kinderen studenten werknemers
  werkzoekenden clienten deelnemers mannen vrouwen migranten nieuwkomers`);
const DOCUMENTS = ['folder', 'brochure', 'factsheet', 'flyer', 'handreiking', 'infographic'];
const INSTITUTIONS = wordSet('kliniek centrum instituut expertisecentrum kenniscentrum fonds stichting');

// Batch 52: "een voorbeeld-behandelplan PTSS", "de voorbeeldcasus psychose": an example of the term.
const EXAMPLE_START = 'voorbeeld';
// det-52: "heeft de detox-opname als casus in de scholing besproken": the term taken as an example.
const TAKEN_AS = wordSet('casus voorbeeld thema onderwerp casestudy');
const AS_WINDOW = 3;

/**
 * "de detox-opname als casus": an article before the term, "als" and an example's word after it; batch 59:
 * also without the article when they follow the term right away ("heeft burn-out als thema voorgesteld").
 */
function isTakenAsCase(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key === 'als' && TAKEN_AS.has(tokens[k + 2]?.key ?? '')) return true;
  if (!ARTICLES.has(tokens[k - 1]?.key ?? '')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + AS_WINDOW; j++)
    if (tokens[j]!.key === 'als') return TAKEN_AS.has(tokens[j + 1]?.key ?? '');
  return false;
}

// Batch 59: "vraagt om meer aandacht voor verslaving in de training": attention asked for a topic (not
// "aandacht voor zijn verslaving": a possessive stands between).
function isAskedAttentionFor(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.key === 'voor' && tokens[k - 2]?.key === 'aandacht';
}

// Batch 52: "dat de crisisopvang in Arnhem een nieuw telefoonnummer heeft": the service's own contact details.
const CONTACT_DETAILS = wordSet(`telefoonnummer nummer adres mailadres emailadres website openingstijden
  bereikbaarheid`);
const CONTACT_WINDOW = 5;

// Not a place someone is in or goes to ("zit in de kliniek en heeft een nieuw nummer"), nor past a new clause.
const PLACE_PREPOSITIONS = wordSet('in op naar bij uit van');

/** The term, an article before it and no preposition, and a word for its contact details a few words on. */
function hasContactDetails(tokens: readonly Token[], k: number): boolean {
  if (!ARTICLES.has(tokens[k - 1]?.key ?? '') || PLACE_PREPOSITIONS.has(tokens[k - 2]?.key ?? ''))
    return false;
  for (let j = k + 1; j < tokens.length && j <= k + CONTACT_WINDOW; j++) {
    if (CONTACT_DETAILS.has(tokens[j]!.key)) return true;
    if (tokens[j]!.type === 'punct' || CLAUSE_JOINS.has(tokens[j]!.key)) return false;
  }
  return false;
}

/** The care term at token k names a topic, a document or an institution. */
export function namesTopic(tokens: readonly Token[], k: number): boolean {
  const term = tokens[k]!;
  if (tokens[k + 1]?.key === 'bij' && GROUPS.has(tokens[k + 2]?.key ?? '')) return true;
  if (tokens[k - 1]?.key.startsWith(EXAMPLE_START) || isTakenAsCase(tokens, k)) return true;
  if (hasContactDetails(tokens, k) || isAskedAttentionFor(tokens, k)) return true;
  if (DOCUMENTS.some((head) => term.key.endsWith(`-${head}`))) return true;
  const head = tokens[k - 2];
  if (!term.capitalised || tokens[k - 1]?.key !== 'voor' || head === undefined) return false;
  // Someone "van" the institution works there ("Ibrahim van de Kliniek voor ..."); "naar de Kliniek" is a visit.
  const of = tokens[k - 4]?.key === 'van' && (tokens[k - 3]?.key === 'de' || tokens[k - 3]?.key === 'het');
  return of && head.capitalised && INSTITUTIONS.has(head.key);
}
