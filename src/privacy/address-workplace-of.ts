import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 65 (det-contacts65): "werkplek van onze deelnemer: Bakkerij Mulder, Hoofdstraat 56", "de stageplek van
 * de klant is bij ...": a client word bound by "van" to a workplace noun names whose workplace it is, and the
 * address is the workplace's, not the client's home. The resident test of organisation-address.ts skips the word.
 */
const WORKPLACE_NOUNS =
  wordSet(`werkplek werkplekken werkplaats stageplek stageplaats stageadres werkervaringsplek
  werkervaringsplaats proefplaats proefplek leerwerkplek werkgever werkadres`);
const BETWEEN = wordSet("de het onze ons zijn haar z'n d'r hun");

/** The word at j follows "werkplek van (onze)". */
export function isWorkplaceOwner(tokens: readonly Token[], j: number): boolean {
  let v = j - 1;
  if (BETWEEN.has(tokens[v]?.key ?? '')) v--;
  return tokens[v]?.key === 'van' && WORKPLACE_NOUNS.has(tokens[v - 1]?.key ?? '');
}
