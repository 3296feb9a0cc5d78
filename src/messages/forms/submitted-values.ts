import type { Field, Form, RawValues } from './model.ts';
import { toNumber } from './numbers.ts';
import { listOf, single } from './raw-values.ts';

/**
 * A submitted form shown again (with its problems): withValues, where a text, number, date or time
 * field that was not sent counts as emptied (an Adaptive Card leaves an empty input out), not as
 * still holding the value the form was opened with.
 */
export function asSubmitted(form: Form, raw: RawValues): Form {
  const textual = form.fields.filter((f) => ['text', 'number', 'date', 'time'].includes(f.kind));
  const emptied = Object.fromEntries(textual.filter((f) => !(f.id in raw)).map((f) => [f.id, '']));
  return withValues(form, { ...emptied, ...raw });
}

/**
 * The form with the member's raw input as initial values, e.g. to show it again beside the
 * problems found. A value that cannot be shown (an unknown choice, text in a number field) is
 * left empty rather than guessed.
 */
export function withValues(form: Form, raw: RawValues): Form {
  const fields = form.fields.map((field): Field => {
    if (field.kind === 'section' || field.kind === 'reveal' || !(field.id in raw)) return field;
    const value = single(raw[field.id]);
    switch (field.kind) {
      case 'choice':
        return { ...field, initial: field.options.some((o) => o.value === value) ? value : undefined };
      case 'multichoice': {
        const chosen = listOf(raw[field.id]);
        return {
          ...field,
          initial: field.options.filter((o) => chosen.includes(o.value)).map((o) => o.value),
        };
      }
      case 'text':
      case 'date':
      case 'time':
        return { ...field, initial: value === '' ? undefined : value };
      case 'number':
        return { ...field, initial: toNumber(value) };
    }
    return field;
  });
  return { ...form, fields };
}
