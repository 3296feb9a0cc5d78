import { describe, expect, it } from 'vitest';
import { LADDER } from '../../src/domain/ladder.ts';
import { checkinForm, checkinValues } from '../../src/messages/forms/checkin-form.ts';
import { checklistForm, checklistValues } from '../../src/messages/forms/checklist-form.ts';
import { confirmationText } from '../../src/messages/forms/confirmation.ts';
import { type ChoiceField, type Form, inputFields } from '../../src/messages/forms/model.ts';
import { parseCheckin, parseChecklist, parseProgress } from '../../src/messages/forms/parse.ts';
import { progressForm, progressValues } from '../../src/messages/forms/progress-form.ts';
import { withValues } from '../../src/messages/forms/submitted-values.ts';
import { checkinContext, FULL_CHECKIN, OPEN_KNELPUNTEN } from './form-fixtures.ts';

function field(form: Form, id: string) {
  const f = form.fields.find((x) => x.id === id);
  if (!f) throw new Error(`no field ${id}`);
  return f;
}

describe('the check-in form', () => {
  const form = checkinForm(checkinContext());

  it('offers the eleven samenwerkingsniveaus 1 to 6 in halves, with a decimal comma', () => {
    const niveau = field(form, 'samenwerkingsniveau') as ChoiceField;
    expect(niveau.options.map((o) => o.value)).toEqual([
      '1',
      '1.5',
      '2',
      '2.5',
      '3',
      '3.5',
      '4',
      '4.5',
      '5',
      '5.5',
      '6',
    ]);
    expect(niveau.options.map((o) => o.label.split(' — ')[0])).toEqual([
      '1',
      '1,5',
      '2',
      '2,5',
      '3',
      '3,5',
      '4',
      '4,5',
      '5',
      '5,5',
      '6',
    ]);
    expect(niveau.options[5]?.label).toBe(
      '3,5 — tussen 3 en 4: regulier overleg, operationeel deels al samen',
    );
    for (const o of niveau.options) expect(o.label.length, o.label).toBeLessThanOrEqual(75);
  });

  it('shows levels 1-3 in the ministry words, and 4-6 shortened to fit one line', () => {
    const niveau = field(form, 'samenwerkingsniveau') as ChoiceField;
    for (const level of [1, 2, 3]) {
      expect(niveau.options.find((o) => o.value === String(level))?.label).toBe(
        `${level} — ${LADDER[level - 1]?.text}`,
      );
    }
    expect(niveau.options.at(-1)?.label).toBe(
      '6 — stellen ook kwantitatieve doelen en meten of die gehaald worden',
    );
  });

  it('asks, in this order: niveau, toelichting, three new knelpunten, the open ones, what went well', () => {
    expect(form.fields.map((f) => f.id)).toEqual([
      'samenwerkingsniveau',
      'toelichting',
      'new_knelpunten',
      ...['new1_description', 'new1_category', 'new1_oplossing', 'meer_knelpunt_2'],
      ...['new2_description', 'new2_category', 'new2_oplossing', 'meer_knelpunt_3'],
      ...['new3_description', 'new3_category', 'new3_oplossing'],
      'open_knelpunten',
      'open_k-101_update',
      'open_k-102_update',
      'toelichting_open',
      'open_k-101_oplossing',
      'open_k-102_oplossing',
      'went_well',
    ]);
    // Only the first knelpunt shows at once; the next waits for "Nog een knelpunt".
    expect(field(form, 'new2_description')).toMatchObject({ revealedBy: 'meer_knelpunt_2' });
    expect(field(form, 'meer_knelpunt_3')).toMatchObject({ kind: 'reveal', revealedBy: 'meer_knelpunt_2' });
    expect(field(form, 'open_k-101_oplossing')).toMatchObject({ revealedBy: 'toelichting_open' });
    expect(
      inputFields(form)
        .filter((f) => f.required)
        .map((f) => f.id),
    ).toEqual(['samenwerkingsniveau']);
    expect(field(form, 'open_k-101_update')).toMatchObject({
      label: 'Overlegtijd is voor de GGZ niet declarabel',
      help: 'Geld en financiering. Hoe staat het er nu voor?',
    });
    expect(form.privateMetadata).toEqual({ roundId: 'round-2026-10-06' });
    expect(form.intro).toContain('dinsdag 6 oktober 2026');
  });

  it('asks about open knelpunten only when there are any, and at most twenty', () => {
    const none = checkinForm(checkinContext({ openKnelpunten: [] }));
    expect(none.fields.some((f) => f.id.startsWith('open_'))).toBe(false);
    const many = Array.from({ length: 23 }, (_, i) => ({ ...OPEN_KNELPUNTEN[0]!, id: `k-${i}` }));
    const capped = checkinForm(checkinContext({ openKnelpunten: many }));
    expect(capped.fields.filter((f) => f.id.endsWith('_update'))).toHaveLength(20);
    expect(field(capped, 'open_knelpunten')).toMatchObject({ text: expect.stringContaining('nog 3 open') });
  });

  it('refuses a knelpunt id that cannot be part of a field id', () => {
    const bad = [{ ...OPEN_KNELPUNTEN[0]!, id: 'k_1' }];
    expect(() => checkinForm(checkinContext({ openKnelpunten: bad }))).toThrow(/field id/);
  });

  it('shows an earlier answer again when the member changes it, and reads it back unchanged', () => {
    const again = checkinForm(checkinContext({ previous: FULL_CHECKIN }));
    expect(field(again, 'samenwerkingsniveau')).toMatchObject({ initial: '3.5' });
    expect(field(again, 'new2_category')).toMatchObject({ initial: 'privacy-avg' });
    expect(field(again, 'new3_description')).not.toHaveProperty('initial');
    expect(field(again, 'open_k-101_update')).toMatchObject({ initial: 'opgelost' });
    expect(parseCheckin(checkinValues(FULL_CHECKIN))).toEqual({ ok: true, value: FULL_CHECKIN });
  });
});

