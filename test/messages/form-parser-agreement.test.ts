import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { type InputField, inputFields, type RawValues } from '../../src/messages/forms/model.ts';
import { parseFormValues } from '../../src/messages/forms/parse.ts';
import { allForms } from './form-fixtures.ts';

/**
 * The form says what may be typed (maximum lengths, choices, ranges); the parser decides what
 * is accepted. They are written apart, so this checks that they agree, field by field.
 */

/** The other fields a field needs beside it to count: a knelpunt's texts need each other. */
function companions(field: InputField): Record<string, string> {
  const knelpunt = /^(new\d)_(description|category|oplossing)$/.exec(field.id);
  if (knelpunt) {
    return { [`${knelpunt[1]}_description`]: 'Een knelpunt', [`${knelpunt[1]}_category`]: 'overig' };
  }
  const open = /^(open_.+)_oplossing$/.exec(field.id);
  return open ? { [`${open[1]}_update`]: 'nog_steeds' } : {};
}

const SAMPLE = {
  date: '2026-01-12',
  time: '14:00',
  url: 'https://vergadering.example.nl/werkgroep',
} as const;

function problemOn(result: ReturnType<typeof parseFormValues>, field: string): string | undefined {
  return result.ok ? undefined : result.problems.find((p) => p.field === field)?.message;
}

describe('every form and its parser agree', () => {
  for (const { name, form } of allForms()) {
    it(`${name}: each text takes its maximum and not one more, each choice and each number in range`, () => {
      const base: Record<string, string> = {};
      for (const f of inputFields(form)) {
        if (f.required && f.kind === 'choice') base[f.id] = f.options[0]?.value ?? '';
        if (f.required && f.kind === 'number') base[f.id] = String(f.initial ?? f.min ?? 0);
        if (f.required && f.kind === 'text' && f.format) base[f.id] = SAMPLE[f.format];
        if (f.required && (f.kind === 'date' || f.kind === 'time')) base[f.id] = SAMPLE[f.kind];
      }
      // The progress form wants at least one number.
      if (form.id === 'progress') base.leerbijeenkomsten = '1';
      // Moving a meeting (the first action) needs the new date.
      if (form.id === 'bijeenkomst') base.nieuwe_datum = '2026-05-26';
      // A new werkgroep needs its name.
      if (form.id === 'werkgroep') base.naam = 'Werkgroep Demo';
      const parse = (raw: RawValues) => parseFormValues(form.id, raw);
      expect(parse(base).ok).toBe(true);

      for (const f of inputFields(form)) {
        const around = { ...base, ...companions(f) };
        if (f.kind === 'text' && f.format) {
          // A shaped text (date, time, link) takes a well-formed value and refuses one that is not.
          expect(parse({ ...around, [f.id]: SAMPLE[f.format] }).ok, f.id).toBe(true);
          expect(problemOn(parse({ ...around, [f.id]: `x${SAMPLE[f.format]}` }), f.id)).toBeDefined();
        } else if (f.kind === 'date' || f.kind === 'time') {
          // A picked date or time: what the picker sends is taken, anything else refused.
          expect(parse({ ...around, [f.id]: SAMPLE[f.kind] }).ok, f.id).toBe(true);
          expect(problemOn(parse({ ...around, [f.id]: `x${SAMPLE[f.kind]}` }), f.id)).toBeDefined();
          if (f.kind === 'date')
            expect(problemOn(parse({ ...around, [f.id]: '2026-02-30' }), f.id)).toBeDefined();
        } else if (f.kind === 'text') {
          expect(parse({ ...around, [f.id]: 'x'.repeat(f.maxLength) }).ok, f.id).toBe(true);
          // Refused with its length and the field's maximum, never cut (the form keeps the text).
          expect(problemOn(parse({ ...around, [f.id]: 'x'.repeat(f.maxLength + 1) }), f.id)).toBe(
            nl.fields.tooLongNow(f.maxLength + 1, f.maxLength),
          );
        }
        if (f.kind === 'choice') {
          for (const o of f.options)
            expect(parse({ ...around, [f.id]: o.value }).ok, `${f.id}=${o.value}`).toBe(true);
          expect(problemOn(parse({ ...around, [f.id]: 'iets-anders' }), f.id)).toBe(
            'Kies een van de mogelijkheden uit de lijst.',
          );
        }
        if (f.kind === 'number') {
          expect(parse({ ...around, [f.id]: String(f.max) }).ok, f.id).toBe(true);
          expect(problemOn(parse({ ...around, [f.id]: String((f.max ?? 0) + 1) }), f.id)).toBeDefined();
          expect(problemOn(parse({ ...around, [f.id]: String((f.min ?? 0) - 1) }), f.id)).toBeDefined();
        }
      }
    });
  }
});
