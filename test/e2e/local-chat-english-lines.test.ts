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

  it('what the chat refuses to pass on is said in English: a message too long, a file offer it forgot, a step it does not know', async () => {
    const long = await typeInChat(local.url, 'ggz1', CHAT, 'agendapunt '.padEnd(4100, 'x'));
    expect(long.status).toBe(400);
    expect(await long.json()).toEqual({ fout: en.fields.notSavedTooLong(4100, 4000) });
    const forgotten = await postToChat(local.url, '/api/bestand', {
      rol: 'ggz1',
      gesprek: CHAT,
      activiteit: 'een-aanbod-dat-niet-bestaat',
      toestaan: true,
    });
    expect(await forgotten.json()).toEqual({ fout: 'I no longer know this file. Ask for it again.' });
    const step = await postToChat(local.url, '/api/klok', { rol: 'ggz1', gesprek: CHAT, stap: 'maand' });
    expect(await step.json()).toEqual({ fout: 'Unknown step.' });
    // Someone else, still in Dutch, is refused in Dutch.
    const dutch = await typeInChat(local.url, 'pl', 'a:lokaal-pl', '   ');
    expect(await dutch.json()).toEqual({ fout: 'Typ eerst een bericht.' });
  });

  it('the privacy statement’s link is named in the played person’s language', async () => {
    const situation = (await (await fetch(`${local.url}/api/toestand`)).json()) as {
      gesprekWoorden: Record<'nl' | 'en', { privacy: string }>;
    };
    expect(situation.gesprekWoorden.en.privacy).toBe('Privacy statement');
    expect(situation.gesprekWoorden.nl.privacy).toBe('Privacyverklaring');
  });

  it('a stuurgroeplid in no werkgroep reads that they are in none, not that no meeting is planned', async () => {
    const asked = new URLSearchParams({ rol: 'sg1', id: 'a:lokaal-sg1' });
    const line = (await (await fetch(`${local.url}/api/volgende?${asked}`)).json()) as { tekst: string };
    expect(line.tekst).toBe(
      'Je zit in geen werkgroep: er is geen bijeenkomst van jou om af te ronden. Speel een werkgroeplid om er een af te ronden.',
    );
  });
});
