import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import {
  meetingEnds,
  onSlack,
  type SlackCheckinHarness,
  startSlackCheckinHarness,
} from '../support/checkin-harness.ts';
import { databaseText } from '../support/database-text.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';

const SECRET = 'checkin-signing-secret';
// Tuesday 6 October 2026: the werkgroep meets 14:00-15:30 in Amsterdam (summer time, UTC+2).
const clock = manualClock('2026-10-05T06:00:00Z');
const REFUSED = 'Jan de Vries heeft een psychose';

/** Answering a check-in on Slack (the nudge and the closing: checkin-slack-closing). */
describe('a check-in on Slack, over real HTTP', () => {
  let h: SlackCheckinHarness;
  let slack: SlackCheckinHarness['slack'];
  let member: SlackCheckinHarness['member'];
  let roundId: string;

  /** Taps the check-in button of this round and returns the modal Schakel opened (or null). */
  const tap = (userId: string) => member.tap(userId, roundId);
  const submit = (...args: Parameters<typeof member.submit>) => member.submit(...args);

  beforeAll(async () => {
    h = await startSlackCheckinHarness(SECRET, clock, [
      { name: 'Tim Lammers', identity: onSlack('U0TIM'), overleg: 'Werkgroep West' },
      {
        name: 'Iris Mulder',
        identity: onSlack('U0IRIS'),
        overleg: 'Werkgroep Zee',
        regionId: 'andere-regio',
      },
    ]);
    ({ slack, member } = h);
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z'); // 15:31, the meeting ended at 15:30
  });
  afterAll(async () => h?.stop());

  /** Ruben's answer as it stands when a test begins, whatever the tests before it did. */
  async function rubenHasAnswered(samenwerkingsniveau: string) {
    const view = (await tap('U0RUBEN'))!;
    const res = await submit('U0RUBEN', view, {
      samenwerkingsniveau,
      new1_description: 'Werkgevers weten ons niet te vinden',
      new1_category: 'werkgevers',
    });
    expect(res).toEqual({ status: 200, body: null });
  }

  it('invites the channel when the meeting ends, and each member in a direct message', async () => {
    const invite = slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'C0OOST');
    expect(JSON.stringify(invite?.body.blocks)).toContain('Check-in: Werkgroep Oost');
    expect(JSON.stringify(invite?.body.blocks)).toContain(`"value":"${roundId}"`);
    expect(JSON.stringify(invite?.body.blocks)).toContain(
      'Invullen kan tot dinsdag 13 oktober 2026 om 15:31',
    );

    await h.app.running.tick();
    for (const user of ['U0HANNEKE', 'U0RUBEN', 'U0SANNE']) {
      const [dm] = slack.directTo(user);
      expect(JSON.stringify(dm?.body.blocks)).toContain(
        'Hoe ging de bijeenkomst van dinsdag 6 oktober 2026?',
      );
      expect(JSON.stringify(dm?.body.blocks)).toContain(`"action_id":"checkin_open","value":"${roundId}"`);
    }
    expect(slack.directTo('U0TIM')).toEqual([]);
  });

  it('opens the form in a modal when the member taps the button', async () => {
    const view = await tap('U0RUBEN');
    expect(view?.callback_id).toBe('checkin');
    expect(JSON.parse(view?.private_metadata ?? '{}').roundId).toBe(roundId);
    expect(JSON.stringify(view?.blocks)).toContain('Werkgroep Oost, bijeenkomst van dinsdag 6 oktober 2026');
  });

  it('"/schakel checkin" in the werkgroep channel opens the same form; "voortgang" only for the projectleider', async () => {
    const slash = (userId: string, text: string, triggerId: string) =>
      postToSlack(
        member.events,
        SECRET,
        slashCommandBody({
          text,
          userId,
          teamId: STAND_IN_TEAM,
          responseUrl: slack.responseUrl,
          channelId: 'C0OOST',
          triggerId,
        }),
      );
    await slash('U0SANNE', 'checkin', 'trigger-checkin');
    const open = await slack.waitFor(
      (c) => c.path === '/api/views.open' && c.body.trigger_id === 'trigger-checkin',
    );
    expect((open.body.view as types.ModalView).callback_id).toBe('checkin');
    const refused = await slash('U0SANNE', 'voortgang', 'trigger-voortgang');
    expect(JSON.stringify(await refused.json())).toContain('projectleider');
    await slash('U0HANNEKE', 'voortgang', 'trigger-voortgang-pl');
    const progress = await slack.waitFor(
      (c) => c.path === '/api/views.open' && c.body.trigger_id === 'trigger-voortgang-pl',
    );
    expect((progress.body.view as types.ModalView).callback_id).toBe('progress');
  });

  it('an invalid answer gets Dutch messages beside the fields and stores nothing', async () => {
    const before = await checkinState(h.tdb.db);
    const view = (await tap('U0RUBEN'))!;
    const res = await submit('U0RUBEN', view, { new1_description: 'Werkgevers weten ons niet te vinden' });
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: {
        samenwerkingsniveau: 'Kies een samenwerkingsniveau.',
        new1_category: 'Kies een categorie voor dit knelpunt.',
      },
    });
    expect((await checkinState(h.tdb.db)).answers).toEqual(before.answers);
  });

  it('a valid answer is stored, the modal closes and the confirmation arrives in the DM', async () => {
    const view = (await tap('U0RUBEN'))!;
    const after = slack.calls.length;
    const res = await submit('U0RUBEN', view, {
      samenwerkingsniveau: '3.5',
      toelichting: 'We overleggen nu elke vier weken.',
      new1_description: 'Werkgevers weten ons niet te vinden',
      new1_category: 'werkgevers',
    });
    expect(res).toEqual({ status: 200, body: null });
    const state = await checkinState(h.tdb.db);
    expect(state.answers).toMatchObject([{ name: 'Ruben Hofstede', samenwerkingsniveau: 3.5 }]);
    expect(state.knelpunten).toMatchObject([
      { description: 'Werkgevers weten ons niet te vinden', status: 'open' },
    ]);
    const confirmation = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN',
      { after },
    );
    const text = JSON.stringify(confirmation?.body.blocks);
    expect(text).toContain(
      'Bedankt, je check-in is opgeslagen. Je kunt hem wijzigen tot dinsdag 13 oktober 2026',
    );
    expect(text).toContain('"action_id":"checklist_open"');
  });

  it('the same submission again (a Slack retry) stores one answer', async () => {
    const view = (await tap('U0RUBEN'))!;
    const filled = { samenwerkingsniveau: '3.5', toelichting: 'Elke vier weken overleg.' };
    const first = await submit('U0RUBEN', view, filled);
    const before = await checkinState(h.tdb.db);
    clock.advance(60_000);
    const retry = await submit('U0RUBEN', view, filled, {
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    // The retry was recognised once and changed nothing: at the edge when it carried the same
    // signature (sent within the same second), otherwise in the core by its request key.
    const recognised = (l: string) =>
      l.includes('"repeat":true') || l.includes('herhaald verzoek beantwoord');
    expect(h.app.logs.lines.filter(recognised)).toHaveLength(1);
    const after = await checkinState(h.tdb.db);
    expect(after.answers).toHaveLength(1);
    expect(after.answers[0].updated_at).toEqual(before.answers[0].updated_at);
    expect(after.knelpunten).toEqual(before.knelpunten);
    expect(after.history).toEqual(before.history);
  });

  it('the member can change the answer before the round closes: the form shows it again', async () => {
    await rubenHasAnswered('3.5');
    const view = (await tap('U0RUBEN'))!;
    const niveau = view.blocks.find((b) => b.block_id === 'samenwerkingsniveau') as types.InputBlock;
    expect((niveau.element as types.StaticSelect).initial_option?.value).toBe('3.5');
    await submit('U0RUBEN', view, {
      samenwerkingsniveau: '4',
      new1_description: 'Werkgevers weten ons niet te vinden',
      new1_category: 'werkgevers',
    });
    const state = await checkinState(h.tdb.db);
    expect(state.answers).toMatchObject([{ samenwerkingsniveau: 4 }]);
    expect(state.knelpunten).toHaveLength(1);
  });

  it('text that looks like client data keeps the form open with the explanation and stores nothing', async () => {
    await rubenHasAnswered('3.5');
    const view = (await tap('U0SANNE'))!;
    const res = await submit('U0SANNE', view, {
      samenwerkingsniveau: '3',
      went_well: `${REFUSED}, maar ging wel aan het werk.`,
    });
    expect(res.body?.response_action).toBe('errors');
    expect(Object.keys(res.body?.errors as object)).toEqual(['went_well']);
    // The text stays only in Sanne's open modal: not in the ack, nor in anything Schakel sent Slack.
    expect(JSON.stringify(res.body)).not.toMatch(/Jan de Vries|psychose/);
    expect(JSON.stringify(slack.calls)).not.toMatch(/Jan de Vries|psychose/);
    expect(await databaseText(h.tdb.db)).not.toContain('psychose');
    expect(h.app.logs.text).not.toContain('psychose');
    expect((await checkinState(h.tdb.db)).answers.map((a) => a.name)).toEqual(['Ruben Hofstede']);
  });

  it('someone outside the werkgroep cannot open or answer its check-in', async () => {
    await rubenHasAnswered('4');
    const { modal, told } = await member.press('U0TIM', roundId);
    expect(modal).toBeNull();
    expect(told).toContain('Je bent geen lid van Werkgroep Oost');
    const rubensView = (await tap('U0RUBEN'))!;
    const res = await submit('U0TIM', rubensView, { samenwerkingsniveau: '6' });
    expect(res.body?.response_action).toBe('update');
    expect(JSON.stringify(res.body)).toContain('Je bent geen lid van Werkgroep Oost');
    expect((await checkinState(h.tdb.db)).answers).toMatchObject([
      { name: 'Ruben Hofstede', samenwerkingsniveau: 4 },
    ]);
  });

  it("a member of another region sending this region's round id is refused without naming anything of it", async () => {
    const before = slack.calls.filter((c) => c.path === '/response/1').length;
    expect(await tap('U0IRIS')).toBeNull();
    const told = slack.calls.filter((c) => c.path === '/response/1').slice(before);
    expect(JSON.stringify(told)).toContain('Je bent geen lid van deze werkgroep');
    expect(JSON.stringify(told)).not.toContain('Werkgroep Oost');
    const rubensView = (await tap('U0RUBEN'))!;
    const res = await submit('U0IRIS', rubensView, { samenwerkingsniveau: '6' });
    expect(JSON.stringify(res.body)).toContain('Je bent geen lid van deze werkgroep');
    expect(JSON.stringify(res.body)).not.toContain('Werkgroep Oost');
  });

  it("answering with another member's form, or about a knelpunt that is not asked, is refused", async () => {
    await rubenHasAnswered('4');
    const rubensView = (await tap('U0RUBEN'))!;
    const asSanne = await submit('U0SANNE', rubensView, { samenwerkingsniveau: '2' });
    expect(JSON.stringify(asSanne.body)).toContain('Dit formulier is voor iemand anders');

    const sannesView = (await tap('U0SANNE'))!;
    const forged = structuredClone(sannesView);
    forged.blocks.push({
      type: 'input',
      block_id: 'open_0f8fad5b-d9cb-469f-a165-708677289501_update',
      label: { type: 'plain_text', text: 'Knelpunt' },
      element: {
        type: 'static_select',
        action_id: 'open_0f8fad5b-d9cb-469f-a165-708677289501_update',
        options: [{ text: { type: 'plain_text', text: 'Opgelost' }, value: 'opgelost' }],
      },
    });
    const res = await submit('U0SANNE', forged, {
      samenwerkingsniveau: '2',
      'open_0f8fad5b-d9cb-469f-a165-708677289501_update': 'opgelost',
    });
    expect(JSON.stringify(res.body)).toContain('Dit knelpunt hoort niet bij deze check-in');
    expect((await checkinState(h.tdb.db)).answers.map((a) => a.name)).toEqual(['Ruben Hofstede']);
  });
});
