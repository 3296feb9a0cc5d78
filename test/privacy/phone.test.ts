import { describe, expect, it } from 'vitest';
import { createPhoneValidator, findPhones } from '../../src/privacy/phone.ts';
import { found, foundOf } from './helpers.ts';

describe('findPhones', () => {
  it.each([
    '06-12345678',
    '06 12345678',
    '06 1234 5678',
    '06 - 1234 5678',
    '06 12 34 56 78',
    '06.22.33.44.55',
    '0612 345 678',
    '0612345678',
    '(06) 12345678',
    '+31 6 23456789',
    '+31612345670',
    '+31 (0)6 11223344',
    '0031 6 3456 7890',
    '0031(0)6-12345678',
    '+31 06 12345678',
    '0031 06 12345678',
    '020 123 4567',
    '020-1234567',
    '010 - 123 45 67',
    '0314-123456',
    '(0544) 123456',
    '0575 51 23 45',
    '073 612 34 56',
    '085-1234567',
    '+31 20 765 4321',
    '0032 470 12 34 56',
    '+32 470 12 34 56',
  ])('finds %s', (phone) => {
    expect(foundOf('phone', `bel ${phone} graag`)).toEqual([phone]);
  });

  it.each([
    '0800-0226',
    '0800 1234',
    '0900-1234567',
    '0900 9292',
    '088 898 2000',
    '088-1234567',
    '+31 88 898 2000',
  ])('lets the organisation number %s pass (free, paid, national rate)', (phone) => {
    expect(found(`bel ${phone} graag`)).toEqual([]);
  });

  it('gives offsets in string indices', () => {
    expect(findPhones('tel 06-12345678.', createPhoneValidator())).toEqual([
      { kind: 'phone', start: 4, end: 15 },
    ]);
  });

  it.each([
    '100 trajecten in 2026',
    'niveau 3,5 en 40%',
    'een budget van € 25.000 en 0,8 fte',
    'de werkgroep van 12-03-2026',
    'Werkgroep 01-04-2026 10:00 uur',
    'vergadering 2026-04-06',
    'van 13.30 tot 15.00 uur',
    'KvK 12345678 en zaaknummer Z/26/123456',
    'In 2024 zijn 86 mensen gestart, in 2025 waren het er 104',
    'Scores 7 8 6 9 7 8 8 op de schaal',
    'We hadden 0 uitvallers en 1 200 000 euro',
    'versie 0.8.1 van het protocol',
    'zaal 0.12 in het gemeentehuis',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it('does not take a phone number out of a longer number', () => {
    expect(foundOf('phone', 'code 20230612345678')).toEqual([]);
    expect(foundOf('phone', 'code 2023-0612345678')).toEqual([]);
    expect(foundOf('phone', '0612345678901')).toEqual([]);
    expect(foundOf('phone', 'x0612345678')).toEqual([]);
  });

  it('rejects numbers libphonenumber does not know as valid', () => {
    expect(foundOf('phone', 'bel 0606060606')).toEqual([]);
    expect(foundOf('phone', 'bel 0000000000')).toEqual([]);
  });

  it('reads a valid BSN as a BSN, not a phone number', () => {
    // Without a trunk zero a nine-digit number is not how anyone writes a phone number.
    expect(foundOf('phone', 'bel over 201234567 of 612345678')).toEqual([]);
    expect(found('BSN 123456782')).toEqual([['bsn', '123456782']]);
  });

  it('finds two numbers side by side', () => {
    expect(foundOf('phone', '0315-654321 of 06-21436587')).toEqual(['0315-654321', '06-21436587']);
  });

  it.each([
    'Receptie Lentis: 050-5221234',
    'het algemeen nummer van Dimence is 0570 620 000',
    'tel. 053 481 3000 (algemeen nummer)',
    'Servicedesk GGNet 0575-561234, ma t/m vr',
    'Inbellen via Teams: +31 20 703 8259, conferentie-ID 447 902 18#',
    'Bel in via 085 401 9900 en toets ID 660 213 5#',
    'Vergadernummer werkgroep: 085-208 4455, toegangscode 39 21 77',
    // An office, a location, a team (batch 31).
    'Het kantoor van IPS Twente is bereikbaar op 053-4802 333',
    'UWV-kantoor Doetinchem: 0314-377 300',
    'Het wijkteam Oost is bereikbaar op 053-4802333',
    'Dimence locatie Deventer: 0570-635 000',
    'De gemeente Aalten: 0543-493 493',
    'Bel de balie van het Werkplein: 0314-377 300',
    'De huisartsenpraktijk Lochem: 0573-251 234',
    'Stichting Werkfit, tel. 085-4011 900',
  ])('lets a number said to be an organisation\'s pass (batch 25): "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it("still finds a mobile number or a client's number beside those words", () => {
    expect(foundOf('phone', 'Receptie gaf zijn nummer: 06-21436587')).toEqual(['06-21436587']);
    expect(foundOf('phone', 'klant belt in via 0315-654321')).toEqual(['0315-654321']);
    expect(foundOf('phone', 'de receptie belde, haar nummer is 0315-654321')).toEqual(['0315-654321']);
    expect(foundOf('phone', 'Bel Sanne op 0315-654321')).toEqual(['0315-654321']);
    expect(foundOf('phone', 'Bel Sanne op 0315-654321 via Teams')).toEqual(['0315-654321']);
    expect(foundOf('phone', 'receptie: mevrouw Bakker, 0315-654321')).toEqual(['0315-654321']);
    expect(foundOf('phone', 'bel hem op kantoor: 053-4802333')).toEqual(['053-4802333']);
    expect(foundOf('phone', 'woont in de gemeente Aalten, 0543-493493')).toEqual(['0543-493493']);
    expect(foundOf('phone', 'Na de training: 0543-493493 terugbellen')).toEqual(['0543-493493']);
    expect(foundOf('phone', 'het kantoor belde, mobiel 06-21436587')).toEqual(['06-21436587']);
  });

  // A professional's e-mail signature (batch 27).
  it.each([
    'Met vriendelijke groet, Kevin Meijer | Werkgeversadviseur | WSP Achterhoek | 0314 820 820',
    'Groet,\nSanne de Vries\nKlantmanager Werk & Inkomen\nGemeente Doetinchem\nT 0314 377 377',
    'Mvg, Ilse Kok, jobcoach, 053 481 3000',
    'Groet, Jeroen - tel. 0575 555 555 (algemeen nummer)',
  ])('lets the landline number in a signature with a job title pass: "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it.each([
    ['Met vriendelijke groet, Kevin Meijer | Werkgeversadviseur | 06 12345678', '06 12345678'],
    ['Met vriendelijke groet, Sanne de Vries, 0314 377 377', '0314 377 377'],
    ['Groet, Jeroen - tel. 0575 555 555', '0575 555 555'],
    ['Groet, Kevin (jobcoach). Klant is bereikbaar op 0314 377 377', '0314 377 377'],
    ['Mvg, Ilse Kok, jobcoach\n\nVan: Sanne\nOnderwerp: uitkering\nBel me op 0314 377 377', '0314 377 377'],
  ])('still finds a mobile, a signature without a job title or a client\'s number: "%s"', (text, phone) => {
    expect(foundOf('phone', text)).toEqual([phone]);
  });

  it.each([
    'Landelijk contactpunt: 030 - 789 22 00 (Divosa)',
    'Landelijk nummer (UWV): 088 - 898 92 94',
    'het landelijke nummer van Divosa is 030 789 22 00',
    'Contactpunt: 030 - 789 22 00 (Divosa)',
  ])('lets an organisation\'s contact point or national number pass: "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it.each([
    ['contactpunt van de klant: 030 - 789 22 00', '030 - 789 22 00'],
    ['Landelijk contactpunt: 06 - 12 34 56 78', '06 - 12 34 56 78'],
    ['Sanne is ons contactpunt: 030 - 789 22 00', '030 - 789 22 00'],
  ])('still finds a contact point that is a person or a mobile: "%s"', (text, phone) => {
    expect(foundOf('phone', text)).toEqual([phone]);
  });

  it.each([
    ['u kunt mij bellen op nul zes, 26 38 19 40', 'nul zes, 26 38 19 40'],
    ['bel maar op nul zes 41 22 87 93', 'nul zes 41 22 87 93'],
    ['Nummer van de moeder: nul-zes 52-19-33-08', 'nul-zes 52-19-33-08'],
    ['nul zes 12345678', 'nul zes 12345678'],
  ])('finds a mobile number with "nul zes" in words: "%s"', (text, phone) => {
    expect(foundOf('phone', text)).toEqual([phone]);
  });

  it.each([
    'Nul zes keer gebeld maar niemand nam op.',
    'nul zes 02 34 56 78',
    'nul zes 12 34 56 789',
    'nul zes, 26 38 19',
    'for urgent matters call the office 0314 377 500',
    'Visitors please call the front desk at 0570 620 000',
  ])('finds no phone number in "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  // Batch 39: the account digits of an IBAN whose check digits do not hold are still no phone number.
  it.each([
    'betaald door de GGZ vanaf NL57 RABO 0155 9013 42',
    'de werkgever gebruikt NL91 INGB 0678 1234 00 voor salarissen',
    'rekening NL57-RABO-0155901342 van de stichting',
  ])('reads no phone number in an IBAN-shaped account: "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it('still finds a phone number after a bank code that is no IBAN, and a valid IBAN as an IBAN', () => {
    expect(foundOf('phone', 'bij de RABO 0155 901342 bellen')).toEqual(['0155 901342']);
    expect(foundOf('phone', 'rekening NL57 RABO, bel 0155 9013 42')).toEqual(['0155 9013 42']);
    expect(found('zijn rekening NL91 ABNA 0417 1643 00')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
  });

  // Batch 39: a number where one asks for someone is a switchboard; a first name "van" an organisation a professional.
  it.each([
    'de Jumbo heeft vacatures vakkenvuller, 0411-600000 vragen naar Peter',
    'bel ons op de zaak 0412 45 12 00, vraag naar Henk of Ria',
    'Johan van de gemeente belt vaak op 0413 33 00 00, leuke man',
    'Ilse van het wijkteam is bereikbaar op 0573 251 234',
  ])('lets a switchboard or a professional\'s work number pass: "%s"', (text) => {
    expect(foundOf('phone', text)).toEqual([]);
  });

  it.each([
    ['bel zijn moeder op 0412 451200 en vraag naar Henk', '0412 451200'],
    ['bel 0412 451200 en vraag naar zijn moeder', '0412 451200'],
    ['vraag naar Henk: 06-12345678', '06-12345678'],
    ['Johan van de buren belt vaak op 0413 33 00 00', '0413 33 00 00'],
    ['Johan van de gemeente belde, klant is bereikbaar op 0413 33 00 00', '0413 33 00 00'],
  ])('still finds a household\'s number, a mobile or a neighbour\'s: "%s"', (text, phone) => {
    expect(foundOf('phone', text)).toEqual([phone]);
  });
});
