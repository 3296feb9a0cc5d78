import { describe, expect, it } from 'vitest';
import { found, foundOf, testGuard } from './helpers.ts';

describe('findBirthdates', () => {
  it.each([
    ['Kandidaat is geboren op 12-03-1985.', '12-03-1985'],
    ['De cliënt (12/3/1985) wacht', '12/3/1985'],
    ['Geboren 12.03.1985 in Arnhem', '12.03.1985'],
    ['Geboortedatum: 1990-07-21.', '1990-07-21'],
    ['Geb. 3 april 1979, al 5 jaar', '3 april 1979'],
    ['geboren 1 okt. 1993, heeft ervaring', '1 okt. 1993'],
    ['Cliënt, geb. 30-06-99, wil', '30-06-99'],
    ['Geb.datum 04/12/1995 staat', '04/12/1995'],
    ['DOB 22-10-1987 graag weghalen', '22-10-1987'],
    ['Jarig op 12 maart, dan wil hij vrij.', '12 maart'],
    ['geboren op 3 april', '3 april'],
    ["geboren 12 maart '85, woont in Apeldoorn", "12 maart '85"],
    ['geb. 4 okt. ’79', 'geb. 4 okt. ’79'.slice(5)],
    ['Mw. is geboren op 12-mrt-1985.', '12-mrt-1985'],
    ['geb 3/apr/85', '3/apr/85'],
    ['Kandidaat geboren in maart 1985, wil in de zorg.', 'maart 1985'],
    ["geboren mrt '85", "mrt '85"],
    ['Haar dochter (19 oktober 2016) gaat naar de bso.', '19 oktober 2016'],
    ['geb. 12 03 1985', '12 03 1985'],
    ['geb. 12 maart 85, woont in Ede', '12 maart 85'],
    ['geboren in 1985', '1985'],
    ['geboortejaar: 1985', '1985'],
    // English cues and month names (batch 25).
    ['Date of birth: 3 june 1990, start maandag', '3 june 1990'],
    ["Sanne's birthday is July 4th 1990, ze wil vrij", 'July 4th 1990'],
    ['Hij is born on 2 may 2001', '2 may 2001'],
    ['DOB: October 12, 1985', 'October 12, 1985'],
    // Batch 32: American order, spaced separators, a day without its zero, the cue after the date,
    // misspelt cues, "verjaardag", "een 85'er", a date in words.
    ['born 11/23/1986 according to the file', '11/23/1986'],
    ['gebdatum 21 - 03 - 1978 (van de dochter)', '21 - 03 - 1978'],
    ['geb 12 3 1985 uit het systeem', '12 3 1985'],
    ['ze is in juni 1993 geboren, net 31', 'juni 1993'],
    ['klant is gebroen op 8 feb, kan dat mee?', '8 feb'],
    ['geboortdatum 3 mei, klopt dat?', '3 mei'],
    ['Verjaardag klant is 25 juli (1988), plan de evaluatie anders', '25 juli'],
    ["mevrouw is een 85'er, 12 maart om precies te zijn", '12 maart'],
    [
      'geboren op drie april negentienvijfentachtig volgens het formulier',
      'drie april negentienvijfentachtig',
    ],
    ['Deelnemer, geb. eenendertig januari, wil', 'eenendertig januari'],
    // An age and a comma just before the date; "b-day"; a date under a birth-date column header.
    ['mevr. (38 jr, 12 maart) wil graag starten', '12 maart'],
    ['Man, 41 jaar, 3-4, al lang uit het werk', '3-4'],
    ['b-day client 12 march', '12 march'],
    ['Naam | Geb.datum | Woonplaats — J. Jansen | 12-03-2015 | Ede', '12-03-2015'],
    ['Naam | Geboortedatum\nJ. Jansen | 3-4', '3-4'],
    ['De kandidaat die ik doorstuur is geboren 6/8/1998.', '6/8/1998'],
    ['birthday client: 3rd of May', '3rd of May'],
    ['gebdat: 3 mei', '3 mei'],
    ["geboren in '85", "'85"],
    ["geb. '85, woont in Ede", "'85"],
    ['Jansen 38 jaar, 12 maart geboren', '12 maart'],
    ['De verjaardag van de klant is 1 april', '1 april'],
  ])('finds a date after a birth cue in "%s"', (text, date) => {
    expect(foundOf('birthdate', text)).toEqual([date]);
  });

  it.each([
    ['Kandidaat van 9 januari 1988 heeft de intake gemist', '9 januari 1988'],
    ['Het gaat om een vrouw van 17-09-1974', '17-09-1974'],
    ['Aanmelding van 02-02-1971, nog geen reactie', '02-02-1971'],
    ['een jongen van 3 maart 2006', '3 maart 2006'],
    ['De cliënt van 12-03-85', '12-03-85'],
    ["De cliënt van 12 maart '85", "12 maart '85"],
    // A two-digit year after an apostrophe in a numeric date (batch 25).
    ["die meneer van 3-9-'02 belt terug", "3-9-'02"],
    ["de vrouw van 30/11/'58 start morgen", "30/11/'58"],
  ])('finds a full date at least 14 years back in "%s"', (text, date) => {
    expect(foundOf('birthdate', text)).toEqual([date]);
  });

  it.each([
    'De werkgroep van 12-03-2026 is verplaatst',
    'Op 3 april hebben we de intake besproken',
    'Vergadering 2026-04-06: de agenda volgt',
    'Zie het verslag van 7 november 2025',
    'Deadline is 1-7-2026, kerstvakantie van 19-12-2026 tot 3-1-2027',
    'Werkgroep 09-04-2026 14:00 in Zutphen',
    'Volgende casusbespreking: 14.04.2026',
    'Kunnen we de werkgroep van 9-6 naar 16-6 verschuiven?',
    'Het idee is geboren tijdens de werkgroep van 12-03-2026',
    'Sinds 1 januari 2004 werkt de regio met de Wet werk en bijstand',
    'De stichting is opgericht op 1 maart 1998',
    'Het convenant werd getekend op 12 maart 2008',
    'In de periode 1-1-2005 tot 1-1-2010 liep het project',
    'Sinds 1 januari 2015 valt de doelgroep onder de Participatiewet',
    'van 13.30 tot 15.00 uur, zaal 2.04, versie 1.4',
    'op 31-02-1985 kan niet',
    'code 2023-12-03-7',
    'in 1985 en 1990',
    'Uitspraak CRvB van 12 april 2011 over de kostendelersnorm',
    'De brief van 3 maart 2010 is nog steeds leidend',
    'Kamerbrief van 18 december 2012 over de banenafspraak',
    'Beschikking van 12-03-2008 is niet meer geldig',
    'vergadering in maart 2026',
    'sinds maart 2010 in dienst',
    'Haar dochter is op 1 september 2026 gestart',
    'in zaal 12 03 1985 stuks',
    'tel 06 12 03 1985',
    'tot 17 april 30 plekken',
    'Geboren in Syrië, sinds 1998 in Nederland',
    'Het idee is geboren in 2024',
    'Haar dochter (sinds 1 maart 2025 op de opvang) is ziek',
    'Sanne is jarig op 12 mei, taart!',
    'Jeroen is jarig op 3 april, we trakteren.',
    'We vieren het 5-jarig bestaan van de werkgroep op 12 mei.',
    "De werkgroep van 3-9-'26 is verplaatst",
    'The meeting on May 12 2026 is moved',
    "Versie 3-9-'02-1 van het formulier",
    'In june 2025 was het congres',
    // Batch 32: an idea or project "geboren", the writer's or a colleague's own birthday.
    'Het idee voor een leerbijeenkomst is geboren op 12 maart tijdens de heidag.',
    'Ik ben zelf jarig op 12 maart, dus die werkgroep sla ik over ;)',
    'Mijn verjaardag is 3 april, dan ben ik vrij.',
    'Onze projectleider wordt 14 maart 50, we regelen iets leuks.',
    'Het project is in maart 2019 geboren.',
    'De baan is hem geboden op 3 april.',
    'op een april dag, drie april, vergaderen we',
    'Ik ben zelf geboren op 12-03-1985 en werk al 20 jaar bij de gemeente.',
    'Het plan is geboren in 1999 tijdens een heidag.',
    'geboren uit de gedachte van 12 maart',
    'werkt 20 jaar, contract eindigt 1 april',
    'Hij werkt er al 20 jaar, 1 april stopt hij.',
    'Over 20 jaar, 12 maart, is het jubileum',
    'De verjaardag van de stichting is 1 april.',
    'Wij zijn geboren en getogen Achterhoekers, sinds 12 maart 1999 in dienst.',
    'Veilig geborgen op 3 april.',
    'op de 3e mei is de werkgroep',
    "in '85 ging het mis",
    "geb. '15",
    'Naam | Startdatum | Team — J. Jansen | 3-4 | Oost',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('birthdate', text)).toEqual([]);
  });

  it('takes the current year from the injected clock', () => {
    const in2040 = testGuard({ now: () => new Date('2040-06-01T12:00:00Z') });
    const text = 'De werkgroep van 12-03-2026 is verplaatst';
    expect(in2040.scan(text).map((f) => f.kind)).toEqual(['birthdate']);
  });

  it('uses the year in Europe/Amsterdam, not UTC', () => {
    // 31 December 2039 23:30 UTC is already 1 January 2040 in Amsterdam: 2026 is then 14 years back.
    const newYear = testGuard({ now: () => new Date('2039-12-31T23:30:00Z') });
    const lastDay = testGuard({ now: () => new Date('2039-12-31T22:30:00Z') });
    const text = 'de werkgroep van 12-03-2026';
    expect(newYear.scan(text).map((f) => f.kind)).toEqual(['birthdate']);
    expect(lastDay.scan(text)).toEqual([]);
  });

  it('treats meeting dates on daylight-saving days like any other date', () => {
    for (const now of [
      '2026-03-29T00:30:00Z',
      '2026-03-29T02:30:00Z',
      '2026-10-25T00:30:00Z',
      '2026-10-25T02:30:00Z',
    ]) {
      const guard = testGuard({ now: () => new Date(now) });
      expect(guard.scan('De werkgroep van 29-03-2026 en die van 25-10-2026 gaan door.')).toEqual([]);
      expect(guard.scan('Geboren 29-03-1985.').map((f) => f.kind)).toEqual(['birthdate']);
    }
  });

  it.each([
    ['geb. 01051968', '01051968'],
    ['gebdat 01111967, woont in Ede', '01111967'],
    ['geb. 06071986 – naam volgt', '06071986'],
    ['Geboortedatum: 23091975.', '23091975'],
    // 01011960 passes the BSN 11-proef as an eight-digit BSN; after a birth cue it is a date.
    ['geboren 01011960 in Zwolle', '01011960'],
    ['Gebdat 19830512', '19830512'],
  ])('reads eight glued digits after a birth cue as DDMMYYYY, else YYYYMMDD: %s', (text, date) => {
    expect(found(text)).toEqual([['birthdate', date]]);
  });

  it('reads a person\'s "bouwjaar" as a birth year, a building\'s not', () => {
    expect(found('Kandidaat bouwjaar 1979 maar zeer gemotiveerd')).toEqual([['birthdate', '1979']]);
    expect(found('Het pand, bouwjaar 1979, heeft geen lift')).toEqual([]);
  });

  it("reads a person's \"jaargang\" as a birth year, a course's or magazine's not (batch 41)", () => {
    expect(found('deelnemer jaargang 1967, dus 58')).toEqual([['birthdate', '1967']]);
    expect(found('deelnemer jaargang 2025 van de leergang')).toEqual([]);
    expect(found('het tijdschrift, jaargang 1967, ligt in de kast')).toEqual([]);
  });

  it.each([
    'Factuurnummer 01051968 is betaald',
    'geb. 01052020 klopt niet, dat is de invoerdatum',
    'geb. 32131968 is geen datum',
    'geb. 010519681 als volgnummer',
    'Ordernummer 19830512 is verzonden',
    'gebdat 20241301 is geen datum',
  ])('leaves eight digits alone without a cue, too recent or not a date: %s', (text) => {
    expect(foundOf('birthdate', text)).toEqual([]);
  });

  it('finds a person called a cohort of their birth year (heldout15), not a thing so called', () => {
    expect(foundOf('birthdate', 'hij is een 2004-er, nog maar 22')).toEqual(['2004']);
    expect(foundOf('birthdate', 'Mevrouw is een 1968-er')).toEqual(['1968']);
    expect(foundOf('birthdate', "de kandidaat, een 99'er, wil de zorg in")).toEqual(['99']);
    expect(foundOf('birthdate', 'de printer is een 2015-er')).toEqual([]);
    expect(foundOf('birthdate', 'het is een 2010-er wijn')).toEqual([]);
  });

  it("leaves a date that labels a document's version alone (heldout15)", () => {
    expect(foundOf('birthdate', 'de handleiding versie 14.02.1996 is verouderd')).toEqual([]);
    expect(foundOf('birthdate', 'in het werkprotocol van 03-11-1999 staat de oude route')).toEqual([]);
    expect(foundOf('birthdate', 'geboortedatum klant 14-02-1996, versie 2 van haar cv')).toEqual([
      '14-02-1996',
    ]);
  });
});
