import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/domain/errors.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { defineSeries, type SeriesInput } from '../../src/schedule/series-definition.ts';

/** What a projectleider reads when a series is refused (form, chat answer): words, no code names. */
const CODE_NAMES =
  /\b(until|changes|exceptions|firstStart|time|effectiveFrom|timeZone|everyWeeks|durationMinutes|originalStart|onlineUrl)\b/;

function refusal(input: SeriesInput): { field: string; message: string }[] {
  try {
    defineSeries(input);
  } catch (error) {
    if (error instanceof InvalidInput) return [...error.problems];
    throw error;
  }
  return expect.unreachable('the series was accepted');
}

/** In English "time" is a word too; the other code names are not. */
const ENGLISH_CODE_NAMES =
  /\b(until|changes|exceptions|firstStart|effectiveFrom|timeZone|everyWeeks|durationMinutes|originalStart|onlineUrl)\b/;

const BASE = { firstStart: '2026-03-02T14:00', durationMinutes: 90 } as const;

describe('a refused series says what is wrong in plain words; the field is named apart', () => {
  it.each([
    [
      'an end date before the first meeting',
      { ...BASE, until: '2026-02-01' },
      'until',
      'De einddatum ligt vóór de eerste bijeenkomst. Kies een latere einddatum.',
    ],
    [
      'a change that starts before the version it follows',
      { ...BASE, changes: [{ effectiveFrom: '2026-03-01', time: '15:00' }] },
      'changes.0',
      'Een wijziging gaat pas in na het begin van de vorige versie van de reeks. Zet de wijzigingen op volgorde van datum.',
    ],
    [
      'a change with both a new first meeting and a new time',
      { ...BASE, changes: [{ effectiveFrom: '2026-04-01', time: '15:00', firstStart: '2026-04-02T15:00' }] },
      'changes.0',
      'Geef bij een wijziging een nieuwe eerste bijeenkomst óf een nieuwe tijd, niet allebei.',
    ],
    [
      'a change whose first meeting is before it takes effect',
      { ...BASE, changes: [{ effectiveFrom: '2026-04-10', firstStart: '2026-04-02T15:00' }] },
      'changes.0.firstStart',
      'De eerste bijeenkomst na de wijziging ligt vóór de datum waarop de wijziging ingaat. Kies een latere eerste bijeenkomst.',
    ],
    [
      'two exceptions for the same meeting',
      {
        ...BASE,
        exceptions: [
          { kind: 'cancel', originalStart: '2026-03-30T14:00' },
          { kind: 'move', originalStart: '2026-03-30T14:00', start: '2026-03-31T14:00' },
        ],
      },
      'exceptions.1',
      'Voor de bijeenkomst van maandag 30 maart 2026 om 14:00 is al een uitzondering. Geef er maar één.',
    ],
  ] as const)('%s', (_, input, field, message) => {
    expect(refusal(input as SeriesInput)).toEqual([{ field, message }]);
  });

  it('a value in the wrong form: the field in words before what is expected', () => {
    const problems = refusal({
      firstStart: '2026-02-30T14:00',
      durationMinutes: 90,
      timeZone: 'Europe/Atlantis',
      changes: [{ effectiveFrom: '2026-04-01', time: '25:00' }],
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['changes.0.time', 'firstStart', 'timeZone']);
    for (const { message } of problems) expect(message).not.toMatch(CODE_NAMES);
    expect(problems.find((p) => p.field === 'firstStart')?.message).toMatch(
      /^Eerste bijeenkomst: .*JJJJ-MM-DDTUU:MM/,
    );
    expect(problems.find((p) => p.field === 'changes.0.time')?.message).toMatch(
      /^Wijziging 1, tijd: .*UU:MM/,
    );
  });

  it('in English for an English reader, also without code names', () => {
    const problems = withLocale('en', () => [
      ...refusal({ ...BASE, until: '2026-02-01' }),
      ...refusal({ ...BASE, timeZone: 'Mars/Olympus' }),
    ]);
    expect(problems.map((p) => p.field)).toEqual(['until', 'timeZone']);
    for (const { message } of problems) expect(message).not.toMatch(ENGLISH_CODE_NAMES);
    expect(problems[0]?.message).toBe('The end date is before the first meeting. Choose a later end date.');
    expect(problems[1]?.message).toMatch(/^Time zone: /);
  });
});
