import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

describe('findPostcodes', () => {
  it('finds "1234 AB" and "1234AB"', () => {
    expect(foundOf('postcode', 'woont in 7001 AB Doetinchem')).toEqual(['7001 AB']);
    expect(foundOf('postcode', 'brief naar mevr. DeVries 7201 AB Zutphen')).toEqual(['7201 AB']);
    expect(foundOf('postcode', 'postcode 7131AB.')).toEqual(['7131AB']);
    expect(foundOf('postcode', 'naar 1012 AB')).toEqual(['1012 AB']);
  });

  it('finds lower-case letters when glued, after "postcode" or before a place name', () => {
    expect(foundOf('postcode', 'woont in 7001ab')).toEqual(['7001ab']);
    expect(foundOf('postcode', 'postcode: 2513 aa')).toEqual(['2513 aa']);
    expect(foundOf('postcode', 'verhuisd naar 7001 ab Doetinchem')).toEqual(['7001 ab']);
    expect(foundOf('postcode', 'uitnodiging gestuurd naar 7201 av zutphen')).toEqual(['7201 av']);
    expect(foundOf('postcode', 'pc 5611 eh, graag')).toEqual(['5611 eh']);
    expect(foundOf('postcode', '3512 je Utrecht is het nieuwe adres')).toEqual(['3512 je']);
    expect(foundOf('postcode', 'klant woont in 1068 mb amsterdam')).toEqual(['1068 mb']);
  });

  it('finds letters that are a Dutch word or a unit when a known place follows', () => {
    expect(foundOf('postcode', 'brief kwam retour, nieuw adres is 5211 de den bosch')).toEqual(['5211 de']);
    expect(foundOf('postcode', 'klant zit sinds maart in 3512 je utrecht')).toEqual(['3512 je']);
    expect(foundOf('postcode', 'hij kwam uit 8011 pk zwolle')).toEqual(['8011 pk']);
    expect(foundOf('postcode', 'kamer in 6512 ex nijmegen gevonden')).toEqual(['6512 ex']);
    expect(foundOf('postcode', 'gegevens gewijzigd, 2031 bk haarlem')).toEqual(['2031 bk']);
    expect(foundOf('postcode', 'post voor hem kan naar 3811 en amersfoort')).toEqual(['3811 en']);
    expect(foundOf('postcode', 'de cliënt is ingeschreven op 3512je')).toEqual(['3512je']);
  });

  it('finds the four digits said of one client after "postcode" or "pc", but no region', () => {
    expect(foundOf('postcode', 'klant woont in pc 7412, verder geen adres bekend')).toEqual(['7412']);
    expect(foundOf('postcode', 'postcode van mw. is 3512, huisnummer weet ik niet')).toEqual(['3512']);
    expect(foundOf('postcode', 'postcode 3512 en 3513 doen mee aan de pilot')).toEqual([]);
  });

  it('finds a postcode joined by a hyphen, dot or slash, glued to a house number or after a misspelt cue', () => {
    expect(foundOf('postcode', 'nieuw adres 3512 AB-Utrecht')).toEqual(['3512 AB']);
    expect(foundOf('postcode', 'postcode 3512.AB')).toEqual(['3512.AB']);
    expect(foundOf('postcode', 'hij woont op 6822/ab')).toEqual(['6822/ab']);
    expect(foundOf('postcode', 'postcode+huisnr: 3512AB14')).toEqual(['3512AB']);
    expect(foundOf('postcode', 'postocde 3512 ab')).toEqual(['3512 ab']);
    expect(foundOf('postcode', 'p/c 2511cm')).toEqual(['2511cm']);
    expect(foundOf('postcode', 'postal code: 6211 ts')).toEqual(['6211 ts']);
  });

  it('finds a postcode after a street and number, and in a list of postcodes', () => {
    expect(foundOf('postcode', 'nieuw adres: Vondelstraat 3, 6512 ab')).toEqual(['6512 ab']);
    expect(foundOf('postcode', 'Lijst uitnodigingen: 2511 cm, 2512 ab, 2513 ez')).toEqual([
      '2511 cm',
      '2512 ab',
      '2513 ez',
    ]);
  });

  it('finds a postcode with a known place before it, a cue further back, or on a line of its own', () => {
    expect(foundOf('postcode', 'woonplaats: heerlen 6411 gk')).toEqual(['6411 gk']);
    expect(foundOf('postcode', 'verhuisd naar Tilburg (5014 gr)')).toEqual(['5014 gr']);
    expect(foundOf('postcode', 'dhr woont sinds kort in 5038 ct')).toEqual(['5038 ct']);
    expect(foundOf('postcode', 'nieuwe pc van de klant is 2345 gh')).toEqual(['2345 gh']);
    expect(foundOf('postcode', 'woonplaats apeldoorn, postcode 7322 kb')).toEqual(['7322 kb']);
    expect(foundOf('postcode', 'woont op de 4e etage, 1103 mb')).toEqual(['1103 mb']);
    expect(foundOf('postcode', 'hij is verhuisd naar 1779 ja den oever')).toEqual(['1779 ja']);
    expect(foundOf('postcode', 'ze is naar haar vriend in 4205 nb gorinchem getrokken')).toEqual(['4205 nb']);
    expect(foundOf('postcode', '9744 ga')).toEqual(['9744 ga']);
    expect(foundOf('postcode', 'deelnemers uit 1314 ab en 1315 rs')).toEqual(['1314 ab', '1315 rs']);
    expect(foundOf('postcode', '7511-AB enschede')).toEqual(['7511-AB']);
    expect(foundOf('postcode', 'Zij woont in de wijk rond 8011 PK en wil niet te ver reizen.')).toEqual([
      '8011 PK',
    ]);
  });

  it('finds a postcode after a glued label, in brackets after a client, after a letter sent or "in"/"uit"', () => {
    expect(foundOf('postcode', 'postcode:1181ab')).toEqual(['1181ab']);
    expect(foundOf('postcode', 'De deelnemer (2491 bk) belt morgen terug')).toEqual(['2491 bk']);
    expect(foundOf('postcode', 'we kregen een brief terug uit 1102 bx')).toEqual(['1102 bx']);
    expect(foundOf('postcode', 'post gaat naar 1823 cm')).toEqual(['1823 cm']);
    expect(foundOf('postcode', 'mw. komt uit 3514 ax')).toEqual(['3514 ax']);
    expect(foundOf('postcode', 'klant zit nu in 6043 te roermond')).toEqual(['6043 te']);
    expect(foundOf('postcode', 'haar nieuwe adres is 2036 nb haarlem')).toEqual(['2036 nb']);
  });

  it('finds a postcode with "daar woont" after it, or glued with capitals after a client word (batch 28)', () => {
    expect(foundOf('postcode', 'bij 7007 km? daar woont de deelnemer toch')).toEqual(['7007 km']);
    expect(foundOf('postcode', '3812 ab, daar woont ze sinds de zomer')).toEqual(['3812 ab']);
    expect(foundOf('postcode', '7131 de, daar zit de klant nu')).toEqual(['7131 de']);
    expect(foundOf('postcode', 'klant 7102-LM, kan iemand checken welke gemeente dat is')).toEqual([
      '7102-LM',
    ]);
    expect(foundOf('postcode', 'Cliënt 6511-KR valt buiten onze regio')).toEqual(['6511-KR']);
  });

  it('finds a postcode glued after a comma that follows a word (batch 31)', () => {
    expect(foundOf('postcode', 'woonplaats deelnemer: Ede,6717LL')).toEqual(['6717LL']);
    expect(foundOf('postcode', 'Stationsweg 12-II,1012 AB Amsterdam')).toEqual(['1012 AB']);
    expect(foundOf('postcode', 'adres: Dorpsstraat 4a;7131 KP Lichtenvoorde')).toEqual(['7131 KP']);
    // The way from someone's home: "van", "vanaf", "vanuit" and a word for travelling.
    expect(foundOf('postcode', 'reistijd vanaf 7007 hk naar het werk is te lang')).toEqual(['7007 hk']);
    expect(foundOf('postcode', 'hij wil niet verder reizen dan 10 km van 7007 hk')).toEqual(['7007 hk']);
    expect(foundOf('postcode', 'de reiskosten van 2026 ab tot nu toe')).toEqual([]);
    expect(foundOf('postcode', 'we rijden vanaf 1200 mb per seconde')).toEqual([]);
    // An example word with a client or a resident word after it is no example.
    expect(foundOf('postcode', 'Voorbeeld: klant woont in 7001 CV')).toEqual(['7001 CV']);
  });

  it('finds a postcode with a double space, glued to its place or cue, "in de" after living, "klant pc" (batch 32)', () => {
    expect(foundOf('postcode', 'Mevrouw woont 7231  NK Warnsveld, graag werk dichtbij')).toEqual([
      '7231  NK',
    ]);
    expect(foundOf('postcode', 'klant, Slingerbos, postcode 7006  LC')).toEqual(['7006  LC']);
    expect(foundOf('postcode', 'Werkgever vraagt waar kandidaat woont: 7271AXBorculo')).toEqual(['7271AX']);
    expect(foundOf('postcode', 'pc7121LG')).toEqual(['7121LG']);
    expect(foundOf('postcode', 'postcode7001 KL')).toEqual(['7001 KL']);
    expect(foundOf('postcode', 'klant postcode 7001  kl')).toEqual(['7001  kl']);
    expect(foundOf('postcode', 'pc1234 en')).toEqual([]);
    expect(foundOf('postcode', 'pc2000xp')).toEqual([]);
    expect(foundOf('postcode', 'de klant pc 1204 gaf een foutmelding')).toEqual([]);
    expect(foundOf('postcode', 'mw woont in de 7033 JN, Wehl dus')).toEqual(['7033 JN']);
    expect(foundOf('postcode', 'klant pc 7007 geloof ik, de letters weet ik niet')).toEqual(['7007']);
    expect(foundOf('postcode', 'Beukenstraat 14,7544RT ENSCHEDE')).toEqual(['7544RT']);
    // A company's legal form, an example said after the pair, two spaces without evidence: none.
    expect(foundOf('postcode', 'Techniek 1900 NV is een nieuwe werkgever')).toEqual([]);
    expect(foundOf('postcode', 'Werkgever ABC Logistiek 7000 BV? nee, gewoon B.V.')).toEqual([]);
    expect(foundOf('postcode', 'We hadden 1234 AB als voorbeeldpostcode in de training')).toEqual([]);
    expect(foundOf('postcode', 'in totaal 2024  EU subsidie')).toEqual([]);
    expect(foundOf('postcode', 'de 1500 AB testen')).toEqual([]);
  });

  it('finds a postcode named so after it, and after "briefadres" or "postadres van" a person', () => {
    expect(foundOf('postcode', 'heeft 7109 xn als postcode')).toEqual(['7109 xn']);
    expect(foundOf('postcode', 'Sanne heeft sinds maart 7109 xn als postcode')).toEqual(['7109 xn']);
    expect(foundOf('postcode', '7109 xn is haar postcode')).toEqual(['7109 xn']);
    expect(foundOf('postcode', 'de klant had 7109 xn als postcode')).toEqual(['7109 xn']);
    expect(foundOf('postcode', 'briefadres van Mehmet is 7008 sn')).toEqual(['7008 sn']);
    expect(foundOf('postcode', 'het briefadres van mw. is 7008 sn')).toEqual(['7008 sn']);
    expect(foundOf('postcode', 'postadres van Sanne de Vries: 7008 sn')).toEqual(['7008 sn']);
    expect(foundOf('postcode', 'woonadres van de klant is 7411 hb')).toEqual(['7411 hb']);
    // Look-alikes: a place's postcode, an amount or a year before "als".
    expect(foundOf('postcode', '7001 ab is de postcode van het buurthuis')).toEqual([]);
    expect(foundOf('postcode', 'Postcode 7001 AB is ons kantoor')).toEqual([]);
    expect(foundOf('postcode', 'hij komt 1500 ha als adres tegen')).toEqual([]);
    expect(foundOf('postcode', 'we hebben 2026 en als postcode gekozen')).toEqual([]);
  });

  it('finds a lower-case pair glued after a full name and a comma, before a dash or the end', () => {
    expect(foundOf('postcode', 'Ruud Mensah, 7024kw – aanmelding via huisarts')).toEqual(['7024kw']);
    expect(foundOf('postcode', 'Ruud Mensah, 7024kw')).toEqual(['7024kw']);
    expect(foundOf('postcode', 'Fatima el Amrani, 7031mb - via UWV')).toEqual(['7031mb']);
    expect(foundOf('postcode', 'Sanne van der Berg, 1102ha\nvolgende regel')).toEqual(['1102ha']);
    // Look-alikes: no first name before, or the pair runs on into the sentence.
    expect(foundOf('postcode', 'Groot Vermogen, 1500kw – ja')).toEqual([]);
    expect(foundOf('postcode', 'Ruud Mensah, 1500kw vermogen')).toEqual([]);
  });

  it('finds a hyphenated unit-like pair before a known place after a street and number or "t.a.v." a person', () => {
    expect(
      found('stuur de arbeidsovereenkomst naar Rozengaarde 93-2, 7141-GR Groenlo, t.a.v. Mohamed Mensah'),
    ).toEqual([
      ['address', 'Rozengaarde 93-2'],
      ['postcode', '7141-GR'],
    ]);
    expect(foundOf('postcode', 'stuur het naar Rozengaarde 93, 7141-GR Groenlo')).toEqual(['7141-GR']);
    expect(foundOf('postcode', 't.a.v. dhr. Jansen, 7141-GR Groenlo')).toEqual(['7141-GR']);
    expect(foundOf('postcode', 'graag naar 7141-GR Groenlo tav Sanne Visser')).toEqual(['7141-GR']);
    // Look-alikes: "t.a.v." an organisation or a department, no addressee at all.
    expect(foundOf('postcode', 'graag naar 7141-GR Groenlo t.a.v. de afdeling P&O')).toEqual([]);
    expect(foundOf('postcode', 't.a.v. UWV, 7141-GR Groenlo')).toEqual([]);
    expect(foundOf('postcode', 'we kochten 1500-GR Groenlo kaas')).toEqual([]);
  });

  it('lets a postcode pass that is said after it to be an office or a place of the organisation', () => {
    expect(foundOf('postcode', 'Postcode 7001 AB is ons kantoor')).toEqual([]);
    expect(foundOf('postcode', '7001 AB is de postcode van het buurthuis')).toEqual([]);
    expect(foundOf('postcode', 'De postcode 7001 AB is van ons kantoor, niet van de klant')).toEqual([]);
    // Look-alike: a client's postcode.
    expect(foundOf('postcode', 'Postcode 7001 AB is van de klant')).toEqual(['7001 AB']);
  });

  it('never reports SA, SD or SS, which are not issued', () => {
    expect(foundOf('postcode', '1234 SA en 1234SD en 1234 SS')).toEqual([]);
    expect(foundOf('postcode', '1234 sa Amsterdam')).toEqual([]);
  });

  it("lets an organisation's postal address pass, but not a client's next to an organisation", () => {
    expect(foundOf('postcode', 'Stadskantoor Utrecht, Stadsplateau 1, 3521 AZ Utrecht.')).toEqual([]);
    expect(foundOf('postcode', 'De klant van de gemeente woont in 3521 AZ.')).toEqual(['3521 AZ']);
    // "gemeente" or "UWV" name no building: as often where a client lives or is registered.
    expect(foundOf('postcode', 'Ingeschreven bij de gemeente Utrecht, 3521 AZ.')).toEqual(['3521 AZ']);
    // An office after "naar" is where someone goes from the postcode (batch 31).
    expect(foundOf('postcode', 'reisafstand vanaf 6881 NB naar de werkplaats')).toEqual(['6881 NB']);
  });

  it('does not start with a zero', () => {
    expect(foundOf('postcode', '0123 AB')).toEqual([]);
  });

  it.each([
    '2023 en 2024 waren lastige jaren',
    'In 2026 is er budget',
    'verpakkingen van 1000mg',
    '1500 kg en 2000 km',
    'Sinds 2021 HW-gelden en in 2024 WW-uitkeringen',
    'sinds 2021 HW en in 2024 WW',
    'project 12345 AB',
    'code 2023-1234 AB',
    'kosten € 1500 EU',
    '1234 ABC',
    '1234 AB12',
    'Postcode 3500 tot 3599 is het werkgebied',
    '1500 ha grond en 1200 pk',
    'In 2025 de Participatiewet en 2026 ze Utrecht',
    'ruim 3500 de komende jaren',
    'een bestand van 1200 mb groot',
    'kosten 1500 ex btw per deelnemer',
    'Postbus 1234, 3500 AA Utrecht is het postadres van de gemeente.',
    'er zijn 1500 ww uitkeringen in de regio',
    'Utrecht deed mee in 2022 en amersfoort in 2023',
    'er staan 1500 in utrecht op de wachtlijst',
    'Postcodegebied 7400 is Deventer, 7500 is Enschede.',
    'in 2023 en 2024 en 2025 en 2026',
    'ruim 1500 de huizen in de wijk zijn gerenoveerd',
    'bijlagen van 1200 mb, 1500 mb en 2000 mb',
    'de bijlage is 1750 MB, te groot voor de mail',
    'we vragen 1500 EU subsidie aan voor de pilot',
    'vgl. artikel 1401 BW over onrechtmatige daad',
    'ze woonde tot 2024 in utrecht',
    'hij woont sinds 2019 op texel',
    'ze woont 1200 km verderop',
    'we hebben 1500 fb volgers',
    'groep 2104 ab en 2105 cd van het mbo',
    '1600-GT in de brochure',
    '1500 ha',
    'project 2024:1500 ab versie',
    'zaal (2104 ab)',
    'de bijlage (1500 mb) is te groot',
    'in 1500 in utrecht',
    'we gaan in 2026 te utrecht starten',
    'pc 7412 in lokaal 3 doet het niet',
    'de klant zit achter pc 1204 in lokaal 2',
    'in postcode 3512 wonen 40 deelnemers',
    'postcodegebied 35 heeft de meeste aanmeldingen',
    'de printer (type 4050 DN) is kapot',
    'sinds 2020 BV geworden',
    'ze woont in een kamer van 1200/pm',
    'de postbode kwam om 1030 uur',
    'zip file van 1500 MB met de bijlagen',
    // Product and model numbers (batch 25): a name with a capital inside, a brand after a reference word.
    'De printer is een LaserJet 4250 DN en de toner is op',
    'printer HP OfficeJet 8010 SE staat in kamer 2',
    'Headsets van het type Evolve 2040 MS werken prima',
    'De beamer Epson 2040 KB doet het niet',
    // Look-alikes of a cue after the pair and a client word before it (batch 28).
    'we hebben 1500 ha? daar zit veel grond bij',
    '1200 mg, daar zit hij nu op',
    'team 7102-LM heeft de lijst',
    'klant 2026-NL is het dossiernummer',
    // An example of the shape (batch 31), also after "postcode"; a decimal before the digits.
    'De postcodecheck valideert alleen het formaat 1234 AB, geen gegeven van een deelnemer',
    'Vul de postcode in volgens de notatie: 1234 AB',
    'Een postcode bestaat uit cijfers en letters, bijv. 7001 CV',
    'Het formaat van een postcode is 1234 AB',
    'gemiddeld 3,1234 AB-trajecten',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('postcode', text)).toEqual([]);
  });

  // Batch 39: the writer's organisation's own postcode, where its post goes or where "we" are seated.
  it.each([
    'onze postcode is 5473 HD Heeswijk voor post en pakketjes',
    'wij zitten op 5408 AK, Volkel, bij de vliegbasis',
  ])('lets the writer\'s organisation\'s postcode pass: "%s"', (text) => {
    expect(foundOf('postcode', text)).toEqual([]);
  });

  it.each([
    ['zijn postcode is 5473 HD Heeswijk voor post en pakketjes', '5473 HD'],
    ['hij zit op 5408 AK, Volkel', '5408 AK'],
    ['we zitten op 5408 AK bij meneer thuis', '5408 AK'],
    ['onze postcode is 5473 HD, daar woont ze', '5473 HD'],
  ])('still finds a client\'s postcode beside those words: "%s"', (text, postcode) => {
    expect(foundOf('postcode', text)).toEqual([postcode]);
  });
});
