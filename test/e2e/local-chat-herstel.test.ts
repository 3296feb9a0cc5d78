import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn, pressGoAheadAfterAll, pressIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/** A meeting cancelled by mistake in the local chat (Teams' cards over HTTP): the card's button, or typed. */
describe('the local chat: herstel', () => {
  let local: LocalChatApp;
  const say = (tekst: string) => answerIn(local.url, 'pl', WERKGROEP, tekst);

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('"Toch laten doorgaan" on the annuleer card asks first, then puts the meeting back', async () => {
    const cancelled = await say('annuleer 2027-01-19');
    expect(cancelled).toContain('Typ herstel 2027-01-19 of kies de knop.');
    expect(await say('volgende')).not.toContain('19 januari 2027');
    expect(cancelled.slice(cancelled.indexOf('"title":"Toch laten doorgaan"'))).toContain(
      'Bijeenkomst toch laten doorgaan?',
    );
    const { pressed, answer } = await pressGoAheadAfterAll(local.url, 'pl', WERKGROEP, cancelled);
    // Answered below the card, as a new message.
    expect(JSON.stringify(pressed)).toContain('hieronder als nieuw bericht');
    expect(JSON.stringify(answer)).toContain(
      'De bijeenkomst van dinsdag 19 januari 2027 om 14:00 gaat toch door.',
    );
    expect(await say('volgende')).toContain('dinsdag 19 januari 2027, 14:00–15:30');
  });

  it('typed: not cancelled or no meeting is said so; in English for an English member', async () => {
    expect(await say('herstel 2027-02-16')).toContain(
      'De bijeenkomst van dinsdag 16 februari 2027 is niet afgezegd; ze gaat gewoon door. Er verandert niets.',
    );
    expect(await say('herstel 2027-02-17')).toContain(
      'Op woensdag 17 februari 2027 staat geen bijeenkomst van deze werkgroep.',
    );
    await say('taal en');
    expect(await say('annuleer 2027-03-16')).toContain(
      'Is it on after all? Type herstel 2027-03-16 or use the button.',
    );
    expect(await say('herstel 16 March 2027')).toContain(
      'The meeting of Tuesday 16 March 2027 at 14:00 goes ahead after all. Its reminders are planned again.',
    );
    await say('taal nl');
  });

  it('"Nee, laat maar" beside "Ja, laten doorgaan" answers the presser alone and the meeting stays cancelled', async () => {
    const cancelled = await say('annuleer 2027-04-13');
    const step = cancelled.slice(cancelled.indexOf('"title":"Toch laten doorgaan"'));
    expect(step).toMatch(/"title":"Nee, laat maar","verb":"laat_maar","associatedInputs":"none"/);
    const pressed = await (await pressIn(local.url, 'pl', WERKGROEP, 'laat_maar')).json();
    expect(JSON.stringify(pressed)).toContain('Goed, er verandert niets.');
    expect(await say('volgende')).not.toContain('13 april 2027');
  });
});
