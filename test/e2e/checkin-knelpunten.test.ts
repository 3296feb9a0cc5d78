import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { createSeriesFor, roundIds } from '../support/checkin-fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { blockActionsBody, postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'knelpunt-signing-secret';
const clock = manualClock('2026-10-05T06:00:00Z');
const KNELPUNT = 'Overlegtijd is voor de GGZ niet declarabel';

/** A knelpunt's life across three meetings of one werkgroep: raised, in behandeling, opgelost. */
describe('a knelpunt lives across rounds, and its history is kept', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let app: TestApp;
  let events: string;

  const openForm = async (userId: string, roundId: string) => {
    const before = slack.callsTo('views.open').length;
    await postInteraction(
      events,
      SECRET,
      blockActionsBody(
        { teamId: STAND_IN_TEAM, userId },
        { actionId: 'checkin_open', value: roundId, channelId: 'C0OOST', responseUrl: slack.responseUrl },
      ),
    );
    await new Promise((r) => setTimeout(r, 150));
    return slack.callsTo('views.open').slice(before)[0]?.body.view as types.ModalView;
  };
  const submit = (userId: string, view: types.ModalView, filled: Record<string, string>) =>
    postInteraction(events, SECRET, viewSubmissionBody({ teamId: STAND_IN_TEAM, userId }, view, filled));
  /** The meeting ends at 15:30 local time: the tick a minute later opens its round. */
  const meetingEnds = async (utc: string) => {
    clock.set(utc);
    await app.running.tick();
    return (await roundIds(tdb.db)).at(-1)!;
  };
  const knelpunt = async () => (await tdb.db.pool.query('SELECT id, status, oplossing FROM knelpunten')).rows;
  const history = async () =>
    (
      await tdb.db.pool.query(
        `SELECT h.update_kind, h.status, h.oplossing, r.occurrence FROM knelpunt_history h
           JOIN checkin_rounds r ON r.id = h.round_id ORDER BY h.id`,
      )
    ).rows;
  const openField = (view: types.ModalView) =>
    view.blocks.map((b) => b.block_id ?? '').find((id) => /^open_.+_update$/.test(id));

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    const w = await seedWerkgroep(tdb.db, { slackTeam: STAND_IN_TEAM, slackChannel: 'C0OOST' });
    await addMember(tdb.db, {
      name: 'Sanne Kuipers',
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0SANNE' }],
      overleg: 'Werkgroep Oost',
    });
    app = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      tdb.db,
      clock,
    );
    events = `${app.baseUrl}/slack/events`;
    await createSeriesFor(app, tdb.db, w.overlegId, w.projectleiderId);
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await tdb?.drop();
  });

  it('round 1 (6 October): Ruben raises it', async () => {
    const round = await meetingEnds('2026-10-06T13:31:00Z');
    const view = await openForm('U0RUBEN', round);
    expect(openField(view)).toBeUndefined();
    await submit('U0RUBEN', view, {
      samenwerkingsniveau: '3',
      new1_description: KNELPUNT,
      new1_category: 'geld-financiering',
    });
    expect(await knelpunt()).toMatchObject([{ status: 'open', oplossing: null }]);
    expect(await history()).toEqual([
      { update_kind: 'raised', status: 'open', oplossing: null, occurrence: '2026-10-06T14:00' },
    ]);
  });

  it('round 2 (3 November): Sanne is asked about it and says it is in behandeling', async () => {
    const round = await meetingEnds('2026-11-03T14:31:00Z'); // winter time: 15:31 is 14:31 UTC
    const view = await openForm('U0SANNE', round);
    const field = openField(view)!;
    expect(field).toBe(`open_${(await knelpunt())[0].id}_update`);
    expect(JSON.stringify(view.blocks)).toContain(KNELPUNT);
    await submit('U0SANNE', view, {
      samenwerkingsniveau: '3.5',
      [field]: 'in_behandeling',
      [field.replace(/_update$/, '_oplossing')]: 'Gesprek met de zorgverzekeraar gepland',
    });
    expect(await knelpunt()).toMatchObject([
      { status: 'in_behandeling', oplossing: 'Gesprek met de zorgverzekeraar gepland' },
    ]);
  });

  it('round 3 (1 December): Ruben reports it solved, and the summary says so without names', async () => {
    const round = await meetingEnds('2026-12-01T14:31:00Z');
    const view = await openForm('U0RUBEN', round);
    const field = openField(view)!;
    await submit('U0RUBEN', view, {
      samenwerkingsniveau: '4',
      [field]: 'opgelost',
      [field.replace(/_update$/, '_oplossing')]: 'Afspraak met de zorgverzekeraar over overlegtijd',
    });
    expect(await knelpunt()).toMatchObject([
      { status: 'opgelost', oplossing: 'Afspraak met de zorgverzekeraar over overlegtijd' },
    ]);
    expect(await history()).toEqual([
      { update_kind: 'raised', status: 'open', oplossing: null, occurrence: '2026-10-06T14:00' },
      {
        update_kind: 'in_behandeling',
        status: 'in_behandeling',
        oplossing: 'Gesprek met de zorgverzekeraar gepland',
        occurrence: '2026-11-03T14:00',
      },
      {
        update_kind: 'opgelost',
        status: 'opgelost',
        oplossing: 'Afspraak met de zorgverzekeraar over overlegtijd',
        occurrence: '2026-12-01T14:00',
      },
    ]);

    clock.set('2026-12-08T14:31:30Z');
    await app.running.tick();
    const summary = JSON.stringify(
      slack
        .callsTo('chat.postMessage')
        .filter((c) => c.body.channel === 'C0OOST')
        .at(-1)?.body.blocks,
    );
    expect(summary).toContain('Opgeloste knelpunten');
    expect(summary).toContain(
      `${KNELPUNT} (Geld en financiering): Afspraak met de zorgverzekeraar over overlegtijd`,
    );
    expect(summary).not.toMatch(/Ruben|Sanne/);
  });

  it('the history cannot be rewritten', async () => {
    await expect(tdb.db.pool.query(`UPDATE knelpunt_history SET status = 'open'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('round 4 (29 December) no longer asks about it', async () => {
    const round = await meetingEnds('2026-12-29T14:31:00Z');
    expect(openField(await openForm('U0SANNE', round))).toBeUndefined();
  });
});