describe('withValues', () => {
  it('keeps what the member typed and drops what cannot be shown', () => {
    const form = withValues(checkinForm(checkinContext()), {
      samenwerkingsniveau: '9',
      toelichting: 'Half af',
      new1_category: ['werkgevers'],
    });
    expect(field(form, 'samenwerkingsniveau')).toMatchObject({ initial: undefined });
    expect(field(form, 'toelichting')).toMatchObject({ initial: 'Half af' });
    expect(field(form, 'new1_category')).toMatchObject({ initial: 'werkgevers' });
    const progress = withValues(progressForm({ roundId: 'r', regionName: 'Demo', period: '2026' }), {
      trajecten: '12',
      casusbesprekingen: 'tien',
    });
    expect(field(progress, 'trajecten')).toMatchObject({ initial: 12 });
    expect(field(progress, 'casusbesprekingen')).toMatchObject({ initial: undefined });
  });
});

describe('the checklist form', () => {
  const ctx = {
    roundId: 't-2026-1',
    werkgroepName: 'Werkgroep Demo',
    period: 'januari t/m april 2026',
  };

  it('asks all twenty items under their three headings, each Ja / In ontwikkeling / Nee', () => {
    const form = checklistForm(ctx);
    expect(
      form.fields.filter((f) => f.kind === 'section').map((f) => f.kind === 'section' && f.heading),
    ).toEqual(['Voorbereiding', 'Uitvoering', 'Borging']);
    const items = inputFields(form) as ChoiceField[];
    expect(items).toHaveLength(20);
    expect(items[0]?.label).toBe('1. Er is een voldoende toegeruste projectleider (netwerk, mandaat, tijd)');
    expect(
      items.every((i) => i.required && i.options.map((o) => o.label).join('/') === 'Ja/In ontwikkeling/Nee'),
    ).toBe(true);
  });

  it("has a variant for the werkgroep's agreed status, told apart by its metadata", () => {
    const member = checklistForm(ctx);
    const agreed = checklistForm({ ...ctx, agreed: true });
    expect(member.privateMetadata).toEqual({ roundId: 't-2026-1', variant: 'member' });
    expect(agreed.privateMetadata).toEqual({ roundId: 't-2026-1', variant: 'agreed' });
    expect(agreed.intro).toContain('samen hebben afgesproken');
    expect(agreed.id).toBe('checklist');
  });

  it('prefills last tertiaal so only changes need a click', () => {
    const previous = {
      items: Array.from({ length: 20 }, (_, i) => ({ item: i + 1, answer: i < 10 ? 'ja' : 'nee' }) as const),
    };
    const form = checklistForm({ ...ctx, previous });
    expect(field(form, 'item_15')).toMatchObject({ initial: 'nee' });
    expect(parseChecklist(checklistValues(previous))).toEqual({ ok: true, value: previous });
  });
});

describe('the progress form', () => {
  it('asks the four numbers, shows the targets, and reads an earlier answer back', () => {
    const previous = {
      trajecten: 37,
      duurzameUitstroom: 14,
      duurzameUitstroomPercentage: 38,
      leerbijeenkomsten: 1,
      casusbesprekingen: 3,
    };
    const form = progressForm({
      roundId: 't-2026-1',
      regionName: 'Demo-regio Achterhoek',
      period: 'januari t/m april 2026',
      targets: { trajecten: 100, duurzameUitstroomPercentage: 40 },
      previous,
    });
    expect(inputFields(form).map((f) => [f.id, f.kind, f.required])).toEqual([
      ['trajecten', 'number', false],
      ['duurzame_uitstroom', 'number', false],
      ['duurzame_uitstroom_pct', 'number', false],
      ['leerbijeenkomsten', 'number', false],
      ['casusbesprekingen', 'number', false],
    ]);
    expect(field(form, 'trajecten')).toMatchObject({
      initial: 37,
      help: expect.stringContaining('Doel: 100 per jaar'),
    });
    expect(field(form, 'duurzame_uitstroom_pct')).toMatchObject({
      max: 100,
      help: expect.stringContaining('40 %'),
    });
    expect(parseProgress(progressValues(previous))).toEqual({ ok: true, value: previous });
  });
});

describe('after saving', () => {
  it('thanks the member and says until when they can change it', () => {
    expect(confirmationText('checkin', 'dinsdag 13 oktober')).toBe(
      'Bedankt, je check-in is opgeslagen. Je kunt hem wijzigen tot dinsdag 13 oktober.',
    );
    expect(confirmationText('progress')).toBe('Bedankt, de voortgangscijfers zijn opgeslagen.');
  });
});
