import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/**
 * `vergeet-mij` on a phone (390 × 844 px): the confirmation card fits one screen, still saying what
 * is erased, what stays without the name, that drafts are withdrawn and that it cannot be undone,
 * with its two buttons; for the region's only projectleider also what her erasure leaves. Screenshot test-artifacts/local-chat/vergeet-mij-telefoon.png.
 */
describe('Schakel lokaal: the vergeet-mij confirmation on a phone', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);

  it('fits one phone screen and still says what it erases and what it keeps', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.playAs('Femke');
    // Chosen on the wide page (its sidebar shows the person picker), then read on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await steps.say('vergeet-mij');
    const card = steps.fromSchakel().last();
    await card.locator('.ac-pushButton', { hasText: 'Ja, wis mijn gegevens' }).waitFor({ timeout: 20_000 });
    const text = await card.innerText();
    for (const said of [
      'check-ins',
      'actiepunten',
      'logboek',
      'Zonder jouw naam',
      'concept van de stuurgroep-samenvatting met jouw antwoorden wordt ingetrokken',
      'niet ongedaan',
      'vergeet-mij bevestig',
      // Femke is the region's only projectleider: what her erasure leaves.
      'enige projectleider',
      'nieuwe projectleider',
    ])
      expect(text).toContain(said);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'vergeet-mij-telefoon.png') });
    // Between the page's header and its input: the part of the screen where messages are read.
    const box = await card.boundingBox();
    const list = await page.locator('#berichten').boundingBox();
    expect(box?.height).toBeLessThanOrEqual(list?.height ?? 0);
    // Both buttons within the card, side by side or under each other, pressable.
    for (const label of ['Ja, wis mijn gegevens', 'Laat maar'])
      await expect(card.locator('.ac-pushButton', { hasText: label }).isVisible()).resolves.toBe(true);
  }, 120_000);
});
