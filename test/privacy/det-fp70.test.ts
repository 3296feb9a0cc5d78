import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// det-fp70 (batch 70 and its look-alikes): an organisation's account asked to be paid into, its form or card, an
// event notice's contact line, an office's new address and the bell one rings at an office pass; a client's stays.
describe('iban: an account people are asked to pay an organisation into', () => {
  it.each([
    'Betaling workshop graag op NL44 RABO 0123 4567 89 o.v.v. factuur 2025-77',
    "Donaties voor de lotgenotendag zijn welkom op NL20 INGB 0001 2345 67 o.v.v. 'lotgenotendag'",
    'Factuur 2025-31 van Werkfit: te betalen binnen 30 dagen op NL69 INGB 0123 4567 89',
    'Contributie netwerk 2026 graag voor 1 maart op NL03 ABNA 0512 3456 79',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    [
      'Betaling van zijn huur graag op NL44 RABO 0123 4567 89 o.v.v. huurachterstand',
      'NL44 RABO 0123 4567 89',
    ],
    ['Contributie van haar zoon graag op NL03 ABNA 0512 3456 79', 'NL03 ABNA 0512 3456 79'],
    ['Betaling loonkostensubsidie via NL88 ABNA 6114 2491 55 is mislukt.', 'NL88 ABNA 6114 2491 55'],
    [
      'nieuwe rekening van de deelnemer staat niet op de factuur maar hier: NL85 INGB 0004 9172 63',
      'NL85 INGB 0004 9172 63',
    ],
  ])('keeps a client’s: %s', (text, iban) => {
    expect(foundOf('iban', text)).toEqual([iban]);
  });
});

describe('phone: an organisation’s form, an event notice’s contact line', () => {
  it.each([
    'Naam organisatie: Stichting Arbeid & Herstel\nContactpersoon: Maaike Groen\nTelefoon: 0318-642210',
    'Bedrijf: Groenwerk Oost BV\ncontact: Jan Smit (leidinggevende)\ntel. 0570-612345',
    "Lunchlezing 'Werk en psychose' bij Dimence, Zwolle. Aanmelden: 038-4567890",
    'Netwerkbijeenkomst werkgevers, Doetinchem. Vragen? Bel Marleen op 0314-377777',
    'Werkgroep vergadert bij de gemeente Zutphen. Bij problemen: 0575-588588',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Naam deelnemer: Maaike Groen\nTelefoon: 0318-642210', '0318-642210'],
    ['Naam: Jan Smit\nWoonplaats: Deventer\ntel. 0570-612345', '0570-612345'],
    ['Vragen? Bel zijn moeder op 0314-377777', '0314-377777'],
    ['Bij problemen: de vader van de deelnemer, 0575-588588', '0575-588588'],
  ])('keeps a client’s: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('address: an organisation’s new address, the office whose bell one rings', () => {
  it.each([
    'Het nieuwe adres van de jobcoachorganisatie is Vismarkt 7, 9712 CA Groningen',
    'We beginnen om 09:30 op de Nieuwe Boteringestraat 50, de voordeur is dicht, bel aan bij het Werkplein',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Het nieuwe adres van de deelnemer is Vismarkt 7, 9712 CA Groningen', 'Vismarkt 7'],
    [
      'We beginnen om 09:30 bij de deelnemer thuis op de Nieuwe Boteringestraat 50, bel aan bij de achterdeur',
      'Nieuwe Boteringestraat 50',
    ],
  ])('keeps a client’s: %s', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });
});
