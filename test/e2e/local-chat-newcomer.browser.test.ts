import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { freePort } from '../support/free-port.ts';
import type { LocalChatApp } from '../support/local-chat-app.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * What a newcomer's walk through "Schakel lokaal" found. The sidebar keeps up: its clock follows the time in Schakel as it passes,
 * and "Volgende:" names the new werkgroep once `koppel` links the open channel to it. A card that
 * replaces another keeps what the reader still needs: after "Voorstel overnemen" on a new
 * werkgroep's card, the answer names the werkgroep and the date in words, and still says how to
 * link its channel (the card that said so is gone).
 */
describe('Schakel lokaal: the sidebar stays current, a replaced card keeps what is needed', () => {
  let chat: LocalChatApp;
  let page: Page;
  // Saturday 5 December 2026, 01:16 in Amsterdam; the test moves it as time would.
  const clock = manualClock('2026-12-05T00:16:00Z');

  // A fixed port, so the published digest has a PUBLIC_URL to link to (local mode makes it from PORT).
  const local = localChatInBrowserForTests(
    async () => ({ env: { PORT: String(await freePort()) }, clock }),
    (started) => ({ chat, page } = started),
  );

  it('the clock moves on by itself, and koppel in # Algemeen changes "Volgende:"', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    // The page's own timers on Playwright's clock: its 15-second refresh is run at once, not waited for.
    await page.clock.install();
    await local.open();
    await expect.poll(() => page.locator('#nu').innerText()).toBe('zaterdag 5 december 2026 om 01:16');
    clock.advance(3 * 60_000);
    await page.clock.runFor(15_000);
    await expect
      .poll(() => page.locator('#nu').innerText(), { timeout: 10_000 })
      .toBe('zaterdag 5 december 2026 om 01:19');

    await page.getByRole('button', { name: '# Algemeen' }).click();
    await expect
      .poll(() => page.locator('#volgende').innerText())
      .toContain('Volgende: Werkgroep GGZ & Werk Achterhoek');
    await page.locator('#tekst').fill('koppel Werkgroep Werkgevers & Jobcoaching');
    await page.locator('#tekst').press('Enter');
    await page.locator('#berichten li', { hasText: 'gekoppeld' }).waitFor();
    await expect
      .poll(() => page.locator('#volgende').innerText(), { timeout: 10_000 })
      .toContain('Volgende: Werkgroep Werkgevers & Jobcoaching');
    await page.screenshot({ path: join(SHOTS, 'zijbalk-na-koppel.png') });
  }, 90_000);

  it('"Voorstel overnemen" on Christmas Day: moved, named, in words, and how to koppel', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await page.locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).first().click();
    await page.locator('[id="naam"] input').fill('Werkgroep Proef Oost');
    await page.locator('[id="datum"] input').fill('2026-12-25');
    await page.locator('[id="tijd"] input').fill('14:00');
    await page.locator('[id="leden"]').getByText('Ruben Kleinjan').click();
    await page.locator('.ac-pushButton', { hasText: 'Aanmaken' }).last().click();
    const proposal = page.locator('.ac-pushButton', { hasText: 'Voorstel overnemen (24 december)' });
    await proposal.waitFor();
    await proposal.click();
    const card = page.locator('.bericht', { hasText: 'is verplaatst naar' }).last();
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain(
      'De bijeenkomst van Werkgroep Proef Oost is verplaatst naar donderdag 24 december 2026 om 14:00.',
    );
    expect(text).not.toContain('2026-12-24');
    expect(text).toContain('koppel Werkgroep Proef Oost in het kanaal van de werkgroep');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'voorstel-overgenomen.png') });
  }, 90_000);

  it('publishing the digest: the answer that replaces the draft keeps its first sentence and the PDF', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.getByRole('button', { name: 'Chat met Schakel' }).click();
    await page.locator('#tekst').fill('samenvatting');
    await page.locator('#tekst').press('Enter');
    await page.locator('.ac-pushButton', { hasText: 'Publiceren' }).last().click();
    await page.locator('.ac-pushButton', { hasText: 'Ja, publiceren' }).last().click();
    const card = page.locator('.bericht', { hasText: 'Gepubliceerd: versie' }).last();
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/Wat de stuurgroep leest begint met: \S.+[.!?…]/);
    const pdf = card.locator('a[href$=".pdf"]');
    expect(await pdf.count()).toBe(1);
    const opened = await fetch((await pdf.getAttribute('href')) ?? '');
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toContain('application/pdf');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'samenvatting-gepubliceerd.png') });
  }, 90_000);

  it('"Bijeenkomst afronden": the reminder of the day before arrives, its day shown beside its time', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.getByRole('button', { name: '# Werkgroep GGZ & Werk' }).click();
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'is afgerond' }).waitFor({ timeout: 30_000 });
    const reminder = page.locator('.bericht', { hasText: 'Morgen: Werkgroep GGZ & Werk Achterhoek' }).last();
    await reminder.waitFor();
    expect(await reminder.locator('.wie').innerText()).toMatch(/^Schakel · ma 21 dec\.?, \d\d:\d\d$/);
    const checkin = page.locator('.bericht', { hasText: 'Check-in: Werkgroep GGZ & Werk Achterhoek' }).last();
    expect(await checkin.locator('.wie').innerText()).toMatch(/^Schakel · \d\d:\d\d$/);
    await page.screenshot({ path: join(SHOTS, 'afronden-herinnering.png') });
  }, 90_000);
});
