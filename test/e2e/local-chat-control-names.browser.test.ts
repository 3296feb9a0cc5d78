import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests } from '../support/local-chat-browser.ts';

/**
 * What a screen reader or voice control calls the page's own controls in "Schakel lokaal". A tester
 * found the person picker, labelled "Je speelt" on screen, named "Rol" to them: who says "Je speelt"
 * to voice control reached nothing (WCAG 2.5.3, the visible label in the name).
 */
describe('Schakel lokaal: the page controls are called what they show', () => {
  const local = localChatInBrowserForTests();

  it('the person picker is "Je speelt", in Dutch, and "You play" for an English member', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const { page } = local;
    await expect(page.getByRole('combobox', { name: 'Je speelt', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Bijeenkomst afronden' }).count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'Bericht', exact: false }).count()).resolves.toBe(1);
    await page.locator('#tekst').fill('taal en');
    await page.locator('#tekst').press('Enter');
    await page.locator('[data-woord="playing"]', { hasText: 'You play' }).waitFor({ timeout: 20_000 });
    await expect(page.getByRole('combobox', { name: 'You play', exact: true }).count()).resolves.toBe(1);
    await page.locator('#tekst').fill('taal nl');
    await page.locator('#tekst').press('Enter');
    await page.locator('[data-woord="playing"]', { hasText: 'Je speelt' }).waitFor({ timeout: 20_000 });
  });
});
