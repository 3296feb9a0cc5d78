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
 * Femke publishes the stuurgroep digest in "Schakel lokaal" and reloads the page: her chat still
 * shows what was done (the card that says it was published), not the preview with its buttons
 * as if nothing happened. Screenshot test-artifacts/local-chat/gepubliceerd-na-herladen.png.
 */
describe('Schakel lokaal: a published digest is still said after a reload', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1100 }, (started) => {
    ({ page } = started);
  });
  const { open, say, fromSchakel } = chatSteps(() => page);
  const lastCard = () => fromSchakel().last();

  it('publishes, reloads, and reads "Gepubliceerd" where the preview was', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await open('Chat met Schakel');
    await say('samenvatting');
    // The text changed first (the card becomes its form, then the new preview), as in the README's walk.
    await lastCard().locator('.ac-pushButton', { hasText: 'Tekst aanpassen' }).click();
    await lastCard().locator('textarea').first().fill('De samenwerking groeit: jobcoaching Oost is gestart.');
    await lastCard().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await lastCard().getByText('jobcoaching Oost is gestart').first().waitFor({ timeout: 20_000 });
    await lastCard().locator('.ac-pushButton', { hasText: 'Publiceren' }).click();
    await lastCard().locator('.ac-pushButton', { hasText: 'Ja, publiceren' }).click();
    await fromSchakel().filter({ hasText: 'Gepubliceerd' }).first().waitFor({ timeout: 20_000 });

    await page.reload();
    await page.locator('body[data-klaar="ja"]').waitFor();
    await page.locator('#berichten[aria-busy="false"]').waitFor();
    await fromSchakel().filter({ hasText: 'Gepubliceerd' }).first().waitFor({ timeout: 20_000 });
    expect(await fromSchakel().filter({ hasText: 'jobcoaching Oost is gestart' }).count()).toBeGreaterThan(0);
    // The preview's buttons are gone: nothing offers to publish what was published.
    expect(await page.locator('.ac-pushButton', { hasText: 'Ja, publiceren' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'gepubliceerd-na-herladen.png') });
  });
});
