import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { namingWerkgroep } from '../../src/commands/werkgroep-choice.ts';
import { say } from '../../src/messages/model.ts';
import { answerIn, answersSince, shownIn, typeInChat } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

/**
 * A vakantie is the region's (holiday_periods hold a region, not a werkgroep): the projectleider,
 * in two werkgroepen, types it in her personal chat and is not asked which werkgroep; the answer
 * says it is noted for the whole region, not "Werkgroep X: Genoteerd", and names the meetings of
 * every werkgroep of the region that fall in it.
 */
describe('the local chat: vakantie in the projectleider’s personal chat is for the whole region', () => {
  let local: LocalChatApp;

  beforeAll(async () => {
    local = await startLocalChatApp({}, manualClock('2026-12-06T19:10:00Z'));
  });
  afterAll(() => local?.stop());

  it('with none, a member is not told to add one (which she may not), the projectleider is', async () => {
    const member = await answerIn(local.url, 'ggz1', 'a:lokaal-ggz1', 'vakanties');
    expect(member).toContain('Er staan geen vakanties. De projectleider van de regio kan ze toevoegen.');
    expect(member).not.toContain('Voeg er een toe');
    const lead = await answerIn(local.url, 'pl', 'a:lokaal-pl', 'vakanties');
    expect(lead).toContain('Er staan geen vakanties. Voeg er een toe: vakantie');
  });

  it('vakantie, vakanties and vakantie weg: no werkgroep asked, the region named', async () => {
    const added = await answerIn(
      local.url,
      'pl',
      'a:lokaal-pl',
      'vakantie Kerstvakantie 2026-12-19 t/m 2027-01-03',
    );
    expect(added).not.toContain('Voor welke werkgroep is dit?');
    expect(added).toContain(
      'Genoteerd voor de hele regio: Kerstvakantie van zaterdag 19 december 2026 t/m zondag 3 januari 2027. Deze bijeenkomsten vallen erin en krijgen een waarschuwing in de herinnering en de oproep voor agendapunten: Werkgroep GGZ & Werk Achterhoek op dinsdag 22 december 2026; Werkgroep Werkgevers & Jobcoaching op donderdag 24 december 2026.',
    );
    expect(added).not.toContain('Werkgroep GGZ & Werk Achterhoek:');
    const listed = await answerIn(local.url, 'pl', 'a:lokaal-pl', 'vakanties');
    expect(listed).not.toContain('Voor welke werkgroep is dit?');
    expect(listed).toContain('Kerstvakantie');
    const removed = await answerIn(local.url, 'pl', 'a:lokaal-pl', 'vakantie weg Kerstvakantie');
    expect(removed).not.toContain('Voor welke werkgroep is dit?');
    expect(removed).toContain('is weggehaald');
  });

  it('the same vakantie sent from two tabs at once is noted once: the other tab hears it is there already', async () => {
    const chat = 'a:lokaal-pl';
    const text = 'vakantie Meivakantie 2027-04-24 t/m 2027-05-02';
    const before = (await shownIn(local.url, 'pl', chat)).length;
    await Promise.all([1, 2].map(async () => (await typeInChat(local.url, 'pl', chat, text)).text()));
    const answers = await answersSince(local.url, 'pl', chat, before);
    expect(answers).toEqual([
      expect.stringContaining('Genoteerd voor de hele regio: Meivakantie'),
      'Meivakantie van zaterdag 24 april 2027 t/m zondag 2 mei 2027 staat er al.',
    ]);
    const listed = await answerIn(local.url, 'pl', chat, 'vakanties');
    expect(listed.split('Meivakantie')).toHaveLength(2);
  });

  it('an answer after the choice that names its werkgroep itself names it once', () => {
    const moved = 'De bijeenkomst van Werkgroep Oost is verplaatst naar dinsdag 26 januari 2027.';
    expect(namingWerkgroep(say(moved), 'Werkgroep Oost').fallback).toBe(moved);
  });
});
