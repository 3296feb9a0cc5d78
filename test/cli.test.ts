import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.ts';

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

  it('names an unknown command and exits non-zero', async () => {
    const r = await runCli(['vliegen'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Onbekend commando "vliegen"');
  });

  it('stops on a wrong setting with one line naming the variable', async () => {
    const r = await runCli(['migrate'], { PORT: 'abc' });
    expect(r.code).toBe(78);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('PORT');
  });
});
