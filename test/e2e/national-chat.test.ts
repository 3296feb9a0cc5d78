import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { Role } from '../../src/domain/members.ts';
import { seedReport2018 } from '../national/report-2018.ts';
import { addMember } from '../support/fixtures.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'landelijk-geheim';
const TENANT = 'tenant-landelijk';
// 10 September 2018: the last complete tertiaal is 2018-T2, the period of the report's interviews.
const clock = manualClock('2018-09-10T08:00:00Z');

/**
 * The programme office asks for the national overview in the chat, on Slack and on Teams, over
 * 28 fictional regions whose answers reproduce the 2018 report's tables (test/national).
 */
describe('the national overview in the chat, for the landelijk role', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    teams = await startTeamsConnectorStandIn();
    await seedReport2018(tdb.db.pool);
    const actor = (name: string, roles: Role[]) =>
      addMember(tdb.db, {
        regionId: 'regio-01',
        name: `Fictief ${name}`,
        roles,
        identities: [
          { platform: 'slack', workspace: STAND_IN_TEAM, userId: `U_${name.toUpperCase()}` },
          { platform: 'teams', workspace: TENANT, userId: `29:${name}` },
        ],
      });
    await actor('landelijk', ['landelijk']);
    await actor('projectleider', ['projectleider']);
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-landelijk',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        TEAMS_SKIP_AUTH: 'true',
      },
      tdb.db,
      clock,
    );
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await teams?.close();
    await tdb?.drop();
  });

  /** `/schakel <text>` in a channel: the ephemeral answer, and what went to the member's DM. */
  async function viaSlack(name: string, text: string): Promise<{ ack: string; dm: string }> {
    const user = `U_${name.toUpperCase()}`;
    const before = slack.calls.length;
    const body = slashCommandBody({
      text,
      userId: user,
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C_ERGENS',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    const ack = await res.text();
    const dm = slack.calls
      .slice(before)
      .find((c) => c.path === '/api/chat.postMessage' && c.body.channel === user);
    return { ack, dm: dm ? JSON.stringify(dm.body) : '' };
  }

  /** A message in the member's personal chat with Schakel: the answer there. */
  async function viaTeams(name: string, text: string): Promise<string> {
    const conversationId = `a:dm-29:${name}`;
    const before = teams.calls.length;
    await postActivity(
      app.baseUrl,
      messageActivity({
        text,
        serviceUrl: teams.serviceUrl,
        userId: `29:${name}`,
        tenantId: TENANT,
        conversationId,
      }),
    );
    const sent = await teams.waitFor(
      (c) => teams.calls.indexOf(c) >= before && c.path.startsWith(`/v3/conversations/${conversationId}/`),
    );
    return JSON.stringify(sent.body);
  }

  it('Slack: the landelijk member gets both tables of a period in a direct message', async () => {
    const { ack, dm } = await viaSlack('landelijk', 'landelijk 2018-01-01..2018-08-31');
    expect(ack).toContain('privébericht');
    expect(dm).toContain('Landelijk overzicht 1 januari 2018 t/m 31 augustus 2018');
    expect(dm).toContain("28 regio's");
    // The report's first and last checklist rows: ja / in ontwikkeling / nee.
    expect(dm).toContain('*1. Toegeruste projectleider* — 18 / 8 / 0');
    expect(dm).toContain('*15. Transparantie over privacy* — 2 / 12 / 12');
    expect(dm).toContain('*Tussen 1 en 2 niveaus omhooggegaan* — 7 regio');
    expect(dm).toContain('*Niet beschikbaar (minder dan 3 antwoorden in de periode)* — 2 regio');
    // Counts only: no region and no member is named.
    expect(dm).not.toContain('Fictieve regio');
    expect(dm).not.toContain('Deelnemer');
  });

  it('Teams: the same numbers, by default for the last complete tertiaal', async () => {
    const card = await viaTeams('landelijk', 'landelijk');
    expect(card).toContain('Landelijk overzicht 2018-T2 (1 mei 2018 t/m 31 augustus 2018)');
    // Every level answer of the fixture falls in T2, so the level table is the report's.
    expect(card).toMatch(/"title":"1 niveau omhooggegaan","value":"8 regio's"/);
    expect(card).toMatch(/"title":"Geen verschil vergeleken met het startniveau","value":"4 regio's"/);
    const range = await viaTeams('landelijk', 'landelijk 2018-T1..2018-T2');
    expect(range).toMatch(/"title":"1. Toegeruste projectleider","value":"18 \/ 8 \/ 0"/);
  });

  it('a projectleider is refused in Dutch on both platforms, and a wrong period gets the usage', async () => {
    const { ack } = await viaSlack('projectleider', 'landelijk');
    expect(ack).toContain('Alleen het programmabureau (rol landelijk) en een beheerder');
    expect(await viaTeams('projectleider', 'landelijk 2018-T2')).toContain('Alleen het programmabureau');
    expect((await viaSlack('landelijk', 'landelijk vorig jaar')).ack).toContain(
      'landelijk [JJJJ-Tn | JJJJ-MM-DD..JJJJ-MM-DD]',
    );
    expect(await viaTeams('landelijk', 'landelijk 2018-02-30..2018-08-31')).toContain('Geen geldige periode');
  });

  it('help shows the command to the landelijk member and not to the projectleider', async () => {
    expect(await viaTeams('landelijk', 'help')).toContain('landelijk [JJJJ-Tn');
    expect(await viaTeams('projectleider', 'help')).not.toContain('landelijk [JJJJ-Tn');
  });
});
