import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_BODY_LIMIT } from '../../adapters/slack/request-gate.ts';
import { TEAMS_BODY_LIMIT } from '../../adapters/teams/http-bridge.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { TEAMS_TENANT } from '../support/rhythm-fixture.ts';
import { eventCallbackBody, signedHeaders } from '../support/slack-requests.ts';
import { STAND_IN_TEAM } from '../support/slack-stand-in.ts';
import { messageActivity } from '../support/teams-activities.ts';
import { startWerkgroepHarness, type WerkgroepHarness } from '../support/werkgroep-harness.ts';

// A tester's finding (http36): a request with Content-Encoding: gzip was read as if it were plain.
// Slack and Teams send none: such a request is refused (415) before its body is read. A body over
// the limit is refused too (413), and counted like the others on /metrics.
const SECRET = 'gecomprimeerd-geheim';

describe('compressed and oversized requests on the platform endpoints, over real HTTP', () => {
  let h: WerkgroepHarness;

  beforeAll(async () => {
    h = await startWerkgroepHarness({ secret: SECRET });
  });
  afterAll(async () => h?.stop());

  const refused = async (platform: string, reason = 'encoding') => {
    const text = await (await fetch(`${h.app.baseUrl}/metrics`)).text();
    const line = text
      .split('\n')
      .find((l) => l.startsWith(`schakel_refused_requests_total{platform="${platform}",reason="${reason}"}`));
    return Number(line?.split(' ').pop() ?? 0);
  };
  const faults = () => h.app.logs.lines.filter((l) => /"level":(50|60)/.test(l));
  /** `padding`: that many characters more, for a body over the limit. */
  const slackEvent = (padding = 0) =>
    eventCallbackBody(STAND_IN_TEAM, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0RUBEN',
      user: 'U0RUBEN',
      text: `help${' '.repeat(padding)}`,
      ts: '1.5',
    });
  const teamsMessage = (padding = 0) =>
    JSON.stringify(
      messageActivity({
        text: `help${' '.repeat(padding)}`,
        serviceUrl: h.teams.serviceUrl,
        userId: '29:ruben',
        tenantId: TEAMS_TENANT,
      }),
    );
  const post = (path: string, body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${h.app.baseUrl}${path}`, { method: 'POST', headers, body });

  it.each([
    ['gzip', (s: string) => gzipSync(s)],
    ['gzip, said of a plain body', (s: string) => s],
    ['br', (s: string) => s],
    ['identity, gzip', (s: string) => s],
  ])(
    'Content-Encoding %s: 415 in Dutch on /slack/events and /api/messages, nothing carried out',
    async (encoding, encode) => {
      const slackBefore = await refused('slack');
      const teamsBefore = await refused('teams');
      const calls = { slack: h.slack.calls.length, teams: h.teams.calls.length };
      const raw = slackEvent();
      const slack = await post('/slack/events', encode(raw), {
        ...signedHeaders(SECRET, raw, { contentType: 'application/json' }),
        'content-encoding': encoding.replace(/, said of a plain body$/, ''),
      });
      const teams = await post('/api/messages', encode(teamsMessage()), {
        'content-type': 'application/json',
        'content-encoding': encoding.replace(/, said of a plain body$/, ''),
      });
      for (const res of [slack, teams]) {
        expect(res.status).toBe(415);
        expect(await res.json()).toEqual({ error: nl.web.compressedRefused });
      }
      expect(nl.web.compressedRefused).toMatch(/^Gecomprimeerde verzoeken worden niet aangenomen/);
      expect(await refused('slack')).toBe(slackBefore + 1);
      expect(await refused('teams')).toBe(teamsBefore + 1);
      expect({ slack: h.slack.calls.length, teams: h.teams.calls.length }).toEqual(calls);
      expect(faults()).toEqual([]);
    },
  );

  it('Content-Encoding identity is a plain body: answered as usual', async () => {
    const raw = slackEvent();
    const slack = await post('/slack/events', raw, {
      ...signedHeaders(SECRET, raw, { contentType: 'application/json' }),
      'content-encoding': 'identity',
    });
    expect(slack.status).toBe(200);
    const teams = await post('/api/messages', teamsMessage(), {
      'content-type': 'application/json',
      'content-encoding': 'Identity',
    });
    expect(teams.status).toBe(200);
  });

  /** Sent in pieces, without a Content-Length: too long only while it is read. */
  const inPieces = (body: string) =>
    new ReadableStream({
      start(controller) {
        const bytes = new TextEncoder().encode(body);
        for (let at = 0; at < bytes.length; at += 64 * 1024)
          controller.enqueue(bytes.slice(at, at + 64 * 1024));
        controller.close();
      },
    });

  // Counted as every other refused request is (a Slack one was not; Teams counted it as "json").
  it.each([
    ['saying its length', false],
    ['sent in pieces', true],
  ])(
    'a body over the limit, %s: 413 on both endpoints, counted once each as too_large',
    async (_, pieces) => {
      const before = {
        slack: await refused('slack', 'too_large'),
        teams: await refused('teams', 'too_large'),
      };
      const calls = { slack: h.slack.calls.length, teams: h.teams.calls.length };
      const send = (path: string, body: string, headers: Record<string, string>) =>
        fetch(`${h.app.baseUrl}${path}`, {
          method: 'POST',
          headers,
          body: pieces ? inPieces(body) : body,
          ...(pieces ? { duplex: 'half' } : {}),
        } as RequestInit);
      const raw = slackEvent(SLACK_BODY_LIMIT);
      const slack = await send(
        '/slack/events',
        raw,
        signedHeaders(SECRET, raw, { contentType: 'application/json' }),
      );
      const teams = await send('/api/messages', teamsMessage(TEAMS_BODY_LIMIT), {
        'content-type': 'application/json',
      });
      expect([slack.status, teams.status]).toEqual([413, 413]);
      expect(await refused('slack', 'too_large')).toBe(before.slack + 1);
      expect(await refused('teams', 'too_large')).toBe(before.teams + 1);
      expect({ slack: h.slack.calls.length, teams: h.teams.calls.length }).toEqual(calls);
      expect(faults()).toEqual([]);
    },
  );
});
