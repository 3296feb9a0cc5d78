import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { runCli } from '../support/run-cli.ts';
import {
  type RunningProcess,
  START_BOUND_MS,
  startSchakel,
  watchProcess,
} from '../support/schakel-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const server = process.env.TEST_DATABASE_URL;

const TEAMS = {
  TEAMS_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  TEAMS_CLIENT_SECRET: 'geheim',
  PUBLIC_URL: 'https://schakel.example',
};
const pgbouncer = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v pgbouncer'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
})();

// PgBouncer in transaction pooling hands each transaction whichever server connection is free:
// statements prepared by name (Schakel's hot paths: the replay claim, the check-in) are found on
// one connection and missing, or already there, on another. doctor says so before members meet it.
describe.skipIf(!server || !pgbouncer)('schakel doctor behind PgBouncer', () => {
  let tdb: TestDatabase;
  let bouncer: RunningProcess | undefined;
  let url: string;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    const target = new URL(tdb.url);
    const dir = mkdtempSync(join(tmpdir(), 'schakel-pgbouncer-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    writeFileSync(
      join(dir, 'pgbouncer.ini'),
      `[databases]\n* = host=${target.hostname} port=${target.port || 5432}\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = ${port}\nunix_socket_dir =\nauth_type = trust\nauth_file = ${join(dir, 'users.txt')}\npool_mode = transaction\ndefault_pool_size = 4\n`,
    );
    writeFileSync(join(dir, 'users.txt'), `"${decodeURIComponent(target.username)}" ""\n`);
    // PgBouncer will not run as root: as the server's own user then.
    const asUser = process.getuid?.() === 0 ? ['-u', 'postgres'] : [];
    bouncer = watchProcess(spawn(pgbouncer as string, [...asUser, join(dir, 'pgbouncer.ini')]));
    await bouncer.waitForLine('process up');
    target.port = String(port);
    url = target.toString();
  });
  afterAll(async () => {
    await bouncer?.stop();
    await tdb?.drop();
  });

  it('transaction pooling: names what Schakel needs that it does not give, and what to do', async () => {
    const r = await runCli(['doctor'], { DATABASE_URL: url, ...TEAMS });
    expect(r.stdout).toContain('✖ Database: een verbindingspooler (zoals PgBouncer) in transaction pooling');
    expect(r.stdout).toMatch(/→ [^\n]*pool_mode = session/);
    // The whole explanation is doctor's: why, and why max_prepared_statements is not enough.
    expect(r.stdout).toContain('prepared statement … does not exist');
    expect(r.stdout).toContain('max_prepared_statements');
    expect(r.code).toBe(1);
  });

  it(
    'schakel start behind it logs one short Dutch sentence, an error: what is wrong and what to do',
    async () => {
      const env = { DATABASE_URL: url, PORT: '0', LOG_LEVEL: 'info', ...TEAMS };
      const schakel = startSchakel(env);
      try {
        const line = JSON.parse(await schakel.waitForLine('PgBouncer', START_BOUND_MS));
        expect(line).toMatchObject({ level: 50 });
        const msg: string = line.msg;
        expect(msg).toMatch(/^[^.]*\.$/);
        expect(msg.length).toBeLessThanOrEqual(200);
        expect(msg).toContain('transaction pooling');
        expect(msg).toContain('pool_mode = session');
        expect(msg).toContain('direct met PostgreSQL');
        expect(msg).toContain('schakel doctor');
        expect(msg).not.toContain('prepared statement');
        await schakel.waitForLine('Schakel draait op', START_BOUND_MS);
        expect(schakel.output().match(/PgBouncer/g)).toHaveLength(1);
      } finally {
        await schakel.stop();
      }
    },
    2 * START_BOUND_MS,
  );

  it('straight to the server: no such line', async () => {
    const r = await runCli(['doctor'], { DATABASE_URL: tdb.url });
    expect(r.stdout).not.toContain('verbindingspooler');
  });
});
