import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
// Wednesday 2 December 2026; the werkgroep meets on Tuesday 22 December and 19 January.
const clock = manualClock('2026-12-02T09:00:00Z');
const DUTCH_WORDS = /januari|maart|dinsdag|vrijdag|volgende week|over twee weken/;

/**
 * A member who chose English and types a date Schakel cannot read is shown how to write one with
 * English examples ("3 March", "next week Tuesday"), not the Dutch ones ("3 maart", "volgende week
 * dinsdag"), and the examples shown are read as they are written.
 */
describe('the local chat: an unread date answered with English examples for an English member', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'taal en');
  });
  afterAll(() => local?.stop());

  it('a command whose date is unread: its usage with English examples', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'annuleer the third');
    expect(answer).toContain(
      'Write a \\<datum\\> (date) as you are used to: 3 March, 12 Jan, 12-1, Tuesday, next week Tuesday, in two weeks or 2027-01-12.',
    );
    expect(answer).not.toMatch(DUTCH_WORDS);
  });

  it('a month with a slip in it: the date meant asked after in English, nothing cancelled', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'annuleer 19 Janaury');
    expect(answer).toContain('I cannot read that date. Did you mean 19 January?');
    expect(answer).not.toMatch(DUTCH_WORDS);
  });

  it('the examples are read: "annuleer 19 January" cancels that meeting', async () => {
    expect(await answerIn(local.url, 'pl', WERKGROEP, 'annuleer 19 January')).toContain(
      'The meeting of Werkgroep GGZ & Werk Achterhoek on Tuesday 19 January 2027 is cancelled.',
    );
    expect(await answerIn(local.url, 'pl', WERKGROEP, 'annuleer next week Tuesday')).toContain(
      'This werkgroep has no meeting on Tuesday 8 December 2026.',
    );
  });

  it('a deadline that cannot be read: English examples, and the example typed works', async () => {
    const noted = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Book the room');
    const n = /#(\d+)/.exec(noted)?.[1];
    const unread = await answerIn(local.url, 'pl', WERKGROEP, `deadline ${n} someday`);
    expect(unread).toContain(
      `Write it as 15 January, 15-01-2027, 15 January 2027 or Friday 15 January (deadline ${n} 15 January)`,
    );
    expect(unread).not.toMatch(DUTCH_WORDS);
    expect(await answerIn(local.url, 'pl', WERKGROEP, `deadline ${n} 15 January`)).toContain(
      'is now Friday 15 January 2027',
    );
  });

  it('a deadline on a holiday: the working day before, typed as the member writes dates', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Send the cards by 25 December');
    expect(answer).toMatch(/Rather the working day before\? Type deadline \d+ 24 December 2026\./);
  });

  it('the chat’s date field reads the English words too (GET /api/datum)', async () => {
    const read = async (tekst: string) =>
      (
        (await (await fetch(`${local.url}/api/datum?${new URLSearchParams({ tekst })}`)).json()) as {
          datum: string;
        }
      ).datum;
    expect(await read('3 March 2027')).toBe('2027-03-03');
    expect(await read('next week Tuesday')).toBe('2026-12-08');
    expect(await read('3 maart 2027')).toBe('2027-03-03');
  });

  it('a Dutch member keeps the Dutch examples', async () => {
    const answer = await answerIn(local.url, 'ggz1', WERKGROEP, 'deadline 1 ooit');
    expect(answer).toContain('Schrijf hem als 15 januari, 15-01-2027, 15 januari 2027 of vrijdag 15 januari');
  });
});
