import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';

/** Typed commands read dates as people write them, seen from Thursday 3 December 2026. */
const today = { year: 2026, month: 12, day: 3 };
const parse = (text: string) => parseCommand(text, today);

describe('dates in typed commands', () => {
  it('nieuwe-reeks, verplaats, annuleer and wijzig take Dutch dates', () => {
    expect(parse('nieuwe-reeks volgende week dinsdag 14:00 elke 4 weken')).toEqual({
      name: 'nieuwe-reeks',
      date: '2026-12-08',
      time: '14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
    expect(parse('nieuwe-reeks 6 jan om 9.30')).toMatchObject({ date: '2027-01-06', time: '09:30' });
    expect(parse('verplaats 30 dec naar 6-1 om 15:00')).toEqual({
      name: 'verplaats',
      date: '2026-12-30',
      toDate: '2027-01-06',
      toTime: '15:00',
    });
    expect(parse('verplaats dinsdag naar over twee weken')).toEqual({
      name: 'verplaats',
      date: '2026-12-08',
      toDate: '2026-12-17',
      toTime: null,
    });
    expect(parse('annuleer morgen')).toEqual({ name: 'annuleer', date: '2026-12-04' });
    expect(parse('wijzig vanaf 5 januari 2027 om 10:00')).toEqual({
      name: 'wijzig',
      from: '2027-01-05',
      everyWeeks: null,
      time: '10:00',
    });
  });

  it('stuurgroep, vakantie and actiepunt take them too', () => {
    expect(parse('stuurgroep over drie weken')).toEqual({
      name: 'stuurgroep',
      action: 'toevoegen',
      date: '2026-12-24',
    });
    expect(parse('stuurgroep weg 30-12')).toEqual({ name: 'stuurgroep', action: 'weg', date: '2026-12-30' });
    expect(parse('vakantie Kerstvakantie regio 19 dec t/m 3 jan')).toEqual({
      name: 'vakantie',
      label: 'Kerstvakantie regio',
      from: '2026-12-19',
      to: '2027-01-03',
    });
    expect(parse('actiepunt Werkafspraken rondsturen tot vrijdag')).toEqual({
      name: 'actiepunt',
      text: 'Werkafspraken rondsturen',
      dueDate: '2026-12-04',
    });
    expect(parse('actiepunt Bellen tot en met de kerst')).toEqual({
      name: 'actiepunt',
      text: 'Bellen tot en met de kerst',
      dueDate: null,
    });
  });

  it('an actiepunt takes its deadline after tot, voor, vóór, uiterlijk or deadline, only a whole date at the end', () => {
    const due = (typed: string, text: string, dueDate: string | null) =>
      expect(parse(`actiepunt ${typed}`)).toEqual({ name: 'actiepunt', text, dueDate });
    due(
      'Ruben stuurt de contactlijst rond voor 15 januari',
      'Ruben stuurt de contactlijst rond',
      '2027-01-15',
    );
    due('Contactlijst rondsturen vóór vrijdag', 'Contactlijst rondsturen', '2026-12-04');
    due('Contactlijst rondsturen uiterlijk 20-1', 'Contactlijst rondsturen', '2027-01-20');
    due('Contactlijst rondsturen uiterlijk op 2027-01-20', 'Contactlijst rondsturen', '2027-01-20');
    due('Contactlijst rondsturen deadline 20 jan', 'Contactlijst rondsturen', '2027-01-20');
    due('Contactlijst rondsturen, deadline: volgende week dinsdag', 'Contactlijst rondsturen', '2026-12-08');
    due('Agenda voor de stuurgroep maken voor morgen', 'Agenda voor de stuurgroep maken', '2026-12-04');
    // "eind januari": the month's last day, the next such month from today (a newcomer's walk
    // found it kept as text with no deadline).
    due('Training autisme inplannen tot eind januari', 'Training autisme inplannen', '2027-01-31');
    due('Folder herschrijven, uiterlijk einde februari', 'Folder herschrijven', '2027-02-28');
    due('Cijfers aanleveren voor eind december', 'Cijfers aanleveren', '2026-12-31');
    due('Evaluatie plannen voor eind feb 2028', 'Evaluatie plannen', '2028-02-29');
    due('Bellen tot eind van de week', 'Bellen tot eind van de week', null);
    // Not a whole date at the end: all of it is the text.
    due('Agenda voor de stuurgroep maken', 'Agenda voor de stuurgroep maken', null);
    due('Voor 15 januari', 'Voor 15 januari', null);
    due('Bellen voor de stuurgroep van 15 januari', 'Bellen voor de stuurgroep van 15 januari', null);
    // A time as Dutch writes it is no deadline and no date that does not exist: text too.
    due('Wethouder bellen voor 12.30', 'Wethouder bellen voor 12.30', null);
    // A deadline written as a date that does not exist is named, after any of these words.
    expect(parse('actiepunt Bellen voor 30 februari')).toMatchObject({
      name: 'ongeldig',
      command: 'actiepunt',
    });
    expect(parse('actiepunt Bellen uiterlijk 2027-02-29')).toMatchObject({ name: 'ongeldig' });
  });

  it('what is no date gets the usage; without a today only JJJJ-MM-DD is read', () => {
    expect(parse('verplaats 30 dec naar ooit')).toMatchObject({ name: 'ongeldig' });
    expect(parse('nieuwe-reeks 31-02 14:00')).toMatchObject({ name: 'ongeldig' });
    // A deadline written as a date that does not exist is no part of the actiepunt's text.
    expect(parse('actiepunt Bellen tot 2027-02-29')).toMatchObject({ name: 'ongeldig' });
    expect(parse('actiepunt Bellen tot 31-06')).toMatchObject({ name: 'ongeldig' });
    expect(parseCommand('annuleer morgen')).toMatchObject({ name: 'ongeldig' });
    expect(parseCommand('annuleer 2026-12-04')).toEqual({ name: 'annuleer', date: '2026-12-04' });
  });

  it('a date that does not exist is kept for the answer to name, in every command that takes one', () => {
    const noSuch = (command: string, year: number | null, month: number, day: number) => ({
      name: 'ongeldig',
      command,
      noSuchDate: { year, month, day },
    });
    expect(parse('verplaats 2027-01-19 naar 2027-02-30')).toEqual(noSuch('verplaats', 2027, 2, 30));
    expect(parse('annuleer 31 april 2027')).toEqual(noSuch('annuleer', 2027, 4, 31));
    expect(parse('wijzig vanaf 2027-13-01 om 10:00')).toEqual(noSuch('wijzig', 2027, 13, 1));
    expect(parse('nieuwe-reeks 31-02 14:00')).toEqual(noSuch('nieuwe-reeks', null, 2, 31));
    // 29 February exists, but not in 2027, the next one from 3 December 2026.
    expect(parse('stuurgroep 29 feb')).toEqual(noSuch('stuurgroep', 2027, 2, 29));
    expect(parse('vakantie Voorjaar 2027-02-30 t/m 2027-03-05')).toEqual(noSuch('vakantie', 2027, 2, 30));
    expect(parse('actiepunt Bellen tot 30 februari')).toEqual(noSuch('actiepunt', null, 2, 30));
    // No date at all, or one that exists: the usage only.
    expect(parse('verplaats 30 dec naar ooit')).toEqual({ name: 'ongeldig', command: 'verplaats' });
    // A time as Dutch writes it ("12.30") is no date of month 30: no "Maand 30 bestaat niet".
    expect(parse('annuleer 9.30')).toEqual({ name: 'ongeldig', command: 'annuleer' });
    expect(parse('verplaats 14-01 naar 15.45')).toEqual({ name: 'ongeldig', command: 'verplaats' });
  });
});
