import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../scripts/teams/app-package.ts';
import {
  type Json,
  TEAMS_DIR,
  validateLanguageFile,
  validateManifest,
} from '../../scripts/teams/manifest.ts';
import { SettingsError } from '../../scripts/teams/settings.ts';

const ENV = {
  TEAMS_APP_ID: '0f8fad5b-d9cb-469f-a165-70867728950e',
  TEAMS_CLIENT_ID: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  PUBLIC_URL: 'https://schakel.gemeente.example/',
  SCHAKEL_PRIVACY_CONTROLLER: 'Gemeente Voorbeeldstad',
};
const SCRIPT = fileURLToPath(new URL('../../scripts/package-teams.ts', import.meta.url));

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schakel-teams-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the Teams app package', () => {
  it('holds manifest.json, its English strings, color.png and outline.png at the root of the zip', async () => {
    const { outFile } = await buildTeamsPackage(ENV, join(dir, 'schakel-teams.zip'));
    const entries = unzipSync(await readFile(outFile));
    expect(Object.keys(entries).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Json & {
      id: string;
      bots: { botId: string }[];
      validDomains: string[];
      developer: Record<string, string>;
    };
    expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
    expect(manifest.bots[0]?.botId).toBe(ENV.TEAMS_CLIENT_ID);
    expect(manifest.validDomains).toEqual(['schakel.gemeente.example']);
    // The links in the app's details lead to Schakel's own pages on this server.
    // Teams shows the organisation behind the app: the one the privacy statement names.
    expect(manifest.developer).toMatchObject({
      name: 'Gemeente Voorbeeldstad',
      websiteUrl: 'https://schakel.gemeente.example/',
      privacyUrl: 'https://schakel.gemeente.example/privacy',
      termsOfUseUrl: 'https://schakel.gemeente.example/gebruiksvoorwaarden',
    });
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(await validateManifest(manifest)).toEqual([]);

    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.compare(Buffer.from(entries[icon]!), await readFile(join(TEAMS_DIR, icon)))).toBe(0);
    }
  });

  it("is Dutch by default with an English localisation that Microsoft's schema accepts, for every command", async () => {
    const { outFile } = await buildTeamsPackage(ENV, join(dir, 'localised.zip'));
    const entries = unzipSync(await readFile(outFile));
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as Json & {
      localizationInfo: unknown;
      bots: { commandLists: { commands: { title: string }[] }[] }[];
    };
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nl-nl',
      additionalLanguages: [{ languageTag: 'en-us', file: 'en-us.json' }],
    });
    const english = JSON.parse(new TextDecoder().decode(entries['en-us.json'])) as Record<string, string>;
    expect(await validateLanguageFile(manifest, english, 'en-us.json')).toEqual([]);
    expect(english['description.short']).toContain('check-ins');
    manifest.bots[0]!.commandLists.forEach((list, i) => {
      list.commands.forEach((command, j) => {
        const key = `bots[0].commandLists[${i}].commands[${j}].description`;
        expect(english[key], `${command.title}: ${key}`).toMatch(/[a-z]/);
      });
    });
    // The schema check is live: a short description over Teams' 80 characters is refused.
    const tooLong = { ...english, 'description.short': 'x'.repeat(81) };
    expect(await validateLanguageFile(manifest, tooLong, 'en-us.json')).not.toEqual([]);
    // A translation of a command the manifest does not have is refused.
    expect(
      await validateLanguageFile(
        manifest,
        { ...english, 'bots[0].commandLists[1].commands[11].description': 'x' },
        'en-us.json',
      ),
    ).toEqual(['en-us.json: bots[0].commandLists[1].commands[11].description bestaat niet in manifest.json']);
  });

  it('is the same, byte for byte, when built twice from the same inputs', async () => {
    const a = await buildTeamsPackage(ENV, join(dir, 'a.zip'));
    const b = await buildTeamsPackage(ENV, join(dir, 'b.zip'));
    expect(Buffer.compare(await readFile(a.outFile), await readFile(b.outFile))).toBe(0);
  });

  it.each([
    ['TEAMS_APP_ID', { ...ENV, TEAMS_APP_ID: undefined }, /TEAMS_APP_ID ontbreekt/],
    ['TEAMS_CLIENT_ID', { ...ENV, TEAMS_CLIENT_ID: '' }, /TEAMS_CLIENT_ID ontbreekt/],
    ['PUBLIC_URL', { ...ENV, PUBLIC_URL: undefined }, /PUBLIC_URL ontbreekt/],
    ['TEAMS_APP_ID', { ...ENV, TEAMS_APP_ID: 'schakel' }, /TEAMS_APP_ID moet een GUID zijn/],
    ['PUBLIC_URL', { ...ENV, PUBLIC_URL: 'http://schakel.gemeente.example' }, /PUBLIC_URL moet met https/],
    [
      'SCHAKEL_PRIVACY_CONTROLLER',
      { ...ENV, SCHAKEL_PRIVACY_CONTROLLER: ' ' },
      /SCHAKEL_PRIVACY_CONTROLLER ontbreekt: de naam van je organisatie/,
    ],
    [
      'SCHAKEL_PRIVACY_CONTROLLER',
      { ...ENV, SCHAKEL_PRIVACY_CONTROLLER: 'Gemeenschappelijke Regeling Sociaal Domein Voorbeeldland' },
      /SCHAKEL_PRIVACY_CONTROLLER is te lang voor Teams: ten hoogste 32 tekens/,
    ],
  ])('refuses without a good %s, naming it', async (variable, env, message) => {
    const out = join(dir, `refused-${variable}.zip`);
    const attempt = buildTeamsPackage(env, out);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toBeInstanceOf(SettingsError);
    await expect(attempt).rejects.toMatchObject({ variable });
  });
});

describe('npm run package:teams', () => {
  it('stops with a Dutch message naming the missing variable, exit code 1', async () => {
    // An empty folder as working directory: no .env there to fill the gap.
    const run = promisify(execFile)(process.execPath, [SCRIPT], {
      cwd: dir,
      env: { ...ENV, PATH: process.env.PATH, TEAMS_APP_ID: '' },
    });
    const failure = await run.then(
      () => undefined,
      (err: { code?: number; stderr?: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('Kan het Teams-app-pakket niet maken: TEAMS_APP_ID ontbreekt');
  });

  it('names every missing variable in one run, each on its own line', async () => {
    const run = promisify(execFile)(process.execPath, [SCRIPT], {
      cwd: dir,
      env: { PATH: process.env.PATH, TEAMS_CLIENT_ID: ENV.TEAMS_CLIENT_ID },
    });
    const failure = await run.then(
      () => undefined,
      (err: { code?: number; stderr?: string }) => err,
    );
    expect(failure?.code).toBe(1);
    const lines = failure?.stderr?.trim().split('\n') ?? [];
    expect(lines[0]).toBe('Kan het Teams-app-pakket niet maken: 3 instellingen ontbreken of kloppen niet.');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}- TEAMS_APP_ID ontbreekt: /),
      expect.stringMatching(/^ {2}- PUBLIC_URL ontbreekt: /),
      expect.stringMatching(/^ {2}- SCHAKEL_PRIVACY_CONTROLLER ontbreekt: /),
    ]);
  });
});
