import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import {
  meetingEnds,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';
import { postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'fouten-bij-blokken';
// Monday 5 January 2026.
const clock = manualClock('2026-01-05T09:00:00Z');
const HANNEKE = { teamId: STAND_IN_TEAM, userId: 'U0HANNEKE' };
const CLIENT_DATA = 'Mevrouw Jansen heeft een depressie, BSN 111222333';

/**
 * Slack refuses an answer `response_action: 'errors'` whose keys are not input blocks of the
 * submitted view, and the member then sees only "Er ging iets mis" instead of the problem beside
 * the field. For each form a slash command opens, submitted in the ways it is refused (empty, a
 * date in the past, client data in every text field), every key of the errors is an input
 * block of the view Schakel opened.
 */
describe('Slack modals: every error is beside an input block of the view that was opened', () => {
  let h: WerkgroepHarness;
  const slash = (text: string) => slashInOost(h, SECRET, 'U0HANNEKE', text);

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
  });
  afterAll(async () => h?.stop());

  async function opened(command: string): Promise<types.ModalView> {
    const after = h.slack.calls.length;
    // A modal opened: the slash command's ack is empty.
    const body = slashCommandBody({
      text: command,
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    expect((await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    const open = await h.slack.waitFor((c) => c.path === '/api/views.open', { after });
    return open.body.view as types.ModalView;
  }

  const inputBlocks = (view: types.ModalView) =>
    view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id ?? '');

  /** Every field filled as `fill` says (by the element's kind), submitted; the errors it comes back with. */
  async function errorsOf(view: types.ModalView, fill: (kind: string) => string | undefined) {
    const filled: Record<string, string> = {};
    for (const b of view.blocks) {
      if (b.type !== 'input' || !b.block_id) continue;
      const value = fill((b as types.InputBlock).element.type);
      if (value !== undefined) filled[b.block_id] = value;
    }
    const res = await postInteraction(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      viewSubmissionBody(HANNEKE, view, filled),
    );
    expect(res.status).toBe(200);
    const body = res.body as { response_action?: string; errors?: Record<string, string> } | null;
    return body?.response_action === 'errors' ? (body.errors ?? {}) : null;
  }

  const WAYS: ReadonlyArray<readonly [string, (kind: string) => string | undefined]> = [
    ['empty', () => undefined],
    [
      'a date in the past',
      (kind) => (kind === 'datepicker' ? '2025-12-01' : kind === 'timepicker' ? '10:00' : undefined),
    ],
    ['client data in every text', (kind) => (kind === 'plain_text_input' ? CLIENT_DATA : undefined)],
  ];

  async function expectErrorsOnInputs(command: string) {
    const view = await opened(command);
    const blocks = inputBlocks(view);
    let refused = 0;
    for (const [way, fill] of WAYS) {
      const errors = await errorsOf(view, fill);
      if (errors === null) continue;
      refused += 1;
      for (const key of Object.keys(errors)) expect(blocks, `${command}, ${way}: ${key}`).toContain(key);
    }
    expect(refused, command).toBeGreaterThan(0);
  }

  it('the new series form (nieuwe-reeks)', async () => {
    await expectErrorsOnInputs('nieuwe-reeks');
  });

  it('the new werkgroep form (nieuwe-werkgroep)', async () => {
    await expectErrorsOnInputs('nieuwe-werkgroep');
  });

  it('with a series: the change form (wijzig) and the one-meeting form (verplaats)', async () => {
    expect(await slash('nieuwe-reeks 2026-01-12 14:00 elke 4 weken')).toContain('De reeks staat');
    await expectErrorsOnInputs('wijzig');
    await expectErrorsOnInputs('verplaats');
  });
});

/** The same for the check-in a member opens from the button in their DM, before and after "Nog een knelpunt". */
describe('Slack check-in modal: every error is beside an input block of the view that was opened', () => {
  const CHECKIN_SECRET = 'fouten-bij-checkin';
  // Tuesday 6 October 2026: the werkgroep meets 14:00-15:30 in Amsterdam.
  const checkinClock = manualClock('2026-10-05T06:00:00Z');
  let h: SlackCheckinHarness;
  let roundId: string;

  beforeAll(async () => {
    h = await startSlackCheckinHarness(CHECKIN_SECRET, checkinClock);
    roundId = await meetingEnds(h, checkinClock, '2026-10-06T13:31:00Z');
  });
  afterAll(async () => h?.stop());

  async function expectErrorsOnInputs(
    view: types.ModalView,
    ways: ReadonlyArray<Record<string, string>>,
    userId = 'U0RUBEN',
  ) {
    const blocks = view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id ?? '');
    let refused = 0;
    for (const filled of ways) {
      const res = await h.member.submit(userId, view, filled);
      expect(res.status).toBe(200);
      const errors = (res.body as { response_action?: string; errors?: Record<string, string> } | null)
        ?.errors;
      if (!errors) continue;
      refused += 1;
      for (const key of Object.keys(errors))
        expect(blocks, `${JSON.stringify(filled)}: ${key}`).toContain(key);
    }
    expect(refused).toBeGreaterThan(0);
  }

  it('as opened, and with a second knelpunt revealed', async () => {
    const view = (await h.member.tap('U0RUBEN', roundId))!;
    const texts = Object.fromEntries(
      view.blocks
        .filter((b) => b.type === 'input' && (b as types.InputBlock).element.type === 'plain_text_input')
        .map((b) => [b.block_id ?? '', CLIENT_DATA]),
    );
    await expectErrorsOnInputs(view, [
      {},
      texts,
      { new1_description: 'Werkgevers weten ons niet te vinden' },
    ]);
    const revealed = await h.member.reveal('U0RUBEN', view, 'meer_knelpunt_2', {});
    await expectErrorsOnInputs(revealed, [
      { samenwerkingsniveau: '3', new2_description: CLIENT_DATA },
      { samenwerkingsniveau: '3', new2_description: 'Te weinig tijd voor het overleg' },
    ]);
  });

  it('the progress form (voortgang) the projectleider opens from the check-in', async () => {
    const view = (await h.member.tap('U0HANNEKE', roundId, { actionId: 'progress_open' }))!;
    expect(view.callback_id).toBe('progress');
    const numbers = (value: string) =>
      Object.fromEntries(
        view.blocks
          .filter((b) => b.type === 'input' && (b as types.InputBlock).element.type === 'number_input')
          .map((b) => [b.block_id ?? '', value]),
      );
    await expectErrorsOnInputs(view, [{}, numbers('-5'), numbers('100000000')], 'U0HANNEKE');
  });
});
