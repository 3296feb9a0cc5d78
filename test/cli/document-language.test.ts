import { beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

/**
 * The documents for the stuurgroep and the region (digest, national overview, draft evaluation) are
 * Dutch unless `--en` is given: an operator whose terminal speaks English (LANG=en_US.UTF-8) hands
 * the stuurgroep a Dutch digest. What Schakel says to that operator follows the terminal, with
 * LC_ALL before LANG as POSIX has it.
 */
let env: Record<string, string>;
beforeAll(async () => {
  env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-document-language-', 'migrated') };
  expect((await runCli(['seed-demo'], env)).code).toBe(0);
}, 60_000);

const DOCUMENTS = [
  {
    name: 'digest',
    args: ['digest', '--region', 'demo-achterhoek', '--period', '2026-T2', '--format', 'md'],
    nl: 'Stuurgroep-samenvatting',
    en: 'Steering group digest',
  },
  {
    name: 'national',
    args: ['national', '--period', '2026-T2', '--format', 'md'],
    nl: 'Landelijk overzicht',
    en: 'National overview',
  },
  {
    name: 'evaluation',
    args: ['evaluation', '--region=demo-achterhoek', '--from=2026-01-01', '--to=2026-06-30'],
    nl: 'Wat ging goed?',
    en: 'What went well?',
  },
] as const;

describe('the language of documents and of messages', () => {
  it.each(DOCUMENTS)(
    '$name is Dutch under LANG=en_US.UTF-8, English only with --en',
    async (d) => {
      const terminal = { ...env, LANG: 'en_US.UTF-8' };
      const plain = await runCli([...d.args], terminal);
      expect(plain.code, plain.stderr).toBe(0);
      expect(plain.stdout).toContain(d.nl);
      expect(plain.stdout).not.toContain(d.en);
      const asked = await runCli([...d.args, '--en'], terminal);
      expect(asked.stdout).toContain(d.en);
    },
    60_000,
  );

  it('says where the digest went in the terminal language, the digest itself Dutch', async () => {
    const out = `${env.SCHAKEL_DATA_DIR}-digest.md`;
    const run = await runCli([...DOCUMENTS[0].args, '--out', out], { ...env, LANG: 'en_US.UTF-8' });
    expect(run.stdout).toBe(`Digest written to ${out}\n`);
  }, 60_000);

  it('takes LC_ALL before LANG for what it says to the operator', async () => {
    const dutch = await runCli(['wat'], { LANG: 'en_US.UTF-8', LC_ALL: 'nl_NL.UTF-8' });
    expect(dutch.stderr).toContain('Onbekend commando "wat"');
    const english = await runCli(['wat'], { LANG: 'nl_NL.UTF-8', LC_ALL: 'en_GB.UTF-8' });
    expect(english.stderr).toContain('Unknown command "wat"');
    const lang = await runCli(['wat'], { LANG: 'en_US.UTF-8', LC_ALL: '' });
    expect(lang.stderr).toContain('Unknown command "wat"');
  }, 60_000);
});
