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

/** The care term at token k names a topic, a document or an institution. */
export function namesTopic(tokens: readonly Token[], k: number): boolean {
  const term = tokens[k]!;
  if (tokens[k + 1]?.key === 'bij' && GROUPS.has(tokens[k + 2]?.key ?? '')) return true;
  if (DOCUMENTS.some((head) => term.key.endsWith(`-${head}`))) return true;
  const head = tokens[k - 2];
  if (!term.capitalised || tokens[k - 1]?.key !== 'voor' || head === undefined) return false;
  // Someone "van" the institution works there ("Ibrahim van de Kliniek voor ..."); "naar de Kliniek" is a visit.
  const of = tokens[k - 4]?.key === 'van' && (tokens[k - 3]?.key === 'de' || tokens[k - 3]?.key === 'het');
  return of && head.capitalised && INSTITUTIONS.has(head.key);
}
