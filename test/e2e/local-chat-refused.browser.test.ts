import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { shownIn } from '../support/local-chat-api.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

const TYPED = 'agendapunt Mevrouw Jansen heeft een depressie, bespreken hoe we haar kunnen helpen';
const CLIENT_DATA = /Jansen|depressie/;

/**
 * A message the privacy guard refused does not stay in "Schakel lokaal": where it stood, the chat
 * says it was taken away, in the channel for everyone, and after a reload too; the refusal says
 * what to do, and does not ask the person to delete a message that is gone.
 * Screenshots test-artifacts/local-chat/geweigerd-*.png.
 */
describe('Schakel lokaal: a refused message is taken out of the chat', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });

  const transcript = () => page.locator('#berichten');

  it.for([
    { place: 'Werkgroep GGZ & Werk', shot: 'kanaal', channel: true },
    { place: 'Chat met Schakel', shot: 'chat', channel: false },
  ])(
    'in $place: the refusal with what to do, and the typed text gone from screen and history',
    { timeout: 90_000 },
    async (c, ctx) => {
      ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
      await local.open();
      await page.locator('nav button', { hasText: c.place }).click();
      await page.locator('#titel', { hasText: c.place }).waitFor();
      await page.locator('#tekst').fill(TYPED);
      await page.locator('#tekst').press('Enter');
      await transcript()
        .locator('.bericht', { hasText: nl.errors.privacyHeading })
        .waitFor({ timeout: 20_000 });
      await transcript().locator('.van-mij', { hasText: nl.localChat.refusedTaken }).waitFor();

      const onScreen = await transcript().innerText();
      expect(onScreen).not.toMatch(CLIENT_DATA);
      expect(onScreen).toContain(nl.errors.privacyNote);
      // The message is gone, for everyone: no one is asked to delete it.
      expect(onScreen).not.toContain(nl.errors.privacyDeleteOwn);
      if (c.channel) expect(onScreen).toContain(nl.errors.privacyTakenOut);
      expect(await page.locator('#tekst').inputValue()).toBe('');
      await page.locator('.gesprek').screenshot({ path: join(SHOTS, `geweigerd-${c.shot}.png`) });

      // Nor in what the chat keeps: its history, and the page opened again.
      const id = await transcript().getAttribute('data-gesprek');
      expect(JSON.stringify(await shownIn(local.chat.url, 'pl', id ?? ''))).not.toMatch(CLIENT_DATA);
      await page.reload();
      await page.locator('body[data-klaar="ja"]').waitFor();
      await page.locator('nav button', { hasText: c.place }).click();
      await transcript().locator('.van-mij', { hasText: nl.localChat.refusedTaken }).waitFor();
      expect(await transcript().innerText()).not.toMatch(CLIENT_DATA);
      expect(await page.content()).not.toMatch(CLIENT_DATA);
    },
  );
});
