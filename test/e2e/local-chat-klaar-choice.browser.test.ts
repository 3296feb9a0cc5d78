import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SKIP_NOTE } from '../support/chromium.ts';
import { EIGHT_ACTIEPUNTEN } from '../support/eight-actiepunten.ts';
import { typeInChat } from '../support/local-chat-api.ts';
import { localChatInBrowserForTests, LOCAL_CHAT_SHOTS as SHOTS } from '../support/local-chat-browser.ts';
import type { TestDatabase } from '../support/test-database.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const NEW = EIGHT_ACTIEPUNTEN;

/**
 * More open actiepunten than Klaar buttons fit, in "Schakel lokaal" as Teams would show them: the
 * card under `actiepunten` holds one list "Welk actiepunt is klaar?" with every open actiepunt
 * and "Klaar melden"; picking one and pressing it renews the card with that one done.
 * Screenshots test-artifacts/local-chat/klaar-keuze-*.png.
 */
describe('Schakel lokaal: finishing one of many open actiepunten from one list', () => {
  let page: Page;
  let tdb: TestDatabase;
  const local = localChatInBrowserForTests({ height: 1100 }, async (started) => {
    ({ page } = started);
    ({ tdb } = started.chat);
    // Ruben notes eight actiepunten in the werkgroep's channel.
    for (const t of NEW) await typeInChat(started.chat.url, 'ggz1', WERKGROEP_CHANNEL, `actiepunt ${t}`);
  });

  const lastCard = () => page.locator('.bericht:not(.van-mij)').last();
  const openNumbers = async () =>
    (
      await tdb.db.pool.query(
        `SELECT a.number, a.description, m.name AS owner FROM actiepunten a
           LEFT JOIN members m ON m.id = a.owner_id WHERE a.done_at IS NULL
           AND a.overleg_id = (SELECT overleg_id FROM actiepunten WHERE description = $1)
         ORDER BY a.number`,
        [NEW[0]],
      )
    ).rows as Array<{ number: number; description: string; owner: string | null }>;

  it('the list holds every open actiepunt; #7 of the new ones picked and pressed is done', async (ctx) => {
    ctx.skip(!HAS_CHROMIUM, SKIP_NOTE);
    const open = await openNumbers();
    expect(open.length).toBeGreaterThanOrEqual(8);
    const seventh = open.find((a) => a.description === NEW[6]);
    expect(seventh).toBeDefined();

    await local.open();
    await page.locator('nav button', { hasText: 'Werkgroep GGZ & Werk' }).click();
    await page.locator('#tekst').fill('actiepunten');
    await page.locator('#tekst').press('Enter');
    const choice = lastCard().locator('select');
    await choice.waitFor({ timeout: 20_000 });
    expect(await lastCard().innerText()).toContain('Welk actiepunt is klaar?');
    expect(
      await lastCard()
        .locator('.ac-pushButton', { hasText: /^Klaar #/ })
        .count(),
    ).toBe(0);
    const options = await choice.locator('option').allTextContents();
    // Each with its owner, so a member picks their own.
    for (const a of open) {
      const option = options.find((o) => o.startsWith(`#${a.number} `)) ?? '';
      expect(`#${a.number} ${a.description}`).toContain(option.replace(/(?:…)? — .*$/, ''));
      if (a.owner) expect(option.endsWith(` — ${a.owner}`), option).toBe(true);
    }
    // Pressed before picking: the card itself says what to do, and nothing is sent.
    await lastCard().locator('.ac-pushButton', { hasText: 'Klaar melden' }).click();
    await lastCard().getByText('Kies eerst het actiepunt dat klaar is.').waitFor();
    await lastCard().screenshot({ path: join(SHOTS, 'klaar-keuze-niets-gekozen.png') });
    expect(await openNumbers()).toEqual(open);
    await choice.selectOption(String(seventh?.number));
    await lastCard().screenshot({ path: join(SHOTS, 'klaar-keuze-gekozen.png') });

    await lastCard().locator('.ac-pushButton', { hasText: 'Klaar melden' }).click();
    const done = `Afgerond: #${seventh?.number} ${NEW[6]}.`;
    await page.locator('.bericht', { hasText: done }).waitFor({ timeout: 20_000 });
    const renewed = page.locator('.bericht', { hasText: done });
    const left = await renewed.locator('option').allTextContents();
    expect(left.filter((o) => o.startsWith(`#${seventh?.number} `))).toEqual([]);
    await renewed.screenshot({ path: join(SHOTS, 'klaar-keuze-afgerond.png') });
    expect((await openNumbers()).map((a) => a.number)).not.toContain(seventh?.number);
  }, 120_000);
});
