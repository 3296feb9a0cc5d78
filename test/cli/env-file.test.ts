import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, finished } from '../support/run-cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'schakel-env-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * `npm start` as npm runs it: package.json's start script, its node options and arguments, in
 * `cwd`. `migrate` instead of `start`, with a wrong PORT, so it ends at once on the setting.
 */
function npmStartWords(env: Record<string, string>, uid?: number) {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  // The command after `exec` (before it, the PATH for cmd.exe), without `node`.
  const words = (script.split('exec ').pop() ?? '')
    .split(/\s+/)
    .slice(1)
    .map((w) => (w === 'bin/schakel.mjs' ? join(ROOT, w) : w));
  const child = spawn(
    process.execPath,
    words.map((w) => (w === 'start' ? 'migrate' : w)),
    {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SCHAKEL_DATA_DIR: join(dir, 'data'), ...env },
      ...(uid === undefined ? {} : { uid }),
    },
  );
  return finished(child, '');
}

describe('npm start and .env', () => {
  it('without a .env file says nothing about it', async () => {
    rmSync(join(dir, '.env'), { force: true });
    const r = await npmStartWords({ PORT: 'abc' });
    expect(r.code).toBe(78);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).not.toContain('.env');
  });

  it('reads .env when it is there; a variable set in the environment wins', async () => {
    writeFileSync(join(dir, '.env'), 'PORT=uit-env-bestand\nLOG_LEVEL=warn\n');
    const fromFile = await npmStartWords({});
    expect(fromFile.code).toBe(78);
    expect(fromFile.stderr).toContain('uit-env-bestand');
    const fromEnvironment = await npmStartWords({ PORT: 'uit-omgeving' });
    expect(fromEnvironment.code).toBe(78);
    expect(fromEnvironment.stderr).toContain('uit-omgeving');
    expect(fromEnvironment.stderr).not.toContain('uit-env-bestand');
  });

  it('a .env that is no file ends in one Dutch line saying what to do, no stack', async () => {
    rmSync(join(dir, '.env'), { force: true });
    mkdirSync(join(dir, '.env'));
    try {
      const r = await npmStartWords({});
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Schakel kan .env niet lezen. Maak er een tekstbestand van');
      expect(r.stderr).not.toMatch(/\bat \S+:\d+/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      // English asked for (LANG): that one line in English only.
      const english = await npmStartWords({ LANG: 'en_GB.UTF-8' });
      expect(english.stderr.trim().split('\n')).toEqual([
        'Schakel cannot read .env. Make it a text file of NAME=value lines, or remove it.',
      ]);
    } finally {
      rmSync(join(dir, '.env'), { recursive: true, force: true });
    }
  });

  it('a .env it may not read is not passed over in silence (Node calls it ENOENT)', async () => {
    rmSync(join(dir, '.env'), { recursive: true, force: true });
    writeFileSync(join(dir, '.env'), 'DATABASE_URL=postgres://geheim@db/schakel\n');
    chmodSync(join(dir, '.env'), 0o000);
    // Root reads any file: then the test runs Schakel as "nobody", as a service user would be.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    try {
      const r = await npmStartWords({}, asRoot ? 65534 : undefined);
      expect(r.code).toBe(1);
      // A permission problem, said as one: no raw code, and no advice to rewrite or remove the file.
      expect(r.stderr.trim()).toBe(
        'Schakel mag .env niet lezen: geen toegang. Geef de gebruiker die Schakel draait leesrecht op het bestand (als eigenaar: chmod u+r .env).',
      );
      expect(r.stderr).not.toContain('geheim');
    } finally {
      rmSync(join(dir, '.env'), { force: true });
    }
  });
});

describe('every command and .env', () => {
  /** `schakel COMMAND` typed in `dir`, as an operator does after filling in .env there. */
  function schakelIn(command: string, ...flags: string[]) {
    const child = spawn(process.execPath, [BIN, command, ...flags], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', SCHAKEL_DATA_DIR: join(dir, 'data') },
    });
    return finished(child, '');
  }

  it('doctor and migrate read .env in the current folder, without --dotenv', async () => {
    writeFileSync(join(dir, '.env'), 'PORT=uit-env-bestand\n');
    try {
      for (const command of ['doctor', 'migrate']) {
        const r = await schakelIn(command);
        expect(r.code, command).toBe(78);
        expect(r.stderr, command).toContain('PORT');
        expect(r.stderr, command).toContain('uit-env-bestand');
      }
    } finally {
      rmSync(join(dir, '.env'), { force: true });
    }
  });

  it('an empty --dotenv= reads no file', async () => {
    writeFileSync(join(dir, '.env'), 'PORT=uit-env-bestand\nLOG_LEVEL=warn\n');
    try {
      const r = await schakelIn('migrate', '--dotenv=');
      expect(r.stderr).not.toContain('uit-env-bestand');
      expect(r.code).toBe(0);
    } finally {
      rmSync(join(dir, '.env'), { force: true });
    }
  });

  it('a --dotenv file the operator named must be there: one Dutch line, exit 1', async () => {
    const missing = join(dir, 'nope.env');
    const r = await schakelIn('doctor', `--dotenv=${missing}`);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Alles in orde');
    expect(r.stderr.trim().split('\n')).toEqual([
      `Schakel vindt ${missing} niet (genoemd met --dotenv). Controleer de naam, of laat --dotenv weg om .env in deze map te lezen.`,
    ]);
  });

  it('with --en the missing --dotenv file is said in English only', async () => {
    const r = await schakelIn('doctor', '--dotenv=missing.env', '--en');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'Schakel cannot find missing.env (named with --dotenv). Check the name, or leave --dotenv out to read .env in this folder.',
    ]);
  });
});
