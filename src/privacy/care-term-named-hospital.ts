import { isProvider } from './care-provider-words.ts';
import { BREADTH37_HOSPITALS } from './care-terms-breadth37.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * A stay in a hospital named after the article (care-term-plain.ts): "ligt in het Radboud", "lag in
 * het UMC", since batch 53 with one adverb between ("ligt nog in het UMCG", "lag al in het Scheper"), since
 * review 30 also "nog steeds"; det-plain37: a care provider by its name with no article ("ligt in Dennenoord",
 * "lag al in Parnassia"; not "ligt in Utrecht", "ligt in de la").
 */
// "ligt in het Radboud", "lag in het UMC": a hospital named after the article.
const HOSPITALS = wordSetOf([
  ...wordSet(`radboud radboudumc erasmus erasmusmc antoni wilhelmina maxima isala rijnstate gelre
  amphia catharina meander tergooi spaarne zuyderland maasstad franciscus ikazia haga hmc reinier lumc amc vumc
  olvg bovenij zaans dijklander treant martini ommelander nij smellinghe tjongerschans slingeland scheper umcg
  gelderse canisius bernhoven elkerliek anna viecuri laurentius elisabeth tweesteden beatrix rivas`),
  ...BREADTH37_HOSPITALS,
]);
const HOSPITAL_AFTER = wordSet('ziekenhuis mc umc gasthuis');
export const LYING = wordSet('ligt lag');
// Organisations by their capitals that are no hospital ("de brief ligt nog in het UWV").
const NOT_HOSPITALS = wordSet('uwv svb cjib ind ggd duo kvk wsp cak bkr');
const LYING_FILLERS = wordSet('nog al nu weer sinds inmiddels sindsdien');

// "ligt in het Radboud", "ligt in het UMC Utrecht"; not "ligt in het verlengde", "ligt in de bus".
export function isInNamedHospital(tokens: readonly Token[], k: number): boolean {
  // "ligt nog in het UMCG", "lag al in het Martini": one adverb between.
  if (LYING_FILLERS.has(tokens[k + 1]?.key ?? '')) k++;
  // Review 30: "ligt nog steeds in het Radboudumc".
  if (tokens[k]?.key === 'nog' && tokens[k + 1]?.key === 'steeds') k++;
  if (tokens[k + 1]?.key !== 'in') return false;
  const provider = tokens[k + 2];
  if (provider?.capitalised && !provider.lineBefore && isProvider(provider.key)) return true;
  if (tokens[k + 2]?.key !== 'het') return false;
  const name = tokens[k + 3];
  if (name === undefined || name.type !== 'word' || !name.capitalised || name.lineBefore) return false;
  // "ligt in het Vondelpark", "ligt in het Verlengde van ...": a hospital by its abbreviation or name.
  const abbreviation =
    name.allCaps && name.text.length >= 2 && name.text.length <= 5 && !NOT_HOSPITALS.has(name.key);
  return (
    abbreviation ||
    HOSPITALS.has(name.key) ||
    name.key.endsWith('umc') ||
    HOSPITAL_AFTER.has(tokens[k + 4]?.key ?? '') ||
    HOSPITAL_AFTER.has(tokens[k + 5]?.key ?? '')
  );
}
