import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { TEAMS_TENANT } from './rhythm-fixture.ts';
import { slashInOost } from './slash-command.ts';
import { messageActivity, postActivity } from './teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from './werkgroep-harness.ts';

export const AVG_SECRET = 'avg-geheim';

/**
 * For the inzage and vergeten tests (avg-inzage-delivery, avg-vergeten): a werkgroep on both
 * platforms whose member Ruben has something of his own in Schakel (an agendapunt, a check-in
 * answer, a meeting series ahead), `slash` to type a command as a Slack user in a channel, and
 * `openPersonalChat` and `rubenTypesInTeams` for Ruben's personal chat in Teams.
 */
export async function startAvgHarness(clock: Clock) {
  const h: WerkgroepHarness = await startWerkgroepHarness({
    secret: AVG_SECRET,
    clock,
    env: { PUBLIC_URL: 'https://schakel.gemeente.example' },
  });
  const { tdb, teams, app, w } = h;
  const core = app.running.core;
  const pl = await findMember(tdb.db.pool, w.projectleiderId);
  await core.rhythm.createSeries(pl, w.overlegId, { firstStart: '2026-09-08T14:00', durationMinutes: 90 });
  await core.rhythm.addAgendaItem(
    await findMember(tdb.db.pool, w.rubenId),
    w.overlegId,
    'Casusoverleg plannen met UWV',
  );
  const { rows } = await tdb.db.pool.query(
    `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
     VALUES ($1, '2026-08-11T14:00', '2026-08-11', 'Europe/Amsterdam', '2026-08-11T14:00Z', '2026-08-14T14:00Z', '2026-08-18T14:00Z')
     RETURNING id`,
    [w.overlegId],
  );
  await tdb.db.pool.query(
    `INSERT INTO checkin_answers (round_id, member_id, samenwerkingsniveau, toelichting, submitted_at, updated_at)
     VALUES ($1, $2, 3.5, 'Warme overdracht loopt beter', now(), now())`,
    [rows[0].id, w.rubenId],
  );
  const slash = async (userId: string, text: string): Promise<{ text: string }> =>
    JSON.parse(await slashInOost(h, AVG_SECRET, userId, text));
  /** Ruben adds Schakel in Teams: the personal chat a:persoonlijk-ruben, once Schakel greeted him there. */
  const openPersonalChat = async () => {
    const added = messageActivity({
      text: '',
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: 'a:persoonlijk-ruben',
    });
    const greeted = teams.calls.length;
    const install = { ...added, type: 'installationUpdate', action: 'add', text: undefined };
    if ((await postActivity(app.baseUrl, install)).status !== 200)
      throw new Error('installationUpdate refused');
    await teams.waitFor((c) => c.path.startsWith('/v3/conversations/a:persoonlijk-ruben/'), {
      after: greeted,
    });
  };
  /**
   * Ruben types `text` in his chat with Schakel in Teams: its conversation and Schakel's first
   * message there (with `showing`: the first that says it).
   */
  const rubenTypesInTeams = async (text: string, showing?: string) => {
    const personal = messageActivity({
      text,
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    });
    await postActivity(app.baseUrl, personal);
    const conversationId = personal.conversation.id;
    const sent = await teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${conversationId}/`) &&
        (showing === undefined || JSON.stringify(c.body).includes(showing)),
    );
    return { conversationId, sent };
  };
  return { ...h, slash, openPersonalChat, rubenTypesInTeams };
}

export type AvgHarness = Awaited<ReturnType<typeof startAvgHarness>>;

/** The harness for the tests of one describe block: started before them, stopped after them. */
export function avgHarnessForTests(clock: Clock): AvgHarness {
  const a = {} as AvgHarness;
  beforeAll(async () => {
    Object.assign(a, await startAvgHarness(clock));
  });
  afterAll(async () => a.stop?.());
  return a;
}
