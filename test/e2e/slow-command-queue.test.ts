import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_TEXT } from '../../adapters/slack/listeners/commands/schakel.ts';
import { SENT_PRIVATELY } from '../../adapters/slack/slack-command-replier.ts';
import { manualClock } from '../../src/clock.ts';
import { insertDigestFixture, REGION } from '../digest/fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { startModelStandIn } from '../support/model-stand-in.ts';
import type { RecordedCall } from '../support/recording-server.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * A slow command's answer is a delivery like any other: written down before the ack, carried out
 * by the scheduler, sent once. These tests stop, crash and replay around it.
 */

const SECRET = 'wachtrij-geheim';
const LEASE_MS = 60_000;
const MODEL_TEXT = 'De samenwerking groeit; tijd en capaciteit blijft het grootste knelpunt.';

describe('a slow command through the delivery queue', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let model: Awaited<ReturnType<typeof startModelStandIn>>;
  let clock: ReturnType<typeof manualClock>;
  const apps: TestApp[] = [];

  beforeEach(async () => {
    clock = manualClock('2026-09-10T08:00:00Z');
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    model = await startModelStandIn(MODEL_TEXT);
    await insertDigestFixture(tdb.db);
    await addMember(tdb.db, {
      regionId: REGION,
      name: 'Hanneke Ooms',
      roles: ['projectleider'],
      identities: [{ platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0HANNEKE' }],
    });
  });
  afterEach(async () => {
    model.release();
    for (const app of apps.splice(0)) await app.stop();
    await slack.close();
    await model.close();
    await tdb.drop();
  });

  /** A Schakel on the shared database; `scheduler: false` is a replica that only serves HTTP. */
  async function start(opts: { scheduler?: boolean } = {}): Promise<TestApp> {
    const app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-wachtrij',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        AI_SUMMARY: 'true',
        AI_BASE_URL: `${model.url}/v1`,
        AI_MODEL: 'schakel-test',
        AI_API_KEY: 'sleutel-wachtrij',
        SCHAKEL_SCHEDULER: opts.scheduler === false ? 'false' : 'true',
        SCHAKEL_DELIVERY_LEASE_MS: String(LEASE_MS),
      },
      tdb.db,
      clock,
    );
    apps.push(app);
    return app;
  }

  const command = (path: string, triggerId = `${path}.1.trigger`) =>
    slashCommandBody({
      text: 'samenvatting',
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: `${slack.url}/response/${path}`,
      channelId: 'C0ERGENS',
      triggerId,
    });
  const replacements = (path: string) => slack.calls.filter((c) => c.path === `/response/${path}`);
  /** The answer in the member's DM: it carries its delivery key, a command's key. */
  const answersInDm = () => slack.directTo('U0HANNEKE').filter((c) => keyOf(c).startsWith('command|'));
  const queued = async () =>
    (
      await tdb.db.pool.query(
        `SELECT status, attempts FROM deliveries WHERE kind = 'command_answer' ORDER BY key`,
      )
    ).rows;

  it('a restart between the ack and the answer: a fresh Schakel on the same database answers, once', {
    timeout: 60_000,
  }, async () => {
    // The replica that takes the command runs no scheduler: it acks and writes the command down.
    const first = await start({ scheduler: false });
    const ack = await postToSlack(`${first.baseUrl}/slack/events`, SECRET, command('herstart'));
    expect(ack.status).toBe(200);
    expect(await ack.text()).toContain(BUSY_TEXT);
    expect(await queued()).toEqual([{ status: 'pending', attempts: 0 }]);
    await first.stop();
    expect(model.calls).toHaveLength(0);

    model.answerNewAtOnce();
    const second = await start();
    await second.running.tick();
    const [replaced] = await waitForCalls(replacements, 'herstart', 1);
    expect(replaced?.body).toMatchObject({ replace_original: true, text: SENT_PRIVATELY });
    expect(answersInDm()).toHaveLength(1);
    expect(JSON.stringify(answersInDm()[0]?.body)).toContain('Concept: Stuurgroep-samenvatting');

    // Another tick, and another: nothing goes out again.
    await second.running.tick();
    await second.running.tick();
    expect(replacements('herstart')).toHaveLength(1);
    expect(answersInDm()).toHaveLength(1);
    expect(model.calls).toHaveLength(1);
    expect(await queued()).toEqual([{ status: 'sent', attempts: 1 }]);
  });

  it('once the response_url has run out (30 minutes), the answer goes to the DM; the command is forgotten after', {
    timeout: 60_000,
  }, async () => {
    const first = await start({ scheduler: false });
    expect(
      await (await postToSlack(`${first.baseUrl}/slack/events`, SECRET, command('verlopen'))).text(),
    ).toContain(BUSY_TEXT);
    await first.stop();

    clock.advance(31 * 60_000);
    model.answerNewAtOnce();
    const second = await start();
    await second.running.tick();
    await waitFor('het antwoord in het privébericht', () => answersInDm().length > 0);
    expect(JSON.stringify(answersInDm()[0]?.body)).toContain('Concept: Stuurgroep-samenvatting');
    expect(replacements('verlopen')).toHaveLength(0);
    expect(await queued()).toEqual([{ status: 'sent', attempts: 1 }]);

    // The daily retention run forgets what was needed to answer it (its reply link with it).
    clock.advance(25 * 60 * 60_000);
    await second.running.tick();
    const left = await tdb.db.pool.query('SELECT count(*)::int AS n FROM command_answers');
    expect(left.rows[0].n).toBe(0);
  });

  it('a crash mid-work: another Schakel takes the command over when the lease runs out, and only it answers', {
    timeout: 60_000,
  }, async () => {
    const first = await start();
    const ack = await postToSlack(`${first.baseUrl}/slack/events`, SECRET, command('crash'));
    expect(await ack.text()).toContain(BUSY_TEXT);
    // The first one is carrying it out: the model is writing, and then that process "dies" (never
    // hears from it in time).
    await model.waitFor((c) => c.path === '/v1/chat/completions');
    expect(model.waiting()).toBe(1);
    expect(await queued()).toEqual([{ status: 'sending', attempts: 1 }]);

    const second = await start();
    clock.advance(LEASE_MS + 1_000);
    model.answerNewAtOnce();
    await second.running.tick();
    const [replaced] = await waitForCalls(replacements, 'crash', 1);
    expect(replaced?.body).toMatchObject({ replace_original: true, text: SENT_PRIVATELY });
    expect(answersInDm()).toHaveLength(1);
    expect(await queued()).toEqual([{ status: 'sent', attempts: 2 }]);

    // The first one wakes up after all, its draft made: its claim is gone, so it sends nothing.
    model.release();
    await first.running.tick();
    expect(replacements('crash')).toHaveLength(1);
    expect(answersInDm()).toHaveLength(1);
    expect(model.calls).toHaveLength(2);
  });

  it('a replayed command is queued once and answered once, in place of the one "Bezig…"', {
    timeout: 60_000,
  }, async () => {
    const app = await start();
    const body = command('herhaald', '4242.1.herhaald');
    const stamp = Math.floor(Date.now() / 1000);
    const ack = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body, { timestampSeconds: stamp });
    expect(await ack.text()).toContain(BUSY_TEXT);
    // The very same request again (a retry), and the same command signed anew (a replay).
    const retry = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body, { timestampSeconds: stamp });
    const replay = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body, {
      timestampSeconds: stamp + 1,
    });
    expect(retry.status).toBe(200);
    expect(replay.status).toBe(200);
    expect(await replay.text()).not.toContain(BUSY_TEXT);
    expect(await queued()).toHaveLength(1);

    model.release();
    model.answerNewAtOnce();
    await waitForCalls(replacements, 'herhaald', 1);
    await app.running.tick();
    expect(replacements('herhaald')).toHaveLength(1);
    expect(answersInDm()).toHaveLength(1);
    expect(model.calls).toHaveLength(1);
    expect(await queued()).toEqual([{ status: 'sent', attempts: 1 }]);
  });

  /** Waits until the stand-in got `count` calls at a path, and gives them. */
  it('a member who chose English reads "Bezig…", its replacement and the answer in English', {
    timeout: 60_000,
  }, async () => {
    await tdb.db.pool.query(
      `UPDATE members SET locale = 'en', locale_chosen = true WHERE name = 'Hanneke Ooms'`,
    );
    const app = await start();
    model.answerNewAtOnce();
    const ack = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, command('engels'));
    expect(await ack.text()).toContain('Working on it… the answer will appear here shortly.');
    await app.running.tick();
    const [replaced] = await waitForCalls(replacements, 'engels', 1);
    expect(replaced?.body).toMatchObject({
      replace_original: true,
      text: 'I have sent you a private message.',
    });
    expect(JSON.stringify(answersInDm()[0]?.body)).toContain('Draft: ');
  });

  async function waitForCalls(
    of: (path: string) => RecordedCall[],
    path: string,
    count: number,
  ): Promise<RecordedCall[]> {
    await slack.waitFor((c) => c.path === `/response/${path}` && of(path).length >= count);
    return of(path);
  }
});

function keyOf(call: RecordedCall): string {
  const metadata = call.body.metadata as { event_payload?: { key?: string } } | undefined;
  return metadata?.event_payload?.key ?? '';
}
