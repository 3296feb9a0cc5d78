import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { schedulePreviewCommand } from '../../src/cli/commands/schedule-preview.ts';

async function run(args: string[], english = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (c: Buffer) => {
    chunks.out += c.toString();
  });
  stderr.on('data', (c: Buffer) => {
    chunks.err += c.toString();
  });
  const code = await schedulePreviewCommand.run(args, {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: {},
    english,
  });
  return { code, out: chunks.out, err: chunks.err };
}

interface Line {
  index: number;
  start: string;
  end: string;
  holiday: string | null;
}

describe('schakel schedule preview (Europe/Amsterdam)', () => {
  it('prints twenty four-weekly Mondays from 12 January 2026 with their offsets and holidays', async () => {
    const result = await run(['--start', '2026-01-12T14:00', '--every', '4w', '--count', '20']);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const lines = result.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(lines).toHaveLength(20);
    // Computed by hand: 12 Jan + n × 28 days; summer time 29 Mar-25 Oct 2026 and from 28 Mar 2027.
    expect(lines.map((l) => l.start)).toEqual([
      '2026-01-12T14:00:00+01:00',
      '2026-02-09T14:00:00+01:00',
      '2026-03-09T14:00:00+01:00',
      '2026-04-06T14:00:00+02:00',
      '2026-05-04T14:00:00+02:00',
      '2026-06-01T14:00:00+02:00',
      '2026-06-29T14:00:00+02:00',
      '2026-07-27T14:00:00+02:00',
      '2026-08-24T14:00:00+02:00',
      '2026-09-21T14:00:00+02:00',
      '2026-10-19T14:00:00+02:00',
      '2026-11-16T14:00:00+01:00',
      '2026-12-14T14:00:00+01:00',
      '2027-01-11T14:00:00+01:00',
      '2027-02-08T14:00:00+01:00',
      '2027-03-08T14:00:00+01:00',
      '2027-04-05T14:00:00+02:00',
      '2027-05-03T14:00:00+02:00',
      '2027-05-31T14:00:00+02:00',
      '2027-06-28T14:00:00+02:00',
    ]);
    expect(lines[3]).toEqual({
      index: 3,
      start: '2026-04-06T14:00:00+02:00',
      end: '2026-04-06T15:30:00+02:00',
      holiday: 'Tweede Paasdag', // Pasen 2026 is 5 April
    });
    // Tweede Paasdag 2027 is 29 March, not the 5 April meeting: only one holiday in the list.
    expect(lines.filter((l) => l.holiday !== null).map((l) => l.index)).toEqual([3]);
    expect(lines[11]!.end).toBe('2026-11-16T15:30:00+01:00');
  });

  it('takes --tz, --duration and the --flag=value form', async () => {
    const result = await run([
      '--start=2026-03-02T09:00',
      '--every=1w',
      '--count=2',
      '--tz=America/New_York',
      '--duration=45',
    ]);
    expect(result.code).toBe(0);
    const lines = result.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      ['2026-03-02T09:00:00-05:00', '2026-03-02T09:45:00-05:00'],
      ['2026-03-09T09:00:00-04:00', '2026-03-09T09:45:00-04:00'],
    ]);
  });

  it.each([
    [['--every', '4w'], '--start is verplicht'],
    [['--start', '12-01-2026 14:00'], '--start verwacht'],
    [['--start', '2026-01-12T14:00', '--every', '4'], '--every verwacht een aantal weken'],
    [['--start', '2026-01-12T14:00', '--every', '0w'], '--every verwacht minstens 1w'],
    [['--start', '2026-01-12T14:00', '--count', 'twintig'], '--count verwacht het aantal bijeenkomsten'],
    [
      ['--start', '2026-01-12T14:00', '--count', '0'],
      '--count verwacht het aantal bijeenkomsten: minstens 1',
    ],
    [['--start', '2026-01-12T14:00', '--tz', 'Europe/Doetinchem'], '--tz verwacht een IANA-tijdzone'],
    [['--start', '2026-01-12T14:00', '--duration', '2u'], '--duration verwacht de duur in minuten'],
    [['--start', '2026-01-12T14:00', '--weeks', '4'], 'Onbekende optie'],
    [['--start'], '--start verwacht een waarde'],
    [['--start', '2026-01-12T14:00', '--start', '2026-01-13T14:00'], '--start is meer dan eens opgegeven'],
    [
      ['--start', '2026-03-29T02:30'],
      '--start: 2026-03-29T02:30 bestaat niet in Europe/Amsterdam (de klok gaat dan een uur vooruit)',
    ],
  ])('refuses %j in Dutch on stderr with exit code 2', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(message);
    expect(result.err).toContain('Gebruik: schakel schedule preview');
  });

  it.each([
    [
      ['--every', '4w'],
      '--start is required: the first meeting as YYYY-MM-DDTHH:MM, for example 2026-01-12T14:00',
    ],
    [['--start', '12-01-2026 14:00'], '--start expects an existing local date and time as YYYY-MM-DDTHH:MM'],
    [
      ['--start', '2026-01-12T14:00', '--every', '4'],
      '--every expects a number of weeks as <n>w, for example 4w',
    ],
    [['--start', '2026-01-12T14:00', '--every', '0w'], '--every expects at least 1w'],
    [['--start', '2026-01-12T14:00', '--count', '0'], '--count expects the number of meetings: at least 1'],
    [
      ['--start', '2026-01-12T14:00', '--duration', '2u'],
      '--duration expects the length in minutes: a whole number',
    ],
    [['--start', '2026-01-12T14:00', '--tz', 'Europe/Doetinchem'], '--tz expects an IANA time zone'],
    [['--start', '2026-03-29T02:30'], '--start: 2026-03-29T02:30 does not exist in Europe/Amsterdam'],
  ])('under --en refuses %j in English', async (args, message) => {
    const result = await run(args, true);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/verwacht|verplicht|bestaat niet|minstens|bijvoorbeeld/);
  });

  it('is named "schedule preview"', () => {
    expect(schedulePreviewCommand.name).toBe('schedule preview');
  });
});
