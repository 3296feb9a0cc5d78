import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { databaseText } from '../support/database-text.ts';
import { seedWerkgroep, TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { interactionBody, postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { cardActionInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';
import { linkHannekeOnTeams } from '../support/teams-chat.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'formulier-geheim';
const clock = manualClock('2026-01-05T09:00:00Z');

describe("the projectleider's series forms: a Slack modal and a Teams card", () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  let w: Awaited<ReturnType<typeof seedWerkgroep>>;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    teams = await startTeamsConnectorStandIn();
    w = await seedWerkgroep(tdb.db, {
      slackTeam: STAND_IN_TEAM,
      slackChannel: 'C0OOST',
      teamsServiceUrl: teams.serviceUrl,
    });
    // The projectleider also uses Teams.
    await linkHannekeOnTeams(tdb.db.pool, w.projectleiderId);
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-form',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        TEAMS_SKIP_AUTH: 'true',
      },
      tdb.db,
      clock,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await teams?.close();
    await tdb?.drop();
  });

  async function submit(
    callbackId: string,
    metadata: object,
    values: Record<string, unknown>,
    userId = 'U0HANNEKE',
  ) {
    const payload = {
      type: 'view_submission',
      team: { id: STAND_IN_TEAM },
      user: { id: userId },
      api_app_id: 'A0SCHAKEL',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: callbackId,
        private_metadata: JSON.stringify(metadata),
        title: { type: 'plain_text', text: 'Formulier' },
        state: { values },
      },
    };
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, interactionBody(payload));
    expect(res.status).toBe(200);
    return (await res.json()) as { response_action: string; errors?: Record<string, string>; view?: unknown };
  }
  const text = (id: string, value: string) => ({ [id]: { [id]: { type: 'plain_text_input', value } } });
  const pick = (id: string, value: string) => ({
    [id]: { [id]: { type: 'static_select', selected_option: { value } } },
  });
  const number = (id: string, value: string) => ({ [id]: { [id]: { type: 'number_input', value } } });

  it('Slack: "/schakel nieuwe-reeks" without details opens the modal', async () => {
    const body = slashCommandBody({
      text: 'nieuwe-reeks',
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    const open = await slack.waitFor((c) => c.path === '/api/views.open');
    const view = open.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: Array<{ type: string; block_id?: string }>;
    };
    expect(view.callback_id).toBe('reeks');
    expect(JSON.parse(view.private_metadata)).toEqual({ overlegId: w.overlegId, mode: 'nieuw' });
    expect(view.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual([
      'datum',
      'tijd',
      'elke',
      'duur',
      'plaats',
      'link',
    ]);
  });

  it('Slack: a wrong date is shown beside the field and nothing is stored', async () => {
    const answer = await submit(
      'reeks',
      { overlegId: w.overlegId, mode: 'nieuw' },
      {
        ...text('datum', '12-01-2026'),
        ...text('tijd', '14:00'),
        ...pick('elke', '4'),
        ...number('duur', '90'),
      },
    );
    expect(answer).toEqual({
      response_action: 'errors',
      errors: { datum: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-12.' },
    });
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
  });

  it('Slack: a member who is not the projectleider is told so beside the form', async () => {
    const answer = await submit(
      'reeks',
      { overlegId: w.overlegId, mode: 'nieuw' },
      {
        ...text('datum', '2026-01-12'),
        ...text('tijd', '14:00'),
        ...pick('elke', '4'),
        ...number('duur', '90'),
      },
      'U0RUBEN',
    );
    expect(answer.response_action).toBe('errors');
    expect(Object.values(answer.errors ?? {}).join()).toContain('Alleen de projectleider');
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
  });

  it('Slack: client data in Plaats or Link is refused beside the field; nothing stored or logged', async () => {
    const answer = await submit(
      'reeks',
      { overlegId: w.overlegId, mode: 'nieuw' },
      {
        ...text('datum', '2026-01-12'),
        ...text('tijd', '14:00'),
        ...pick('elke', '4'),
        ...number('duur', '90'),
        ...text('plaats', 'Thuis bij Bram Hoekstra, hij heeft schizofrenie'),
        ...text('link', 'https://dossier.voorbeeld.nl/client?bsn=123456782'),
      },
    );
    expect(answer.response_action).toBe('errors');
    expect(Object.keys(answer.errors ?? {}).sort()).toEqual(['link', 'plaats']);
    expect(JSON.stringify(answer)).not.toContain('Hoekstra');
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
    const stored = await databaseText(tdb.db);
    for (const detail of ['Hoekstra', '123456782']) {
      expect(stored).not.toContain(detail);
      expect(app.logs.text).not.toContain(detail);
    }
  });

  /** The new-series card submitted in Teams with this Plaats; the card Schakel answers with. */
  async function submitSeriesCard(plaats: string, typed: Record<string, string> = {}): Promise<string> {
    const invoke = cardActionInvoke({
      serviceUrl: teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      verb: 'reeks',
      data: {
        schakelForm: 'reeks',
        schakelMetadata: { overlegId: w.overlegId, mode: 'nieuw' },
        datum: '2026-01-12',
        tijd: '14:00',
        elke: '4',
        duur: '90',
        plaats,
        ...typed,
      },
    });
    const res = await postActivity(app.baseUrl, invoke);
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  }

  it('Teams: client data in Plaats on the series card is refused beside the field; nothing stored', async () => {
    const card = await submitSeriesCard('Bij mevrouw Jansen thuis, Dorpsstraat 12, 7201 AB Zutphen');
    expect(card).toContain('"id":"plaats_problem"');
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
    expect(await databaseText(tdb.db)).not.toContain('Dorpsstraat');
  });

  it('Teams: an invisible control character (a pasted NUL) in Plaats is refused beside the field, no fault', async () => {
    const card = await submitSeriesCard('Stadhuis\u0000, zaal 2');
    expect(card).toContain('"id":"plaats_problem"');
    expect(card).toContain('onzichtbaar teken');
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
    expect(app.logs.lines.filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it('Teams: a date or time the form cannot read comes back empty beside its problem, not as typed', async () => {
    const card = await submitSeriesCard('Stadhuis Zutphen', { datum: 'maandag 12 jan', tijd: '9.30' });
    expect(card).toContain('"id":"datum_problem"');
    expect(card).not.toContain('maandag 12 jan');
    // What the form reads is kept, as it will be stored.
    expect(card).toContain('"value":"09:30"');
    const late = await submitSeriesCard('Stadhuis Zutphen', { datum: '2026-01-12', tijd: '25:00' });
    expect(late).toContain('"id":"tijd_problem"');
    expect(late).not.toContain('25:00');
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
  });

  it('Slack: the valid form creates the series and says so', async () => {
    const answer = await submit(
      'reeks',
      { overlegId: w.overlegId, mode: 'nieuw' },
      {
        ...text('datum', '2026-01-12'),
        ...text('tijd', '14:00'),
        ...pick('elke', '4'),
        ...number('duur', '120'),
        ...text('plaats', 'Stadhuis Zutphen, kamer 3'),
      },
    );
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view)).toContain('De reeks is opgeslagen');
    const stored = await findSeries(tdb.db.pool, w.overlegId);
    expect(stored?.definition).toMatchObject({
      firstStart: '2026-01-12T14:00',
      everyWeeks: 4,
      durationMinutes: 120,
      location: 'Stadhuis Zutphen, kamer 3',
    });
  });

  /** `text` typed by the projectleider in the werkgroep channel: the answer Schakel sends there. */
  async function teamsTyped(text: string) {
    const seen = new Set(teams.sentTo(TEAMS_CHANNEL));
    const activity = messageActivity({
      text,
      serviceUrl: teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    await postActivity(app.baseUrl, activity);
    const sent = await teams.waitFor(
      (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${TEAMS_CHANNEL}/`) && !seen.has(c),
    );
    return sent.body;
  }

  it('Teams: "verplaats" without details sends the card with the next meetings to choose from', async () => {
    const card = JSON.stringify((await teamsTyped('verplaats')).attachments);
    expect(card).toContain('"verb":"bijeenkomst"');
    expect(card).toContain('maandag 9 februari 2026, 14:00–16:00');
    expect(card).toContain('"value":"2026-02-09T14:00"');
  });

  async function teamsSubmit(userId: string, data: Record<string, unknown>) {
    const invoke = cardActionInvoke({
      serviceUrl: teams.serviceUrl,
      userId,
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      verb: 'bijeenkomst',
      data: { schakelForm: 'bijeenkomst', schakelMetadata: { overlegId: w.overlegId }, ...data },
    });
    const res = await postActivity(app.baseUrl, invoke);
    expect(res.status).toBe(200);
    return JSON.stringify(await res.json());
  }

  it('Teams: moving without a new date comes back with the message beside the field, choices kept', async () => {
    const answer = await teamsSubmit('29:hanneke', { bijeenkomst: '2026-02-09T14:00', actie: 'verplaatsen' });
    expect(answer).toContain('Vul de nieuwe datum in.');
    expect(answer).toContain('"value":"2026-02-09T14:00"');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions ?? []).toEqual([]);
  });

  it('Teams: moving with a date and time is carried out; the card says where the meeting went', async () => {
    const answer = await teamsSubmit('29:hanneke', {
      bijeenkomst: '2026-02-09T14:00',
      actie: 'verplaatsen',
      nieuwe_datum: '2026-02-10',
      nieuwe_tijd: '10:00',
    });
    expect(answer).toContain(
      'De bijeenkomst van Werkgroep Oost is verplaatst naar dinsdag 10 februari 2026 om 10:00.',
    );
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toEqual([
      { kind: 'move', originalStart: '2026-02-09T14:00', start: '2026-02-10T10:00' },
    ]);
  });

  it('Teams: the same move sent again, or a meeting "moved" to where it stands: said as verplaats says it, not "verplaatst"', async () => {
    const again = await teamsSubmit('29:hanneke', {
      bijeenkomst: '2026-02-09T14:00',
      actie: 'verplaatsen',
      nieuwe_datum: '2026-02-10',
      nieuwe_tijd: '10:00',
    });
    const alreadyThere =
      'Dit voorstel is al overgenomen: de bijeenkomst van maandag 9 februari 2026 staat al op dinsdag 10 februari 2026 om 10:00.';
    expect(again).toContain(alreadyThere);
    expect(again).not.toContain('is verplaatst naar');
    const unmoved = await teamsSubmit('29:hanneke', {
      bijeenkomst: '2026-03-09T14:00',
      actie: 'verplaatsen',
      nieuwe_datum: '2026-03-09',
      nieuwe_tijd: '14:00',
    });
    expect(unmoved).toContain(
      'de bijeenkomst van maandag 9 maart 2026 staat al op maandag 9 maart 2026 om 14:00.',
    );
    expect(unmoved).not.toContain('is verplaatst naar');
    // The typed command says the same.
    expect(JSON.stringify(await teamsTyped('verplaats 9 februari naar 10 februari 10:00'))).toContain(
      alreadyThere,
    );
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toEqual([
      { kind: 'move', originalStart: '2026-02-09T14:00', start: '2026-02-10T10:00' },
    ]);
  });

  it('Teams: cancelling through the card names the meeting that no longer takes place', async () => {
    const answer = await teamsSubmit('29:hanneke', { bijeenkomst: '2026-03-09T14:00', actie: 'annuleren' });
    expect(answer).toContain('De bijeenkomst van Werkgroep Oost op maandag 9 maart 2026 gaat niet door.');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toContainEqual({
      kind: 'cancel',
      originalStart: '2026-03-09T14:00',
    });
  });

  it('Teams: a moved meeting cancelled through the card is named, and put back, on the day it was moved to', async () => {
    const answer = await teamsSubmit('29:hanneke', { bijeenkomst: '2026-02-09T14:00', actie: 'annuleren' });
    expect(answer).toContain('De bijeenkomst van Werkgroep Oost op dinsdag 10 februari 2026 gaat niet door.');
    expect(answer).toContain('herstel 2026-02-10');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toContainEqual({
      kind: 'cancel',
      originalStart: '2026-02-09T14:00',
      moved: { start: '2026-02-10T10:00' },
    });
  });

  it('Teams: a member cannot cancel a meeting through a card they were not given', async () => {
    const answer = await teamsSubmit('29:ruben', { bijeenkomst: '2026-04-06T14:00', actie: 'annuleren' });
    expect(answer).toContain('Alleen de projectleider');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toHaveLength(2);
  });
});
