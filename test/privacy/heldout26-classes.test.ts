import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 26's misses and flagged clean lines (read 6 December 2026), in other words than its
// lines: other names, other conditions, and look-alikes that must stay clean.
describe('name_health: a chat line opened by its speaker, the person it is about after the colon', () => {
  it('finds the person after the speaker, not the speaker', () => {
    expect(foundOf('name_health', 'Wendy: Thijs is uit de kliniek en wil weer aan de slag')).toEqual([
      'Thijs',
    ]);
    expect(foundOf('name_health', 'Kees: Femke heeft nu een psycholoog via de POH')).toEqual(['Femke']);
  });

  it('leaves the same line without care alone', () => {
    expect(found('Wendy: Thijs is uit Spanje terug en wil weer aan de slag')).toEqual([]);
  });
});

describe('name_health: recovery and use as a job coach tells it', () => {
  it('finds sobriety with its length, bare use and a relapse into a substance', () => {
    expect(foundOf('name_health', 'Yusuf is nu 5 weken nuchter en werkt in de bakkerij')).toEqual(['Yusuf']);
    expect(foundOf('name_health', 'Yusuf werkt weer, nog steeds nuchter zegt hij')).toEqual(['Yusuf']);
    expect(foundOf('name_health', 'Lieke heeft gebruikt op het festival en durft niet te komen')).toEqual([
      'Lieke',
    ]);
    expect(foundOf('name_health', 'Lieke is teruggevallen in de coke, de werkgever weet het')).toEqual([
      'Lieke',
    ]);
  });

  it('leaves fasting, a character, a thing used and a figure alone', () => {
    expect(found('Yusuf moet 12 uur nuchter zijn voor de bloedafname')).toEqual([]);
    expect(found('Yusuf is heel nuchter over zijn kansen')).toEqual([]);
    expect(found('Lieke heeft de nieuwe kassa gebruikt op het festival')).toEqual([]);
    expect(found('Lieke is teruggevallen in de ranglijst van de competitie')).toEqual([]);
  });
});

describe('name_health: news exclaimed, then told on in lower case', () => {
  it('carries the person over the exclamation marks to a joined fragment', () => {
    expect(
      foundOf('name_health', 'Ilias is aangenomen bij de Jumbo!!! na een jaar met een depressie'),
    ).toEqual(['Ilias']);
  });

  it('leaves a capitalised new sentence and a fragment without care alone', () => {
    expect(
      found('Ilias is aangenomen bij de Jumbo!!! Na de lunch praten we over depressie op het werk'),
    ).toEqual([]);
    expect(found('Ilias is aangenomen bij de Jumbo!! na de zomer begint hij')).toEqual([]);
  });
});

describe('name_health: a mood told as the person own', () => {
  it('finds a mood owned, its course, help against it, having been in it and a day of it', () => {
    expect(foundOf('name_health', 'Marloes zit thuis met haar heup en haar angst')).toEqual(['Marloes']);
    expect(foundOf('name_health', 'Marloes zegt dat de somberheid bijna weg is')).toEqual(['Marloes']);
    expect(
      foundOf('name_health', 'Gijs fietst elke dag, hij zegt dat het hem helpt tegen de paniek'),
    ).toEqual(['Gijs']);
    expect(foundOf('name_health', 'Gijs is sinds maart niet meer somber geweest')).toEqual(['Gijs']);
    expect(foundOf('name_health', 'Gijs belt af als hij een angstige dag heeft')).toEqual(['Gijs']);
    expect(foundOf('name_health', 'Marloes stopt bij de kassa. de angst werd haar te veel.')).toEqual([
      'Marloes',
    ]);
  });

  it('leaves a fear of something, market panic and grey weather alone', () => {
    expect(found('Marloes vertelt over haar angst voor de nieuwe software')).toEqual([]);
    expect(found('Gijs zegt dat de paniek op de huizenmarkt weg is')).toEqual([]);
    expect(found('Een sombere dag in Arnhem, Gijs had zijn jas vergeten')).toEqual([]);
    expect(found('Marloes stopt bij de kassa. de drukte werd haar te veel.')).toEqual([]);
  });
});

describe('name_health: a role the subject trains for is no other person', () => {
  it('keeps the care detail after the training the subject', () => {
    expect(
      foundOf(
        'name_health',
        'Rosa volgt de opleiding ervaringsdeskundige en is al een jaar vrij van psychoses',
      ),
    ).toEqual(['Rosa']);
  });
});

describe('postcode: an area said to be where someone lives', () => {
  it('finds the pair before "dat is ... waar ze woont" and four digits with their place and a move', () => {
    expect(foundOf('postcode', 'wie kent werkgevers in 6533 de? dat is de buurt waar ze woont')).toEqual([
      '6533 de',
    ]);
    expect(foundOf('postcode', 'zoek eens rond 4101 (culemborg), daar woont hij sinds kort')).toEqual([
      '4101',
    ]);
  });

  it('leaves the same without living there, a year and a vacancy number alone', () => {
    expect(found('wie kent werkgevers in 6533 de? dat is een wijk met veel winkels')).toEqual([]);
    expect(found('in 2019 (Culemborg) zijn we verhuisd naar een groter kantoor')).toEqual([]);
    expect(found('vacature 4101 (Culemborg) staat nog open')).toEqual([]);
  });
});

describe('phone and email: an organisation said by words the cues lacked', () => {
  it('leaves a service line, offices in the plural and a group mailbox for its region alone', () => {
    expect(found('bel de infolijn 024 381 2200 voor vragen over de regeling')).toEqual([]);
    expect(found('de vestigingen in Zwolle zijn bereikbaar op 038-421 0000')).toEqual([]);
    expect(found('stuur het aan de hele groep: wgz-drenthe@netwerk.example.nl')).toEqual([]);
  });

  it('still finds a person there', () => {
    expect(found('de vestigingen hebben zijn nummer: 038-421 0011').map(([kind]) => kind)).toEqual(['phone']);
    expect(found('zijn adres is sanne-drenthe@gmail.com').map(([kind]) => kind)).toEqual(['email']);
  });
});
