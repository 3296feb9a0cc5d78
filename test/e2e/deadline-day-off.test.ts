import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deadlineOf } from '../support/actiepunt-deadline.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';
import { slashInOost } from '../support/slash-command.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-deadline-vrije-dag';
const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * A deadline on a Dutch public holiday or in a weekend is kept (the member decides), and the
 * confirmation says so, with the working day before it to type instead; a deadline on a working
 * day gets no such line. On Slack, Teams and the local chat. Sunday 6 December 2026.
 */
describe('a deadline on a feestdag or in a weekend: kept, and said in the confirmation', () => {
  let h: WerkgroepHarness;
  const clock = manualClock('2026-12-06T10:00:00Z');
  const slack = (user: string, text: string) => slashInOost(h, SECRET, user, text);
  const teams = (text: string) => sayInPersonalChat(h, '29:ruben', text, 'nl-NL');

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  it('Slack: "actiepunt … voor 25 december" is noted, naming Eerste Kerstdag and the day before', async () => {
    const answer = await slack('U0RUBEN', 'actiepunt Verslag rondsturen voor 25 december');
    expect(answer).toContain('Actiepunt genoteerd');
    expect(answer).toContain('vrijdag 25 december 2026');
    expect(answer).toContain(
      'Let op: vrijdag 25 december 2026 is Eerste Kerstdag. Liever de werkdag ervoor? Typ /schakel deadline 1 24 december 2026.',
    );
    expect(await deadlineOf(h, 1)).toBe('2026-12-25');
  });

  it('Teams: "deadline 1 19 december" is set, saying it is in the weekend', async () => {
    expect(await teams('deadline 1 19 december')).toContain(
      'De deadline van actiepunt #1 Verslag rondsturen is nu zaterdag 19 december 2026. Eigenaar: Ruben Hofstede. Let op: zaterdag 19 december 2026 valt in het weekend. Liever de werkdag ervoor? Typ deadline 1 18 december 2026.',
    );
    expect(await deadlineOf(h, 1)).toBe('2026-12-19');
  });

  it('Slack: Nieuwjaarsdag, and Tweede Kerstdag on a Saturday: named as the feestdag', async () => {
    expect(await slack('U0RUBEN', 'deadline 1 1 januari 2027')).toContain(
      'Let op: vrijdag 1 januari 2027 is Nieuwjaarsdag. Liever de werkdag ervoor? Typ /schakel deadline 1 31 december 2026.',
    );
    // 26 December 2026 is a Saturday; 25 December (Eerste Kerstdag) is no working day either.
    expect(await slack('U0RUBEN', 'deadline 1 26 december')).toContain(
      'Let op: zaterdag 26 december 2026 is Tweede Kerstdag. Liever de werkdag ervoor? Typ /schakel deadline 1 24 december 2026.',
    );
  });

  it('a working day gets no note, in the chat command and the deadline command', async () => {
    const noted = await slack('U0RUBEN', 'actiepunt Zaal reserveren tot 17 december');
    expect(noted).toContain('donderdag 17 december 2026');
    expect(noted).not.toContain('Let op');
    const set = await teams('deadline 1 18 december');
    expect(set).toContain('is nu vrijdag 18 december 2026. Eigenaar: Ruben Hofstede.');
    expect(set).not.toContain('Let op');
  });

  it('a weekend deadline whose working day before has passed: the note without a proposal', async () => {
    // Today is Sunday 6 December: the Friday before it is past.
    const answer = await teams('deadline 1 vandaag');
    expect(answer).toContain('Let op: zondag 6 december 2026 valt in het weekend.');
    expect(answer).not.toContain('Liever de werkdag ervoor');
  });
});

describe('the local chat: an actiepunt due on Koningsdag', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp({}, manualClock('2026-12-06T10:00:00Z'));
  });
  afterAll(() => local?.stop());

  it('is noted, and the card says it is Koningsdag', async () => {
    const answer = await answerIn(
      local.url,
      'ggz1',
      WERKGROEP_CHANNEL,
      'actiepunt Evaluatie IPS-pilot voorbereiden uiterlijk 27 april 2027',
    );
    expect(answer).toContain('Actiepunt genoteerd');
    expect(answer).toMatch(
      /Let op: dinsdag 27 april 2027 is Koningsdag\. Liever de werkdag ervoor\? Typ deadline \d+ 26 april 2027\./,
    );
  });
});
