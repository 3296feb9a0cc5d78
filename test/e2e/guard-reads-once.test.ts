import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { pressAgendaInput } from '../support/agenda-input-press.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';
import {
  startWerkgroepHarness,
  type WerkgroepHarness,
  withTuesdaySeries,
} from '../support/werkgroep-harness.ts';

/** How many texts the client-data guard has read so far, as /metrics says. */
async function textsRead(baseUrl: string): Promise<number> {
  const metrics = await (await fetch(`${baseUrl}/metrics`)).text();
  const line = metrics.split('\n').find((l) => l.startsWith('schakel_guard_texts_read_total '));
  return Number(line?.split(' ')[1] ?? Number.NaN);
}

/**
 * A refused text is read by the guard once per submission: the use case refuses it, and the form
 * shown again (its refused field emptied) takes that answer instead of reading the text again.
 * Before, the same text was read twice (the use case, then the form layer).
 */
describe('the guard reads each submitted text once', () => {
  describe('Teams: an agendapunt typed in the agenda call card', () => {
    const clock = manualClock('2026-09-29T06:00:00Z');
    let h: WerkgroepHarness;

    beforeAll(async () => {
      h = await startWerkgroepHarness({ clock, platforms: ['teams'] });
      await withTuesdaySeries(h);
    });
    afterAll(async () => h?.stop());

    const add = async (text: string) => {
      const res = await pressAgendaInput(h, text);
      expect(res.status).toBe(200);
      return JSON.stringify(await res.json());
    };

    it('refused: read once, and the answer says it was not saved', async () => {
      const before = await textsRead(h.app.baseUrl);
      expect(await add('Mw. Bakker (BSN 111222333) bespreken')).toContain('Niet opgeslagen');
      expect((await textsRead(h.app.baseUrl)) - before).toBe(1);
    });

    it('accepted: read once, and stored', async () => {
      const before = await textsRead(h.app.baseUrl);
      expect(await add('Terugblik op de leerbijeenkomst')).toContain('Genoteerd');
      expect((await textsRead(h.app.baseUrl)) - before).toBe(1);
    });
  });

  describe('Slack: a check-in with client data in one field', () => {
    const clock = manualClock('2026-10-05T06:00:00Z');
    let h: SlackCheckinHarness;
    let roundId: string;

    beforeAll(async () => {
      h = await startSlackCheckinHarness('guard-once-secret', clock);
      roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    });
    afterAll(async () => h?.stop());

    it('every typed text is read once, the refused one too; nothing is stored', async () => {
      const view = (await h.member.tap('U0SANNE', roundId))!;
      const before = await textsRead(h.app.baseUrl);
      const res = await h.member.submit('U0SANNE', view, {
        samenwerkingsniveau: '3',
        went_well: 'Jan de Vries heeft een psychose, maar ging wel aan het werk.',
        new1_description: 'Werkgevers weten ons niet te vinden',
        new1_category: 'werkgevers',
      });
      expect(res.body?.response_action).toBe('errors');
      expect(Object.keys(res.body?.errors as object)).toEqual(['went_well']);
      // Two texts typed, and the empty text of every field left open: three different texts.
      expect((await textsRead(h.app.baseUrl)) - before).toBe(3);
      expect((await checkinState(h.tdb.db)).answers).toEqual([]);
    });
  });
});
