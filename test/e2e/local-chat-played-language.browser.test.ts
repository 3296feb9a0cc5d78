import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

/** What the page's own code reaches (the tests are compiled without the DOM's types). */
interface PageGlobals {
  getComputedStyle(element: unknown, pseudo: string): { content: string };
}

/**
 * In "Schakel lokaal" the page's words inside a conversation (a file offer and its buttons) are in
 * the language of the person played: after `taal en` English, as their Teams would be; the
 * summary of mijn-gegevens names the roles in English too. Screenshot test-artifacts/local-chat/bestand-engels.png.
 */
describe('Schakel lokaal: the file offer in the language of the person played', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const say = async (text: string) => {
    await page.locator('#tekst').fill(text);
    await page.locator('#tekst').press('Enter');
  };

  it('after "taal en": Allow and Decline, and the offer explained in English', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await say('taal en');
    await page
      .getByText('from now on I write to you in English', { exact: false })
      .waitFor({ timeout: 20_000 });
    await say('mijn-gegevens');
    const offer = page.locator('.bestand', { hasText: 'schakel-mijn-gegevens.json' }).last();
    await offer.getByRole('button', { name: 'Allow' }).waitFor({ timeout: 20_000 });
    expect(await offer.innerText()).toContain('Schakel wants to send you this file.');
    expect(await offer.getByRole('button', { name: 'Decline' }).count()).toBe(1);
    const label = await offer.locator('strong').evaluate((el) => {
      const { getComputedStyle } = globalThis as unknown as PageGlobals;
      return getComputedStyle(el, '::before').content;
    });
    expect(label).toBe('"File: "');
    expect(await offer.innerText()).not.toMatch(/Toestaan|Weigeren|Sta je het toe/);
    await page.locator('.bericht', { hasText: 'Your data in Schakel' }).last().waitFor();
    expect(
      await page.locator('.bericht', { hasText: 'Your data in Schakel' }).last().innerText(),
    ).not.toMatch(/\blid\b/);
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'bestand-engels.png') });
  });

  it('after "taal en": the meeting button beside the chat and the form\'s date and time fields in English', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    expect(await page.locator('#afronden').innerText()).toBe('Finish meeting');
    expect(await page.locator('#volgende').innerText()).toMatch(/^Next: /);
    await say('nieuwe-werkgroep');
    const card = page.locator('.bericht:not(.van-mij)').last();
    await card.locator('.datum-tekst').waitFor({ timeout: 20_000 });
    expect(await card.getByRole('button', { name: 'Calendar' }).count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Day-month-year, for example');
    expect(text).toContain('Hours and minutes, for example 14:00.');
    expect(text).not.toMatch(/Kalender|Dag-maand-jaar|Uren en minuten/);
    // Its examples in English: the date with its month's English name, a command's words in English.
    expect(text).toMatch(
      /for example \d{1,2}-\d{1,2}-\d{4} or \d{1,2} [A-Z][a-z]+ \d{4}; or as in a command: next week Tuesday\./,
    );
    expect(text).not.toMatch(/januari|februari|maart|mei|juni|juli|augustus|oktober|volgende week/);
  });

  it('after "taal en": the date field\'s calendar names months, weekdays and days in English', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const card = page.locator('.bericht:not(.van-mij)').last();
    await card.getByRole('button', { name: 'Calendar' }).first().click();
    const calendar = card.locator('.kalender:not([hidden])').first();
    await calendar.waitFor();
    const heads = await calendar.locator('th').allInnerTexts();
    expect(heads).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(await calendar.locator('.kalender-kop span').innerText()).toMatch(
      /^(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
    );
    const label = (await calendar.locator('td button').first().getAttribute('aria-label')) ?? '';
    expect(label).toMatch(
      /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \d{1,2} [A-Z][a-z]+ \d{4}$/,
    );
    expect(await calendar.innerText()).not.toMatch(/\b(ma|di|wo|do|vr|za|zo)\b|december|januari/);
    await calendar.screenshot({ path: join(SHOTS, 'kalender-engels.png') });
    await page.keyboard.press('Escape');
  });

  it('after "taal en": the sidebar, the header and where one types in English, without a reload', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    // As written (the headings are shown in capitals).
    const sidebar = (await page.locator('#zijbalk').textContent()) ?? '';
    for (const said of ['You play', 'Time in Schakel', 'One day on', 'One week on', 'Chat with Schakel']) {
      expect(sidebar).toContain(said);
    }
    expect(sidebar).toContain('Everything stays on this computer. All people are made up.');
    expect(sidebar).not.toMatch(
      /Je speelt|Tijd in Schakel|Een dag verder|Een week verder|Chat met Schakel|Alles blijft/,
    );
    expect(await page.locator('#titel').innerText()).toBe('Chat with Schakel');
    expect(await page.locator('#tekst').getAttribute('placeholder')).toBe('Type for example help');
    expect(await page.locator('#invoer button[type=submit]').innerText()).toBe('Send');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#herstart').innerText()).toMatch(/^After a restart/);
  });

  it('after "taal en": what the person played is, in the header and under the picker, in English too', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const steps = chatSteps(() => page);
    await steps.playAs('Ruben Kleinjan');
    expect(await page.locator('#als').innerText()).toBe('als Ruben Kleinjan (werkgroeplid GGZ)');
    await say('taal en');
    await page.locator('#als', { hasText: 'as Ruben Kleinjan' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('#als').innerText()).toBe('as Ruben Kleinjan (werkgroep member GGZ)');
    expect(await page.locator('#rol-uitleg').innerText()).toBe('werkgroep member GGZ, GGNet');
    await page.locator('#zijbalk').screenshot({ path: join(SHOTS, 'rol-engels.png') });
    await say('taal nl');
    await page.locator('#als', { hasText: 'als Ruben Kleinjan' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('#rol-uitleg').innerText()).toBe('werkgroeplid GGZ, GGNet');
  });
});
