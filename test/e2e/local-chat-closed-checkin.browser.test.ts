import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * Ruben answers the check-in in "Schakel lokaal"; the round closes ("Een week verder"); then
 * "Wijzigen" on his confirmation says at once that the check-in is closed, with no form to fill
 * in that only Opslaan would refuse. Screenshot test-artifacts/local-chat/checkin-wijzigen-gesloten.png.
 */
describe('Schakel lokaal: Wijzigen on the confirmation of a closed check-in', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const playAs = async (name: string) => {
    const value = await page.locator('#rol option', { hasText: name }).getAttribute('value');
    await page.locator('#rol').selectOption(value ?? '');
  };

  it('says the check-in is closed when Wijzigen is pressed', { timeout: 90_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#volgende', { hasText: 'Werkgroep GGZ & Werk' }).waitFor();
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'afgerond' }).waitFor();
    await playAs('Ruben Kleinjan');
    await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
    const form = page.locator('.bericht:not(.van-mij)', { has: page.locator('[id="samenwerkingsniveau"]') });
    await form.last().waitFor({ timeout: 20_000 });
    await form.last().locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await form.last().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    const change = page.locator('.ac-pushButton', { hasText: 'Wijzigen' }).last();
    await change.waitFor({ timeout: 20_000 });

    // Each week's jump answered before the next press (both say "Een week later.": the line alone cannot
    // tell the second from the first; a press during a jump is ignored).
    for (let i = 0; i < 2; i++) {
      const jumped = page.waitForResponse((r) => r.url().includes('/api/klok'));
      await page.locator('button', { hasText: 'Een week verder' }).click();
      await jumped;
      await page.locator('#tijd-melding', { hasText: 'week' }).waitFor();
    }
    await change.click();
    await page.getByText('is gesloten', { exact: false }).last().waitFor({ timeout: 20_000 });
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'checkin-wijzigen-gesloten.png') });
    expect(await lastCard().locator('[id="samenwerkingsniveau"]').count()).toBe(0);
  });
});
