import { ARTICLES } from './function-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 37: a care institution named after the condition it treats, in capitals ("is doorverwezen naar
 * het Centrum voor Bipolaire Stoornissen", "aangemeld bij de Kliniek voor Eetstoornissen"). A person sent
 * there or staying there has that condition; otherwise the name is a place or an organisation ("rondleiding
 * bij de Kliniek voor Eetstoornissen", "Mw. Bakker van het Centrum voor ...", "werkt bij het Centrum voor ...").
 */
const HEADS = wordSet('centrum kliniek polikliniek expertisecentrum instituut');
const TO = wordSet('naar bij in');
const SENT =
  wordSet(`doorverwezen verwezen aangemeld opgenomen overgeplaatst terecht zit zat ligt lag gaat ging
  behandeld`);
const NAME_REACH = 4;

/** The capitalised head ("Centrum") of an institution's name "<Head> voor ..." holding the care word at k, or -1. */
function institutionHead(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && j >= k - NAME_REACH && isCapitalised(tokens[j]!) && !HEADS.has(tokens[j]!.key)) j--;
  if (tokens[j]?.key !== 'voor') return -1;
  const head = tokens[j - 1];
  return head !== undefined && HEADS.has(head.key) && isCapitalised(head) ? j - 1 : -1;
}

/** "doorverwezen naar het Centrum voor": a person sent to or staying in the institution whose head is at h. */
function isSentTo(tokens: readonly Token[], h: number): boolean {
  const j = ARTICLES.has(tokens[h - 1]?.key ?? '') ? h - 1 : h;
  return TO.has(tokens[j - 1]?.key ?? '') && SENT.has(tokens[j - 2]?.key ?? '');
}

/** Whether the care word at k is in the name of an institution a person is sent to or stays in. */
export function isInReferredInstitution(tokens: readonly Token[], k: number): boolean {
  const head = institutionHead(tokens, k);
  return head !== -1 && isSentTo(tokens, head);
}

// "rondleiding bij de Kliniek voor ...", "werkt bij het Centrum voor ...": a visit or work there.
const VISITS =
  wordSet(`rondleiding overleg bezoek werkbezoek vergadering presentatie training bijeenkomst stage
  werkt werkte werkzaam`);
const VISIT_REACH = 3;

/** Whether the care word at k is in the name of an institution visited or worked at, or one's affiliation ("van het Centrum voor"). */
export function isInstitutionNamed(tokens: readonly Token[], k: number): boolean {
  const head = institutionHead(tokens, k);
  if (head === -1 || isSentTo(tokens, head)) return false;
  const j = ARTICLES.has(tokens[head - 1]?.key ?? '') ? head - 1 : head;
  if (tokens[j - 1]?.key === 'van') return true;
  for (let v = j - 2; v >= 0 && v >= j - 1 - VISIT_REACH; v--) if (VISITS.has(tokens[v]!.key)) return true;
  return false;
}
