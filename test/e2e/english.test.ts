import type { IAdaptiveCard } from '@microsoft/teams.cards';
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
import { databaseText } from '../support/database-text.ts';
import { DIGEST_TENANT, type DigestHarness, startDigestHarness } from '../support/digest-harness.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { invokeActivity, messageActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import type { WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'english-signing-secret';
const REFUSED = 'Jan de Vries heeft een psychose';
const GUARD_IN_ENGLISH =
  "This looks like a name (in words 1 to 3) together with something about someone's health or care";

/**
 * Ruben Hofstede's Slack and Teams speak English; everyone else Dutch. Schakel answers him in
 * English (help, his check-in with its refusal, the confirmation) and the others in Dutch.
 */
describe('an English conversation on Slack, over real HTTP', () => {
  // Tuesday 6 October 2026: the werkgroep meets 14:00-15:30 in Amsterdam.
  const clock = manualClock('2026-10-05T06:00:00Z');
  let h: WerkgroepHarness;
  let member: ReturnType<typeof slackCheckin>;
  let roundId: string;

  beforeAll(async () => {
    h = await startCheckinHarness({
      secret: SECRET,
      clock,
      platforms: ['slack'],
      slackLocales: { U0RUBEN: 'en-US' },
      members: [{ name: 'Sanne Kuipers', identity: onSlack('U0SANNE') }],
    });
    member = slackCheckin(h, SECRET);
  });
  afterAll(async () => h?.stop());

  /** `/schakel <text>` in the member's DM: Schakel's (ephemeral) answer, as text. */
  async function slash(userId: string, text: string): Promise<string> {
    const body = slashCommandBody({
      text,
      userId,
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: `D${userId}`,
    });
    const res = await postToSlack(member.events, SECRET, body);
    expect(res.status).toBe(200);
    return res.text();
  }

  it('help is in English for a member whose Slack speaks English (asked once with users.info)', async () => {
    const help = await slash('U0RUBEN', 'help');
    expect(help).toContain('Hi Ruben! I am Schakel');
    expect(help).toContain('"text":"Fill in the check-in"');
    expect(help).toContain('All commands');
    expect(help).toContain('Never write client data');
    expect(help).not.toContain('Hoi');
    const asked = h.slack.callsTo('users.info').filter((c) => c.body.user === 'U0RUBEN');
    expect(asked.map((c) => c.body.include_locale)).toEqual(['true']);

    await slash('U0RUBEN', 'help');
    // Remembered on the member: Slack is not asked again.
    expect(h.slack.callsTo('users.info').filter((c) => c.body.user === 'U0RUBEN')).toHaveLength(1);
    expect(await slash('U0SANNE', 'help')).toContain('Hoi Sanne!');
  });

  it('the check-in message goes to him in English and to the others in Dutch', async () => {
    roundId = await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    await h.app.running.tick();
    const [toRuben] = h.slack.directTo('U0RUBEN');
    expect(JSON.stringify(toRuben?.body.blocks)).toContain(
      'How did the meeting of Tuesday 6 October 2026 go? The check-in takes less than a minute. You can fill it in until Tuesday 13 October 2026 at 15:31.',
    );
    expect(JSON.stringify(toRuben?.body.blocks)).toContain('"text":"Fill in the check-in"');
    const [toSanne] = h.slack.directTo('U0SANNE');
    expect(JSON.stringify(toSanne?.body.blocks)).toContain(
      'Hoe ging de bijeenkomst van dinsdag 6 oktober 2026?',
    );
  });

  it('the form, its problems and its refusal of client data are in English; nothing is stored', async () => {
    const view = (await member.tap('U0RUBEN', roundId))!;
    expect(view.title).toMatchObject({ text: 'Werkgroep check-in' });
    const form = JSON.stringify(view.blocks);
    expect(form).toContain('Werkgroep Oost, meeting of Tuesday 6 October 2026');
    expect(form).toContain('Level of collaboration');
    expect(form).toContain('3.5 — between 3 and 4: regular meetings, partly working together already');
    expect(form).toContain('Time and capacity');

    const missing = await member.submit('U0RUBEN', view, { went_well: 'Het overleg liep goed.' });
    expect(missing.body).toEqual({
      response_action: 'errors',
      errors: { samenwerkingsniveau: 'Choose a level of collaboration.' },
    });

    const refused = await member.submit('U0RUBEN', view, { samenwerkingsniveau: '3', went_well: REFUSED });
    expect(refused.body?.response_action).toBe('errors');
    const explanation = String((refused.body?.errors as Record<string, string> | undefined)?.went_well);
    expect(explanation).toContain(GUARD_IN_ENGLISH);
    expect(explanation).toContain('Schakel stores no client data.');
    expect(await databaseText(h.tdb.db)).not.toContain('psychose');
    expect((await checkinState(h.tdb.db)).answers).toEqual([]);
  });

  it('a saved check-in is confirmed in English', async () => {
    const view = (await member.tap('U0RUBEN', roundId))!;
    const after = h.slack.calls.length;
    const res = await member.submit('U0RUBEN', view, { samenwerkingsniveau: '3.5' });
    expect(res).toEqual({ status: 200, body: null });
    const confirmation = await h.slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'U0RUBEN',
      { after },
    );
    expect(JSON.stringify(confirmation.body)).toContain(
      'Thank you, your check-in has been saved. You can change it until Tuesday 13 October 2026 at 15:31.',
    );
    expect((await checkinState(h.tdb.db)).answers.map((a) => a.name)).toEqual(['Ruben Hofstede']);

    // Once per tertiaal the checklist follows, in English too.
    expect(JSON.stringify(confirmation.body)).toContain('"text":"Fill in the checklist"');
    const checklist = (await member.tap('U0RUBEN', roundId, { actionId: 'checklist_open' }))!;
    expect(checklist.title).toMatchObject({ text: 'Collaboration checklist' });
    const items = JSON.stringify(checklist.blocks);
    expect(items).toContain('September to December 2026');
    expect(items).toContain('1. There is a sufficiently equipped projectleider (network, mandate, time)');
    expect(items).toContain('"text":"In development"');
    const unanswered = await member.submit('U0RUBEN', checklist, {});
    expect(JSON.stringify(unanswered.body)).toContain('Choose Yes, In development or No.');
  });

  it('"taal nl" makes Schakel write Dutch to him, even though his Slack speaks English; "taal en" back', async () => {
    expect(await slash('U0RUBEN', 'taal nl')).toContain('Goed, ik schrijf je voortaan in het Nederlands.');
    expect(await slash('U0RUBEN', 'help')).toContain('Hoi Ruben!');
    expect(await slash('U0RUBEN', 'taal klingon')).toContain('Die taal ken ik niet.');
    expect(await slash('U0RUBEN', 'language en')).toContain('Fine, from now on I write to you in English.');
    expect(await slash('U0RUBEN', 'help')).toContain('Hi Ruben!');
    // His own choice is kept for the scheduler, and the platform no longer changes it.
    const { rows } = await h.tdb.db.pool.query(
      `SELECT locale, locale_chosen FROM members WHERE name = 'Ruben Hofstede'`,
    );
    expect(rows).toEqual([{ locale: 'en', locale_chosen: true }]);
  });
});

