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

const REFUSED =
  'Goed gesprek over mevrouw Fatima el Amrani, zij heeft een bipolaire stoornis en BSN 111222333';
const CLIENT_DATA = /Fatima|Amrani|bipolair|111222333/;

/**
 * The tester's walk in "Schakel lokaal": Femke finishes the meeting, Ruben fills in his check-in
 * card with a Toelichting that names a client and presses Opslaan. The card comes back with
 * Toelichting empty and a line saying why, his level still chosen; after a reload too.
 * Screenshot test-artifacts/local-chat/geweigerd-veld-leeg.png.
 */
describe('Schakel lokaal: a refused field of the check-in card comes back empty', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const card = () =>
    steps
      .fromSchakel()
      .filter({ has: page.locator('[id="samenwerkingsniveau"]') })
      .last();

  it('Toelichting emptied and said so, the level kept, nothing refused on the page', {
    timeout: 180_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.open('Werkgroep GGZ & Werk');
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'is afgerond' }).waitFor({ timeout: 60_000 });
    await steps.playAs('Ruben Kleinjan');
    await page.locator('#berichten[aria-busy="false"]').waitFor();
    await steps.open('Chat met Schakel');
    await card().waitFor({ timeout: 20_000 });
    await card().locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await card().locator('[id="toelichting"] textarea').fill(REFUSED);
    await card().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await card().getByText(nl.forms.refusedEmptied).waitFor({ timeout: 20_000 });

    expect(await card().locator('[id="toelichting"] textarea').inputValue()).toBe('');
    expect(await card().locator('[id="samenwerkingsniveau"] select').inputValue()).toBe('3.5');
    expect(await steps.transcript().innerText()).not.toMatch(CLIENT_DATA);
    await card().getByText(nl.forms.refusedEmptied).scrollIntoViewIfNeeded();
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'geweigerd-veld-leeg.png') });

    await page.reload();
    await page.locator('body[data-klaar="ja"]').waitFor();
    await steps.open('Chat met Schakel');
    await card().getByText(nl.forms.refusedEmptied).waitFor();
    expect(await card().locator('[id="toelichting"] textarea').inputValue()).toBe('');
    expect(await page.content()).not.toMatch(CLIENT_DATA);
  });
});
