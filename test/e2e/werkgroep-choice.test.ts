import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { blockActionsBody } from '../support/slack-interactions.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { invokeActivity, postActivity } from '../support/teams-activities.ts';
import { sayInPersonalChat } from '../support/teams-chat.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'geheim-keuze';

/**
 * A member of two werkgroepen types a werkgroep command in a personal chat: instead of a refusal
 * they get a button per werkgroep, and the chosen one answers, on Slack and on Teams alike.
 */
describe('no dead end in a personal chat: choose the werkgroep', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock: manualClock('2026-03-16T09:00:00Z') });
    const pool = h.tdb.db.pool;
    const { rows } = await pool.query<{ region_id: string; member_id: string }>(
      `SELECT o.region_id, p.member_id FROM overleggen o, platform_identities p
        WHERE o.name = 'Werkgroep Oost' AND p.user_id = 'U0RUBEN'`,
    );
    const { region_id, member_id } = rows[0]!;
    const west = await pool.query<{ id: string }>(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ($1, 'Werkgroep West', 'werkgroep') RETURNING id`,
      [region_id],
    );
    await pool.query(
      "INSERT INTO actiepunten (overleg_id, description) VALUES ($1, 'Werkgeversontbijt West plannen')",
      [west.rows[0]!.id],
    );
    await pool.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
      west.rows[0]!.id,
      member_id,
    ]);
  });
  afterAll(async () => h?.stop());

  it('Slack: the answer asks which werkgroep, and the chosen button answers for it', async () => {
    const res = await postToSlack(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      slashCommandBody({
        text: 'actiepunten',
        userId: 'U0RUBEN',
        teamId: STAND_IN_TEAM,
        responseUrl: h.slack.responseUrl,
        channelId: 'D0RUBEN',
      }),
    );
    const asked = JSON.stringify(await res.json());
    expect(asked).toContain('Voor welke werkgroep is dit?');
    expect(asked).not.toContain('Je zit in meer dan één werkgroep: typ dit');
    const buttons = JSON.parse(asked).blocks.flatMap(
      (b: { elements?: Array<{ value?: string; text?: { text: string } }> }) => b.elements ?? [],
    );
    const chosen = buttons.find((b: { text?: { text: string } }) => b.text?.text === 'Werkgroep West');
    expect(buttons.map((b: { text?: { text: string } }) => b.text?.text)).toEqual([
      'Werkgroep Oost',
      'Werkgroep West',
    ]);

    const before = h.slack.calls.length;
    const click = await postToSlack(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      blockActionsBody(
        { userId: 'U0RUBEN', teamId: STAND_IN_TEAM },
        {
          actionId: 'werkgroep_kies',
          value: chosen.value,
          channelId: 'D0RUBEN',
          responseUrl: h.slack.responseUrl,
        },
      ),
    );
    expect(click.status).toBe(200);
    const answer = await h.slack.waitFor(
      (c) => h.slack.calls.indexOf(c) >= before && c.path.startsWith('/response/'),
    );
    expect(JSON.stringify(answer.body)).toContain('Werkgeversontbijt West plannen');
    expect(answer.body.replace_original).toBe(true);
  });

  it('Slack: a command with client data is refused before it is put on the buttons', async () => {
    const res = await postToSlack(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      slashCommandBody({
        text: 'agendapunt mevr. Jansen heeft een psychose, bespreken',
        userId: 'U0RUBEN',
        teamId: STAND_IN_TEAM,
        responseUrl: h.slack.responseUrl,
        channelId: 'D0RUBEN',
      }),
    );
    const answer = JSON.stringify(await res.json());
    expect(answer).toMatch(/een naam \(in het [^)]+\) samen met iets over iemands gezondheid of zorg/);
    expect(answer).not.toContain('Voor welke werkgroep is dit?');
    expect(answer).not.toContain('Jansen');
  });

  it('Teams: a command with client data is refused before it is put on the buttons', async () => {
    const reply = await sayInPersonalChat(
      h,
      '29:ruben',
      'agendapunt mevr. Jansen heeft een psychose, bespreken',
      'nl-NL',
    );
    expect(reply).toMatch(/een naam \(in het [^)]+\) samen met iets over iemands gezondheid of zorg/);
    expect(reply).not.toContain('Voor welke werkgroep is dit?');
    expect(reply).not.toContain('Jansen');
  });

  it('Teams: a projectleider-only command is refused at once, not after asking which werkgroep', async () => {
    // A newcomer's walk: a member typed vakantie, chose a werkgroep, and only then heard no.
    for (const typed of ['vakantie Meivakantie 25 april t/m 3 mei', 'verplaats 17 maart naar 18 maart']) {
      const reply = await sayInPersonalChat(h, '29:ruben', typed, 'nl-NL');
      expect(reply).toContain('Alleen de projectleider van deze regio mag dit doen. Dat is Hanneke Wiggers.');
      expect(reply).not.toContain('Voor welke werkgroep is dit?');
    }
  });

  it('Teams: the refusal names the projectleider of the member’s own region only, or says none is set and who sets one', async () => {
    const pool = h.tdb.db.pool;
    const other = await pool.query<{ id: string }>(
      "INSERT INTO regions (id, name) VALUES ('regio-elders', 'Regio Elders') RETURNING id",
    );
    const elsewhere = await pool.query<{ id: string }>(
      `INSERT INTO members (region_id, name, organisation, domain) VALUES ($1, 'Joost Elders', 'Gemeente Elders', 'gemeente') RETURNING id`,
      [other.rows[0]!.id],
    );
    await pool.query("INSERT INTO member_roles (member_id, role) VALUES ($1, 'projectleider')", [
      elsewhere.rows[0]!.id,
    ]);
    const named = await sayInPersonalChat(h, '29:ruben', 'verplaats 17 maart naar 18 maart', 'nl-NL');
    expect(named).toContain('Dat is Hanneke Wiggers.');
    expect(named).not.toContain('Joost Elders');
    const { rows } = await pool.query<{ member_id: string }>(
      `DELETE FROM member_roles r USING members m WHERE r.member_id = m.id AND m.name = 'Hanneke Wiggers'
          AND r.role = 'projectleider' RETURNING r.member_id`,
    );
    try {
      const none = await sayInPersonalChat(h, '29:ruben', 'verplaats 17 maart naar 18 maart', 'nl-NL');
      expect(none).toContain(
        'Alleen de projectleider van deze regio mag dit doen. Deze regio heeft op dit moment geen projectleider. Vraag de beheerder van Schakel in jullie werkgroep of organisatie om een nieuwe projectleider aan te wijzen.',
      );
      expect(none).not.toContain('Joost Elders');
    } finally {
      await pool.query("INSERT INTO member_roles (member_id, role) VALUES ($1, 'projectleider')", [
        rows[0]!.member_id,
      ]);
    }
  });

  it('Teams: "klaar #n" and "checkin" answer at once when only one werkgroep holds that number or an open round', async () => {
    const pool = h.tdb.db.pool;
    const { rows } = await pool.query<{ id: string }>(
      "SELECT id FROM overleggen WHERE name = 'Werkgroep West'",
    );
    const west = rows[0]!.id;
    await pool.query(
      `INSERT INTO actiepunten (overleg_id, description, number, owner_id)
       SELECT $1, 'Flyer West drukken', 907, member_id FROM platform_identities WHERE user_id = 'U0RUBEN'`,
      [west],
    );
    const done = await sayInPersonalChat(h, '29:ruben', 'klaar #907', 'nl-NL');
    expect(done).not.toContain('Voor welke werkgroep is dit?');
    expect(done).toContain('Flyer West drukken');
    expect(done).toContain('Werkgroep West');
    // A number both werkgroepen hold is really ambiguous: then the question stays.
    await pool.query(
      "INSERT INTO actiepunten (overleg_id, description, number) SELECT id, 'Evaluatie plannen', 908 FROM overleggen WHERE name IN ('Werkgroep Oost', 'Werkgroep West')",
    );
    expect(await sayInPersonalChat(h, '29:ruben', 'klaar #908', 'nl-NL')).toContain(
      'Voor welke werkgroep is dit?',
    );

    await pool.query(
      `INSERT INTO checkin_rounds (overleg_id, occurrence, meeting_date, time_zone, opened_at, nudge_at, closes_at)
       VALUES ($1, '2026-03-12T14:00:00', '2026-03-12', 'Europe/Amsterdam', '2026-03-12T16:00:00Z',
               '2026-03-16T07:00:00Z', '2026-03-19T16:00:00Z')`,
      [west],
    );
    const form = await sayInPersonalChat(h, '29:ruben', 'checkin', 'nl-NL');
    expect(form).not.toContain('Voor welke werkgroep is dit?');
    expect(form).toContain('Werkgroep West');
  });

  /** In Teams' personal chat: `command` typed, the question's card, and the answer to its button `title`. */
  async function chooseInTeams(command: string, title: string): Promise<{ card: string; answer: string }> {
    const card = await sayInPersonalChat(h, '29:ruben', command, 'nl-NL');
    expect(card).toContain('Voor welke werkgroep is dit?');
    const actions = (
      JSON.parse(card).attachments as Array<{
        content: { actions: Array<{ title: string; verb: string; data: Record<string, unknown> }> };
      }>
    )[0]!.content.actions;
    expect(actions.map((a) => a.title)).toEqual(['Werkgroep Oost', 'Werkgroep West']);
    const chosen = actions.find((a) => a.title === title)!;
    const res = await postActivity(
      h.app.baseUrl,
      invokeActivity({
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId: 'a:personal-29:ruben', // where sayInPersonalChat typed
        verb: chosen.verb,
        data: chosen.data,
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    return { card, answer: JSON.stringify(body.value) };
  }

  it('Teams: the card asks which werkgroep, and the chosen button turns it into the answer', async () => {
    const { answer } = await chooseInTeams('actiepunten', 'Werkgroep West');
    expect(answer).toContain('Werkgeversontbijt West plannen');
  });

  it('Teams: after the choice, "volgende" and "agenda" name the werkgroep they answer for', async () => {
    // Werkgroep Oost meets every four weeks, set by its projectleider in its channel.
    const body = slashCommandBody({
      text: 'nieuwe-reeks 2026-03-30 14:00',
      userId: 'U0HANNEKE',
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId: 'C0OOST',
    });
    const made = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body);
    expect(JSON.stringify(await made.json())).toContain('De reeks staat');
    const upcoming = await chooseInTeams('volgende', 'Werkgroep Oost');
    expect(upcoming.answer).toContain('Volgende bijeenkomsten — Werkgroep Oost');
    const agenda = await chooseInTeams('agenda', 'Werkgroep Oost');
    expect(agenda.answer).toMatch(/Agenda voor [^"]+ — Werkgroep Oost/);
  });
});
