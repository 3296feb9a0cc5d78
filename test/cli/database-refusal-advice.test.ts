import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusingPostgres } from '../support/refusing-postgres.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * A server that has no database of DATABASE_URL's name: the advice names the user from
 * DATABASE_URL in its CREATE DATABASE, ready to paste, never the password.
 */
let server: Awaited<ReturnType<typeof refusingPostgres>>;
beforeAll(async () => {
  server = await refusingPostgres('3D000', 'database "zwaluwdorp" does not exist');
});
afterAll(() => server.close());

describe('a database that does not exist', () => {
  it('doctor and migrate name the user of DATABASE_URL as its owner', async () => {
    const env = { DATABASE_URL: `postgres://regiobeheer:Geheim99@127.0.0.1:${server.port}/zwaluwdorp` };
    for (const command of ['doctor', 'migrate']) {
      const r = await runCli([command], env);
      expect(r.code, command).toBe(1);
      const said = r.stdout + r.stderr;
      expect(said, command).toContain('CREATE DATABASE zwaluwdorp OWNER regiobeheer;');
      expect(said, command).not.toContain('OWNER gebruiker');
      expect(said, command).not.toContain('Geheim99');
    }
  }, 60_000);

  it('without a user in DATABASE_URL it says where the owner comes from', async () => {
    const r = await runCli(['doctor'], { DATABASE_URL: `postgres://127.0.0.1:${server.port}/zwaluwdorp` });
    expect(r.stdout).toContain('OWNER gebruiker');
  }, 60_000);
});
