import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import { checkinForm } from '../../src/messages/forms/checkin-form.ts';
import { checklistForm } from '../../src/messages/forms/checklist-form.ts';
import { werkgroepForm } from '../../src/messages/forms/werkgroep-form.ts';
import { cardPage, HAS_CHROMIUM, launchChromium, SKIP_NOTE } from '../support/chromium.ts';

/**
 * The check-in, the checklist and the new-werkgroep card drawn by Microsoft's adaptivecards
 * renderer in a real (headless) Chromium, used as a member would, with a screenshot of each kept
 * in test-artifacts/forms/ for a human to look at.
 */
const SHOTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'forms');

const FICTIONAL = [
  'Fenna Kuipers',
  'Joost Verhagen',
  'Anouk de Wit',
  'Milan Bosman',
  'Iris Mulder',
  'Daan Veenstra',
];

describe('the forms in Microsoft’s renderer, in a real browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    browser = await launchChromium();
    page = await cardPage(browser);
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function show(card: unknown) {
    await page.evaluate((json) => {
      const AC = (globalThis as unknown as { AdaptiveCards: typeof import('adaptivecards') }).AdaptiveCards;
      AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
        result.outputHtml = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        result.didProcess = true;
      };
      const ac = new AC.AdaptiveCard();
      ac.parse(json);
      (
        globalThis as unknown as { document: { body: { replaceChildren(e: unknown): void } } }
      ).document.body.replaceChildren(ac.render());
    }, card);
  }
  const shot = async (name: string) => {
    const path = join(SHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    expect(existsSync(path)).toBe(true);
  };

  it('check-in: one knelpunt at first, "Nog een knelpunt" shows the second in place', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await show(
      renderFormCard(
        checkinForm({
          roundId: 'r1',
          werkgroepName: 'Werkgroep Oost',
          meetingDate: 'dinsdag 6 oktober 2026',
          openKnelpunten: [
            {
              id: 'k-1',
              description: 'Overlegtijd is voor de GGZ niet declarabel',
              category: 'geld-financiering',
            },
          ],
        }),
      ),
    );
    const second = page.locator('[id="new2_description"]');
    expect(await second.isVisible()).toBe(false);
    await page.locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await page.locator('[id="new1_description"] input').fill('Werkgevers weten ons nog niet te vinden');
    await page.locator('[id="new1_category"] select').selectOption('werkgevers');
    await shot('checkin-teams');
    await page.getByRole('button', { name: 'Nog een knelpunt' }).click();
    expect(await second.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Nog een knelpunt' }).count()).toBe(1); // the one for slot 3
    await shot('checkin-teams-second-knelpunt');
  }, 60_000);

  it('checklist: three radio buttons per item, grouped, the last answers already chosen', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await show(
      renderFormCard(
        checklistForm({
          roundId: 'r1',
          werkgroepName: 'Werkgroep Oost',
          period: 'september t/m december 2026',
          previous: {
            items: Array.from({ length: 20 }, (_, i) => ({
              item: i + 1,
              answer: (['ja', 'in_ontwikkeling', 'nee'] as const)[i % 3]!,
            })),
          },
        }),
      ),
    );
    expect(await page.locator('input[type="radio"]').count()).toBe(60);
    expect(await page.locator('select').count()).toBe(0);
    expect(await page.locator('input[type="radio"]:checked').count()).toBe(20);
    const body = await page.textContent('body');
    for (const group of ['Voorbereiding', 'Uitvoering', 'Borging']) expect(body).toContain(group);
    await shot('checklist-teams');
  }, 60_000);

  it('new werkgroep: date and time pickers, thirty members in a list one types in', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    await show(
      renderFormCard(
        werkgroepForm({
          metadata: { aanvraag: 'a1' },
          members: Array.from({ length: 30 }, (_, i) => ({
            value: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            label: `${FICTIONAL[i % FICTIONAL.length]} ${i + 1}`,
          })),
          channelNote: null,
          regionName: 'Demo-regio Achterhoek',
        }),
      ),
    );
    expect(await page.locator('[id="datum"] input[type="date"]').count()).toBe(1);
    expect(await page.locator('[id="tijd"] input[type="time"]').count()).toBe(1);
    // Teams' clients draw style "filtered" as a list to type in; this renderer (adaptivecards
    // 3.0) has no filtered multi-select and falls back to tick boxes, each still labelled.
    expect(await page.locator('[id="leden"] input[type="checkbox"]').count()).toBe(30);
    expect(await page.textContent('body')).toContain('Daan Veenstra 30');
    await shot('new-werkgroep-teams');
  }, 60_000);
});
