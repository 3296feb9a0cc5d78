import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 23's misses and flagged clean lines (read 6 December 2026), in other words than its
// lines: other names, places and conditions, and look-alikes that must stay clean.
const kinds = (text: string) => found(text).map(([kind]) => kind);

describe('name_health: a lower-case first name that is also a word, told apart in a chat', () => {
  it('finds the person by where they come from or live, or by a shortened possessive', () => {
    expect(foundOf('name_health', 'ik hoorde dat roos uit hulst weer is opgenomen')).toEqual(['roos']);
    expect(foundOf('name_health', 'mark uit de zeeuwse regio heeft een terugval gehad')).toEqual(['mark']);
    expect(foundOf('name_health', 'kim (woont nu in goes) zit in een depressieve periode')).toEqual(['kim']);
    expect(foundOf('name_health', "tim z'n intake bij de verslavingszorg is gepland")).toEqual(['tim']);
  });

  it('leaves the same words without a place, or without care, alone', () => {
    expect(found('iris uit het oog verloren, de kandidaat belt niet terug')).toEqual([]);
    expect(found('roos uit hulst brengt de taart mee naar de werkgroep')).toEqual([]);
  });
});

describe('name_health: an interjection and a comma before the subject of a chat message', () => {
  it('finds the subject after "nou," or "hee,"', () => {
    expect(foundOf('name_health', 'nou, sanne heeft haar eerste werkdag gehad na de opname')).toEqual([
      'sanne',
    ]);
    expect(foundOf('name_health', 'Hee, Joost is weer thuis na 3 weken opname')).toEqual(['Joost']);
    expect(foundOf('name_health', 'goed nieuws, joost is uit de kliniek')).toEqual(['joost']);
  });

  it('leaves a message without care alone', () => {
    expect(found('nou, sanne heeft de notulen rondgestuurd')).toEqual([]);
  });
});

describe('name_health: care told the way a werkgroep chat says it', () => {
  it('finds a start with a provider, a group at one and a therapy typed in lower case', () => {
    expect(foundOf('name_health', 'Mila is gestart bij de basis ggz, gesprekken met een psycholoog')).toEqual(
      ['Mila'],
    );
    expect(foundOf('name_health', 'Arjen gaat iedere week naar de groep bij Tactus')).toEqual(['Arjen']);
    expect(foundOf('name_health', 'Noa heeft een plek in de dbt groep gekregen')).toEqual(['Noa']);
    expect(foundOf('name_health', 'Noa volgt dbt en werkt 12 uur')).toEqual(['Noa']);
  });

  it('leaves starting a job at a provider and a working group alone', () => {
    expect(found('Mila is gestart bij de ggz als receptioniste')).toEqual([]);
    expect(found('Arjen presenteert bij de werkgroep van Tactus')).toEqual([]);
  });

  it('finds sobriety for a time, gambling as a cause, a treatment named by its setting', () => {
    expect(foundOf('name_health', 'Rik is al acht weken nuchter')).toEqual(['Rik']);
    expect(foundOf('name_health', 'Rik heeft schulden door het gokken')).toEqual(['Rik']);
    expect(foundOf('name_health', 'Elif is in ambulante behandeling en start in mei')).toEqual(['Elif']);
    expect(foundOf('name_health', 'Elif volgt deeltijdbehandeling')).toEqual(['Elif']);
    expect(foundOf('name_health', 'Elif heeft sindsdien geen crisis meer gehad')).toEqual(['Elif']);
  });

  it('leaves a level head, a guess and a team of a setting alone', () => {
    expect(found('Rik is heel nuchter over de planning')).toEqual([]);
    expect(found('ik moet gokken hoeveel mensen Rik uitnodigt')).toEqual([]);
    expect(found('Het team ambulante behandeling zoekt een jobcoach')).toEqual([]);
  });

  it("finds a care team's checks and home visits, not the worker who makes them", () => {
    expect(foundOf('name_health', 'Over Gijs: de huisbezoeken van het FACT-team zijn gestopt')).toEqual([
      'Gijs',
    ]);
    expect(found('Gijs doet de huisbezoeken van het FACT-team')).toEqual([]);
  });

  it('finds a stay by its length and provider, a care noun of a named person, care started', () => {
    expect(foundOf('name_health', 'Yara is net terug van acht weken Jellinek')).toEqual(['Yara']);
    expect(foundOf('name_health', 'Yara zit sinds kort bij Emergis')).toEqual(['Yara']);
    expect(foundOf('name_health', 'de intake van Yara bij de ggz is verzet')).toEqual(['Yara']);
    expect(foundOf('name_health', 'Yara is begonnen met haar behandeling')).toEqual(['Yara']);
    expect(foundOf('name_health', 'Yara woont nu beschermd')).toEqual(['Yara']);
  });

  it("leaves work at a provider, a recording and a worker's intake alone", () => {
    expect(found('Yara zit sinds kort bij Emergis als trajectbegeleider')).toEqual([]);
    expect(found('de opname van de podcast staat online, zegt Yara')).toEqual([]);
    expect(found('de intake van Yara met de nieuwe kandidaat is morgen')).toEqual([]);
  });

  it('finds a medicine by a brand name and an acute ward left', () => {
    expect(foundOf('name_health', 'Wim slikt nu nortrilen')).toEqual(['Wim']);
    expect(foundOf('name_health', 'Wim is uit de PAAZ en zoekt werk')).toEqual(['Wim']);
  });
});

