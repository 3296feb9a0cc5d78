import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { databaseText } from '../support/database-text.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import type { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-ritme';
const clock = manualClock('2026-03-16T09:00:00Z');

describe('the werkgroep rhythm in the chat', () => {
  let h: WerkgroepHarness;
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      clock,
      env: { PUBLIC_URL: 'https://schakel.example.nl' },
    });
    ({ tdb, slack, teams, app } = h);
  });
  afterAll(async () => h?.stop());

  async function slash(userId: string, text: string): Promise<string> {
    const body = slashCommandBody({
      text,
      userId,
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  }

  it('a member may not create the series; nothing is stored', async () => {
    const answer = await slash('U0RUBEN', 'nieuwe-reeks 2026-03-30 14:00');
    expect(answer).toContain('Alleen de projectleider van deze regio mag dit doen.');
    const { rowCount } = await tdb.db.pool.query('SELECT 1 FROM meeting_series');
    expect(rowCount).toBe(0);
  });

  it('the projectleider creates it, and a wrong date gets a Dutch explanation', async () => {
    expect(await slash('U0HANNEKE', 'nieuwe-reeks 31-02-2026 14:00')).toContain(
      'Gebruik: /schakel nieuwe-reeks &lt;datum&gt; &lt;UU:MM&gt;',
    );
    // The answer says how a date may be written, in the ways people write them.
    expect(await slash('U0HANNEKE', 'nieuwe-reeks ooit 14:00')).toContain('volgende week dinsdag');
    expect(await slash('U0HANNEKE', 'nieuwe-reeks 2026-03-30 14:00 elke 4 weken')).toContain(
      'De reeks staat',
    );
    const audit = await tdb.db.pool.query(`SELECT action FROM audit_log`);
    expect(audit.rows).toEqual([{ action: 'reeks_aangemaakt' }]);
  });

  it('shows the next meetings with a warning and a proposal for Koningsdag', async () => {
    const answer = await slash('U0RUBEN', 'volgende');
    expect(answer).toContain('maandag 30 maart 2026, 14:00–15:30');
    expect(answer).toContain('maandag 27 april 2026, 14:00–15:30');
    expect(answer).toMatch(/valt op Koningsdag \(feestdag\).*dinsdag 28 april 2026/);
  });

  it('the same in Teams, typed to the bot', async () => {
    const activity = messageActivity({
      text: 'volgende',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, activity);
    const sent = await teams.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`),
    );
    expect(JSON.stringify(sent.body)).toContain('maandag 27 april 2026, 14:00–15:30');
  });

  it('a member adds an agendapunt for the next meeting', async () => {
    expect(await slash('U0RUBEN', 'agendapunt Wachtlijst IPS bespreken')).toContain(
      'Genoteerd voor de bijeenkomst van maandag 30 maart 2026',
    );
    expect(await slash('U0HANNEKE', 'agenda')).toContain('Wachtlijst IPS bespreken');
  });

  it('refuses an agendapunt that looks like client data, stores and logs none of it', async () => {
    const answer = await slash('U0RUBEN', 'agendapunt Bespreken: dhr. Jansen, BSN 111222333, is opgenomen');
    expect(answer).toContain('Niet opgeslagen');
    expect(answer).not.toContain('111222333');
    const { rows } = await tdb.db.pool.query(`SELECT text FROM agenda_items`);
    expect(rows.map((r) => r.text)).toEqual(['Wachtlijst IPS bespreken']);
    expect(app.logs.text).not.toContain('111222333');
    expect(app.logs.text).not.toContain('Jansen');
    const everything = await databaseText(tdb.db);
    expect(everything).not.toContain('111222333');
    expect(everything).not.toContain('Jansen');
    expect(await (await fetch(`${app.baseUrl}/metrics`)).text()).not.toContain('111222333');
  });

  it('text that is no command but holds client data gets the privacy explanation, on both platforms', async () => {
    const typed = 'Petra van Dijk heeft een zware depressie, bel haar op 06-41278853';
    const answer = await slash('U0RUBEN', typed);
    expect(answer).toContain('Niet opgeslagen');
    expect(answer).not.toContain('41278853');
    const activity = messageActivity({
      text: typed,
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, activity);
    const sent = await teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`) &&
        JSON.stringify(c.body).includes('Niet opgeslagen'),
    );
    expect(JSON.stringify(sent.body)).not.toContain('41278853');
    // An unknown word without client data gets the usual hint alone.
    const unknown = await slash('U0RUBEN', 'vliegen');
    expect(unknown).toContain('ken ik niet');
    expect(unknown).not.toContain('Niet opgeslagen');
    expect(app.logs.text).not.toContain('41278853');
    expect(app.logs.text).not.toContain('Petra van Dijk');
    const everything = await databaseText(tdb.db);
    expect(everything).not.toContain('41278853');
    expect(everything).not.toContain('Petra van Dijk');
  });

  it('a text holding an invisible control character (a pasted NUL) gets a clear answer; nothing stored, no fault', async () => {
    const stored = async () =>
      (await tdb.db.pool.query('SELECT text FROM agenda_items UNION ALL SELECT description FROM actiepunten'))
        .rows;
    const before = await stored();
    for (const typed of ['agendapunt Over de\u0000 planning', 'actiepunt Bel\u0000 de gemeente']) {
      const answer = await slash('U0RUBEN', typed);
      expect(answer, typed).toContain('onzichtbaar teken');
      expect(answer, typed).not.toContain('Er ging iets mis');
    }
    expect(await stored()).toEqual(before);
    expect(app.logs.lines.filter((l) => l.includes('"level":50'))).toEqual([]);
    expect(await (await fetch(`${app.baseUrl}/metrics`)).text()).not.toMatch(
      /^schakel_handler_errors_total\{[^}]*\} [1-9]/m,
    );
  });

  it('typed text that Slack would read as markup (<!channel>, a link) stays text when it is shown again', async () => {
    // Typed literally: Slack escapes the signs, Schakel keeps them as typed and escapes them again.
    await slash('U0HANNEKE', 'agendapunt &lt;!channel&gt; &amp; &lt;https://elders.example|klik&gt;');
    // A real @channel and a link: Slack sends its markup, Schakel keeps what the writer saw.
    await slash('U0HANNEKE', 'agendapunt <!channel> & <https://elders.example|klik>');
    const body = JSON.parse(await slash('U0HANNEKE', 'agenda')) as { text: string; blocks: unknown[] };
    expect(JSON.stringify(body.blocks)).toContain(
      '&lt;!channel&gt; &amp; &lt;https://elders.example|klik&gt;',
    );
    expect(JSON.stringify(body.blocks)).toContain('@channel &amp; https://elders.example');
    for (const text of [body.text, JSON.stringify(body.blocks)]) expect(text).not.toContain('<!channel>');
  });

  it('moves and cancels single meetings without moving the series', async () => {
    expect(await slash('U0HANNEKE', 'verplaats 2026-04-27 naar 2026-04-28')).toContain(
      'is verplaatst naar dinsdag 28 april 2026 om 14:00',
    );
    expect(await slash('U0HANNEKE', 'annuleer 2026-05-25')).toContain('gaat niet door');
    // Cancelled twice (a second try, an old card): said so, and the logboek has it once.
    expect(await slash('U0HANNEKE', 'annuleer 25 mei 2026')).toContain(
      'De bijeenkomst van Werkgroep Oost op maandag 25 mei 2026 was al afgezegd; er verandert niets en de werkgroep krijgt geen tweede bericht.',
    );
    const answer = await slash('U0RUBEN', 'volgende');
    expect(answer).toContain('dinsdag 28 april 2026, 14:00–15:30 (verplaatst)');
    expect(answer).not.toContain('25 mei');
    expect(answer).toContain('maandag 22 juni 2026, 14:00–15:30');
    expect(await slash('U0RUBEN', 'annuleer 2026-06-22')).toContain('Alleen de projectleider');
  });

  it('the logboek names the meeting moved, and from and to which date', async () => {
    const log = await slash('U0HANNEKE', 'logboek');
    expect(log).toContain(
      'bijeenkomst van Werkgroep Oost verplaatst van maandag 27 april 2026 14:00 naar dinsdag 28 april 2026 14:00',
    );
    expect(log.split('van maandag 25 mei 2026 14:00 geannuleerd')).toHaveLength(2);
  });

  it('a meeting moved back to its own date is no longer shown as moved', async () => {
    expect(await slash('U0HANNEKE', 'verplaats 2026-06-22 naar 2026-06-23')).toContain('is verplaatst');
    expect(await slash('U0RUBEN', 'volgende')).toContain('dinsdag 23 juni 2026, 14:00–15:30 (verplaatst)');
    expect(await slash('U0HANNEKE', 'verplaats 2026-06-23 naar 2026-06-22')).toContain('22 juni 2026');
    const answer = await slash('U0RUBEN', 'volgende');
    expect(answer).toContain('maandag 22 juni 2026, 14:00–15:30');
    expect(answer).not.toContain('maandag 22 juni 2026, 14:00–15:30 (verplaatst)');
  });

  it('a meeting cancelled by mistake: the answer says how to put it back, and that puts it back', async () => {
    const cancelled = await slash('U0HANNEKE', 'annuleer 20 juli 2026');
    expect(cancelled).toContain(
      'De bijeenkomst van Werkgroep Oost op maandag 20 juli 2026 gaat niet door. De werkgroep krijgt één kort bericht in plaats van de herinneringen. Gaat ze toch door? Typ /schakel herstel 2026-07-20 of kies de knop.',
    );
    expect(await slash('U0RUBEN', 'volgende')).not.toContain('20 juli');
    expect(await slash('U0HANNEKE', 'herstel 2026-07-20')).toContain(
      'De bijeenkomst van maandag 20 juli 2026 om 14:00 gaat toch door.',
    );
    const answer = await slash('U0RUBEN', 'volgende');
    expect(answer).toContain('maandag 20 juli 2026, 14:00–15:30');
    expect(answer).not.toContain('maandag 20 juli 2026, 14:00–15:30 (verplaatst)');
  });

  it('actiepunten: add one, see it listed, mark it done', async () => {
    expect(
      await slash('U0RUBEN', 'actiepunt Contact leggen met werkgeversservicepunt tot 2026-04-10'),
    ).toContain('Actiepunt genoteerd');
    expect(await slash('U0RUBEN', 'actiepunten')).toContain(
      '#1 Contact leggen met werkgeversservicepunt — Ruben Hofstede',
    );
    expect(await slash('U0RUBEN', 'klaar 1')).toContain(
      'Afgerond: #1 Contact leggen met werkgeversservicepunt',
    );
    expect(await slash('U0RUBEN', 'actiepunten')).toContain('Er staan geen open actiepunten.');
  });

  it('the projectleider sets when reminders go; a time inside the quiet hours is refused', async () => {
    expect(await slash('U0HANNEKE', 'herinneringen uur 10')).toContain('1 dag vooraf om 10:00');
    expect(await slash('U0HANNEKE', 'herinneringen uur 20')).toContain(
      'valt binnen de stille uren (18:00–08:00)',
    );
    expect(await slash('U0HANNEKE', 'herinneringen')).toContain('om 10:00');
    const { rows } = await tdb.db.pool.query(
      `SELECT due_at FROM deliveries WHERE kind = 'reminder' AND occurrence = '2026-03-30T14:00'`,
    );
    // The day before Monday 30 March is a Sunday: Friday 27 March at 10:00, still winter time (UTC+1).
    expect(rows[0].due_at.toISOString()).toBe('2026-03-27T09:00:00.000Z');
  });

  it('gives a calendar link whose feed repeats every four weeks with the exceptions', async () => {
    const answer = await slash('U0RUBEN', 'reeks');
    const link = answer.match(/https:\/\/schakel\.example\.nl(\/ics\/[A-Za-z0-9_-]+\.ics)/)?.[1];
    expect(link).toBeDefined();
    const res = await fetch(`${app.baseUrl}${link}`);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=4');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/EXDATE;TZID=Europe\/Amsterdam:20260525T140000/);
    expect(ics).toMatch(/RECURRENCE-ID;TZID=Europe\/Amsterdam:20260427T140000/);
    // Named after the overleg and its kind; UIDs carry the public host (RFC 5545 asks for a domain).
    expect(ics).toMatch(/\r\nSUMMARY:Werkgroep [^\r]+\r\n/);
    expect(ics).not.toMatch(/SUMMARY:Werkgroep Werkgroep/i);
    const uids = ics.split('\r\n').filter((l) => l.startsWith('UID:'));
    expect(uids.length).toBeGreaterThan(0);
    for (const uid of uids) expect(uid).toMatch(/@schakel\.example\.nl$/);
    expect((await fetch(`${app.baseUrl}/ics/verkeerd-token-dat-niet-bestaat.ics`)).status).toBe(404);
  });
});
