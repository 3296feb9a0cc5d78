import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const FEMKES_CHAT = 'a:lokaal-pl';

/**
 * `samenvatting 2027-02-29`: the projectleider typed a stuurgroep date in the very shape the
 * answer asks for, on a day that does not exist. The answer names that date as one that does not
 * exist (as `stuurgroep 2027-02-29` does), instead of asking for JJJJ-MM-DD as if the shape were
 * wrong; no draft is made.
 */
describe('the local chat: samenvatting on a date that does not exist', () => {
  let local: LocalChatApp;
  const drafts = async () =>
    (await local.tdb.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM digest_versions')).rows[0]
      ?.n;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it.each(['2027-02-29', '2026-13-01', '2026-04-31'])(
    'samenvatting %s: says the date does not exist, makes nothing',
    async (date) => {
      const before = await drafts();
      const answer = await answerIn(local.url, 'pl', FEMKES_CHAT, `samenvatting ${date}`);
      expect(answer).toContain(`${date} is geen bestaande datum.`);
      expect(await drafts()).toBe(before);
    },
  );

  it('samenvatting with something that is no date nor tertiaal still asks for JJJJ-Tn or JJJJ-MM-DD', async () => {
    const answer = await answerIn(local.url, 'pl', FEMKES_CHAT, 'samenvatting 2026-T9');
    expect(answer).not.toContain('bestaande datum');
  });
});
