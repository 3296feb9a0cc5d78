import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { type seedWerkgroep, TEAMS_CHANNEL } from '../support/rhythm-fixture.ts';
import type { startSlackStandIn } from '../support/slack-stand-in.ts';
import type { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// Monday 5 October 2026, 08:00 in Amsterdam (summer time, UTC+2).
const SECRET = 'geheim';
const clock = manualClock('2026-10-05T06:00:00Z');

describe('the T-1 reminder reaches the werkgroep on Slack and on Teams', () => {
  let h: WerkgroepHarness;
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  let w: Awaited<ReturnType<typeof seedWerkgroep>>;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    ({ tdb, slack, teams, app, w } = h);
    const core = app.running.core;
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    const ruben = await findMember(tdb.db.pool, w.rubenId);
    await core.rhythm.createSeries(pl, w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
      location: 'Gemeentehuis Doetinchem, zaal 2',
    });
    await core.rhythm.addAgendaItem(ruben, w.overlegId, 'Terugkoppeling leerbijeenkomst IPS');
    await core.rhythm.addActiepunt(pl, w.overlegId, {
      description: 'Werkafspraken AVG rondsturen',
      ownerId: w.rubenId,
      dueDate: '2026-10-20',
    });
    // Agreed for last Friday and still open: the reminder says it is late.
    await core.rhythm.addActiepunt(pl, w.overlegId, {
      description: 'Verslag vorige bijeenkomst delen',
      ownerId: w.projectleiderId,
      dueDate: '2026-10-02',
    });
  });
  afterAll(async () => h?.stop());

  it('sends nothing before the reminder is due', async () => {
    clock.set('2026-10-05T06:59:00Z');
    await app.running.tick();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(teams.sentTo(TEAMS_CHANNEL)).toHaveLength(0);
  });

  it('counts the reminders as waiting once due, and as overdue five minutes on, in /metrics', async () => {
    const waiting = async () => {
      const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
      const count = (state: string) =>
        Number(new RegExp(`schakel_deliveries_waiting\\{state="${state}"\\} (\\d+)`).exec(text)?.[1]);
      return { due: count('due'), overdue: count('overdue') };
    };
    expect(await waiting()).toEqual({ due: 0, overdue: 0 });
    clock.set('2026-10-05T07:00:30Z'); // due, one per channel (Slack and Teams), nothing ticked yet
    expect(await waiting()).toEqual({ due: 2, overdue: 0 });
    clock.set('2026-10-05T07:06:00Z');
    expect(await waiting()).toEqual({ due: 2, overdue: 2 });
  });

  it('posts date, time, place, agenda and open actiepunten with the owner mentioned, at 09:00 the day before', async () => {
    clock.set('2026-10-05T07:00:30Z'); // 09:00:30 in Amsterdam
    await app.running.tick();

    const [post] = slack.callsTo('chat.postMessage');
    expect(post?.body.channel).toBe('C0OOST');
    const slackText = JSON.stringify(post?.body.blocks);
    expect(slackText).toContain('Morgen: Werkgroep Oost');
    expect(slackText).toContain('dinsdag 6 oktober 2026, 14:00–15:30');
    expect(slackText).toContain('Gemeentehuis Doetinchem, zaal 2');
    expect(slackText).toContain('Terugkoppeling leerbijeenkomst IPS');
    expect(slackText).toContain(
      '#1 Werkafspraken AVG rondsturen (uiterlijk dinsdag 20 oktober 2026) — <@U0RUBEN>',
    );
    expect(slackText).toContain(
      '#2 Verslag vorige bijeenkomst delen (uiterlijk vrijdag 2 oktober 2026 — te laat)',
    );
    // Finishing it is one tap under the list.
    expect(slackText).toContain('"action_id":"actiepunt_klaar"');
    expect(slackText).toContain('"text":"Klaar #1"');

    const [activity] = teams.sentTo(TEAMS_CHANNEL);
    expect(activity).toBeDefined();
    const card = (activity!.body.attachments as Array<{ content: Record<string, unknown> }>)[0]?.content;
    const teamsText = JSON.stringify(card);
    expect(teamsText).toContain('Morgen: Werkgroep Oost');
    expect(teamsText).toContain('dinsdag 6 oktober 2026, 14:00–15:30');
    expect(teamsText).toContain('Terugkoppeling leerbijeenkomst IPS');
    expect(teamsText).toContain('<at>Ruben Hofstede</at>');
    expect(teamsText).toContain('"title":"Klaar #1","verb":"actiepunt_klaar"');
    expect(card?.msteams).toEqual({
      entities: [
        {
          type: 'mention',
          text: '<at>Ruben Hofstede</at>',
          mentioned: { id: '29:ruben', name: 'Ruben Hofstede' },
        },
      ],
    });
  });

  it('does not send it again on the next tick, nor after the next minute', async () => {
    await app.running.tick();
    clock.set('2026-10-05T07:01:30Z');
    await app.running.tick();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(teams.sentTo(TEAMS_CHANNEL)).toHaveLength(1);
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/schakel_deliveries_total\{kind="reminder",outcome="sent"\} 2/);
  });

  it('invites the check-in after the meeting ends, within working hours', async () => {
    clock.set('2026-10-06T13:31:00Z'); // 15:31, the meeting ended at 15:30
    await app.running.tick();
    const invite = slack.callsTo('chat.postMessage').at(-1);
    expect(JSON.stringify(invite?.body.blocks)).toContain('Check-in: Werkgroep Oost');
  });

  it('a cancelled meeting sends one short notice instead of the reminder', async () => {
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await app.running.core.rhythm.cancelOccurrence(pl, w.overlegId, '2026-11-03T14:00');
    const before = slack.callsTo('chat.postMessage').length;
    clock.set('2026-11-02T08:00:30Z'); // Monday 09:00:30, winter time (UTC+1)
    await app.running.tick();
    await app.running.tick();
    const sent = slack.callsTo('chat.postMessage').slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]?.body.blocks)).toContain(
      'op dinsdag 3 november 2026, 14:00–15:30 gaat niet door',
    );
  });

  it('a moved meeting is reminded on its new date, never the old', async () => {
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await app.running.core.rhythm.moveOccurrence(pl, w.overlegId, '2026-12-01T14:00', '2026-12-03T10:00');
    const before = slack.callsTo('chat.postMessage').length;
    clock.set('2026-11-30T08:00:30Z'); // the old reminder moment
    await app.running.tick();
    expect(
      slack
        .callsTo('chat.postMessage')
        .slice(before)
        .filter((c) => JSON.stringify(c.body).includes('Morgen')),
    ).toHaveLength(0);
    clock.set('2026-12-02T08:00:30Z'); // Wednesday 09:00:30, the day before the new date
    await app.running.tick();
    const sent = slack.callsTo('chat.postMessage').slice(before);
    expect(sent.map((c) => JSON.stringify(c.body.blocks)).join()).toContain(
      'donderdag 3 december 2026, 10:00–11:30',
    );
  });
});
