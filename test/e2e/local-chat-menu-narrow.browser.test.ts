import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Schakel lokaal" on a phone (390 px wide): the sidebar hides behind ☰. A tester found that, once
 * opened, it covered ☰ and nothing closed it but choosing a conversation; ☰ told a screen reader
 * "dichtgeklapt" all the while; and closed, the sidebar's invisible buttons still took the focus on
 * Tab. Screenshots test-artifacts/local-chat/menu-smal-open.png and menu-smal-dicht.png.
 */
interface FocusNode {
  id: string;
  contains(other: FocusNode): boolean;
}
interface PageGlobals {
  document: { activeElement: FocusNode | null; getElementById(id: string): FocusNode | null };
}

describe('Schakel lokaal: the sidebar on a narrow screen', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, async (started) => {
    ({ page } = started);
    await page.setViewportSize({ width: 390, height: 844 });
  });
  const menu = () => page.locator('#menu');
  const sidebarOpen = () => page.locator('#zijbalk').evaluate((e) => e.classList.contains('open'));
  const focused = () =>
    page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      const el = document.activeElement;
      return {
        id: el?.id ?? '',
        inSidebar: Boolean(el && document.getElementById('zijbalk')?.contains(el)),
      };
    });

  it('closed, Tab never reaches the hidden sidebar; ☰ says whether it is open', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('false');
    await page.locator('#tekst').focus();
    // Round the whole page and back: every stop is something a person can see.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect((await focused()).inSidebar, `Tab ${i + 1}`).toBe(false);
    }
    await page.screenshot({ path: join(SHOTS, 'menu-smal-dicht.png') });
  });

  it('☰ opens it with the focus on "Je speelt"; Escape closes it and gives the focus back to ☰', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await menu().click();
    expect(await sidebarOpen()).toBe(true);
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await focused()).id).toBe('rol');
    await page.locator('#zijbalk').screenshot({ path: join(SHOTS, 'menu-smal-open.png') });
    await page.keyboard.press('Escape');
    expect(await sidebarOpen()).toBe(false);
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('false');
    expect((await focused()).id).toBe('menu');
  });

  it('a tap on the conversation beside the open sidebar closes it', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await menu().click();
    expect(await sidebarOpen()).toBe(true);
    // The strip of the conversation the sidebar (290 px) leaves in view, where no card is.
    await page.mouse.click(370, 420);
    expect(await sidebarOpen()).toBe(false);
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it('that tap only closes it: "Verstuur" under the finger beside the sidebar is not pressed', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#tekst').fill('help');
    const before = await page.locator('.bericht').count();
    await menu().click();
    expect(await sidebarOpen()).toBe(true);
    // Beside the sidebar (290 px), right where "Verstuur" sits under the dimmed conversation.
    const send = await page.locator('#invoer button[type="submit"]').boundingBox();
    if (!send) throw new Error('no Verstuur button');
    await page.mouse.click(send.x + send.width - 8, send.y + send.height / 2);
    expect(await sidebarOpen()).toBe(false);
    await expect(page.locator('#tekst').inputValue()).resolves.toBe('help');
    expect(await page.locator('.bericht').count()).toBe(before);
    await page.screenshot({ path: join(SHOTS, 'menu-smal-tik-ernaast.png') });
  });

  it('a conversation chosen in it closes it, and the focus waits on ☰, not lost', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await menu().click();
    await page.locator('nav button', { hasText: 'Algemeen' }).press('Enter');
    await page.locator('#titel', { hasText: 'Algemeen' }).waitFor();
    expect(await sidebarOpen()).toBe(false);
    await expect(menu().getAttribute('aria-expanded')).resolves.toBe('false');
    expect((await focused()).id).toBe('menu');
  });
});
