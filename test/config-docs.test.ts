import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { envSchema } from '../src/config-schema.ts';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The variables named in the first column of the README's configuration table. */
function readmeVariables(): string[] {
  const section = read('README.md').split('\n## Configuration\n')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) =>
    [...(row.split('|')[1] ?? '').matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]!),
  );
}

/** The variables `.env.example` sets (commented lines are explanations, not settings). */
function envExampleVariables(): string[] {
  return read('.env.example')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]+)=/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

describe('the configuration is documented where people look', () => {
  const schema = Object.keys(envSchema.shape).sort();

  it('the README table names every variable the config schema reads, and no other', () => {
    expect([...new Set(readmeVariables())].sort()).toEqual(schema);
  });

  it('.env.example sets every variable once, and no other', () => {
    const names = envExampleVariables();
    expect(names.length).toBe(new Set(names).size);
    expect([...names].sort()).toEqual(schema);
  });

  it('.env.example describes the local chat Schakel serves, not the Teams SDK devtools it no longer uses', () => {
    // The README: the devtools "are no longer used"; a newcomer reading .env.example should not look for them.
    expect(read('.env.example')).not.toMatch(/devtools/i);
    expect(read('.env.example')).toContain('# The local chat in the browser (Schakel lokaal)');
  });

  it('the Agents Playground instruction starts Schakel the one way its /api/messages lets the Playground in', () => {
    // Plain local mode admits only the local chat (adapters/teams/local-chat-gate.ts): 401/403 for the Playground.
    expect(loadConfig({}).teams?.localChatOnly).toBe(true);
    const asked = loadConfig({ TEAMS_SKIP_AUTH: 'true' });
    expect(asked.teams?.localChatOnly).toBe(false);
    expect(asked.seedDemo).toBe(true); // the Playground's user is in the demo data
    const section =
      read('README.md').split("**In Microsoft's own client (optional).**")[1]?.split('\n\n')[0] ?? '';
    expect(section).toContain('TEAMS_SKIP_AUTH=true npm start');
    expect(section).toMatch(/401|403/);
  });

  it('the repository carries the licence package.json names', () => {
    expect(JSON.parse(read('package.json')).license).toBe('EUPL-1.2');
    const licence = read('LICENSE');
    expect(licence).toContain('EUROPEAN UNION PUBLIC LICENCE v. 1.2');
    expect(licence).toContain('Compatible Licences');
  });
});
