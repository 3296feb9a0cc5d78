import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';
import { messageActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';

const START_LINE = /Schakel draait op (http:\/\/[\d.:]+)/;

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, then exits 0 with nothing left open', async () => {
    const connector = await startTeamsConnectorStandIn();
    const dataDir = await preparedDataDir('schakel-stop-', 'migrated');
    const schakel = startSchakel({
      PORT: '0',
      LOCAL_CHAT_PORT: String(await freePort()),
      SCHAKEL_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // A request from outside the local chat: local mode alone would refuse it (local-chat-gate.ts).
      TEAMS_SKIP_AUTH: 'true',
    });
    try {
      // Even from a migrated folder, starting a whole process can take long on a busy machine.
      const url = (await schakel.waitForLine(START_LINE, START_BOUND_MS)).match(START_LINE)?.[1];
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      // A request whose body is still arriving when the signal comes.
      const body = JSON.stringify(
        messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:x' }),
      );
      const half = Math.floor(body.length / 2);
      const req = request(`${url}/api/messages`, {
        method: 'POST',
        // The server answers "100 Continue" once it has read the headers: then the request is its own.
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      const answered = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
      });
      req.flushHeaders();
      await new Promise<void>((resolve) =>
        req.once('continue', () => req.write(body.slice(0, half), () => resolve())),
      );
      schakel.child.kill('SIGTERM');
      await schakel.waitForLine('Schakel stopt');
      req.end(body.slice(half));
      expect(await answered).toBe(200);
      expect((await schakel.waitForEnd(START_BOUND_MS)).code).toBe(0);
      expect(schakel.output()).toContain('Schakel is gestopt');
    } finally {
      await schakel.stop('SIGKILL');
      await connector.close();
    }
  });
});
