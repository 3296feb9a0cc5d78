import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-veto37: a message headed by its kind and sender ("Sms van Lieke: ik ...") is the sender's own care
// (care-term-message-label.ts); a tip, a book or a notice headed the same way stays clean.
describe('name_health: a message and its sender (det-veto37)', () => {
  it.each([
    [
      'Bericht van Joram: ik lig sinds gisteren in het ziekenhuis met een longontsteking',
      'Bericht van Joram',
    ],
    ['Sms van Lieke: sorry, ik zit weer in de kliniek en mis de afspraak morgen', 'Sms van Lieke'],
    ['Check-in Thijmen: na mijn knieoperatie loop ik nog met krukken', 'Check-in Thijmen'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Boekentip van Lotte: "Leven met ADHD", echt een aanrader voor de werkgroep',
    'Bericht van Sanne: de workshop over depressie op het werk zit vol',
    'Tip van Noor: bij autisme werkt een vaste planning vaak goed',
  ])('leaves "%s" alone', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
