import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import type { LocalChatApp } from '../support/local-chat-app.ts';
import {
  type LocalChatInBrowser,
  localChatInBrowser,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/**
 * The sidebar of "Schakel lokaal" keeps up: its clock follows the time in Schakel as it passes,
 * and "Volgende:" names the new werkgroep once `koppel` links the open channel to it.
 */
describe('Schakel lokaal: the sidebar’s clock and "Volgende:" stay current', () => {
  let open: LocalChatInBrowser | undefined;
  let chat: LocalChatApp;
  let page: Page;
  // Saturday 5 December 2026, 01:16 in Amsterdam; the test moves it as time would.
  const clock = manualClock('2026-12-05T00:16:00Z');

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    open = await localChatInBrowser({}, clock);
    ({ chat, page } = open);
  }, 60_000);
  afterAll(() => open?.stop());

  it('the clock moves on by itself, and koppel in # Algemeen changes "Volgende:"', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.goto(chat.url);
    await page.locator('body[data-klaar="ja"]').waitFor();
    await expect.poll(() => page.locator('#nu').innerText()).toBe('zaterdag 5 december 2026 om 01:16');
    clock.advance(3 * 60_000);
    await expect
      .poll(() => page.locator('#nu').innerText(), { timeout: 30_000 })
      .toBe('zaterdag 5 december 2026 om 01:19');

    await page.getByRole('button', { name: '# Algemeen' }).click();
    await expect
      .poll(() => page.locator('#volgende').innerText())
      .toContain('Volgende: Werkgroep GGZ & Werk Achterhoek');
    await page.locator('#tekst').fill('koppel Werkgroep Werkgevers & Jobcoaching');
    await page.locator('#tekst').press('Enter');
    await page.locator('#berichten li', { hasText: 'gekoppeld' }).waitFor();
    await expect
      .poll(() => page.locator('#volgende').innerText(), { timeout: 10_000 })
      .toContain('Volgende: Werkgroep Werkgevers & Jobcoaching');
    await page.screenshot({ path: join(SHOTS, 'zijbalk-na-koppel.png') });
  }, 90_000);
});
