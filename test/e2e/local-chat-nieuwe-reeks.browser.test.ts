import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests } from '../support/local-chat-browser.ts';

/**
 * Femke (projectleider) types `nieuwe-reeks` in the channel of Werkgroep GGZ & Werk, which meets
 * every four weeks already, in "Schakel lokaal": Schakel says at once that there is a series and
 * which command changes it; no form to fill in first.
 */
describe('Schakel lokaal: nieuwe-reeks where the werkgroep has a series', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  it('says at once to use wijzig vanaf, with no form', { timeout: 90_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const value = await page.locator('#rol option', { hasText: 'Femke Hoogland' }).getAttribute('value');
    await page.locator('#rol').selectOption(value ?? '');
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#titel', { hasText: 'Werkgroep GGZ & Werk' }).waitFor();
    await page.locator('#tekst').fill('nieuwe-reeks');
    await page.locator('#tekst').press('Enter');
    await lastCard()
      .getByText('Dit overleg heeft al een reeks.', { exact: false })
      .waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toContain(nl.answers.problems.seriesExists(''));
    expect(await lastCard().locator('input, select, textarea').count()).toBe(0);
  });
});
