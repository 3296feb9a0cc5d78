import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CHAT_CLIENT } from '../../adapters/teams/teams-user.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { oneConnection } from '../support/one-connection.ts';
import { cardActionInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';
import {
  startTeamsOverHttp,
  type TeamsConnectorStandIn,
  type TeamsOverHttp,
} from '../support/teams-over-http.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

describe('Teams over real HTTP', () => {
  let teams: TeamsOverHttp | undefined;
  let tdb: TestDatabase;
  let connector: TeamsConnectorStandIn;
  let app: TestApp;

  beforeAll(async () => {
    teams = await startTeamsOverHttp(
      { TEAMS_SKIP_AUTH: 'true' },
      { lotteIn: '7e57c0de-5c4a-4e1e-8a11-00000000a001' },
    );
    ({ tdb, connector, app } = teams);
  });
  afterAll(() => teams?.stop());

  it('replies to "help" with a Dutch Adaptive Card at the connector', async () => {
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:lotte' });
    const res = await postActivity(app.baseUrl, activity);
    expect(res.status).toBe(200);
    const sent = await teams!.replyTo(activity);
    const attachments = sent.body.attachments as Array<{ contentType: string; content: { version: string } }>;
    expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachments[0]?.content.version).toBe('1.5');
    const card = JSON.stringify(attachments[0]?.content);
    expect(card).toContain('Hoi Lotte!');
    expect(card).toContain('Werkgroep Oost');
    expect(card).toContain('gegevens van cliënten');
  });

  it('refuses an unknown text with a BSN without repeating it, and without the unknown-command hint', async () => {
    const activity = messageActivity({
      text: 'BSN 123456782',
      serviceUrl: connector.serviceUrl,
      userId: '29:lotte',
    });
    await postActivity(app.baseUrl, activity);
    const sent = await teams!.replyTo(activity);
    expect(JSON.stringify(sent.body)).toContain(nl.errors.privacyHeading);
    expect(JSON.stringify(sent.body)).not.toContain('Dat commando ken ik niet');
    expect(JSON.stringify(sent.body)).not.toContain('123456782');
    expect(app.logs.text).not.toContain('123456782');
  });

  it('in a channel the refusal asks its writer to delete the message (Teams cannot), and says it is a refusal', async () => {
    const activity = messageActivity({
      text: '<at>Schakel</at> BSN 123456782',
      serviceUrl: connector.serviceUrl,
      userId: '29:lotte',
      conversationId: '19:kanaal-oost@thread.tacv2',
      conversationType: 'channel',
    });
    await postActivity(app.baseUrl, activity);
    const sent = await teams!.replyTo(activity);
    const body = JSON.stringify(sent.body);
    expect(body).toContain(nl.errors.privacyHeading);
    expect(body).toContain(nl.errors.privacyDeleteOwn);
    expect(body).not.toContain(nl.errors.privacyTakenOut);
    expect(sent.body.channelData).toEqual({ schakel: { refusal: 'privacy', replyTo: activity.id } });
  });

  it('a message that says it came from the local chat, on Teams: the refusal still asks its writer to delete it', async () => {
    const activity = messageActivity({
      text: '<at>Schakel</at> BSN 123456782',
      serviceUrl: connector.serviceUrl,
      userId: '29:lotte',
      conversationId: '19:kanaal-noord@thread.tacv2',
      conversationType: 'channel',
    });
    await postActivity(app.baseUrl, { ...activity, entities: [LOCAL_CHAT_CLIENT] });
    const sent = await connector.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`),
    );
    const body = JSON.stringify(sent.body);
    expect(body).toContain(nl.errors.privacyDeleteOwn);
    expect(body).not.toContain(nl.errors.privacyTakenOut);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const res = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{niet json',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Dit verzoek is geen geldige JSON.' });
  });

  it('refuses a body over 1 MB (413) in Dutch and answers the next request on the same connection', async () => {
    const connection = oneConnection(app.baseUrl);
    try {
      const big = await connection.send('/api/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(2_000_000, ' '),
      });
      expect(big).toEqual({ status: 413, text: JSON.stringify({ error: 'Verzoek is te groot' }) });
      expect((await connection.send('/healthz')).status).toBe(200);
    } finally {
      connection.close();
    }
  });

  it('a sender that hangs up halfway through its body is refused, not logged or counted as a fault', async () => {
    // A proxy or a client that gives up mid-upload: the body never arrives whole.
    await new Promise<void>((resolve, reject) => {
      const socket = connect(app.running.port, '127.0.0.1', () => {
        socket.write(
          'POST /api/messages HTTP/1.1\r\nHost: schakel\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"type":"mess',
          () => socket.destroy(),
        );
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    const metrics = async () => (await fetch(`${app.baseUrl}/metrics`)).text();
    // Counted as a request refused before handling, like a body that is not JSON.
    await waitFor('the cut-off request counted as refused', async () =>
      /^schakel_refused_requests_total\{platform="teams",reason="aborted"\} 1$/m.test(await metrics()),
    );
    expect(await metrics()).not.toMatch(/^schakel_handler_errors_total\{[^}]*\} [1-9]/m);
    expect(app.logs.lines.filter((l) => l.includes('"level":50'))).toEqual([]);
  });

  it.each([
    ['membersRemoved that is no list', { type: 'conversationUpdate', membersRemoved: 'iedereen' }],
    ['a removed member that is null', { type: 'conversationUpdate', membersRemoved: [null] }],
    [
      'a deleted channel whose id is a number',
      { type: 'conversationUpdate', channelData: { eventType: 'channelDeleted', channel: { id: 12 } } },
    ],
    ['a message whose team id is a number', { channelData: { team: { id: 5 } } }],
    ['a message whose entities are no list', { entities: 'vermelding' }],
    ['a mention without its text', { entities: [{ type: 'mention', mentioned: null, text: 5 }] }],
    ['an invoke whose value is null', { type: 'invoke', name: 'fileConsent/invoke', value: null }],
    ['an invoke whose value is a text', { type: 'invoke', name: 'fileConsent/invoke', value: 'ja' }],
    [
      'Schakel added to a conversation of a type Teams does not have',
      {
        type: 'installationUpdate',
        action: 'add',
        conversation: {
          id: 'a:soort-onbekend',
          conversationType: 'vergadering',
          tenantId: '7e57c0de-5c4a-4e1e-8a11-00000000a001',
        },
      },
    ],
  ])(
    'an activity with %s is refused (400) before any handler: nothing logged as a fault',
    async (_what, change) => {
      const activity = {
        ...messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:lotte' }),
        ...change,
      };
      const res = await postActivity(app.baseUrl, activity);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'Dit is geen activiteit die Schakel begrijpt' });
      expect(app.logs.lines.filter((l) => l.includes('"level":50'))).toEqual([]);
    },
  );

  it.each(['checkin_open', 'digest_publish', 'actiepunt_klaar', 'werkgroep_kies', 'schakel_commando'])(
    'a button %s whose value is no text is answered in words, not as a fault',
    async (verb) => {
      const invoke = cardActionInvoke({
        serviceUrl: connector.serviceUrl,
        userId: '29:lotte',
        tenantId: '7e57c0de-5c4a-4e1e-8a11-00000000a001',
        verb,
        // JSON cannot carry a function: an object whose toString is text cannot be made a string.
        data: { action: verb, value: { toString: 'geen tekst' } },
      });
      const res = await postActivity(app.baseUrl, invoke);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('"statusCode":200');
      expect(text).not.toContain('Er ging iets mis');
      expect(app.logs.lines.filter((l) => l.includes('"level":50'))).toEqual([]);
    },
  );

  it.each([
    ['a verb no handler knows (a card of an older Schakel)', 'onbekende_knop', {}],
    ['a quick input without the action its card names', 'quick_input', { input: 'x', quick_x: 'iets' }],
    ['a klaar button without its action', 'actiepunt_klaar', { value: '1' }],
  ])(
    'a card button with %s: a Dutch message that says what to do, never an empty answer',
    async (_what, verb, data) => {
      const activity = cardActionInvoke({
        serviceUrl: connector.serviceUrl,
        userId: '29:lotte',
        tenantId: '7e57c0de-5c4a-4e1e-8a11-00000000a001',
        verb,
        data,
      });
      const res = await postActivity(app.baseUrl, activity);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Deze knop ken ik niet (meer). Typ help voor wat je nu kunt doen.',
      });
      expect(app.logs.text).not.toContain('Teams-activiteit mislukt');
    },
  );

  it('answers an activity carrying a "__proto__" field as any other', async () => {
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:lotte' });
    const body = `${JSON.stringify(activity).slice(0, -1)},"__proto__":{"type":"iets anders"}}`;
    const res = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    const sent = await teams!.replyTo(activity);
    expect(JSON.stringify(sent.body)).toContain('Hoi Lotte!');
    expect(app.logs.text).not.toContain('Teams-activiteit mislukt');
  });

  it('answers in plain Dutch when the database fails before the handler (the replay check), never silence', async () => {
    await tdb.db.pool.query('ALTER TABLE handled_requests RENAME TO handled_requests_weg');
    try {
      const activity = messageActivity({
        text: 'help',
        serviceUrl: connector.serviceUrl,
        userId: '29:lotte',
      });
      const res = await postActivity(app.baseUrl, activity);
      expect(res.status).toBeLessThan(500);
      const sent = await teams!.replyTo(activity);
      expect(String(sent.body.text)).toContain('Er ging iets mis in Schakel');
    } finally {
      await tdb.db.pool.query('ALTER TABLE handled_requests_weg RENAME TO handled_requests');
    }
  });
});
