import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/catalogue/en.ts';
import { answerIn, postToChat, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { waitFor } from '../support/wait-for.ts';

const CHAT = 'a:lokaal-ggz1';

/**
 * The local chat's own lines in a conversation, for a person who chose English (`taal en`): the
 * line where their refused message stood and the line on a file offer they allowed are English,
 * not the Dutch the chat was written in (a tester's finding).
 */
describe('the local chat’s own lines in the played person’s language', () => {
  let local: LocalChatApp;
  const history = () => shownIn(local.url, 'ggz1', CHAT);

  beforeAll(async () => {
    local = await startLocalChatApp();
    await answerIn(local.url, 'ggz1', CHAT, 'taal en');
  });
  afterAll(() => local?.stop());

  it('a refused message is taken out with an English line', async () => {
    await (
      await typeInChat(local.url, 'ggz1', CHAT, 'agendapunt Mevrouw Jansen heeft een depressie, bespreken')
    ).text();
    const texts = (await history()).map((m) => m.text);
    expect(texts).toContain(en.localChat.refusedTaken);
    expect(texts.join('\n')).not.toContain('uit de chat gehaald');
  });

  it('the mijn-gegevens file allowed: "You allowed schakel-mijn-gegevens.json."', async () => {
    await (await typeInChat(local.url, 'ggz1', CHAT, 'mijn-gegevens')).text();
    const offer = await waitFor('the file offer', async () =>
      (await history()).findLast((a) => a.attachments.some((x) => x.name === 'schakel-mijn-gegevens.json')),
    );
    const res = await postToChat(local.url, '/api/bestand', {
      rol: 'ggz1',
      gesprek: CHAT,
      activiteit: offer.id,
      toestaan: true,
    });
    expect(res.status).toBe(200);
    const shown = (await history()).find((a) => a.id === offer.id);
    expect(shown?.text).toBe('You allowed schakel-mijn-gegevens.json.');
  });
});
