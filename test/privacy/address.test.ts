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
    ['Ze woont aan de stationspln 3.', 'stationspln 3'],
    ['Nieuw adres: Beukenln 4b in Apeldoorn.', 'Beukenln 4b'],
    ['klant woont op Hoofdstr 33', 'Hoofdstr 33'],
    ['Ze woont aan de molenstr.8', 'molenstr.8'],
    ['Adres cliënt: molenweg 12-2', 'molenweg 12-2'],
    ['adres van de klant: beukenweg 5', 'beukenweg 5'],
    ['post naar Brink 14-2 sturen', 'Brink 14-2'],
    ['Meneer woont sinds kort op de Kade 12.', 'Kade 12'],
    ['nieuw adres: vd Helststr 4hs', 'Helststr 4hs'],
    ['woont aan de Lange Nieuwstraat 12bis', 'Lange Nieuwstraat 12bis'],
    ['ze zit tijdelijk bij haar zus op vogelweg 8', 'vogelweg 8'],
    ['huisadres dhr: zuiderzeeweg 5', 'zuiderzeeweg 5'],
    ['klant woont Achter de Kerk 9, geen bel.', 'Achter de Kerk 9'],
    ['woont aan t Hoogeinde 3', 'Hoogeinde 3'],
    // A home visit further back, calling "langs op" a door (batch 27).
    ['Huisbezoek gepland bij cliënt op de Het Want 5, dinsdag 10 uur.', 'Het Want 5'],
    ['huisbezoek volgende week bij mevrouw aan de Oude Wal 3', 'Oude Wal 3'],
    ['Huisbezoek morgen bij meneer op de Ooievaar 7 om 10 uur', 'Ooievaar 7'],
    ['Actie: Jeroen brengt de stukken langs op Nieuwstad 57.', 'Nieuwstad 57'],
    // Batch 31: a house number after a postcode, a move or letter "naar" a name, a home said after it,
    // a pitch on a recreatiepark, a berth, lower-case prefixes.
    ['Nieuwe aanmelding via de huisarts: postcode 6511 TZ, huisnr 22', 'huisnr 22'],
    ['Postcode en huisnummer deelnemer: 7001 CV 41', '41'],
    ['Meneer verhuist volgende week naar Het Want 12 in Urk', 'Het Want 12'],
    ['Je kunt de brief sturen naar De Esch 52', 'De Esch 52'],
    ["Je kunt de brief sturen naar 't Zand 5, Ede, daar woont ze tijdelijk", "'t Zand 5"],
    ['Plein 1945 nr 3, daar woont de kandidaat sinds oktober', 'Plein 1945 nr 3'],
    ['In het dossier staat Dijkgraaf 3, Wageningen als woonadres', 'Dijkgraaf 3'],
    ['Molenhoek 7 is het nieuwe adres van de deelnemer', 'Molenhoek 7'],
    ['woont in een chalet op recreatiepark Het Lierderholt, plek 44', 'plek 44'],
    ['hij woont op camping De Vlinder, plek 12', 'plek 12'],
    ['woont op een woonboot, ligplaats Amstel 102', 'Amstel 102'],
    ['nieuw adres oude gracht 4bis utrecht', 'oude gracht 4bis'],
    ['woont tijdelijk op De Hoven 12', 'De Hoven 12'],
    ['slaapt bij vrienden op Het Zand 3', 'Het Zand 3'],
    ['postcode 6511TZ en huisnummer 22', 'huisnummer 22'],
    ['verhuisd, nieuw adres: de esch 52', 'de esch 52'],
    ['Zijn woonboot ligt aan de Amstel, ligplaats 102', 'ligplaats 102'],
    ['huisnummer 14, postcode 7131 AB', 'huisnummer 14'],
    ['hnr 14, pc 7131 AB', 'hnr 14'],
    // Batch 32: the house-number word in brackets after the postcode; a postcode glued after the comma.
    ['Pc klant 7009 BB (huisnr 12)', 'huisnr 12'],
    ['Beukenstraat 14,7544RT ENSCHEDE', 'Beukenstraat 14'],
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
    'Kantoor UWV, Stationsplein 2, is dicht op 27 april.',
    'Bezoekadres van het Werkgeversservicepunt is Marktplein 3.',
    'Het UWV-kantoor aan de Europaweg 3 is verbouwd.',
    'Vestiging Amersfoort: Stationsplein 60.',
    'Het voorstel staat op pagina 12-3 van de nota.',
    'Neem de leerweg 2 of de snelweg 4 keer per week',
    // Venues and visiting addresses (batch 25).
    'Bezoekadres Lentis: Laan Corpus den Hoorn 102, Groningen (ingang B)',
    'De netwerkbijeenkomst is in de Stadsschouwburg, Kerkstraat 18, zaal 3',
    'De stuurgroep vergadert in het Postillion Hotel, zaal Twente, Bornsestraat 400, Hengelo',
    'De training is op Landgoed De Horst, Amersfoortseweg 20, Driebergen',
    // The office moves (batch 26): "verhuisd" with an office word as its subject.
    'Ons kantoor is verhuisd naar de Hengelosestraat 200, de werkgroep is voortaan daar.',
    // A home visit or "langs op" before a room, a day or a count (batch 27).
    'Huisbezoeken deze week: Team Oost 5 keer.',
    'Huisbezoek bij klant gedaan, daarna overleg in Zaal Noord 3.',
    'Kom gerust langs op Kamer 12 of op Dinsdag 12 mei.',
    'Kom gerust langs op Werkplein Noord 2.',
    'Kom langs op de Open Dag 12 april bij GGNet.',
    'Huisbezoek na de training in Zaal 3 besproken.',
    'Het huisbezoek als methode wordt in Bijlage 3 besproken.',
    'Huisbezoek gepland met de werkgroep op de Open Dag 12 april.',
    'Groet, Team Werk & Inkomen | Stationsplein 4, 7001 DA Doetinchem | 0314 377 000',
    // A professional's e-mail signature (batch 27).
    'Met vriendelijke groet, Kevin Meijer | Werkgeversadviseur | WSP Achterhoek | Terborgseweg 24, 7005 BA Doetinchem | 0314 820 820',
    'Groet, Sanne de Vries | Klantmanager Werk & Inkomen | Gemeente Doetinchem | Raadhuisstraat 1, 7001 EW Doetinchem',
    // An organisation named by its type, a PO box, a municipality's seat (batch 28).
    'Sociale dienst Oost Achterhoek, Sophialaan 5, 7101 CW Winterswijk',
    'SW-bedrijf Soweco, Westermaatweg 25, Almelo',
    'Leerwerkloket, Stationsplein 3, Zutphen',
    'Postadres: Postbus 310, 7000 AH Doetinchem',
    'De gemeente zit aan het Raadhuisplein 2',
    'De regiodag is in de kringloopwinkel aan de Dorpsstraat 8',
    // Look-alikes of the batch 31 rules: no street after "naar", no home said, no one living on the site.
    'De werkgroep verhuist naar Zaal 3',
    'Het project verhuist naar Fase 2',
    'We verhuizen de bijeenkomst naar Dinsdag 12 mei',
    'de post gaat naar Postbus 12',
    'Bijlage 2, daar woont de info over',
    'Groep 3 is het adres voor vragen',
    'Kamer 12 als woonadres voor de pilot',
    'de werkgroep vergadert op camping De Vlinder, plek 12',
    'op het recreatiepark staan 44 chalets, plek 3 is vrij',
    'Plein 1945 is de plek waar de werkgeversmarkt gehouden wordt, kraam 12',
    'In 2024 AB 12 keer gebeld',
    'de boot heeft ligplaats 4 in de haven',
    'De werkgroep woont de bijeenkomst bij op Dinsdag 12 mei',
    'stuur de brief naar Sanne 2x',
    'Kamer nr 12, 3512 AB Utrecht is de vergaderzaal',
    'huisnummer 14,',
    'Het team verhuist naar Office 365',
    'Volgens de wet: woont op grond van Artikel 12 niet zelfstandig',
    'Ze wonen al jaren op Urk 3 dagen per week',
    'adres: onbekend 2x gevraagd',
    'Adres: zie bijlage 2',
    // An organisation's location, team, site, werkplaats or wijkcentrum (batch 31).
    'Adres GGNet-locatie: Vordenseweg 12, 7231 PA Warnsveld, ingang B',
    'Het IPS-team zit sinds kort aan de Europaweg 11, naast het station',
    'Dimence heeft een nieuwe locatie op de Nieuwe Haven 94 in Deventer, open inloop op dinsdag',
    'Afspraak bij de werkgever op hun bedrijventerrein, Bedrijfsweg 9 hal 3',
    'de werkplaats van de sociale firma zit op de Kruisbergseweg 13, daar kunnen deelnemers meelopen',
    'De ervaringsdeskundigen hebben hun spreekuur in het wijkcentrum, Prinsenstraat 30',
    'Werkgeversontbijt bij Bakkerij Jansen, Dorpsstraat 4',
    'Onze hub in Zutphen: Hanzeweg 3',
    'Het pand van de sociale firma staat op de Esch 5',
    'De GGZ-poli is verhuisd naar Het Want 12',
  ])('finds nothing in "%s"', (text) => {
    expect(foundOf('address', text)).toEqual([]);
  });

  it('still finds the address in a signature without a job title or with a client in it (batch 27)', () => {
    const privateLetter = 'Met vriendelijke groet, Sanne de Vries, Kerkstraat 12, 7001 AB Doetinchem';
    expect(found(privateLetter)).toEqual([
      ['address', 'Kerkstraat 12'],
      ['postcode', '7001 AB'],
    ]);
    const note = 'Groet, Jan (jobcoach). PS mevrouw Bakker woont nu op de Kerkstraat 12, 7001 AB Doetinchem';
    expect(found(note)).toEqual([
      ['address', 'Kerkstraat 12'],
      ['postcode', '7001 AB'],
    ]);
  });

  it('still finds an address near an office word when someone lives there', () => {
    expect(foundOf('address', 'De klant woont naast het UWV-kantoor, Stationsplein 4.')).toEqual([
      'Stationsplein 4',
    ]);
    expect(foundOf('address', 'Na de training: de klant woont op de Kerkstraat 18, zaal is te ver.')).toEqual(
      ['Kerkstraat 18'],
    );
    expect(foundOf('address', 'Bezoekadres voor de intake: bij mevrouw J. Smit, Lindelaan 4')).toEqual([
      'Lindelaan 4',
    ]);
    expect(foundOf('address', 'De klant is verhuisd naar de Kerkstraat 5, vlak bij het kantoor.')).toEqual([
      'Kerkstraat 5',
    ]);
    // Staying with someone, then a street without an ending (batch 28).
    expect(foundOf('address', 'Die jongen zit tijdelijk bij zijn moeder, de Esch 52')).toEqual(['Esch 52']);
    expect(foundOf('address', 'mijn deelnemer logeert bij zijn zus op het Want 11')).toEqual(['Want 11']);
    expect(foundOf('address', 'zit bij haar oma in, de Bongerd 6, wil daar post ontvangen')).toEqual([
      'Bongerd 6',
    ]);
    expect(foundOf('address', 'Ze zit bij haar moeder, Bijlage 2 gaat over haar rooster')).toEqual([]);
    expect(foundOf('address', 'hij logeert bij zijn oma, Maart 12 gaat hij terug')).toEqual([]);
    expect(foundOf('address', 'zit bij zijn moeder in Zutphen 2 weken')).toEqual([]);
    // Batch 28's look-alikes: a relative's firm, a municipality someone lives in, a client above a shop.
    expect(foundOf('address', 'Het bedrijf van zijn vader, Kerkstraat 4')).toEqual(['Kerkstraat 4']);
    expect(foundOf('address', 'Piet woont in de gemeente Zutphen, Kerkstraat 4')).toEqual(['Kerkstraat 4']);
    expect(foundOf('postcode', 'klant woont boven de winkel, Markt 3, 7201 AB')).toEqual(['7201 AB']);
    // A home in a care location or a centre is still a home (batch 31).
    expect(
      foundOf('address', 'Ze woont in de beschermd-wonenlocatie aan de Zutphenseweg 51, kamer 4'),
    ).toEqual(['Zutphenseweg 51']);
    expect(foundOf('address', 'De klant werkt bij bakkerij Jansen, Dorpsstraat 4')).toEqual([
      'Dorpsstraat 4',
    ]);
    expect(foundOf('address', 'Afspraak met de jongen op locatie: Kerkweg 3')).toEqual(['Kerkweg 3']);
    expect(foundOf('address', 'Hij verblijft in het woonzorgcentrum, Kerkstraat 2')).toEqual([
      'Kerkstraat 2',
    ]);
  });

  it('reads a capitalised name and number between a full name and a postcode as a street', () => {
    expect(foundOf('address', 'Patrick Hendriks, De Wieken 89, 8016rt Zwolle')).toEqual(['De Wieken 89']);
    expect(foundOf('address', 'Patrick Hendriks, De Wieken 89, 8016 RT Zwolle')).toEqual(['De Wieken 89']);
    expect(foundOf('address', 'Fatima el Amrani, Rozengaarde 12, 7141 GR Groenlo')).toEqual([
      'Rozengaarde 12',
    ]);
    expect(foundOf('address', 'Sanne Visser, Het Want 5, 8321 AB Urk')).toEqual(['Het Want 5']);
    // Look-alikes: no person's name before, or a room or meeting word as the name.
    expect(foundOf('address', 'Overleg Hendriks, De Wieken 89, 8016rt Zwolle')).toEqual([]);
    expect(foundOf('address', 'Patrick Hendriks, Werkgroep 12, 8016 RT Zwolle')).toEqual([]);
    expect(foundOf('address', 'Werkplein Zwolle, Zaal 3, 8016 RT Zwolle')).toEqual([]);
  });

  it("lets an employer's address pass when a legal form names it an organisation", () => {
    for (const text of [
      'Werkgever Veldhuis Bouw BV, Industrieweg 14, 7061 CR Terborg, wil een werkervaringsplek bieden',
      'Werkgever Veldhuis Bouw B.V., Industrieweg 14, 7061 CR Terborg, wil een werkervaringsplek bieden',
      'Stichting Present, Kerkstraat 3, 7001 AB Doetinchem, zoekt vrijwilligers',
      'Bakkerij De Korenschoof VOF, Dorpsstraat 12, 7131 AB Lichtenvoorde',
      'Installatiebedrijf Klein NV, Havenweg 2, 7005 AB Doetinchem heeft een vacature',
    ])
      expect(found(text)).toEqual([]);
    // Look-alikes: someone lives there, the firm named after the address, or "bv" for "bijvoorbeeld".
    expect(
      foundOf('address', 'Klant werkt bij Veldhuis Bouw BV, hij woont op Industrieweg 14, 7061 CR Terborg'),
    ).toEqual(['Industrieweg 14']);
    expect(foundOf('address', 'Sanne Visser, Kerkstraat 12, 7061 CR Terborg, werkt bij Veldhuis BV')).toEqual(
      ['Kerkstraat 12'],
    );
    expect(foundOf('address', 'ik heb bv Kerkstraat 12, 7061 CR Terborg genoteerd als woonadres')).toEqual([
      'Kerkstraat 12',
    ]);
  });

  it('never reads an organisation as a street', () => {
    const guard = testGuard({ organisations: ['Buurtkade'] });
    expect(found('Buurtkade 12 heeft een nieuwe locatie', guard)).toEqual([]);
  });

  // Batch 39: "we" seated at an address are the writer's organisation.
  it('lets the address where "we" are seated pass, not one where a client is', () => {
    expect(foundOf('address', 'wij zitten op Kerkstraat 5, Volkel')).toEqual([]);
    expect(foundOf('address', 'we zitten aan de Kerkstraat 5 in Volkel')).toEqual([]);
    expect(foundOf('address', 'wij zitten op Kerkstraat 5, Volkel, bij de klant')).toEqual(['Kerkstraat 5']);
    expect(foundOf('address', 'hij zit op Kerkstraat 5, Volkel')).toEqual(['Kerkstraat 5']);
  });

  // Batch 39: a venue called by a short name, an office named just before the address (whoever visits it),
  // and a first name inside a building's name ("De Linde").
  it.each([
    'update werkgroep: sollicitatietraining 9 jan in de bieb, Wilhelminaplein 2, koffie staat klaar',
    'Afspraak met Robin op 14-01 om 10:00 bij het Werkplein, Stationsplein 8, over zijn cv',
    'Ik zie haar morgen bij UWV, Stationsplein 8',
    'werkgroep bezoek aan woonvorm De Linde (Lindelaan 2, 5701 PD Helmond) op 22 jan, 10 uur',
  ])('lets the venue or office address pass: "%s"', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Robin woont bij het Werkplein, Stationsplein 8', 'Stationsplein 8'],
    ['mevrouw zit in het zorgcentrum, Eikendreef 61', 'Eikendreef 61'],
    ['klant zit in het wooncentrum, Eikendreef 61', 'Eikendreef 61'],
    ['hij slaapt in het hotel, Eikendreef 61', 'Eikendreef 61'],
    ['Afspraak bij het Werkplein, Stationsplein 8, daar woont hij ook', 'Stationsplein 8'],
    ['Huisbezoek bij Linde, Lindelaan 2', 'Lindelaan 2'],
    ['werkbezoek, daarna langs mevrouw De Linde, Lindelaan 2', 'Lindelaan 2'],
  ])('still finds a home beside an office or a name: "%s"', (text, address) => {
    expect(foundOf('address', text)).toEqual([address]);
  });
});
