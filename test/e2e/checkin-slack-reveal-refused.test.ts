import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';

const SECRET = 'onthul-geheim';
const clock = manualClock('2026-10-05T06:00:00Z');
const REFUSED = 'Jan de Vries heeft een psychose, BSN 111222333';
const CLIENT_PARTS = /Jan de Vries|psychose|111222333/;

/**
 * Sanne types client data into her first knelpunt; Opslaan refuses it beside the field. She then
 * presses "Nog een knelpunt": the modal Schakel sends back (views.update) must not carry her
 * refused text. The field comes back empty (a block Slack does not fill from what was typed), the
 * guard's Dutch reason under it; her other answers stay.
 */
describe('Slack: "Nog een knelpunt" after a refusal sends no refused text back', () => {
  let h: SlackCheckinHarness;
  let roundId: string;

  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock);
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  });
  afterAll(async () => h?.stop());

  const inputOf = (view: types.ModalView, field: string) =>
    view.blocks
      .filter((b): b is types.InputBlock => b.type === 'input')
      .find((b) => (b.element as { action_id?: string }).action_id === field);

  it('the refused field comes back empty with its problem, the level and the other text kept', async () => {
    const modal = (await h.member.tap('U0SANNE', roundId))!;
    const typed = {
      samenwerkingsniveau: '3.5',
      new1_description: REFUSED,
      went_well: 'De leerbijeenkomst was goed bezocht.',
    };
    const refused = await h.member.submit('U0SANNE', modal, typed);
    expect(refused.body?.response_action).toBe('errors');

    const view = await h.member.reveal('U0SANNE', modal, 'meer_knelpunt_2', typed);
    const sent = JSON.stringify(h.slack.callsTo('views.update'));
    expect(sent).not.toMatch(CLIENT_PARTS);

    // What Sanne sees: the second slot open, her first knelpunt empty with the reason beside it.
    const first = inputOf(view, 'new1_description');
    expect(first?.element).not.toHaveProperty('initial_value');
    // A new block id: Slack fills a block it already showed with what was typed there.
    expect(first?.block_id).not.toBe('new1_description');
    const shown = JSON.stringify(view.blocks);
    expect(shown).toContain(nl.forms.refusedEmptied);
    expect(inputOf(view, 'new2_description')).toBeDefined();
    expect(inputOf(view, 'went_well')?.element).toMatchObject({ initial_value: typed.went_well });
    expect(inputOf(view, 'samenwerkingsniveau')?.element).toMatchObject({
      initial_option: { value: '3.5' },
    });
    expect(h.app.logs.text).not.toMatch(CLIENT_PARTS);
  });

  it('the emptied field, filled in again and saved, is read as its own field', async () => {
    const modal = (await h.member.tap('U0SANNE', roundId))!;
    const typed = { samenwerkingsniveau: '3', new1_description: REFUSED };
    const view = await h.member.reveal('U0SANNE', modal, 'meer_knelpunt_2', typed);
    const block = inputOf(view, 'new1_description')!.block_id!;
    // Slack sends the state by block id: the renamed block must still be new1_description.
    const again = await h.member.submit('U0SANNE', view, {
      samenwerkingsniveau: '3',
      [block]: REFUSED,
    });
    expect(again.body?.response_action).toBe('errors');
    // The guard's problem goes beside the block Sanne sees (a knelpunt wants its category too).
    expect(Object.keys(again.body?.errors as object)).toContain(block);
    expect(Object.keys(again.body?.errors as object)).not.toContain('new1_description');
    const saved = await h.member.submit('U0SANNE', view, {
      samenwerkingsniveau: '3',
      [block]: 'Werkgevers weten ons nog niet te vinden',
      new1_category: 'werkgevers',
    });
    expect(saved).toEqual({ status: 200, body: null });
  });
});
