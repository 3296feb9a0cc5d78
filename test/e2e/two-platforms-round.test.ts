import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { digestToJson } from '../../src/digest/render-json.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { teamsInvokeValue } from '../adapters/submissions.ts';
import { checkinState, createSeriesFor, roundIds } from '../support/checkin-fixture.ts';
import { addMember } from '../support/fixtures.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { blockActionsBody, postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'twee-platforms-geheim';
// Werkgroep Oost meets every four weeks from Tuesday 6 October 2026, 14:00-15:30 in Amsterdam.
const clock = manualClock('2026-10-05T06:00:00Z');

interface CardResponse {
  statusCode: number;
  value: IAdaptiveCard | string;
}

/**
 * One werkgroep across both platforms: the gemeente works in Slack, the GGZ and UWV in Teams.
 * Hanneke (Slack only), Lotte (Teams only) and Ruben (both, one member) answer one round each
 * where they are, and the round summary and the stuurgroep digest count all three.
 */
describe('one werkgroep on Slack and Teams: one round, answered on both, one digest', () => {
  let h: WerkgroepHarness;
  let roundId: string;
  let events: string;

  const postsTo = (channel: string) =>
    h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
  const teamsCard = (activity: { body: Record<string, unknown> } | undefined): IAdaptiveCard => {
    if (!activity) throw new Error('nothing was sent');
    return (activity.body.attachments as Array<{ content: IAdaptiveCard }>)[0]!.content;
  };
  const invoke = async (userId: string, verb: string, data: Record<string, unknown>) => {
    const activity = invokeActivity({
      verb,
      data,
      serviceUrl: h.teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
    });
    const res = await postActivity(h.app.baseUrl, activity);
    expect(res.status).toBe(200);
    return (await res.json()) as CardResponse;
  };
  /** Fills in the Teams card and presses its button, as the Teams client does. */
  const answerOnTeams = (userId: string, card: IAdaptiveCard, filled: Record<string, string>) => {
    const value = teamsInvokeValue(card, filled);
    return invoke(userId, value.action.verb ?? '', value.action.data as Record<string, unknown>);
  };

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    events = `${h.app.baseUrl}/slack/events`;
    await addMember(h.tdb.db, {
      name: 'Lotte Brummelman',
      identities: [{ platform: 'teams', workspace: TEAMS_TENANT, userId: '29:lotte' }],
      overleg: 'Werkgroep Oost',
    });
    // Three organisations, three domains: each domain alone is too small to show.
    await h.tdb.db.pool.query(
      `UPDATE members SET domain = CASE name WHEN 'Hanneke Wiggers' THEN 'gemeente'
         WHEN 'Lotte Brummelman' THEN 'uwv' ELSE 'ggz' END`,
    );
    await createSeriesFor(h.app, h.tdb.db, h.w.overlegId, h.w.projectleiderId);
  });
  afterAll(async () => h?.stop());

  it('the reminder the day before arrives once in the Slack channel and once in the Teams channel', async () => {
    clock.set('2026-10-05T07:00:30Z'); // 09:00 in Amsterdam
    await h.app.running.tick();
    await h.app.running.tick();
    expect(postsTo('C0OOST')).toHaveLength(1);
    expect(JSON.stringify(postsTo('C0OOST')[0]?.body.blocks)).toContain('Morgen: Werkgroep Oost');
    expect(h.teams.sentTo(TEAMS_CHANNEL)).toHaveLength(1);
    expect(JSON.stringify(h.teams.sentTo(TEAMS_CHANNEL)[0]?.body)).toContain('Morgen: Werkgroep Oost');
  });

  it('after the meeting both channels are invited, and each member is asked once, where they are', async () => {
    clock.set('2026-10-06T13:31:00Z');
    await h.app.running.tick();
    await h.app.running.tick();
    [roundId] = (await roundIds(h.tdb.db)) as [string];
    expect(JSON.stringify(postsTo('C0OOST').at(-1)?.body.blocks)).toContain('Check-in: Werkgroep Oost');
    expect(JSON.stringify(h.teams.sentTo(TEAMS_CHANNEL).at(-1)?.body)).toContain('Check-in: Werkgroep Oost');
    expect(h.slack.directTo('U0HANNEKE')).toHaveLength(1);
    expect(h.teams.directTo('29:lotte')).toHaveLength(1);
    // Ruben is one member with two accounts: one personal question, not two.
    expect(h.slack.directTo('U0RUBEN').length + h.teams.directTo('29:ruben').length).toBe(1);
  });

  it('Hanneke answers in a Slack modal', async () => {
    const actor = { teamId: STAND_IN_TEAM, userId: 'U0HANNEKE' };
    const before = h.slack.callsTo('views.open').length;
    const tapped = await postInteraction(
      events,
      SECRET,
      blockActionsBody(actor, {
        actionId: 'checkin_open',
        value: roundId,
        channelId: 'DU0HANNEKE',
        responseUrl: h.slack.responseUrl,
      }),
    );
    expect(tapped.status).toBe(200);
    await expect.poll(() => h.slack.callsTo('views.open').length).toBe(before + 1);
    const view = h.slack.callsTo('views.open').at(-1)?.body.view as types.ModalView;
    const res = await postInteraction(
      events,
      SECRET,
      viewSubmissionBody(actor, view, {
        samenwerkingsniveau: '4',
        new1_description: 'Wachttijd voor de intake bij de GGZ is lang',
        new1_category: 'tijd-capaciteit',
      }),
    );
    // The modal closes; the thanks arrive in her direct messages.
    expect(res).toEqual({ status: 200, body: null });
    await expect
      .poll(() => JSON.stringify(postsTo('U0HANNEKE').at(-1)?.body.blocks))
      .toContain('Bedankt, je check-in is opgeslagen.');
  });

  it('Lotte answers on the card in her Teams chat; Ruben taps the button in the Teams channel and answers there', async () => {
    const lotte = await answerOnTeams('29:lotte', teamsCard(h.teams.directTo('29:lotte')[0]), {
      samenwerkingsniveau: '3',
      new1_description: 'Afspraken over gegevensdeling met de GGZ ontbreken',
      new1_category: 'privacy-avg',
    });
    expect(JSON.stringify(lotte.value)).toContain('Bedankt, je check-in is opgeslagen.');

    const opened = await invoke('29:ruben', 'checkin_open', { action: 'checkin_open', value: roundId });
    const form =
      typeof opened.value === 'string' ? teamsCard(h.teams.directTo('29:ruben').at(-1)) : opened.value;
    const ruben = await answerOnTeams('29:ruben', form, { samenwerkingsniveau: '5' });
    expect(JSON.stringify(ruben.value)).toContain('Bedankt, je check-in is opgeslagen.');

    const state = await checkinState(h.tdb.db);
    expect(state.answers.map((a) => [a.name, a.samenwerkingsniveau])).toEqual([
      ['Hanneke Wiggers', 4],
      ['Lotte Brummelman', 3],
      ['Ruben Hofstede', 5],
    ]);
  });

  it('when the round closes, both channels read the same summary counting all three answers', async () => {
    clock.set('2026-10-13T13:31:30Z');
    await h.app.running.tick();
    await h.app.running.tick();
    const onSlack = JSON.stringify(postsTo('C0OOST').at(-1)?.body);
    const onTeams = JSON.stringify(h.teams.sentTo(TEAMS_CHANNEL).at(-1)?.body);
    for (const summary of [onSlack, onTeams]) {
      expect(summary).toContain('Check-in gesloten: Werkgroep Oost');
      expect(summary).toContain('3 van de 3 leden hebben de check-in ingevuld.');
      expect(summary).toContain('Wachttijd voor de intake bij de GGZ is lang');
      expect(summary).toContain('Afspraken over gegevensdeling met de GGZ ontbreken');
    }
  });

  it('the stuurgroep digest counts the answers from both platforms, and hides each one-person domain', async () => {
    const period = parseTertiaal('2026-T3');
    if (!period) throw new Error('2026-T3 is a tertiaal');
    const json = digestToJson(
      await buildDigest(digestFiguresRepository(h.tdb.db.pool), 'test-regio', period, clock.now()),
    ) as {
      levels: { overall: unknown; byDomain: Record<string, unknown> };
      knelpunten: { byCategory: Record<string, number> };
      response: unknown;
    };
    expect(json.levels.overall).toEqual({ median: 4, n: 3 });
    for (const domain of ['gemeente', 'uwv', 'ggz']) {
      expect(json.levels.byDomain[domain]).toEqual({ hidden: true, n: null });
    }
    expect(json.knelpunten.byCategory).toEqual({ 'tijd-capaciteit': 1, 'privacy-avg': 1 });
  });
});
