import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * "Schakel lokaal" as Slack and Teams on the web: each conversation opened is a step in the
 * browser's history. Back and Forward move between conversations within the page (Back never
 * leaves it for the page before), Forward returns to the channel, a reload keeps the
 * conversation, and choosing another person is a step too.
 * Screenshot test-artifacts/local-chat/terug-naar-algemeen.png.
 */
describe('Schakel lokaal: Back, Forward and reload move between conversations', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const button = (name: string) => page.locator('nav button', { hasText: name });
  /** The conversation shown: its title, the sidebar's current one and the messages drawn. */
  const shown = async () => {
    await page.locator('#berichten[aria-busy="false"]').waitFor();
    return {
      titel: await page.locator('#titel').innerText(),
      huidig: await page.locator('nav button[aria-current="true"]').innerText(),
      berichten: await page.locator('#berichten').getAttribute('data-gesprek'),
    };
  };
  const expectShown = async (name: string, id: string) => {
    await page.locator(`#berichten[data-gesprek="${id}"]`).waitFor();
    const now = await shown();
    expect(now.titel).toBe(name);
    expect(now.huidig.replace(/\d+$/, '').trim()).toBe(name);
    expect(now.berichten).toBe(id);
  };

  it('opens A, B, C; Back twice shows A, Forward B, a reload B again', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    // The page before the chat (the tester's about:blank): Back must not return there.
    expect(page.url()).toBe('about:blank');
    await local.open();
    const chat = { name: await page.locator('#titel').innerText(), id: '' };
    chat.id = (await button(chat.name).getAttribute('data-id')) ?? '';
    const algemeen = { name: '# Algemeen', id: (await button('# Algemeen').getAttribute('data-id')) ?? '' };
    const stuurgroep = {
      name: '# Stuurgroep',
      id: (await button('# Stuurgroep').getAttribute('data-id')) ?? '',
    };
    await expectShown(chat.name, chat.id);

    await button(algemeen.name).click();
    await expectShown(algemeen.name, algemeen.id);
    await button(stuurgroep.name).click();
    await expectShown(stuurgroep.name, stuurgroep.id);

    await page.goBack();
    await expectShown(algemeen.name, algemeen.id);
    await page.screenshot({ path: join(SHOTS, 'terug-naar-algemeen.png') });
    await page.goBack();
    await expectShown(chat.name, chat.id);
    expect(page.url().startsWith(local.chat.url)).toBe(true);
    await page.goForward();
    await expectShown(algemeen.name, algemeen.id);

    await page.reload();
    await page.locator('body[data-klaar="ja"]').waitFor();
    await expectShown(algemeen.name, algemeen.id);
    // Still the person played before the reload.
    expect(await page.locator('#rol option:checked').innerText()).toContain('Femke');
  });

  it('choosing another person is a step: Back plays the one before, in the conversation left', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const algemeen = (await button('# Algemeen').getAttribute('data-id')) ?? '';
    await button('# Algemeen').click();
    await expectShown('# Algemeen', algemeen);

    const ruben = await page.locator('#rol option', { hasText: 'Ruben Kleinjan' }).getAttribute('value');
    await page.locator('#rol').selectOption(ruben ?? '');
    await page.locator('#als', { hasText: 'Ruben Kleinjan' }).waitFor();
    await page.locator('.bericht', { hasText: 'Hoi Ruben' }).first().waitFor();

    await page.goBack();
    await page.locator('#als', { hasText: 'Femke' }).waitFor();
    await expectShown('# Algemeen', algemeen);
    expect(await page.locator('#rol option:checked').innerText()).toContain('Femke');
    // Her channels again, not Ruben's.
    await button('# Stuurgroep').waitFor();

    await page.goForward();
    await page.locator('#als', { hasText: 'Ruben Kleinjan' }).waitFor();
    await page.locator('.bericht', { hasText: 'Hoi Ruben' }).first().waitFor();
    expect(await page.locator('#rol').inputValue()).toBe(ruben);
  });
});
