import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';
const FEMKE_CHAT = 'a:lokaal-pl';

/**
 * A newcomer's walk: "Bijeenkomst afronden" in her own chat finished the meeting of a werkgroep
 * without a channel, the sidebar said "is afgerond", and she waited for a check-in that Schakel
 * never planned. The line says so now, and how to link the werkgroep; a linked one's stays short.
 */
describe('"Bijeenkomst afronden" for a werkgroep without a channel says no check-in came', () => {
  let local: LocalChatApp;
  // Saturday 5 December 2026: the GGZ & Werk meeting (22 December) comes before the others.
  const clock = manualClock('2026-12-05T00:16:00Z');

  const press = async (gesprek: string) => {
    const res = await fetch(`${local.url}/api/klok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'pl', gesprek, stap: 'bijeenkomst' }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { tekst: string }).tekst;
  };

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('unlinked: "Er kwam geen check-in", with how to koppel; and indeed none came', async () => {
    expect((await typeInChat(local.url, 'pl', WERKGROEP_CHANNEL, 'ontkoppel')).status).toBe(200);
    const said = await press(FEMKE_CHAT);
    expect(said).toBe(
      'De bijeenkomst van Werkgroep GGZ & Werk Achterhoek (dinsdag 22 december 2026, 14:00–15:30) is afgerond. Er kwam geen check-in: de werkgroep heeft nog geen kanaal. Typ koppel Werkgroep GGZ & Werk Achterhoek in een kanaal om het te koppelen.',
    );
    const ruben = JSON.stringify(await shownIn(local.url, 'ggz1', 'a:lokaal-ggz1'));
    expect(ruben).not.toContain('Check-in werkgroep');
  });

  it('linked: the short line as before', async () => {
    expect(
      (await typeInChat(local.url, 'pl', WERKGROEP_CHANNEL, 'koppel Werkgroep Werkgevers & Jobcoaching'))
        .status,
    ).toBe(200);
    expect(await press(WERKGROEP_CHANNEL)).toBe(
      'De bijeenkomst van Werkgroep Werkgevers & Jobcoaching (donderdag 24 december 2026, 10:00–11:30) is afgerond.',
    );
  });
});
