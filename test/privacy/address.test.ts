import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

describe('findAddresses', () => {
  it.each([
    ['woont aan de Kerkstraat 12 in Lochem', 'Kerkstraat 12'],
    ['Het nieuwe adres is Laan van Meerdervoort 33a.', 'Laan van Meerdervoort 33a'],
    ['woont aan de Hoofdweg 5', 'Hoofdweg 5'],
    ['op de Burgemeester Jansenlaan 4-2', 'Burgemeester Jansenlaan 4-2'],
    ['op Oudegracht 123 bis', 'Oudegracht 123 bis'],
    ['naar de Coolsingel 40.', 'Coolsingel 40'],
    ['op Nieuwe Binnenweg 210B', 'Nieuwe Binnenweg 210B'],
    ['de Prins Hendrikkade 7', 'Prins Hendrikkade 7'],
    ['aan het Kastanjepad 11', 'Kastanjepad 11'],
    ['de Grote Markt 14', 'Grote Markt 14'],
    ['woonachtig op Damrak 1', 'Damrak 1'],
    ['Adres: Lange Voorhout 9, achterom', 'Lange Voorhout 9'],
    ['op de Kerkstr. 12', 'Kerkstr. 12'],
    ['Nieuw adres: Hoofdstraat12 in Winterswijk', 'Hoofdstraat12'],
    ['Hoofdstraat 12-A in Aalten', 'Hoofdstraat 12-A'],
    ['Hij woont aan de Molenweg 2001, het laatste huis', 'Molenweg 2001'],
    ['aan de Dr. Huber Noodtstraat 12', 'Noodtstraat 12'],
    ['adres kerkstraat 14 in Zutphen', 'kerkstraat 14'],
    ['Hij woont op dorpsstraat 3 bij zijn ouders.', 'dorpsstraat 3'],
    ['nieuw adres: beukenlaan 27b', 'beukenlaan 27b'],
  ])('finds the address in "%s"', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });

  it.each([
    'We zitten op niveau 3 en in tertiaal 2',
    'Werkgroep 4 en artikel 7 van het convenant',
    'Bijeenkomst 3 is in week 12',
    'Week 12 is de bijeenkomst met werkgevers',
    'Vergadering 12 staat in het teken van de evaluatie',
    'Antwoord 3: we weten het nog niet',
    'Tijdpad 2026: in mei de tussenrapportage',
    'De pilot Leerpad loopt in 2 gemeenten',
    'Via het Werkplein 12 aanmeldingen ontvangen',
    'De Kerkstraat is afgesloten',
    'op de Hoofdweg 3,5 km verderop',
    'Stationsweg 10:00 uur verzamelen',
    'Het Stationsplein 1e deel',
    'woont in Doetinchem 3 dagen per week bij zijn zus',
    'Het Zomerkamp 2026 is voor jongeren uit de Wajong',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('address', text)).toEqual([]);
  });

  it('never reads an organisation as a street', () => {
    const guard = testGuard({ organisations: ['Buurtkade'] });
    expect(found('Buurtkade 12 heeft een nieuwe locatie', guard)).toEqual([]);
  });
});
