import { spawnSync } from 'node:child_process';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { seriesCalendarText } from '../../src/schedule/ics.ts';
import { defineSeries } from '../../src/schedule/series.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';

/**
 * The online link of a werkgroep in its calendar feed, as two independent readers take it:
 * ical.js (Thunderbird's parser, which follows RFC 5545 for a URI value: no escapes) and
 * Python's icalendar (Debian's python3-icalendar). A link with "," or ";" must reach both as a
 * working link, never with backslashes in it.
 */

const LINK = 'https://vergaderen.example.org/j/8127?pwd=Ab,9;lang=nl';
const AS_URI = 'https://vergaderen.example.org/j/8127?pwd=Ab%2C9%3Blang=nl';
const feed = seriesCalendarText(
  defineSeries({ firstStart: '2026-10-06T14:00', everyWeeks: 4, durationMinutes: 90, onlineUrl: LINK }),
  {
    seriesId: 'link-1',
    title: 'Werkgroep Achterhoek',
    generatedAt: DateTime.fromISO('2026-10-01T10:00:00Z'),
  },
);

const PYTHON_READS = [
  'import icalendar, json, sys',
  'event = next(iter(icalendar.Calendar.from_ical(sys.stdin.read()).walk("VEVENT")))',
  'print(json.dumps({"url": str(event["URL"]), "description": str(event["DESCRIPTION"])}))',
].join('\n');

describe('the online link in the ICS feed', () => {
  it('ical.js reads the URL as a link without backslashes, and the description with the link as typed', () => {
    const event = new ICAL.Component(ICAL.parse(feed)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('url')).toBe(AS_URI);
    expect(event?.getFirstPropertyValue('description')).toContain(`Online deelnemen: ${LINK}`);
  });

  it("Python's icalendar reads the same link and description", async (ctx) => {
    const importable =
      hasTool('python3') &&
      spawnSync('/usr/bin/python3', ['-c', 'import icalendar'], { stdio: 'ignore' }).status === 0;
    ctx.skip(!importable, missing('python3'));
    const r = await runTool('python3', ['-c', PYTHON_READS], feed);
    expect(r.stderr).toBe('');
    const read = JSON.parse(r.stdout) as { url: string; description: string };
    // icalendar 4 (Debian 12) turns %2C and %3B back into "," and ";": the same link.
    expect(read.url).not.toContain('\\');
    expect(read.url.replaceAll('%2C', ',').replaceAll('%3B', ';')).toBe(LINK);
    expect(read.description).toContain(`Online deelnemen: ${LINK}`);
  });
});
