import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAT_TEXT_MAX_LENGTH } from '../../src/commands/router.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// A tester's finding (branch tester-http): a Teams message that is no command went whole through the
// privacy guard, and 99,000 characters of "0612345678 " kept the one event loop busy for 3-5 seconds.
// Chat text longer than any real message is now answered at once; the guard itself is linear again.
const SECRET = 'geheim-lange-tekst';
const FLOOD = '0612345678 '.repeat(9_000);
// The platforms hand the text on trimmed.
const TOO_LONG = nl.fields.notSavedTooLong(FLOOD.trim().length, CHAT_TEXT_MAX_LENGTH);

describe('chat text longer than any real message (signed Slack and Teams)', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({
      secret: SECRET,
      teamsAuth: true,
      env: { TEAMS_TENANT_ID: TEAMS_TENANT },
    });
  });
  afterAll(async () => h?.stop());

  /** Sends the flood on Teams from `userId` while /healthz is asked in a loop: the slowest /healthz. */
  async function floodOnTeams(userId: string, conversationId: string): Promise<number> {
    const activity = messageActivity({
      text: FLOOD,
      serviceUrl: h.teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
      conversationId,
    });
    if (!h.identity) throw new Error('de harness draait zonder Teams-identiteit');
    let slowest = 0;
    let done = false;
    const poll = (async () => {
      while (!done) {
        const start = performance.now();
        await (await fetch(`${h.app.baseUrl}/healthz`)).arrayBuffer();
        slowest = Math.max(slowest, performance.now() - start);
      }
    })();
    const res = await postActivity(h.app.baseUrl, activity, h.identity.authorization(activity));
    expect(res.status).toBe(200);
    await h.teams.waitFor(
      (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${conversationId}/activities`),
    );
    done = true;
    await poll;
    return slowest;
  }

  it.each([
    ['a member', '29:ruben'],
    ['someone of the tenant Schakel does not know', '29:onbekend'],
  ])('Teams: a flood from %s is answered at once that it is too long', async (_who, userId) => {
    const conversationId = `a:personal-${userId.slice(3)}`;
    const slowest = await floodOnTeams(userId, conversationId);
    const answer = JSON.stringify(h.teams.sentTo(conversationId).at(-1)?.body);
    expect(answer).toContain(TOO_LONG);
    // Observed before: /healthz waited 2.9-5.5 s. The bound is a hang's, not a pace (shared machine).
    expect(slowest).toBeLessThan(1_000);
  });

  it('Slack: a slash command longer than any real message is answered that it is too long', async () => {
    const body = slashCommandBody({
      text: `agendapunt ${'Wachtlijst jobcoaching bespreken. '.repeat(150)}`,
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    const answer = await res.text();
    expect(answer).toContain('tekens lang, het maximum is 4.000. Maak hem korter en stuur hem opnieuw.');
    expect((await h.tdb.db.pool.query('SELECT 1 FROM agenda_items')).rowCount).toBe(0);
  });

  it('Slack: a long question within the limit is read as before', async () => {
    const body = slashCommandBody({
      text: `Even een vraag: ${'hoe plannen we de intervisie? '.repeat(100)}`,
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body);
    const answer = await res.text();
    expect(answer).not.toContain('het maximum is');
    expect(answer).toContain('Dat commando ken ik niet');
  });
});
