import type { NumberField, TextField } from './model.ts';

/** The fields every form about a meeting series asks alike: first date, time, duration. */

export const DURATION_MESSAGE = 'Vul een duur in van 15 tot en met 480 minuten.';

export function meetingDateField(id: string, label: string): TextField {
  return {
    kind: 'text',
    id,
    label,
    placeholder: '2026-01-12',
    required: true,
    errorMessage: 'Vul een datum in als JJJJ-MM-DD.',
    format: 'date',
    multiline: false,
    maxLength: 10,
  };
}

export function meetingTimeField(id: string): TextField {
  return {
    kind: 'text',
    id,
    label: 'Tijd (UU:MM)',
    placeholder: '14:00',
    required: true,
    errorMessage: 'Vul een tijd in als UU:MM.',
    format: 'time',
    multiline: false,
    maxLength: 5,
  };
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
