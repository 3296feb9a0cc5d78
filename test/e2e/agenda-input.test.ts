import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { elementWithId } from '../support/card-element.ts';
import { databaseText } from '../support/database-text.ts';
import { type seedWerkgroep, TEAMS_CHANNEL, TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import {
  eventCallbackBody,
  interactionBody,
  postToSlack,
  slashCommandBody,
} from '../support/slack-requests.ts';
import { STAND_IN_TEAM, type startSlackStandIn } from '../support/slack-stand-in.ts';
import { cardActionInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';
import type { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

const SECRET = 'agenda-geheim';
const clock = manualClock('2026-09-29T06:00:00Z'); // Tuesday; the agenda call for 6 October is due at 09:00

describe('adding an agendapunt from the agenda call, on Slack and Teams', () => {
  let h: WerkgroepHarness;
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let teams: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;
  let w: Awaited<ReturnType<typeof seedWerkgroep>>;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET, clock, slackNames: { U0SANNE: 'Sanne de Wit' } });
    ({ tdb, slack, teams, app, w } = h);
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await app.running.core.rhythm.createSeries(pl, w.overlegId, {
      firstStart: '2026-10-06T14:00',
      durationMinutes: 90,
    });
    clock.set('2026-09-29T07:00:10Z');
    await app.running.tick();
  });
  afterAll(async () => h?.stop());

  const agenda = async () =>
    (await tdb.db.pool.query('SELECT text FROM agenda_items ORDER BY created_at')).rows.map((r) => r.text);

  it('the agenda call has the button in Slack and the input in the Teams card', async () => {
    const call = slack.callsTo('chat.postMessage')[0];
    expect(JSON.stringify(call?.body.blocks)).toContain('"action_id":"quick_agendapunt"');
    const card = JSON.stringify(teams.sentTo(TEAMS_CHANNEL)[0]?.body.attachments);
    expect(card).toContain('"id":"quick_agendapunt"');
    expect(card).toContain('"verb":"quick_input"');
  });

  async function slackSubmit(userId: string, text: string) {
    const payload = {
      type: 'view_submission',
      team: { id: STAND_IN_TEAM },
      user: { id: userId },
      api_app_id: 'A0SCHAKEL',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'quick_input',
        private_metadata: JSON.stringify({ input: 'agendapunt', value: w.overlegId }),
        title: { type: 'plain_text', text: 'Agendapunt toevoegen' },
        state: { values: { tekst: { tekst: { type: 'plain_text_input', value: text } } } },
      },
    };
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, interactionBody(payload));
    expect(res.status).toBe(200);
    return (await res.json()) as { response_action: string; errors?: Record<string, string>; view?: unknown };
  }

  it('Slack: the button opens the form', async () => {
    const payload = {
      type: 'block_actions',
      team: { id: STAND_IN_TEAM },
      user: { id: 'U0RUBEN' },
      api_app_id: 'A0SCHAKEL',
      trigger_id: '123.456.abc',
      channel: { id: 'C0OOST' },
      actions: [
        {
          type: 'button',
          action_id: 'quick_agendapunt',
          block_id: 'b1',
          value: w.overlegId,
          text: { type: 'plain_text', text: 'Agendapunt toevoegen' },
        },
      ],
    };
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, interactionBody(payload));
    expect(res.status).toBe(200);
    const open = await slack.waitFor((c) => c.path === '/api/views.open');
    expect(open.body.trigger_id).toBe('123.456.abc');
    expect(JSON.stringify(open.body.view)).toContain('"callback_id":"quick_input"');
  });

  it('Slack: a submitted agendapunt is stored and confirmed in the form', async () => {
    const answer = await slackSubmit('U0RUBEN', 'Rol van de jobcoach na plaatsing');
    expect(answer.response_action).toBe('update');
    expect(JSON.stringify(answer.view)).toContain('Genoteerd voor de bijeenkomst van dinsdag 6 oktober 2026');
    expect(await agenda()).toEqual(['Rol van de jobcoach na plaatsing']);
  });

  it('Slack: client data is refused beside the field, nothing stored, the form stays open', async () => {
    const answer = await slackSubmit('U0RUBEN', 'Mw. Bakker woont op Kerkstraat 12 en is opgenomen');
    expect(answer.response_action).toBe('errors');
    expect(answer.errors?.tekst).toContain('Niet opgeslagen');
    expect(JSON.stringify(answer)).not.toContain('Bakker');
    expect(await agenda()).toEqual(['Rol van de jobcoach na plaatsing']);
    expect(await databaseText(tdb.db)).not.toContain('Kerkstraat');
  });

  it('Slack: someone outside the werkgroep is refused', async () => {
    const answer = await slackSubmit('U0VREEMDE', 'Iets');
    expect(answer.errors?.tekst).toContain('Ik ken je nog niet');
  });

  /** Ruben presses the quick input's button in the channel's card with this data; Schakel's answer to the press. */
  async function pressInCard(data: Record<string, unknown>) {
    const invoke = cardActionInvoke({
      serviceUrl: teams.serviceUrl,
      userId: '29:ruben',
      tenantId: TEAMS_TENANT,
      conversationId: TEAMS_CHANNEL,
      verb: 'quick_input',
      data,
    });
    const res = await postActivity(app.baseUrl, invoke);
    expect(res.status).toBe(200);
    return (await res.json()) as { type: string; value: unknown };
  }

  it('Teams: the card input is stored and the member gets a message; the same point again, and refusals, are said', async () => {
    const send = async (text: string) =>
      (await pressInCard({
        action: 'quick_input',
        input: 'agendapunt',
        value: w.overlegId,
        quick_agendapunt: text,
      })) as { statusCode: number; type: string; value: string };
    const ok = await send('Terugblik op de leerbijeenkomst');
    expect(ok).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Genoteerd voor de bijeenkomst van dinsdag 6 oktober 2026, 14:00–15:30.',
    });
    // Pressed again with the same text (any case, spaces around it): said, not added twice.
    expect((await send('  terugblik op de Leerbijeenkomst ')).value).toBe(
      'Dit punt staat al op de agenda van de bijeenkomst van dinsdag 6 oktober 2026, 14:00–15:30.',
    );
    // The é of one typed as e and an accent (a Mac keyboard, a pasted text) is the same é.
    expect((await send('Opening café-overleg')).value).toContain('Genoteerd');
    expect((await send('opening cafe\u0301-overleg')).value).toContain('Dit punt staat al op de agenda');
    // A zero-width space or soft hyphen pasted inside a word shows nothing: the same point.
    expect((await send('Opening ca\u200Bfé-over\u00ADleg')).value).toContain(
      'Dit punt staat al op de agenda',
    );
    expect(await agenda()).toEqual([
      'Rol van de jobcoach na plaatsing',
      'Terugblik op de leerbijeenkomst',
      'Opening café-overleg',
    ]);
  });

  it('Teams: client data typed in the card is refused with the card answered: the one-field form, its field empty, the reason beside it; sent from there it is stored', async () => {
    const before = await agenda();
    const refused = await pressInCard({
      action: 'quick_input',
      input: 'agendapunt',
      value: w.overlegId,
      quick_agendapunt: 'BSN 111222333 bespreken',
    });
    // A card in place of the one pressed (Teams shows it to Ruben only): his refused text is gone.
    expect(refused.type).toBe('application/vnd.microsoft.card.adaptive');
    const field = elementWithId(refused.value, 'tekst');
    expect(field).toMatchObject({ type: 'Input.Text' });
    expect(field?.value ?? '').toBe('');
    expect(JSON.stringify(refused.value)).toContain('Niet opgeslagen');
    expect(JSON.stringify(refused.value)).not.toContain('111222333');
    expect(await agenda()).toEqual(before);

    // He types it again without the number in that form and sends it: stored, the form turns into the answer.
    const submit = (elementWithId(refused.value, 'tekst') && findSubmit(refused.value)) as {
      verb: string;
      data: Record<string, unknown>;
    };
    expect(submit.verb).toBe('quick_input');
    const sent = await pressInCard({ ...submit.data, tekst: 'Wachttijd bij de jobcoach bespreken' });
    expect(sent.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(sent.value)).toContain('Genoteerd voor de bijeenkomst van dinsdag 6 oktober 2026');
    expect(await agenda()).toEqual([...before, 'Wachttijd bij de jobcoach bespreken']);
  });

  /** The card's submit action (Action.Execute with its data). */
  function findSubmit(card: unknown): unknown {
    const actions = (card as { actions?: Array<{ type: string }> }).actions ?? [];
    return actions.find((a) => a.type === 'Action.Execute');
  }

  /** Ruben's direct message to Schakel, as Slack writes it; returns once Schakel has answered. */
  async function dmRuben(text: string, ts: string) {
    const before = slack.calls.length;
    const dm = eventCallbackBody(STAND_IN_TEAM, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0RUBEN',
      user: 'U0RUBEN',
      text,
      ts,
    });
    const sent = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, dm, {
      contentType: 'application/json',
    });
    expect(sent.status).toBe(200);
    await slack.waitFor((c) => c.path === '/api/chat.postMessage', { after: before });
  }

  it('Slack: a typed agendapunt with &, < or > is stored as typed, not as the entities Slack sends them as', async () => {
    // Slack sends the three signs it uses for its own markup as HTML entities in typed text.
    const command = slashCommandBody({
      text: 'agendapunt GGZ &amp; UWV: wachttijd &lt; 6 weken, &gt; 2 trajecten',
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, command);
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Genoteerd voor de bijeenkomst');
    expect((await agenda()).at(-1)).toBe('GGZ & UWV: wachttijd < 6 weken, > 2 trajecten');
    // A direct message to Schakel likewise.
    await dmRuben('agendapunt Jobcoach &amp; werkgever', '1700000000.000200');
    expect((await agenda()).at(-1)).toBe('Jobcoach & werkgever');
  });

  it('Slack: a colleague mentioned in a typed agendapunt is stored as their name, not as <@U…>', async () => {
    // In a direct message Slack writes a mention as <@U…> (with the name after a | at times).
    await dmRuben(
      'agendapunt Overdracht met <@U0SANNE> &amp; <@U0PIET|piet>, niet met <@U0NIEMAND>',
      '1700000000.000300',
    );
    expect((await agenda()).at(-1)).toBe('Overdracht met @Sanne de Wit & @piet, niet met @iemand');
    // After /schakel likewise (the name asked once is remembered).
    const command = slashCommandBody({
      text: 'agendapunt Terugkoppeling door <@U0SANNE>',
      userId: 'U0RUBEN',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
      channelId: 'C0OOST',
    });
    const res = await postToSlack(`${app.baseUrl}/slack/events`, SECRET, command);
    expect(JSON.stringify(await res.json())).toContain('Genoteerd voor de bijeenkomst');
    expect((await agenda()).at(-1)).toBe('Terugkoppeling door @Sanne de Wit');
    expect(slack.callsTo('users.info').filter((c) => c.body.user === 'U0SANNE')).toHaveLength(1);
  });

  it('Teams: a colleague mentioned in a typed agendapunt keeps their name; only Schakel’s own mention goes', async () => {
    const bot = { id: '28:schakel-bot', name: 'Schakel' };
    const colleague = { id: '29:sanne', name: 'Sanne de Wit' };
    const activity = {
      ...messageActivity({
        text: `<at>Schakel</at> agendapunt Overdracht bespreken met <at>${colleague.name}</at>`,
        serviceUrl: teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
        conversationId: TEAMS_CHANNEL,
        conversationType: 'channel',
      }),
      recipient: bot,
      entities: [
        { type: 'mention', text: '<at>Schakel</at>', mentioned: bot },
        { type: 'mention', text: `<at>${colleague.name}</at>`, mentioned: colleague },
      ],
    };
    const before = teams.calls.length;
    expect((await postActivity(app.baseUrl, activity)).status).toBe(200);
    await teams.waitFor((c) => JSON.stringify(c.body).includes('Genoteerd voor de bijeenkomst'), {
      after: before,
    });
    expect((await agenda()).at(-1)).toBe('Overdracht bespreken met Sanne de Wit');
  });

  it('the same point pressed twice at once: stored once, the other press told it is there', async () => {
    const ruben = await findMember(tdb.db.pool, w.rubenId);
    const add = () => app.running.core.rhythm.addAgendaItem(ruben, w.overlegId, 'Werkplekbezoek plannen');
    const [first, second] = await Promise.allSettled([add(), add()]);
    expect([first.status, second.status].sort()).toEqual(['fulfilled', 'rejected']);
    const refused = [first, second].find((r) => r.status === 'rejected');
    expect(JSON.stringify(refused?.reason.problems)).toContain('Dit punt staat al op de agenda');
    expect((await agenda()).filter((t) => t === 'Werkplekbezoek plannen')).toHaveLength(1);
  });
  it('the same point with extra spaces or a full stop at the end: said, not listed twice', async () => {
    const ruben = await findMember(tdb.db.pool, w.rubenId);
    const add = (text: string) => app.running.core.rhythm.addAgendaItem(ruben, w.overlegId, text);
    await add('Inzet praktijkleerbedrijven');
    await expect(add('  inzet   Praktijkleerbedrijven.')).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ message: expect.stringContaining('Dit punt staat al op de agenda') }),
      ],
    });
    await expect(add('inzet praktijkleerbedrijven?!')).rejects.toMatchObject({
      problems: [expect.anything()],
    });
    expect((await agenda()).filter((t) => /praktijkleerbedrijven/i.test(t))).toEqual([
      'Inzet praktijkleerbedrijven',
    ]);
  });
});
