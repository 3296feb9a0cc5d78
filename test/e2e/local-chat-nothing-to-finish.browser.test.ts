import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Bijeenkomst afronden" in "Schakel lokaal" can only be pressed when there is a meeting to finish:
 * for Jasmijn (programme office, in no werkgroep: the line under it says she is in none) and in
 * # Stuurgroep (no werkgroep meeting to finish there) it is switched off, the line under it saying why;
 * back in a werkgroep it works again.
 * Screenshot test-artifacts/local-chat/afronden-niets.png.
 */
describe('Schakel lokaal: "Bijeenkomst afronden" with nothing to finish', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const button = () => page.locator('#afronden');
  const line = () => page.locator('#volgende');
  // The button finishes werkgroep meetings: a stuurgroep meeting on the overview card is no contradiction.
  const NOTHING = nl.localChat.noMeeting;
  // The first words of the line for someone in no werkgroep ("Je zit in geen werkgroep: …").
  const IN_NONE = nl.localChat.noWerkgroep.split(':')[0]!;

  it('switched off with the reason under it, on again where a meeting is planned', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await line().filter({ hasText: 'Volgende:' }).waitFor({ timeout: 20_000 });
    expect(await button().isEnabled()).toBe(true);

    await page.locator('#rol').selectOption({ label: 'Jasmijn Verhoef' });
    await line().filter({ hasText: IN_NONE }).waitFor({ timeout: 20_000 });
    await expect.poll(() => button().isDisabled()).toBe(true);
    await page.locator('#zijbalk').screenshot({ path: join(SHOTS, 'afronden-niets.png') });

    await page.locator('#rol').selectOption({ label: 'Femke Hoogland' });
    await line().filter({ hasText: 'Volgende:' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => button().isEnabled()).toBe(true);
    await page.locator('nav button', { hasText: '# Stuurgroep' }).click();
    await line().filter({ hasText: NOTHING }).waitFor({ timeout: 20_000 });
    await expect.poll(() => button().isDisabled()).toBe(true);
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await line().filter({ hasText: 'Volgende:' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => button().isEnabled()).toBe(true);
  }, 120_000);
});
