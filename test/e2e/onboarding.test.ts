import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { addMember } from '../support/fixtures.ts';
import { type OnboardingHarness, startOnboardingHarness } from '../support/onboarding-harness.ts';
import { blockActionsBody, postInteraction, viewSubmissionBody } from '../support/slack-interactions.ts';
import { eventCallbackBody, postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';

const SECRET = 'onboarding-geheim';
// Monday 2 March 2026, 10:00 in Amsterdam (winter time, UTC+1).
const clock = manualClock('2026-03-02T09:00:00Z');
const SLACK_CHANNEL = 'C0NOORD';
const HANNEKE = { teamId: STAND_IN_TEAM, userId: 'U0HANNEKE' };

describe('Slack: a projectleider sets up a werkgroep with "/schakel nieuwe-werkgroep"', () => {
  let h: OnboardingHarness;
  const count = (from: string, params: unknown[] = []) => h.count(from, params);

  beforeAll(async () => {
    h = await startOnboardingHarness(SECRET, clock);
  });
  afterAll(async () => h?.stop());

  async function slash(text: string, userId = 'U0HANNEKE', channelId = SLACK_CHANNEL) {
    const body = slashCommandBody({
      text,
      userId,
      teamId: STAND_IN_TEAM,
      responseUrl: h.slack.responseUrl,
      channelId,
    });
    const res = await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, body);
    expect(res.status).toBe(200);
    // The ephemeral answer as JSON; quotes unescaped so the words read as the member reads them.
    return (await res.text()).replaceAll('\\"', '"');
  }

  let view: types.ModalView;
  const filled = (datum: string) => ({
    naam: 'Werkgroep Noord',
    soort: 'werkgroep',
    datum,
    tijd: '14:00',
    elke: '4',
    duur: '90',
    koppel: 'ja',
    leden: h.w.rubenId,
  });

  it('"/schakel nieuwe-werkgroep" opens the set-up form as a modal', async () => {
    await slash('nieuwe-werkgroep');
    const open = await h.slack.waitFor((c) => c.path === '/api/views.open');
    view = open.body.view as types.ModalView;
    expect(view.callback_id).toBe('werkgroep');
    const inputs = view.blocks.filter((b): b is types.InputBlock => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual([
      'naam',
      'soort',
      'datum',
      'tijd',
      'elke',
      'duur',
      'koppel',
      'leden',
    ]);
    const leden = inputs.find((b) => b.block_id === 'leden')?.element as types.MultiStaticSelect;
    // The region's members to choose from; the projectleider joins anyway.
    expect(leden.options?.map((o) => o.text.text)).toEqual(['Ruben Hofstede', 'Sanne Groenewoud']);
  });

  it('a lid typing it is refused in plain words, and no form opens', async () => {
    const opened = h.slack.callsTo('views.open').length;
    const answer = await slash('nieuwe-werkgroep', 'U0RUBEN');
    expect(answer).toContain('Alleen de projectleider of een beheerder van de regio');
    expect(h.slack.callsTo('views.open')).toHaveLength(opened);
  });

  it('a date in the past comes back beside the field, and nothing is stored', async () => {
    const res = await postInteraction(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      viewSubmissionBody(HANNEKE, view, filled('2026-02-23')),
    );
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { datum: 'Deze datum ligt in het verleden. Kies een eerste bijeenkomst vanaf vandaag.' },
    });
    expect(await count(`overleggen WHERE name = 'Werkgroep Noord'`)).toBe(0);
  });

  it('the right answers make the werkgroep with its series, members and this channel', async () => {
    const body = viewSubmissionBody(HANNEKE, view, filled('2026-03-10'));
    const res = await postInteraction(`${h.app.baseUrl}/slack/events`, SECRET, body);
    expect(res.body?.response_action).toBe('update');
    const said = JSON.stringify(res.body?.view);
    expect(said).toContain('Werkgroep Noord is aangemaakt, met 2 leden.');
    expect(said).toContain('Eerste bijeenkomst: dinsdag 10 maart 2026, 14:00–15:30, daarna elke 4 weken.');
    expect(said).toContain('/schakel agendapunt <tekst>');

    const { rows } = await h.tdb.db.pool.query(
      `SELECT o.id, o.kind, s.definition FROM overleggen o JOIN meeting_series s ON s.overleg_id = o.id
        WHERE o.name = 'Werkgroep Noord'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].kind).toBe('werkgroep');
    expect(rows[0].definition).toMatchObject({ firstStart: '2026-03-10T14:00', everyWeeks: 4 });
    const members = await h.tdb.db.pool.query(
      'SELECT m.name FROM overleg_members om JOIN members m ON m.id = om.member_id WHERE om.overleg_id = $1 ORDER BY m.name',
      [rows[0].id],
    );
    expect(members.rows.map((r) => r.name)).toEqual(['Hanneke Wiggers', 'Ruben Hofstede']);
    expect(
      await count('overleg_channels WHERE overleg_id = $1 AND channel_id = $2', [rows[0].id, SLACK_CHANNEL]),
    ).toBe(1);
    expect(
      await count(`audit_log WHERE action = 'werkgroep_aangemaakt' AND subject = $1`, [rows[0].id]),
    ).toBe(1);

    // Slack resends the same submission (a double click, a retry): one werkgroep, the same answer.
    const again = await postInteraction(`${h.app.baseUrl}/slack/events`, SECRET, body);
    expect(JSON.stringify(again.body?.view)).toContain('Werkgroep Noord is aangemaakt');
    expect(await count(`overleggen WHERE name = 'Werkgroep Noord'`)).toBe(1);
  });

  it('a second form with the same name is refused beside the name', async () => {
    await slash('nieuwe-werkgroep werkgroep noord');
    const open = await h.slack.waitFor(
      (c) => c.path === '/api/views.open' && JSON.stringify(c.body).includes('werkgroep noord'),
    );
    const second = open.body.view as types.ModalView;
    const res = await postInteraction(
      `${h.app.baseUrl}/slack/events`,
      SECRET,
      viewSubmissionBody(HANNEKE, second, {
        ...filled('2026-03-11'),
        naam: 'werkgroep noord',
        koppel: 'nee',
      }),
    );
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { naam: 'Er is al een overleg "Werkgroep Noord" in jullie regio. Kies een andere naam.' },
    });
    expect(await count(`overleggen WHERE lower(name) = 'werkgroep noord'`)).toBe(1);
  });

  it('its channel gets the agenda call and then the reminder at 09:00', async () => {
    clock.set('2026-03-03T08:00:30Z'); // Tuesday 09:00:30, a week before the first meeting
    await h.app.running.tick();
    const agendaCall = h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === SLACK_CHANNEL);
    expect(agendaCall).toHaveLength(1);
    expect(JSON.stringify(agendaCall[0]?.body)).toContain('Werkgroep Noord');

    clock.set('2026-03-09T08:00:30Z'); // Monday 09:00:30, the day before
    await h.app.running.tick();
    const posts = h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === SLACK_CHANNEL);
    expect(posts).toHaveLength(2);
    const reminder = JSON.stringify(posts[1]?.body.blocks);
    expect(reminder).toContain('Morgen: Werkgroep Noord');
    expect(reminder).toContain('dinsdag 10 maart 2026, 14:00–15:30');
  });

  it('"ontkoppel" naming a werkgroep not linked here unlinks nothing and says which one is', async () => {
    const answer = await slash('ontkoppel Werkgroep Oost');
    expect(answer).toContain(
      'Dit kanaal is gekoppeld aan Werkgroep Noord, niet aan de werkgroep die je noemt.',
    );
    expect(await count('overleg_channels WHERE channel_id = $1', [SLACK_CHANNEL])).toBe(1);
    expect(await count(`audit_log WHERE action = 'kanaal_ontkoppeld'`)).toBe(0);
  });

  it('"ontkoppel" unlinks this channel and "koppel" links another one, both in the logboek', async () => {
    expect(await slash('ontkoppel')).toContain('Dit kanaal is losgekoppeld van Werkgroep Noord.');
    expect(await count('overleg_channels WHERE channel_id = $1', [SLACK_CHANNEL])).toBe(0);
    expect(await slash('koppel Werkgroep Noord', 'U0HANNEKE', 'C0NOORD2')).toContain(
      'Dit kanaal is gekoppeld aan Werkgroep Noord.',
    );
    expect(await count(`overleg_channels WHERE channel_id = 'C0NOORD2'`)).toBe(1);
    expect(await count(`audit_log WHERE action IN ('kanaal_ontkoppeld', 'kanaal_gekoppeld')`)).toBe(2);
    const refused = await slash('koppel Werkgroep West', 'U0HANNEKE', 'C0NOORD3');
    expect(refused).toContain(
      'geen werkgroep met die naam. De werkgroepen zijn: Werkgroep Noord, Werkgroep Oost.',
    );
    // What was typed is not repeated: it could hold anything, a client's name too.
    expect(refused).not.toContain('West');
    expect(await slash('koppel mevr. Jansen met haar psychose', 'U0HANNEKE', 'C0NOORD3')).not.toContain(
      'Jansen',
    );
    expect(await slash('koppel Werkgroep Noord', 'U0RUBEN', 'C0NOORD3')).toContain('Alleen de projectleider');
    expect(await count(`overleg_channels WHERE channel_id = 'C0NOORD3'`)).toBe(0);
  });

  it('the App Home has "Nieuwe werkgroep" for the projectleider; it opens the form without a channel', async () => {
    const event = {
      type: 'app_home_opened',
      user: 'U0HANNEKE',
      channel: 'D0HANNEKE',
      tab: 'home',
      event_ts: '1.2',
    };
    await postToSlack(`${h.app.baseUrl}/slack/events`, SECRET, eventCallbackBody(STAND_IN_TEAM, event), {
      contentType: 'application/json',
    });
    const home = await h.slack.waitFor((c) => c.path === '/api/views.publish');
    expect(JSON.stringify(home.body.view)).toContain('"action_id":"werkgroep_nieuw"');
    const opened = h.slack.callsTo('views.open').length;
    const click = blockActionsBody(HANNEKE, {
      actionId: 'werkgroep_nieuw',
      value: 'nieuw',
      channelId: 'D0HANNEKE',
      responseUrl: h.slack.responseUrl,
    });
    expect((await postInteraction(`${h.app.baseUrl}/slack/events`, SECRET, click)).status).toBe(200);
    const open = await h.slack.waitFor(() => h.slack.callsTo('views.open').length > opened);
    const modal = JSON.stringify(open.body.view);
    expect(modal).toContain('"callback_id":"werkgroep"');
    expect(modal).not.toContain('"block_id":"koppel"');
    expect(modal).toContain('typ daar /schakel koppel');
  });

  it('a member\'s name or organisation too long for a choice is cut with "…", at 75 characters', async () => {
    const name = 'Anna-Sophie Wilhelmina Catharina Johanna van den Heuvel-Groenewoud tot Oosterbeek';
    const organisation = 'Stichting Geestelijke Gezondheidszorg Noord- en Midden-Nederland, locatie Oost';
    expect(name.length).toBeGreaterThan(75);
    const id = await addMember(h.tdb.db, { name, identities: [] });
    await h.tdb.db.pool.query('UPDATE members SET organisation = $1 WHERE id = $2', [organisation, id]);
    const opened = h.slack.callsTo('views.open').length;
    await slash('nieuwe-werkgroep');
    const open = await h.slack.waitFor(() => h.slack.callsTo('views.open').length > opened);
    const inputs = (open.body.view as types.ModalView).blocks.filter(
      (b): b is types.InputBlock => b.type === 'input',
    );
    const leden = inputs.find((b) => b.block_id === 'leden')?.element as types.MultiStaticSelect;
    const option = leden.options?.find((o) => o.value === id);
    expect(option?.text.text).toBe(`${name.slice(0, 74)}…`);
    expect(option?.description?.text).toBe(`${organisation.slice(0, 74)}…`);
  });

  it('a name that only looks like another (an invisible sign, an accent typed as two) makes no look-alike', async () => {
    const form = async (typed: string) => {
      await slash(`nieuwe-werkgroep ${typed}`);
      const open = await h.slack.waitFor(
        (c) => c.path === '/api/views.open' && JSON.stringify(c.body).includes(typed),
      );
      return open.body.view as types.ModalView;
    };
    const submit = async (view: types.ModalView, naam: string) =>
      postInteraction(
        `${h.app.baseUrl}/slack/events`,
        SECRET,
        viewSubmissionBody(HANNEKE, view, { ...filled('2026-03-11'), naam, koppel: 'nee' }),
      );
    const first = await form('Werkgroep Zuid');
    const hidden = (await submit(first, 'Werkgroep Noord\u200b')).body as { errors?: { naam?: string } };
    expect(hidden.errors?.naam).toContain('onzichtbaar teken');
    const made = (await submit(first, 'Cafe\u0301 Zuid')).body as { response_action?: string };
    expect(made.response_action).toBe('update');
    // The same name with the accent typed as one sign is the same name.
    const second = await form('Werkgroep West');
    expect((await submit(second, 'caf\u00e9 zuid')).body).toEqual({
      response_action: 'errors',
      errors: { naam: 'Er is al een overleg "Caf\u00e9 Zuid" in jullie regio. Kies een andere naam.' },
    });
    expect(await count(`overleggen WHERE name LIKE 'Werkgroep Noord%'`)).toBe(1);
  });
});
