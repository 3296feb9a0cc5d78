import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SlackMemberApp, startSlackMemberApp } from '../support/slack-member-app.ts';
import { eventCallbackBody, interactionBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';

// Fictional, as a person might paste it into a header Slack's signature does not cover.
const TYPED = 'BSN 999999990 Sanne Vermeulen heeft een diagnose';

/** Signed Slack requests whose headers or body are not what Slack sends: refused at the gate, not faults. */
describe('Slack gate: odd headers and bodies over real HTTP', () => {
  let h: SlackMemberApp;
  let slack: SlackMemberApp['slack'];
  let app: SlackMemberApp['app'];

  beforeAll(async () => {
    h = await startSlackMemberApp({
      secret: 'gate-shapes-signing-secret',
      name: 'Lotte Brink',
      userId: 'U0LOTTE',
    });
    ({ slack, app } = h);
  });
  afterAll(() => h?.stop());

  const metric = async (prefix: string) => {
    const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
    return text
      .split('\n')
      .filter((l) => l.startsWith(prefix))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  };
  const handlerErrors = () => metric('schakel_handler_errors_total{');
  const malformed = () => metric('schakel_refused_requests_total{platform="slack",reason="malformed"}');
  const errorLines = () => app.logs.lines.filter((l) => /"level":(50|60)/.test(l));

  it('logs a retry as its number only, never the text of the retry header, with one platform key', async () => {
    const body = eventCallbackBody(STAND_IN_TEAM, { type: 'app_home_opened', user: 'U0LOTTE', tab: 'home' });
    expect((await h.post(body, { contentType: 'application/json' })).status).toBe(200);
    const again = await h.post(body, {
      contentType: 'application/json',
      headers: { 'x-slack-retry-num': TYPED, 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(again.status).toBe(200);
    const third = await h.post(body, {
      contentType: 'application/json',
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(third.status).toBe(200);
    expect(app.logs.text).not.toContain('999999990');
    const replays = app.logs.lines.filter((l) => l.includes('herhaald verzoek beantwoord'));
    expect(replays.length).toBe(2);
    for (const line of replays) expect(line.match(/"platform"/g)?.length).toBe(1);
    expect(JSON.parse(replays[1] ?? '{}').retry).toBe(2);
    expect(JSON.parse(replays[0] ?? '{}').retry).toBeUndefined();
    // The home is published after the event is answered: waited for here, so it is not counted as
    // a call the next test's refused request made.
    await slack.waitFor((c) => c.path === '/api/views.publish');
  });

  const form = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();
  const user = { id: 'U0LOTTE', team_id: STAND_IN_TEAM };
  const buttons = (actions: unknown) =>
    interactionBody({
      type: 'block_actions',
      user,
      team: { id: STAND_IN_TEAM },
      response_url: slack.responseUrl,
      ...(actions === undefined ? {} : { actions }),
    });
  const interaction = (fields: Record<string, unknown>) =>
    interactionBody({
      type: 'block_actions',
      user,
      team: { id: STAND_IN_TEAM },
      response_url: slack.responseUrl,
      actions: [{ action_id: 'quick_input', block_id: 'b', type: 'button' }],
      ...fields,
    });
  const submitted = (view: Record<string, unknown>) =>
    interactionBody({
      type: 'view_submission',
      user,
      team: { id: STAND_IN_TEAM },
      view: { id: 'V0FORM', private_metadata: '', state: { values: {} }, ...view },
    });
  const shortcut = (fields: Record<string, unknown>) =>
    interactionBody({ type: 'shortcut', user, team: { id: STAND_IN_TEAM }, trigger_id: '1.2', ...fields });
  const commandWith = (fields: Record<string, string>) =>
    form(
      Object.entries({
        command: '/schakel',
        team_id: STAND_IN_TEAM,
        user_id: 'U0LOTTE',
        text: 'help',
        channel_id: 'C0WERKGROEP',
        response_url: slack.responseUrl,
        trigger_id: `1.${Math.random()}`,
        ...fields,
      }),
    );
  /** A check-in form whose one input holds `state`. */
  const picked = (state: Record<string, unknown>) => ({
    callback_id: 'checkin',
    state: { values: { samenwerkingsniveau: { samenwerkingsniveau: { type: 'static_select', ...state } } } },
  });
  // The button under a form inside a message ("Klaar melden"): its value is the form's metadata.
  const sendKlaar = { action_id: 'send_form:klaar', block_id: 'klaar_send', type: 'button', value: '{}' };
  // Events come as JSON, not as a form.
  const dm = {
    type: 'message',
    channel_type: 'im',
    channel: 'D0LOTTE',
    user: 'U0LOTTE',
    text: 'help',
    ts: '1.3',
  };
  const eventWith = (event: Record<string, unknown>) => ({ json: eventCallbackBody(STAND_IN_TEAM, event) });
  const command = (texts: string[]) =>
    form([
      ['command', '/schakel'],
      ['team_id', STAND_IN_TEAM],
      ['user_id', 'U0LOTTE'],
      ...texts.map((t): [string, string] => ['text', t]),
      ['response_url', slack.responseUrl],
      ['trigger_id', `1.${Math.random()}`],
    ]);

  it.each([
    ['a command with its text twice', () => command(['help', 'vergeet-mij bevestig'])],
    ['a command without text', () => command([])],
    ['buttons with actions null', () => buttons(null)],
    ['buttons with actions {}', () => buttons({})],
    ['buttons with actions [null]', () => buttons([null])],
    ['buttons without actions', () => buttons(undefined)],
    // Each a field Bolt reads (to match a listener, to answer) or Schakel looks a member up by.
    ['a form whose callback_id is a number', () => submitted({ callback_id: 0 })],
    ['a form whose view id is a number', () => submitted({ callback_id: 'checkin', id: 7 })],
    [
      'a form whose private_metadata is an object',
      () => submitted({ callback_id: 'x', private_metadata: {} }),
    ],
    ['a button whose block_id is a number', () => buttons([{ action_id: 'quick_input', block_id: 0 }])],
    ['a button whose type is a list', () => buttons([{ action_id: 'quick_input', type: [] }])],
    ['buttons whose trigger_id is a number', () => interaction({ trigger_id: 5 })],
    ['buttons from a channel whose id holds U+0000', () => interaction({ channel: { id: 'C0\u0000OOST' } })],
    [
      'buttons whose user team_id holds U+0000',
      () => interaction({ user: { id: 'U0LOTTE', team_id: 'T\u0000' } }),
    ],
    ['buttons whose enterprise id is a number', () => interaction({ enterprise: { id: 5 } })],
    ['a shortcut whose callback_id is an object', () => shortcut({ callback_id: {} })],
    ['a command from a channel whose id holds U+0000', () => commandWith({ channel_id: 'C0\u0000OOST' })],
    ['a command whose enterprise id holds a lone surrogate', () => commandWith({ enterprise_id: 'E\ud800' })],
    ['an event whose type is a number', () => eventWith({ type: 5, user: 'U0LOTTE' })],
    [
      'an event whose user holds U+0000',
      () => eventWith({ type: 'app_home_opened', user: 'U0\u0000', tab: 'home' }),
    ],
    [
      'an event whose channel holds U+0000',
      () => eventWith({ type: 'message', user: 'U0LOTTE', channel: 'D\u00000', text: 'help' }),
    ],
    // A tester's finding (http36): a DM whose text was an object failed in the listener as a
    // TypeError (text.matchAll) logged at level 50. Every event field a listener or Bolt reads is typed.
    ['a direct message whose text is an object', () => eventWith({ ...dm, text: { a: 1 } })],
    ['a direct message whose text is a number', () => eventWith({ ...dm, text: 5 })],
    ['a direct message whose subtype is a number', () => eventWith({ ...dm, subtype: 1 })],
    ['a direct message whose channel_type is a list', () => eventWith({ ...dm, channel_type: ['im'] })],
    ['a direct message whose ts is an object', () => eventWith({ ...dm, ts: {} })],
    ['a direct message without its channel', () => eventWith({ ...dm, channel: undefined })],
    [
      'an App Home whose tab is an object',
      () => eventWith({ type: 'app_home_opened', user: 'U0LOTTE', tab: {} }),
    ],
    ['an App Home opened by no one', () => eventWith({ type: 'app_home_opened', tab: 'home' })],
    ['tokens_revoked without tokens', () => eventWith({ type: 'tokens_revoked', event_ts: '1' })],
    [
      'tokens_revoked whose bot tokens are a text',
      () => eventWith({ type: 'tokens_revoked', tokens: { bot: 'U0' } }),
    ],
    // A tester's finding (attack37): what a form's inputs hold was not typed, so a list of picked
    // options that was text or held null, a button whose value was a number or an object, or a
    // message's state with a block that was null failed inside the listeners as faults (level 50).
    ['a form whose picked options are a text', () => submitted(picked({ selected_options: 'ja' }))],
    ['a form whose picked options hold null', () => submitted(picked({ selected_options: [null] }))],
    ['a form whose picked option is a number', () => submitted(picked({ selected_option: 3 }))],
    ['a form whose typed value is an object', () => submitted(picked({ value: { tekst: 'x' } }))],
    [
      'a Klaar button whose value is a number',
      () => buttons([{ action_id: 'actiepunt_klaar', type: 'button', value: 3 }]),
    ],
    [
      'a command button whose value is an object',
      () => buttons([{ action_id: 'schakel_commando', type: 'button', value: { commando: 'help' } }]),
    ],
    [
      'a form in a message whose state holds a block that is null',
      () => interaction({ state: { values: { actiepunt: null } }, actions: [sendKlaar] }),
    ],
    [
      'a form in a message whose picked option is a list',
      () =>
        interaction({
          state: { values: { 'actiepunt.1': { actiepunt: { selected_option: ['3'] } } } },
          actions: [sendKlaar],
        }),
    ],
    ['an event whose item is null', () => eventWith({ type: 'reaction_added', user: 'U0LOTTE', item: null })],
    ['an event whose subteam is null', () => eventWith({ type: 'subteam_created', subteam: null })],
  ])('refuses %s at once (400), as bad input, not as a fault', async (_name, body) => {
    const errorsBefore = await handlerErrors();
    const refusedBefore = await malformed();
    const linesBefore = errorLines().length;
    const calls = slack.calls.length;
    const started = Date.now();
    const sent = body();
    const res =
      typeof sent === 'string'
        ? await h.post(sent)
        : await h.post(sent.json, { contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await handlerErrors()).toBe(errorsBefore);
    expect(await malformed()).toBe(refusedBefore + 1);
    expect(errorLines().length).toBe(linesBefore);
    expect(slack.calls.length).toBe(calls);
    expect(app.logs.lines.at(-1)).toContain('ongeldig Slack-verzoek geweigerd (400)');
  });

  it('lets the same buttons, form and event through when every field is as Slack sends it', async () => {
    expect((await h.post(interaction({ channel: { id: 'C0OOST' }, trigger_id: '1.2' }))).status).toBe(200);
    expect((await h.post(submitted({ callback_id: 'onbekend' }))).status).toBe(200);
    expect((await h.post(submitted(picked({ selected_option: null })))).status).toBe(200);
    expect((await h.post(submitted(picked({ selected_options: [{ value: '3' }] })))).status).toBe(200);
    const state = { values: { 'actiepunt.1': { actiepunt: { selected_option: { value: '3' } } } } };
    expect((await h.post(interaction({ state, actions: [sendKlaar] }))).status).toBe(200);
    expect((await h.post(commandWith({ channel_id: 'C0OOST', enterprise_id: 'E0REGIO' }))).status).toBe(200);
    expect((await h.post(commandWith({ enterprise_id: '' }))).status).toBe(200);
    const event = eventWith({ type: 'app_home_opened', user: 'U0LOTTE', tab: 'home' });
    expect((await h.post(event.json, { contentType: 'application/json' })).status).toBe(200);
    const message = eventWith({ ...dm, ts: '1.4', thread_ts: '1.1', event_ts: '1.4' });
    expect((await h.post(message.json, { contentType: 'application/json' })).status).toBe(200);
  });

  it('answers another method than POST on the events address with 405 and Allow: POST, as no fault', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE']) {
      const res = await fetch(`${app.baseUrl}/slack/events`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow'), method).toBe('POST');
    }
    expect(errorLines()).toEqual([]);
  });

  it('refuses a signed body far larger than any Slack request (413), logged as no fault', async () => {
    const errorsBefore = await handlerErrors();
    const body = `${command(['help'])}&opvulling=${'a'.repeat(600_000)}`;
    const res = await h.post(body);
    expect(res.status).toBe(413);
    expect(await handlerErrors()).toBe(errorsBefore);
    expect(errorLines()).toEqual([]);
  });
});