describe('an English conversation on Teams, over real HTTP', () => {
  const clock = manualClock('2026-10-05T06:00:00Z');
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startCheckinHarness({
      clock,
      platforms: ['teams'],
      members: [{ name: 'Lotte Brummelman', identity: onTeams('29:lotte') }],
    });
  });
  afterAll(async () => h?.stop());

  /** A message typed to Schakel in the member's personal chat, in `locale`; Schakel's reply as text. */
  const say = (userId: string, text: string, locale: string) => sayInPersonalChat(h, userId, text, locale);

  const cardTo = (userId: string): IAdaptiveCard => {
    const sent = h.teams.directTo(userId).at(-1);
    if (!sent) throw new Error(`nothing sent to ${userId}`);
    return (sent.body.attachments as Array<{ content: IAdaptiveCard }>)[0]!.content;
  };

  /** Presses the card's submit button with `filled`, from a Teams client in English. */
  async function submit(userId: string, card: IAdaptiveCard, filled: Record<string, string>) {
    const value = teamsInvokeValue(card, filled);
    const invoke = invokeActivity({
      verb: value.action.verb ?? '',
      data: value.action.data as Record<string, unknown>,
      serviceUrl: h.teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
      locale: 'en-US',
    });
    const res = await postActivity(h.app.baseUrl, invoke);
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  }

  it('help is in English when the Teams client speaks English, Dutch otherwise', async () => {
    const help = await say('29:ruben', 'help', 'en-US');
    expect(help).toContain('Hi Ruben! I am Schakel');
    expect(help).toContain('Fill in the check-in');
    expect(await say('29:lotte', 'help', 'nl-NL')).toContain('Hoi Lotte!');
  });

  it('the check-in card goes to him in English; a refusal of client data is explained in English', async () => {
    await meetingEnds(h, clock, '2026-10-06T13:31:00Z');
    await h.app.running.tick();
    const card = cardTo('29:ruben');
    expect(JSON.stringify(card)).toContain('Werkgroep Oost, meeting of Tuesday 6 October 2026');
    expect(JSON.stringify(card)).toContain('Level of collaboration');
    expect(JSON.stringify(cardTo('29:lotte'))).toContain(
      'Werkgroep Oost, bijeenkomst van dinsdag 6 oktober 2026',
    );

    const refused = await submit('29:ruben', card, { samenwerkingsniveau: '3', went_well: REFUSED });
    expect(refused).toContain('"id":"went_well_problem"');
    expect(refused).toContain(GUARD_IN_ENGLISH);
    expect(refused).toContain('Not everything is filled in correctly yet.');
    expect(await databaseText(h.tdb.db)).not.toContain('psychose');

    const saved = await submit('29:ruben', card, { samenwerkingsniveau: '4' });
    expect(saved).toContain('Thank you, your check-in has been saved.');
    expect((await checkinState(h.tdb.db)).answers.map((a) => a.name)).toEqual(['Ruben Hofstede']);
  });
});

