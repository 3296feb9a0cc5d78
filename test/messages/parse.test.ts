import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../src/domain/checklist.ts';
import { InvalidInput } from '../../src/domain/errors.ts';
import {
  parseCheckin,
  parseChecklist,
  parseFormValues,
  parseProgress,
} from '../../src/messages/forms/parse.ts';

function problemsOf(result: { ok: boolean; problems?: readonly { field: string; message: string }[] }) {
  return Object.fromEntries((result.problems ?? []).map((p) => [p.field, p.message]));
}

describe('parsing a check-in', () => {
  it('needs only the samenwerkingsniveau', () => {
    expect(parseCheckin({ samenwerkingsniveau: '3.5' })).toEqual({
      ok: true,
      value: {
        samenwerkingsniveau: 3.5,
        toelichting: null,
        newKnelpunten: [],
        knelpuntUpdates: [],
        wentWell: null,
      },
    });
  });

  it('asks for the niveau when it is missing or not on the ladder', () => {
    expect(problemsOf(parseCheckin({ samenwerkingsniveau: '' }))).toEqual({
      samenwerkingsniveau: 'Kies een samenwerkingsniveau.',
    });
    expect(problemsOf(parseCheckin({}))).toEqual({ samenwerkingsniveau: 'Kies een samenwerkingsniveau.' });
    expect(problemsOf(parseCheckin({ samenwerkingsniveau: '7' }))).toEqual({
      samenwerkingsniveau: 'Kies een van de mogelijkheden uit de lijst.',
    });
    expect(problemsOf(parseCheckin({ samenwerkingsniveau: ['2', '3'] }))).toEqual({
      samenwerkingsniveau: 'Kies één antwoord.',
    });
  });

  it('needs a category for a described knelpunt, and a description for a category or oplossing', () => {
    const result = parseCheckin({
      samenwerkingsniveau: '2',
      new1_description: 'Werkgevers haken af',
      new2_category: 'werkgevers',
      new3_oplossing: 'Een werkgeversavond',
    });
    expect(problemsOf(result)).toEqual({
      new1_category: 'Kies een categorie voor dit knelpunt.',
      new2_description: 'Beschrijf het knelpunt in een paar woorden, of maak de velden ervan leeg.',
      new3_description: 'Beschrijf het knelpunt in een paar woorden, of maak de velden ervan leeg.',
    });
  });

  it('treats an empty oplossing as "nog geen oplossing bedacht", and closes gaps between slots', () => {
    const result = parseCheckin({
      samenwerkingsniveau: '4',
      new1_description: '   ',
      new2_description: ' Te weinig tijd voor overleg ',
      new2_category: 'tijd-capaciteit',
      new2_oplossing: '',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        newKnelpunten: [
          { description: 'Te weinig tijd voor overleg', category: 'tijd-capaciteit', oplossing: null },
        ],
      },
    });
  });

  it('counts text after trimming, and refuses more than the maximum in plain Dutch', () => {
    const ok = parseCheckin({ samenwerkingsniveau: '1', toelichting: ` ${'a'.repeat(1000)}\n` });
    expect(ok.ok).toBe(true);
    const tooLong = parseCheckin({
      samenwerkingsniveau: '1',
      toelichting: 'a'.repeat(1001),
      went_well: 'b'.repeat(1001),
      new1_description: 'c'.repeat(301),
      new1_category: 'overig',
    });
    expect(problemsOf(tooLong)).toEqual({
      toelichting: 'Niet opgeslagen: de tekst is 1.001 tekens lang, het maximum is 1.000. Maak hem korter.',
      went_well: 'Niet opgeslagen: de tekst is 1.001 tekens lang, het maximum is 1.000. Maak hem korter.',
      new1_description: 'Niet opgeslagen: de tekst is 301 tekens lang, het maximum is 300. Maak hem korter.',
    });
  });

  it('reports every problem at once, each on its own field', () => {
    const result = parseCheckin({ toelichting: 'x'.repeat(1200), new1_description: 'Geen ruimte' });
    expect(Object.keys(problemsOf(result)).sort()).toEqual([
      'new1_category',
      'samenwerkingsniveau',
      'toelichting',
    ]);
  });

  it('reads updates of open knelpunten by their field ids, in a fixed order', () => {
    const result = parseCheckin({
      'open_k-2_update': 'in_behandeling',
      'open_k-2_oplossing': 'Gesprek met de wethouder gepland',
      samenwerkingsniveau: '5',
      'open_k-1_update': 'opgelost',
      'open_k-1_oplossing': 'Budget gevonden',
      'open_k-3_update': '',
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        knelpuntUpdates: [
          { knelpuntId: 'k-1', update: 'opgelost', oplossing: 'Budget gevonden' },
          { knelpuntId: 'k-2', update: 'in_behandeling', oplossing: 'Gesprek met de wethouder gepland' },
        ],
      },
    });
  });

  it('asks how an open knelpunt stands when only "hoe opgelost" was filled in', () => {
    expect(
      problemsOf(
        parseCheckin({ samenwerkingsniveau: '3', 'open_k-9_oplossing': 'Opgelost met een afspraak' }),
      ),
    ).toEqual({
      'open_k-9_update': 'Kies hoe het nu met dit knelpunt staat.',
    });
  });
});

