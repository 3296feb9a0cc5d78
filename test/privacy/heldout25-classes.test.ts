import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 25's misses and flagged clean lines (read 6 December 2026), in other words than its
// lines: other names, other conditions, and look-alikes that must stay clean.
describe('name_health: Frisian first names', () => {
  it('knows them as people', () => {
    expect(foundOf('name_health', 'Sytze is stabiel op zijn medicatie en werkt weer')).toEqual(['Sytze']);
    expect(foundOf('name_health', 'Siebren gebruikt sinds kort oxazepam')).toEqual(['Siebren']);
  });

  it('leaves the same names without care alone', () => {
    expect(found('Sytze is stabiel in zijn werk en werkt weer')).toEqual([]);
  });
});

describe('name_health: an admission told by its course', () => {
  it('finds an admission extended or none since', () => {
    expect(foundOf('name_health', 'Fokke: opname verlengd tot na de kerst')).toEqual(['Fokke']);
    expect(foundOf('name_health', 'even over Jildou: de opname is verlengd met drie weken')).toEqual([
      'Jildou',
    ]);
    expect(
      foundOf('name_health', 'Marieke heeft een nieuw rooster, geen opnames meer sinds de zomer'),
    ).toEqual(['Marieke']);
  });

  it('leaves recordings alone', () => {
    expect(found('we maken geen opnames meer van de intervisie')).toEqual([]);
    expect(found('geen opnames meer van de bijeenkomst, zegt Marieke')).toEqual([]);
    expect(found('Fokke: de opname van het webinar is gedeeld')).toEqual([]);
  });
});

describe('name_health: a therapy named by its abbreviation after a session word', () => {
  it('finds a session of ACT', () => {
    expect(foundOf('name_health', 'Mevrouw Hoekstra heeft morgen haar tweede sessie ACT')).toEqual([
      'Mevrouw Hoekstra',
    ]);
  });

  it('leaves "the ACT" as a law alone', () => {
    expect(found('Mevrouw Hoekstra heeft de ACT van de nieuwe wet gelezen')).toEqual([]);
  });
});

describe('name_health: a first name in brackets between title and surname', () => {
  it('reads the title, the bracketed name and the surname as one person', () => {
    expect(foundOf('name_health', 'Met meneer (Tamme) Visser gaat het slecht, hij drinkt weer')).toEqual([
      'meneer (Tamme) Visser',
    ]);
  });

  it('skips no remark in brackets', () => {
    expect(found('Met mevrouw (zie hierboven) de Boer is alles geregeld')).toEqual([]);
  });
});

describe('name_health: two first names joined in lower case', () => {
  it('finds the joined name', () => {
    expect(foundOf('name_health', 'anne-fleur heeft haar eetstoornis onder controle')).toEqual([
      'anne-fleur',
    ]);
    expect(foundOf('name_health', "jan-pieter z'n angststoornis is erg")).toEqual(["jan-pieter z'n"]);
  });

  it('leaves a joined word that is no name alone', () => {
    expect(found('de rood-wit gestreepte map over angststoornis ligt klaar')).toEqual([]);
  });
});

describe('name_health: a question about someone answered with "die"', () => {
  it('carries an unknown name over the question mark', () => {
    expect(foundOf('name_health', 'hoe gaat het nu met Tjalling? die zit weer in de kliniek')).toEqual([
      'Tjalling',
    ]);
  });

  it('leaves a question about a thing alone', () => {
    expect(found('hoe gaat het met het project? die zit weer in de planning')).toEqual([]);
  });
});

describe('address: a client’s details listed, the birthdate before the street', () => {
  it('finds the street after the birth field', () => {
    expect(foundOf('address', 'mw. Dijkstra, geboren 03-11-1975, Nieuweburen 8, Dokkum')).toEqual([
      'Nieuweburen 8',
    ]);
    expect(foundOf('address', 'Nieuwe aanmelding: B. van der Meer, geb. 14-06-1989, Kade 12, Joure')).toEqual(
      ['Kade 12'],
    );
  });
});

describe('clean: an organisation named by a sector word and its place', () => {
  it('is no person', () => {
    expect(found('Voor NAH heeft Revalidatie Drenthe een traject')).toEqual([]);
    expect(found('Zorggroep Zwolle heeft een wachttijd voor autismediagnostiek')).toEqual([]);
  });

  it('keeps a first name or an unknown name with a place as surname a person', () => {
    expect(foundOf('name_health', 'Sjoerd Leeuwarden heeft autisme')).toEqual(['Sjoerd Leeuwarden']);
    expect(foundOf('name_health', 'Tamme Hoorn heeft autisme')).toEqual(['Tamme Hoorn']);
  });
});

describe('clean: mailboxes of a group, a team box, a desk by its topic in the plural', () => {
  it('passes them', () => {
    expect(found('Vrijwilligers melden zich via vrijwilligers@buurtwerk-sneek.nl')).toEqual([]);
    expect(found('stuur het naar leerwerk@werkpunt-fryslan.nl, dat is de teambox')).toEqual([]);
    expect(found('Vragen over de vergoeding? Mail naar vergoedingen@gemeente-emmen.nl')).toEqual([]);
  });

  it('keeps a person’s address at a free-mail domain', () => {
    expect(foundOf('email', 'Vragen over de vergoeding? Mail naar vergoedingen@gmail.com')).toEqual([
      'vergoedingen@gmail.com',
    ]);
  });
});

describe('clean: a landline labelled as a work number right after it', () => {
  it('passes it', () => {
    expect(found('Bellijst werkgroep: Wiebe 0513-612 340 (werk), Aukje via de receptie')).toEqual([]);
  });

  it('keeps a client’s number and a mobile number', () => {
    expect(foundOf('phone', 'De klant is bereikbaar op 0513-612 340 (werk)')).toEqual(['0513-612 340']);
    expect(foundOf('phone', 'Wiebe 06-12345678 (werk)')).toEqual(['06-12345678']);
  });
});

describe('clean: an office address, "zijn" before an article', () => {
  it('reads "zijn" as the verb', () => {
    expect(found('Het gemeentehuis zit aan de Markt 1, daar zijn de inloopspreekuren')).toEqual([]);
  });
});
