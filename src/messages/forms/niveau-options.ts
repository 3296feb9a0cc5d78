import { words } from '../catalogue/words.ts';
import type { ChoiceOption } from './model.ts';
import { dutchNumber } from './numbers.ts';

/**
 * The eleven samenwerkingsniveaus a member can pick (1, 1,5 … 6) as choice options, in the
 * member's language (src/messages/catalogue). An option text may be at most OPTION_TEXT_MAX (75)
 * characters (Slack cuts it off), so the ministry's long texts for 4, 5 and 6 are shortened in
 * the catalogue, keeping their meaning; 1-3 are shown word for word. Half levels say what "in
 * between" looks like, which is how regions use them in practice.
 */
export const NIVEAU_VALUES: readonly string[] = Array.from({ length: 11 }, (_, i) => String(1 + i / 2));

function niveauLabel(level: number): string {
  const w = words().niveau;
  const number = w.decimalComma ? dutchNumber(level) : String(level);
  const prefix = `${number} — `;
  if (!Number.isInteger(level)) {
    return `${prefix}${w.betweenPrefix(Math.floor(level), Math.ceil(level))}: ${w.between[level] ?? ''}`;
  }
  return prefix + (w.ladder[level] ?? '');
}

/** The options in the language being spoken now. */
export function niveauOptions(): readonly ChoiceOption[] {
  return NIVEAU_VALUES.map((value) => ({ value, label: niveauLabel(Number(value)) }));
}
