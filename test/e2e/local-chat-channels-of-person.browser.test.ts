import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { shownIn } from '../support/local-chat-api.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

const STUURGROEP_CHANNEL = '19:lokaal-stuurgroep@thread.tacv2';

/**
 * "Schakel lokaal" lists the channels of the person chosen, as Slack and Teams would: the team's
 * General channel and the channels of the overleggen they are in. A werkgroeplid does not open
 * the stuurgroep's channel (where the published digests are), as `samenvatting laatste` refuses
 * them too. Screenshot test-artifacts/local-chat/kanalen-ruben.png.
 */
describe('Schakel lokaal: each person sees the channels they belong to', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const channels = async () =>
    (await page.locator('#kanalen button').allInnerTexts()).map((t) => t.replace(/\d+$/, '').trim());
  const playAs = async (name: string) => {
    const value = await page.locator('#rol option', { hasText: name }).getAttribute('value');
    await page.locator('#rol').selectOption(value ?? '');
    await page.locator('#rol-uitleg').waitFor();
  };

  it('Femke, Ruben and Marloes each see their own channels; Ruben cannot read the stuurgroep’s', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('#kanalen button', { hasText: 'Stuurgroep' }).waitFor();
    expect(await channels()).toEqual([
      '# Algemeen',
      '# Werkgroep GGZ & Werk',
      '# Werkgevers & Jobcoaching',
      '# Stuurgroep',
    ]);

    await playAs('Ruben Kleinjan');
    await page.locator('#kanalen button', { hasText: 'Stuurgroep' }).waitFor({ state: 'detached' });
    expect(await channels()).toEqual(['# Algemeen', '# Werkgroep GGZ & Werk']);
    await page
      .locator('.zijbalk, nav')
      .first()
      .screenshot({ path: join(SHOTS, 'kanalen-ruben.png') });
    // Nor through the page's API: the stuurgroep's conversation is not his.
    const res = await fetch(
      `${local.chat.url}/api/gesprek?rol=ggz1&id=${encodeURIComponent(STUURGROEP_CHANNEL)}`,
    );
    expect(res.status).toBe(400);

    await playAs('Marloes Ten Have');
    await page.locator('#kanalen button', { hasText: 'Stuurgroep' }).waitFor();
    expect(await channels()).toEqual(['# Algemeen', '# Stuurgroep']);
    expect(Array.isArray(await shownIn(local.chat.url, 'sg1', STUURGROEP_CHANNEL))).toBe(true);
  });
});
