import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const CHAT = 'a:lokaal-ggz1';

/**
 * "vergeet-mij bevestig" sent twice at once (a double tap on the button, two tabs): the member is
 * erased once, and the region's logboek says so once, as it would one after the other.
 */
describe('the local chat: vergeet-mij confirmed twice at once erases once', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('one "gegevens gewist" in the logboek', async () => {
    const statuses = await Promise.all(
      [1, 2].map(async () => {
        const res = await typeInChat(local.url, 'ggz1', CHAT, 'vergeet-mij bevestig');
        await res.text();
        return res.status;
      }),
    );
    expect(statuses).toEqual([200, 200]);
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'gegevens_gewist'`,
    );
    expect(rows[0]?.n).toBe(1);
  });
});