describe('name_health: who tells the care', () => {
  it('finds the person a treater refers on, told with a pronoun', () => {
    expect(
      foundOf(
        'name_health',
        'Wat betreft Lisa, de huisarts heeft haar aangemeld voor een spoedintake bij de GGZ',
      ),
    ).toEqual(['Lisa']);
  });

  it('finds the person a relative speaks of by the kin word back, and a self-report with "zelf"', () => {
    expect(foundOf('name_health', 'de dochter van dhr. Bos zegt dat haar vader erg depressief is')).toEqual([
      'dhr. Bos',
    ]);
    expect(foundOf('name_health', 'Jesse heeft een baan! de therapie heeft geholpen, zegt hij zelf')).toEqual(
      ['Jesse'],
    );
  });

  it('leaves a colleague spoken of and a professional view alone', () => {
    expect(found('de dochter van dhr. Bos zegt dat haar collega ziek is')).toEqual([]);
    expect(found('Overleg met Lisa (jobcoach). De wachtlijst bij de ggz is lang, zegt ze.')).toEqual([]);
  });
});

describe('address, phone and email: held-out 23 classes', () => {
  it('finds a street word alone with a known place after the comma, and an office word denied', () => {
    expect(foundOf('address', 'Plein 9, Vlissingen')).toEqual(['Plein 9']);
    expect(foundOf('address', 'Woonadres: Postbus? Nee, gewoon Kerkstraat 3, Goes')).toEqual([
      'Kerkstraat 3',
    ]);
    expect(found('Postbus 210, 4460 AE Goes is het postadres van de gemeente')).toEqual([]);
  });

  it('finds a mobile number read out in digit words', () => {
    expect(kinds('Bel hem op nul zes, drie een, vier vier, twee negen, acht vijf')).toEqual(['phone']);
    expect(found('De stand was nul zes, een twee voor de thuisploeg')).toEqual([]);
  });

  it("passes a municipal service's mailbox and the writer's work address beside a private one", () => {
    expect(found('Vragen via het loket: werkloket@vlissingen.nl')).toEqual([]);
    expect(found('Mijn privémail gebruik ik niet voor werk, mail naar s.bakker@uwv.nl')).toEqual([]);
    expect(kinds('Mail de deelnemer op sbakker@vlissingen.nl')).toEqual(['email']);
  });
});
