import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// det-72 (batch 72, the held-out style): per class a few lines with client data and their look-alikes said of a
// professional, an organisation or nobody (corpus-det-72-classes.tsv holds more).
describe('phone and e-mail: a professional’s work line', () => {
  it.each([
    'Groet Marieke\nGGZ Delfland | 06 23 45 71 90 (werk)',
    'contactgegevens nieuwe trajectbegeleider:\nmail: m.vos@wsp-rijnmond.nl\ntel werk: 06 31 48 27 05',
    'Mijn werknummer is 06 48 20 17 63, liever niet privé bellen',
    'Mijn eigen werkmail is d.koster@antes.nl, nooit privé mailen aub',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['contactgegevens nieuwe kandidaat:\ntel werk: 06 31 48 27 05', '06 31 48 27 05'],
    ['Sanne | 06 23 45 71 90 (werk)', '06 23 45 71 90'],
    ['zijn werkgever Jumbo | 06 23 45 71 90 (werk)', '06 23 45 71 90'],
    ['Zijn werknummer is 06 48 20 17 63, liever niet privé bellen', '06 48 20 17 63'],
  ])('keeps a client’s: %s', (text, phone) => {
    expect(foundOf('phone', text)).toEqual([phone]);
  });
});

describe('postcode: an office’s, a referrer’s and a resident’s', () => {
  it.each([
    'Het wijkplein zit aan de Juliana van Stolbergstraat, postcode 2595 CA, we vergaderen daar in mei',
    'het sociaal team Hendrik-Ido-Ambacht zit op 3341 LB, naast de bibliotheek',
    'Aanmelden via het wijkteam, Stationsplein 2, 3131 BK Vlaardingen',
  ])('lets it pass: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Kandidaat uit Schiedam, geb. 3 juni 1996, pc 3117 AK, doorverwezen via het wijkteam', '3117 AK'],
    [
      'Kan iemand checken of 2531 TX onder wijkteam Moerwijk valt? De kandidaat woont daar sinds kort',
      '2531 TX',
    ],
    ['het wijkteam zit op 3342 AZ, Hendrik woont ernaast', '3342 AZ'],
  ])('keeps a client’s: %s', (text, postcode) => {
    expect(foundOf('postcode', text)).toEqual([postcode]);
  });
});

describe('iban: an organisation paying from its account', () => {
  it('lets it pass', () => {
    expect(
      found('De reiskostenvergoeding wordt door de stichting betaald van rekening NL21 RABO 0312 4587 93'),
    ).toEqual([]);
  });

  it('keeps a client’s', () => {
    expect(
      foundOf(
        'iban',
        'De reiskostenvergoeding wordt door de deelnemer betaald van rekening NL21 RABO 0312 4587 93',
      ),
    ).toEqual(['NL21 RABO 0312 4587 93']);
  });
});

describe('name_health: the classes of batch 72’s misses', () => {
  it.each([
    ['Wendy Kuijpers, haar dochter heeft epilepsie en daarom werkt ze halve dagen', 'Wendy Kuijpers'],
    ['Lieke, onze ervaringsdeskundige, vertelde over haar eigen herstel en haar eetstoornis', 'Lieke'],
    ['Marloes de Wit (bedrijfsarts Dordrecht) vertelde dat ze zelf reuma heeft', 'Marloes de Wit'],
    ['Rowan van de Schiedamse groep is weer gaan blowen', 'Rowan van de Schiedamse'],
    [
      'Huisbezoek bij dhr. Van Leeuwen, Oude Vest 17, 2312 XB Leiden. Hij komt de deur niet uit sinds zijn depressie',
      'dhr. Van Leeuwen',
    ],
    ['Dewi heeft een GHB-ontgifting achter de rug', 'Dewi'],
    ['Thijs slaapt slecht door zijn piekeraanvallen', 'Thijs'],
    ['Ronald mist afspraken omdat hij z’n sleutels kwijtraakt als hij dronken is', 'Ronald'],
    ['Yara hoort al weken stemmen die haar uitschelden', 'Yara'],
    [
      'Shirin belt vanaf het nummer van haar zus (06 52 18 90 34) want haar eigen telefoon heeft ze in een manie kapotgegooid',
      'Shirin',
    ],
    ['Ruben (UWV) vertelt in juni over zijn eigen hartinfarct', 'Ruben'],
  ])('finds it: %s', (text, person) => {
    expect(foundOf('name_health', text)).toEqual([person]);
  });

  it.each([
    'Ruben (UWV) vertelt in juni over de Ziektewet bij kanker, ook over werken na een hartinfarct',
    'Wendy Kuijpers, haar dochter werkt als psychiatrisch verpleegkundige bij Yulius',
    'Lieke, onze ervaringsdeskundige, geeft een workshop over eetstoornissen',
    'Marloes de Wit (bedrijfsarts Dordrecht) vertelde over reuma bij werknemers',
    'In de groep van Rowan hebben veel deelnemers een depressie',
    'Yulius organiseert een themamiddag over GHB-ontgifting en werk',
    'Feyenoord overleefde drie tegenaanvallen en een cyberaanval',
    'Ronald lacht als hij dronken is van geluk',
    'De wethouder hoort al jaren de stemmen van de bewoners',
  ])('lets it pass: %s', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});
