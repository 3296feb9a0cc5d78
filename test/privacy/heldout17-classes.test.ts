import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of heldout17's flagged lines and misses (5 December 2026), in other words.
describe('e-mail: mailboxes of a desk or a team, said in ways heldout17 showed', () => {
  it("lets an employer's recruitment mailbox pass, and its recruiter's (stop 33), not a client's address", () => {
    expect(found('Reageren op de vacature kan via sollicitatie@bakkerijdenbosch.nl')).toEqual([]);
    expect(found('Open sollicitaties graag naar werkenbij@zorggroep-zuid.nl')).toEqual([]);
    expect(found('Reageren kan via m.smeets@bakkerijdenbosch.nl')).toEqual([]);
    expect(foundOf('email', 'De deelnemer reageert vanaf m.smeets@bakkerijdenbosch.nl')).toEqual([
      'm.smeets@bakkerijdenbosch.nl',
    ]);
  });

  it("lets a team's mailbox named by its abbreviation and its place pass, and its worker's (stop 33)", () => {
    expect(found('Aanmelden bij het team in Venlo: uwv-venlo@uwv.nl')).toEqual([]);
    expect(found('Vragen over de pilot? Mail ipsroermond@ggz-noord.nl')).toEqual([]);
    expect(found('Aanmelden via ips-jansen@ggz-noord.nl')).toEqual([]);
    expect(foundOf('email', 'Aanmelden via ips-jansen@ggz-noord.nl, zijn moeder')).toEqual([
      'ips-jansen@ggz-noord.nl',
    ]);
  });
});

describe("e-mail: a professional's address called a work address, as heldout17 showed", () => {
  it('lets an address called a work address or labelled (werk) pass, not a private one', () => {
    expect(found('Bereikbaar via l.schreurs@zuyderland.nl, dat is mijn werkadres')).toEqual([]);
    expect(found('Van: Jos Kessels <j.kessels@heuvelland.nl> (werk) Onderwerp: rooster')).toEqual([]);
    // Stop 33: without the label it is a work contact too; a client's header is not.
    expect(found('Van: Jos Kessels <j.kessels@heuvelland.nl> Onderwerp: rooster')).toEqual([]);
    expect(foundOf('email', 'Van: Jos Kessels <j.kessels@heuvelland.nl> Onderwerp: rooster klant')).toEqual([
      'j.kessels@heuvelland.nl',
    ]);
  });

  it("lets an employer's address where a cv is sent pass, not a client's address with his cv", () => {
    expect(
      found('de bedrijfsleider zegt: mijn mail is t.wetzels@garagewetzels.nl, stuur je cv maar op'),
    ).toEqual([]);
    expect(foundOf('email', 'zijn cv komt van t.wetzels@garagewetzels.nl, mijn mail is dat niet')).toEqual([
      't.wetzels@garagewetzels.nl',
    ]);
  });
});

describe('organisations of Zuid-Limburg, as heldout17 showed', () => {
  it("knows the region's hospital and rehabilitation centre as organisations, not people", () => {
    expect(found('Zuyderland Sittard, Dr. Deelenlaan 5, ingang voor de poli')).toEqual([]);
    expect(found('Adelante Valkenburg biedt werkfit-trajecten na een hersenletsel')).toEqual([]);
    expect(foundOf('name_health', 'Ans Adelaar is na haar hersenletsel weer aan het werk')).toEqual([
      'Ans Adelaar',
    ]);
  });
});

describe('address: a venue named in ways heldout17 showed', () => {
  it('lets a venue in a compound, a castle, a business park or a gathering point pass, not a home', () => {
    expect(found('het taalcafé in de Kerkrade-bibliotheek, Markt 9, elke maandag')).toEqual([]);
    expect(found('teambarbecue in de tuin van Kasteel Schaesberg, Kasteelweg 4')).toEqual([]);
    expect(found('Bedrijvenpark De Beitel, Marconistraat 7, 6372 NN Landgraaf')).toEqual([]);
    expect(
      found('bus naar de studiedag: Busstation Sittard, Stationsstraat 2, verzamelen om acht uur'),
    ).toEqual([]);
    expect(foundOf('address', 'zijn moeder woont achter het kasteel, Kasteelweg 4')).toEqual([
      'Kasteelweg 4',
    ]);
    expect(foundOf('address', 'klant woont vlakbij het bedrijvenpark, Marconistraat 7')).toEqual([
      'Marconistraat 7',
    ]);
  });
});

