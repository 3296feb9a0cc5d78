import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * The projectleider's overview card ("Hoi Femke") in "Schakel lokaal": "Nieuwe werkgroep" puts the
 * set-up form in its place, and "Annuleren" brings the overview back; typed `overzicht`, `start`
 * or `hoi` shows it again too. Screenshots test-artifacts/local-chat/overzicht-*.png.
 */
describe('Schakel lokaal: the overview card comes back', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1100 }, (started) => {
    ({ page } = started);
  });

  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const button = (label: string) => lastCard().locator('.ac-pushButton', { hasText: label });

  it('"Nieuwe werkgroep", then "Annuleren": the overview again; "hoi" and "overzicht" show it too', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await lastCard().getByText('Hoi Femke').waitFor({ timeout: 20_000 });
    const overview = await lastCard().innerText();
    await button('Nieuwe werkgroep').click();
    await lastCard().locator('input').first().waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).not.toContain('Hoi Femke');
    await lastCard().screenshot({ path: join(SHOTS, 'overzicht-formulier.png') });
    await button('Annuleren').click();
    await lastCard().getByText('Hoi Femke').waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toBe(overview.replace(/\n*$/, '\nBijgewerkt'));
    await lastCard().screenshot({ path: join(SHOTS, 'overzicht-na-annuleren.png') });

    for (const word of ['hoi', 'overzicht', 'start']) {
      const before = await page.locator('.bericht:not(.van-mij)').count();
      await page.locator('#tekst').fill(word);
      await page.locator('#tekst').press('Enter');
      await page.locator('.bericht:not(.van-mij)').nth(before).waitFor({ timeout: 20_000 });
      const answer = await lastCard().innerText();
      expect(answer, word).toContain('Hoi Femke');
      expect(answer, word).toContain('Je werkgroepen');
      await expect.poll(() => button('Nieuwe werkgroep').count()).toBe(1);
    }
    await lastCard().screenshot({ path: join(SHOTS, 'overzicht-getypt.png') });
  }, 120_000);
});
