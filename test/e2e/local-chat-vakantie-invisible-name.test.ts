import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * A holiday period's name is shown in every warning about a meeting in it, as a werkgroep's name
 * is shown everywhere. A name with a zero-width space (pasted along, or typed to get past "this
 * period is noted already") passes for another, and one of such signs only shows as nothing: both
 * refused as a werkgroep's name is, and no period noted.
 */
describe('the local chat: vakantie with an invisible sign in its name', () => {
  let local: LocalChatApp;
  const periods = async () =>
    (await local.tdb.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM holiday_periods')).rows[0]
      ?.n;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it.each([
    ['a name of a zero-width space only', '\u200b'],
    ['a name with a zero-width space after it', 'Kerst\u200b'],
    ['a name with a word joiner inside', 'Kerst\u2060vakantie'],
    ['a name of a Hangul filler only', '\u3164'],
  ])('%s: refused, saying why, and nothing noted', async (_what, name) => {
    const before = await periods();
    const answer = await answerIn(local.url, 'pl', WERKGROEP, `vakantie ${name} 24-12-2026 t/m 28-12-2026`);
    expect(answer).toContain('onzichtbaar teken');
    expect(answer).not.toContain('Genoteerd');
    expect(await periods()).toBe(before);
  });

  it('the same name without the sign is noted', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'vakantie Kerst 24-12-2026 t/m 28-12-2026');
    expect(answer).toContain('Genoteerd voor de hele regio: Kerst');
  });
});