describe('parsing the checklist', () => {
  const all: Record<string, string> = Object.fromEntries(
    CHECKLIST_ITEMS.map((i) => [`item_${i.number}`, 'ja']),
  );

  it('returns all twenty answers in order', () => {
    const result = parseChecklist({ ...all, item_15: 'nee', item_3: 'in_ontwikkeling' });
    expect(result.ok && result.value.items.map((i) => i.answer).join(',')).toBe(
      'ja,ja,in_ontwikkeling,ja,ja,ja,ja,ja,ja,ja,ja,ja,ja,ja,nee,ja,ja,ja,ja,ja',
    );
  });

  it('points at each item left open', () => {
    const { item_7: _, item_20: __, ...rest } = all;
    expect(problemsOf(parseChecklist(rest))).toEqual({
      item_7: 'Kies Ja, In ontwikkeling of Nee.',
      item_20: 'Kies Ja, In ontwikkeling of Nee.',
    });
  });
});

describe('parsing the voortgang numbers', () => {
  it('reads whole numbers as typed, spaces and all', () => {
    expect(
      parseProgress({ trajecten: ' 42 ', duurzame_uitstroom: '17', duurzame_uitstroom_pct: '40' }),
    ).toEqual({
      ok: true,
      value: {
        trajecten: 42,
        duurzameUitstroom: 17,
        duurzameUitstroomPercentage: 40,
        leerbijeenkomsten: null,
        casusbesprekingen: null,
      },
    });
  });

  it('refuses negative, broken, fractional and out-of-range numbers in plain Dutch', () => {
    expect(
      problemsOf(
        parseProgress({
          trajecten: '-1',
          duurzame_uitstroom: 'veel',
          duurzame_uitstroom_pct: '101',
          leerbijeenkomsten: '2,5',
        }),
      ),
    ).toEqual({
      trajecten: 'Vul een heel getal in van 0 t/m 100000.',
      duurzame_uitstroom: 'Vul een getal in, zonder tekst of teken.',
      duurzame_uitstroom_pct: 'Vul een percentage in van 0 t/m 100.',
      leerbijeenkomsten: 'Vul een heel getal in.',
    });
  });

  it('needs at least one number, and no more uitstroom than trajecten', () => {
    expect(problemsOf(parseProgress({ trajecten: '' }))).toEqual({
      trajecten: 'Vul ten minste één getal in.',
    });
    expect(problemsOf(parseProgress({ trajecten: '10', duurzame_uitstroom: '11' }))).toEqual({
      duurzame_uitstroom: 'De duurzame uitstroom kan niet groter zijn dan het aantal trajecten.',
    });
  });
});

describe('parseFormValues', () => {
  it('tags the answer with its form', () => {
    expect(parseFormValues('checkin', { samenwerkingsniveau: '6' })).toMatchObject({
      ok: true,
      value: { form: 'checkin', value: { samenwerkingsniveau: 6 } },
    });
    expect(parseFormValues('progress', { casusbesprekingen: '3' })).toMatchObject({
      ok: true,
      value: { form: 'progress', value: { casusbesprekingen: 3 } },
    });
  });

  it('throws on a form it does not know: that is a stale or forged payload, not a typo', () => {
    expect(() => parseFormValues('enquete', {})).toThrow(InvalidInput);
  });
});
