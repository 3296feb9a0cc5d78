import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findSeries } from '../../src/store/rhythm-repo.ts';
import { TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { interactionBody, postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { cardActionInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';
import { linkHannekeOnTeams } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

/**
 * Dates and times are picked, not typed, in the series forms (Slack datepicker/timepicker, Teams
 * Input.Date/Input.Time), and typed commands read dates the way people write them; both refuse
 * a meeting in the past with the same words. Over real HTTP, on Monday 5 January 2026.
 */
const SECRET = 'kalender-geheim';
const clock = manualClock('2026-01-05T09:00:00Z');
const PAST_FIRST = 'Deze datum ligt in het verleden. Kies een eerste bijeenkomst vanaf vandaag.';
const PAST_MOVED = 'Deze datum ligt in het verleden. Kies een nieuwe datum vanaf vandaag.';

describe('date and time pickers, and dates typed in Dutch', () => {
  let h: WerkgroepHarness;
  let tdb: WerkgroepHarness['tdb'];
  let slack: WerkgroepHarness['slack'];
  let teams: WerkgroepHarness['teams'];
  let app: WerkgroepHarness['app'];
  let w: WerkgroepHarness['w'];

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock });
    ({ tdb, slack, teams, app, w } = h);
    await linkHannekeOnTeams(tdb.db.pool, w.projectleiderId);
  });
  afterAll(async () => h?.stop());

  async function slash(text: string): Promise<string> {
    const res = await slashResponse(text);
    return JSON.stringify(await res.json());
  }
  async function slashResponse(text: string): Promise<Response> {
    const body = slashCommandBody({
      text,
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    return res;
  }

  /** A message typed to Schakel in the werkgroep's Teams channel. */
  async function typeInTeams(text: string) {
    const activity = messageActivity({
      text,
      serviceUrl: teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      conversationType: 'channel',
    });
    await postActivity(app.baseUrl, activity);
  }

  async function submitModal(values: Record<string, unknown>) {
    const payload = {
      type: 'view_submission',
      team: { id: STAND_IN_TEAM },
      user: { id: 'U0HANNEKE' },
      api_app_id: 'A0SCHAKEL',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'reeks',
        private_metadata: JSON.stringify({ overlegId: w.overlegId, mode: 'nieuw' }),
        title: { type: 'plain_text', text: 'Nieuwe reeks' },
        state: { values },
      },
    };
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, interactionBody(payload));
    expect(res.status).toBe(200);
    return (await res.json()) as { response_action: string; errors?: Record<string, string>; view?: unknown };
  }
  // What Slack sends for a datepicker and a timepicker: the picked value, JJJJ-MM-DD and UU:MM.
  const picked = (date: string, time: string) => ({
    datum: { datum: { type: 'datepicker', selected_date: date } },
    tijd: { tijd: { type: 'timepicker', selected_time: time } },
    elke: { elke: { type: 'static_select', selected_option: { value: '4' } } },
    duur: { duur: { type: 'number_input', value: '90' } },
  });

  it('Slack: the series modal asks the date with a datepicker and the time with a timepicker', async () => {
    await slashResponse('nieuwe-reeks');
    const open = await slack.waitFor((c) => c.path === '/api/views.open');
    const blocks = (open.body.view as { blocks: Array<{ block_id?: string; element?: { type: string } }> })
      .blocks;
    const element = (id: string) => blocks.find((b) => b.block_id === id)?.element?.type;
    expect(element('datum')).toBe('datepicker');
    expect(element('tijd')).toBe('timepicker');
  });

  it('Slack: a first meeting picked in the past is refused beside the date, nothing stored', async () => {
    const answer = await submitModal(picked('2026-01-02', '14:00'));
    expect(answer).toEqual({ response_action: 'errors', errors: { datum: PAST_FIRST } });
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
  });

  it('typed: "nieuwe-reeks 2 jan 2026 14:00" is refused like the form refuses it', async () => {
    expect(await slash('nieuwe-reeks 2 januari 2026 14:00')).toContain(PAST_FIRST);
    expect(await findSeries(tdb.db.pool, w.overlegId)).toBeNull();
  });

  it('typed: "nieuwe-reeks volgende week maandag om 14:00" starts the series on 12 January', async () => {
    expect(await slash('nieuwe-reeks volgende week maandag om 14:00')).toContain(
      'De reeks staat: elke 4 weken vanaf maandag 12 januari 2026 om 14:00.',
    );
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.firstStart).toBe('2026-01-12T14:00');
  });

  it('Teams: the move card has a calendar and a clock; a date in the past comes back beside the field', async () => {
    await typeInTeams('verplaats');
    const sent = await teams.waitFor((c) => c.path.startsWith(`/v3/conversations/${TEAMS_CHANNEL}/`));
    const card = JSON.stringify(sent.body.attachments);
    expect(card).toContain('"type":"Input.Date","id":"nieuwe_datum"');
    expect(card).toContain('"type":"Input.Time","id":"nieuwe_tijd"');

    const invoke = cardActionInvoke({
      serviceUrl: teams.serviceUrl,
      userId: '29:hanneke',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      verb: 'bijeenkomst',
      data: {
        schakelForm: 'bijeenkomst',
        schakelMetadata: { overlegId: w.overlegId },
        bijeenkomst: '2026-02-09T14:00',
        actie: 'verplaatsen',
        nieuwe_datum: '2026-01-02',
        nieuwe_tijd: '10:00',
      },
    });
    const res = await postActivity(app.baseUrl, invoke);
    expect(res.status).toBe(200);
    const answer = JSON.stringify(await res.json());
    expect(answer).toContain(PAST_MOVED);
    expect(answer).toContain('"value":"2026-01-02"');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions ?? []).toEqual([]);
  });

  it('Teams typed: "verplaats 9 feb naar 10-02 om 10:00" moves that one meeting', async () => {
    await typeInTeams('verplaats 9 feb naar 10-02 om 10:00');
    const sent = await teams.waitFor(
      (c) =>
        c.path.startsWith(`/v3/conversations/${TEAMS_CHANNEL}/`) &&
        JSON.stringify(c.body).includes('verplaatst naar'),
    );
    expect(JSON.stringify(sent.body)).toContain('is verplaatst naar dinsdag 10 februari 2026 om 10:00');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toEqual([
      { kind: 'move', originalStart: '2026-02-09T14:00', start: '2026-02-10T10:00' },
    ]);
  });

  it('typed: a move to a date in the past is refused, a date that is none gets the usage', async () => {
    const past = await slash('verplaats 9 maart naar 2026-01-02');
    expect(past).toContain(PAST_MOVED.replace(/\.$/, ''));
    expect(past).toContain('bedoel je volgend jaar, typ dan 2 januari 2027');
    expect(await slash('verplaats 9 maart naar ooit')).toContain('Gebruik: /schakel verplaats');
    expect((await findSeries(tdb.db.pool, w.overlegId))?.definition.exceptions).toHaveLength(1);
  });

  it('typed: the stuurgroep date as people write it', async () => {
    expect(await slash('stuurgroep over twee weken')).toContain('Genoteerd: stuurgroep op');
    const { rows } = await tdb.db.pool.query('SELECT meeting_date::text AS d FROM stuurgroep_meetings');
    expect(rows).toEqual([{ d: '2026-01-19' }]);
  });
});
