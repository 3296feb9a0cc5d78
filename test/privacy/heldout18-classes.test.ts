import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 18's flagged clean lines (6 December 2026), in other words.
describe("address: a service's name as the subject of its address, as held-out 18 showed", () => {
  it('lets a service named with its place or brand and seated at an address pass', () => {
    expect(found('Schuldhulpverlening Almelo zit aan de Grotestraat 40, aanmelden kan via de site.')).toEqual(
      [],
    );
    expect(
      found('Maatschappelijke opvang Hengelo zit op de Molenstraat 8, daar kun je mensen heen sturen.'),
    ).toEqual([]);
    expect(found('Thuiszorg Oost is gevestigd aan de Marktstraat 4 in Hengelo.')).toEqual([]);
    expect(found('Maatschappelijk werk Almelo zit sinds maart op de Grotestraat 12.')).toEqual([]);
    expect(
      found('Jobcoach-organisatie Werkmaat zit op Havenweg 3, 7553 CK Hengelo, daar is ook de intake.'),
    ).toEqual([]);
  });

  it('lets a service named, a comma and its address pass, also when it moved or is a partner', () => {
    expect(found('Bewindvoering Oost, Marktstraat 12, Almelo, is sinds maart verhuisd.')).toEqual([]);
    expect(found('Bewindvoering Oost is per 1 maart verhuisd naar de Marktstraat 12.')).toEqual([]);
    expect(found('Jeugdhulp Twente, Stationsstraat 3, 7511 AB Enschede, doet mee aan de pilot.')).toEqual([]);
    expect(
      found('Revalidatiecentrum Tolbrug, Hoefsestraat 12, Den Bosch, is partner in het project.'),
    ).toEqual([]);
  });

  it("keeps an address said to be a client's near a service named before it", () => {
    expect(foundOf('address', 'Bewindvoering Twente, Kerkstraat 5, Enschede, daar woont hij.')).toEqual([
      'Kerkstraat 5',
    ]);
    expect(foundOf('address', 'Thuiszorg Twente zit bij mevrouw op de Kerkstraat 5.')).toEqual([
      'Kerkstraat 5',
    ]);
    expect(foundOf('address', 'Schuldhulpverlening Enschede, dossier De Vries, Kerkstraat 5.')).toEqual([
      'Kerkstraat 5',
    ]);
    expect(foundOf('address', 'Jeugdzorg Twente zit op de Kerkstraat 5, het gezin woont daar.')).toEqual([
      'Kerkstraat 5',
    ]);
  });

  it('keeps the address of someone seated or staying there, whatever service is named', () => {
    expect(foundOf('address', 'Sanne zit op Kerkstraat 5.')).toEqual(['Kerkstraat 5']);
    expect(foundOf('address', 'De cliënt zit aan de Molenstraat 8 (beschermd wonen).')).toEqual([
      'Molenstraat 8',
    ]);
    expect(foundOf('address', 'Nachtopvang Hengelo zit aan de Molenstraat 8, daar slaapt hij nu.')).toEqual([
      'Molenstraat 8',
    ]);
    expect(
      foundOf('address', 'Maatschappelijke opvang Hengelo zit op de Molenstraat 8, Sanne slaapt daar.'),
    ).toEqual(['Molenstraat 8']);
    expect(foundOf('address', 'Vrouwenopvang Twente zit aan de Lindelaan 8.')).toEqual(['Lindelaan 8']);
    expect(foundOf('address', 'Beschermd wonen Hengelo zit aan de Molenstraat 8.')).toEqual([
      'Molenstraat 8',
    ]);
    expect(foundOf('address', 'Bewindvoering Oost is verhuisd, meneer woont nu op de Kerkstraat 5.')).toEqual(
      ['Kerkstraat 5'],
    );
    expect(foundOf('address', 'Schuldhulpverlening Almelo, zijn moeder, Kerkstraat 5.')).toEqual([
      'Kerkstraat 5',
    ]);
    expect(foundOf('address', 'Sanne, Kerkstraat 5, Almelo, is partner in de pilot.')).toEqual([
      'Kerkstraat 5',
    ]);
    expect(foundOf('address', 'Kerkstraat 5 is het huis van zijn partner.')).toEqual(['Kerkstraat 5']);
  });
});

