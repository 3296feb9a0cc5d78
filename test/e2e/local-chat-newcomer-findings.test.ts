import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';
const ONLY_FEMKE = 'Alleen de projectleider van deze regio mag dit doen. Dat is Femke Hoogland.';

/** Small things a newcomer met playing the local chat, as the person at the keyboard reads them. */
describe('the local chat: what a newcomer meets first', () => {
  let local: LocalChatApp;
  beforeAll(async () => {
    local = await startLocalChatApp({}, manualClock('2026-12-07T09:00:00Z'));
  });
  afterAll(() => local?.stop());

  it('Ruben typing a bare vakantie hears that only the projectleider may, not how to type it', async () => {
    for (const typed of ['vakantie', 'vakantie weg', 'vakantie Kerst 2026-12-19']) {
      const answer = await answerIn(local.url, 'ggz1', 'a:lokaal-ggz1', typed);
      expect(answer).toContain(ONLY_FEMKE);
      expect(answer).not.toContain('Gebruik:');
    }
    // Femke, who may, still gets how it is typed.
    const lead = await answerIn(local.url, 'pl', 'a:lokaal-pl', 'vakantie');
    expect(lead).toContain('Gebruik: vakantie');
  });

  it('a bare klaar by Ruben, who owns none of the open actiepunten, says so above the list', async () => {
    const ruben = await answerIn(local.url, 'ggz1', WERKGROEP, 'klaar');
    expect(ruben).toContain('Open actiepunten');
    expect(ruben).toContain(
      'Geen van deze actiepunten staat op jouw naam, dus je hebt er geen af te ronden: dat doet de eigenaar of de projectleider.',
    );
    // Sem owns some of them: his list says nothing of the kind.
    const sem = await answerIn(local.url, 'wi1', WERKGROEP, 'klaar');
    expect(sem).toContain('Open actiepunten');
    expect(sem).not.toContain('Geen van deze actiepunten');
  });
});
