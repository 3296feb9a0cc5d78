import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import type { Role } from '../../src/domain/members.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { addMember } from '../support/fixtures.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'matrix-geheim';
const TENANT = 'tenant-matrix';
const clock = manualClock('2026-09-07T08:00:00Z');

/** The actors: each has a Slack and a Teams identity (except `onbekend`, who has none). */
const ACTORS: Record<string, { region: string; roles: Role[]; inWerkgroepA: boolean }> = {
  lidA: { region: 'regio-a', roles: ['lid'], inWerkgroepA: true },
  projectleiderA: { region: 'regio-a', roles: ['projectleider'], inWerkgroepA: false },
  stuurgroeplidA: { region: 'regio-a', roles: ['stuurgroeplid'], inWerkgroepA: false },
  beheerder: { region: 'regio-a', roles: ['beheerder'], inWerkgroepA: false },
  landelijk: { region: 'regio-b', roles: ['landelijk'], inWerkgroepA: false },
  lidB: { region: 'regio-b', roles: ['lid'], inWerkgroepA: false },
  projectleiderB: { region: 'regio-b', roles: ['projectleider'], inWerkgroepA: false },
  onbekend: { region: '', roles: [], inWerkgroepA: false },
};

const MEMBERS = ['lidA', 'projectleiderA'];
const PL = ['projectleiderA'];
/** Every command, typed in werkgroep A's channel, and who may use it. */
const COMMANDS: Array<[string, string[] | 'everyone']> = [
  ['help', 'everyone'],
  // Someone unknown hears that Schakel keeps nothing about them: an answer, not a refusal.
  ['mijn-gegevens', 'everyone'],
  ['volgende', MEMBERS],
  ['agenda', MEMBERS],
  ['actiepunten', MEMBERS],
  ['reeks', MEMBERS],
  ['agendapunt Samenwerking met het werkgeversservicepunt', MEMBERS],
  ['actiepunt Uitnodiging leerbijeenkomst versturen', MEMBERS],
  ['nieuwe-reeks 2026-10-05 14:00', PL],
  ['verplaats 2026-09-14 naar 2026-09-15', PL],
  ['annuleer 2026-10-12', PL],
  ['wijzig vanaf 2026-11-01 om 15:00', PL],
  ['vakantie herfstvakantie regio noord 2026-10-17 t/m 2026-10-25', PL],
  ['vakanties', MEMBERS],
  ['vakantie weg herfstvakantie regio noord', PL],
  ['mislukt', PL],
  ['herinneringen', PL],
  ['checkin', MEMBERS],
  ['checklist', MEMBERS],
  ['voortgang', PL],
  ['checklist-werkgroep', PL],
  ['checkin-dagen 10', PL],
  ['logboek', [...PL, 'beheerder']],
  ['samenvatting', PL],
  ['samenvatting 2026-T1', PL],
  ['samenvatting laatste', [...PL, 'stuurgroeplidA']],
  ['stuurgroep', [...PL, 'beheerder']],
  ['stuurgroep 2026-11-10', [...PL, 'beheerder']],
  ['stuurgroep instellingen dagen 14 periode sinds-vorige', [...PL, 'beheerder']],
  ['stuurgroep weg 2026-11-10', [...PL, 'beheerder']],
  ['landelijk', ['landelijk', 'beheerder']],
  ['landelijk 2026-01-01..2026-08-31', ['landelijk', 'beheerder']],
  // Setting up: for a projectleider or beheerder, each in their own region.
  ['nieuwe-werkgroep', [...PL, 'beheerder', 'projectleiderB']],
  ['koppel Werkgroep A', [...PL, 'beheerder']],
  ['ontkoppel', [...PL, 'beheerder']],
];

const REFUSALS = [
  /Alleen de projectleider/,
  /Alleen de stuurgroep/,
  /geen lid van deze werkgroep/,
  /Ik ken je nog niet, of niet meer/,
  /Alleen het programmabureau/,
];

