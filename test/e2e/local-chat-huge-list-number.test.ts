import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * An actiepunt number beyond any list (a slip of the keyboard, a pasted phone number): no such
 * actiepunt, said as for any number not in the list, never "Er ging iets mis" (a tester's finding,
 * attack40: from 2,147,483,648 on, PostgreSQL refused the number as an integer and the error
 * surfaced unexplained).
 */
describe('klaar, schrap and deadline with a number beyond any list', () => {
  let local: LocalChatApp;

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it.each([
    ['klaar 2147483648', 'Er is geen actiepunt met nummer 2147483648.'],
    ['klaar 99999999999', 'Er is geen actiepunt met nummer 99999999999.'],
    ['schrap actiepunt 99999999999', 'Er is geen actiepunt met nummer 99999999999.'],
    ['deadline 99999999999 vrijdag', 'Er is geen actiepunt met nummer 99999999999.'],
  ])('%s: no such actiepunt, in plain Dutch', async (typed, said) => {
    const answer = await answerIn(local.url, 'ggz1', WERKGROEP_CHANNEL, typed);
    expect(answer).toContain(said);
    expect(answer).not.toContain('Er ging iets mis');
  });
});
