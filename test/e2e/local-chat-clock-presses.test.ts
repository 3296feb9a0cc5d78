import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { postToChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * "Bijeenkomst afronden" pressed again before the first jump is done: the second waits for the
 * first, so each finishes its own meeting and nothing that fell due on the way is skipped as late.
 */
describe('the local chat’s clock buttons pressed twice in a row', () => {
  let local: LocalChatApp;
  const clock = manualClock('2026-12-06T09:00:00Z');
  const press = async () =>
    (await (
      await postToChat(local.url, '/api/klok', { rol: 'pl', gesprek: WERKGROEP_CHANNEL, stap: 'bijeenkomst' })
    ).json()) as { nu: string; tekst: string };

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('two presses at once finish two meetings, one after the other, none of their messages late', async () => {
    // Sent at once, so either may reach the page first: the one that waited finished the later meeting.
    const [first, second] = (await Promise.all([press(), press()])).sort((a, b) => a.nu.localeCompare(b.nu));
    expect(first?.tekst).toContain('dinsdag 22 december 2026');
    expect(second?.tekst).toContain('dinsdag 19 januari 2027');
    const { rows } = await local.tdb.db.pool.query<{ kind: string; status: string }>(
      `SELECT kind, status FROM deliveries WHERE due_at <= $1 AND due_at > '2026-12-06T09:00:00Z'
          AND status NOT IN ('sent', 'obsolete')`,
      [second?.nu],
    );
    expect(rows).toEqual([]);
    expect(local.app.logs.text).not.toContain('te laat na een onderbreking');
  });
});
