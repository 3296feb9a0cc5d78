import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { localChatInBrowserForTests } from '../support/local-chat-browser.ts';

const STUURGROEP = '19:lokaal-stuurgroep@thread.tacv2';
const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/** In the page, before its own script: every live stream it opens, and every event any of them delivers. */
const RECORD_STREAMS = `
  window.heard = [];
  window.streams = [];
  window.EventSource = class extends window.EventSource {
    constructor(...args) {
      super(...args);
      window.streams.push(this);
      this.addEventListener('message', (m) => window.heard.push(JSON.parse(m.data).activity.conversationId));
    }
  };
`;

/**
 * The page first plays Femke (projectleider), then Ruben (werkgroeplid GGZ). From the switch on, the
 * browser receives only what Ruben may see: a message in the stuurgroep's channel or in Femke's
 * own chat never reaches it, one in his werkgroep's channel does.
 */
describe('Schakel lokaal: after switching person the browser hears only the new person’s conversations', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, async (started) => {
    ({ page } = started);
    await page.addInitScript(RECORD_STREAMS);
  });

  it('playing Ruben: the stuurgroep’s channel and Femke’s chat never arrive, his werkgroep’s does', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const ruben = await page.locator('#rol option', { hasText: 'Ruben Kleinjan' }).getAttribute('value');
    await page.locator('#rol').selectOption(ruben ?? '');
    await page.locator('#kanalen button', { hasText: 'Stuurgroep' }).waitFor({ state: 'detached' });
    await page.evaluate(() => {
      (globalThis as unknown as { heard: string[] }).heard = [];
    });
    // The stream the page listens on now is open (the server has taken it on).
    await page.waitForFunction(() => {
      const streams = (globalThis as unknown as { streams: EventSource[] }).streams;
      return streams.at(-1)?.readyState === EventSource.OPEN;
    });

    await answerIn(local.chat.url, 'pl', STUURGROEP, 'volgende');
    await answerIn(local.chat.url, 'pl', 'a:lokaal-pl', 'help');
    await answerIn(local.chat.url, 'pl', WERKGROEP, 'volgende');
    await page.waitForFunction(
      (id) => (globalThis as unknown as { heard: string[] }).heard.includes(id),
      WERKGROEP,
    );
    const heard = await page.evaluate(() => (globalThis as unknown as { heard: string[] }).heard);
    expect([...new Set(heard)]).toEqual([WERKGROEP]);
  });
});
