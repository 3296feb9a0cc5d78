import { CARE_PROFESSIONALS } from './care-provider-words.ts';
import { MEETINGS, NOT_TREATMENTS, POSSESSIVES } from './care-term-words.ts';
import { FAMILY_SPECIALISTS } from './care-terms-families.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A visit to a treater said with the visit after "bij" (det-vocab66): "is bij de neuroloog geweest",
 * "zit bij de longarts vanwege zijn hoest", "was bij de cardioloog in verband met ...". Only a treater
 * (a person: psychiater, longarts, fysiotherapeut), not an organisation ("bij de GGZ geweest" may be
 * work), and not with a purpose of work after it ("bij de cardioloog geweest voor een overleg",
 * "... over de samenwerking"); "voor zijn benen" is the visit's reason.
 */
export function isTreaterVisited(tokens: readonly Token[], bij: number, k: number): boolean {
  if (tokens[bij]?.key !== 'bij' || !TREATERS.has(tokens[k]!.key)) return false;
  const next = tokens[k + 1]?.key ?? '';
  if (!VISITED.has(next) && !REASONS.has(next)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + PURPOSE_REACH; j++) {
    const token = tokens[j]!;
    if (token.type === 'punct') return true;
    if (token.key === 'voor' && POSSESSIVES.has(tokens[j + 1]?.key ?? '')) return true;
    if (WORK_PURPOSE.has(token.key) || NOT_TREATMENTS.has(token.key) || MEETINGS.has(token.key)) return false;
  }
  return true;
}

// Not in CARE_PROFESSIONALS: "de internist van Rijnstate" is a hospital's, not a client's (care-term-treater.ts).
const TREATERS = new Set([...CARE_PROFESSIONALS, ...FAMILY_SPECIALISTS]);
const VISITED = wordSet('geweest gezeten langsgeweest');
const REASONS = wordSet('vanwege wegens ivm i.v.m.');
const WORK_PURPOSE = wordSet('om over voor namens samenwerking');
const PURPOSE_REACH = 6;
