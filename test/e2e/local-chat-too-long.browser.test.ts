import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests } from '../support/local-chat-browser.ts';

/** 11 characters of command and 4,000 of text: longer than the 4,000 the local chat passes on. */
const TYPED = `agendapunt ${'a'.repeat(4000)}`;

/**
 * A message longer than "Schakel lokaal" passes on: the line above the input says, as a command's
 * text limit does, that nothing was saved, how long the text is and the maximum; what was typed
 * stays in the input box, to shorten and send again, and nothing reaches the chat.
 */
describe('Schakel lokaal: a message over the length limit', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });

  it('says its length and that it was not saved, and keeps the text to shorten', {
    timeout: 60_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
    await page.locator('#titel', { hasText: 'Chat met Schakel' }).waitFor();
    const before = await page.locator('#berichten .bericht').count();
    await page.locator('#tekst').fill(TYPED);
    await page.locator('#tekst').press('Enter');
    const line = page.locator('#melding');
    await line.waitFor();
    expect(await line.innerText()).toBe(nl.fields.notSavedTooLong(4011, 4000));
    expect(await line.innerText()).toContain('4.011 tekens');
    expect(await page.locator('#tekst').inputValue()).toBe(TYPED);
    expect(await page.locator('#berichten .bericht').count()).toBe(before);
  });
});
