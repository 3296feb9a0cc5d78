import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn, type HeardEvent, listenAs, pressIn, shownIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const STUURGROEP = '19:lokaal-stuurgroep@thread.tacv2';
const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

const placesOf = (heard: HeardEvent[]) => [...new Set(heard.map((e) => e.activity.conversationId))].sort();

/**
 * "Schakel lokaal" shows each person only their own chat and channels; its live stream to the
 * browser carries no more than that. Ruben (werkgroeplid GGZ) listens while Femke publishes a
 * digest to the stuurgroep: his browser never receives its text, nor Femke's own chat, while his
 * werkgroep's channel and his own chat arrive. Marloes (stuurgroeplid) does receive the digest.
 */
describe('the local chat’s live stream carries only what the person played may see', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('a werkgroeplid’s browser never receives the stuurgroep’s digest; his channel and chat arrive', async () => {
    const ruben = await listenAs(local.url, 'ggz1');
    const marloes = await listenAs(local.url, 'sg1');
    try {
      // Femke drafts the digest in her own chat and publishes it: it goes to the stuurgroep's channel.
      const before = (await shownIn(local.url, 'pl', STUURGROEP)).length;
      await answerIn(local.url, 'pl', 'a:lokaal-pl', 'samenvatting');
      const pressed = await pressIn(local.url, 'pl', 'a:lokaal-pl', 'digest_publish');
      expect(pressed.status).toBe(200);
      const digest = await waitFor('the digest in the stuurgroep’s channel', async () =>
        (await shownIn(local.url, 'pl', STUURGROEP)).slice(before).find((m) => m.fromBot),
      );
      // Then something in Ruben's werkgroep channel and in his own chat, after the digest.
      await answerIn(local.url, 'pl', WERKGROEP, 'volgende');
      await answerIn(local.url, 'ggz1', 'a:lokaal-ggz1', 'help');
      await waitFor('Schakel’s answer in Ruben’s own chat, on his stream', () =>
        ruben.heard.find((e) => e.activity.conversationId === 'a:lokaal-ggz1' && e.activity.fromBot),
      );
      expect(placesOf(ruben.heard)).toEqual(['19:lokaal-werkgroep@thread.tacv2', 'a:lokaal-ggz1']);
      expect(ruben.heard.some((e) => e.activity.id === digest.id)).toBe(false);

      // The stuurgroeplid's browser does get the digest as it is posted, and nothing of Ruben's.
      await waitFor('the digest on Marloes’s stream', () =>
        marloes.heard.find((e) => e.activity.id === digest.id),
      );
      expect(placesOf(marloes.heard)).toEqual([STUURGROEP]);
    } finally {
      ruben.close();
      marloes.close();
    }
  });

  it.each([
    ['without a person', ''],
    ['as someone the page does not play', '?rol=niemand'],
  ])('the stream %s: a 400 that says so, in Dutch', async (_what, query) => {
    const res = await fetch(`${local.url}/api/gebeurtenissen${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ fout: 'Onbekende rol of onbekend gesprek.' });
  });
});
