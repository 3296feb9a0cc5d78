import { describe, expect, it } from 'vitest';
import { withDatabaseName } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// A server that answers but refuses Schakel is no server out of reach: the operator reads which
// (the role is unknown, the database does not exist) and what to do, never "kan de database niet
// bereiken ... en of de server draait". Needs a real PostgreSQL (TEST_DATABASE_URL).
describe.runIf(process.env.TEST_DATABASE_URL)('start and migrate against a server that refuses', () => {
  // Without TEST_DATABASE_URL the suite is skipped, but its body still runs to collect the tests:
  // a stand-in address keeps it from throwing there.
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const missingDatabase = withDatabaseName(server, 'schakel_bestaat_niet');
  const missingRole = (() => {
    const u = new URL(server);
    u.username = 'schakel_onbekende_rol';
    u.password = '';
    return u.toString();
  })();
  const run = (command: string, url: string) =>
    runCli([command], { DATABASE_URL: url, SCHAKEL_SCHEDULER: 'false', PORT: '0' });

  const cases = [
    [
      'a database',
      missingDatabase,
      'de database "schakel_bestaat_niet"',
      'CREATE DATABASE schakel_bestaat_niet',
    ],
    [
      'a role',
      missingRole,
      'de gebruiker (rol) "schakel_onbekende_rol"',
      'CREATE ROLE schakel_onbekende_rol LOGIN',
    ],
  ] as const;

  it.each(
    cases.flatMap(([what, url, named, advice]) =>
      ['migrate', 'start'].map((command) => [command, what, url, named, advice] as const),
    ),
  )(
    '%s: %s that does not exist is named, with how to make it',
    async (command, _what, url, named, advice) => {
      const r = await run(command, url);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(
        `De databaseserver antwoordt, maar weigert Schakel: ${named} bestaat niet op de databaseserver.`,
      );
      expect(r.stderr).toContain(advice);
      expect(r.stderr).not.toContain('niet bereiken');
      expect(r.stderr).not.toContain('of de server draait');
    },
  );
});
