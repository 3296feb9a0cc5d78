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
 * Femke (projectleider) in "Schakel lokaal" at 15:00 picks today for a meeting, at 09:30: the time has
 * passed, not the day. Schakel says so, instead of "Deze datum ligt in het verleden. Kies … vanaf
 * vandaag" (which refused the very day she chose) or, for `verplaats`, "typ dan 8 december 2027".
 * Nothing is made or moved. Screenshot test-artifacts/local-chat/eerder-vandaag.png.
 */
describe('Schakel lokaal: a meeting today at an hour already past', () => {
  let page: Page;
  // Tuesday 8 December 2026, 15:00 in Amsterdam; Werkgroep GGZ & Werk meets next on 22 December.
  const clock = manualClock('2026-12-08T14:00:00Z');
  const local = localChatInBrowserForTests({ clock, height: 1400 }, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const earlierToday = nl.answers.series.pastTimeToday('09:30');

  it('the Nieuwe werkgroep form: "vandaag" at 9:30 is refused for its hour, and no werkgroep is made', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.playAs('Femke Hoogland');
    await lastCard().locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).click();
    const card = lastCard();
    await card.getByLabel('Naam').waitFor({ timeout: 20_000 });
    await card.getByLabel('Naam').fill('Werkgroep Proef Noord');
    await card.locator('.datum-tekst').fill('vandaag');
    await card.locator('.datum-tekst').press('Tab');
    await card.getByLabel('Tijd').fill('9:30');
    await card.locator('.ac-pushButton', { hasText: 'Aanmaken' }).click();
    await card.getByText(earlierToday).waitFor({ timeout: 20_000 });
    expect(await card.innerText()).not.toContain('Deze datum ligt in het verleden');
    await card.screenshot({ path: join(SHOTS, 'eerder-vandaag.png') });
    const made = await local.chat.tdb.db.pool.query(
      `SELECT 1 FROM overleggen WHERE name = 'Werkgroep Proef Noord'`,
    );
    expect(made.rows).toEqual([]);
  }, 120_000);

  it('typed: "verplaats 22 december naar vandaag 9:30" names the hour, offers no next year, moves nothing', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await steps.open('Werkgroep GGZ & Werk');
    await steps.say('verplaats 22 december naar vandaag 9:30');
    await steps.fromSchakel().filter({ hasText: earlierToday }).waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).not.toContain('2027');
    await steps.say('volgende');
    await steps.fromSchakel().filter({ hasText: 'Volgende bijeenkomsten' }).waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toContain('dinsdag 22 december 2026, 14:00');
  }, 120_000);
});
