import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of heldout15's flagged office addresses (5 December 2026), in other words.
describe("address, postcode and phone: an organisation's own, said in ways heldout15 showed", () => {
  it("reads an office's postcode capitals as letters, not a pronoun", () => {
    expect(found('Ons kantoor: Kerkstraat 12, 7411 HE Deventer (bezoekadres)')).toEqual([]);
    expect(found('bezoekadres van de vestiging is Molenweg 3, 6541 ZE Nijmegen')).toEqual([]);
    expect(found('mevrouw woont Molenweg 3, 6541 ZE Nijmegen')).toEqual([
      ['address', 'Molenweg 3'],
      ['postcode', '6541 ZE'],
    ]);
  });

  it('lets a record row headed by an organisation pass, not a row with a client in it', () => {
    expect(found('Naam: Werkplein | Adres: Stationsweg 8 | Postcode: 7001 BA | Tel: 0314-123456')).toEqual(
      [],
    );
    expect(found('Organisatie: Servicepunt Werk | Adres: Hoofdstraat 40 | PC: 6981 AA')).toEqual([]);
    expect(foundOf('postcode', 'Naam: Werkplein | Klant: Hendriks | Postcode: 7001 BA')).toEqual(['7001 BA']);
    expect(foundOf('postcode', 'Naam: Jansen | Adres: Stationsweg 8 | PC: 7001 BA')).toEqual(['7001 BA']);
  });

  it('lets a shelter named by whom it takes in pass, not where someone sleeps', () => {
    expect(found('de kinderopvang op de Dorpsstraat 3 heeft weer plek')).toEqual([]);
    expect(found('de daklozenopvang aan de Havenweg 21 is vrijdag gesloten')).toEqual([]);
    expect(foundOf('address', 'hij slaapt nu in de nachtopvang aan de Havenweg 21')).toEqual(['Havenweg 21']);
    expect(foundOf('address', 'zit nu in de opvang aan de Havenweg 21')).toEqual(['Havenweg 21']);
  });
});
