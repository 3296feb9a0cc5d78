import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { startCheckinHarness } from '../support/checkin-harness.ts';
import { postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { slashInOost } from '../support/slash-command.ts';
import { linkHannekeOnTeams, sayInPersonalChat } from '../support/teams-chat.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'english-forms-secret';

/**
 * The projectleider Hanneke chose English: the forms she opens (one meeting, the series, a new
 * werkgroep) and the problems beside their fields are in English; the field ids stay the same.
 */
describe("the projectleider's forms in English, on Slack and Teams over HTTP", () => {
  const clock = manualClock('2026-10-05T06:00:00Z');
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startCheckinHarness({ secret: SECRET, clock });
    await linkHannekeOnTeams(h.tdb.db.pool, h.w.projectleiderId);
  });
  afterAll(async () => h?.stop());

  /** `/schakel <text>` opens a modal: the view Slack was asked to open. */
  async function modal(text: string) {
    const after = h.slack.calls.length;
    const body = slashCommandBody({
      text,
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    expect((await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body)).status).toBe(200);
    const open = await h.slack.waitFor((c) => c.path === '/api/views.open', { after });
    return open.body.view as types.ModalView;
  }

  it('Slack: "verplaats" without details opens the one-meeting form in English', async () => {
    expect(await slashInOost(h, SECRET, 'U0HANNEKE', 'taal en')).toContain('in English');
    const view = await modal('verplaats');
    expect(view.title).toMatchObject({ text: 'One meeting' });
    const blocks = JSON.stringify(view.blocks);
    expect(blocks).toContain('Move or cancel one meeting of Werkgroep Oost. The series itself stays.');
    expect(blocks).toContain('Which meeting');
    expect(blocks).toContain('Tuesday 6 October 2026, 14:00–15:30');
    expect(blocks).toContain('Leave empty for the same time.');
    expect(blocks).not.toContain('Welke bijeenkomst');
  });

  it('Slack: the series form and the problem beside a wrong date are in English; nothing changes', async () => {
    const view = await modal('wijzig');
    expect(view.title).toMatchObject({ text: 'Change the series' });
    const blocks = JSON.stringify(view.blocks);
    expect(blocks).toContain('How often');
    expect(blocks).toContain('every 4 weeks');
    expect(blocks).toContain('Duration in minutes');

    const before = await findSeries(h.tdb.db.pool, h.w.overlegId);
    const filled = { datum: '12-01-2027', tijd: '14:00', elke: '4', duur: '5' };
    const res = await postInteraction(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      viewSubmissionBody({ teamId: STAND_IN_TEAM, userId: 'U0HANNEKE' }, view, filled),
    );
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: {
        datum: 'Enter a date as YYYY-MM-DD, for example 2026-01-12.',
        duur: 'Enter a duration from 15 to 480 minutes.',
      },
    });
    expect(await findSeries(h.tdb.db.pool, h.w.overlegId)).toEqual(before);
  });

  it('Teams: "nieuwe-werkgroep" from an English client opens the set-up card in English', async () => {
    const card = await sayInPersonalChat(h, '29:hanneke', 'nieuwe-werkgroep', 'en-US');
    expect(card).toContain('New werkgroep');
    expect(card).toContain('Kind of meeting');
    expect(card).toContain('Casusoverleg (case meeting)');
    expect(card).toContain('Every how many weeks');
    expect(card).toContain('Create');
    expect(card).toContain('Choose from the list.');
    expect(card).not.toContain('Soort overleg');
  });
});
