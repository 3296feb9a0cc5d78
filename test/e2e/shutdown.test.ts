import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { BIN } from '../support/run-cli.ts';
import { messageActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';

describe('graceful shutdown', () => {
  it('finishes the request in flight on SIGTERM, then exits 0 with nothing left open', async () => {
    const connector = await startTeamsConnectorStandIn();
    const dataDir = join(mkdtempSync(join(tmpdir(), 'schakel-stop-')), 'data');
    const child = spawn(process.execPath, [BIN, 'start'], {
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
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line in 15 s:\n${out}`)), 15_000);
        child.stdout.on('data', () => {
          const m = out.match(/Schakel draait op (http:\/\/[\d.:]+)/);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      // A request whose body is still arriving when the signal comes.
      const body = JSON.stringify(
        messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:x' }),
      );
      const half = Math.floor(body.length / 2);
      const answered = new Promise<number>((resolve, reject) => {
        const req = request(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.write(body.slice(0, half));
        setTimeout(() => {
          child.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(half)), 300);
        }, 100);
      });
      expect(await answered).toBe(200);
      const code = await Promise.race([
        exited,
        new Promise((r) => setTimeout(() => r('still running'), 10_000)),
      ]);
      expect(code).toBe(0);
      expect(out).toContain('Schakel is gestopt');
    } finally {
      child.kill('SIGKILL');
      await connector.close();
    }
  });
});
