import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { chatSteps, localChatInBrowserForTests } from '../support/local-chat-browser.ts';

/** The header that marks the held answer, so the page can say when it has handled it. */
const HELD = 'x-test-held';

/**
 * The next answer to an opening (/api/gesprek) by the person whose key is `rol` is fetched from the
 * server at once, as the server has it then, and reaches the page only at `release()`: as a busy
 * server answers an older request after a newer one. `release()` resolves once the page has done
 * with it what it does.
 */
async function holdNextOpening(page: Page, rol: string) {
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
  await page.route('**/api/gesprek?*', handler);
  return {
    /** The server has answered the held request (what it holds is as the conversation was then). */
    answered,
    async release() {
      release();
      await page.waitForFunction(() => (globalThis as { heldHandled?: boolean }).heldHandled === true);
      await page.unroute('**/api/gesprek?*', handler);
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
 * In "Schakel lokaal" two openings of a conversation can be answered out of order by a busy server
 * (CI on PostgreSQL): the page plays Ruben and opens his chat, and he clicks "Chat met Schakel"
 * while that first opening is on its way. Only the newest answer is drawn: the older one, arriving
 * last, neither takes away the level he chose in the check-in meanwhile nor a message said since.
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
    const first = await holdNextOpening(page, ruben);
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
    const opening = await holdNextOpening(page, (await keyOf('Femke Hoogland')) ?? '');
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
});
