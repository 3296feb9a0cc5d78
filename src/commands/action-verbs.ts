/**
 * Verbs an actiepunt starts with, as typed after an owner's name ("@Marloes Bel de werkgever",
 * "@Noor Mailen naar UWV"): the command form and the infinitive. A capitalised word after a first
 * name is read as a surname ("@Ruben Jansen …", a full name no member has) unless it is one of
 * these: then it is where the action begins. Surnames that are also such a verb are rare, and a
 * member with that very full name is still found first (actiepunt-mention.ts).
 */
const VERBS = [
  ['bel', 'bellen'],
  ['mail', 'mailen'],
  ['stuur', 'sturen'],
  ['verstuur', 'versturen'],
  ['plan', 'plannen'],
  ['regel', 'regelen'],
  ['vraag', 'vragen'],
  ['maak', 'maken'],
  ['zoek', 'zoeken'],
  ['check', 'checken'],
  ['controleer', 'controleren'],
  ['nodig', 'uitnodigen'],
  ['organiseer', 'organiseren'],
  ['schrijf', 'schrijven'],
  ['deel', 'delen'],
  ['informeer', 'informeren'],
  ['neem', 'nemen'],
  ['stel', 'opstellen'],
  ['overleg', 'overleggen'],
  ['agendeer', 'agenderen'],
  ['bespreek', 'bespreken'],
  ['zet', 'zetten'],
  ['geef', 'geven'],
  ['breng', 'brengen'],
  ['leg', 'leggen'],
  ['benader', 'benaderen'],
  ['spreek', 'afspreken'],
  ['verzamel', 'verzamelen'],
  ['lever', 'leveren'],
  ['koppel', 'koppelen'],
  ['onderzoek', 'onderzoeken'],
  ['rond', 'afronden'],
  ['werk', 'uitwerken'],
  ['bereid', 'voorbereiden'],
  ['pas', 'aanpassen'],
  ['afmaken'],
  ['vul', 'invullen'],
  ['zorg', 'zorgen'],
  ['kijk', 'kijken'],
  ['bekijk', 'bekijken'],
  ['herinner', 'herinneren'],
  ['app', 'appen'],
  ['contacteer', 'contacteren'],
  ['update', 'updaten'],
  ['stem', 'afstemmen'],
  ['doe', 'doen'],
].flat();

const KNOWN = new Set(VERBS);

/** Whether `word` (any capitals) is a verb an actiepunt starts with. */
export function isActionVerb(word: string): boolean {
  return KNOWN.has(word.toLocaleLowerCase('nl'));
}
