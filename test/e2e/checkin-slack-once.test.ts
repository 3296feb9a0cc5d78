import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';
import { viewSubmissionBody } from '../support/slack-interactions.ts';
import { postToSlack } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';

const SECRET = 'checkin-once-secret';
// Tuesday 6 October 2026: the werkgroep meets 14:00-15:30 in Amsterdam (summer time, UTC+2).
const clock = manualClock('2026-10-05T06:00:00Z');

/**
 * A submitted check-in on Slack: its replay key is claimed in the statement that stores the
 * answer (src/ports/request-claims.ts), so the ack waits for one round trip, and a replay is still
 * carried out once and answered as the first was.
 */
describe('a submitted check-in on Slack, once', () => {
  let h: SlackCheckinHarness;
  let roundId: string;
  /** Statements sent to the database (on the pool, and transactions begun). */
  let statements = 0;

  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock);
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    const pool = h.tdb.db.pool;
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
    // pg's pool.query takes its connection with pool.connect (at once): counted once, as a query.
    let inQuery = false;
    Object.assign(pool, {
      query: (...args: unknown[]) => {
        statements++;
        inQuery = true;
        try {
          return query(...args);
        } finally {
          inQuery = false;
        }
      },
      connect: (...args: unknown[]) => {
        if (!inQuery) statements++;
        return connect(...args);
      },
    });
  });
  afterAll(async () => h?.stop());

  const tap = async (userId: string) => (await h.member.tap(userId, roundId)) as types.ModalView;
  /** The submission as Slack sends it. */
  const submission = (userId: string, view: types.ModalView, filled: Record<string, string>) =>
    viewSubmissionBody({ teamId: STAND_IN_TEAM, userId }, view, filled, { viewId: `V0${userId}` });
  /** Posts it signed at `stamp`: the same body at the same stamp has the same signature. */
  const send = async (body: string, stamp = Math.floor(Date.now() / 1000)) => {
    const res = await postToSlack(h.member.events, SECRET, body, { timestampSeconds: stamp });
    return { status: res.status, body: await res.text() };
  };
  const confirmed = (userId: string) =>
    h.slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === userId);
  const replayedLines = () => h.app.logs.lines.filter((l) => l.includes('herhaald verzoek beantwoord'));
  const claimedKeys = async () =>
    (await h.tdb.db.pool.query('SELECT count(*)::int AS n FROM handled_requests')).rows[0].n as number;

  it('reaches the database once before its ack: the member, the replay key and the answer in one statement', async () => {
    const body = submission('U0SANNE', await tap('U0SANNE'), { samenwerkingsniveau: '4' });
    statements = 0;
    const answered = await send(body);
    const before = statements;
    expect(answered).toEqual({ status: 200, body: '' });
    expect(before).toBe(1);
    expect((await checkinState(h.tdb.db)).answers).toHaveLength(1);
    await confirmed('U0SANNE');
  });

  it('the same signed check-in five times at once, and again after: stored once, confirmed once, each acked empty', async () => {
    const body = submission('U0RUBEN', await tap('U0RUBEN'), {
      samenwerkingsniveau: '3.5',
      toelichting: 'Elke vier weken overleg.',
    });
    const replayed = replayedLines().length;
    const stamp = Math.floor(Date.now() / 1000);
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(body, stamp)));
    answers.push(await send(body, stamp));
    expect(answers).toEqual(Array.from({ length: 6 }, () => ({ status: 200, body: '' })));
    expect(replayedLines().length - replayed).toBe(5);
    const state = await checkinState(h.tdb.db);
    expect(state.answers.filter((a) => a.name === 'Ruben Hofstede')).toEqual([
      expect.objectContaining({ samenwerkingsniveau: 3.5, toelichting: 'Elke vier weken overleg.' }),
    ]);
    // Confirmations go out in order after the acks: once Hanneke's has come, a second to Ruben would have too.
    await confirmed('U0RUBEN');
    await send(submission('U0HANNEKE', await tap('U0HANNEKE'), { samenwerkingsniveau: '2' }));
    await confirmed('U0HANNEKE');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'U0RUBEN')).toHaveLength(1);
  });

  it('a refused check-in sent twice is refused twice the same way, stores nothing and claims no key', async () => {
    const body = submission('U0SANNE', await tap('U0SANNE'), {
      samenwerkingsniveau: '2',
      toelichting: 'Jan de Vries heeft een psychose',
    });
    const before = await checkinState(h.tdb.db);
    const keys = await claimedKeys();
    const stamp = Math.floor(Date.now() / 1000);
    const first = await send(body, stamp);
    const again = await send(body, stamp);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body).response_action).toBe('errors');
    expect(again).toEqual(first);
    expect(await checkinState(h.tdb.db)).toEqual(before);
    expect(await claimedKeys()).toBe(keys);
  });

  it('when the one statement fails, a member who speaks English reads why in English; nothing is stored', async () => {
    await h.tdb.db.pool.query(
      `UPDATE members SET locale = 'en', locale_chosen = true WHERE name = 'Sanne Kuipers'`,
    );
    const body = submission('U0SANNE', await tap('U0SANNE'), { samenwerkingsniveau: '3' });
    const before = await checkinState(h.tdb.db);
    // The database refuses to store any answer (as a full disk or a failed constraint would).
    await h.tdb.db.pool.query(`CREATE FUNCTION refuse_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'opslag geweigerd'; END $$`);
    await h.tdb.db.pool.query(
      'CREATE TRIGGER refuse_answer BEFORE INSERT OR UPDATE ON checkin_answers FOR EACH ROW EXECUTE FUNCTION refuse_answer()',
    );
    try {
      const answered = await send(body);
      expect(answered.status).toBe(200);
      const notice = JSON.stringify(JSON.parse(answered.body).view);
      expect(notice).toContain('Something went wrong in Schakel. Please try again in a few minutes');
      expect(notice).toContain('"text":"Close"');
      expect(notice).not.toContain('Er ging iets mis');
    } finally {
      await h.tdb.db.pool.query('DROP TRIGGER refuse_answer ON checkin_answers');
      await h.tdb.db.pool.query('DROP FUNCTION refuse_answer()');
    }
    expect(await checkinState(h.tdb.db)).toEqual(before);
  });
});
