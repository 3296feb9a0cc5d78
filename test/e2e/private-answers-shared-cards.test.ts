import { describe, expect, it, onTestFinished } from 'vitest';
import { FILE_CONSENT_CARD } from '../../adapters/teams/file-consent.ts';
import { manualClock } from '../../src/clock.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { COMMAND_ACTION } from '../../src/messages/commands.ts';
import { meetingEnds, startCheckinHarness } from '../support/checkin-harness.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { pressInOost } from '../support/slash-command.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { waitFor } from '../support/wait-for.ts';

const SECRET = 'geheim-gedeeld';

/**
 * Ruben's private answers asked for in the werkgroep's channel go to his personal chat, as Slack
 * sends them to his DM; a command button on a card everyone reads leaves that card as it is and
 * answers in a new message; a refusal (no round yet) is for him alone.
 */
async function oost(platform: 'teams' | 'slack' = 'teams', round = true) {
  const clock = manualClock('2026-10-05T06:00:00Z');
  const h = await startCheckinHarness({ clock, secret: SECRET, platforms: [platform] });
  onTestFinished(() => h.stop());
  if (round) await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
  return h;
}

type H = Awaited<ReturnType<typeof oost>>;
const bodies = (h: H, conversation: string, from: number) =>
  JSON.stringify(
    h.teams
      .sentTo(conversation)
      .slice(from)
      .map((c) => c.body),
  );

function typedInChannel(h: H, text: string) {
  return postActivity(
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
}

async function pressInChannel(h: H, value: string, conversationType: 'channel' | 'personal' = 'channel') {
  const res = await postActivity(
    h.app.baseUrl,
    invokeActivity({
      verb: COMMAND_ACTION,
      data: { action: COMMAND_ACTION, value },
      serviceUrl: h.teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      ...(conversationType === 'channel'
        ? { conversationId: TEAMS_CHANNEL, conversationType: 'channel' as const }
        : {}),
    }),
  );
  expect(res.status).toBe(200);
  return (await res.json()) as { type: string; value: unknown };
}

describe('private answers and shared cards', () => {
  it('Teams: mijn-gegevens typed in the channel is sent to the personal chat, its file offered there', {
    timeout: 60_000,
  }, async () => {
    const h = await oost();
    const inChannel = h.teams.sentTo(TEAMS_CHANNEL).length;
    const inPersonal = h.teams.directTo('29:ruben').length;
    expect((await typedInChannel(h, 'mijn-gegevens')).status).toBe(200);
    await waitFor('the line in the channel', () => h.teams.sentTo(TEAMS_CHANNEL).length > inChannel);
    await waitFor('the answer and its file', () => h.teams.directTo('29:ruben').length >= inPersonal + 2);
    const channel = bodies(h, TEAMS_CHANNEL, inChannel);
    expect(channel).toContain(nl.adapters.sentPrivately);
    expect(channel).not.toContain('Ruben Hofstede');
    const personal = bodies(h, 'a:dm-29:ruben', inPersonal);
    expect(personal).toContain('Ruben Hofstede');
    expect(personal).toContain(FILE_CONSENT_CARD);
  });

  it('Teams: when the personal chat cannot be reached, the channel says how to open it, nothing private', {
    timeout: 60_000,
  }, async () => {
    const h = await oost();
    h.teams.failNext('a:dm-29:ruben', 5);
    const inChannel = h.teams.sentTo(TEAMS_CHANNEL).length;
    expect((await typedInChannel(h, 'mijn-gegevens')).status).toBe(200);
    await waitFor('the line in the channel', () => h.teams.sentTo(TEAMS_CHANNEL).length > inChannel);
    const channel = bodies(h, TEAMS_CHANNEL, inChannel);
    expect(channel).toContain(nl.adapters.privateChatUnreachable);
    expect(channel).not.toContain('Ruben Hofstede');
  });

  it('Teams: "Mijn gegevens" pressed on a card in the channel answers in the personal chat; the card stays', {
    timeout: 60_000,
  }, async () => {
    const h = await oost();
    const inPersonal = h.teams.directTo('29:ruben').length;
    const answer = await pressInChannel(h, 'mijn-gegevens');
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    expect(answer.value).toBe(nl.adapters.sentPrivately);
    await waitFor('the answer in the personal chat', () => h.teams.directTo('29:ruben').length > inPersonal);
    expect(bodies(h, 'a:dm-29:ruben', inPersonal)).toContain('Ruben Hofstede');
  });

  it('Teams: "Actiepunten" pressed on a shared card leaves it and answers in a new message there', {
    timeout: 60_000,
  }, async () => {
    const h = await oost();
    const inChannel = h.teams.sentTo(TEAMS_CHANNEL).length;
    const answer = await pressInChannel(h, 'actiepunten');
    expect(answer.type).toBe('application/vnd.microsoft.activity.message');
    await waitFor('the answer in the channel', () => h.teams.sentTo(TEAMS_CHANNEL).length > inChannel);
    expect(bodies(h, TEAMS_CHANNEL, inChannel)).toMatch(/open actiepunten/);
  });

  it('Teams: a command button refused by an answer (no round yet) is for the presser alone, the card stays', {
    timeout: 60_000,
  }, async () => {
    const h = await oost('teams', false);
    for (const where of ['channel', 'personal'] as const) {
      const inChannel = h.teams.sentTo(TEAMS_CHANNEL).length;
      const answer = await pressInChannel(h, 'checkin', where);
      expect(answer.type).toBe('application/vnd.microsoft.activity.message');
      expect(answer.value).toBe(nl.answers.roundForm.noRound);
      expect(h.teams.sentTo(TEAMS_CHANNEL).length).toBe(inChannel);
    }
  });

  it('Slack: a command button on a shared message answers in a new message; a refusal only to the presser', {
    timeout: 60_000,
  }, async () => {
    const h = await oost('slack', false);
    const shared = await pressInOost(h, SECRET, 'U0RUBEN', {
      action_id: COMMAND_ACTION,
      value: 'actiepunten',
    });
    expect(shared.replace_original).toBe(false);
    expect(shared.response_type).toBe('in_channel');
    expect(JSON.stringify(shared)).toMatch(/open actiepunten/);
    const refused = await pressInOost(h, SECRET, 'U0RUBEN', { action_id: COMMAND_ACTION, value: 'checkin' });
    expect(refused.replace_original).toBe(false);
    expect(refused.response_type).toBe('ephemeral');
    expect(JSON.stringify(refused)).toContain('geen check-in geweest');
  });
});
