import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ANSWER_LABELS,
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEMS,
  isChecklistItemAnswer,
} from '../../src/domain/checklist.ts';
import {
  isKnelpuntCategory,
  KNELPUNT_CATEGORIES,
  KNELPUNT_STATUS_LABELS,
  KNELPUNT_UPDATE_LABELS,
  KNELPUNT_UPDATES,
  knelpuntCategoryLabel,
  statusAfterUpdate,
} from '../../src/domain/knelpunten.ts';

describe('knelpunt categories', () => {
  it('are the twelve of the programme, most named first, with stable slugs', () => {
    expect(KNELPUNT_CATEGORIES.map((c) => c.slug)).toEqual([
      'tijd-capaciteit',
      'geld-financiering',
      'partijen-bereiken',
      'visies-taal',
      'borging-continuiteit',
      'privacy-avg',
      'bestuurlijk-draagvlak',
      'wet-regelgeving',
      'werkgevers',
      'zorgverzekeraar',
      'clientperspectief',
      'overig',
    ]);
    expect(new Set(KNELPUNT_CATEGORIES.map((c) => c.label)).size).toBe(12);
    expect(knelpuntCategoryLabel('privacy-avg')).toBe('Privacy en gegevensuitwisseling (AVG)');
    expect(knelpuntCategoryLabel('clientperspectief')).toBe('Cliëntperspectief en ervaringsdeskundigheid');
  });

  it('recognises a slug and nothing else', () => {
    expect(isKnelpuntCategory('werkgevers')).toBe(true);
    expect(isKnelpuntCategory('Werkgevers betrekken')).toBe(false);
  });
});

describe('a knelpunt over time', () => {
  it('has four statuses with Dutch labels', () => {
    expect(KNELPUNT_STATUS_LABELS).toEqual({
      open: 'Open',
      in_behandeling: 'In behandeling',
      opgelost: 'Opgelost',
      geparkeerd: 'Geparkeerd',
    });
  });

  it('is updated as "nog steeds", in behandeling, opgelost or geparkeerd', () => {
    expect(KNELPUNT_UPDATES.map((u) => KNELPUNT_UPDATE_LABELS[u])).toEqual([
      'Speelt nog steeds',
      'In behandeling',
      'Opgelost',
      'Geparkeerd',
    ]);
    expect(KNELPUNT_UPDATES.map(statusAfterUpdate)).toEqual([
      'open',
      'in_behandeling',
      'opgelost',
      'geparkeerd',
    ]);
  });
});

describe('the checklist "Effectief samenwerken"', () => {
  it('has 20 items numbered 1-20, grouped as the checklist groups them', () => {
    expect(CHECKLIST_ITEMS.map((i) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const numbersOf = (group: string) =>
      CHECKLIST_ITEMS.filter((i) => i.group === group).map((i) => i.number);
    expect(numbersOf('voorbereiding')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbersOf('uitvoering')).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(numbersOf('borging')).toEqual([16, 17, 18, 19, 20]);
  });

  it('words the items exactly as the programme does', () => {
    const text = (n: number) => CHECKLIST_ITEMS[n - 1]?.text;
    expect(text(1)).toBe('Er is een voldoende toegeruste projectleider (netwerk, mandaat, tijd)');
    expect(text(13)).toBe('De samenwerkingspartners begrijpen "elkaars taal"');
    expect(text(15)).toBe(
      'Er is transparantie over geldende privacywet- en regelgeving en de maatregelen daarvoor',
    );
    expect(text(18)).toBe('Er is een "sense of urgency" voor deze samenwerking');
    expect(text(20)).toBe('Er is inzicht in risicofactoren en de te treffen maatregelen');
  });

  it('is answered Ja, In ontwikkeling or Nee', () => {
    expect(CHECKLIST_ANSWERS.map((a) => CHECKLIST_ANSWER_LABELS[a])).toEqual([
      'Ja',
      'In ontwikkeling',
      'Nee',
    ]);
    expect(isChecklistItemAnswer('in_ontwikkeling')).toBe(true);
    expect(isChecklistItemAnswer('misschien')).toBe(false);
  });
});
