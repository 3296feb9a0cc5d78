import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TEAM } from '../../src/domain/demo-region.ts';
import { answerIn, answersSince, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * `ontkoppel` sent twice at once (two tabs, or two projectleiders): the channel is unlinked once,
 * as it would be one after the other; the second hears it is linked to nothing, not "losgekoppeld"
 * again, and the logboek has one line for it.
 */
describe('the local chat: koppel and ontkoppel sent at once change a channel once', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('one "losgekoppeld", one "aan geen werkgroep gekoppeld", one logboek line', async () => {
    const before = (await shownIn(local.url, 'pl', WERKGROEP_CHANNEL)).length;
    await Promise.all(
      [1, 2].map(async () => (await typeInChat(local.url, 'pl', WERKGROEP_CHANNEL, 'ontkoppel')).text()),
    );
    const answers = await answersSince(local.url, 'pl', WERKGROEP_CHANNEL, before);
    expect(answers).toEqual([
      'Dit kanaal is aan geen werkgroep gekoppeld.',
      expect.stringMatching(/^Dit kanaal is losgekoppeld van Werkgroep GGZ & Werk Achterhoek\./),
    ]);
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'kanaal_ontkoppeld'`,
    );
    expect(rows[0]?.n).toBe(1);
  });
  it('"koppel" of two werkgroepen at once in one channel links one of them; the other is refused as one after the other', async () => {
    const before = (await shownIn(local.url, 'pl', DEMO_TEAM.id)).length;
    await Promise.all(
      ['Werkgroep GGZ & Werk Achterhoek', 'Werkgroep Werkgevers & Jobcoaching'].map(async (name) =>
        (await typeInChat(local.url, 'pl', DEMO_TEAM.id, `koppel ${name}`)).text(),
      ),
    );
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM overleg_channels WHERE channel_id = $1`,
      [DEMO_TEAM.id],
    );
    expect(rows[0]?.n).toBe(1);
    const answers = (await shownIn(local.url, 'pl', DEMO_TEAM.id)).slice(before).filter((m) => m.fromBot);
    expect(answers.filter((m) => m.text.startsWith('Dit kanaal is gekoppeld aan'))).toHaveLength(1);
    expect(answers.filter((m) => m.text.includes('Dit kanaal is al gekoppeld aan'))).toHaveLength(1);
  });
  it('"verplaats" of one meeting sent twice at once moves it once: the other hears it was moved already', async () => {
    // The other werkgroep's channel: the tests above unlinked this werkgroep's.
    const WERKGROEP = '19:lokaal-werkgevers@thread.tacv2';
    const next = await answerIn(local.url, 'pl', WERKGROEP, 'volgende');
    const date = /- \w+dag (\d+ \w+ \d{4}), \d\d:\d\d/.exec(next)?.[1];
    expect(date).toBeDefined();
    const before = (await shownIn(local.url, 'pl', WERKGROEP)).length;
    await Promise.all(
      [1, 2].map(async () =>
        (await typeInChat(local.url, 'pl', WERKGROEP, `verplaats ${date} naar ${date} om 07:45`)).text(),
      ),
    );
    const answers = (await shownIn(local.url, 'pl', WERKGROEP))
      .slice(before)
      .filter((m) => m.fromBot)
      .map((m) => JSON.stringify(m.attachments[0]?.content ?? m.text));
    expect(answers.filter((a) => a.includes('Dit voorstel is al overgenomen'))).toHaveLength(1);
    const { rows } = await local.tdb.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'bijeenkomst_verplaatst'`,
    );
    expect(rows[0]?.n).toBe(1);
  });
});
