import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Stop 33 (det-contacts): Schakel guards a CLIENT's data; a work contact of a professional or an organisation is none.
describe("e-mail: an address at an organisation's domain is a work contact unless a client is tied to it", () => {
  it.each([
    'Vragen over de training kunnen naar marieke.hofstede@mediant.nl',
    'Aanmelden voor de regiodag bij t.oosterhof@laborijn.nl, uiterlijk 3 maart',
    'Ruud is tot 12 mei weg, zijn zaken lopen via e.wolters@tactus.nl',
    'Jobcoach Arjen mailt voortaan vanaf arjen.blom@werkfitoost.nl, zijn oude adres vervalt',
    'wie heeft het verslag? kan naar s.nijhuis@gemeente-berkelland.nl',
  ])("lets a professional's address pass: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['mail van de klant: d.haverkamp@installatie-oost.nl', 'd.haverkamp@installatie-oost.nl'],
    ['Mail zijn moeder even op g.brink@brinkschilders.nl', 'g.brink@brinkschilders.nl'],
    ['Stuur het naar kevin1994@autobedrijf-lochem.nl', 'kevin1994@autobedrijf-lochem.nl'],
    ['Het is haar privé-adres: m.dohmen@dohmen-advies.nl', 'm.dohmen@dohmen-advies.nl'],
    ['k.nijland@student.saxion.nl wil de vacature', 'k.nijland@student.saxion.nl'],
    ['Lisa (Hema Deventer) zit in ons traject, mail: l.bosch@hema.nl', 'l.bosch@hema.nl'],
    ['De familie mailt vanaf j.jansen@familiejansen.nl', 'j.jansen@familiejansen.nl'],
    ['Tim kan terecht bij het werkbedrijf, tim.hofman@werkbedrijfoost.nl', 'tim.hofman@werkbedrijfoost.nl'],
    ['Mail Ruud, hij weet ervan: r.jansen@gmail.com', 'r.jansen@gmail.com'],
  ])("keeps a client's or a private address: %s", (text, address) => {
    expect(foundOf('email', text)).toEqual([address]);
  });

  it("reads a record across its lines: a client word or the owner's own professional above the address", () => {
    expect(foundOf('email', 'Yusuf Kaya\nDeelnemer IPS\ny.kaya@techniekhuis.nl')).toEqual([
      'y.kaya@techniekhuis.nl',
    ]);
    expect(foundOf('email', 'Sanne Wolters\nBegeleider: Henk\nsanne@werkbedrijfoost.nl')).toEqual([
      'sanne@werkbedrijfoost.nl',
    ]);
    expect(found('Groet,\nHenk Wolters\nBegeleider Werkbedrijf Oost\nh.wolters@werkbedrijfoost.nl')).toEqual(
      [],
    );
  });

  it("reads pronouns as the professional's at a known organisation's domain or beside a job title, not beside someone's boss", () => {
    expect(found('Mail Ruben even, hij weet ervan: ruben@tactus.nl')).toEqual([]);
    expect(found('De nieuwe consulent mailt vanaf k.derks@bouwbedrijf.nl, hij begint maandag')).toEqual([]);
    expect(foundOf('email', 'Mo: m.aziz@jumbo.com, hij heeft nog geen rooster van zijn teamleider')).toEqual([
      'm.aziz@jumbo.com',
    ]);
  });
});

describe('phone: a landline on a line that names an organisation, its professional or contact person', () => {
  it.each([
    'Ruud de Boer, Laborijn, 0314-358 200, voor vragen over de detachering',
    'morgen nog een keer proberen bij de werkgever, 0495 54 99 10, anders een brief',
    'Overzicht: Willem Bos | Werkplein | 0182 58 88 00',
    'Ruud de Boer, Laborijn, +31 (0)314 358 200',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Bel Piet thuis 0543-12 34 56, hij werkt bij Laborijn', '0543-12 34 56'],
    ['Deelnemer Kees werkt bij Laborijn, zijn vaste nummer is 0314-36 12 90', '0314-36 12 90'],
    ['Aanmelding via UWV: Jan Pieters, 0314-65 43 21', '0314-65 43 21'],
    ['Ruud de Boer, Laborijn, 06-41 22 87 93', '06-41 22 87 93'],
    ['Ruud de Boer, Laborijn, +32 470 12 34 56', '+32 470 12 34 56'],
    ['Nieuwe deelnemer, gegevens volgen:\nJoyce Hendriks, Stichting Werkpad, 0543-51 88 22', '0543-51 88 22'],
    ['Piet de Vries, 0543-51 88 22. Hij zit bij Stichting Werkpad', '0543-51 88 22'],
  ])("keeps a client's, a home's, a referred person's or a mobile number: %s", (text, number) => {
    expect(foundOf('phone', text)).toEqual([number]);
  });
});

describe("iban: an organisation's account in the clause that names it, no person on the line", () => {
  it('lets it pass', () => {
    expect(found('LKS-bijdrage gaat naar de werkgever: NL94INGB0658219473 (Houtbouw Ruiters BV)')).toEqual(
      [],
    );
  });

  it.each([
    'Uitkering van de gemeente gaat voortaan naar NL91ABNA0417164300',
    'Nieuw IBAN NL85INGB7694275073 doorgegeven aan UWV',
    'Zorgtoeslag komt binnen op NL20INGB0001234567 via Stichting Budgetplan',
    'Stichting Leergeld, rekening van mevrouw: NL91ABNA0417164300',
    'Stichting Leergeld. Rekening NL91ABNA0417164300',
    'De werkgever heeft het nummer t.n.v. J. Bakker: NL91ABNA0417164300',
  ])("keeps a person's account: %s", (text) => {
    expect(foundOf('iban', text)).toHaveLength(1);
  });
});
