import type { Page, Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests } from '../support/local-chat-browser.ts';
import { dateCardSends, showDateCard } from '../support/local-chat-date-card.ts';

/** Monday 2 March 2026, 10:00 in Schakel's time. */
const NOW = '2026-03-02T09:00:00Z';

/**
 * The local chat's date field when reading a date goes wrong: a request that failed is said as
 * such and asked again (never kept as "no date"), an answer for a day that is over is not kept,
 * and a card is sent once however often its button is pressed while a date is read.
 */
describe('Schakel lokaal: the date field when a reading fails or comes late', () => {
  let page: Page;
  /** What the page's GET /api/datum meets: passed on, unless a test holds or fails it. */
  let onRead: (route: Route) => Promise<void> = (route) => route.continue();

  localChatInBrowserForTests({ clock: manualClock(NOW), height: 1100 }, async (local) => {
    ({ page } = local);
    await page.route('**/api/datum?*', (route) => onRead(route));
    await local.open();
  });

  const shown = () => page.locator('#proefkaart');
  const field = () => shown().locator('[id="datum"] input[type="text"]');
  const hint = () => shown().locator('.datum-uitleg');
  const sends = () => dateCardSends(page);
  const showCard = () => showDateCard(page, 'beside');
  const save = () => shown().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();

  it('a reading that failed is said so, and read again when the card is saved', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    onRead = (route) => route.fulfill({ status: 500, body: '' });
    await showCard();
    await field().pressSequentially('3 maart');
    await field().press('Tab');
    await hint().filter({ hasText: nl.localChat.date.unreadable }).waitFor();
    onRead = (route) => route.continue();
    await save();
    await expect.poll(sends).toEqual([{ datum: '2026-03-03' }]);
    await expect.poll(() => hint().innerText()).toBe('dinsdag 3 maart 2026');
  });

  it('a failed reading whose field was changed since is not asked again when the card is saved', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    onRead = (route) => route.fulfill({ status: 500, body: '' });
    await showCard();
    await field().pressSequentially('5 maart');
    await field().press('Tab');
    await hint().filter({ hasText: nl.localChat.date.unreadable }).waitFor();
    onRead = (route) => route.continue();
    await field().fill('');
    await field().pressSequentially('6 maart');
    await field().press('Tab');
    await hint().filter({ hasText: 'vrijdag 6 maart 2026' }).waitFor();
    const asked: string[] = [];
    const heard = (r: Request) => {
      if (r.url().includes('/api/datum')) asked.push(new URL(r.url()).searchParams.get('tekst') ?? '');
    };
    page.on('request', heard);
    await save();
    await expect.poll(sends).toEqual([{ datum: '2026-03-06' }]);
    page.off('request', heard);
    expect(asked).not.toContain('5 maart');
  });

  it('eight figures, day month year, are a date', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await showCard();
    await field().pressSequentially('03042026');
    await save();
    await expect.poll(sends).toEqual([{ datum: '2026-04-03' }]);
  });

  it('pressed three times while the date is read: the card is sent once', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    let release = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    onRead = async (route) => {
      await held;
      await route.continue();
    };
    await showCard();
    await field().pressSequentially('4 maart');
    await field().press('Tab');
    for (let i = 0; i < 3; i++) await save();
    release();
    await expect.poll(sends).toEqual([{ datum: '2026-03-04' }]);
    // One more round trip to Schakel: any second send would have come by now.
    onRead = (route) => route.continue();
    await page.evaluate(() => fetch('/api/datum?tekst=morgen').then((r) => r.text()));
    expect(await sends()).toEqual([{ datum: '2026-03-04' }]);
  });

  it('a double press on a card in the chat sends it once', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#tekst').fill('actiepunt Dubbel drukken proberen');
    await page.locator('#tekst').press('Enter');
    const klaar = page
      .locator('.bericht:not(.van-mij)')
      .last()
      .locator('.ac-pushButton', { hasText: 'Klaar' });
    await klaar.waitFor();
    const actions: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/actie')) actions.push(r.url());
    });
    await klaar.dblclick();
    await page.locator('#typt').waitFor({ state: 'hidden' });
    await expect.poll(() => actions.length).toBe(1);
    await page.evaluate(() => fetch('/api/datum?tekst=morgen').then((r) => r.text()));
    expect(actions).toHaveLength(1);
  });

  // Last: it moves Schakel's time a day on.
  it('"morgen" read while the day in Schakel moved on is read again for the new day', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
    let first = true;
    onRead = async (route) => {
      if (!first) return route.continue();
      first = false;
      // Schakel reads it on Monday; the answer comes after the day moved on to Tuesday.
      const answer = await route.fetch();
      await page.locator('#dag').click();
      await page.locator('#typt').waitFor({ state: 'hidden' });
      await route.fulfill({ response: answer });
    };
    await showCard();
    await field().pressSequentially('morgen');
    await field().press('Tab');
    await hint().filter({ hasText: 'woensdag 4 maart 2026' }).waitFor();
    await save();
    await expect.poll(sends).toEqual([{ datum: '2026-03-04' }]);
  });
});
