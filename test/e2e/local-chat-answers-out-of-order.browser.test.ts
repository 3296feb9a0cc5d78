import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { chatSteps, localChatInBrowserForTests } from '../support/local-chat-browser.ts';

/** The header that marks the held answer, so the page can say when it has handled it. */
const HELD = 'x-test-held';

/**
 * The next answer from `path` (/api/gesprek, /api/volgende) to the person whose key is `rol` is
 * fetched from the server at once, as the server has it then, and reaches the page only at
 * `release()`: as a busy server answers an older request after a newer one. `release()` resolves
 * once the page has done with it what it does.
 */
async function holdNext(page: Page, path: string, rol: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let fetched = () => {};
  const answered = new Promise<void>((resolve) => {
    fetched = resolve;
  });
  let holding = true;
  const handler = async (route: Route) => {
    if (!holding || new URL(route.request().url()).searchParams.get('rol') !== rol) return route.continue();
    holding = false;
    const response = await route.fetch();
    fetched();
    await released;
    await route.fulfill({ response, headers: { ...response.headers(), [HELD]: 'ja' } });
  };
  await page.route(`**${path}?*`, handler);
  return {
    /** The server has answered the held request (what it holds is as the conversation was then). */
    answered,
    async release() {
      release();
      await page.waitForFunction(() => (globalThis as { heldHandled?: boolean }).heldHandled === true);
      await page.unroute(`**${path}?*`, handler);
    },
  };
}

/**
 * In the page: once the page has read the held answer, and every step it takes on it (all in the
 * same turn, its drawing included) is done, `heldHandled` is set, in the page's next turn.
 */
function markHeldHandled(page: Page) {
  return page.addInitScript((header: string) => {
    const fetchAsBefore = globalThis.fetch;
    globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
      const res = await fetchAsBefore(...args);
      if (!res.headers.get(header)) return res;
      const read = res.json.bind(res);
      const json = async () => {
        try {
          return await read();
        } finally {
          setTimeout(() => {
            (globalThis as { heldHandled?: boolean }).heldHandled = true;
          });
        }
      };
      return Object.defineProperty(res, 'json', { value: json });
    };
  }, HELD);
}

/**
 * In "Schakel lokaal" two requests for the same thing can be answered out of order by a busy server
 * (CI on PostgreSQL): the page plays Ruben and opens his chat, and he clicks "Chat met Schakel"
 * while that first opening is on its way; "Volgende:" is asked for, then the meeting is finished.
 * Only the newest answer is drawn: the older one, arriving last, neither takes away the level he
 * chose in the check-in meanwhile, nor a message said since, nor puts back a meeting already held.
 */
describe('Schakel lokaal: an older answer arriving last draws nothing over the newer', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, async (started) => {
    ({ page } = started);
    await markHeldHandled(page);
  });
  const { finishMeeting, open, say, fromSchakel } = chatSteps(() => page);
  const keyOf = (name: string) => page.locator('#rol option', { hasText: name }).getAttribute('value');
  const level = () => fromSchakel().last().locator('[id="samenwerkingsniveau"] select');

  it('keeps the level Ruben chose when the opening from before his click is answered after it', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await finishMeeting();
    const ruben = (await keyOf('Ruben Kleinjan')) ?? '';
    const first = await holdNext(page, '/api/gesprek', ruben);
    await page.locator('#rol').selectOption(ruben);
    await first.answered;
    await open('Chat met Schakel');
    await level().selectOption('3.5');
    await first.release();
    expect(await level().inputValue()).toBe('3.5');
  });

  it('keeps what was said while an opening of the same conversation was on its way', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    // Femke, the first person, in her own chat.
    await local.open();
    const opening = await holdNext(page, '/api/gesprek', (await keyOf('Femke Hoogland')) ?? '');
    await page.locator('nav button', { hasText: 'Chat met Schakel' }).click();
    await opening.answered;
    const before = await fromSchakel().count();
    await say('help');
    const answer = fromSchakel().nth(before);
    await answer.waitFor({ timeout: 20_000 });
    const id = await answer.getAttribute('data-id');
    await opening.release();
    expect(await page.locator(`#berichten > [data-id="${id}"]`).count()).toBe(1);
    expect(await page.locator('#berichten > .van-mij', { hasText: 'help' }).count()).toBe(1);
  });

  it('keeps "Volgende:" and the time after the meeting was finished when an older answer comes last', {
    timeout: 90_000,
  }, async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    const asked = await holdNext(page, '/api/volgende', (await keyOf('Femke Hoogland')) ?? '');
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await asked.answered;
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'afgerond' }).waitFor({ timeout: 30_000 });
    await page.locator('#afronden:not([aria-disabled])').waitFor({ timeout: 30_000 });
    const after = {
      next: await page.locator('#volgende').innerText(),
      now: await page.locator('#nu').innerText(),
    };
    await asked.release();
    expect(await page.locator('#volgende').innerText()).toBe(after.next);
    expect(await page.locator('#nu').innerText()).toBe(after.now);
  });
});
