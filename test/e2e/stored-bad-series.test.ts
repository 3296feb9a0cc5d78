import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { slashIn, slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'oude-reeks-geheim';
const clock = manualClock('2026-03-16T09:00:00Z');
const STORED_NL =
  'De opgeslagen reeks van deze werkgroep klopt niet, dus Schakel kan de bijeenkomsten niet berekenen. De einddatum ligt vóór de eerste bijeenkomst. Kies een latere einddatum. Een oudere import heeft de reeks zo bewaard: vraag de beheerder van Schakel een verbeterd bestand te importeren (schakel import).';
const STORED_EN =
  'The stored series of this werkgroep is not right, so Schakel cannot work out its meetings. The end date is before the first meeting. Choose a later end date.';
const NOT_PLANNED_NL =
  'Herinneringen plant Schakel voor deze werkgroep nog niet: de opgeslagen reeks klopt niet. De einddatum ligt vóór de eerste bijeenkomst.';

/**
 * Werkgroep Oost's series as an older import stored it: it ends before its first meeting, which
 * the forms and the chat refuse. Whoever reads it hears that the stored series is wrong, why, and
 * who can mend it (not the words for a wrong input of their own); a change that re-plans the
 * werkgroep stands and says that no reminders are planned; nothing crashes or earns a 500.
 */
describe('a stored series the rules refuse, read and re-planned from the chat and the calendar link', () => {
  let h: WerkgroepHarness;
  const slash = (userId: string, text: string) => slashInOost(h, SECRET, userId, text);

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock,
      platforms: ['slack'],
      env: { PUBLIC_URL: 'https://schakel.example.nl' },
    });
    // Every four weeks from Monday 30 March 2026, 14:00, "until" a day before it began.
    const definition = { firstStart: '2026-03-30T14:00', durationMinutes: 90, until: '2026-03-01' };
    await h.tdb.db.pool.query(
      `INSERT INTO meeting_series (overleg_id, definition, ics_token) VALUES ($1, $2, 'oude-import-agendalink-0001')`,
      [h.w.overlegId, definition],
    );
  });
  afterAll(async () => h?.stop());

  it('volgende, agenda, agendapunt and herinneringen say the stored series is wrong and why, in Dutch', async () => {
    for (const text of ['volgende', 'agenda', 'agendapunt Werkgevers uitnodigen']) {
      const answer = await slash('U0RUBEN', text);
      expect(answer, text).toContain(STORED_NL);
    }
    expect(await slash('U0HANNEKE', 'herinneringen uur 9')).toContain(STORED_NL);
    expect(await h.tdb.db.pool.query('SELECT 1 FROM agenda_items')).toMatchObject({ rowCount: 0 });
    const settings = await h.tdb.db.pool.query(
      `SELECT 1 FROM audit_log WHERE action = 'herinneringen_gewijzigd'`,
    );
    expect(settings.rowCount).toBe(0);
  });

  it('and in English for an English reader', async () => {
    expect(await slash('U0RUBEN', 'taal en')).toContain('in English');
    expect(await slash('U0RUBEN', 'volgende')).toContain(STORED_EN);
    expect(await slash('U0RUBEN', 'agenda')).toContain(STORED_EN);
    await slash('U0RUBEN', 'taal nl');
  });

  it('the calendar link answers 409 with the reason, as JSON for a calendar app and as a page in a browser', async () => {
    const url = `${h.app.baseUrl}/ics/oude-import-agendalink-0001.ics`;
    const app = await fetch(url);
    expect(app.status).toBe(409);
    expect(await app.json()).toEqual({ error: STORED_NL });
    const browser = await fetch(url, { headers: { accept: 'text/html' } });
    expect(browser.status).toBe(409);
    const page = await browser.text();
    expect(page).toContain('Deze agenda kan Schakel nu niet maken');
    expect(page).toContain('De opgeslagen reeks van deze werkgroep klopt niet');
  });

  it('koppel links the channel and says no reminders are planned; a vacation is saved and says the same', async () => {
    expect(await slash('U0HANNEKE', 'ontkoppel')).toContain('losgekoppeld');
    const linked = await slashIn(h, SECRET, 'U0HANNEKE', 'koppel Werkgroep Oost', 'C0OOST2');
    expect(linked).toContain('Dit kanaal is gekoppeld aan Werkgroep Oost.');
    expect(linked).toContain(NOT_PLANNED_NL);
    const channels = await h.tdb.db.pool.query(`SELECT 1 FROM overleg_channels WHERE channel_id = 'C0OOST2'`);
    expect(channels.rowCount).toBe(1);

    const vacation = await slashIn(
      h,
      SECRET,
      'U0HANNEKE',
      'vakantie Meivakantie 2026-04-25 t/m 2026-05-03',
      'C0OOST2',
    );
    expect(vacation).toContain('Meivakantie');
    expect(vacation).toContain(NOT_PLANNED_NL);
    expect(await h.tdb.db.pool.query(`SELECT 1 FROM holiday_periods`)).toMatchObject({ rowCount: 1 });
    const pending = await h.tdb.db.pool.query(`SELECT 1 FROM deliveries WHERE status = 'pending'`);
    expect(pending.rowCount).toBe(0);

    // One warning line per re-plan, counted, and never an error.
    const lines = h.app.logs.lines.map((l) => JSON.parse(l) as { msg: string; level: number });
    expect(lines.filter((l) => l.msg.startsWith('reeks niet gepland'))).toHaveLength(2);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    const metrics = await (await fetch(`${h.app.baseUrl}/metrics`)).text();
    expect(metrics).toContain('schakel_series_not_planned_total{when="change"} 2');
  });
});
