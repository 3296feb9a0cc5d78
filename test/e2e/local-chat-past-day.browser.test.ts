import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/**
 * A newcomer in "Schakel lokaal" moves a meeting and clicks a day in the past in the calendar,
 * which Schakel then refused. Now the calendar starts at today (the werkgroep's: at 23:30 UTC on
 * Tuesday 3 March it is Wednesday 4 March in Amsterdam): earlier days are greyed and a click on
 * one picks nothing; today and later are picked. Screenshot test-artifacts/local-chat/datum-verleden.png.
 */
describe('Schakel lokaal: no day in the past can be picked for a moved meeting', () => {
  let page: Page;
  const clock = manualClock('2026-03-03T23:30:00Z');
  const local = localChatInBrowserForTests({ clock, height: 1100 }, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const dateField = () => lastCard().getByRole('textbox', { name: nl.forms.occurrence.newDate });
  const day = (name: string) => lastCard().getByRole('grid').getByRole('button', { name, exact: true });

  it('yesterday is greyed and picks nothing; today and later are picked', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.open('Werkgroep GGZ & Werk');
    await steps.say('verplaats');
    await dateField().waitFor({ timeout: 30_000 });
    await lastCard().getByRole('button', { name: nl.localChat.date.calendar }).click();
    await lastCard().getByRole('grid', { name: 'maart 2026' }).waitFor();

    const yesterday = day('dinsdag 3 maart 2026');
    expect(await yesterday.getAttribute('aria-disabled')).toBe('true');
    expect(await day('maandag 2 maart 2026').getAttribute('aria-disabled')).toBe('true');
    expect(await day('woensdag 4 maart 2026').getAttribute('aria-disabled')).toBeNull();
    await lastCard().screenshot({ path: join(SHOTS, 'datum-verleden.png') });

    // Clicked all the same (Playwright would wait for an enabled button): the mouse goes there.
    await yesterday.click({ force: true });
    // Nothing picked: the field stays empty and the calendar stays open for another day.
    expect(await dateField().inputValue()).toBe('');
    expect(await lastCard().getByRole('grid').isVisible()).toBe(true);

    await day('woensdag 4 maart 2026').click();
    await expect.poll(() => dateField().inputValue()).toBe('04-03-2026');
  }, 120_000);
});
