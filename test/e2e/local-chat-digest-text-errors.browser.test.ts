import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  localChatInBrowserForTests,
  openDigestTextEdit,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/**
 * The projectleider's "Tekst aanpassen" in "Schakel lokaal": text with a client's details is
 * refused beside the field; the field emptied and sent again shows only what is wrong now
 * ("Vul een samenvatting in."), not the old refusal under it too.
 * Screenshot test-artifacts/local-chat/samenvatting-tekst-leeg.png.
 */
describe('Schakel lokaal: the digest text form shows the problems of the latest Opslaan only', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  it('refused for a BSN, then emptied: only "Vul een samenvatting in."', { timeout: 90_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const field = await openDigestTextEdit(page);
    await field.fill('Cliënt met BSN 123456782 is geplaatst.');
    await lastCard().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    const problem = lastCard().locator('[id="samenvatting_problem"]');
    await problem.waitFor({ timeout: 20_000 });
    const refusal = await problem.innerText();
    await lastCard().screenshot({ path: join(SHOTS, 'samenvatting-tekst-geweigerd.png') });
    expect(refusal).toContain('BSN');

    await lastCard().locator('textarea').first().fill('');
    await lastCard().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await lastCard().getByText(nl.forms.digest.summaryMissing).waitFor({ timeout: 20_000 });
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
    await lastCard().screenshot({ path: join(SHOTS, 'samenvatting-tekst-leeg.png') });
    const shown = await lastCard().innerText();
    expect(shown.split(nl.forms.digest.summaryMissing)).toHaveLength(2);
    expect(shown).not.toContain(refusal);
    // The field shows what was sent: empty, not the text the form was opened with.
    expect(await lastCard().locator('textarea').first().inputValue()).toBe('');
  });
});
