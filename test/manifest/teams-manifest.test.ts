import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICONS } from '../../scripts/make-icons.ts';
import { ICON_SIZES } from '../../scripts/teams/app-package.ts';
import {
  fillPlaceholders,
  type Json,
  officialSchemaPath,
  placeholdersIn,
  readManifestTemplate,
  TEAMS_DIR,
  validateManifest,
} from '../../scripts/teams/manifest.ts';
import { parseCommand } from '../../src/commands/parse.ts';

const SETTINGS = {
  appId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  clientId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  publicHost: 'schakel.gemeente.example',
  developerName: 'Gemeente Voorbeeldstad',
};

interface TeamsManifest {
  manifestVersion: string;
  version: string;
  id: string;
  accentColor: string;
  validDomains: string[];
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
}

const filled = async () => fillPlaceholders(await readManifestTemplate(), SETTINGS);

describe('the Teams manifest against Microsoft’s official schema (offline, @microsoft/app-manifest)', () => {
  it('uses a current schema version that the package ships', async () => {
    const { manifestVersion } = (await readManifestTemplate()) as unknown as TeamsManifest;
    const [major, minor] = manifestVersion.split('.').map(Number);
    expect(major).toBe(1);
    expect(minor).toBeGreaterThanOrEqual(17);
    expect(existsSync(await officialSchemaPath(manifestVersion))).toBe(true);
  });

  it('has exactly the placeholders the package script fills', async () => {
    const names = new Set(placeholdersIn(await readManifestTemplate()));
    expect([...names].sort()).toEqual(['DEVELOPER_NAME', 'PUBLIC_HOST', 'TEAMS_APP_ID', 'TEAMS_CLIENT_ID']);
  });

  it('is valid once filled', async () => {
    expect(await validateManifest(await filled())).toEqual([]);
  });

  it('is refused by the schema when broken, so the check is live', async () => {
    const broken = structuredClone(await filled()) as unknown as TeamsManifest & {
      name: { short: string };
    };
    broken.name.short = 'Schakel, de assistent van de werkgroep';
    broken.bots[0]!.scopes.push('channel');
    broken.id = 'geen-guid';
    const problems = await validateManifest(broken as unknown as Json);
    expect(problems.some((p) => p.startsWith('/name/short '))).toBe(true);
    expect(problems.some((p) => p.startsWith('/bots/0/scopes/3 '))).toBe(true);
    expect(problems.some((p) => p.startsWith('/id '))).toBe(true);
  });

  it('fills the ids and the host where Teams looks for them', async () => {
    const m = (await filled()) as unknown as TeamsManifest;
    expect(m.id).toBe(SETTINGS.appId);
    expect(m.bots[0]?.botId).toBe(SETTINGS.clientId);
    expect(m.validDomains).toEqual([SETTINGS.publicHost]);
  });
});

describe('what the manifest promises matches what Schakel does', () => {
  it('offers one bot in personal chats, teams and group chats, which may send a member their inzage file', async () => {
    const { bots } = (await readManifestTemplate()) as unknown as TeamsManifest;
    expect(bots).toHaveLength(1);
    expect(bots[0]?.scopes).toEqual(['personal', 'team', 'groupChat']);
    // supportsFiles lets the bot send a file consent card in the personal chat (mijn-gegevens).
    expect(bots[0]?.supportsFiles).toBe(true);
  });

  it('lists only commands Schakel understands, in every scope the bot has', async () => {
    const { bots } = (await readManifestTemplate()) as unknown as TeamsManifest;
    const lists = bots[0]?.commandLists ?? [];
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      for (const { title } of list.commands) expect(parseCommand(title).name, title).not.toBe('onbekend');
    }
  });

  it('offers the overview in the personal chat menu, so a member can bring their overview card back', async () => {
    const { bots } = (await readManifestTemplate()) as unknown as TeamsManifest;
    const personal = bots[0]?.commandLists.find((l) => l.scopes.includes('personal'));
    const names = personal?.commands.map(({ title }) => parseCommand(title).name);
    expect(names).toContain('overzicht');
  });

  it('keeps each command menu within what Teams shows: 10 commands, titles of 32, descriptions of 128', async () => {
    // Stricter than the v1.25 schema (12, 128, 4000): the limits Teams documents for its bot menu.
    const { bots } = (await readManifestTemplate()) as unknown as TeamsManifest;
    for (const list of bots[0]?.commandLists ?? []) {
      expect(list.commands.length, list.scopes.join()).toBeLessThanOrEqual(10);
      for (const { title, description } of list.commands) {
        expect(title.length, title).toBeLessThanOrEqual(32);
        expect(description.length, title).toBeLessThanOrEqual(128);
      }
    }
  });

  it('carries the version of package.json: Teams needs a higher version for every update', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const { version } = (await readManifestTemplate()) as unknown as TeamsManifest;
    expect(version).toBe(pkg.version);
  });
});

describe('the icons', () => {
  const read = (name: string) => PNG.sync.read(readFileSync(join(TEAMS_DIR, name)));

  it('color.png is 192×192, opaque, teal with a white glyph', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([ICON_SIZES['color.png'], ICON_SIZES['color.png']]);
    const colours = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4) {
      expect(png.data[i + 3]).toBe(255);
      colours.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`);
    }
    expect(colours.has('27,127,121')).toBe(true);
    expect(colours.has('255,255,255')).toBe(true);
  });

  it('outline.png is 32×32, white only, on a transparent background', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([ICON_SIZES['outline.png'], ICON_SIZES['outline.png']]);
    expect(png.alpha).toBe(true);
    let transparent = 0;
    let solid = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      // Every pixel is white; only its alpha differs (anti-aliased edges are partly transparent white).
      expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
      if (png.data[i + 3] === 0) transparent++;
      if (png.data[i + 3] === 255) solid++;
    }
    const alphaAt = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
      [16, 0],
      [0, 16],
    ] as const) {
      expect(alphaAt(x, y), `background at ${x},${y}`).toBe(0);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(solid).toBeGreaterThan(32 * 32 * 0.1);
  });

  it.each(ICONS.map((icon) => [icon.path, icon] as const))(
    '%s is exactly what scripts/make-icons.ts draws',
    (path, icon) => {
      const committed = readFileSync(new URL(`../../${path}`, import.meta.url));
      expect(Buffer.compare(committed, icon.draw())).toBe(0);
    },
  );
});
