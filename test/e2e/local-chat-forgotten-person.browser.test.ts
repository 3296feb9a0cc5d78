import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/**
 * Sem Wolters, played in "Schakel lokaal", erases himself (vergeet-mij, then vergeet-mij bevestig).
 * He used to stay in the "Je speelt" picker, with the werkgroep channels, until the page was
 * reloaded. Now the page drops him at once (the live stream says who can still be played): the
 * first person left is played, in her own chat, and a line says why, without hiding the end of her
 * chat. No reload: what the page held stays. Screenshot test-artifacts/local-chat/vergeten-persoon.png.
 */
describe('Schakel lokaal: a person erased is dropped from the page at once', () => {
  let page: Page;
  const clock = manualClock('2026-03-02T09:00:00Z');
  const local = localChatInBrowserForTests({ clock }, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const pickerNames = () => page.locator('#rol option').allInnerTexts();

  it('vergeet-mij bevestig: gone from the picker, the first person left played, and why', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    // Femke's chat taller than the page, so that it scrolls: the line about Sem must not hide its end.
    await steps.say('help alles');
    await steps.fromSchakel().filter({ hasText: 'wat ik voor je doe' }).waitFor({ timeout: 20_000 });
    await steps.playAs('Sem Wolters');
    expect(await pickerNames()).toContain('Sem Wolters');
    // Set in this page: a reload would lose it.
    await page.evaluate('window.notReloaded = true');
    await steps.say('vergeet-mij');
    await steps.fromSchakel().filter({ hasText: 'Weet je het zeker?' }).waitFor({ timeout: 20_000 });
    await steps.say('vergeet-mij bevestig');

    const why = nl.localChat.forgotten('Sem Wolters', 'Femke Hoogland');
    await page.locator('#melding', { hasText: why }).waitFor({ timeout: 20_000 });
    expect(await pickerNames()).not.toContain('Sem Wolters');
    expect(await page.locator('#rol').inputValue()).toBe('pl');
    expect(await page.locator('#als').innerText()).toContain('Femke Hoogland');
    expect(await page.locator('#titel').innerText()).toBe(nl.localChat.sidebar.title);
    // Reload and Back play no erased person: the address names Femke.
    expect(await page.evaluate('location.hash')).toContain('rol=pl');
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    // The line takes room from the conversation, read to its end: the last message stays in full view.
    const list = page.locator('#berichten');
    const listBox = await list.boundingBox();
    const lastBox = await list.locator(':scope > li').last().boundingBox();
    const hidden = (lastBox?.y ?? 0) + (lastBox?.height ?? 0) - ((listBox?.y ?? 0) + (listBox?.height ?? 0));
    expect(hidden).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'vergeten-persoon.png') });
  }, 120_000);
});
