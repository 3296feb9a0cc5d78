import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { TeamsPackageSettings } from './settings.ts';

export const TEAMS_DIR = fileURLToPath(new URL('../../manifest/teams/', import.meta.url));
export const MANIFEST_FILE = join(TEAMS_DIR, 'manifest.json');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// CommonJS packages: under NodeNext their default export sits on `.default`.
const Ajv = ajvDraft04.default;
const addFormats = ajvFormats.default;

const PLACEHOLDER = /\$\{\{([A-Z0-9_]+)\}\}/g;

/** The manifest as kept in the repository, placeholders and all. */
export async function readManifestTemplate(): Promise<{ [key: string]: Json }> {
  return JSON.parse(await readFile(MANIFEST_FILE, 'utf8')) as { [key: string]: Json };
}

/**
 * Fills `${{NAME}}` in every string of the manifest. Done on the parsed value, not the text, so a
 * value can never break out of its JSON string. A placeholder nobody fills is refused.
 */
export function fillPlaceholders(manifest: Json, settings: TeamsPackageSettings): Json {
  const values: Record<string, string> = {
    TEAMS_APP_ID: settings.appId,
    TEAMS_CLIENT_ID: settings.clientId,
    PUBLIC_HOST: settings.publicHost,
    DEVELOPER_NAME: settings.developerName,
  };
  const fill = (value: Json): Json => {
    if (typeof value === 'string') {
      return value.replace(PLACEHOLDER, (_, name: string) => {
        const filled = values[name];
        if (filled === undefined) throw new Error(`Onbekende plaatshouder \${{${name}}} in manifest.json`);
        return filled;
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
    }
    return value;
  };
  return fill(manifest);
}

/** Every placeholder name used in the manifest, to check that the script knows them all. */
export function placeholdersIn(manifest: Json): string[] {
  return [...JSON.stringify(manifest).matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Microsoft's own JSON schema for the manifest's version, as shipped in @microsoft/app-manifest.
 * Read from the package on disk, never fetched: packaging must work offline and be repeatable.
 */
export async function officialSchemaPath(manifestVersion: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(
    packageRoot,
    'build',
    'json-schemas',
    'teams',
    `v${manifestVersion}`,
    'MicrosoftTeams.schema.json',
  );
}

/** The language files the manifest names (localizationInfo.additionalLanguages), e.g. en-us.json. */
export function languageFilesOf(manifest: Json): string[] {
  const info =
    manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest)
      ? manifest.localizationInfo
      : undefined;
  const languages =
    info !== null && typeof info === 'object' && !Array.isArray(info) ? info.additionalLanguages : undefined;
  if (!Array.isArray(languages)) return [];
  return languages.flatMap((l) =>
    l !== null && typeof l === 'object' && !Array.isArray(l) && typeof l.file === 'string' ? [l.file] : [],
  );
}

/** A language file next to manifest.json, as kept in the repository. */
export async function readLanguageFile(file: string): Promise<{ [key: string]: Json }> {
  return JSON.parse(await readFile(join(TEAMS_DIR, file), 'utf8')) as { [key: string]: Json };
}

/**
 * Validates a language file against Microsoft's localization schema of the manifest's version,
 * and checks that every bot command it translates exists in the manifest. Empty when valid.
 */
export async function validateLanguageFile(manifest: Json, strings: Json, file: string): Promise<string[]> {
  const version =
    manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest)
      ? manifest.manifestVersion
      : undefined;
  if (typeof version !== 'string') return ['manifestVersion ontbreekt'];
  const schemaPath = join(
    dirname(await officialSchemaPath(version)),
    'MicrosoftTeams.Localization.schema.json',
  );
  // The localization schema's patterns are written for JavaScript's plain (non-unicode) regexes.
  const problems = await validateWith(schemaPath, strings, file, false);
  for (const key of Object.keys(strings as object)) {
    const m = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\./.exec(key);
    if (!m) continue;
    const lists = (manifest as { bots?: { commandLists?: { commands?: unknown[] }[] }[] }).bots?.[0]
      ?.commandLists;
    if (!lists?.[Number(m[1])]?.commands?.[Number(m[2])])
      problems.push(`${file}: ${key} bestaat niet in manifest.json`);
  }
  return problems;
}

/**
 * Validates a filled manifest against the official schema of its `manifestVersion`, with the
 * validator settings Microsoft's Agents Toolkit uses (draft-04, all errors, uri/email/regex
 * formats). We do not call the package's own validateAgainstSchema: its 1.1.2 build requires
 * fs-extra without declaring it, so importing it fails. Returns the problems, empty when valid.
 */
export async function validateManifest(manifest: Json): Promise<string[]> {
  const version =
    manifest !== null && typeof manifest === 'object' && !Array.isArray(manifest)
      ? manifest.manifestVersion
      : undefined;
  if (typeof version !== 'string') return ['manifestVersion ontbreekt'];
  return validateWith(await officialSchemaPath(version), manifest, 'manifest.json');
}

async function validateWith(
  schemaPath: string,
  value: Json,
  name: string,
  unicodeRegExp = true,
): Promise<string[]> {
  let schemaText: string;
  try {
    schemaText = await readFile(schemaPath, 'utf8');
  } catch {
    return [`@microsoft/app-manifest heeft geen schema ${schemaPath} voor ${name}`];
  }
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(schemaText) as object);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${name === 'manifest.json' ? '' : `${name}: `}${e.instancePath || '/'} ${e.message ?? 'ongeldig'} ${JSON.stringify(e.params)}`,
  );
}
