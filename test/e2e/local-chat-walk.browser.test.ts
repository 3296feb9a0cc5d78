import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * A second newcomer's walk through "Schakel lokaal" in Debian's Chromium: the page is drawn by
 * the time it has loaded (a headless screenshot shows it), a confirmation that opens comes into
 * view with the focus on it, every field is named by its label, long options wrap, and the
 * words fit any device. Screenshots in test-artifacts/local-chat/walk-*.png.
 */
/** The page's globals inside page.evaluate (the project compiles without the DOM library). */
interface PageGlobals {
  document: {
    getElementById(id: string): { textContent: string | null; getBoundingClientRect(): DOMRectLike } | null;
    querySelectorAll(selector: string): { length: number };
    activeElement: { textContent: string | null } | null;
    createElement(tag: 'canvas'): {
      getContext(kind: '2d'): { font: string; measureText(t: string): { width: number } };
    };
  };
  getComputedStyle(element: unknown): { font: string; fontSize: string };
}
interface DOMRectLike {
  top: number;
  bottom: number;
}
interface SelectLike {
  clientWidth: number;
  clientHeight: number;
  selectedIndex: number;
  options: { text: string }[];
}

describe('Schakel lokaal: what a second newcomer walk found', () => {
  let page: Page;
  // Saturday 5 December 2026, 11:00 in Amsterdam: the next meeting is on 22 December.
  const clock = manualClock('2026-12-05T10:00:00Z');
  const local = localChatInBrowserForTests({ clock }, (started) => {
    ({ page } = started);
  });

  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `walk-${name}.png`) });
  async function say(text: string, answer: string) {
    await page.locator('#tekst').fill(text);
    await page.locator('#tekst').press('Enter');
    await page.locator('.bericht:not(.van-mij)', { hasText: answer }).last().waitFor({ timeout: 30_000 });
  }
  /** Each field of `card` with an aria-label beside the label that names it (which a reader may say instead). */
  const misnamed = (card: Locator) =>
    card.evaluate((c) =>
      [...c.querySelectorAll('input, select, textarea')]
        .filter((e) => e.hasAttribute('aria-labelledby') && e.hasAttribute('aria-label'))
        .map((e) => e.getAttribute('aria-label')),
    );

  it('has drawn the overview card and the next meeting by the time the page has loaded', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    // Schakel greets Femke once it is installed: that greeting is the card to see.
    await page.goto(local.chat.url);
    await page.locator('.bericht', { hasText: 'Hoi Femke' }).waitFor({ timeout: 30_000 });
    // As `chromium --headless --screenshot` does: the picture is taken once the page has loaded.
    await page.goto(local.chat.url, { waitUntil: 'load' });
    const drawn = await page.evaluate(() => {
      const { document } = globalThis as unknown as PageGlobals;
      return {
        cards: document.querySelectorAll('#berichten .bericht').length,
        next: document.getElementById('volgende')?.textContent ?? '',
        restart: document.getElementById('herstart')?.textContent ?? '',
      };
    });
    expect(drawn.cards).toBeGreaterThan(0);
    // The demo clock and the page's conversations do not survive a restart: the sidebar says so.
    expect(drawn.restart).toBe(nl.localChat.restartNote);
    expect(drawn.next).toContain('Volgende: Werkgroep GGZ & Werk Achterhoek');
    await shot('geladen');
  }, 60_000);

  it('names every field of the new-werkgroep form by its label, not its placeholder', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).first().click();
    const name = page.locator('[id="naam"] input');
    await name.waitFor();
    expect(await misnamed(lastCard())).toEqual([]);
    await page.getByRole('textbox', { name: 'Naam', exact: true }).waitFor();
    await page.getByRole('spinbutton', { name: 'Duur in minuten' }).waitFor();
  }, 60_000);

  it('Publiceren brings the confirmation into view, with the focus on it', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await say('samenvatting', 'Onderdelen weglaten');
    await lastCard().locator('.ac-pushButton', { hasText: 'Publiceren' }).click();
    const yes = lastCard().locator('.ac-pushButton', { hasText: 'Ja, publiceren' });
    await yes.waitFor();
    // Wholly inside the visible part of the conversation, and the keyboard is there.
    await expect
      .poll(() =>
        yes.evaluate((b) => {
          const { document } = globalThis as unknown as PageGlobals;
          const seen = document.getElementById('berichten')!.getBoundingClientRect();
          const r = b.getBoundingClientRect();
          return r.top >= seen.top && r.bottom <= seen.bottom;
        }),
      )
      .toBe(true);
    const focused = await lastCard().evaluate((c) => {
      const active = (globalThis as unknown as PageGlobals).document.activeElement;
      if (!c.contains(active as Parameters<typeof c.contains>[0])) return null;
      return { tag: (active as { tagName?: string } | null)?.tagName, text: active?.textContent ?? '' };
    });
    // The step itself has the keyboard, its question read first: not the button that publishes,
    // which a second Enter on "Publiceren" would press.
    expect(focused?.tag).not.toBe('BUTTON');
    expect(focused?.text).toContain(nl.digest.publishTitle);
    expect(await page.getByText(nl.digest.publishTitle).last().isVisible()).toBe(true);
    await shot('publiceren-bevestigen');
  }, 60_000);

  it('Tekst aanpassen: the form that replaces the draft comes into view, its text box focused', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await lastCard().locator('.ac-pushButton', { hasText: 'Nog niet' }).click();
    await lastCard().locator('.ac-pushButton', { hasText: 'Onderdelen weglaten' }).waitFor();
    await lastCard().locator('.ac-pushButton', { hasText: 'Tekst aanpassen' }).click();
    const box = lastCard().locator('textarea').first();
    await box.waitFor();
    await expect
      .poll(() => box.evaluate((e) => e === (globalThis as unknown as PageGlobals).document.activeElement))
      .toBe(true);
    const top = await box.evaluate((e) => {
      const { document } = globalThis as unknown as PageGlobals;
      const seen = document.getElementById('berichten')!.getBoundingClientRect();
      const r = e.getBoundingClientRect();
      return r.top >= seen.top && r.top < seen.bottom;
    });
    expect(top).toBe(true);
    await shot('tekst-aanpassen');
    await lastCard().locator('.ac-pushButton', { hasText: 'Annuleren' }).click();
    await lastCard().locator('.ac-pushButton', { hasText: 'Onderdelen weglaten' }).waitFor();
  }, 60_000);

  it('vergeet-mij asks for the button in words that fit a mouse as well as a finger', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await say('vergeet-mij', 'Weet je het zeker?');
    const text = await lastCard().innerText();
    expect(text).toContain(nl.answers.avg.eraseConfirm(''));
    expect(text).not.toMatch(/\btik\b/i);
  }, 60_000);

  it('the English check-in: the long levels wrap, at 1280 and at 390 pixels wide', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await page.getByRole('button', { name: '# Werkgroep GGZ & Werk' }).click();
    await page.locator('#afronden').click();
    await page.locator('#tijd-melding', { hasText: 'is afgerond' }).waitFor({ timeout: 60_000 });
    const ruben = await page.locator('#rol option', { hasText: 'Ruben Kleinjan' }).getAttribute('value');
    await page.locator('#rol').selectOption(ruben ?? '');
    await page.locator('#berichten[aria-busy="false"]').waitFor();
    await say('taal en', 'English');
    await say('checkin', 'Level of collaboration');
    const level = lastCard().locator('[id="samenwerkingsniveau"] select');
    await level.selectOption('3.5');
    expect(await misnamed(lastCard())).toEqual([]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // On a narrow window the sidebar slides away first.
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { document: { getAnimations(): unknown[] } }).document.getAnimations()
            .length === 0,
      );
      await level.scrollIntoViewIfNeeded();
      // The chosen level, measured in the control's own font, has the lines it needs to show whole.
      const room = await level.evaluate((s) => {
        const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
        const select = s as unknown as SelectLike;
        const style = getComputedStyle(select);
        const measure = document.createElement('canvas').getContext('2d');
        measure.font = style.font;
        const text = select.options[select.selectedIndex]?.text ?? '';
        const lines = Math.ceil(measure.measureText(text).width / (select.clientWidth - 40));
        return {
          text,
          lines,
          needed: lines * Number.parseFloat(style.fontSize),
          height: select.clientHeight,
        };
      });
      expect(room.text).toContain('partly working together');
      expect(room.lines).toBeGreaterThan(1);
      expect(room.height).toBeGreaterThanOrEqual(room.needed);
      await shot(`checkin-engels-${width}`);
      await level.screenshot({ path: join(SHOTS, `walk-niveau-${width}.png`) });
    }
  }, 180_000);
});
