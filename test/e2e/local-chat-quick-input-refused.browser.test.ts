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

const REFUSED = 'Bespreken: meneer Jan Jansen, Kerkstraat 5 Aalten, 06-12345678';
const CLIENT_DATA = /Jansen|Kerkstraat|12345678/;

/**
 * The newcomer's walk in "Schakel lokaal": under the call for agendapunten in the werkgroep's
 * channel Femke types a line that names a client and presses Toevoegen. Schakel refuses it in
 * Dutch under the card, and the card's field is emptied (as every refused form field is), so the
 * client's details do not stay on the screen; the card itself stays for the others.
 * Screenshot test-artifacts/local-chat/agendapunt-kaart-geweigerd.png.
 */
describe('Schakel lokaal: a refused agendapunt typed under the call is emptied', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const call = () => steps.fromSchakel().filter({ hasText: 'Agendapunten voor Werkgroep' }).last();

  it('refused under the card, said so, the field empty, nothing of it on the page', {
    timeout: 180_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.finishMeeting();
    await call().waitFor({ timeout: 20_000 });
    const field = () => call().locator('textarea').first();
    const note = call().locator('.notitie');
    // finishMeeting waited for the conversation drawn anew for the new time: the card stays as typed in.
    await field().fill(REFUSED);
    await call().locator('.ac-pushButton', { hasText: 'Toevoegen' }).click();
    await note.waitFor({ timeout: 20_000 });

    expect(await note.innerText()).toContain('Niet opgeslagen');
    expect(await note.innerText()).toContain(nl.adapters.quickInputEmptied);
    expect(await field().inputValue()).toBe('');
    expect(await steps.transcript().innerText()).not.toMatch(CLIENT_DATA);
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'agendapunt-kaart-geweigerd.png') });
  });
});
