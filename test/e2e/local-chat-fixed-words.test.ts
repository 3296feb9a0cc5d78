import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const FEMKES_CHAT = 'a:lokaal-pl';

/**
 * Schakel lokaal's page is sent with its fixed words (the sidebar, the header, where one types)
 * in the language of the person it shows first, from the catalogue; the page switches them for
 * each person it plays (played-language.js) from the words it is given for both languages.
 */
describe('the local chat page: its fixed words in the played person’s language', () => {
  let local: LocalChatApp;
  // The page, without the first view it carries as JSON (that holds the words of both languages).
  const page = async () =>
    (await (await fetch(`${local.url}/`)).text()).replace(
      /<script type="application\/json"[\s\S]*?<\/script>/,
      '',
    );

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('in Dutch for Femke, every word in its place', async () => {
    const html = await page();
    for (const said of [
      '<html lang="nl">',
      'Je speelt',
      'Tijd in Schakel',
      '>Bijeenkomst afronden<',
      '>Een dag verder<',
      '>Een week verder<',
      'Alles blijft op deze computer. Alle personen zijn verzonnen.',
      '<h1 id="titel">Chat met Schakel</h1>',
      'placeholder="Typ bijvoorbeeld help"',
      '>Verstuur<',
    ]) {
      expect(html).toContain(said);
    }
    expect(html).not.toContain('{{');
  });

  it('in English once Femke chose English, and the page has both languages to switch between', async () => {
    expect(await answerIn(local.url, 'pl', FEMKES_CHAT, 'taal en')).toContain('in English');
    try {
      const html = await page();
      for (const said of [
        '<html lang="en">',
        'You play',
        'Time in Schakel',
        '>Finish meeting<',
        '>One day on<',
        '>One week on<',
        'Everything stays on this computer. All people are made up.',
        '<h1 id="titel">Chat with Schakel</h1>',
        'placeholder="Type for example help"',
        '>Send<',
      ]) {
        expect(html).toContain(said);
      }
      expect(html).not.toMatch(/Je speelt|Een dag verder|Verstuur|Typ bijvoorbeeld/);
      const state = (await (await fetch(`${local.url}/api/toestand`)).json()) as {
        gesprekWoorden: Record<'nl' | 'en', { zijbalk: Record<string, string>; herstart: string }>;
      };
      expect(state.gesprekWoorden.en.zijbalk).toMatchObject({ playing: 'You play', unread: '{n} new' });
      expect(state.gesprekWoorden.nl.zijbalk).toMatchObject({ playing: 'Je speelt', unread: '{n} nieuw' });
      expect(state.gesprekWoorden.en.herstart).toMatch(/^After a restart/);
    } finally {
      await answerIn(local.url, 'pl', FEMKES_CHAT, 'taal nl');
    }
  });
});
