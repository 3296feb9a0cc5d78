import { words } from '../messages/catalogue/words.ts';
import { parseLocalDate } from '../schedule/local-time.ts';
import { type Period, parseTertiaal } from '../schedule/tertialen.ts';

/**
 * `2026-T1..2026-T3`, `2026-01-01..2026-06-30`, a mix, or one tertiaal `2026-T2`. A tertiaal as
 * FROM starts on its first day and as TO ends on its last, so a range of tertialen covers them whole.
 * Returns a message (in the language being spoken) when the text is not a period.
 */
export function parsePeriod(text: string): Period | { error: string } {
  const parts = text.split('..');
  const said = words().cli.arguments;
  if (parts.length > 2) return { error: said.periodNotRange(text) };
  const from = bound(parts[0] ?? '', 'from');
  const to = bound(parts[1] ?? parts[0] ?? '', 'to');
  if (from === null || to === null) {
    return { error: said.periodInvalid(text) };
  }
  if (to < from) return { error: said.periodBackwards(text, `${parts[1]?.trim()}..${parts[0]?.trim()}`) };
  return { from, to };
}

function bound(text: string, side: 'from' | 'to'): string | null {
  const t = parseTertiaal(text);
  if (t) return t[side];
  return parseLocalDate(text.trim()) ? text.trim() : null;
}
