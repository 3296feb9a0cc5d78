import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn, pressGoAheadAfterAll, pressOnCard } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * In the local chat (Teams' cards over HTTP), as a projectleider types it: a meeting moved, then
 * cancelled, comes back with "Toch laten doorgaan" where it had been moved to, and `annuleer` and
 * `herstel` with its original date say which meeting they are about.
 */
describe('the local chat: a moved meeting cancelled and put back', () => {
  let local: LocalChatApp;
  const clock = manualClock('2026-12-06T09:00:00Z');
  const say = (tekst: string) => answerIn(local.url, 'pl', WERKGROEP, tekst);

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('verplaats, annuleer, "Toch laten doorgaan": back on the day it was moved to', async () => {
    expect(await say('verplaats 19 januari naar 21 januari 10:00')).toContain('donderdag 21 januari 2027');
    const cancelled = await say('annuleer 21 januari');
    expect(cancelled).toContain('op donderdag 21 januari 2027 gaat niet door');
    expect(cancelled).toContain('Typ herstel 2027-01-21 of kies de knop.');
    const upcoming = await say('volgende');
    expect(upcoming).not.toContain('21 januari');
    expect(upcoming).not.toContain('19 januari');

    const { data, answer } = await pressGoAheadAfterAll(local.url, 'pl', WERKGROEP, cancelled);
    expect(data.value).toContain('|herstel 2027-01-21');
    expect(JSON.stringify(answer)).toContain(
      'De bijeenkomst van donderdag 21 januari 2027 om 10:00 gaat toch door; ze blijft verplaatst (oorspronkelijk dinsdag 19 januari 2027 om 14:00).',
    );
    expect(await say('volgende')).toMatch(/donderdag 21 januari 2027, 10:00–[0-9:]+ \(verplaatst\)/);
  });

  it('annuleer and herstel with the original date: said which meeting, and where it stands', async () => {
    const note =
      'De bijeenkomst van dinsdag 19 januari 2027 was verplaatst naar donderdag 21 januari 2027 om 10:00; het gaat om die bijeenkomst.';
    const cancelled = await say('annuleer 19 januari');
    expect(cancelled).toContain(note);
    expect(cancelled).toContain('op donderdag 21 januari 2027 gaat niet door');
    expect(await say('herstel 2027-01-19')).toContain(
      'De bijeenkomst van donderdag 21 januari 2027 om 10:00 gaat toch door; ze blijft verplaatst',
    );
    expect(await say('volgende')).toMatch(/donderdag 21 januari 2027, 10:00–[0-9:]+ \(verplaatst\)/);
  });

  it('two cancelled on one day: herstel asks which, and the button pressed puts that one back', async () => {
    expect(await say('annuleer 16 februari')).toContain('gaat niet door');
    expect(await say('verplaats 16 maart naar 16 februari 10:00')).toContain('dinsdag 16 februari 2027');
    expect(await say('annuleer 16 februari')).toContain('gaat niet door');
    const asked = await say('herstel 16 februari');
    expect(asked).toContain('Op dinsdag 16 februari 2027 zijn 2 bijeenkomsten afgezegd.');
    const data = /"title":"10:00, verplaatst van [^"]*","verb":"werkgroep_kies","data":(\{[^}]*\})/.exec(
      asked,
    )?.[1];
    expect(JSON.parse(data ?? '{}').value).toContain('|herstel 2027-02-16 van 2027-03-16');
    const { answer } = await pressOnCard(local.url, 'pl', WERKGROEP, -1, JSON.parse(data ?? '{}'));
    expect(JSON.stringify(answer)).toContain(
      'De bijeenkomst van dinsdag 16 februari 2027 om 10:00 gaat toch door; ze blijft verplaatst (oorspronkelijk dinsdag 16 maart 2027 om 14:00).',
    );
    expect(await say('volgende')).toMatch(/dinsdag 16 februari 2027, 10:00–[0-9:]+ \(verplaatst\)/);
  });
});
