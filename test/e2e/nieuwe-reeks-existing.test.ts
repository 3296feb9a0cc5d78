import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { type SlackCheckinHarness, startSlackCheckinHarness } from '../support/checkin-harness.ts';
import { slashOrModal } from '../support/slack-commands.ts';

const SECRET = 'nieuwe-reeks-signing-secret';
const clock = manualClock('2026-11-10T09:00:00Z');

/**
 * Hanneke (projectleider) of Werkgroep Oost, which meets every four weeks already: `nieuwe-reeks`
 * says at once that there is a series and which command changes it, before any form is filled in;
 * in the form that changes it, a date before today is named beside a time that is no time.
 */
describe('nieuwe-reeks where the werkgroep has a series, on Slack over HTTP', () => {
  let h: SlackCheckinHarness;
  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  /** `/schakel <text>` by Hanneke in the werkgroep's channel: what it said, or the modal it opened. */
  const slash = (text: string) =>
    slashOrModal(
      { events: h.member.events, secret: SECRET, slack: h.slack },
      { userId: 'U0HANNEKE', text, channelId: 'C0OOST' },
    );

  it('typed alone or with its details, says at once to use wijzig vanaf, and opens no form', async () => {
    const exists = nl.answers.problems.seriesExists('/schakel ');
    expect(exists).toContain('/schakel wijzig vanaf <datum>');
    for (const text of ['nieuwe-reeks', 'nieuwe-reeks 1 december 2026 14:00']) {
      const { modal, said } = await slash(text);
      expect(modal, text).toBeNull();
      // As Slack shows the text: its escapes read back.
      const shown = (JSON.parse(said) as { text: string }).text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      expect(shown, text).toBe(exists);
    }
  });

  it('a date before today is flagged beside a time that is no time, in one reply', async () => {
    const { modal } = await slash('wijzig');
    expect(modal?.callback_id).toBe('reeks');
    const res = await h.member.submit('U0HANNEKE', modal!, { datum: '2026-11-03', tijd: '25:00' });
    const errors = (res.body as { errors?: Record<string, string> }).errors ?? {};
    expect(errors.datum).toBe(nl.answers.series.pastFrom);
    expect(errors.tijd).toBeDefined();
  });
});
