import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * Femke (projectleider) fills in the voortgang in "Schakel lokaal": "Vul in wat je weet; leeg
 * laten mag", so one number with the others left empty is saved; 2,5 leerbijeenkomsten is refused
 * beside its field as not a whole number, and nothing else is marked.
 * Screenshot test-artifacts/local-chat/voortgang-heel-getal.png.
 */
describe('Schakel lokaal: the voortgang form with fields left empty', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const form = () => page.locator('.bericht:not(.van-mij)', { has: page.locator('[id="trajecten"]') }).last();
  const playAs = async (name: string) => {
    const value = await page.locator('#rol option', { hasText: name }).getAttribute('value');
    await page.locator('#rol').selectOption(value ?? '');
  };
  const say = async (text: string) => {
    await page.locator('#tekst').fill(text);
    await page.locator('#tekst').press('Enter');
  };

  it('saves one number with the rest empty, and refuses 2,5 as not whole', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await playAs('Femke Hoogland');
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#titel', { hasText: 'Werkgroep GGZ & Werk' }).waitFor();
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'afgerond' }).waitFor();
    // Typed in the channel, the form goes to her chat with Schakel.
    await say('voortgang');
    await page.locator('.bericht:not(.van-mij)', { hasText: nl.checkin.sentToPrivateChat }).waitFor();
    await page.locator('nav button', { hasText: nl.localChat.sidebar.title }).click();
    await form().waitFor({ timeout: 20_000 });
    // Whatever the demo filled in before is emptied: only what is known now is filled in.
    const fields = form().locator('input');
    for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill('');
    await form().locator('[id="leerbijeenkomsten"] input, input[id="leerbijeenkomsten"]').first().fill('2.5');
    await form().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await form().getByText(nl.forms.notWhole).waitFor({ timeout: 20_000 });
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
    await form().screenshot({ path: join(SHOTS, 'voortgang-heel-getal.png') });
    const shown = await form().innerText();
    expect(shown).not.toContain('Vul een getal in');
    expect(shown.split(nl.forms.notWhole)).toHaveLength(2);

    await form().locator('input').nth(0).fill('12');
    await form().locator('input[id="leerbijeenkomsten"], [id="leerbijeenkomsten"] input').first().fill('');
    await form().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await page
      .getByText('de voortgangscijfers zijn opgeslagen', { exact: false })
      .last()
      .waitFor({ timeout: 20_000 });
  });
});
