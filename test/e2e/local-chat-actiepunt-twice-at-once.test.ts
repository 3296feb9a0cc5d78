import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersSince, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * The same actiepunt sent three times at once (Enter pressed again while the first was on its way,
 * two tabs): noted once, as when they come one after the other; the other sends hear it is open
 * already under its number. Before, each send found no twin yet and all three were noted.
 */
describe('the local chat: one actiepunt sent three times at once', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('is noted once; the other two answers point to it', async () => {
    const text = 'actiepunt Folder rondsturen naar werkgevers';
    const before = (await shownIn(local.url, 'ggz1', WERKGROEP)).length;
    const statuses = await Promise.all(
      [1, 2, 3].map(async () => {
        const res = await typeInChat(local.url, 'ggz1', WERKGROEP, text);
        await res.text();
        return res.status;
      }),
    );
    expect(statuses).toEqual([200, 200, 200]);
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM actiepunten WHERE description = 'Folder rondsturen naar werkgevers'`,
    );
    expect(rows[0]?.n).toBe(1);
    const answers = await waitFor('three answers', async () => {
      const said = await answersSince(local.url, 'ggz1', WERKGROEP, before);
      return said.length >= 3 ? said : null;
    });
    const pointed = answers.filter((a) => a.includes('staat al open als #'));
    expect(pointed).toHaveLength(2);
  });
});
