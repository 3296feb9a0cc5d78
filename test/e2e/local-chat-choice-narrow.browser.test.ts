import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/** What the page's own code reaches (the tests are compiled without the DOM's types). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
  querySelectorAll(s: string): ArrayLike<Box>;
}

/**
 * "Voor welke werkgroep is dit?" on a phone (375 px): a long werkgroep name wraps inside its
 * button instead of being cut off ("Werkgroep GGZ & Werk Achterh"), each whole and readable.
 * Screenshot test-artifacts/local-chat/werkgroep-keuze-smal.png.
 */
describe('Schakel lokaal: the werkgroep choice on a narrow screen', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, async (started) => {
    ({ page } = started);
    await page.setViewportSize({ width: 375, height: 740 });
  });

  it('each werkgroep button shows its whole name', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#tekst').fill('actiepunten');
    await page.locator('#tekst').press('Enter');
    const card = page.locator('.bericht:not(.van-mij)').last();
    await card.getByText('Voor welke werkgroep is dit?').waitFor({ timeout: 20_000 });
    const buttons = card.locator('.ac-pushButton');
    const names = await buttons.allInnerTexts();
    expect(names.map((n) => n.trim())).toContain('Werkgroep GGZ & Werk Achterhoek');
    const cardBox = await card.boundingBox();
    for (let i = 0; i < (await buttons.count()); i++) {
      const button = buttons.nth(i);
      // Nothing of the name hidden: neither the button nor a part in it is cut off.
      const clipped = await button.evaluate((el) => {
        const b = el as unknown as Box;
        const parts = [b, ...Array.from(b.querySelectorAll('*'))];
        return parts.some((p) => p.scrollWidth > p.clientWidth + 1);
      });
      expect(clipped, names[i]).toBe(false);
      const box = await button.boundingBox();
      expect(box && cardBox && box.x + box.width <= cardBox.x + cardBox.width + 1, names[i]).toBe(true);
    }
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'werkgroep-keuze-smal.png') });
  }, 120_000);
});
