import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterAcks } from '../../adapters/slack/listeners/views/after-acks.ts';
import { slackRequestGate } from '../../adapters/slack/request-gate.ts';
import { systemClock } from '../../src/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';
import { interactionBody, signedHeaders } from '../support/slack-requests.ts';

const SECRET = 'gate-test-secret';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function signedSubmission(userId: string): { body: string; headers: Record<string, string> } {
  const payload = {
    type: 'view_submission',
    team: { id: 'T0TEST' },
    user: { id: userId, team_id: 'T0TEST' },
    view: { id: `V${userId}`, callback_id: 'checkin', state: { values: {} } },
  };
  const body = interactionBody(payload);
  return {
    body,
    headers: { ...signedHeaders(SECRET, body), 'content-length': String(Buffer.byteLength(body)) },
  };
}

describe('the Slack gate and the confirmations held for the acks', () => {
  it('a confirmation waits while another request of the burst is still being read, and goes once it is answered', async () => {
    const confirmations = afterAcks();
    const sent: string[] = [];
    const arrived: string[] = [];
    const closed: string[] = [];
    const gate = slackRequestGate({
      signingSecret: SECRET,
      clock: systemClock,
      handled: {
        claim: () => ({ claimed: Promise.resolve(true), member: Promise.resolve(null) }),
        release: async () => undefined,
      },
      // Behind the gate: each submission is acked, and its confirmation asked for after the ack.
      bolt: (_req, res, body) => {
        const user = (body as { user: { id: string } }).user.id;
        res.once('close', () => closed.push(user));
        res.end('');
        confirmations.later(() => sent.push(`bevestiging voor ${user}`));
      },
      logger: createLogger('silent'),
      metrics: createMetrics(),
      languages: { request: (fn) => fn(), readAhead: () => undefined },
      answering: confirmations,
    });
    const server = createServer((req, res) => {
      arrived.push(String(req.headers['x-slack-signature']));
      void gate(req, res);
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const post = (userId: string) => {
      const { body, headers } = signedSubmission(userId);
      const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers });
      const answered = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
      });
      return { req, body, answered };
    };

    // The second request has arrived, but its body is still on its way.
    const slow = post('U0TRAAG');
    slow.req.write(slow.body.slice(0, 20));
    await vi.waitFor(() => expect(arrived).toHaveLength(1));
    const fast = post('U0SNEL');
    fast.req.end(fast.body);
    expect(await fast.answered).toBe(200);
    // The first is answered and done with; the turns in which its confirmation could go pass.
    await vi.waitFor(() => expect(closed).toEqual(['U0SNEL']));
    for (let turn = 0; turn < 3; turn++) await new Promise((r) => setImmediate(r));
    expect(sent).toEqual([]);

    slow.req.end(slow.body.slice(20));
    expect(await slow.answered).toBe(200);
    await vi.waitFor(() =>
      expect(sent.sort()).toEqual(['bevestiging voor U0SNEL', 'bevestiging voor U0TRAAG']),
    );
  });
});
