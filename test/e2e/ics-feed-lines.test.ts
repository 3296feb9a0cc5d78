import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { importInterchange } from '../../src/interchange/import.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { interchangeStore } from '../../src/store/interchange-repo.ts';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { databaseText } from '../support/database-text.ts';
import { importSpreadsheetRegion } from '../support/imported-region.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-05-01T10:00:00Z');
const guard = createGuard({ now: clock.now });
/** What a line break in a name could add to a calendar if it were written as it is. */
const SMUGGLED = 'X-SMOKKEL:ja';

/** Every content line of an ICS text, unfolded (RFC 5545 3.1: a line starting with a space continues the one before). */
const contentLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('the calendar feed keeps a name on its own line', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    await importSpreadsheetRegion(tdb.db, clock);
    app = await startTestApp(
      { TEAMS_SKIP_AUTH: 'true', PUBLIC_URL: 'https://schakel.example.nl' },
      tdb.db,
      clock,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  it('an overleg name holding a line break adds no line to the feed', async () => {
    // A name stored before imports refused line breaks (or written by hand in the database).
    await tdb.db.pool.query(`UPDATE overleggen SET name = $1`, [`Oost\r\n${SMUGGLED}\nEND:VCALENDAR`]);
    const { rows } = await tdb.db.pool.query<{ ics_token: string }>('SELECT ics_token FROM meeting_series');
    const res = await fetch(`${app.baseUrl}/ics/${rows[0]!.ics_token}.ics`);
    expect(res.status).toBe(200);
    const lines = contentLines(await res.text());
    expect(lines.filter((l) => l.startsWith('X-SMOKKEL'))).toEqual([]);
    expect(lines.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
    // The calendar is still named after the werkgroep, on one line.
    expect(lines).toContain('X-WR-CALNAME:Werkgroep Oost X-SMOKKEL:ja END:VCALENDAR');
  });

  it('a comma, semicolon or backslash in the name is escaped in the calendar name as in the summary (RFC 5545 TEXT)', async () => {
    await tdb.db.pool.query(`UPDATE overleggen SET name = $1`, ['GGZ, Werk; Inkomen \\ Oost']);
    const { rows } = await tdb.db.pool.query<{ ics_token: string }>('SELECT ics_token FROM meeting_series');
    const lines = contentLines(await (await fetch(`${app.baseUrl}/ics/${rows[0]!.ics_token}.ics`)).text());
    const escaped = 'Werkgroep GGZ\\, Werk\\; Inkomen \\\\ Oost';
    expect(lines).toContain(`X-WR-CALNAME:${escaped}`);
    expect(lines).toContain(`NAME:${escaped}`);
    expect(lines).toContain(`SUMMARY:${escaped}`);
  });

  it('schakel import refuses a name with a line break, naming where, and changes nothing', async () => {
    const before = await databaseText(tdb.db);
    const file = spreadsheetRegion();
    const werkgroep = file.werkgroepen![0]!;
    const member = file.members![1]!;
    const bad = {
      ...file,
      regions: [{ ...file.regions![0]!, id: 'fictief-west' }],
      members: file.members!.map((m) => ({ ...m, regionId: 'fictief-west', id: `w-${m.id}` })),
      werkgroepen: [
        {
          ...werkgroep,
          id: 'wg-west',
          regionId: 'fictief-west',
          name: `West\r\n${SMUGGLED}`,
          memberIds: werkgroep.memberIds!.map((id) => `w-${id}`),
        },
      ],
      checkins: [],
      checklist: [],
      voortgang: [],
    };
    bad.members[1] = { ...bad.members[1]!, name: `${member.name}\n${SMUGGLED}` };
    const result = await importInterchange(interchangeStore(tdb.db), JSON.stringify(bad), guard, clock);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain(
      'werkgroepen[0].name: mag geen regeleinde of ander onzichtbaar teken bevatten',
    );
    expect(problems).toContain('members[1].name: mag geen regeleinde of ander onzichtbaar teken bevatten');
    expect(await databaseText(tdb.db)).toBe(before);
  });
});
