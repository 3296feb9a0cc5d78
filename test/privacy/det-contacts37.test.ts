import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// det-contacts37 (stop 37): organisations' and professionals' work contacts by class: a venue's address by what
// a visitor is told, a professional or service named as the owner of a number, a round switchboard number, an
// invoice's account. A client's or relative's contact detail in the same shapes stays found.
describe('address: a venue or office', () => {
  it.each([
    'Vergeet niet: kick-off in De Kolk, Kolkstraat 15, parkeren is gratis',
    'Inloopspreekuur elke dinsdag, Marktstraat 8, 10.00-12.00 uur',
    'Het UWV-kantoor is verhuisd van de Stationsweg 8 naar de Markt 4',
    'Het adres van de gemeente is Hoofdstraat 1, daar kun je het formulier afgeven',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('address', text)).toEqual([]);
  });

  it.each([
    ['Adres: Kerkstraat 5, parkeren kan voor de deur', 'Kerkstraat 5'],
    ['Hij woont op de Eikenlaan 14, parkeren is lastig', 'Eikenlaan 14'],
    ['Huisbezoek bij meneer, Kolkstraat 15, parkeren is gratis', 'Kolkstraat 15'],
    ['Klant is verhuisd naar de Molenweg 10, de post gaat nog naar het oude adres', 'Molenweg 10'],
  ])('keeps it found: %s', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });
});

describe('phone: a professional or service named as its owner', () => {
  it.each([
    'De jobhunter van het WSP zit op 06-47382910, bel gerust',
    'Na 17.00 uur is de bereikbaarheidsdienst bereikbaar op 06-87654321',
    'De dienstdoende jobcoach heeft dit weekend de diensttelefoon: 06-11223344',
    'Het nummer van de piketdienst is 06-12312312, alleen voor spoed',
    'Bereikbaar op maandag en dinsdag: 06-41526374, Sanne (IPS-trajectbegeleider)',
    'De consulent van de gemeente, Sandra, 06-12098765, weet er meer van',
    'Wim Hendriks (sociaal werkbedrijf) is bereikbaar op zijn werknummer 035 - 528 71 11',
    'Bedrijfsarts Dr. Oosterhuis is bereikbaar op 030-2608811 tussen 8 en 9 uur voor werkgeversvragen',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it.each([
    ['De jobcoach belde 06-87654321 maar kreeg geen gehoor', '06-87654321'],
    ['Het nummer van de jobcoach van Bas is 06-41526374', '06-41526374'],
    ['De begeleider van Bas is bereikbaar op 06-41526374', '06-41526374'],
    ['Het wijkteam heeft een nieuw nummer voor hem: 06-41526374', '06-41526374'],
    ['Sanne Jansen is vanaf maandag bereikbaar op 06-41526374', '06-41526374'],
    ['Bel 06-41526374, Sanne (deelnemer), na 10 uur', '06-41526374'],
  ])('keeps it found: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('phone: a round landline with nobody named on its line', () => {
  it.each([
    'Vragen over de regeling: 0314 37 88 00',
    'Aanmelden voor de cursus kan via 053 489 10 00, graag voor 1 mei',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it.each([
    ['Bel Sanne op 0314 37 88 00', '0314 37 88 00'],
    ['Nieuwe aanmelding: Kees Bakker, 0570-69 34 00', '0570-69 34 00'],
    ['zijn nummer: 0314 378800', '0314 378800'],
  ])('keeps it found: %s', (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe('iban: an invoice in its sentence and no person named', () => {
  it.each([
    'De IBAN op de factuur van Cordaan klopt niet, het moet NL86 INGB 0002 4455 88 zijn',
    'Factuur IPS-scholing Kenniscentrum Phrenos, nr. F26-00712, € 2.950,- betalen voor 1 juni op NL79INGB0007654129',
    'NL65TRIO7180431725 staat op de factuur, is dat de goede?',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('iban', text)).toEqual([]);
  });

  it.each([
    ['De factuur van de deelnemer is betaald, zijn rekening is NL62SNSB3944833745', 'NL62SNSB3944833745'],
    ['factuur van Sanne de Boer is betaald op NL11ASNB6797698981', 'NL11ASNB6797698981'],
    [
      'Zijn uitkering staat op NL45ABNA0094309746, de factuur van de tandarts gaat daar ook vanaf',
      'NL45ABNA0094309746',
    ],
  ])('keeps it found: %s', (text, iban) => {
    expect(foundOf('iban', text)).toEqual([iban]);
  });
});
