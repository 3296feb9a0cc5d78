import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { teamsInvokeValue } from '../adapters/submissions.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import {
  meetingEnds,
  onSlack,
  onTeams,
  slackCheckin,
  startCheckinHarness,
} from '../support/checkin-harness.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * The check-in starts short: the level, one knelpunt, what went well. "Nog een knelpunt" shows
 * the next slot (Teams in place with Action.ToggleVisibility, Slack by updating the modal), and
 * the inputs a member touches for the usual check-in are counted on each platform.
 */
const SECRET = 'voortschrijdend-geheim';
const clock = manualClock('2026-10-05T06:00:00Z');
/** The usual check-in: a level, one knelpunt with its category, and what went well. */
const USUAL = {
  samenwerkingsniveau: '3.5',
  new1_description: 'Werkgevers weten ons nog niet te vinden',
  new1_category: 'werkgevers',
  went_well: 'De leerbijeenkomst was goed bezocht.',
};

type Element = { type: string; id?: string; isVisible?: boolean; actions?: unknown[] };

describe('a progressive check-in on Slack and Teams, over real HTTP', () => {
  let h: WerkgroepHarness;
  let roundId: string;
  let modal: types.ModalView;
  let card: IAdaptiveCard;

  beforeAll(async () => {
    h = await startCheckinHarness({
      secret: SECRET,
      clock,
      members: [
        { name: 'Sanne Kuipers', identity: onSlack('U0SANNE') },
        { name: 'Lotte Brummelman', identity: onTeams('29:lotte') },
      ],
    });
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    await h.app.running.tick();
    const opened = await slackCheckin(h, SECRET).tap('U0SANNE', roundId);
    if (!opened) throw new Error('no modal opened');
    modal = opened;
    const sent = h.teams.directTo('29:lotte').at(-1);
    if (!sent) throw new Error('no card sent');
    card = (sent.body.attachments as Array<{ content: IAdaptiveCard }>)[0]!.content;
  });
  afterAll(async () => h?.stop());

  const slackInputs = (view: types.ModalView) =>
    view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id ?? '');
  const teamsVisibleInputs = (c: IAdaptiveCard) =>
    (c.body as Element[])
      .filter((e) => e.type.startsWith('Input.') && e.isVisible !== false)
      .map((e) => e.id ?? '');

  it('shows the level first and one knelpunt slot; the next two wait behind "Nog een knelpunt"', () => {
    expect(slackInputs(modal).slice(0, 1)).toEqual(['samenwerkingsniveau']);
    expect(slackInputs(modal)).toContain('new1_description');
    expect(slackInputs(modal)).not.toContain('new2_description');
    expect(JSON.stringify(modal.blocks)).toContain('"action_id":"toon:meer_knelpunt_2"');

    expect(teamsVisibleInputs(card)[0]).toBe('samenwerkingsniveau');
    expect(teamsVisibleInputs(card)).toContain('new1_description');
    expect(teamsVisibleInputs(card)).not.toContain('new2_description');
    const toggle = (card.body as Element[]).find((e) => e.id === 'meer_knelpunt_2');
    expect(toggle).toMatchObject({
      type: 'ActionSet',
      actions: [{ type: 'Action.ToggleVisibility', title: 'Nog een knelpunt' }],
    });
    const [action] = (toggle?.actions ?? []) as Array<{ targetElements: string[] }>;
    const targets = action?.targetElements;
    expect(targets).toEqual(
      expect.arrayContaining(['new2_description', 'new2_category', 'new2_oplossing', 'meer_knelpunt_3']),
    );
  });

  it('the usual check-in takes four inputs on each platform and no extra button', async () => {
    const touched = {
      slack: Object.keys(USUAL).filter((id) => slackInputs(modal).includes(id)).length,
      teams: Object.keys(USUAL).filter((id) => teamsVisibleInputs(card).includes(id)).length,
    };
    const shown = { slack: slackInputs(modal).length, teams: teamsVisibleInputs(card).length };
    // biome-ignore lint/suspicious/noConsole: the count per platform is the point of this test
    console.log(
      `Check-in (niveau + één knelpunt + wat ging goed): Slack ${touched.slack} invoervelden, Teams ${touched.teams} invoervelden; ` +
        `zichtbaar bij openen: Slack ${shown.slack}, Teams ${shown.teams}`,
    );
    expect(touched).toEqual({ slack: 4, teams: 4 });
    // Before: nine knelpunt fields at once; now the first slot's three, the level, its note, what went well.
    expect(shown.slack).toBeLessThanOrEqual(6);
    expect(shown.teams).toBe(shown.slack);

    // And those four alone are a complete check-in on both platforms.
    const slackRes = await slackCheckin(h, SECRET).submit('U0SANNE', modal, USUAL);
    expect(slackRes.status).toBe(200);
    const value = teamsInvokeValue(card, USUAL);
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: value.action.verb ?? '',
        data: value.action.data as Record<string, unknown>,
        serviceUrl: h.teams.serviceUrl,
        userId: '29:lotte',
        tenantId: TEAMS_TENANT,
      }),
    );
    expect(res.status).toBe(200);
    const state = await checkinState(h.tdb.db);
    expect(state.answers.map((a) => [a.name, a.samenwerkingsniveau, a.went_well])).toEqual([
      ['Lotte Brummelman', 3.5, USUAL.went_well],
      ['Sanne Kuipers', 3.5, USUAL.went_well],
    ]);
  });

  it('Slack: "Nog een knelpunt" updates the modal with the second slot, what was typed kept', async () => {
    const view = await slackCheckin(h, SECRET).reveal('U0SANNE', modal, 'meer_knelpunt_2', {
      new1_description: 'Te weinig tijd voor overleg',
    });
    const update = h.slack.callsTo('views.update').at(-1);
    expect(update?.body).toMatchObject({ hash: '1700000000.meer_knelpunt_2' });
    expect(slackInputs(view)).toEqual(expect.arrayContaining(['new2_description', 'new2_category']));
    expect(slackInputs(view)).not.toContain('new3_description');
    expect(JSON.stringify(view.blocks)).not.toContain('toon:meer_knelpunt_2');
    expect(JSON.stringify(view.blocks)).toContain('toon:meer_knelpunt_3');
    const first = view.blocks.find((b) => b.block_id === 'new1_description') as types.InputBlock;
    expect(first.element).toMatchObject({ initial_value: 'Te weinig tijd voor overleg' });
  });
});
