import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Batch 65's remaining clean lines (det-contacts65b): an organisation's switchboard, sign-up line and card, an
// employer's address said further back, a signature's address and a list item's venue pass; a client's stays found.
describe('phone: an organisation’s switchboard, sign-up line or card', () => {
  it.each([
    'bel jij de werkgever? Hoveniersbedrijf De Linde 0523-61 40 00, ze zoeken nog een tweede deelnemer',
    'heb Maatschappelijk Werk Oost gebeld op 0546-53 12 00, ze bellen morgen terug',
    'Petra van het wijkteam belde: ze hebben ruimte voor een nieuwe aanmelding, 0570 69 33 00',
    'Aanmelding via: Werkplein Drentsche Aa, Overcingellaan 17, 9401 LA Assen, tel 0592-39 77 00',
    'aanmelden kan via 0544-47 12 50, of via het formulier op de website',
    'tel kantoor 0612 345 000, de receptie neemt op',
    'naam: Sanne de Wit (trajectbegeleider)\ntel werk: 06-19 28 47 00\nbeschikbaar: ma/wo',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['bel jij meneer De Linde? 0523-61 40 00, hij wacht op de uitslag', '0523-61 40 00'],
    ['heb de moeder van de deelnemer gebeld op 0546-53 12 00, ze belt morgen terug', '0546-53 12 00'],
    ['Aanmelding via UWV: Jan Pieters, 0592-39 77 00', '0592-39 77 00'],
    [
      'heb Maatschappelijk Werk Oost gebeld op 0546-53 12 87 over de deelnemer, hij belt terug',
      '0546-53 12 87',
    ],
    ['aanmelden deelnemer gaat via zijn moeder, 06-41 92 37 15', '06-41 92 37 15'],
    ['tel klant 0612 345 000', '0612 345 000'],
    ['naam: Sanne de Wit\ntel: 06-19 28 47 36\nvraag: werk in de zorg', '06-19 28 47 36'],
  ])('keeps a client’s: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('address: an employer’s, a signature’s, a list item’s venue', () => {
  it.each([
    'let op: adres van de werkgever is per 1 mei gewijzigd naar Handelsweg 14, Raalte',
    'de werkgever zit vlak bij het station, Marktstraat 12-14, ingang aan de achterkant',
    'het adres in haar handtekening klopt niet meer: ze zit nu op Stationsstraat 20',
    'actiepunten:\n- Ilse belt de werkgever\n- werkbezoek Havenstraat 40 (bedrijventerrein)',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['let op: adres van de klant is per 1 mei gewijzigd naar Handelsweg 14, Raalte', 'Handelsweg 14'],
    ['de werkgever weet dat de deelnemer vlak bij het station woont, Marktstraat 12', 'Marktstraat 12'],
    ['het adres in haar handtekening klopt niet meer: ze woont nu op Stationsstraat 20', 'Stationsstraat 20'],
    ['actiepunten:\n- Ilse belt de vader van de deelnemer\n- huisbezoek Havenstraat 41', 'Havenstraat 41'],
  ])('keeps a home: %s', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });
});
