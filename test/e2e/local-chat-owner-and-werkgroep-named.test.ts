import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
// Wednesday 2 December 2026; the werkgroep meets on Tuesday 22 December and 19 January.
const clock = manualClock('2026-12-02T09:00:00Z');

/**
 * Who the card of a given actiepunt says will close it, and which werkgroep `annuleer` speaks of:
 * Femke (projectleider) giving one to Ruben is not told it waits for her; a cancelled meeting is
 * named with its werkgroep, as a moved one is.
 */
describe('the local chat names the owner and the werkgroep', () => {
  let local: LocalChatApp;
  /** The werkgroep's name, as the answer to verplaats gives it. */
  let werkgroep: string | undefined;
  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('an actiepunt Femke gives to Ruben stays in the reminders until Ruben closes it', async () => {
    const given = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Ruben Kleinjan lijst delen');
    expect(given).toContain('Het staat in elke herinnering tot Ruben Kleinjan het afrondt.');
    expect(given).not.toContain('tot je het afrondt');
    const own = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt zaal reserveren');
    expect(own).toContain('Het staat in elke herinnering tot je het afrondt.');
  });

  it('annuleer names the werkgroep as verplaats does', async () => {
    const moved = await answerIn(local.url, 'pl', WERKGROEP, 'verplaats 22 december naar 23 december');
    werkgroep = /De bijeenkomst van (.+) is verplaatst naar/.exec(moved)?.[1];
    expect(werkgroep).toBeTruthy();
    const cancelled = await answerIn(local.url, 'pl', WERKGROEP, 'annuleer 19 januari');
    expect(cancelled).toContain(`De bijeenkomst van ${werkgroep} op dinsdag 19 januari 2027 gaat niet door.`);
    expect(await answerIn(local.url, 'pl', WERKGROEP, 'annuleer 19 januari')).toContain(
      `De bijeenkomst van ${werkgroep} op dinsdag 19 januari 2027 was al afgezegd`,
    );
  });

  it('in English too', async () => {
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'taal en');
    const given = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt @Ruben Kleinjan book the room');
    expect(given).toContain('It appears in every reminder until Ruben Kleinjan closes it.');
    const own = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt send the agenda');
    expect(own).toContain('It appears in every reminder until you close it.');
    const cancelled = await answerIn(local.url, 'pl', WERKGROEP, 'annuleer 23 December');
    expect(cancelled).toContain(`The meeting of ${werkgroep} on Wednesday 23 December 2026 is cancelled.`);
    // The way back names the date it was moved to (moved, then cancelled, it stays there); its
    // original date finds it too, and it comes back where it had been moved to.
    expect(cancelled).toContain('Type herstel 2026-12-23');
    expect(await answerIn(local.url, 'pl', WERKGROEP, 'herstel 2026-12-22')).toContain(
      'The meeting of Wednesday 23 December 2026 at 14:00 goes ahead after all; it stays moved (originally Tuesday 22 December 2026 at 14:00).',
    );
  });
});
