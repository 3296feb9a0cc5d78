import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP = '19:lokaal-werkgroep@thread.tacv2';

/**
 * A date without a meeting (`verplaats`, `annuleer` of a day off by one) in the local chat: a tester
 * read only "Op … staat geen bijeenkomst" and had to go and look up which days were right. The answer
 * now names the meetings nearest before and after it, skipping one that was cancelled.
 */
describe('the local chat: a date without a meeting names the nearest meetings', () => {
  let local: LocalChatApp;
  const say = (tekst: string) => answerIn(local.url, 'pl', WERKGROEP, tekst);

  beforeAll(async () => {
    local = await startLocalChatApp();
  });
  afterAll(() => local?.stop());

  it('a day between two meetings: both named, and nothing moved', async () => {
    expect(await say('verplaats 2027-01-20 naar 2027-01-21')).toContain(
      'Op woensdag 20 januari 2027 staat geen bijeenkomst van deze werkgroep. Er is niets veranderd. De dichtstbijzijnde bijeenkomsten zijn op dinsdag 19 januari 2027 en op dinsdag 16 februari 2027.',
    );
    expect(await say('volgende')).toContain('dinsdag 19 januari 2027, 14:00–15:30');
    expect(await say('volgende')).not.toContain('21 januari 2027');
  });

  it('a cancelled meeting is not offered as the nearest one', async () => {
    expect(await say('annuleer 2027-01-19')).toContain('herstel 2027-01-19');
    expect(await say('annuleer 2027-01-20')).toContain(
      'De dichtstbijzijnde bijeenkomsten zijn op dinsdag 22 december 2026 en op dinsdag 16 februari 2027.',
    );
  });

  it('in English for an English member', async () => {
    await say('taal en');
    expect(await say('verplaats 2027-02-17 naar 2027-02-18')).toContain(
      'Nothing has changed. The nearest meetings are on ',
    );
    await say('taal nl');
  });
});
