import type { DateField, NumberField, TimeField } from './model.ts';

/** The fields every form about a meeting series asks alike: first date, time, duration. */

export const DURATION_MESSAGE = 'Vul een duur in van 15 tot en met 480 minuten.';

export const DATE_MISSING = 'Kies een datum.';
export const TIME_MISSING = 'Kies een tijd.';

export function meetingDateField(id: string, label: string): DateField {
  return { kind: 'date', id, label, required: true, errorMessage: DATE_MISSING };
}

export function meetingTimeField(id: string, label = 'Tijd'): TimeField {
  return { kind: 'time', id, label, required: true, errorMessage: TIME_MISSING };
}

export function durationField(id: string): NumberField {
  return {
    kind: 'number',
    id,
    label: 'Duur in minuten',
    required: true,
    errorMessage: DURATION_MESSAGE,
    min: 15,
    max: 480,
    step: 1,
    initial: 90,
  };
}
