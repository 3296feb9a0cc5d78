import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
/** "dinsdag 22 december 2026, 14:00–15:30" */
const WHEN = /[a-z]+dag \d{1,2} [a-z]+ \d{4}, \d\d:\d\d–\d\d:\d\d/;

/**
 * "Bijeenkomst afronden" in the local chat names the meeting it lets happen, before and after:
 * the werkgroep and its date and time, so the person knows which one they finish.
 */
describe('the local chat names the meeting "Bijeenkomst afronden" finishes', () => {
  let local: LocalChatApp;
  let url: string;
  const next = async (id: string) =>
    (await (await fetch(`${url}/api/volgende?rol=pl&id=${encodeURIComponent(id)}`)).json()) as {
      tekst: string;
    };
  const finish = async (id: string) =>
    (await (
      await fetch(`${url}/api/klok`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rol: 'pl', gesprek: id, stap: 'bijeenkomst' }),
      })
    ).json()) as { tekst: string };

  beforeAll(async () => {
    local = await startLocalChatApp();
    url = local.url;
  });
  afterAll(() => local?.stop());

  it('says which werkgroep meets when, ends that one, then names the one after it', async () => {
    const before = (await next(WERKGROEP_CHANNEL)).tekst;
    expect(before).toMatch(new RegExp(`^Volgende: Werkgroep GGZ & Werk Achterhoek, ${WHEN.source}\\.$`));
    const date = WHEN.exec(before)?.[0];
    expect((await finish(WERKGROEP_CHANNEL)).tekst).toBe(
      `De bijeenkomst van Werkgroep GGZ & Werk Achterhoek (${date}) is afgerond.`,
    );
    const after = (await next(WERKGROEP_CHANNEL)).tekst;
    expect(after).toContain('Werkgroep GGZ & Werk Achterhoek');
    expect(WHEN.exec(after)?.[0]).not.toBe(date);
  });

  it('in the personal chat: the first meeting of the person’s werkgroepen, by name', async () => {
    expect((await next('a:lokaal-pl')).tekst).toMatch(
      new RegExp(`^Volgende: Werkgroep (GGZ & Werk Achterhoek|Werkgevers & Jobcoaching), ${WHEN.source}\\.$`),
    );
  });

  it('for a person who chose English (taal en), the lines under the button are English', async () => {
    await answerIn(url, 'pl', 'a:lokaal-pl', 'taal en');
    const line = (await next(WERKGROEP_CHANNEL)).tekst;
    expect(line).toMatch(
      /^Next: Werkgroep GGZ & Werk Achterhoek, [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d–\d\d:\d\d\.$/,
    );
    expect((await finish(WERKGROEP_CHANNEL)).tekst).toMatch(
      /^The meeting of Werkgroep GGZ & Werk Achterhoek \([A-Z][a-z]+day .*\) has taken place\.$/,
    );
    await answerIn(url, 'pl', 'a:lokaal-pl', 'taal nl');
  });

  it('a conversation the person is not in: a Dutch 400', async () => {
    const res = await fetch(`${url}/api/volgende?rol=pl&id=${encodeURIComponent('a:lokaal-ggz1')}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ fout: 'Onbekende rol of onbekend gesprek.' });
  });
});
