import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * `help alles` on a phone (375 px wide) in "Schakel lokaal": the command table reads as one table,
 * each command's explanation starting at the same place, whichever part of the list it is in.
 * Screenshot test-artifacts/local-chat/help-alles-smal.png.
 */
describe('Schakel lokaal: help alles on a narrow screen', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, async (started) => {
    ({ page } = started);
    await page.setViewportSize({ width: 375, height: 740 });
  });

  it('every command row lays out alike: the explanations line up, nothing sticks out', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#tekst').fill('help alles');
    await page.locator('#tekst').press('Enter');
    const card = page.locator('.bericht:not(.van-mij)').last();
    await card.getByText('samenvatting', { exact: true }).first().waitFor({ timeout: 20_000 });
    const rows = card.locator('.ac-factset tr');
    const layout: Record<string, string> = {};
    for (let i = 0; i < (await rows.count()); i++) {
      const label = (await rows.nth(i).locator('.ac-fact-title').innerText()).trim();
      const box = await rows.nth(i).locator('.ac-fact-value').boundingBox();
      if (box) layout[label] = `${Math.round(box.x)}+${Math.round(box.width)}`;
    }
    expect(Object.keys(layout)).toContain('samenvatting laatste');
    expect(Object.keys(layout)).toContain('mijn-gegevens');
    // The phone's screen at the end of the list, where the tester saw the columns apart.
    await rows.filter({ hasText: 'samenvatting laatste' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'help-alles-smal.png') });
    // Each explanation where the others are, as wide as the others: one layout for every row.
    expect(new Set(Object.values(layout)), JSON.stringify(layout)).toHaveLength(1);
  }, 120_000);
});
