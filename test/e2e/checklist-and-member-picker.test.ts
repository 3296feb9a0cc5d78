import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { saveAgreedChecklist } from '../../src/store/checklist-repo.ts';
import { meetingEnds, onTeams, slackCheckin, startCheckinHarness } from '../support/checkin-harness.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { linkHannekeOnTeams } from '../support/teams-chat.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * The checklist as twenty rows of three answers to tap (Slack radio_buttons, Teams expanded
 * choices), grouped as the programme groups it and filled in with the werkgroep's last agreed
 * status; and the members of a new werkgroep picked from a list one can type in. Over real HTTP.
 */
const SECRET = 'keuze-geheim';
const clock = manualClock('2026-10-05T06:00:00Z');
const ANSWERS = ['ja', 'in_ontwikkeling', 'nee'] as const;

type Element = { type: string; id?: string; style?: string; value?: string; isMultiSelect?: boolean };

describe('checklist choices and member pickers on Slack and Teams', () => {
  let h: WerkgroepHarness;
  let roundId: string;

  beforeAll(async () => {
    h = await startCheckinHarness({
      secret: SECRET,
      clock,
      members: [{ name: 'Lotte Brummelman', identity: onTeams('29:lotte') }],
    });
    await linkHannekeOnTeams(h.tdb.db.pool, h.w.projectleiderId);
    const { rows } = await h.tdb.db.pool.query('SELECT region_id FROM overleggen WHERE id = $1', [
      h.w.overlegId,
    ]);
    // Last tertiaal the werkgroep agreed: item n answered ja / in ontwikkeling / nee in turn.
    await saveAgreedChecklist(h.tdb.db.pool, {
      regionId: rows[0].region_id,
      tertiaal: '2026-T2',
      answer: { items: Array.from({ length: 20 }, (_, i) => ({ item: i + 1, answer: ANSWERS[i % 3]! })) },
      recordedBy: h.w.projectleiderId,
      now: clock.now(),
    });
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  });
  afterAll(async () => h?.stop());

  it('Slack: twenty radio-button rows under Voorbereiding, Uitvoering and Borging, pre-filled', async () => {
    const view = await slackCheckin(h, SECRET).tap('U0RUBEN', roundId, { actionId: 'checklist_open' });
    if (!view) throw new Error('no modal opened');
    const inputs = view.blocks.filter((b): b is types.InputBlock => b.type === 'input');
    expect(inputs).toHaveLength(20);
    expect(inputs.every((b) => b.element.type === 'radio_buttons')).toBe(true);
    expect(
      view.blocks.filter((b) => b.type === 'header').map((b) => (b as types.HeaderBlock).text.text),
    ).toEqual(['Voorbereiding', 'Uitvoering', 'Borging']);
    const initial = inputs.map((b) => (b.element as types.RadioButtons).initial_option?.value);
    expect(initial.slice(0, 4)).toEqual(['ja', 'in_ontwikkeling', 'nee', 'ja']);
    expect(JSON.stringify(view.blocks)).toContain('De vorige stand staat al ingevuld');
  });

  it('Teams: the same as expanded choices with the agreed answers as values', async () => {
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: 'checklist_open',
        data: { action: 'checklist_open', value: roundId },
        serviceUrl: h.teams.serviceUrl,
        userId: '29:lotte',
        tenantId: TEAMS_TENANT,
      }),
    );
    expect(res.status).toBe(200);
    const card = ((await res.json()) as { value: IAdaptiveCard }).value;
    const inputs = (card.body as Element[]).filter((e) => e.type === 'Input.ChoiceSet');
    expect(inputs).toHaveLength(20);
    expect(inputs.every((e) => e.style === 'expanded')).toBe(true);
    expect(inputs.slice(0, 4).map((e) => e.value)).toEqual(['ja', 'in_ontwikkeling', 'nee', 'ja']);
  });

  it('Slack: the new-werkgroep members are a menu to type in, the date and time pickers', async () => {
    const body = slashCommandBody({
      text: 'nieuwe-werkgroep',
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0ELDERS',
    });
    expect((await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    const open = await h.slack.waitFor(
      (c) =>
        c.path === '/api/views.open' && (c.body.view as { callback_id?: string }).callback_id === 'werkgroep',
    );
    const view = open.body.view as types.ModalView;
    const element = (id: string) =>
      (view.blocks.find((b) => b.block_id === id) as types.InputBlock | undefined)?.element;
    expect(element('leden')).toMatchObject({
      type: 'multi_static_select',
      placeholder: { text: 'Typ een naam om te zoeken' },
    });
    expect(element('datum')?.type).toBe('datepicker');
    expect(element('tijd')?.type).toBe('timepicker');
  });

  it('Teams: the new-werkgroep members are a filtered multi-select, dates Input.Date', async () => {
    const activity = messageActivity({
      text: 'nieuwe-werkgroep',
      serviceUrl: h.teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    await postActivity(h.app.baseUrl, activity);
    const sent = await h.teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${TEAMS_CHANNEL}/`) &&
        JSON.stringify(c.body).includes('"leden"'),
    );
    const card = (sent.body.attachments as Array<{ content: IAdaptiveCard }>)[0]!.content;
    const byId = (id: string) => (card.body as Element[]).find((e) => e.id === id);
    expect(byId('leden')).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered', isMultiSelect: true });
    expect(byId('datum')?.type).toBe('Input.Date');
    expect(byId('tijd')?.type).toBe('Input.Time');
  });
});
