import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import type { Form, InputField } from '../../src/messages/forms/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { formAgain } from '../../src/submissions/form-again.ts';

const text = (id: string): InputField => ({
  kind: 'text',
  id,
  label: id,
  required: false,
  multiline: true,
  maxLength: 500,
});
const form: Form = {
  id: 'checkin',
  title: 'Check-in',
  submitLabel: 'Opslaan',
  privateMetadata: {},
  fields: [
    { kind: 'choice', id: 'niveau', label: 'Niveau', required: true, options: [{ value: '3', label: '3' }] },
    text('knelpunt'),
    text('oplossing'),
  ],
};
const guard = createGuard({ now: () => new Date('2026-10-06T12:00:00Z') });
const REFUSED = 'Bel meneer Pieter Bakker over zijn depressie, BSN 111222333';
const initial = (f: Form, id: string) =>
  f.fields.find((x) => x.id === id && 'initial' in x)?.['initial' as never];

describe('a form shown again: what the guard refuses comes back empty, the rest kept', () => {
  it('only the refused field is emptied and marked, even when the use case named another problem', () => {
    const values = { niveau: '3', knelpunt: 'Overlegtijd is niet declarabel', oplossing: REFUSED };
    const again = formAgain(guard, form, values, [{ field: 'niveau', message: 'Kies een niveau.' }]);
    expect(initial(again, 'oplossing')).toBeUndefined();
    expect(initial(again, 'knelpunt')).toBe(values.knelpunt);
    expect(initial(again, 'niveau')).toBe('3');
    expect(again.problems?.find((p) => p.field === 'oplossing')?.emptied).toBe(true);
    expect(again.problems?.find((p) => p.field === 'niveau')?.emptied).toBeUndefined();
    expect(JSON.stringify(again)).not.toMatch(/Pieter|depressie|111222333/);
  });

  it('nothing refused: the form as submitted, problems unchanged', () => {
    const problems = [{ field: 'niveau', message: 'Kies een niveau.' }];
    const again = formAgain(guard, form, { knelpunt: 'Wachtlijst te lang' }, problems);
    expect(again.problems).toEqual(problems);
    expect(initial(again, 'knelpunt')).toBe('Wachtlijst te lang');
  });

  it('a text the guard could not read at all: every text field emptied, each with the reason', () => {
    const unreadable = {
      check: () => {
        throw new PrivacyRefusal([{ field: '*', message: 'Niet te controleren.' }]);
      },
    };
    const again = formAgain(unreadable, form, { niveau: '3', knelpunt: 'a', oplossing: 'b' }, []);
    expect(initial(again, 'knelpunt')).toBeUndefined();
    expect(initial(again, 'oplossing')).toBeUndefined();
    expect(initial(again, 'niveau')).toBe('3');
    expect(again.problems).toEqual([
      { field: 'knelpunt', message: 'Niet te controleren.', emptied: true },
      { field: 'oplossing', message: 'Niet te controleren.', emptied: true },
    ]);
  });

  it('a typed date or time is read as the form reads it: one that is none comes back empty beside its problem', () => {
    const meeting: Form = {
      ...form,
      id: 'reeks',
      fields: [
        { kind: 'date', id: 'datum', label: 'Datum', required: true },
        { kind: 'time', id: 'tijd', label: 'Tijd', required: true },
        { kind: 'date', id: 'tot', label: 'Tot', required: false },
        { kind: 'time', id: 'eind', label: 'Eind', required: false },
      ],
    };
    const typed = { datum: 'volgende week dinsdag', tijd: '9.30', tot: '2026-02-30', eind: '25:00' };
    const again = formAgain(guard, meeting, typed, [{ field: 'datum', message: 'Kies een datum.' }]);
    expect(initial(again, 'datum')).toBeUndefined();
    expect(initial(again, 'tot')).toBeUndefined();
    expect(initial(again, 'eind')).toBeUndefined();
    // A time the form reads is shown as it will be kept.
    expect(initial(again, 'tijd')).toBe('09:30');
    expect(again.problems).toEqual([
      { field: 'datum', message: 'Kies een datum.' },
      { field: 'tot', message: nl.forms.dateInvalid },
      { field: 'eind', message: nl.forms.timeInvalid },
    ]);
    expect(JSON.stringify(again)).not.toMatch(/volgende week|2026-02-30|25:00/);
  });
});
