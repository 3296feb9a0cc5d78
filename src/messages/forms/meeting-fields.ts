import { words } from '../catalogue/words.ts';
import type { DateField, NumberField, TimeField } from './model.ts';

/** The fields every form about a meeting series asks alike: first date, time, duration. */

/** How long a meeting may last, in minutes: the form's bounds and the typed command's. */
export const DURATION_MINUTES = { min: 15, max: 480 } as const;
/** Every how many weeks a series may meet: the werkgroep form's bounds and the typed command's. */
export const EVERY_WEEKS = { min: 1, max: 52 } as const;

/** `today` (JJJJ-MM-DD, in the werkgroep's zone): the earliest day the calendar offers. */
export function meetingDateField(id: string, label: string, today?: string): DateField {
  return {
    kind: 'date',
    id,
    label,
    required: true,
    errorMessage: words().forms.dateMissing,
    ...(today ? { min: today } : {}),
  };
}

export function meetingTimeField(id: string, label = words().forms.time): TimeField {
  return { kind: 'time', id, label, required: true, errorMessage: words().forms.timeMissing };
}

export function durationField(id: string): NumberField {
  return {
    kind: 'number',
    id,
    label: words().forms.duration,
    required: true,
    errorMessage: words().forms.durationProblem,
    ...DURATION_MINUTES,
    step: 1,
    initial: 90,
  };
}
