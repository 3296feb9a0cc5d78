import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Schakel lokaal" by keyboard only: a card button pressed with Enter renews its card in place,
 * and the keyboard stays there (on the renewed card), not back at the top of the page.
 * Screenshot test-artifacts/local-chat/toetsenbord-na-knop.png.
 */
describe('Schakel lokaal: the keyboard stays on a card its button renewed', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1000 }, (started) => {
    ({ page } = started);
  });

  const focus = () => page.locator(':focus');
  it('help, Shift+Tab to "Volgende bijeenkomsten", Enter: the focus is on the card that answered', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#tekst').focus();
    await page.keyboard.type('help');
    await page.keyboard.press('Enter');
    const card = page.locator('.bericht:not(.van-mij)').last();
    await card.locator('.ac-pushButton', { hasText: 'Volgende bijeenkomsten' }).waitFor({ timeout: 20_000 });
    await page.locator('#tekst').focus();
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Shift+Tab');
      reached = (await focus().textContent())?.trim() === 'Volgende bijeenkomsten';
    }
    expect(reached).toBe(true);
    const id = await card.getAttribute('data-id');
    await page.keyboard.press('Enter');
    const renewed = page.locator(`.bericht[data-id="${id}"]`);
    await renewed.filter({ hasNotText: 'Volgende bijeenkomsten' }).waitFor({ timeout: 20_000 });
    // The focus is inside the renewed message (not on the page's body).
    expect(await focus().count()).toBe(1);
    expect(await page.locator('.bericht:focus-within').getAttribute('data-id')).toBe(id);
    await page.screenshot({ path: join(SHOTS, 'toetsenbord-na-knop.png') });
    // The next Tab goes on inside that card (or to what follows it), not to the top of the page.
    await page.keyboard.press('Tab');
    expect(await focus().count()).toBe(1);
    expect(await page.locator('#zijbalk :focus').count()).toBe(0);
  }, 120_000);
});
