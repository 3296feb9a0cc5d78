import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';

/**
 * Contrast in "Schakel lokaal" as WCAG 2.2 measures it. A tester found the small grey "Bijgewerkt"
 * under a replaced card at 3.4:1 (small text needs 4.5:1), and the edges of the empty fields (the
 * message field, a card's text field, "Je speelt") at 1.4 to 1.7:1 against their surroundings, where
 * the edge of a field must reach 3:1 to be seen as one (1.4.11). Screenshot
 * test-artifacts/local-chat/contrast-velden.png.
 */
describe('Schakel lokaal: contrast of small text and field edges', () => {
  let page: Page;
  const local = localChatInBrowserForTests({}, (started) => {
    ({ page } = started);
  });
  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();

  /** The contrast ratio of `el`'s `property` colour against the first opaque background behind it. */
  const contrast = (el: Locator, property: 'color' | 'border-top-color', outside = false) =>
    el.evaluate(
      (node, [prop, behind]) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
          const lin = (v: number) =>
            v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4;
          return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        let at: Element | null = behind ? node.parentElement : node;
        let background = 'rgb(255, 255, 255)';
        while (at) {
          const c = getComputedStyle(at).backgroundColor;
          if (c !== 'transparent' && rgb(c)[3] !== 0) {
            background = c;
            break;
          }
          at = at.parentElement;
        }
        const a = luminance(rgb(getComputedStyle(node).getPropertyValue(prop)));
        const b = luminance(rgb(background));
        return Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100;
      },
      [property, outside] as const,
    );

  it('"Bijgewerkt" under a replaced card is readable: at least 4.5:1', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await lastCard().getByText('Hoi Femke').waitFor({ timeout: 20_000 });
    await lastCard().locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).click();
    await lastCard().locator('input').first().waitFor({ timeout: 20_000 });
    await lastCard().locator('.ac-pushButton', { hasText: 'Annuleren' }).click();
    const note = lastCard().locator('.bijgewerkt');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.innerText()).toBe('Bijgewerkt');
    expect(await contrast(note, 'color')).toBeGreaterThanOrEqual(4.5);
  });

  it('the edges of empty fields stand out: at least 3:1 against what is around them', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await local.open();
    await lastCard().locator('.ac-pushButton', { hasText: 'Nieuwe werkgroep' }).click();
    const cardField = lastCard().locator('input.ac-input').first();
    await cardField.waitFor({ timeout: 20_000 });
    const fields = { message: page.locator('#tekst'), role: page.locator('#rol'), card: cardField };
    const measured: Record<string, number> = {};
    for (const [name, field] of Object.entries(fields)) {
      measured[name] = await contrast(field, 'border-top-color', true);
    }
    await page.screenshot({ path: join(SHOTS, 'contrast-velden.png') });
    for (const [name, ratio] of Object.entries(measured)) {
      expect(ratio, `${name}: ${JSON.stringify(measured)}`).toBeGreaterThanOrEqual(3);
    }
  });
});
