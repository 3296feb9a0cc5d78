import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTeamsSubmission } from '../../adapters/teams/forms/parse-submission.ts';
import { renderFormCard } from '../../adapters/teams/forms/render-card.ts';
import { openRoundForInvite } from '../../src/checkin/open-round.ts';
import { manualClock } from '../../src/clock.ts';
import { type Core, createCore } from '../../src/core.ts';
import { createLogger } from '../../src/logger.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { defineSeries, findOccurrence } from '../../src/schedule/series.ts';
import { checkinStore } from '../../src/store/checkin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { cardPage, HAS_CHROMIUM, launchChromium, SKIP_NOTE } from '../support/chromium.ts';
import { seedWerkgroep, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * The check-in card as a member sees it in Teams' web client: drawn by Microsoft's own
 * adaptivecards renderer in a real (headless) Chromium, filled in with the mouse and keyboard,
 * and submitted. What the card sends goes through the Teams parser into the core command.
 * A screenshot is kept under test-artifacts/ for a human to look at.
 */
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');
const RUBEN = { platform: 'teams' as const, workspace: TEAMS_TENANT, userId: '29:ruben' };
const clock = manualClock('2026-10-06T13:31:00Z');

describe('the check-in card in a real browser', () => {
  let tdb: TestDatabase;
  let core: Core;
  let browser: Browser;
  let page: Page;
  let roundId: string;

  beforeAll(async () => {
    if (!HAS_CHROMIUM) return;
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T0ELDERS', teamsServiceUrl: 'http://127.0.0.1:9' });
    core = createCore({
      db: tdb.db,
      clock,
      logger: createLogger('silent'),
      guard: createGuard({ now: () => clock.now() }),
    });
    await core.rhythm.createSeries(await findMember(tdb.db.pool, w.projectleiderId), w.overlegId, {
      firstStart: '2026-10-06T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
    const series = defineSeries((await findSeries(tdb.db.pool, w.overlegId))!.definition);
    const occurrence = findOccurrence(series, '2026-10-06T14:00')!;
    roundId = (await openRoundForInvite(checkinStore(tdb.db), w.overlegId, occurrence, clock.now())).id;

    browser = await launchChromium();
    page = await cardPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await tdb?.drop();
  });

  /** Renders the card as Teams' web client does and records what its Action.Execute sends. */
  async function show(card: unknown) {
    await page.evaluate((json) => {
      const AC = (globalThis as unknown as { AdaptiveCards: typeof import('adaptivecards') }).AdaptiveCards;
      AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
        result.outputHtml = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        result.didProcess = true;
      };
      const w = globalThis as unknown as {
        sent: object[];
        document: { body: { replaceChildren(e: unknown): void } };
      };
      w.sent = [];
      const ac = new AC.AdaptiveCard();
      ac.parse(json);
      ac.onExecuteAction = (action) => {
        if (action instanceof AC.ExecuteAction) w.sent.push({ verb: action.verb, data: action.data });
      };
      w.document.body.replaceChildren(ac.render());
    }, card);
  }
  const sent = () => page.evaluate(() => (globalThis as unknown as { sent: object[] }).sent);

  it('is filled in and submitted, and what it sends is stored as the member’s check-in', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const form = await core.forms.roundFormForButton(RUBEN, 'checkin_open', roundId);
    await show(renderFormCard(form));
    expect(await page.textContent('body')).toContain(
      'Werkgroep Oost, bijeenkomst van dinsdag 6 oktober 2026',
    );

    // Without a level the renderer itself refuses to send, and says why in Dutch.
    await page.getByRole('button', { name: 'Opslaan' }).click();
    expect(await sent()).toEqual([]);
    expect(await page.textContent('body')).toContain('Kies een samenwerkingsniveau.');

    await page.locator('[id="samenwerkingsniveau"] select').selectOption('3.5');
    await page.locator('[id="toelichting"] textarea').fill('We overleggen elke vier weken.');
    await page.locator('[id="new1_description"] input').fill('Werkgevers weten ons nog niet te vinden');
    await page.locator('[id="new1_category"] select').selectOption('werkgevers');
    await page.locator('[id="went_well"] textarea').fill('De leerbijeenkomst was goed bezocht.');
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'checkin-card-teams.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot)).toBe(true);
    await page.getByRole('button', { name: 'Opslaan' }).click();

    const [action] = (await sent()) as Array<{ verb: string; data: object }>;
    expect(action?.verb).toBe('checkin');
    const submission = parseTeamsSubmission({ action: action! });
    expect(submission.result).toEqual({
      ok: true,
      value: {
        form: 'checkin',
        value: {
          samenwerkingsniveau: 3.5,
          toelichting: 'We overleggen elke vier weken.',
          newKnelpunten: [
            {
              description: 'Werkgevers weten ons nog niet te vinden',
              category: 'werkgevers',
              oplossing: null,
            },
          ],
          knelpuntUpdates: [],
          wentWell: 'De leerbijeenkomst was goed bezocht.',
        },
      },
    });
    expect(submission.result.ok).toBe(true);
    const outcome = await core.forms.submit(
      RUBEN,
      submission.formId,
      submission.metadata,
      submission.values,
      'browser-test',
    );
    expect(outcome.kind).toBe('done');
    const { rows } = await tdb.db.pool.query('SELECT samenwerkingsniveau, went_well FROM checkin_answers');
    expect(rows).toEqual([{ samenwerkingsniveau: 3.5, went_well: 'De leerbijeenkomst was goed bezocht.' }]);
  }, 60_000);
});
