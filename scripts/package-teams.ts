/**
 * `npm run package:teams`: builds dist/schakel-teams.zip, the app package a Teams beheerder
 * uploads (docs/install-teams.md). Reads TEAMS_APP_ID, TEAMS_CLIENT_ID and PUBLIC_URL from the
 * environment, and from .env when there is one, like `npm start` does.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTeamsPackage, PackageError } from './teams/app-package.ts';
import { SettingsError } from './teams/settings.ts';

export const DEFAULT_OUT_FILE = fileURLToPath(new URL('../dist/schakel-teams.zip', import.meta.url));

async function main(): Promise<number> {
  // Values already in the environment win over .env, as with node --env-file.
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    const { outFile, entries } = await buildTeamsPackage(process.env, DEFAULT_OUT_FILE);
    process.stdout.write(
      `Teams-app-pakket gemaakt: ${relative(process.cwd(), outFile)} (${entries.join(', ')})\n` +
        'Upload het in het Teams-beheercentrum of via Apps → Apps beheren → Een app uploaden.\n',
    );
    return 0;
  } catch (err) {
    if (err instanceof SettingsError) {
      const [only, ...more] = err.problems;
      if (more.length === 0) {
        process.stderr.write(`Kan het Teams-app-pakket niet maken: ${err.message}\n`);
        return 1;
      }
      process.stderr.write(
        `Kan het Teams-app-pakket niet maken: ${err.problems.length} instellingen ontbreken of kloppen niet.\n`,
      );
      for (const p of [only!, ...more]) process.stderr.write(`  - ${p.variable} ${p.problem}\n`);
      return 1;
    }
    if (err instanceof PackageError) {
      process.stderr.write(`Kan het Teams-app-pakket niet maken: ${err.message}.\n`);
      for (const problem of err.problems) process.stderr.write(`  - ${problem}\n`);
      return 1;
    }
    throw err;
  }
}

if (import.meta.main) process.exitCode = await main();
