import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// An organisation's office address said in ways batch 44-names and the lead's decision on corpus.tsv
// line 557 showed (6 December 2026), with homes said the same way that must still be found.
describe("address: an organisation's office, said after the address", () => {
  it.each([
    'Het Stationsplein 1 in Zutphen is het adres van het UWV-kantoor.',
    'Stationsplein 1 is het adres van het UWV.',
    'Molenweg 3 in Lochem is het adres van de gemeente.',
    'Kerkstraat 12, Deventer is ook het adres van het wijkteam',
    'Marktplein 4 is het adres van de GGZ-instelling',
    'Stationsplein 1 is het UWV, niet het adres van de klant!',
  ])('lets "%s" pass: "is het adres van" an office or organisation', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Stationsplein 1 is het adres van de cliënt.', 'Stationsplein 1'],
    ['Stationsplein 1 is het adres van Sanne.', 'Stationsplein 1'],
    ['Stationsplein 1 is het adres waar hij woont.', 'Stationsplein 1'],
    ['Molenweg 3 is het adres van zijn moeder, vlak bij het UWV-kantoor', 'Molenweg 3'],
    ['Stationsplein 1 is het adres van het UWV-kantoor, daar woont hij boven', 'Stationsplein 1'],
  ])('still finds "%s": a home', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });
});

describe('address: where a meeting is held', () => {
  it('lets an address in brackets after "vergaderen" pass', () => {
    expect(
      found('Dave vroeg of we volgende keer bij hen kunnen vergaderen (Spoorstraat 2, Deventer).'),
    ).toEqual([]);
    expect(found('We kunnen vergaderen op de Spoorstraat 2 in Deventer, bij de Stichting.')).toEqual([]);
  });

  it('still finds a home where the meeting is held', () => {
    expect(foundOf('address', 'Kunnen we bij Sanne thuis vergaderen, Dorpsstraat 3?')).toEqual([
      'Dorpsstraat 3',
    ]);
    expect(foundOf('address', 'Ze wil niet vergaderen, ze woont op Dorpsstraat 3.')).toEqual([
      'Dorpsstraat 3',
    ]);
    expect(foundOf('address', 'We vergaderen bij hem thuis op de Dorpsstraat 3.')).toEqual(['Dorpsstraat 3']);
  });
});
