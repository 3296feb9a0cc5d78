import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

/** What the command line answers to a word or a period it cannot use, and to --help. */
describe('the words of the command line', () => {
  it('`schakel COMMAND --help` opens with the summary as a sentence, then the usage', async () => {
    for (const command of ['national', 'cards', 'start']) {
      const r = await runCli([command, '--help'], {});
      expect(r.code, command).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines[0], command).toMatch(/^[A-Z].*\.$/);
      // The summary once, as that sentence: not again as a lower-case line at the end.
      expect(
        lines.slice(1).some((l) => l.toLowerCase().startsWith(lines[0]!.slice(0, 20).toLowerCase())),
      ).toBe(false);
    }
    const national = await runCli(['national', '--help'], {});
    expect(national.stdout.trim().split('\n')[0]).toBe(
      "Landelijk overzicht van alle regio's (checklist en samenwerkingsniveau).",
    );
  }, 60_000);

  it('`schakel members foo` names "foo" as the word it does not know', async () => {
    const r = await runCli(['members', 'foo'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"foo"');
    expect(r.stderr).toContain('schakel members import');
    const english = await runCli(['members', 'foo', '--en'], {});
    expect(english.stderr).toContain('"foo"');
  }, 60_000);

  it('a period that ends before it begins says to swap the dates, with the swapped period', async () => {
    const r = await runCli(['national', '--period', '2026-12-31..2026-01-01'], {});
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain('--period 2026-01-01..2026-12-31');
    const english = await runCli(['national', '--period', '2026-12-31..2026-01-01', '--en'], {});
    expect(english.stderr.split('\n')[0]).toContain('--period 2026-01-01..2026-12-31');
  }, 60_000);
});
