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
 * In "Schakel lokaal", what is only Ruben's stays his in the werkgroep's channel: `checkin`
 * typed there sends his form (with what he saved) to his chat with Schakel and the channel only
 * reads so; a button on Femke's help card that he may not use leaves her card as it is for
 * everyone, and only he reads why not.
 * Screenshots test-artifacts/local-chat/prive-*.png.
 */
describe('Schakel lokaal: personal answers and refused buttons in a channel', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1100 }, (started) => {
    ({ page } = started);
  });
  const { playAs, open, say, transcript } = chatSteps(() => page);
  const checkinForm = () =>
    transcript().locator('.bericht', { has: page.locator('[id="samenwerkingsniveau"]') });

  it('Ruben: a refused button on Femke’s card leaves it; `checkin` goes to his own chat', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    // The meeting finished: its check-in is open.
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'afgerond' }).waitFor({ timeout: 30_000 });
    await say('help');
    const helpCard = () =>
      transcript().locator('.bericht:not(.van-mij)', {
        has: page.locator('.ac-pushButton', { hasText: nl.help.shortcuts.samenvatting }),
      });
    await helpCard().last().waitFor({ timeout: 20_000 });
    const helpText = await helpCard().last().innerText();

    await playAs('Ruben Kleinjan');
    await open(WERKGROEP);
    await helpCard().last().locator('.ac-pushButton', { hasText: nl.help.shortcuts.samenvatting }).click();
    const refusal = helpCard().last().locator('.notitie', { hasText: 'Alleen de projectleider' });
    await refusal.waitFor({ timeout: 20_000 });
    await helpCard()
      .last()
      .screenshot({ path: join(SHOTS, 'prive-knop-geweigerd.png') });
    // The card is Femke's help as it was, not replaced by the refusal.
    expect(await helpCard().last().locator('.bijgewerkt').count()).toBe(0);
    expect(await helpCard().last().innerText()).toContain(helpText.split('\n')[0]);

    // For Femke, who reads the channel too, her card is as it was: no refusal in it.
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    await helpCard().last().waitFor({ timeout: 20_000 });
    expect(await helpCard().last().innerText()).not.toContain('Alleen de projectleider');
    expect(await helpCard().last().locator('.bijgewerkt').count()).toBe(0);

    await playAs('Ruben Kleinjan');
    await open(WERKGROEP);
    await say('checkin');
    await transcript()
      .locator('.bericht:not(.van-mij)', { hasText: nl.checkin.sentToPrivateChat })
      .waitFor({ timeout: 20_000 });
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'prive-checkin-in-kanaal.png') });
    expect(await checkinForm().count()).toBe(0);

    await open(CHAT);
    await checkinForm().last().waitFor({ timeout: 20_000 });
    await checkinForm()
      .last()
      .screenshot({ path: join(SHOTS, 'prive-checkin-in-chat.png') });

    // Femke does not see Ruben's form in the channel either.
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    await transcript().locator('.bericht', { hasText: nl.checkin.sentToPrivateChat }).waitFor();
    expect(await checkinForm().count()).toBe(0);
  });
});
