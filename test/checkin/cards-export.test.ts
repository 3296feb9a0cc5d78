import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../adapters/adaptive-cards.ts';
import { runCli } from '../support/run-cli.ts';
import { slackSurfaceProblems } from './slack-surface-limits.ts';

/** `schakel cards --out DIR`, run as a designer runs it, and every file it writes checked. */
describe('schakel cards', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'schakel-cards-')), 'kaarten');
  let result: Awaited<ReturnType<typeof runCli>>;
  const files = (platform: string) => readdirSync(join(out, platform)).sort();
  const read = (platform: string, file: string): unknown =>
    JSON.parse(readFileSync(join(out, platform, file), 'utf8'));

  beforeAll(async () => {
    result = await runCli(['cards', '--out', out], {});
  }, 60_000);

  it('writes every message and form for both platforms and says where', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ bestanden geschreven in .*kaarten \(teams\/ en slack\/\)\.\n$/);
    for (const name of [
      'checkin-direct',
      'checkin-nudge',
      'checkin-saved',
      'round-summary',
      'form-checkin',
      'form-checklist',
      'form-progress',
      'form-series-new',
      'form-one-meeting',
      'form-new-werkgroep',
      'reminder',
      'help',
      'help-alles',
    ]) {
      expect(files('teams')).toContain(`${name}.json`);
      expect(files('slack')).toContain(`${name}.json`);
    }
    expect(files('teams')).toContain('checkin-privacy-refusal.json');
  });

  it('every Adaptive Card parses without errors or warnings in Microsoft’s adaptivecards package', () => {
    const problems = files('teams').flatMap((f) =>
      adaptiveCardProblems(read('teams', f)).map((p) => `${f}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('no message or form names a setting or a command-line tool: people are told who to ask', () => {
    for (const platform of ['teams', 'slack']) {
      for (const f of files(platform)) {
        const text = readFileSync(join(out, platform, f), 'utf8');
        expect(text, f).not.toMatch(
          /\b(PUBLIC_URL|SCHAKEL_[A-Z_]+|SLACK_[A-Z_]+|TEAMS_[A-Z_]+|LOCAL_CHAT)\b/,
        );
        expect(text, f).not.toMatch(/schakel (members|import|export|doctor|migrate|seed-demo)\b/);
      }
    }
  });

  it('every Block Kit surface stays within Slack’s documented limits', () => {
    const problems = files('slack').flatMap((f) =>
      slackSurfaceProblems(read('slack', f)).map((p) => `${f}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('the check-in direct message is the form itself on Teams, a button that opens it on Slack', () => {
    expect(read('teams', 'checkin-direct.json')).toMatchObject({
      actions: [{ type: 'Action.Execute', verb: 'checkin' }],
    });
    expect(JSON.stringify(read('slack', 'checkin-direct.json'))).toContain('"action_id":"checkin_open"');
    expect(read('slack', 'form-checkin.json')).toMatchObject({ type: 'modal', callback_id: 'checkin' });
  });

  it('refuses to run without --out, with the usage in Dutch', async () => {
    const r = await runCli(['cards'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Gebruik: schakel cards --out MAP');
  });
});
