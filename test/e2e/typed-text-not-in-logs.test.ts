import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMember } from '../../src/store/members-repo.ts';
import { addMember } from '../support/fixtures.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

// README: logs are "never with text a member typed", at any level. The SDKs log whole request and
// response bodies at debug (Bolt's incoming body, its ack bodies, the WebClient's request bodies and
// results): found by a tester at LOG_LEVEL=debug, with a typed actiepunt and a member's inzage data.
const SECRET = 'typed-text-log';
const TENANT = 'tenant-typed-text';
const TYPED_SLACK = 'Zwaluwstaartverbinding uitzoeken';
const TYPED_TEAMS = 'Kikkerdrilonderzoek bespreken';

describe('what members typed is never in the log, even at LOG_LEVEL=trace', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  const slash = async (text: string) => {
    const body = slashCommandBody({
      text,
      userId: 'U0FENNA',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'D0FENNA',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    connector = await startTeamsConnectorStandIn();
    const fenna = await addMember(tdb.db, {
      regionId: 'logtest',
      name: 'Fenna Zuidema',
      roles: ['lid', 'projectleider'],
      overleg: 'Werkgroep Oost',
      identities: [
        { platform: 'slack', workspace: STAND_IN_TEAM, userId: 'U0FENNA' },
        { platform: 'teams', workspace: TENANT, userId: '29:fenna' },
      ],
    });
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-logtest',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        TEAMS_SKIP_AUTH: 'true',
        LOG_LEVEL: 'trace',
      },
      tdb.db,
    );
    const { rows } = await tdb.db.pool.query<{ id: string }>(
      `SELECT id FROM overleggen WHERE name = 'Werkgroep Oost'`,
    );
    await app.running.core.rhythm.createSeries(await findMember(tdb.db.pool, fenna), rows[0]!.id, {
      firstStart: '2027-06-15T14:00',
      everyWeeks: 4,
      durationMinutes: 90,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
    await slack?.close();
    await tdb?.drop();
  });

  it('Slack: a typed actiepunt, the overview that repeats it and the inzage stay out of the log', async () => {
    expect(await slash(`actiepunt ${TYPED_SLACK}`)).toContain('Actiepunt genoteerd');
    await slash('overzicht');
    await waitFor('the overview DM', () =>
      slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body).includes(TYPED_SLACK)),
    );
    await slash('mijn-gegevens');
    await waitFor('the inzage DM', () =>
      slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.body).includes('Testorganisatie')),
    );
    // The SDKs did log at debug (so the test would see a body if one were logged).
    expect(app.logs.text).toContain('chat.postMessage');
    expect(app.logs.text).not.toContain(TYPED_SLACK);
    expect(app.logs.text).not.toContain('Testorganisatie');
    expect(app.logs.text).not.toContain('Fenna Zuidema');
  });

  it('Teams: a typed agendapunt and the agenda that repeats it stay out of the log', async () => {
    const say = (text: string) =>
      postActivity(
        app.baseUrl,
        messageActivity({ serviceUrl: connector.serviceUrl, userId: '29:fenna', tenantId: TENANT, text }),
      );
    expect((await say(`agendapunt ${TYPED_TEAMS}`)).status).toBeLessThan(300);
    await waitFor('the agendapunt noted', () =>
      connector.calls.find((c) => JSON.stringify(c.body).includes('Genoteerd')),
    );
    expect((await say('agenda')).status).toBeLessThan(300);
    await waitFor('the agenda in Teams', () =>
      connector.calls.find((c) => JSON.stringify(c.body).includes(TYPED_TEAMS)),
    );
    expect(app.logs.text).not.toContain(TYPED_TEAMS);
  });
});
