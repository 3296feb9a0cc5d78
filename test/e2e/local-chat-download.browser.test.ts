import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests } from '../support/local-chat-browser.ts';

/**
 * A file Schakel sends in "Schakel lokaal" (the inzage of `mijn-gegevens`): after *Toestaan* its
 * link is a download the person gets by clicking it, in Debian's Chromium.
 */
describe('Schakel lokaal: a file Schakel sends is downloaded with one click', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });

  // The page as `npm start` names it (127.0.0.1), and as someone may type it (localhost).
  it.for(['127.0.0.1', 'localhost'])(
    'opened on %s: mijn-gegevens, Toestaan, then a click on the file name saves the file',
    { timeout: 120_000 },
    async (host, ctx) => {
      ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
      const url = new URL(local.chat.url);
      url.hostname = host;
      await local.open(url.href);
      await page.locator('#tekst').fill('mijn-gegevens');
      await page.locator('#tekst').press('Enter');
      const offer = page.locator('.bestand', { hasText: 'schakel-mijn-gegevens.json' }).last();
      await offer.getByRole('button', { name: 'Toestaan' }).click({ timeout: 20_000 });
      const link = page.locator('.bestand a', { hasText: 'schakel-mijn-gegevens.json' }).last();
      await link.waitFor({ timeout: 20_000 });

      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 20_000 }),
        link.click(),
      ]);
      expect(download.suggestedFilename()).toBe('schakel-mijn-gegevens.json');
      expect(await download.failure()).toBeNull();
      const data = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
        lid: { naam: string };
        overleggen: Array<{ naam: string; soort: string }>;
      };
      expect(data.lid.naam).toBe('Femke Hoogland');
      expect(data.overleggen).toContainEqual(expect.objectContaining({ soort: 'stuurgroep' }));
    },
  );
});
