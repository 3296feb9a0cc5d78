import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Een dag verder" double-clicked (a tester's finding: the clock moved two days): the second press,
 * while the first is being handled, is ignored. Screenshot test-artifacts/local-chat/dubbelklik-dag.png.
 */
describe('Schakel lokaal: a double click on a clock button moves the clock once', () => {
  const local = localChatInBrowserForTests({ clock: manualClock('2026-12-06T19:10:00Z') });

  it('"Een dag verder" double-clicked: one day on, one request', { timeout: 120_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const { page } = local;
    await local.open();
    await page.locator('#nu', { hasText: 'zondag 6 december 2026' }).waitFor();
    let presses = 0;
    page.on('request', (req) => {
      if (req.url().endsWith('/api/klok')) presses += 1;
    });
    await page.locator('#dag').dblclick();
    await page
      .locator('#nu', { hasText: 'december 2026' })
      .and(page.locator('#nu:not(:has-text("zondag"))'))
      .waitFor();
    // The first press handled: the buttons take presses again.
    await page.locator('#dag:not([aria-disabled])').waitFor();
    expect(await page.locator('#nu').innerText()).toContain('maandag 7 december 2026');
    expect(presses).toBe(1);
    await page.locator('#zijbalk').screenshot({ path: join(SHOTS, 'dubbelklik-dag.png') });
  });
});
