import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
// Wednesday 2 December 2026: the coming Friday is 4 December.
const clock = manualClock('2026-12-02T09:00:00Z');

/**
 * An actiepunt ending in "tot <words meant as a date>" that Schakel cannot read is not noted with
 * those words as its text: Schakel says the date was not understood, with examples, and keeps
 * nothing. In English, the dates the Dutch side reads are read in English too.
 */
describe('the local chat: an actiepunt whose date cannot be read is asked about, not noted', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('a weekday misspelt after "tot": the date was not read, examples, nothing noted', async () => {
    const answer = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunt Folder nalopen tot vrjdag');
    expect(answer).toContain('De datum na ‘tot’ kan ik niet lezen');
    expect(answer).toContain('vrijdag 15 januari');
    expect(await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunten')).not.toContain('Folder nalopen');
  });

  it('in English: "tot next Friday" is asked about; "tot Friday" and "tot 15 January" are read', async () => {
    await answerIn(local.url, 'wi1', 'a:lokaal-wi1', 'taal en');
    const unread = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Send the leaflet tot next Friday');
    expect(unread).toContain('I cannot read the date after ‘tot’');
    expect(unread).toContain('15 January');
    const friday = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Send the leaflet tot Friday');
    expect(friday).toContain('Friday 4 December 2026');
    const january = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Call the UWV tot 15 January');
    expect(january).toContain('15 January 2027');
    const list = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunten');
    expect(list).not.toContain('next Friday');
    expect(list).not.toContain('no date agreed');
  });

  it('in English, "until", "by" and "before" set the deadline as "tot" does; 31 February is refused, nothing noted', async () => {
    await answerIn(local.url, 'wi1', 'a:lokaal-wi1', 'taal en');
    const until = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Share the agenda until Friday');
    expect(until).toMatch(/"title":"Action item","value":"Share the agenda"/);
    expect(until).toContain('Friday 4 December 2026');
    const by = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Book a room by 15 January');
    expect(by).toMatch(/"title":"Action item","value":"Book a room"/);
    expect(by).toContain('15 January 2027');
    const before = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Ask the FG before 10 December');
    expect(before).toContain('Thursday 10 December 2026');
    // "by email" is no date: it stays text.
    const email = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Send the minutes by email');
    expect(email).toMatch(/"title":"Action item","value":"Send the minutes by email"/);
    const impossible = await answerIn(
      local.url,
      'wi1',
      WERKGROEP,
      'actiepunt Send the report until 31 February',
    );
    expect(impossible).toContain('31 February does not exist. Use: actiepunt followed by what is to be done');
    expect(impossible).not.toContain('Action item noted');
    expect(await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunten')).not.toContain('Send the report');
    // A Dutch member's "by" is no deadline word: it stays text.
    const dutch = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunt Lijst by Friday');
    expect(dutch).toMatch(/"title":"Actiepunt","value":"Lijst by Friday"/);
  });

  it('in English, "deadline N until Friday" (and by, before) changes the deadline as "tot" does; a Dutch member keeps the Dutch words', async () => {
    await answerIn(local.url, 'wi1', 'a:lokaal-wi1', 'taal en');
    const noted = await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunt Print the leaflets');
    const n = /#(\d+)/.exec(noted)?.[1];
    expect(n).toBeDefined();
    const until = await answerIn(local.url, 'wi1', WERKGROEP, `deadline ${n} until Friday`);
    expect(until).toContain(
      `The deadline of action item #${n} Print the leaflets is now Friday 4 December 2026.`,
    );
    const by = await answerIn(local.url, 'wi1', WERKGROEP, `deadline ${n} by 15 January`);
    expect(by).toContain('is now Friday 15 January 2027');
    const before = await answerIn(local.url, 'wi1', WERKGROEP, `deadline ${n} before 10 December`);
    expect(before).toContain('is now Thursday 10 December 2026');
    // The Dutch words still work in English, and a Dutch member's "until" is no deadline word.
    expect(await answerIn(local.url, 'wi1', WERKGROEP, `deadline ${n} tot 11 December`)).toContain(
      'is now Friday 11 December 2026',
    );
    const dutch = await answerIn(local.url, 'ggz1', WERKGROEP, `deadline ${n} until vrijdag`);
    expect(dutch).toContain('Die datum kan ik niet lezen');
    expect(await answerIn(local.url, 'wi1', WERKGROEP, 'actiepunten')).toContain('Friday 11 December 2026');
  });
});
