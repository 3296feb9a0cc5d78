import { describe, expect, it } from 'vitest';
import { found, foundOf } from './helpers.ts';

// Classes of held-out 19's name_health misses (read 6 December 2026), in other words than its lines.
describe('name_health: a crisis centre, sheltered housing or a ward one stays in', () => {
  it("finds a named person's stay in a crisis centre or a place at sheltered housing", () => {
    expect(foundOf('name_health', 'mw. Kramer zit sinds gisteren in het crisiscentrum')).toEqual([
      'mw. Kramer',
    ]);
    expect(foundOf('name_health', 'Ivo ligt een week in de crisisopvang')).toEqual(['Ivo']);
    expect(foundOf('name_health', 'sanne heeft een plek bij de RIBW gekregen')).toEqual(['sanne']);
    expect(foundOf('name_health', 'Ivo kreeg eindelijk een plaats bij het RIBW')).toEqual(['Ivo']);
  });

  it('finds a move to an open or closed ward and a stay told with "nog steeds"', () => {
    expect(foundOf('name_health', 'Ivo is overgeplaatst naar de open afdeling')).toEqual(['Ivo']);
    expect(foundOf('name_health', 'Ivo ligt op een open afdeling')).toEqual(['Ivo']);
    expect(foundOf('name_health', 'dochter Mila ligt nog steeds op de gesloten afdeling')).toEqual(['Mila']);
    expect(foundOf('name_health', 'mw Kramer zit nog steeds in de kliniek')).toEqual(['mw Kramer']);
  });

  it('lets a professional at the crisis centre or a department at work pass', () => {
    expect(found('Sanne belt het crisiscentrum over de nieuwe werkwijze')).toEqual([]);
    expect(found('Sanne werkt in het crisiscentrum')).toEqual([]);
    expect(found('Sanne heeft een overleg bij de RIBW')).toEqual([]);
    expect(found('Sanne heeft een plek bij de RIBW voor haar cliënt geregeld')).toEqual([]);
    expect(found('Ivo is overgeplaatst naar een andere afdeling')).toEqual([]);
    expect(found('Ivo werkt op een open afdeling')).toEqual([]);
    expect(found('Ivo is overgeplaatst naar de afdeling inkoop')).toEqual([]);
  });
});

describe('name_health: a village named for the psychiatric hospital there', () => {
  it('finds a stay, an admission or a discharge there', () => {
    expect(foundOf('name_health', 'Joost is gisteren ontslagen uit Poortugaal')).toEqual(['Joost']);
    expect(foundOf('name_health', 'mw Smit zit nog in Kloetinge')).toEqual(['mw Smit']);
    expect(foundOf('name_health', 'Joost had een opname in Wolfheze')).toEqual(['Joost']);
  });

  it('lets living or working there, and a recording made there, pass', () => {
    expect(found('Joost woont in Wolfheze')).toEqual([]);
    expect(found('Joost woonde vroeger in Santpoort')).toEqual([]);
    expect(found('Joost werkt in Kloetinge')).toEqual([]);
    expect(found('Joost heeft een overleg in Kloetinge')).toEqual([]);
    expect(found('we hebben een opname in de kliniek gemaakt met Joost')).toEqual([]);
  });
});

describe('name_health: waiting lists, intakes and indications of a care programme', () => {
  it('finds a FACT waiting list, intake or indication of someone named', () => {
    expect(foundOf('name_health', 'Ruben staat op de wachtlijst bij FACT')).toEqual(['Ruben']);
    expect(foundOf('name_health', 'Ruben T., wachtlijst FACT sinds mei')).toEqual(['Ruben T.']);
    expect(foundOf('name_health', 'Ruben: wachtlijst GGZ')).toEqual(['Ruben']);
    expect(foundOf('name_health', 'Ruben heeft een FACT-indicatie')).toEqual(['Ruben']);
    expect(foundOf('name_health', 'Ruben: ACT-intake gehad')).toEqual(['Ruben']);
    expect(foundOf('name_health', 'Ruben heeft de intake gehad bij de GGZ')).toEqual(['Ruben']);
  });

  it("lets a worker's list, a service's figures and an intake done for clients pass", () => {
    expect(found('Ruben beheert de wachtlijst bij FACT')).toEqual([]);
    expect(found('de wachtlijst FACT is lang, zegt Ruben')).toEqual([]);
    expect(found('Ruben vroeg hoeveel FACT-indicaties er zijn')).toEqual([]);
    expect(found('Ruben regelt de FACT-intake voor nieuwe cliënten')).toEqual([]);
    expect(found('Ruben heeft de intake gedaan bij de GGZ')).toEqual([]);
    expect(found('Ruben heeft een intake gehad bij IPS')).toEqual([]);
    expect(found('Ruben heeft intake gehad bij het FACT-team als stagiair')).toEqual([]);
  });
});

