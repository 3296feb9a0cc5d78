import { type FieldProblem, InvalidInput } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { DURATION_MINUTES, EVERY_WEEKS } from '../messages/forms/meeting-fields.ts';
import { parseLocalTime } from '../schedule/local-time.ts';

const within = (n: number, bounds: { readonly min: number; readonly max: number }) =>
  Number.isInteger(n) && n >= bounds.min && n <= bounds.max;

/**
 * The values of a typed series command (`nieuwe-reeks`, `wijzig`, `verplaats`), checked as the
 * series forms check them and refused in the forms' words, before anything is changed: "25:00",
 * "elke 0 weken" or "duur 3" would otherwise reach the series' own checks, whose messages name
 * its internal fields, or ("elke 0 weken") be left out silently.
 */
export function checkSeriesValues(v: {
  readonly time?: string | null;
  readonly everyWeeks?: number | null;
  readonly durationMinutes?: number | null;
}): void {
  const w = words().forms;
  const problems: FieldProblem[] = [];
  if (v.time != null && !parseLocalTime(v.time)) problems.push({ field: 'tijd', message: w.timeInvalid });
  if (v.everyWeeks != null && !within(v.everyWeeks, EVERY_WEEKS)) {
    problems.push({ field: 'elke', message: w.werkgroep.everyWeeksProblem });
  }
  if (v.durationMinutes != null && !within(v.durationMinutes, DURATION_MINUTES)) {
    problems.push({ field: 'duur', message: w.durationProblem });
  }
  if (problems.length > 0) throw new InvalidInput(problems);
}
