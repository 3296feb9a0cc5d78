import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Schakel lokaal" after choosing Ruben and reloading: still Ruben (not silently Femke, the first
 * person), and on a phone, where the picker is behind ☰, the header says who is played.
 * Screenshot test-artifacts/local-chat/herladen-als-ruben-390.png.
 */
describe('Schakel lokaal: a reload keeps the person being played', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });

  it('plays Ruben after a reload, and the header says so at 390 px wide', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    expect(await page.locator('#als').textContent()).toContain('Femke');
    const ruben = await page.locator('#rol option', { hasText: 'Ruben Kleinjan' }).getAttribute('value');
    await page.locator('#rol').selectOption(ruben ?? '');
    await page.locator('#als', { hasText: 'Ruben Kleinjan' }).waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('body[data-klaar="ja"]').waitFor();
    expect(await page.locator('#rol').inputValue()).toBe(ruben);
    const header = page.locator('.gesprek header');
    expect(await header.innerText()).toMatch(/Chat met Schakel\s+als Ruben Kleinjan \(werkgroeplid/);
    expect(await page.locator('#als').isVisible()).toBe(true);
    // His own chat, not Femke's.
    await page.locator('.bericht', { hasText: 'Hoi Ruben' }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'herladen-als-ruben-390.png') });
  });
});
