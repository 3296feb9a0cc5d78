import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { importSpreadsheetRegion } from '../support/imported-region.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-05-01T10:00:00Z');

/**
 * A calendar app polls the feed every few minutes. While the werkgroep's meetings do not change
 * it gets the same bytes, and its If-None-Match with the feed's ETag gets a 304 and nothing more; a
 * change (of the series, or of the werkgroep's name) gives a new feed and a new tag, still valid
 * iCalendar. No Last-Modified: a rename changes the feed without a date that says so.
 */
describe('the calendar feed answers a polling calendar with a 304 while nothing changed', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  let feedUrl: string;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    await importSpreadsheetRegion(tdb.db, clock);
    await tdb.db.pool.query(`UPDATE meeting_series SET updated_at = '2026-04-20T08:30:15.250Z'`);
    app = await startTestApp({ TEAMS_SKIP_AUTH: 'true' }, tdb.db, clock);
    const { rows } = await tdb.db.pool.query<{ ics_token: string }>('SELECT ics_token FROM meeting_series');
    feedUrl = `${app.baseUrl}/ics/${rows[0]!.ics_token}.ics`;
  });
  afterAll(async () => {
    await app?.stop();
    await tdb?.drop();
  });

  const stamps = (ics: string) => [...ics.matchAll(/^DTSTAMP:(.*)\r$/gm)].map((m) => m[1]);

  it('the same bytes an hour later, stamped with the last change, with an ETag', async () => {
    const first = await fetch(feedUrl);
    const text = await first.text();
    clock.set('2026-05-01T11:00:00Z');
    const later = await fetch(feedUrl);
    expect(later.status).toBe(200);
    expect(await later.text()).toBe(text);
    expect(later.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(later.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(later.headers.get('last-modified')).toBeNull();
    expect(new Set(stamps(text))).toEqual(new Set(['20260420T083015Z']));
    // Still a calendar an independent reader takes: its events keep their DTSTAMP.
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events)
      expect(e.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-04-20T08:30:15Z');
  });

  it('If-None-Match with its ETag: a 304 without the feed; a date alone gets the whole feed', async () => {
    const first = await fetch(feedUrl);
    const etag = first.headers.get('etag')!;
    const tagged = await fetch(feedUrl, { headers: { 'if-none-match': `"other", ${etag}` } });
    expect(tagged.status).toBe(304);
    expect(await tagged.text()).toBe('');
    expect(tagged.headers.get('etag')).toBe(etag);
    const dated = await fetch(feedUrl, { headers: { 'if-modified-since': 'Fri, 01 May 2026 12:00:00 GMT' } });
    expect(dated.status).toBe(200);
    expect(await dated.text()).toContain('BEGIN:VCALENDAR');
    // A tag it no longer has: the whole feed.
    const stale = await fetch(feedUrl, { headers: { 'if-none-match': '"other"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toContain('BEGIN:VCALENDAR');
  });

  it('after the series changes: a new ETag and a feed stamped with that change, not a 304', async () => {
    const before = await fetch(feedUrl);
    const etag = before.headers.get('etag')!;
    // What saveSeries does on every change (a meeting moved, a series changed).
    await tdb.db.pool.query(
      `UPDATE meeting_series SET version = version + 1, updated_at = '2026-05-01T11:05:00Z',
         definition = jsonb_set(definition, '{location}', '"Zaal 3"')`,
    );
    const after = await fetch(feedUrl, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const text = await after.text();
    expect(text).toContain('LOCATION:Zaal 3');
    expect(new Set(stamps(text))).toEqual(new Set(['20260501T110500Z']));
    expect(new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  });

  it('after the werkgroep is renamed: a new ETag and the new name, not a 304', async () => {
    const before = await fetch(feedUrl);
    const etag = before.headers.get('etag')!;
    await tdb.db.pool.query(
      `UPDATE overleggen SET name = 'Werkgroep Hoofdzaak Werk Noord' WHERE id = (SELECT overleg_id FROM meeting_series)`,
    );
    const after = await fetch(feedUrl, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('Werkgroep Hoofdzaak Werk Noord');
  });
});
