import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/registry.ts';
import { freePort } from './support/free-port.ts';
import { BIN, runCli, runCliInProcess } from './support/run-cli.ts';

describe('the schakel command', () => {
  it('explains itself in Dutch', async () => {
    const r = await runCli(['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Gebruik:');
    for (const c of ['start', 'migrate', 'seed-demo']) expect(r.stdout).toContain(`schakel ${c}`);
  });

  it('and in English', async () => {
    const r = await runCli(['--help', '--en'], {});
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('apply the database migrations');
  });

  it('says its version, the one in package.json', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    const r = await runCli(['--version'], {});
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`schakel ${pkg.version}`);
  });

  it('explains a subcommand with --help and exits 0', async () => {
    const r = await runCli(['cards', '--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('schakel cards --out MAP');
  });

  it('explains every subcommand with --help and exits 0, without running it', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      const r = await runCliInProcess([...command.name.split(' '), '--help']);
      expect(r.code, `schakel ${command.name} --help`).toBe(0);
      expect(r.stdout).toContain(`schakel ${command.name}`);
      // The summary as the first sentence: a capital, whatever the list's line starts with.
      expect(r.stdout.toLowerCase()).toContain(command.summary.nl.toLowerCase());
      expect(r.stderr).toBe('');
    }
  });

  it('explains every subcommand in English with --help --en', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      const r = await runCliInProcess([...command.name.split(' '), '--help', '--en']);
      expect(r.code, `schakel ${command.name} --help --en`).toBe(0);
      expect(r.stdout).toContain(`Usage: schakel ${command.name}`);
      expect(r.stdout.toLowerCase()).toContain(command.summary.en.toLowerCase());
      expect(r.stdout, `schakel ${command.name} --help --en`).not.toMatch(
        /Gebruik|BESTAND|JJJJ|Leest|Schrijft/,
      );
      expect(r.stderr).toBe('');
    }
  });

  it('shows the English usage beside a wrong argument with --en', async () => {
    const r = await runCliInProcess(['schedule', 'preview', '--every', 'vaak', '--en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: schakel schedule preview --start YYYY-MM-DDTHH:MM');
  });

  it('names an unknown command and exits non-zero', async () => {
    const r = await runCli(['vliegen'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekend commando "vliegen"');
  });

  it('a command word with one slip is named as meant, and nothing is run', async () => {
    const members = await runCliInProcess(['memebrs', 'import', 'leden.csv', '--region', 'Oost']);
    expect(members.code).toBe(2);
    expect(members.stderr).toBe(
      'Onbekend commando "memebrs". Bedoel je "schakel members import"? Er is niets uitgevoerd. Typ "schakel --help" voor de lijst.\n',
    );
    const doctor = await runCliInProcess(['doctr', '--en']);
    expect(doctor.stderr).toContain('Did you mean "schakel doctor"? Nothing was run.');
    // Too short to guess from, or a word no command is near: the plain answer.
    expect((await runCliInProcess(['vliegen'])).stderr).not.toContain('Bedoel je');
  });

  it('a command of two words given one, or a wrong second, names the ones there are', async () => {
    for (const args of [['members'], ['members', '--region', 'x']]) {
      const r = await runCliInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toBe(
        '"schakel members" heeft nog een woord nodig: schakel members import of schakel members erase. Typ "schakel --help" voor de lijst.\n',
      );
    }
    const wrong = await runCliInProcess(['members', 'wis', '--region', 'x']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      '"wis" is geen commando van "schakel members": kies schakel members import of schakel members erase. Typ "schakel --help" voor de lijst.\n',
    );
    expect((await runCliInProcess(['members', '--en'])).stderr).toBe(
      '"schakel members" needs one more word: schakel members import or schakel members erase. Run "schakel --help" for the list.\n',
    );
  });

  it('stops on a wrong setting with one line naming the variable', async () => {
    const r = await runCli(['migrate'], { PORT: 'abc' });
    expect(r.code).toBe(78);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('PORT');
  });

  it.each([
    ['migrate', 'Controleer DATABASE_URL'],
    ['export', 'Controleer DATABASE_URL'],
    ['migrate --en', 'Check DATABASE_URL'],
  ])(
    '%s with DATABASE_URL pointing at nothing: one plain line that names the setting, exit 1',
    async (args, check) => {
      const port = await freePort();
      const r = await runCli(args.split(' '), {
        DATABASE_URL: `postgres://schakel:Wachtwoord123@127.0.0.1:${port}/schakel`,
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(check);
      expect(r.stderr).toContain(`127.0.0.1:${port}`);
      expect(r.stderr).toContain('schakel doctor');
      expect(r.stderr).not.toContain('Wachtwoord123');
      expect(r.stdout).toBe('');
    },
  );

  it('SCHAKEL_DATA_DIR naming a file, or a folder under one: one Dutch line that names the setting, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schakel-datamap-'));
    const file = join(dir, 'een-bestand');
    writeFileSync(file, '');
    try {
      for (const dataDir of [file, join(file, 'data')]) {
        const r = await runCli(['migrate'], { SCHAKEL_DATA_DIR: dataDir });
        expect(r.code).toBe(1);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(`Kan de map ${dataDir} niet maken`);
        expect(r.stderr).toContain('SCHAKEL_DATA_DIR');
        expect(r.stderr).not.toMatch(/EEXIST|ENOTDIR|already exists|not a directory/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('on a Node.js that is too old', () => {
  // The machine's own node (outside the project) is older than the project's; CI machines have it.
  const system = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => {
    try {
      const v = execFileSync(p, ['-p', 'process.versions.node'], { encoding: 'utf8' })
        .trim()
        .split('.')
        .map(Number);
      return (v[0] ?? 0) < 22 || ((v[0] ?? 0) === 22 && (v[1] ?? 0) < 18);
    } catch {
      return false;
    }
  });

  it.runIf(system)('bin/schakel.mjs stops with a clear message in Dutch and English', () => {
    const r = spawnSync(system!, [BIN, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Schakel heeft Node.js 22.18 of nieuwer nodig');
    expect(r.stderr).toContain('Schakel needs Node.js 22.18 or newer');
    expect(r.stderr).toContain('npm start');
  });
});