describe('name_health: a lower-case initial and surname opening a client record', () => {
  it('finds the name with a birth date in brackets or a dash and a care term after it', () => {
    expect(foundOf('name_health', 'k. yilmaz (geb 4.5.91) - depressie, zoekt werk')).toEqual(['k. yilmaz']);
    expect(foundOf('name_health', 'j. de wit - FACT-indicatie, zoekt werk')).toEqual(['j. de wit']);
  });

  it('lets abbreviations and a record without care pass', () => {
    expect(found('z.s.m. - depressie bespreken in het overleg')).toEqual([]);
    expect(found('k. yilmaz - zoekt werk in de zorg')).toEqual([]);
  });
});

describe('name_health: care said of the subject in other words', () => {
  it("finds a client introduced as one's own and a study broken off for a care reason", () => {
    expect(foundOf('name_health', 'mijn cliënt Tess woont daar sinds haar ontslag uit de kliniek')).toEqual([
      'cliënt Tess',
    ]);
    expect(foundOf('name_health', 'Tess is met haar studie gestopt door een depressie')).toEqual(['Tess']);
    expect(foundOf('name_health', 'Tess heeft haar opleiding afgebroken ivm een psychose')).toEqual(['Tess']);
  });

  it('finds dissociating, a clinic leave and a treater allowing it', () => {
    expect(foundOf('name_health', 'Tess dissocieert als het druk wordt')).toEqual(['Tess']);
    expect(foundOf('name_health', 'Tess heeft gisteren gedissocieerd op het werk')).toEqual(['Tess']);
    expect(foundOf('name_health', 'zij (Tess B.) mag van de psychiater met begeleid verlof werken')).toEqual([
      'Tess B.',
    ]);
    expect(foundOf('name_health', 'Tess heeft onbegeleid verlof')).toEqual(['Tess']);
  });

  it('lets a course on a topic, a lecture and a professional allowed something pass', () => {
    expect(found('Tess volgt haar cursus over psychose')).toEqual([]);
    expect(found('Tess geeft de opleiding over depressie')).toEqual([]);
    expect(found('Tess gaf een lezing over dissociatie')).toEqual([]);
    expect(found('Tess mag van de psychiater niet praten over de cliënt met depressie')).toEqual([]);
    expect(found('mijn cliënt Tess werkt in de kliniek')).toEqual([]);
  });
});

describe('name_health: ending up at a care place, or going there for care', () => {
  it('finds someone named who ended up at a crisis service or hospital, or goes to a clinic for care', () => {
    expect(foundOf('name_health', 'Milan is zaterdag bij de crisisdienst terecht gekomen')).toEqual([
      'Milan',
    ]);
    expect(foundOf('name_health', 'Milan is in het ziekenhuis terechtgekomen')).toEqual(['Milan']);
    expect(foundOf('name_health', 'Milan is op de SEH beland')).toEqual(['Milan']);
    expect(
      foundOf('name_health', 'Milan gaat volgende week naar de kliniek voor intensieve behandeling'),
    ).toEqual(['Milan']);
    expect(foundOf('name_health', 'Milan moet naar het ziekenhuis voor een opname')).toEqual(['Milan']);
  });

  it("lets a letter that ended up there, work there and a meeting or a client's treatment pass", () => {
    expect(found('de brief is bij de crisisdienst terecht gekomen, zegt Milan')).toEqual([]);
    expect(found('Milan is bij de crisisdienst terecht gekomen als stagiair')).toEqual([]);
    expect(found('Milan gaat naar de kliniek voor een overleg')).toEqual([]);
    expect(found('Milan gaat naar de kliniek voor de behandeling van haar cliënt')).toEqual([]);
    expect(found('Milan gaat naar de kliniek voor intensieve behandeling als verpleegkundige')).toEqual([]);
  });
});
