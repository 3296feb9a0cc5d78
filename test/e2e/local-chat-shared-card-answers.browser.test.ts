import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

const WERKGROEP = 'Werkgroep GGZ & Werk';
const CHAT = 'Chat met Schakel';

/**
 * In "Schakel lokaal", a card in the werkgroep's channel belongs to everyone who reads it: Ruben
 * pressing "Open actiepunten" on Femke's help card leaves her card as it is and gets his answer in
 * a new message after it. `mijn-gegevens` typed in the channel is sent to his chat with Schakel,
 * the file offered there; the channel only reads that it was.
 * Screenshots test-artifacts/local-chat/gedeeld-*.png.
 */
describe('Schakel lokaal: shared cards stay, private answers go to the personal chat', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1100 }, (started) => {
    ({ page } = started);
  });
  const { playAs, open, say, transcript, fromSchakel } = chatSteps(() => page);

  it('Ruben presses a shortcut on Femke’s help card; then asks mijn-gegevens in the channel', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    await say('help');
    const button = nl.help.shortcuts.actiepunten;
    const helpCard = () => fromSchakel().filter({ has: page.locator('.ac-pushButton', { hasText: button }) });
    await helpCard().last().waitFor({ timeout: 20_000 });
    const helpText = await helpCard().last().innerText();

    await playAs('Ruben Kleinjan');
    await open(WERKGROEP);
    const before = await fromSchakel().count();
    await helpCard().last().locator('.ac-pushButton', { hasText: button }).click();
    await helpCard()
      .last()
      .locator('.notitie', { hasText: nl.adapters.answerBelow })
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => fromSchakel().count(), { timeout: 20_000 }).toBeGreaterThan(before);
    expect(await fromSchakel().last().innerText()).toMatch(/actiepunt/i);
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'gedeeld-knop-nieuw-bericht.png') });

    // For Femke her help card is as it was, and Ruben's answer follows it.
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    await helpCard().last().waitFor({ timeout: 20_000 });
    const greeting = helpText.split('\n').find((line) => line.startsWith('Hoi Femke'));
    expect(greeting).toBeDefined();
    expect(await helpCard().last().innerText()).toContain(greeting);
    expect(await helpCard().last().locator('.bijgewerkt').count()).toBe(0);

    await playAs('Ruben Kleinjan');
    await open(WERKGROEP);
    await say('mijn-gegevens');
    await fromSchakel().filter({ hasText: nl.adapters.sentPrivately }).waitFor({ timeout: 20_000 });
    expect(await transcript().locator('.bestand').count()).toBe(0);
    expect(await transcript().innerText()).not.toContain('schakel-mijn-gegevens.json');

    await open(CHAT);
    await page
      .locator('.bestand', { hasText: 'schakel-mijn-gegevens.json' })
      .last()
      .waitFor({ timeout: 20_000 });
    expect(await transcript().innerText()).toContain('Ruben Kleinjan');
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'gedeeld-mijn-gegevens-in-chat.png') });
  });
});
