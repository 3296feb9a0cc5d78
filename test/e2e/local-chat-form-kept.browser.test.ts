import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/**
 * Ruben has chosen his samenwerkingsniveau in the check-in form when the conversation is drawn
 * again (he clicks "Chat met Schakel" once more; the clock moves a day): the form keeps his
 * choice, and Opslaan saves it. Before, every redraw drew the form anew and Opslaan sent it empty
 * (under load the page's own second drawing did this between his choice and his press).
 * Screenshot test-artifacts/local-chat/checkin-keuze-blijft.png.
 */
describe('Schakel lokaal: what a person chose in a form stays when the conversation is drawn again', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const level = () => lastCard().locator('[id="samenwerkingsniveau"] select');
  const chatWithSchakel = () => page.locator('nav button', { hasText: 'Chat met Schakel' });

  it('keeps the chosen level through a second opening and a day passing, and saves it', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.finishMeeting();
    await steps.playAs('Ruben Kleinjan');
    await steps.open('Chat met Schakel');
    await level().waitFor({ timeout: 20_000 });
    await level().selectOption('3.5');

    // The same conversation opened again, its messages fetched and drawn.
    const reopened = page.waitForResponse((r) => r.url().includes('/api/gesprek'));
    await chatWithSchakel().click();
    await reopened;
    await page.locator('#berichten[aria-busy="false"]').waitFor();
    expect(await level().inputValue()).toBe('3.5');

    // A day passes in Schakel: the conversation is drawn again against the moved clock.
    const jumped = page.waitForResponse((r) => r.url().includes('/api/klok'));
    await page.locator('button', { hasText: 'Een dag verder' }).click();
    await jumped;
    await page.locator('#tijd-melding', { hasText: 'dag' }).waitFor();
    // The move is done, its redraw included, once the clock's buttons are free again: the list is
    // not busy yet when the step's answer has come and the redraw has still to start.
    await page.locator('#dag:not([aria-disabled])').waitFor();
    expect(await level().inputValue()).toBe('3.5');
    await level().scrollIntoViewIfNeeded();
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'checkin-keuze-blijft.png') });

    await lastCard().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await page.locator('.ac-pushButton', { hasText: 'Wijzigen' }).last().waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toContain('je check-in is opgeslagen');
    // What was saved is what he chose: Wijzigen opens his answer with it.
    await lastCard().locator('.ac-pushButton', { hasText: 'Wijzigen' }).click();
    await level().waitFor({ timeout: 20_000 });
    expect(await level().inputValue()).toBe('3.5');
  });
});
