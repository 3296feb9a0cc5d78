import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, launchChromium, SKIP_NOTE } from '../support/chromium.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The privacy statement and the terms of use in Debian's Chromium, at a phone's width and a
 * desktop's, as a member opens them from Teams: drawn with their own style (the
 * Content-Security-Policy lets it through), asking nothing of any other server, readable without
 * scrolling sideways. Screenshots are kept in test-artifacts/legal/ for a human to look at.
 */
const SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'legal');
const WIDTHS = {
  telefoon: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
const PAGES = {
  privacy: '/privacy',
  gebruiksvoorwaarden: '/gebruiksvoorwaarden',
  'privacy-en': '/privacy?lang=en',
  'over-schakel': '/',
} as const;

describe('the privacy statement and the terms of use in a real browser', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    tdb = await createTestDatabase();
    app = await startTestApp(
      {
        SCHAKEL_PRIVACY_CONTROLLER: 'Gemeente Voorbeeldstad',
        SCHAKEL_PRIVACY_CONTACT: 'privacy@voorbeeldstad.example',
      },
      tdb.db,
    );
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await tdb?.drop();
  });

  for (const [name, path] of Object.entries(PAGES)) {
    for (const [width, viewport] of Object.entries(WIDTHS)) {
      it(`${path} at ${width} width: styled, self-contained, no sideways scrolling`, async (ctx) => {
        ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
        const page = await browser.newPage({ viewport, locale: 'nl-NL' });
        const requests: string[] = [];
        const complaints: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('console', (m) => m.type() === 'error' && complaints.push(m.text()));
        try {
          const res = await page.goto(`${app.baseUrl}${path}`);
          expect(res?.status()).toBe(200);
          // Only the page itself; a blocked style or anything else would show as a console error.
          expect(requests).toEqual([`${app.baseUrl}${path}`]);
          expect(complaints).toEqual([]);
          // The inline style ran: the heading has Schakel's colour, the page its narrow column.
          expect(await page.evaluate(`getComputedStyle(document.querySelector('h1')).color`)).toBe(
            'rgb(27, 127, 121)',
          );
          const sideways = await page.evaluate(
            'document.documentElement.scrollWidth - document.documentElement.clientWidth',
          );
          expect(sideways).toBe(0);
          const shot = join(SHOTS, `${name}-${width}.png`);
          await page.screenshot({ path: shot, fullPage: true });
          expect(existsSync(shot)).toBe(true);
        } finally {
          await page.close();
        }
      }, 60_000);
    }
  }

  it('leads from the privacy statement to the terms of use and to English, by its links', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const page = await browser.newPage({ viewport: WIDTHS.telefoon, locale: 'nl-NL' });
    try {
      await page.goto(`${app.baseUrl}/privacy`);
      await page.getByRole('link', { name: 'Gebruiksvoorwaarden' }).click();
      await page.waitForURL(`${app.baseUrl}/gebruiksvoorwaarden`);
      expect(await page.locator('h1').innerText()).toBe('Gebruiksvoorwaarden van Schakel');
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${app.baseUrl}/gebruiksvoorwaarden?lang=en`);
      expect(await page.locator('h1').innerText()).toBe('Terms of use of Schakel');
      const contact = page.getByRole('link', { name: 'privacy@voorbeeldstad.example' });
      expect(await contact.getAttribute('href')).toBe('mailto:privacy@voorbeeldstad.example');
    } finally {
      await page.close();
    }
  }, 60_000);
});
