import { describe, expect, it } from 'vitest';
import { foundOf } from './helpers.ts';

// The classes of batch 42-names' name_health misses (5 December 2026): notulen, "|" tables, English-Dutch
// messages and case files that name people by initials. Each class with lines of its kind in other words,
// and look-alikes that must stay clean.
describe('name_health: initials alone in more places', () => {
  it.each([
    // Initials after a short heading or greeting and its mark, before a verb.
    ['Update — A.B. ligt sinds zondag in het ziekenhuis', 'A.B.'],
    ['hallo, T.K. is weer opgenomen, zegt de werkgever', 'T.K.'],
    // The place the person comes from between the initials and the verb or the case label's mark.
    ['Vraag: K.M. uit Deventer is weer opgenomen', 'K.M.'],
    ['Cliënt T.V. (Enschede) – schizofrenie, start bij de groenvoorziening', 'Cliënt T.V.'],
    // A dash ends a case label's initials as a colon does.
    ['Bespreken: casus W. — psychose, werkgever twijfelt', 'W.'],
    // After a case label the letters of a company form are initials.
    ['Casus N.V.: bipolair, werkt 20 uur', 'N.V.'],
    // A shortened particle and an initial for the surname.
    ['dhr. v.d. K. heeft een hernia', 'dhr. v.d. K.'],
    ['kandidaat v. S. slikt weer lithium', 'kandidaat v. S.'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Punt 3 — B.V. is failliet, werkgever zoekt een plek voor kandidaten met autisme',
    'hoi, N.B. de workshop over depressie is verplaatst',
    'N.B. uit Lochem komen twee aanmeldingen met autisme',
    'casus L. — werkgever weigert koptelefoon, overleg volgt',
    'kandidaat v.d. M. (Losser) is gestart bij de kringloop',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: a case form of several lines', () => {
  it.each([
    // The care field goes on about the client line above it, with a remark after its care term.
    ['Cliënt: Sem Bakker\nDiagnose: bipolaire stoornis, stabiel\nWerkdoel: 20 uur', 'Sem Bakker'],
    ['Naam: Joris de Groot\nMedicatie: lithium 800 mg (spiegel ok)', 'Joris de Groot'],
    // A treater's label on the next line is no job the care term names.
    ['Cliënt: Sem Bakker\nDiagnose: depressie\nBehandelaar: GGNet', 'Sem Bakker'],
    ['Klant: Yara Jansen\nProblematiek: verslaving\nBegeleider: mw. Kok', 'Yara Jansen'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toContain(name);
  });

  it.each([
    // The line above names no client: an agenda or a speaker.
    'Agenda: Jeroen Bakker\nDiagnose: psychose en werk, open gesprek',
    'Trainer: Mark Vos\nDiagnose: depressie, de meest voorkomende in onze groep',
    // A job split over two lines by the writer's mail program is still a job.
    'Sanne werkt als depressie\nbehandelaar bij GGNet',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: English care words in mixed messages', () => {
  it.each([
    // English medicine, infection, "meds" and a stay in hospital.
    ['FYI Joost started on dexamphetamine, werkgever merkt het', 'Joost'],
    ['Can someone call Fleur? She has a bladder infection, komt niet', 'Fleur'],
    ['Kees stopped taking his meds again', 'Kees'],
    ['Update: Marieke has been in hospital since Sunday', 'Marieke'],
    // A role told about the person's care detail is not its owner.
    ['kandidaat S. told the werkgever about her bipolar disorder', 'kandidaat S.'],
    ['Ilse vertelde de leidinggevende over haar depressie', 'Ilse'],
  ])('finds "%s"', (text, name) => {
    expect(foundOf('name_health', text)).toEqual([name]);
  });

  it.each([
    'Training on infection control for jobcoaches, Sanne de Vries presents',
    'Priya works in the hospital kitchen since March',
    // An English pronoun is no unknown name: the person is not named.
    'She has diabetes and asks about reasonable adjustments',
    'Tom had a stroke of luck with that vacancy',
  ])('leaves "%s" clean', (text) => {
    expect(foundOf('name_health', text)).toEqual([]);
  });
});

describe('name_health: first names', () => {
  it('finds "Ron" before a case note with the place he comes from', () => {
    expect(foundOf('name_health', 'Ron uit Hengelo: alcoholverslaving, start bij de kringloop')).toEqual([
      'Ron',
    ]);
  });

  it('leaves "Ron" of an organisation clean when the care word is a workshop topic', () => {
    expect(foundOf('name_health', 'Ron van de gemeente belde over de workshop depressie')).toEqual([]);
  });
});
