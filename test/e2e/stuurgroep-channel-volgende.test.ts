import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const STUURGROEP = '19:lokaal-stuurgroep@thread.tacv2';

/**
 * `volgende` in the stuurgroep's own channel names the stuurgroep's next meeting, as the home card
 * does, not "Er is nog geen bijeenkomst gepland." (the stuurgroep meets by its region's calendar).
 */
describe('volgende in the stuurgroep’s channel', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('the stuurgroeplid and the projectleider hear the next stuurgroep meeting', async () => {
    for (const role of ['sg1', 'pl']) {
      const answer = await answerIn(local.url, role, STUURGROEP, 'volgende');
      expect(answer).toContain('De volgende stuurgroep van je regio is op');
      expect(answer).not.toContain('Er is nog geen bijeenkomst gepland.');
    }
  });
});
