import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitNewWerkgroep } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

/**
 * "Nieuwe werkgroep" with a name that shows as nothing: a Hangul filler, the empty Braille cell,
 * a soft hyphen. Each is one sign (so "not empty"), and not among the zero-width signs a name is
 * refused for, yet the werkgroep would be listed, linked and put in calendars without a name to
 * read. Refused as a name left empty, and nothing made.
 */
describe('the local chat: a new werkgroep whose name shows nothing', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it.each([
    ['a Hangul filler', '\u3164'],
    ['an empty Braille cell', '\u2800\u2800'],
    ['a soft hyphen', '\u00ad'],
  ])('%s: "Vul de naam van de werkgroep in.", no werkgroep made', async (_what, blank) => {
    const count = async () =>
      (await local.tdb.db.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM overleggen')).rows[0]?.n;
    const before = await count();
    const res = await submitNewWerkgroep(local.url, blank);
    expect(JSON.stringify(await res.json())).toContain('Vul de naam van de werkgroep in.');
    expect(await count()).toBe(before);
  });
});
