import { describe, expect, it, onTestFinished } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { teamsInvokeValue } from '../adapters/submissions.ts';
import { checkinState } from '../support/checkin-fixture.ts';
import { meetingEnds, startCheckinHarness } from '../support/checkin-harness.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { pressInOost } from '../support/slash-command.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { waitFor } from '../support/wait-for.ts';

const SECRET = 'geheim-prive';
const TOELICHTING = 'Het overleg met de gemeente loopt soepel sinds de zomer.';

/**
 * Ruben's own answers are never shown to others: `checkin` or `checklist` typed in the werkgroep's
 * channel sends his form (with what he saved) to his personal chat and says so in the channel,
 * as the "Check-in invullen" button does. A button he may not use leaves the shared message as it
 * is; only he reads why not.
 */
async function round(platform: 'teams' | 'slack' = 'teams') {
  const clock = manualClock('2026-10-05T06:00:00Z');
  const h = await startCheckinHarness({ clock, secret: SECRET, platforms: [platform] });
  onTestFinished(() => h.stop());
  const roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  await h.app.running.tick();
  if (platform === 'slack') return { h, roundId };
  const card = h.teams.directTo('29:ruben').at(-1)?.body.attachments as Array<{ content: never }>;
  const value = teamsInvokeValue(card[0]!.content, { samenwerkingsniveau: '3.5', toelichting: TOELICHTING });
  const saved = await postActivity(
    h.app.baseUrl,
    invokeActivity({
      verb: value.action.verb ?? '',
      data: value.action.data as Record<string, unknown>,
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
    }),
  );
  expect(saved.status).toBe(200);
  await waitFor('Rubens check-in', async () => (await checkinState(h.tdb.db)).answers.length === 1);
  return { h, roundId };
}

type Harness = Awaited<ReturnType<typeof round>>['h'];

/** Ruben types `text` in the werkgroep's Teams channel; gives what the channel read after it, as one text. */
async function typeInTeamsChannel(h: Harness, text: string): Promise<string> {
  const inChannel = h.teams.sentTo(TEAMS_CHANNEL).length;
  const res = await postActivity(
    h.app.baseUrl,
    messageActivity({
      text,
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    }),
  );
  expect(res.status).toBe(200);
  await waitFor('the answer in the channel', () => h.teams.sentTo(TEAMS_CHANNEL).length > inChannel);
  return JSON.stringify(
    h.teams
      .sentTo(TEAMS_CHANNEL)
      .slice(inChannel)
      .map((c) => c.body),
  );
}

describe('personal answers stay out of shared conversations', () => {
  it.for(['checkin', 'check-in', 'checklist'])(
    'Teams: `%s` typed in the channel goes to the personal chat; the channel only reads so',
    { timeout: 60_000 },
    async (typed) => {
      const { h } = await round();
      const inPersonal = h.teams.directTo('29:ruben').length;
      const channel = await typeInTeamsChannel(h, typed);
      await waitFor('the form in the personal chat', () => h.teams.directTo('29:ruben').length > inPersonal);
      expect(channel).toContain(nl.checkin.sentToPrivateChat);
      expect(channel).not.toContain('Action.Execute');
      expect(channel).not.toContain(TOELICHTING);
      const personal = JSON.stringify(h.teams.directTo('29:ruben').at(-1)?.body);
      expect(personal).toContain('Action.Execute');
      if (typed !== 'checklist') expect(personal).toContain(TOELICHTING);
    },
  );

  it('Teams: when the personal chat cannot be reached, the channel still gets no form', {
    timeout: 60_000,
  }, async () => {
    const { h } = await round();
    h.teams.failNext('a:dm-29:ruben', 5);
    const channel = await typeInTeamsChannel(h, 'checkin');
    expect(channel).toContain(nl.adapters.privateChatUnreachable);
    expect(channel).not.toContain('Action.Execute');
    expect(channel).not.toContain(TOELICHTING);
  });

  it('Slack: `/schakel checkin` in the channel opens his form as a modal, for him alone', {
    timeout: 60_000,
  }, async () => {
    const { h } = await round('slack');
    const posted = h.slack.calls.filter((c) => c.path === '/api/chat.postMessage').length;
    const body = slashCommandBody({
      text: 'checkin',
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    const ack = await res.text();
    expect(ack).not.toContain('samenwerkingsniveau');
    const opened = await h.slack.waitFor((c) => c.path === '/api/views.open');
    expect(JSON.stringify(opened.body)).toContain('samenwerkingsniveau');
    const after = h.slack.calls.filter((c) => c.path === '/api/chat.postMessage').slice(posted);
    expect(JSON.stringify(after)).not.toContain('samenwerkingsniveau');
  });

  it('Teams: a refused button leaves the shared card; only the one who pressed it reads why', async () => {
    const { h } = await round();
    const { rows } = await h.tdb.db.pool.query(`SELECT id FROM overleggen WHERE name = 'Werkgroep Oost'`);
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        verb: 'werkgroep_kies',
        data: { action: 'werkgroep_kies', value: `${rows[0].id}|verplaats 2026-11-03 naar 2026-11-04 14:00` },
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId: TEAMS_CHANNEL,
        conversationType: 'channel',
      }),
    );
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { type: string; value: unknown };
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(answer.value)).toContain('Alleen de projectleider');
  }, 60_000);

  it('Slack: a refused button in the channel answers ephemerally and keeps the message', async () => {
    const { h } = await round('slack');
    const { rows } = await h.tdb.db.pool.query(`SELECT id FROM overleggen WHERE name = 'Werkgroep Oost'`);
    const answer = await pressInOost(h, SECRET, 'U0RUBEN', {
      action_id: 'werkgroep_kies',
      value: `${rows[0].id}|verplaats 2026-11-03 naar 2026-11-04 14:00`,
    });
    expect(JSON.stringify(answer)).toContain('Alleen de projectleider');
    expect(answer.replace_original).toBe(false);
    expect(answer.response_type).toBe('ephemeral');
  }, 60_000);

  it('Slack: "Mijn gegevens" pressed on a message in the channel answers in the DM, the message stays', async () => {
    const { h } = await round('slack');
    const posted = h.slack.calls.length;
    const answer = await pressInOost(h, SECRET, 'U0RUBEN', {
      action_id: 'schakel_commando',
      value: 'mijn-gegevens',
    });
    expect(answer.replace_original).toBe(false);
    expect(JSON.stringify(answer)).toContain(nl.adapters.sentPrivately);
    expect(JSON.stringify(answer)).not.toContain('Ruben Hofstede');
    const dm = await h.slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN',
      { after: posted },
    );
    expect(JSON.stringify(dm.body)).toContain('Ruben Hofstede');
  }, 60_000);
});
