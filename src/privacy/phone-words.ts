import type { Finding } from './findings.ts';
import { spokenDigitsMobileAt } from './phone-spoken-digits.ts';
import type { Token } from './tokens.ts';

/**
 * A mobile number read out with its prefix in words: "bellen op nul zes, 26 38 19 40", "nul-zes
 * 12345678". Eight more digits (the first not 0), in at most four groups joined by spaces, dots or
 * dashes, after "nul zes" and at most one comma, colon or dash; not glued to more digits. The walk is
 * bounded (a few tokens), so the guard stays linear.
 */
const MOBILE_DIGITS = 8;
const MAX_GROUPS = 4;
const JOINS = new Set(['-', '.', ',', ':']);

/** The finding for a mobile number whose "nul zes" starts at token k, or null. */
export function spokenMobileAt(tokens: readonly Token[], k: number): Finding | null {
  const key = tokens[k]!.key;
  let j: number;
  if (key === 'nul-zes') j = k + 1;
  else if (key === 'nul' && tokens[k + 1]?.key === 'zes') j = k + 2;
  else return null;
  if (tokens[j]?.type === 'punct' && JOINS.has(tokens[j]!.text)) j++;
  const first = tokens[j];
  if (first?.type === 'word') return spokenDigitsMobileAt(tokens, k, j); // "nul zes, vier zeven, ..."
  if (first?.type !== 'number' || first.text.charCodeAt(0) === 48) return null;
  let digits = 0;
  for (let groups = 0; groups < MAX_GROUPS; groups++) {
    const group = tokens[j];
    if (group?.type !== 'number') return null;
    digits += group.text.length;
    if (digits > MOBILE_DIGITS) return null;
    if (digits === MOBILE_DIGITS) {
      const after = tokens[j + 1];
      const glued = after !== undefined && !after.spaceBefore && after.type !== 'punct';
      const more = after?.type === 'punct' && tokens[j + 2]?.type === 'number' && !tokens[j + 2]!.spaceBefore;
      return glued || more ? null : { kind: 'phone', start: tokens[k]!.start, end: group.end };
    }
    const join = tokens[j + 1];
    if (join?.type === 'punct' && (join.text === '-' || join.text === '.') && !tokens[j + 2]?.spaceBefore)
      j += 2;
    else if (tokens[j + 1]?.type === 'number' && tokens[j + 1]!.spaceBefore) j += 1;
    else return null;
  }
  return null;
}
