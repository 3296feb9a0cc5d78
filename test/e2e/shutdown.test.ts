import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { cliWords } from '../support/run-cli.ts';
import { messageActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { waitFor } from '../support/wait-for.ts';

// A generous bound for a whole process to start (or stop) on a busy two-core machine.
const START_BOUND_MS = 90_000;

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, then exits 0 with nothing left open', async () => {
    const connector = await startTeamsConnectorStandIn();
    const dataDir = await preparedDataDir('schakel-stop-', 'migrated');
    const child = spawn(process.execPath, cliWords('start'), {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        LOCAL_CHAT_PORT: String(await freePort()),
        SCHAKEL_DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    let exitCode: { code: number | null } | undefined;
    child.on('exit', (code) => {
      exitCode = { code };
    });
    try {
      // Even from a migrated folder, starting a whole process can take long on a busy machine.
      const url = await waitFor(
        'the start line',
        () => out.match(/Schakel draait op (http:\/\/[\d.:]+)/)?.[1],
        START_BOUND_MS,
      );
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
      child.kill('SIGTERM');
      await waitFor('the shutdown to begin', () => out.includes('Schakel stopt'));
      req.end(body.slice(half));
      expect(await answered).toBe(200);
      expect(await waitFor('the process to exit', () => exitCode, START_BOUND_MS)).toEqual({ code: 0 });
      expect(out).toContain('Schakel is gestopt');
    } finally {
      child.kill('SIGKILL');
      await connector.close();
    }
  });
});
