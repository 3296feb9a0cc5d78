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
 * Femke (projectleider) in "Schakel lokaal" types this winter's Kerstvakantie with last year's year:
 * a period wholly over. Schakel used to note it and promise that meetings in it get a warning, which
 * none can; now it says the period is over, to check the year, and notes nothing. A vakantie that
 * began before today and still runs is noted as before. Screenshot test-artifacts/local-chat/vakantie-voorbij.png.
 */
describe('Schakel lokaal: a vakantie that is already over', () => {
  let page: Page;
  // Sunday 6 December 2026 in Amsterdam.
  const clock = manualClock('2026-12-06T10:00:00Z');
  const local = localChatInBrowserForTests({ clock }, (started) => {
    ({ page } = started);
  });
  const steps = chatSteps(() => page);
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  it('a period wholly before today is refused, the year to check, and nothing noted', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await steps.playAs('Femke Hoogland');
    await steps.open('Chat met Schakel');
    await steps.say('vakantie Kerstvakantie 2025-12-20 t/m 2026-01-04');
    const refused = nl.answers.admin.holidayPast(
      'Kerstvakantie',
      'zaterdag 20 december 2025',
      'zondag 4 januari 2026',
    );
    await steps.fromSchakel().filter({ hasText: refused }).waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).not.toContain('Genoteerd');
    await lastCard().screenshot({ path: join(SHOTS, 'vakantie-voorbij.png') });
    await steps.say('vakanties');
    await steps.fromSchakel().filter({ hasText: 'Er staan geen vakanties' }).waitFor({ timeout: 20_000 });
  }, 120_000);

  it('one that began last week and runs on is noted for the region', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await steps.say('vakantie Studieweek 2026-11-30 t/m 2026-12-11');
    await steps.fromSchakel().filter({ hasText: 'Genoteerd voor de hele regio: Studieweek' }).waitFor({
      timeout: 20_000,
    });
  }, 120_000);
});
