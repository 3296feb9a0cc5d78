import { parseLocalDate, toEpochDay } from '../schedule/local-time.ts';
import { nextTertiaal, type Period, type Tertiaal, tertiaalOf } from '../schedule/tertialen.ts';

function day(date: string): number {
  const d = parseLocalDate(date);
  if (!d) throw new RangeError(`Geen geldige datum (verwacht JJJJ-MM-DD): ${date}`);
  return toEpochDay(d);
}

/**
 * The tertialen whose voortgang counts for a period. Voortgang is recorded per whole tertiaal,
 * so a tertiaal counts when at least half of its days fall in the period: the evaluation of
 * "start 2021 tot 1 juli 2022" should not take in 2022-T3 for its single day. A period shorter
 * than half a tertiaal takes the tertiaal it starts in.
 */
export function tertialenFor(period: Period): Tertiaal[] {
  const from = day(period.from);
  const to = day(period.to);
  const out: Tertiaal[] = [];
  for (let t = tertiaalOf(period.from); day(t.from) <= to; t = nextTertiaal(t)) {
    const length = day(t.to) - day(t.from) + 1;
    const inside = Math.min(to, day(t.to)) - Math.max(from, day(t.from)) + 1;
    if (inside * 2 >= length) out.push(t);
  }
  return out.length > 0 ? out : [tertiaalOf(period.from)];
}
