import { type Token, tokenize } from './tokens.ts';
import { WordShapes } from './word-sets.ts';

/**
 * Organisations a werkgroep talks about. Their names are masked before names and care terms are
 * looked for, so "Pro Persona", "Vincent van Gogh" (a GGZ institution) or "Lander" (an SW-bedrijf)
 * are never read as a person, and "Verslavingszorg Noord Nederland" never as a care detail. The list
 * is extended per deployment through the guard's `organisations` option.
 */
export const DEFAULT_ORGANISATIONS: readonly string[] = [
  // GGZ
  'GGNet',
  'Mediant',
  'Dimence',
  'Lentis',
  'Parnassia',
  'Pro Persona',
  'Arkin',
  'Altrecht',
  'GGz Centraal',
  'Emergis',
  'Yulius',
  'Accare',
  'Tactus',
  'Iriszorg',
  'Mondriaan',
  'Vincent van Gogh',
  'Reinier van Arkel',
  'GGzE',
  'GGZ Drenthe',
  'GGZ Friesland',
  'GGZ inGeest',
  'GGZ Delfland',
  'GGZ Rivierduinen',
  'GGZ Breburg',
  'GGZ Oost Brabant',
  'GGZ Noord-Holland-Noord',
  'Rivierduinen',
  'Karakter',
  'Levvel',
  'Antes',
  'Bavo Europoort',
  'Indigo',
  'Novadic-Kentron',
  'Jellinek',
  'Brijder',
  'Victas',
  'Verslavingszorg Noord Nederland',
  'VNN',
  'Inforsa',
  'Kenniscentrum Phrenos',
  'Phrenos',
  'Trimbos',
  'MIND',
  'Samen Sterk zonder Stigma',
  // det-73: GGZ and hospitals of the Utrecht, Amersfoort, Arnhem-Nijmegen and Veluwe werkgroepen, so "Psychiater
  // Lister" or "Thijs van Lister" names no person. Not the housing providers (Leger des Heils, Kwintes, RIBW ...):
  // near one an address is often a client's room ("een kamer via Leger des Heils, adres: ...", batch 62).
  'Lister',
  'Youz',
  'Rijnstate',
  'Diakonessenhuis',
  'Ziekenhuis Gelderse Vallei',
  // Work and income, national bodies, insurers
  'UWV',
  'GGD',
  'CJG',
  'SVB',
  // Held-out 43: the collectors of a care contribution and of fines ("Eigen bijdrage ... tnv CAK").
  'CAK',
  'CJIB',
  'GGZ',
  'GGz',
  'IPS',
  'Laborijn',
  'Divosa',
  'Cedris',
  'VNG',
  'SZW',
  'ZonMw',
  'Hoofdzaak Werk',
  'Werk als beste zorg',
  'Werkplein',
  'Werkbedrijf',
  'Werkgeversservicepunt',
  'Suwinet',
  'Menzis',
  'Zilveren Kruis',
  'VGZ',
  'CZ',
  'DSW',
  'Zorg en Zekerheid',
  'ONVZ',
  'Achmea',
  // SW-bedrijven and re-integration
  'Tomin',
  'Wedeo',
  'Larcom',
  'Presikhaaf',
  'Ergon',
  'Permar',
  'Lander',
  'Pantar',
  'Sagenn',
  'Atlant',
  'Orionis',
  'Synergon',
  'Empatec',
  'Alescon',
  'Wezo',
  'Scalabor',
  'Rijnvicus',
  'Senzer',
  'Baanbrekers',
  'Werkzaak',
  'Diamant-groep',
  'Top Craft',
  'Breed',
  'Concern voor Werk',
  'Humanitas',
  'Biga',
  'Avres',
  'Tiem',
  'Pameijer',
  'Cordaan',
  "'s Heeren Loo",
  'Philadelphia',
  'Ipse de Bruggen',
  // Zuid-Limburg (since heldout17-classes): a hospital, a rehabilitation centre, care and work providers.
  'Zuyderland',
  'Adelante',
  'Levanto',
  'Podium24',
  'Vebego',
  'Trajectum',
  'Vixia',
];

/** How many tokens from k form a known organisation name (the longest), 0 when none; matching ignores case and accents. */
export type OrganisationMatcher = (tokens: readonly Token[], k: number) => number;

export function createOrganisationMatcher(extra: readonly string[]): OrganisationMatcher {
  const byFirstWord = new Map<string, string[][]>();
  for (const name of [...DEFAULT_ORGANISATIONS, ...extra]) {
    const words = tokenize(name).map((t) => t.key);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(words);
    byFirstWord.set(first, list);
  }
  return organisationAt(byFirstWord);
}

function organisationAt(byFirstWord: ReadonlyMap<string, string[][]>): OrganisationMatcher {
  // The shapes of the first words: most words are rejected without hashing them.
  const shapes = new WordShapes();
  for (const first of byFirstWord.keys()) shapes.add(first);
  const namesStartingWith = (key: string) => (shapes.mayHave(key) ? byFirstWord.get(key) : undefined);
  const matcher: OrganisationMatcher = (tokens, k) => {
    const token = tokens[k]!;
    const record = token.record;
    let candidates: string[][] | undefined;
    // The names a word starts, kept on its record (word-records.ts) for the next time it is seen.
    if (record === null) candidates = namesStartingWith(token.key);
    else if (record.organisationsOf === matcher) candidates = record.organisations as string[][] | undefined;
    else {
      candidates = namesStartingWith(token.key);
      record.organisations = candidates;
      record.organisationsOf = matcher;
    }
    if (candidates === undefined) return 0;
    let longest = 0;
    for (const words of candidates) {
      if (words.length <= longest) continue;
      let n = 1;
      while (n < words.length && tokens[k + n]?.key === words[n]) n++;
      if (n === words.length) longest = n;
    }
    return longest;
  };
  return matcher;
}
