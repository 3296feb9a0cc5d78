import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tertiaalOf } from '../../src/schedule/tertialen.ts';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

/** Today's date in Amsterdam, as the command reads it (YYYY-MM-DD). */
const todayInAmsterdam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

// `schakel digest` for a period not over yet says so with the chat preview's words, so a stuurgroep
// does not read a half-filled tertiaal as the whole; a period that is over carries no such line.

describe('schakel digest of a period that is not over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-digest-running-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let env: Record<string, string>;
  const digest = (period: string, format: string, ...rest: string[]) =>
    runCli(['digest', '--region', 'fictief-oost', '--period', period, '--format', format, ...rest], env);

  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-digest-running-', 'migrated') };
    writeFileSync(join(dir, 'regio.json'), JSON.stringify(spreadsheetRegion()));
    expect((await runCli(['import', join(dir, 'regio.json')], env)).code).toBe(0);
  });

  it('the running tertiaal is marked in Markdown and HTML, in English under --en; a past one is not', async () => {
    const running = tertiaalOf(todayInAmsterdam()).label;
    const md = await digest(running, 'md');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(
      /\*Let op: deze periode loopt nog t\/m .*; wat er tot dan nog gebeurt, staat hier niet in\.\*/,
    );
    const html = await digest(running, 'html');
    expect(html.stdout).toContain('<p><em>Let op: deze periode loopt nog t/m');
    const en = await digest(running, 'md', '--en');
    expect(en.stdout).toMatch(
      /\*Note: this period runs until .*; what happens until then is not in it yet\.\*/,
    );
    const past = await digest('2025-T1', 'md');
    expect(past.code).toBe(0);
    expect(past.stdout).not.toContain('loopt nog');
  });

  it('a tertiaal that has not begun makes no digest and names the current one', async () => {
    const running = tertiaalOf(todayInAmsterdam()).label;
    const out = join(dir, 'toekomst.md');
    const ahead = await digest('2030-T1', 'md', '--out', out);
    expect(ahead.code).toBe(2);
    expect(ahead.stdout).toBe('');
    expect(ahead.stderr).toContain(
      `2030-T1 is nog niet begonnen, dus er is nog niets om samen te vatten; er is niets gemaakt. Het huidige tertiaal is ${running}`,
    );
    expect(existsSync(out)).toBe(false);
    const en = await digest('2030-T1', 'md', '--en');
    expect(en.stderr).toContain(`2030-T1 has not begun`);
    expect(en.code).toBe(2);
  });
});
