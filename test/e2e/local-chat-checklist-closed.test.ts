import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { answerIn } from '../support/local-chat-api.ts';
import { type LocalChatApp, startLocalChatApp } from '../support/local-chat-app.ts';

const WERKGROEP_CHANNEL = '19:lokaal-werkgroep@thread.tacv2';

/**
 * A newcomer's walk: Sem never filled in the checklist, typed `checklist` after the check-in had
 * closed, and read "You can no longer change your checklist": his checklist, changed before? The
 * answer says the checklist belongs to a check-in that has closed, without saying he had one.
 */
describe('`checklist` typed after the check-in closed, by someone who never filled it in', () => {
  let local: LocalChatApp;
  const clock = manualClock('2026-12-05T00:16:00Z');

  const press = async (stap: 'bijeenkomst' | 'week') => {
    const res = await fetch(`${local.url}/api/klok`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rol: 'pl', gesprek: WERKGROEP_CHANNEL, stap }),
    });
    expect(res.status).toBe(200);
  };
  const answerTo = (tekst: string) => answerIn(local.url, 'wi1', WERKGROEP_CHANNEL, tekst);

  beforeAll(async () => {
    local = await startLocalChatApp({}, clock);
  });
  afterAll(() => local?.stop());

  it('in Dutch and in English: the checklist belongs to a closed check-in, not "je checklist"', async () => {
    await press('bijeenkomst');
    await press('week');
    await press('week');
    const nl = await answerTo('checklist');
    expect(nl).toContain(
      'De checklist hoort bij de check-in van dinsdag 22 december 2026, en die is gesloten: wat je nu stuurt, wordt niet meer opgeslagen. Bij de volgende check-in kun je de checklist invullen.',
    );
    expect(nl).not.toContain('Je checklist');
    await answerTo('taal en');
    const en = await answerTo('checklist');
    expect(en).toContain(
      'The checklist belongs to the check-in of Tuesday 22 December 2026, which is closed',
    );
    expect(en).not.toContain('your checklist');
  });
});
