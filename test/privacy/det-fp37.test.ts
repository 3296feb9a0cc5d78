import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-fp37 (stop 37, batch 74's classes): an organisation's or professional's work contact and an
// organisation's account pass; a client's or relative's number and account in the same shapes stay found.
describe('phone: a professional work contact', () => {
  it.each([
    'Trajectbegeleider Tiel: Marieke de Boer, m.deboer@werkpleintiel.nl, 06 2841 9935',
    '@Wendy: dat is Arjen Bos, arjen.bos@rivierduinen-demo.nl, 06 53 82 19 04 (werk)',
    'Nieuwe casemanager: Ruben Dekker, r.dekker@gemeente-zwolle.nl, tel 06-44 91 20 33',
    'Antw: die van Lotte is 06-18273645, zakelijk nummer, mag je gewoon delen',
    'Stichting Present: 030-2345678, zij koppelen vrijwilligers aan gezinnen',
    'De wijkteams in Tiel bellen: 0344-612345, zij plannen het keukentafelgesprek',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it.each([
    ['Deelnemer Ruben Dekker, r.dekker@werkbedrijf-demo.nl, 06-44 91 20 33, wil een plek', '06-44 91 20 33'],
    ['mevrouw Bakker, werkt bij de bakker, info@bakkerijsmit.nl, 06-44 91 20 33', '06-44 91 20 33'],
    ['die van de deelnemer is 06-18273645, privénummer, liever niet delen', '06-18273645'],
    ['Mevrouw de Groot is bereikbaar op 010-3403030, zij regelt haar eigen administratie', '010-3403030'],
    ['Zijn moeder is bereikbaar op 0344-612345, zij heeft de sleutel', '0344-612345'],
  ])('keeps it found: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('iban: an organisation paying from or holding the account', () => {
  it.each([
    'Het eigen risico wordt door de gemeente gecompenseerd, betalingen vanuit NL03 ABNA 0592 8173 64',
    'overmaken door de penningmeester vanaf NL79INGB0007654129',
    'de penningmeester betaalt de declaraties vanaf NL79 INGB 0007 6541 29',
    'Rekeningnummer werkgroep voor de bijdrage aan de lunch: NL72 RABO 0156 7289 34, €12,50 p.p.',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('iban', text)).toEqual([]);
  });

  it.each([
    ['zijn moeder maakt het over vanuit NL03 ABNA 0592 8173 64', 'NL03 ABNA 0592 8173 64'],
    ['mevrouw betaalt haar eigen risico vanaf NL79 INGB 0007 6541 29', 'NL79 INGB 0007 6541 29'],
    ['Rekeningnummer deelnemer voor de reiskosten: NL72 RABO 0156 7289 34', 'NL72 RABO 0156 7289 34'],
  ])('keeps it found: %s', (text, iban) => {
    expect(foundOf('iban', text)).toEqual([iban]);
  });
});