describe("e-mail: a desk's mailbox and a named professional's work mail, as held-out 18 showed", () => {
  it("lets a desk's mailbox named by its topic, given for questions, pass", () => {
    expect(found('Vragen over de loonkostensubsidie? Mail lks@hengelo.nl')).toEqual([]);
    expect(found('Vragen over bijzondere bijstand: bb@enschede.nl')).toEqual([]);
    expect(found('Voor informatie over de WSW: wsw@hengelo.nl')).toEqual([]);
    expect(found('Vragen over de loonkostensubsidie? loonkostensubsidie@almelo.nl')).toEqual([]);
  });

  it("keeps a client's address, a client's question or a private domain", () => {
    // Stop 33: a person's address at the municipality's domain is a work contact ("sanne@almelo.nl" passes).
    expect(found('Vragen over de loonkostensubsidie: sanne@almelo.nl')).toEqual([]);
    expect(foundOf('email', 'Vragen over de klant: s.visser@almelo.nl')).toEqual(['s.visser@almelo.nl']);
    expect(foundOf('email', 'Vragen over zijn uitkering: lks@almelo.nl')).toEqual(['lks@almelo.nl']);
    expect(foundOf('email', 'Vragen over de loonkostensubsidie: lks@gmail.com')).toEqual(['lks@gmail.com']);
    expect(foundOf('email', 'Vragen? jk1985@almelo.nl')).toEqual(['jk1985@almelo.nl']);
  });

  it("lets a named professional's work mail pass with pronouns that are the professional's", () => {
    expect(found("Femke's werkmail is f.bos@dimence.nl, zet haar in de cc.")).toEqual([]);
    expect(found('De werkmail van Femke is f.bos@dimence.nl, mail haar gerust.')).toEqual([]);
    expect(found('Mail Ruben op ruben@tactus.nl over de scholing, hij is de contactpersoon.')).toEqual([]);
    expect(found('Mail Ruben op ruben@tactus.nl, hij is jobcoach bij ons.')).toEqual([]);
  });

  it('keeps an address with a client or relative on the line, or without a work word', () => {
    expect(
      foundOf('email', "Femke's werkmail is f.bos@dimence.nl, haar moeder mailt vanaf x@y.nl."),
    ).toContain('f.bos@dimence.nl');
    expect(foundOf('email', 'Mail Ruben op ruben@tactus.nl, hij is klant bij ons.')).toEqual([
      'ruben@tactus.nl',
    ]);
    // Stop 33: at a known organisation's domain the pronouns are its professional's.
    expect(found('Mail hem op ruben@tactus.nl, hij is er maandag.')).toEqual([]);
    expect(foundOf('email', 'Mail hem op ruben@bouwbedrijf.nl, hij is er maandag.')).toEqual([
      'ruben@bouwbedrijf.nl',
    ]);
    expect(foundOf('email', 'Zijn werkmail is ahmed@bouwbedrijf.nl, hij begint maandag.')).toEqual([
      'ahmed@bouwbedrijf.nl',
    ]);
  });
});

describe("phone: the writer's own work number, as held-out 18 showed", () => {
  it("lets a mobile number said to be the writer's work number pass", () => {
    expect(
      found('Morgen ben ik vrij. Bel me op mijn werknummer 06-23344556, dat is de telefoon van Dimence.'),
    ).toEqual([]);
    expect(found('Bel me op 06-23344556, dat is mijn dienstmobiel.')).toEqual([]);
    expect(found('Mijn zakelijke nummer: 06 2334 4556')).toEqual([]);
    expect(found("M'n werktelefoon: 06-23344556 (ook WhatsApp)")).toEqual([]);
  });

  it("keeps someone else's number, a private one, or one not said to be work", () => {
    expect(foundOf('phone', 'Zijn werknummer is 06-23344556.')).toEqual(['06-23344556']);
    expect(foundOf('phone', 'Bel me op mijn werknummer 06-23344556, of bel Sanne op 06-55667788.')).toEqual([
      '06-55667788',
    ]);
    expect(foundOf('phone', 'Mijn werknummer is 06-23344556, zijn moeder heeft 06-55667788.')).toContain(
      '06-55667788',
    );
    expect(foundOf('phone', 'Bel mijn privénummer 06-23344556.')).toEqual(['06-23344556']);
    expect(foundOf('phone', 'Mijn nummer is 06-23344556.')).toEqual(['06-23344556']);
  });
});

describe('name_health: a care word in a question for a colleague, as held-out 18 showed', () => {
  it("lets a colleague's task to find out what a benefit covers pass", () => {
    expect(
      found('Joost zoekt uit of de bijstand de medicatiekosten kan vergoeden, volgende keer meer.'),
    ).toEqual([]);
    expect(found('Fleur gaat na of de gemeente de eigen bijdrage voor therapie vergoedt.')).toEqual([]);
  });

  it("keeps the named person's own care, or a task that is no question about a benefit", () => {
    expect(foundOf('name_health', 'Joost zoekt uit of zijn medicatiekosten vergoed worden.')).toEqual([
      'Joost',
    ]);
    expect(foundOf('name_health', 'Joost zoekt uit of hij medicatie vergoed krijgt.')).toEqual(['Joost']);
    expect(foundOf('name_health', 'Joost kijkt of de medicatie aanslaat.')).toEqual(['Joost']);
    expect(foundOf('name_health', 'Joost heeft hoge medicatiekosten.')).toEqual(['Joost']);
    expect(
      foundOf('name_health', 'Joost zoekt uit of de bijstand medicatiekosten dekt, hij is zelf depressief.'),
    ).toEqual(['Joost']);
  });

  it('lets a question about someone indefinite, asked for a colleague, pass', () => {
    expect(found('Mag iemand met een Wajong-uitkering vrijwilligerswerk doen? Vraag voor Ilse.')).toEqual([]);
    expect(found('Hoeveel mag een klant met een psychose bijverdienen? Vraag voor Ilse.')).toEqual([]);
  });

  it('keeps a question about care asked for the person named next', () => {
    expect(foundOf('name_health', 'Heeft iemand ervaring met schizofrenie? Vraag voor Ilse.')).toEqual([
      'Ilse',
    ]);
    expect(foundOf('name_health', 'Werkt de medicatie al? Vraag voor Ilse.')).toEqual(['Ilse']);
    expect(
      foundOf(
        'name_health',
        'Mag iemand met een Wajong-uitkering werken? Vraag voor Ilse, zij heeft zelf autisme.',
      ),
    ).toEqual(['Ilse']);
  });
});
