import { words } from '../catalogue/words.ts';
import type { DateField, NumberField, TimeField } from './model.ts';

/** The fields every form about a meeting series asks alike: first date, time, duration. */

export function meetingDateField(id: string, label: string): DateField {
  return { kind: 'date', id, label, required: true, errorMessage: words().forms.dateMissing };
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
    min: 15,
    max: 480,
    step: 1,
    initial: 90,
  };
}
