import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.ts';
import { databaseText } from './support/database-text.ts';
import { runCli } from './support/run-cli.ts';
import { startTwoWorkspaces } from './support/slack-oauth-harness.ts';
import { GEMEENTE, GGZ } from './support/slack-stand-in.ts';

// Installed in many Slack workspaces: no SLACK_BOT_TOKEN, each workspace's token stored (sealed) at install.

describe('schakel members import with Slack installed in many workspaces', () => {
  let two: Awaited<ReturnType<typeof startTwoWorkspaces>>;
  let tdb: (typeof two)['tdb'];
  let slack: (typeof two)['slack'];
  const dir = mkdtempSync(join(tmpdir(), 'schakel-csv-oauth-'));
  const csv = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const env = () => ({ DATABASE_URL: tdb.url, DATABASE_POOL_MAX: '1', ...two.env });
  const run = (file: string, ...flags: string[]) =>
    runCli(['members', 'import', file, '--region', 'test-regio', ...flags], env());
  /** The tokens of the e-mail lookups made by the command just run. */
  const lookupTokens = async (command: Promise<Awaited<ReturnType<typeof runCli>>>) => {
    const before = slack.authorizationsOf('users.lookupByEmail').length;
    const result = await command;
    return { result, tokens: slack.authorizationsOf('users.lookupByEmail').slice(before) };
  };
  const slackIdentities = async (email: string) =>
    (
      await tdb.db.pool.query(
        `SELECT p.workspace, p.user_id FROM members m JOIN platform_identities p ON p.member_id = m.id
          WHERE m.email = $1 AND p.platform = 'slack' ORDER BY p.workspace`,
        [email],
      )
    ).rows;

  beforeAll(async () => {
    two = await startTwoWorkspaces({
      users: { 'anouk.visser@laborijn.example': 'U0ANOUK', 'bram.koster@ggnet.example': 'U0BRAM' },
    });
    ({ tdb, slack } = two);
    await two.installBoth(manualClock('2026-10-05T06:00:00Z'), [
      'commands',
      'chat:write',
      'users:read',
      'users:read.email',
    ]);
  });
  afterAll(() => two?.stop());

  it('--workspace of a workspace without Schakel says so and stores nothing', async () => {
    const before = await databaseText(tdb.db);
    const file = csv(
      'uwv.csv',
      'naam,organisatie,domein,e-mail,rol\nCor Dijkman,UWV,uwv,cor.dijkman@uwv.example,lid\n',
    );
    const { result, tokens } = await lookupTokens(run(file, '--workspace', 'T0UWV'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Schakel is niet geïnstalleerd in Slack-werkruimte T0UWV');
    expect(result.stderr).toContain('Er is niets opgeslagen');
    expect(tokens).toEqual([]);
    expect(await databaseText(tdb.db)).toBe(before);
  });

  it("with --werkgroep, looks each e-mail up in every workspace of the werkgroep's channels, with that workspace's token", async () => {
    const file = csv(
      'oost.csv',
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,anouk.visser@laborijn.example,lid\nCor Dijkman,UWV,uwv,cor.dijkman@uwv.example,lid\n',
    );
    const { result, tokens } = await lookupTokens(run(file, '--werkgroep', 'Werkgroep Oost'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Gekoppeld: Anouk Visser (slack)');
    expect(result.stdout).toContain('- Cor Dijkman <cor.dijkman@uwv.example>');
    expect(new Set(tokens)).toEqual(new Set([`Bearer ${GEMEENTE.botToken}`, `Bearer ${GGZ.botToken}`]));
    expect(tokens).toHaveLength(4); // two people, two workspaces
    // The stand-in knows one account per address; each workspace's answer is kept under that workspace.
    expect(await slackIdentities('anouk.visser@laborijn.example')).toEqual([
      { workspace: GEMEENTE.teamId, user_id: 'U0ANOUK' },
      { workspace: GGZ.teamId, user_id: 'U0ANOUK' },
    ]);
  });

  it('with --workspace, searches only that workspace; without a werkgroep or --workspace it says Slack was not searched', async () => {
    const file = csv(
      'ggz.csv',
      'naam,organisatie,domein,e-mail,rol\nBram Koster,GGNet,ggz,bram.koster@ggnet.example,lid\n',
    );
    const unsearched = await lookupTokens(run(file));
    expect(unsearched.result.code).toBe(0);
    expect(unsearched.result.stderr).toContain('niet in Slack gezocht');
    expect(unsearched.result.stderr).toContain('--workspace T');
    expect(unsearched.result.stdout).toContain('- Bram Koster <bram.koster@ggnet.example>');
    expect(unsearched.tokens).toEqual([]);

    const { result, tokens } = await lookupTokens(run(file, '--workspace', GGZ.teamId));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Gekoppeld: Bram Koster (slack)');
    expect(tokens).toEqual([`Bearer ${GGZ.botToken}`]);
    expect(await slackIdentities('bram.koster@ggnet.example')).toEqual([
      { workspace: GGZ.teamId, user_id: 'U0BRAM' },
    ]);
  });
});
