import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { createLongCommands } from '../../src/commands/long-commands.ts';
import { NotAllowed } from '../../src/domain/errors.ts';
import type { PendingReply } from '../../src/jobs/command-replier.ts';
import { MAX_ATTEMPTS } from '../../src/jobs/deliver-due.ts';
import { startTicker, type Ticker } from '../../src/jobs/ticker.ts';
import { createLogger } from '../../src/logger.ts';
import { type Message, plainText } from '../../src/messages/model.ts';
import { commandQueue } from '../../src/store/command-answers-repo.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

/** The core of a slow command without any platform: what is queued, how it is carried out, when. */

const clock = manualClock('2026-09-10T08:00:00Z');
const logger = createLogger('silent');
const user = { platform: 'slack' as const, workspace: 'T0TEST', userId: 'U0HANNEKE' };
const place = { ...user, channelId: 'C0WERKGROEP' };
const say = (text: string): Message => ({ fallback: text, blocks: [{ type: 'text', text }] });

describe('slow commands: queued, carried out by the scheduler, answered in place', () => {
  let tdb: TestDatabase;
  let ticker: Ticker | undefined;
  const replies: Array<{ to: PendingReply; text: string; key: string }> = [];
  /** Each command waits until the test lets it finish; or fails as told. */
  const running: Array<() => void> = [];
  let failWith: Error | undefined;

  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());
  afterEach(async () => {
    for (const finish of running.splice(0)) finish();
    await ticker?.stop();
    ticker = undefined;
    replies.length = 0;
    failWith = undefined;
    await tdb.db.pool.query('DELETE FROM deliveries');
  });

  function setUp(opts: { slowSummary?: boolean; wait?: boolean } = {}) {
    const long = createLongCommands({
      queue: commandQueue(tdb.db),
      clock,
      logger,
      slowSummary: opts.slowSummary ?? true,
      handleText: async (_user, _place, text) => {
        if (opts.wait) await new Promise<void>((resolve) => running.push(resolve));
        if (failWith) throw failWith;
        return say(`Antwoord op ${text}`);
      },
      wake: () => void ticker?.wake(),
    });
    ticker = startTicker({
      store: schedulerStore(tdb.db),
      notifier: recordingNotifier(),
      commands: long.answers,
      replies: {
        async reply(to, message, key) {
          replies.push({ to, text: plainText(message), key });
        },
      },
      clock,
      logger,
      worker: 'test-worker',
      timeZone: 'Europe/Amsterdam',
      cron: false,
    });
    const queue = (requestId: string, command = 'samenvatting') =>
      long.queueAnswer({
        requestId,
        user,
        place,
        command,
        prefix: '/schakel ',
        replyUrl: `https://hooks.slack.test/${requestId}`,
      });
    return { long, queue };
  }
  const statuses = async () =>
    (await tdb.db.pool.query(`SELECT key, status FROM deliveries ORDER BY key`)).rows.map(
      (r) => `${r.key.split('|').at(-1)}:${r.status}`,
    );

  it('only the digest draft with the AI summary on takes long, named in Schakel’s own words', async () => {
    const { long } = setUp();
    expect(long.longCommand('samenvatting')).toBe('samenvatting');
    expect(long.longCommand('  Samenvatting   2026-t2 ')).toBe('samenvatting 2026-T2');
    expect(long.longCommand('samenvatting 2026-10-15')).toBe('samenvatting 2026-10-15');
    // Anything else, or anything it does not understand, is answered at once (with its usage).
    expect(long.longCommand('samenvatting laatste')).toBeNull();
    expect(long.longCommand('samenvatting voor Jan de Vries 0612345678')).toBeNull();
    expect(long.longCommand('agenda')).toBeNull();
    await ticker?.stop();
    const withoutAi = setUp({ slowSummary: false });
    expect(withoutAi.long.longCommand('samenvatting')).toBeNull();
  });

  it('a command queued while the scheduler is busy is answered right after, without waiting for a tick', async () => {
    const { queue } = setUp({ wait: true });
    expect(await queue('eerste')).toBe(true);
    await waitFor('het eerste commando in behandeling', () => running.length === 1);
    // The drain that carries out the first has already claimed its work: the second comes after it.
    expect(await queue('tweede')).toBe(true);
    running.shift()?.();
    await waitFor('het tweede commando in behandeling', () => running.length === 1);
    running.shift()?.();
    await ticker?.settled();
    expect(replies.map((r) => r.key.split('|').at(-1))).toEqual(['eerste', 'tweede']);
    expect(replies[0]?.to.replyUrl).toBe('https://hooks.slack.test/eerste');
    expect(replies[0]?.text).toBe('Antwoord op samenvatting');
    expect(await statuses()).toEqual(['eerste:sent', 'tweede:sent']);
  });

  it('the same request queued twice is one delivery and one answer', async () => {
    const { queue } = setUp();
    expect(await queue('dubbel')).toBe(true);
    expect(await queue('dubbel')).toBe(false);
    await ticker?.tick();
    await ticker?.settled();
    expect(replies).toHaveLength(1);
    expect(await statuses()).toEqual(['dubbel:sent']);
  });

  it('a refusal is the answer; an unexpected failure is tried again, and on the last attempt apologised for', async () => {
    const { queue } = setUp();
    failWith = new NotAllowed('projectleider-only');
    await queue('geweigerd');
    await waitFor('het antwoord', () => replies.length === 1);
    expect(replies[0]?.text).toBe('Alleen de projectleider van deze regio mag dit doen.');

    failWith = new Error('verbinding met de database verbroken');
    await queue('stuk');
    await ticker?.settled();
    expect(replies).toHaveLength(1);
    expect(await statuses()).toEqual(['geweigerd:sent', 'stuk:pending']);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      clock.advance(60 * 60_000);
      await ticker?.tick();
      await ticker?.settled();
    }
    expect(replies).toHaveLength(2);
    expect(replies[1]?.text).toContain('Er ging iets mis in Schakel');
    expect(await statuses()).toEqual(['geweigerd:sent', 'stuk:sent']);
  });
});
