import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DirectNotifier } from '../../src/checkin/direct-notifier.ts';
import { manualClock } from '../../src/clock.ts';
import { startTicker, type Ticker } from '../../src/jobs/ticker.ts';
import { createLogger } from '../../src/logger.ts';
import type { OpenCard } from '../../src/store/checkin-deliveries-repo.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-10-13T13:32:00Z');

/**
 * A check-in card the platform did not change when its round closed is tried again on the next
 * minute's tick, a few times in all (CARD_CLOSE_ATTEMPTS). A drain woken between ticks (a slow
 * command's answer just queued) is no tick: it does not spend those tries seconds apart.
 */
describe('cards of closed rounds are tried again on ticks, not on wakes', () => {
  let tdb: TestDatabase;
  let ticker: Ticker | undefined;
  const replaced: string[] = [];
  const direct: DirectNotifier = {
    async send() {
      return null;
    },
    async replace(_target, ref) {
      replaced.push(ref);
      throw new Error('Slack is even niet bereikbaar');
    },
  };
  const card: OpenCard = {
    key: 'checkin_dm|r1|U0HANNEKE',
    platform: 'slack',
    workspace: 'T0TEST',
    userId: 'U0HANNEKE',
    ref: 'D0HANNEKE|1.5',
    kind: 'checkin_dm',
    told: false,
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
  });
  afterAll(async () => tdb?.drop());
  afterEach(async () => {
    await ticker?.stop();
    ticker = undefined;
  });

  it('a wake leaves the card for the tick', async () => {
    const store = schedulerStore(tdb.db);
    const read = {
      ...store.checkin.read,
      roundsWithCardsLeft: async () => [
        {
          id: 'r1',
          overlegId: 'o1',
          occurrence: '2026-10-06T14:00',
          meetingDate: '2026-10-06',
          openedAt: new Date('2026-10-06T13:30:00Z'),
          nudgeAt: new Date('2026-10-12T06:00:00Z'),
          closesAt: new Date('2026-10-13T13:30:00Z'),
          timeZone: 'Europe/Amsterdam',
          closedAt: new Date('2026-10-13T13:31:00Z'),
          werkgroepName: 'Werkgroep Oost',
        },
      ],
      claimOpenCards: async () => [card],
      cardClosed: async () => {},
      cardNotClosed: async () => {},
    };
    ticker = startTicker({
      store: { ...store, checkin: { ...store.checkin, read } },
      notifier: recordingNotifier(),
      direct,
      clock,
      logger: createLogger('silent'),
      worker: 'test-worker',
      timeZone: 'Europe/Amsterdam',
      cron: false,
    });
    await ticker.wake();
    await ticker.wake();
    expect(replaced).toEqual([]);
    await ticker.tick();
    expect(replaced).toEqual([card.ref]);
  });
});
