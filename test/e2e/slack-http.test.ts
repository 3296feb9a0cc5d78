import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { oneConnection } from '../support/one-connection.ts';
import { blockActionsBody } from '../support/slack-interactions.ts';
import { type SlackMemberApp, startSlackMemberApp } from '../support/slack-member-app.ts';
import {
  eventCallbackBody,
  interactionBody,
  postToSlack,
  signedHeaders,
  slashCommandBody,
} from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';

const SECRET = 'test-signing-secret-schakel';

describe('Slack over real HTTP', () => {
  let h: SlackMemberApp;
  let slack: SlackMemberApp['slack'];
  let app: SlackMemberApp['app'];
  let events: string;

  beforeAll(async () => {
    h = await startSlackMemberApp({
      secret: SECRET,
      name: 'Joris Veldkamp',
      userId: 'U0JORIS',
      slackLocales: { U0ROBIN: 'en-GB' },
    });
    ({ slack, app, events } = h);
  });
  afterAll(() => h?.stop());

  const help = (userId: string) =>
    slashCommandBody({ text: 'help', userId, teamId: STAND_IN_TEAM, responseUrl: slack.responseUrl });

  it('answers a signed /schakel help in Dutch, greeting the linked member by name', async () => {
    const res = await h.post(help('U0JORIS'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    const all = JSON.stringify(body.blocks);
    expect(all).toContain('Hoi Joris!');
    expect(all).toContain('Werkgroep Testregio');
    expect(all).toContain('/schakel help');
    expect(all).toContain('gegevens van cliënten');
  });

  it('tells an unknown Slack user to ask the projectleider', async () => {
    const res = await h.post(help('U0ONBEKEND'));
    const body = (await res.json()) as { blocks: unknown[] };
    expect(JSON.stringify(body.blocks)).toContain('Vraag je projectleider');
  });

  it('refuses a request signed with the wrong secret (401) and does not answer it', async () => {
    const before = slack.calls.length;
    const res = await postToSlack(events, 'not-the-secret', help('U0JORIS'));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('Schakel');
    expect(slack.calls.length).toBe(before);
  });

  it('refuses a correctly signed request that is five minutes old (401)', async () => {
    const old = Math.floor(Date.now() / 1000) - 5 * 60 - 1;
    const res = await h.post(help('U0JORIS'), { timestampSeconds: old });
    expect(res.status).toBe(401);
  });

  it('refuses a body altered after signing (401)', async () => {
    const res = await fetch(events, {
      method: 'POST',
      headers: signedHeaders(SECRET, help('U0JORIS')),
      body: help('U0ANDER'),
    });
    expect(res.status).toBe(401);
  });

  it("answers a button no listener knows at once with an empty 200, not the receiver's late 404", async () => {
    const after = slack.calls.length;
    const body = blockActionsBody(
      { userId: 'U0JORIS', teamId: STAND_IN_TEAM },
      { actionId: 'een_oude_knop', value: 'x', channelId: 'D0JORIS', responseUrl: slack.responseUrl },
    );
    const res = await h.post(body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    // Then the one who pressed it, and only they, read that Schakel does not know it.
    const answer = await slack.waitFor((c) => c.path.startsWith('/response/'), { after });
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.replace_original).toBe(false);
    expect(answer.body.text).toBe(
      'Deze knop ken ik niet (meer). Typ /schakel help voor wat je nu kunt doen.',
    );
  });

  it('on the App Home, which has no response_url, an unknown button opens a notice that says so', async () => {
    const after = slack.calls.length;
    const body = interactionBody({
      type: 'block_actions',
      api_app_id: 'A0SCHAKEL',
      team: { id: STAND_IN_TEAM },
      user: { id: 'U0JORIS', team_id: STAND_IN_TEAM },
      trigger_id: 'trigger-home-oude-knop',
      container: { type: 'view', view_id: 'V0HOME' },
      view: { id: 'V0HOME', type: 'home', blocks: [] },
      actions: [{ type: 'button', action_id: 'een_oude_thuisknop', block_id: 'thuis', action_ts: '1.2' }],
    });
    const res = await h.post(body);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const notice = await slack.waitFor((c) => c.path === '/api/views.open', { after });
    expect(notice.body.trigger_id).toBe('trigger-home-oude-knop');
    expect(JSON.stringify(notice.body.view)).toContain('Deze knop ken ik niet (meer).');
  });

  it('says so in English to a member whose Slack speaks English', async () => {
    const after = slack.calls.length;
    const body = blockActionsBody(
      { userId: 'U0ROBIN', teamId: STAND_IN_TEAM },
      { actionId: 'een_oude_knop', value: 'x', channelId: 'D0ROBIN', responseUrl: slack.responseUrl },
    );
    expect((await h.post(body)).status).toBe(200);
    const answer = await slack.waitFor((c) => c.path.startsWith('/response/'), { after });
    expect(String(answer.body.text)).toContain("I don't know this button (any more).");
  });

  it('refuses an unknown text with a BSN without echoing it, and without the unknown-command hint', async () => {
    const body = slashCommandBody({
      text: 'iets 123456782',
      userId: 'U0JORIS',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
    });
    const res = await h.post(body);
    const json = (await res.json()) as { text: string };
    expect(JSON.stringify(json)).toContain(nl.errors.privacyHeading);
    expect(JSON.stringify(json)).not.toContain('Dat commando ken ik niet');
    expect(JSON.stringify(json)).not.toContain('123456782');
  });

  it('answers "help" in a direct message through chat.postMessage at the Slack API', async () => {
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0JORIS',
      user: 'U0JORIS',
      text: 'help',
      ts: '1.2',
    };
    const res = await h.post(eventCallbackBody(STAND_IN_TEAM, event), {
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    const call = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0JORIS',
    );
    expect(call.headers.authorization).toBe('Bearer xoxb-test-token');
    expect(JSON.stringify(call.body.blocks)).toContain('Hoi Joris!');
  });

  it('a bare BSN in a direct message: the refusal only, nothing about an unknown command', async () => {
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0JORIS',
      user: 'U0JORIS',
      text: '123456782',
      ts: '1.3',
    };
    const after = slack.calls.length;
    const res = await h.post(eventCallbackBody(STAND_IN_TEAM, event), {
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    const call = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0JORIS',
      { after },
    );
    const said = JSON.stringify(call.body);
    expect(said).toContain(nl.errors.privacyHeading);
    expect(said).not.toContain('Dat commando ken ik niet');
    expect(said).not.toContain('123456782');
  });

  it("answers Slack's SSL check without a signature, and carries out nothing sent along with it", async () => {
    const before = slack.calls.length;
    // A form with a JSON payload is read as that payload: here a command, unsigned.
    const command = {
      command: '/schakel',
      text: 'help',
      user_id: 'U0JORIS',
      team_id: STAND_IN_TEAM,
      response_url: slack.responseUrl,
    };
    const smuggled = new URLSearchParams({ ssl_check: '1', payload: JSON.stringify(command) }).toString();
    const res = await fetch(events, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: smuggled,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain('Joris');
    expect(slack.calls.length).toBe(before);
  });

  it('answers the URL verification handshake', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'uitdaging-42', token: 'x' });
    const res = await h.post(body, { contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('uitdaging-42');
  });

  it('refuses a body over 4 MB (413) and answers the next request on the same connection', async () => {
    const connection = oneConnection(app.baseUrl);
    try {
      const big = await connection.send('/slack/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(5_000_000, 'a'),
      });
      expect(big).toEqual({ status: 413, text: JSON.stringify({ error: 'Verzoek is te groot' }) });
      const body = help('U0JORIS');
      const next = await connection.send('/slack/events', {
        method: 'POST',
        headers: signedHeaders(SECRET, body),
        body,
      });
      expect(next.status).toBe(200);
      expect(next.text).toContain('Hoi Joris!');
    } finally {
      connection.close();
    }
  });
});
