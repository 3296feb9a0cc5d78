import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
// Wednesday 2 December 2026.
const clock = manualClock('2026-12-02T09:00:00Z');

/**
 * A member who chose English reads the public holidays by their English names: a deadline on
 * Eerste Kerstdag is on Christmas Day, a meeting moved onto Koningsdag falls on King's Day (the
 * Dutch names stood in the English sentences).
 */
describe('the local chat: public holidays named in English for an English member', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'taal en');
  });
  afterAll(() => local?.stop());

  it('a deadline on 25 December: "is Christmas Day, a public holiday"', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Send the cards by 25 December');
    expect(answer).toContain(
      'Note: Friday 25 December 2026 is Christmas Day, a public holiday in the Netherlands.',
    );
    expect(answer).not.toContain('Kerstdag');
  });

  it('a meeting moved onto 27 April 2027: the warning says King’s Day', async () => {
    await answerIn(local.url, 'pl', WERKGROEP, 'verplaats 22 december naar 2027-04-27');
    const next = await answerIn(local.url, 'pl', WERKGROEP, 'volgende');
    expect(next).toContain("The meeting of Tuesday 27 April 2027 falls on King's Day (public holiday).");
    expect(next).not.toContain('Koningsdag');
  });

  it('a Dutch member keeps the Dutch names', async () => {
    const next = await answerIn(local.url, 'ggz1', WERKGROEP, 'volgende');
    expect(next).toContain('valt op Koningsdag (feestdag)');
  });
});
