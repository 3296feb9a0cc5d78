import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
// Wednesday 2 December 2026, 23:59:30 in Amsterdam: the last half minute of the day.
const clock = manualClock('2026-12-02T22:59:30Z');

/**
 * A change of the series "vanaf vandaag" typed in the day's last minute, without a time: the day
 * is over, and Schakel says so without naming a time nobody typed (it used to answer "Vandaag om
 * 23:59 is al voorbij", the end of the day it counts with).
 */
describe('the local chat: a date without a time on a day just over', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('"wijzig vanaf vandaag": "Die dag is al voorbij", no 23:59', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'wijzig vanaf vandaag elke 4 weken');
    expect(answer).toContain('Die dag is al voorbij. Kies een dag na vandaag.');
    expect(answer).not.toContain('23:59');
  });

  it('in English too, and a typed time is still named', async () => {
    await answerIn(local.url, 'pl', 'a:lokaal-pl', 'taal en');
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'wijzig vanaf vandaag elke 4 weken');
    expect(answer).toContain('That day is already over. Choose a day after today.');
    expect(answer).not.toContain('23:59');
    // A time that was typed is the one named.
    const timed = await answerIn(local.url, 'pl', WERKGROEP, 'verplaats 22 december naar vandaag 23:59');
    expect(timed).toContain('Today at 23:59 has already passed.');
  });
});
