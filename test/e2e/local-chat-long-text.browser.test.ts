import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { SUMMARY_MAX } from '../../src/messages/forms/digest-form.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  localChatInBrowserForTests,
  openDigestTextEdit,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

const PASTED = `In dit tertiaal is de samenwerking stabiel gebleven. ${'Lange tekst. '.repeat(400)}`.trim();

/**
 * The projectleider pastes a text longer than the digest's summary takes into "Tekst aanpassen" in
 * "Schakel lokaal": nothing is cut. The form says beside the field how long the text is and what
 * the maximum is, keeps all she pasted to shorten, and the concept is not changed.
 * Screenshot test-artifacts/local-chat/samenvatting-tekst-te-lang.png.
 */
describe('Schakel lokaal: a pasted summary longer than the maximum', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  it('is refused with its length and the maximum, and kept whole in the field', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const field = await openDigestTextEdit(page);
    await field.fill('');
    await field.focus();
    await page.keyboard.insertText(PASTED);
    expect(await field.inputValue()).toBe(PASTED);
    await lastCard().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();

    const said = nl.fields.tooLongNow(PASTED.length, SUMMARY_MAX);
    await lastCard().getByText(said).waitFor({ timeout: 20_000 });
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
    await lastCard().screenshot({ path: join(SHOTS, 'samenvatting-tekst-te-lang.png') });
    expect(said).toContain('5.252 tekens');
    expect(await lastCard().locator('textarea').first().inputValue()).toBe(PASTED);
    expect(await page.getByText(nl.confirmation.samenvattingTekst).count()).toBe(0);
  });
});
