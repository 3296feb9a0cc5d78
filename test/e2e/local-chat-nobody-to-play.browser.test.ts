import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM } from '../../src/domain/demo-region.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Schakel lokaal" on a database without the demo's people (as beside a real region, where they
 * are not made): the page says there is nobody to play, and its sidebar names no team that is
 * not there: not the demo's, only the neutral "Kanalen" above the (empty) channels.
 * Screenshot test-artifacts/local-chat/niemand-zijbalk.png.
 */
describe('Schakel lokaal with nobody to play', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ env: { SCHAKEL_SEED_DEMO: 'false' } }, (started) => {
    ({ page } = started);
  });

  it('names no demo team in the sidebar', { timeout: 60_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#melding', { hasText: 'niemand om te spelen' }).waitFor();
    expect(await page.locator('#team-naam').textContent()).toBe(nl.localChat.sidebar.channels);
    expect(await page.locator('#zijbalk').innerText()).not.toContain(DEMO_TEAM.name);
    await page.screenshot({ path: join(SHOTS, 'niemand-zijbalk.png') });
  });
});
