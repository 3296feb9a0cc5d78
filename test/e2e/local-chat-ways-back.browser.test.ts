import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';
import type { TestDatabase } from '../support/test-database.ts';

/**
 * The projectleider's review of the digest in "Schakel lokaal", by clicking only: each form and the
 * publish question has a way back that changes nothing, and the text box shows the whole text;
 * a saved checklist offers the buttons to change it and the check-in.
 * Screenshots in test-artifacts/local-chat/digest-*.png.
 */
describe('Schakel lokaal: digest forms and saved forms offer their way back', () => {
  let tdb: TestDatabase;
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1000 }, (started) => {
    ({ page } = started);
    ({ tdb } = started.chat);
  });

  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const button = (label: string) => lastCard().locator('.ac-pushButton', { hasText: label });
  const shot = (name: string) => lastCard().screenshot({ path: join(SHOTS, `digest-${name}.png`) });
  /** The preview card is back: its buttons, and the summary as it was. */
  const previewIsBack = async (summary: string) => {
    await button('Onderdelen weglaten').waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toContain(summary);
  };
  const versions = async () =>
    (await tdb.db.pool.query('SELECT status, summary, omitted FROM digest_versions ORDER BY version')).rows;

  it('"Tekst aanpassen" shows the whole text; "Annuleren" and "Nog niet" bring the preview back unchanged', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open(local.chat.app.running.localChatUrl!);
    await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
    await page.locator('#tekst').fill('samenvatting');
    await page.locator('#tekst').press('Enter');
    await button('Tekst aanpassen').waitFor({ timeout: 30_000 });
    const before = await versions();
    const summary = String(before.at(-1)?.summary ?? '');
    expect(summary.length).toBeGreaterThan(150);
    const firstLine = summary.slice(0, 40);

    await button('Tekst aanpassen').click();
    const box = lastCard().locator('textarea').first();
    await box.waitFor();
    expect(await box.inputValue()).toBe(summary);
    // The whole text is in view: the box is as tall as its text, nothing to scroll inside it.
    const fits = await box.evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.clientHeight > 60);
    expect(fits).toBe(true);
    await shot('tekst-aanpassen');
    await box.fill('Iets anders dat niet bewaard mag worden.');
    await button('Annuleren').click();
    await previewIsBack(firstLine);
    await shot('na-annuleren');

    await button('Onderdelen weglaten').click();
    await lastCard().locator('select').first().waitFor();
    await lastCard().locator('select').first().selectOption('weglaten');
    await button('Annuleren').click();
    await previewIsBack(firstLine);

    await button('Publiceren').click();
    await button('Nog niet').waitFor();
    await shot('publiceren-vraag');
    await button('Nog niet').click();
    await previewIsBack(firstLine);
    // Nothing changed: the same draft, its text and sections as before.
    expect(await versions()).toEqual(before);
  }, 120_000);

  it('the checklist confirmation offers "Checklist wijzigen" and the check-in\'s own button again', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open(local.chat.app.running.localChatUrl!);
    // Femke lets the werkgroep's meeting happen; Ruben gets the check-in.
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#volgende', { hasText: 'Werkgroep GGZ & Werk' }).waitFor();
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'afgerond' }).waitFor();
    const ruben = await page.locator('#rol option', { hasText: 'Ruben Kleinjan' }).getAttribute('value');
    await page.locator('#rol').selectOption(ruben ?? '');
    await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
    // The check-in arrives as its form.
    await lastCard().locator('[id="samenwerkingsniveau"] select').waitFor({ timeout: 20_000 });
    await lastCard().locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await button('Opslaan').click();
    await button('Checklist invullen').waitFor({ timeout: 20_000 });
    expect(await button('Wijzigen').count()).toBe(1);
    await button('Checklist invullen').click();
    for (let n = 1; n <= 20; n++)
      await lastCard().locator(`[id="item_${n}"] input[type="radio"]`).first().check();
    await button('Opslaan').click();
    await button('Checklist wijzigen').waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toContain('Je kunt hem wijzigen tot');
    await shot('checklist-opgeslagen');
    // Both buttons open their form again, as saved.
    await button('Check-in wijzigen').click();
    expect(await lastCard().locator('[id="samenwerkingsniveau"] select').inputValue()).toBe('3.5');
  }, 120_000);
});
