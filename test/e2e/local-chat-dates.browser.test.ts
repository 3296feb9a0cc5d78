import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * Date fields in "Schakel lokaal" are Dutch whatever the browser's language: in Chromium started
 * in American English (--lang=en-US, LANG=en_US.UTF-8), where <input type="date"> reads
 * mm/dd/yyyy, the field takes 3-4-2026 as 3 April and the card sends 2026-04-03. The Dutch
 * calendar under it works by keyboard; required, min and max answer in Dutch. A time field takes
 * the 24-hour clock (14.30) where Chromium's own would ask hh:mm AM/PM.
 * Screenshots in test-artifacts/local-chat/datum-*.png.
 */
describe('Schakel lokaal: a date field in Dutch in an American English browser', () => {
  let page: Page;
  const clock = manualClock('2026-03-02T09:00:00Z');
  const local = localChatInBrowserForTests({ clock, language: 'en-US', height: 1100 }, (started) => {
    ({ page } = started);
  });

  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const dateField = () => lastCard().locator('[id="nieuwe_datum"] input[type="text"]');
  /** The first choice of a card's list. */
  const choose = async (id: string) => {
    const list = lastCard().locator(`select[id="${id}"], [id="${id}"] select`);
    const values = await list
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value).filter(Boolean));
    await list.selectOption(values[0] ?? '');
  };
  /** A card of our own on the chat's page, drawn by the chat's renderer; what it sends in window.sent. */
  const showCard = (card: object) =>
    // In the page's own words (a string: the page's modules, not this test's).
    page.evaluate(`(async () => {
      const { renderCard } = await import('/cards.js');
      const el = renderCard(${JSON.stringify(card)}, (_verb, data) => { window.sent = data; });
      el.id = 'proefkaart';
      document.querySelector('#berichten').replaceChildren(el);
    })()`);
  const moves = async () =>
    (await local.chat.tdb.db.pool.query('SELECT definition FROM meeting_series')).rows.flatMap(
      (r: { definition: { exceptions?: Array<{ kind: string; start?: string }> } }) =>
        r.definition.exceptions ?? [],
    );

  it('"verplaats": 3-4-2026 typed is 3 April, and that is the date Schakel stores', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    // The browser is American: its own date field would read mm/dd/yyyy.
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#tekst').fill('verplaats');
    await page.locator('#tekst').press('Enter');
    await dateField().waitFor({ timeout: 30_000 });
    await choose('bijeenkomst');
    await choose('actie');

    // A screen reader names the field by its label, and says how to write the date.
    const named = lastCard().getByRole('textbox', { name: nl.forms.occurrence.newDate });
    expect(await named.getAttribute('aria-describedby')).toBeTruthy();
    await named.focus();
    await page.keyboard.type('3-4-2026');
    await page.keyboard.press('Tab');
    // Read by Schakel, as the commands read it, once the person left the field.
    await expect.poll(() => dateField().inputValue()).toBe('03-04-2026');
    await lastCard().locator('.datum-uitleg', { hasText: 'vrijdag 3 april 2026' }).waitFor();
    // The time too: the 24-hour clock, not hh:mm AM/PM.
    const time = lastCard().getByRole('textbox', { name: nl.forms.occurrence.newTime });
    await time.focus();
    await page.keyboard.type('14.30');
    await page.keyboard.press('Tab');
    expect(await time.inputValue()).toBe('14:30');
    await lastCard().screenshot({ path: join(SHOTS, 'datum-verplaatsen.png') });

    await lastCard().locator('.ac-pushButton', { hasText: nl.forms.save }).click();
    const moved = await waitFor('the move stored', async () => {
      const all = await moves();
      return all.length > 0 ? all : undefined;
    });
    expect(moved).toEqual([expect.objectContaining({ kind: 'move', start: '2026-04-03T14:30' })]);
  }, 120_000);

  it('the calendar by keyboard, and required, min and max in Dutch', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    // A card of our own on the chat's page, drawn by the chat's renderer.
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        {
          type: 'Input.Date',
          id: 'dag',
          label: 'Datum',
          isRequired: true,
          errorMessage: 'Kies een datum.',
          min: '2026-03-02',
          max: '2026-06-30',
        },
        { type: 'Input.Time', id: 'tijd', label: 'Tijd', errorMessage: 'Kies een tijd.' },
      ],
      actions: [{ type: 'Action.Submit', title: 'Opslaan', data: {} }],
    };
    await showCard(card);
    const shown = page.locator('#proefkaart');
    const field = shown.locator('[id="dag"] input[type="text"]');
    const save = shown.locator('.ac-pushButton', { hasText: 'Opslaan' });
    const error = () => shown.locator('[id="dag"]').locator('..').innerText();

    await save.click();
    expect(await error()).toContain('Kies een datum.');
    // What is typed is read by Schakel: the button is pressed once it has been.
    await field.fill('1-3-2026');
    await save.click();
    await expect.poll(error).toContain('Kies een datum vanaf maandag 2 maart 2026.');
    await field.fill('1-7-2026');
    await save.click();
    await expect.poll(error).toContain('Kies een datum t/m dinsdag 30 juni 2026.');
    // A date that does not exist is named, in the chat's words (noSuchDateSaid).
    await field.fill('31-4-2026');
    await save.click();
    await expect
      .poll(error)
      .toContain(nl.localChat.date.noSuchDate('31 april 2026 bestaat niet', '9-3-2026'));
    await field.fill('ergens');
    await save.click();
    await expect.poll(error).toContain(nl.localChat.date.notADate('9-3-2026'));
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await shown.locator('[id="tijd"] input').fill('25:00');
    await save.click();
    expect(await shown.locator('[id="tijd"]').locator('..').innerText()).toContain(
      nl.localChat.time.notATime,
    );
    await shown.locator('[id="tijd"] input').fill('');
    expect(await page.evaluate('window.sent')).toBeUndefined();

    // The calendar: opened from its button, 2 March shown (the earliest), a week on, one day back.
    await field.fill('');
    await shown.getByRole('button', { name: nl.localChat.date.calendar }).press('Enter');
    await shown.getByRole('grid', { name: 'maart 2026' }).waitFor();
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('maandag 2 maart 2026');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await shown.screenshot({ path: join(SHOTS, 'datum-kalender.png') });
    await page.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('10-03-2026');
    expect(await field.evaluate((e) => e === e.ownerDocument.activeElement)).toBe(true);
    await save.click();
    expect(await page.evaluate('window.sent')).toEqual({
      dag: '2026-03-10',
    });
  }, 60_000);

  it('everyday dates as the commands take them ("vrijdag 18 dec"); the hint\'s example is next week', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Input.Date', id: 'dag', label: 'Datum', isRequired: true, min: '2026-03-02' }],
      actions: [{ type: 'Action.Submit', title: 'Opslaan', data: {} }],
    };
    await showCard(card);
    const shown = page.locator('#proefkaart');
    const field = shown.locator('[id="dag"] input[type="text"]');
    const said = shown.locator('.datum-uitleg');

    // Nothing typed yet: the hint's example is a week from today, not 3-4-2026.
    const hint = await said.innerText();
    expect(hint).toContain('9-3-2026');
    expect(hint).not.toContain('3-4-2026');

    await field.fill('volgende week dinsdag');
    await shown.locator('.datum-uitleg', { hasText: 'dinsdag 10 maart 2026' }).waitFor();
    await field.press('Tab');
    await expect.poll(() => field.inputValue()).toBe('10-03-2026');

    await field.fill('vrijdag 18 dec');
    await shown.locator('.datum-uitleg', { hasText: 'vrijdag 18 december 2026' }).waitFor();
    await shown.locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    await expect.poll(() => page.evaluate('window.sent?.dag')).toBe('2026-12-18');

    // An error shown, then a day picked from the calendar: the error goes with the calendar.
    await field.fill('ooit');
    await shown.locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
    const error = () => shown.locator('[id="dag"]').locator('..').innerText();
    await expect.poll(error).toContain('Dit is geen datum');
    await shown.getByRole('button', { name: nl.localChat.date.calendar }).click();
    await shown.getByRole('grid').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => field.inputValue()).toBe('02-03-2026');
    await expect.poll(error).not.toContain('Dit is geen datum');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
  }, 120_000);
});
