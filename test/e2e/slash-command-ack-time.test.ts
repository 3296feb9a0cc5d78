import type { PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUSY_TEXT } from '../../adapters/slack/listeners/commands/schakel.ts';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { oneConnection } from '../support/one-connection.ts';
import { signedHeaders, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { waitFor } from '../support/wait-for.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'ack-tijd-geheim';
const clock = manualClock('2026-09-29T06:00:00Z'); // Tuesday; the meeting of 6 October is the next

/**
 * Slack shows a slash command as failed when its ack takes more than three seconds from the
 * request. Schakel answers "Bezig…" two seconds after the command came in, and looking up the
 * name of a colleague the command mentions (at most half a second) is part of those two seconds.
 */
describe('/schakel acks within two seconds of the request, a mentioned name looked up included', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, slackNames: { U0SANNE: 'Sanne de Wit' } });
    const pl = await findMember(h.tdb.db.pool, h.w.projectleiderId);
    await h.app.running.core.rhythm.createSeries(pl, h.w.overlegId, {
      firstStart: '2026-10-06T14:00',
      durationMinutes: 90,
    });
  });
  afterAll(async () => h?.stop());

  it('Slack slow to give the name, the command slow too: "Bezig…" at two seconds, the answer in its place after', async () => {
    const letNameGo = h.slack.holdUsersInfo('U0SANNE');
    const connection = oneConnection(h.app.baseUrl);
    const body = slashCommandBody({
      text: 'agendapunt Terugkoppeling door <@U0SANNE>',
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: `${h.slack.url}/response/traag`,
      channelId: 'C0OOST',
    });
    // The handler's timers and its stopwatch on a clock the test moves; everything else (the
    // database, the stand-in, HTTP) runs as it does.
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'performance'],
      shouldClearNativeTimers: true,
    });
    let database: PoolClient[] | undefined;
    try {
      const ack = connection.send('/slack/events', {
        method: 'POST',
        body,
        headers: signedHeaders(SECRET, body),
      });
      // The command is being handled: Schakel asks Slack for the mentioned colleague's name.
      await h.slack.waitFor((c) => c.path === '/api/users.info' && c.body.user === 'U0SANNE');
      // The database busy (every connection of the pool taken: PGlite's one, or a server pool's
      // all): the command, once it gets there, waits.
      const pool = h.tdb.db.pool;
      const busy = await Promise.all(Array.from({ length: pool.options.max ?? 1 }, () => pool.connect()));
      database = busy;
      // Half a second without the name: the command goes on without it, and waits for the database.
      await vi.advanceTimersByTimeAsync(500);
      await waitFor('the command waiting for the database', () => h.tdb.db.pool.waitingCount > 0);
      // Two seconds after the command came in, Slack must have its ack.
      await vi.advanceTimersByTimeAsync(1_500);
      database = undefined;
      for (const c of busy) c.release();
      const acked = await ack;
      expect(acked.status).toBe(200);
      expect(acked.text).toContain(BUSY_TEXT);
      expect(acked.text).not.toContain('Genoteerd');
      // The answer takes the place of "Bezig…" once the command is done.
      const replaced = await h.slack.waitFor((c) => c.path === '/response/traag');
      expect(replaced.body).toMatchObject({ replace_original: true });
      expect(JSON.stringify(replaced.body)).toContain('Genoteerd voor de bijeenkomst');
    } finally {
      for (const c of database ?? []) c.release();
      vi.useRealTimers();
      letNameGo();
      connection.close();
    }
    const agenda = await h.tdb.db.pool.query('SELECT text FROM agenda_items ORDER BY created_at');
    expect(agenda.rows.map((r) => r.text)).toEqual(['Terugkoppeling door @iemand']);
  });
});
