import { LADDER } from '../../domain/ladder.ts';
import type { ChoiceOption } from './model.ts';
import { dutchNumber } from './model.ts';

/**
 * The eleven samenwerkingsniveaus a member can pick (1, 1,5 … 6) as choice options. An option
 * text may be at most 75 characters (Slack cuts it off), so the ministry's long texts for 4, 5
 * and 6 are shortened here, keeping their meaning; 1-3 are shown word for word. Half levels
 * say what "in between" looks like, which is how regions use them in practice.
 */
const SHORTENED: Readonly<Record<number, string>> = {
  4: 'werken, vanuit regulier overleg, operationeel volop samen',
  5: 'maken en voeren samen beleid uit, in geïntegreerde werkprocessen',
  6: 'stellen ook kwantitatieve doelen en meten of die gehaald worden',
};

const BETWEEN: Readonly<Record<number, string>> = {
  1.5: 'eerste stap gezet, nog weinig contact',
  2.5: 'contact wordt regelmatiger, nog geen vast overleg',
  3.5: 'regulier overleg, operationeel deels al samen',
  4.5: 'volop operationeel samen, eerste gezamenlijk beleid',
  5.5: 'gezamenlijk beleid, eerste doelen of metingen',
};

export const OPTION_TEXT_MAX = 75;

export const NIVEAU_VALUES: readonly string[] = Array.from({ length: 11 }, (_, i) => String(1 + i / 2));

function niveauLabel(level: number): string {
  const prefix = `${dutchNumber(level)} — `;
  if (!Number.isInteger(level)) {
    return `${prefix}tussen ${Math.floor(level)} en ${Math.ceil(level)}: ${BETWEEN[level] ?? ''}`;
  }
  const full = LADDER.find((l) => l.level === level)?.text ?? '';
  return prefix + (prefix.length + full.length <= OPTION_TEXT_MAX ? full : (SHORTENED[level] ?? full));
}

export const NIVEAU_OPTIONS: readonly ChoiceOption[] = NIVEAU_VALUES.map((value) => ({
  value,
  label: niveauLabel(Number(value)),
}));
