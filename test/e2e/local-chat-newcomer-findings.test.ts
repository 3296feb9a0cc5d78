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

  it('Femke, the projectleider, noting an actiepunt without an owner is told to name one herself, not to ask the projectleider', async () => {
    const femke = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Verslag rondsturen');
    expect(femke).toContain('Actiepunt genoteerd, met jou als eigenaar.');
    expect(femke).toContain(
      'Is het voor iemand anders? Zet de naam dan vooraan: actiepunt @Naam en de tekst.',
    );
    expect(femke).not.toContain('laat de projectleider');
    // Ruben, who may not give one, is still told to ask her.
    const ruben = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunt Lijst bijwerken');
    expect(ruben).toContain('laat de projectleider het geven met actiepunt @Naam en de tekst');
  });

  it('@Ruben inside the text makes Ruben no owner: the answer says so and how, naming the number to close', async () => {
    const answer = await answerIn(local.url, 'pl', WERKGROEP, 'actiepunt Folder ophalen bij @Ruben');
    expect(answer).toContain('Actiepunt genoteerd, met jou als eigenaar.');
    const number = /Folder ophalen bij @Ruben.*?#(\d+)|#(\d+).*?Folder ophalen bij @Ruben/s.exec(answer);
    const n = number?.[1] ?? number?.[2];
    expect(n).toBeDefined();
    expect(answer).toContain(
      `Een @naam in de tekst maakt Ruben Kleinjan geen eigenaar: dit actiepunt staat op jouw naam. Is het voor Ruben Kleinjan? Zet de naam dan vooraan, actiepunt @Ruben Kleinjan en de tekst, en rond dit af met klaar ${n}.`,
    );
    // Ruben typing the same kind of text is told to ask, not to put the name first.
    const ruben = await answerIn(local.url, 'ggz1', WERKGROEP, 'actiepunt Verslag sturen aan @Sem');
    expect(ruben).toContain('Een @naam in de tekst maakt Sem Wolters geen eigenaar');
    expect(ruben).toContain('Laat Sem Wolters het dan zelf noteren of de projectleider het geven');
  });
});
