import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/** `rol` types each of `texts` at once (two tabs, or two projectleiders), and waits for the requests to end. */
async function typedAtOnce(url: string, texts: string[]): Promise<void> {
  await Promise.all(texts.map(async (t) => (await typeInChat(url, 'pl', WERKGROEP_CHANNEL, t)).text()));
}

/**
 * Two settings changed at once (two projectleiders, or two tabs) both stand, as they would one
 * after the other: the second change is made to the settings as the first left them, not to the
 * settings both read before either was saved.
 */
describe('the local chat: settings changed at once both stand', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('"herinneringen uur", "weekend" and "checkin" at once: all three are the werkgroep’s settings', async () => {
    await typedAtOnce(local.url, [
      'herinneringen uur 10',
      'herinneringen weekend ja',
      'herinneringen checkin nee',
    ]);
    const shown = await answerIn(local.url, 'pl', WERKGROEP_CHANNEL, 'herinneringen');
    expect(shown).toContain('"title":"Oproep agendapunten","value":"7 dagen vooraf om 10:00"');
    expect(shown).toContain('"title":"Check-in na afloop","value":"nee"');
    expect(shown).toContain('"title":"Ook in het weekend","value":"ja"');
  });

  it('"stuurgroep instellingen dagen" and "periode" at once: both are the region’s settings', async () => {
    await typedAtOnce(local.url, [
      'stuurgroep instellingen dagen 12',
      'stuurgroep instellingen periode sinds-vorige',
    ]);
    const shown = await answerIn(local.url, 'pl', WERKGROEP_CHANNEL, 'stuurgroep instellingen');
    expect(shown).toContain('komt 12 dagen vooraf');
    expect(shown).toContain('gaat over de tijd sinds de vorige stuurgroep');
  });
});