describe('the digest preview in English for the projectleider, on both platforms', () => {
  const clock = manualClock('2026-09-10T08:00:00Z');
  let h: DigestHarness;

  beforeAll(async () => {
    h = await startDigestHarness('english-digest-secret', clock, { slackLocales: { U0HANNEKE: 'en-GB' } });
  });
  afterAll(async () => h?.stop());

  const previewInEnglish = (preview: string) => {
    expect(preview).toContain('Draft: ');
    expect(preview).toContain('Only you see this until you publish.');
    expect(preview).toContain('Level of collaboration now');
    expect(preview).toContain(
      'This is how the PDF looks (draft, secret link, in Dutch): https://schakel.example.nl/digest/',
    );
    expect(preview).toContain('Publish');
    expect(preview).toContain('Edit the text');
    expect(preview).not.toContain('Publiceren');
  };

  it('Slack: the private preview and its buttons are in English', async () => {
    const { dm } = await h.slash('U0HANNEKE', 'samenvatting');
    previewInEnglish(dm);
  });

  it('Teams: the same preview in English, and a lid is refused in English', async () => {
    const ask = async (userId: string) => {
      const conversationId = `a:personal-${userId}`;
      const after = h.teams.calls.length;
      const activity = messageActivity({
        serviceUrl: h.teams.serviceUrl,
        userId,
        tenantId: DIGEST_TENANT,
        conversationId,
        text: 'samenvatting',
        locale: 'en-US',
      });
      expect((await postActivity(h.app.baseUrl, activity)).status).toBe(200);
      const reply = await h.teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${conversationId}`), {
        after,
      });
      return JSON.stringify(reply.body);
    };
    previewInEnglish(await ask('29:hanneke'));
    const refused = await ask('29:ruben');
    expect(refused).toContain('Only the');
    expect(refused).not.toContain('Alleen');
  });
});
