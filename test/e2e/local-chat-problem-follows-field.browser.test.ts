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

// A time only Schakel refuses (a past day is refused in the page already: the date's min is today).
const SKIPPED = '02:30';
const PROBLEM = 'de klok gaat dan een uur vooruit';

/**
 * A newcomer's walk: a form comes back with Schakel's problem beside a field, the person changes
 * that field, and the old problem no longer stands beside the new value. Femke's "Nieuwe
 * werkgroep" with a first meeting at a time the clock skips (summer time begins): she types another
 * time, and "de klok gaat dan een uur vooruit" (and the summary above the form) go; typed back, it
 * is said again. Ruben's check-in
 * with a BSN in Toelichting: he writes a clean text, and "heb ik dit veld leeggemaakt" goes.
 * Screenshots test-artifacts/local-chat/probleem-weg-*.png.
 */
describe('Schakel lokaal: a problem beside a field goes once the field is changed', () => {
  let page: Page;
  const local = localChatInBrowserForTests({ height: 1400 }, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  it('Nieuwe werkgroep: a time the clock skips refused, then another time typed', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await lastCard().locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).click();
    const card = lastCard();
    await card.locator('input').first().waitFor({ timeout: 20_000 });
    await card.getByLabel('Naam').fill('Werkgroep Proef Oost');
    await card.locator('.datum-tekst').fill('28-03-2027');
    await card.locator('.datum-tekst').press('Tab');
    await card.getByLabel('Tijd').fill(SKIPPED);
    await card.locator('.ac-pushButton', { hasText: 'Aanmaken' }).click();
    const problem = lastCard().getByText(PROBLEM);
    const summary = lastCard().getByText(nl.adapters.formProblems);
    await problem.waitFor({ timeout: 20_000 });

    await lastCard().getByLabel('Tijd').fill('14:00');
    await problem.waitFor({ state: 'hidden' });
    expect(await summary.isVisible()).toBe(false);
    await lastCard().screenshot({ path: join(SHOTS, 'probleem-weg-datum.png') });

    await lastCard().getByLabel('Tijd').fill(SKIPPED);
    await problem.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await summary.isVisible()).toBe(true);
  }, 120_000);

  it('check-in: a refused Toelichting, then a clean text written', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const checkin = () =>
      steps
        .fromSchakel()
        .filter({ has: page.locator('[id="samenwerkingsniveau"]') })
        .last();
    await steps.open('Werkgroep GGZ & Werk');
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'is afgerond' }).waitFor({ timeout: 60_000 });
    await steps.playAs('Ruben Kleinjan');
    await page.locator('#berichten[aria-busy="false"]').waitFor();
    await steps.open('Chat met Schakel');
    await checkin().waitFor({ timeout: 20_000 });
    await checkin().locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await checkin().locator('[id="toelichting"] textarea').fill('Overleg over BSN 111222333 liep goed');
    await checkin().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    const refused = checkin().getByText(nl.forms.refusedEmptied);
    await refused.waitFor({ timeout: 20_000 });

    await checkin().locator('[id="toelichting"] textarea').fill('Het overleg liep goed');
    await refused.waitFor({ state: 'hidden' });
    await checkin().locator('[id="toelichting"]').scrollIntoViewIfNeeded();
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'probleem-weg-geweigerd.png') });
  }, 180_000);
});