describe('roles × commands × own and other region, on Slack and on Teams', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  let overlegId: string;

  /** Werkgroep A's channels; linked again after someone who may has typed "ontkoppel". */
  async function linkWerkgroepA() {
    await linkChannel(tdb.db.pool, overlegId, {
      platform: 'slack',
      workspace: STAND_IN_TEAM,
      channelId: 'C_A',
      serviceUrl: null,
    });
    await linkChannel(tdb.db.pool, overlegId, {
      platform: 'teams',
      workspace: TENANT,
      channelId: '19:a@thread',
      serviceUrl: teams.serviceUrl,
    });
  }

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    teams = await startTeamsConnectorStandIn();
    await tdb.db.pool.query(
      `INSERT INTO regions (id, name) VALUES ('regio-a', 'Regio A'), ('regio-b', 'Regio B')`,
    );
    for (const [name, a] of Object.entries(ACTORS)) {
      if (name === 'onbekend') continue;
      await addMember(tdb.db, {
        regionId: a.region,
        name: `Fictief ${name}`,
        roles: a.roles,
        identities: [
          { platform: 'slack', workspace: STAND_IN_TEAM, userId: `U_${name}` },
          { platform: 'teams', workspace: TENANT, userId: `29:${name}` },
        ],
        overleg: a.inWerkgroepA ? 'Werkgroep A' : name === 'lidB' ? 'Werkgroep B' : undefined,
      });
    }
    const { rows } = await tdb.db.pool.query(`SELECT id FROM overleggen WHERE name = 'Werkgroep A'`);
    overlegId = rows[0].id;
    await linkWerkgroepA();
    // Schakel was added to the Teams channel, so it may be linked there.
    await tdb.db.pool.query(
      `INSERT INTO teams_conversations (conversation_id, tenant, service_url, conversation_type, installed_at)
       VALUES ('19:a@thread', $1, $2, 'channel', now())`,
      [TENANT, teams.serviceUrl],
    );
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-matrix',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        TEAMS_SKIP_AUTH: 'true',
      },
      tdb.db,
      clock,
    );
    const pl = await app.running.core.home.identify({
      platform: 'slack',
      workspace: STAND_IN_TEAM,
      userId: 'U_projectleiderA',
    });
    await app.running.core.rhythm.createSeries(pl, overlegId, {
      firstStart: '2026-09-14T14:00',
      durationMinutes: 90,
    });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await teams?.close();
    await tdb?.drop();
  });

  const state = async () =>
    JSON.stringify(
      (
        await tdb.db.pool.query(`SELECT
          (SELECT count(*) FROM agenda_items) AS agenda, (SELECT count(*) FROM actiepunten) AS acties,
          (SELECT count(*) FROM holiday_periods) AS vakanties, (SELECT max(version) FROM meeting_series) AS reeks,
          (SELECT count(*) FROM digest_versions) AS samenvattingen,
          (SELECT count(*) FROM stuurgroep_meetings) AS stuurgroepdata,
          (SELECT count(*) FROM stuurgroep_settings) AS stuurgroepinstellingen,
          (SELECT count(*) FROM overleggen) AS overleggen, (SELECT count(*) FROM overleg_channels) AS kanalen`)
      ).rows[0],
    );

  async function viaSlack(actor: string, text: string): Promise<string> {
    const body = slashCommandBody({
      text,
      userId: `U_${actor}`,
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C_A',
    });
    const after = slack.calls.length;
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    const acked = await res.text();
    if (acked !== '') return JSON.stringify(JSON.parse(acked));
    // An empty ack: the command opened its form as a modal.
    const open = await slack.waitFor((c) => c.path === '/api/views.open', { after });
    return JSON.stringify(open.body);
  }

  async function viaTeams(actor: string, text: string): Promise<string> {
    const activity = messageActivity({
      text,
      serviceUrl: teams.serviceUrl,
      userId: `29:${actor}`,
      tenantId: TENANT,
      conversationId: '19:a@thread',
      conversationType: 'channel',
    });
    const after = teams.calls.length;
    await postActivity(app.baseUrl, activity);
    // Schakel's reply in the channel, whether it did the work or refused it.
    const reply = await teams.waitFor((c) => c.path.startsWith('/v3/conversations/19:a@thread'), { after });
    return JSON.stringify(reply.body);
  }

  for (const [platform, send] of [
    ['Slack', viaSlack],
    ['Teams', viaTeams],
  ] as const) {
    for (const [command, allowed] of COMMANDS) {
      for (const actor of Object.keys(ACTORS)) {
        const may = allowed === 'everyone' || allowed.includes(actor);
        it(`${platform}: ${actor} ${may ? 'may' : 'may not'} "${command.split(' ')[0]}"`, async () => {
          const before = await state();
          const answer = await send(actor, command);
          if (command === 'help') {
            expect(answer).toContain('Ik ben Schakel');
            return;
          }
          const refused = REFUSALS.some((r) => r.test(answer));
          expect(refused, answer).toBe(!may);
          if (!may) expect(await state()).toBe(before);
          if (may && command === 'ontkoppel') await linkWerkgroepA();
        });
      }
    }
  }
});
