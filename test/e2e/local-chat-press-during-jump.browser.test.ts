import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX } from '../../adapters/local-chat/page-requests.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import {
  chatSteps,
  localChatInBrowserForTests,
  LOCAL_CHAT_SHOTS as SHOTS,
} from '../support/local-chat-browser.ts';

const WERKGROEP = 'Werkgroep GGZ & Werk';

/** Requests to `path` wait until `release()`; then they go on to the server as they were. */
async function holdRequests(page: Page, path: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = new Promise<void>((resolve) => {
    const handler = async (route: Route) => {
      resolve();
      await released;
      await route.continue();
    };
    void page.route(`**${path}`, handler);
  });
  return {
    /** Resolves once a request to `path` is being held. */
    held,
    async release() {
      release();
      await page.unroute(`**${path}`);
    },
  };
}

/**
 * In "Schakel lokaal", a button pressed while the clock is still moving ("Een dag verder"): the
 * note it answers with ("Je antwoord staat hieronder…") stays under the card when the jump draws
 * the conversation again, whether the note came before that redraw or after it; so does the
 * warning above the input about a message that was not sent.
 * Screenshot test-artifacts/local-chat/knop-tijdens-sprong.png.
 */
describe('Schakel lokaal: a press during a clock jump keeps its note', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const { playAs, open, say, fromSchakel } = chatSteps(() => page);
  const button = nl.help.shortcuts.actiepunten;
  const note = nl.adapters.answerBelow;

  /** The help card in the werkgroep's channel, found again by its id after every redraw. */
  async function helpCardInChannel() {
    await say('help');
    const help = fromSchakel().filter({ has: page.locator('.ac-pushButton', { hasText: button }) });
    await help.last().waitFor({ timeout: 20_000 });
    const id = await help.last().getAttribute('data-id');
    return page.locator(`#berichten > [data-id="${id}"]`);
  }

  /** Marks the drawn card, so a test can tell that the jump drew it again. */
  const mark = (card: ReturnType<Page['locator']>) =>
    card.evaluate((li) => {
      li.dataset.voorDeSprong = 'ja';
    });

  /** After a press of `id` (dag, week): the buttons wait, then the jump and its redraw are done. */
  async function jumpDone(id: string) {
    await page.locator(`#${id}:not([aria-disabled])`).waitFor({ timeout: 30_000 });
    await page.locator('#tijd-melding', { hasText: 'later' }).waitFor();
  }

  it('the note shown during the jump is still there after its redraw', { timeout: 120_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    const card = await helpCardInChannel();

    const jump = await holdRequests(page, '/api/klok');
    await page.locator('#dag').click();
    await jump.held;
    await page.locator('#dag[aria-disabled="true"]').waitFor();
    await card.locator('.ac-pushButton', { hasText: button }).click();
    await card.locator('.notitie', { hasText: note }).waitFor({ timeout: 20_000 });
    await mark(card);

    await jump.release();
    await jumpDone('dag');
    // Drawn again by the jump (the mark is gone), with the note under it.
    await expect.poll(() => card.getAttribute('data-voor-de-sprong')).toBeNull();
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
    expect(await card.locator('.notitie', { hasText: note }).count()).toBe(1);
    await page.locator('.gesprek').screenshot({ path: join(SHOTS, 'knop-tijdens-sprong.png') });
  });

  it('a note answered after the jump’s redraw lands under the card as drawn now', {
    timeout: 120_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await playAs('Femke Hoogland');
    await open(WERKGROEP);
    const card = await helpCardInChannel();
    await mark(card);

    const press = await holdRequests(page, '/api/actie');
    await card.locator('.ac-pushButton', { hasText: button }).click();
    await press.held;
    await page.locator('#week').click();
    await page.locator('#week[aria-disabled="true"]').waitFor();
    await jumpDone('week');
    await expect.poll(() => card.getAttribute('data-voor-de-sprong')).toBeNull();

    await press.release();
    await card.locator('.notitie', { hasText: note }).waitFor({ timeout: 20_000 });
    await page.locator('#typt').waitFor({ state: 'hidden', timeout: 20_000 });
  });

  it('the warning about a message not sent stays through the jump', { timeout: 120_000 }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const jump = await holdRequests(page, '/api/klok');
    await page.locator('#dag').click();
    await jump.held;
    await say('x'.repeat(MESSAGE_MAX + 1));
    const told = nl.fields.notSavedTooLong(MESSAGE_MAX + 1, MESSAGE_MAX);
    const warning = page.locator('#melding:not([hidden])', { hasText: told });
    await warning.waitFor({ timeout: 20_000 });
    await jump.release();
    await jumpDone('dag');
    expect(await warning.count()).toBe(1);
  });
});