describe("iban: an organisation's account said in ways heldout17 showed", () => {
  it("lets a team's or club's account, an account after the organisation's name and an invoice account pass", () => {
    expect(found('Bijdrage voor het uitje graag op de clubrekening NL91 ABNA 0417 1643 00')).toEqual([]);
    expect(
      found('Schuldregeling loopt via Stichting Kredietbank Limburg, rekening NL91 ABNA 0417 1643 00'),
    ).toEqual([]);
    expect(found('Rekening van Levanto voor de facturen: NL91 ABNA 0417 1643 00')).toEqual([]);
  });

  it("still finds a client's account near those words", () => {
    expect(
      foundOf('iban', 'meneer heeft geld op de clubrekening NL91 ABNA 0417 1643 00 van zijn zoon'),
    ).toEqual(['NL91 ABNA 0417 1643 00']);
    expect(foundOf('iban', 'Schuldregeling van meneer Janssen, rekening NL91 ABNA 0417 1643 00')).toEqual([
      'NL91 ABNA 0417 1643 00',
    ]);
  });
});

describe("phone: a landline called a work number or a room's, as heldout17 showed", () => {
  it("lets a work number or a meeting room's number pass, not a client's", () => {
    expect(found('Bel de bedrijfsleider van de Jumbo op het werknummer 046 452 10 10')).toEqual([]);
    expect(found('Het nummer van de raadzaal is 043 350 40 00, voor als je te laat bent')).toEqual([]);
    expect(foundOf('phone', 'Het nummer van de klant is 043 350 40 00, voor als je te laat bent')).toEqual([
      '043 350 40 00',
    ]);
  });
});

describe('birthdate: a year of birth written in ways heldout17 showed', () => {
  it('reads a year then "geboren" opening a clause, and the sign ° before a year, as a birth year', () => {
    expect(foundOf('birthdate', 'Nieuwe kandidaat: 1987 geboren, wil in de zorg')).toEqual(['1987']);
    expect(foundOf('birthdate', 'Intake met meneer (°1979), wil weer aan het werk')).toEqual(['1979']);
    expect(found('De stichting werd sinds 1987 geboren uit een idee van ouders')).toEqual([]);
    expect(found('Het water was 20 °C, de groep van 1987 zwom')).toEqual([]);
  });
});

describe('postcode: a row of cells, as heldout17 showed', () => {
  it('reads time-like capitals in the cell after a street and house number as a postcode, not after a count', () => {
    expect(foundOf('postcode', 'woonadres: Dorpstraat 14 | 6351 AM | Bocholtz')).toEqual(['6351 AM']);
    expect(foundOf('postcode', 'Hoofdstraat 3; 6431 PM; Hoensbroek')).toEqual(['6431 PM']);
    expect(foundOf('postcode', 'bijlage | grootte 1200 MB | gedeeld')).toEqual([]);
  });
});

describe('name_health: detoxification said in Dutch, as heldout17 showed', () => {
  it('reads a named person\'s "ontgifting" as a care detail, not a garden\'s', () => {
    expect(foundOf('name_health', 'Sem Pelzer begint na zijn ontgifting bij de bakker')).toEqual([
      'Sem Pelzer',
    ]);
    expect(foundOf('name_health', 'Sem Pelzer is na het ontgiften weer aan het werk')).toEqual([
      'Sem Pelzer',
    ]);
    expect(found('De gemeente laat de grond van het oude mijnterrein ontgiften')).toEqual([]);
  });
});

describe('e-mail: a work address set against another, private one, as heldout17 showed', () => {
  it('lets a work address pass when "privé" is said of the other address, not of this one', () => {
    expect(found('mijn werkmail is h.bex@zorggroep-zuid.nl, het andere adres is privé')).toEqual([]);
    expect(foundOf('email', 'mijn werkmail is h.bex@zorggroep-zuid.nl, maar dit adres is privé')).toEqual([
      'h.bex@zorggroep-zuid.nl',
    ]);
  });
});
