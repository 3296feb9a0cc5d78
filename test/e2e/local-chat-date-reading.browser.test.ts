import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { readerFor } from '../../src/commands/read.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { todayIn } from '../../src/schedule/local-time.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';
import { showDateCard } from '../support/local-chat-date-card.ts';
import { waitFor } from '../support/wait-for.ts';

/** Monday 2 March 2026, 10:00 in Schakel's time. */
const NOW = '2026-03-02T09:00:00Z';

/**
 * One Dutch date reader in "Schakel lokaal": what a person types in a card's date field is read by
 * Schakel as the typed commands read it (GET /api/datum), so the hint under the field says the
 * date the card then sends, and a text the commands cannot read is no date in the field either
 * (the page's own reader, gone now, took "3 4 2026" and could not take "3 oct").
 * Screenshots in test-artifacts/local-chat/datum-lezen-*.png.
 */
describe('Schakel lokaal: the date field reads a date as the commands do', () => {
  let page: Page;
  const clock = manualClock(NOW);
  /** The commands' own reader, today in Schakel's time. */
  const commands = readerFor(todayIn(new Date(NOW), 'Europe/Amsterdam'));

  localChatInBrowserForTests({ clock, height: 1100 }, async (local) => {
    ({ page } = local);
    await local.open();
  });

  const shown = () => page.locator('#proefkaart');
  const field = () => shown().locator('[id="datum"] input[type="text"]');
  const hint = () => shown().locator('.datum-uitleg').innerText();
  const error = () => shown().locator('[id="datum"]').locator('..').innerText();
  const showCard = () => showDateCard(page);
  const save = () => shown().locator('.ac-pushButton', { hasText: 'Opslaan' }).click();
  /** Typed key by key, as a person does, on a new card. */
  async function type(text: string) {
    await showCard();
    await field().pressSequentially(text);
  }

  it.for([
    {
      typed: 'volgende week dinsdag',
      date: '2026-03-10',
      said: 'dinsdag 10 maart 2026',
      shot: 'volgende-week',
    },
    { typed: '3 maart', date: '2026-03-03', said: 'dinsdag 3 maart 2026', shot: '3-maart' },
    { typed: '3 oct', date: '2026-10-03', said: 'zaterdag 3 oktober 2026', shot: '' },
  ])('"$typed": the hint says $said, and the card sends $date', async (c, ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    expect(commands.day(c.typed)).toBe(c.date);
    await type(c.typed);
    if (c.shot) {
      // Read while the person is still in the field, after a pause in typing.
      await shown().locator('.datum-uitleg', { hasText: c.said }).waitFor();
      expect(await field().inputValue()).toBe(c.typed);
      await shown().screenshot({ path: join(SHOTS, `datum-lezen-${c.shot}.png`) });
    }
    // Saved at once, maybe before Schakel answered: the card waits for the reading and sends it.
    await save();
    await expect.poll(() => page.evaluate('window.sent')).toEqual({ datum: c.date });
    expect(await hint()).toBe(c.said);
    // Written back as the field writes a date, so the person sees how it was read.
    expect(await field().inputValue()).toBe(c.date.split('-').reverse().join('-'));
  });

  it.for([
    { typed: 'morgen 14:00', shot: 'morgen-14' },
    { typed: 'ergens na de zomer', shot: 'onzin' },
    { typed: '3 4 2026', shot: '' },
  ])('"$typed": no date for the commands, none in the field; nothing is sent', async (c, ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    expect(commands.day(c.typed)).toBeNull();
    await type(c.typed);
    await save();
    await expect.poll(error).toContain(nl.localChat.date.notADate('9-3-2026'));
    expect(await field().getAttribute('aria-invalid')).toBe('true');
    expect(await hint()).toBe('');
    expect(await field().inputValue()).toBe(c.typed);
    expect(await page.evaluate('window.sent')).toBeUndefined();
    if (c.shot) await shown().screenshot({ path: join(SHOTS, `datum-lezen-${c.shot}.png`) });
  });

  it('the hint follows the text as it changes: no reading of what was typed before stays beside it', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await showCard();
    await field().pressSequentially('3 maart');
    await shown().locator('.datum-uitleg', { hasText: 'dinsdag 3 maart 2026' }).waitFor();
    await field().pressSequentially(' 2027');
    await shown().locator('.datum-uitleg', { hasText: 'woensdag 3 maart 2027' }).waitFor();
    // Only Schakel's answers for what was there: once per text, not once per key.
    const asked = await waitFor('the readings asked', () =>
      page
        .evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => new URL(e.name).searchParams.get('tekst') ?? '')
            .filter((t) => t.startsWith('3 maart')),
        )
        .then((all) => (all.includes('3 maart 2027') ? all : undefined)),
    );
    expect(asked.length).toBeLessThanOrEqual(4);
  });

  // Last: it moves Schakel's time a day on.
  it('"morgen" is read again once the day in Schakel moved on', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await type('morgen');
    await shown().locator('.datum-uitleg', { hasText: 'dinsdag 3 maart 2026' }).waitFor();
    await page.locator('#dag').click();
    await page.locator('#typt').waitFor({ state: 'hidden' });
    await type('morgen');
    await shown().locator('.datum-uitleg', { hasText: 'woensdag 4 maart 2026' }).waitFor();
    await save();
    await expect.poll(() => page.evaluate('window.sent')).toEqual({ datum: '2026-03-04' });
  });
});
