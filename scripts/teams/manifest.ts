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
  let schemaText: string;
  try {
    schemaText = await readFile(await officialSchemaPath(version), 'utf8');
  } catch {
    return [`@microsoft/app-manifest heeft geen schema voor manifestVersion ${version}`];
  }
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(schemaText) as object);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? 'ongeldig'} ${JSON.stringify(e.params)}`,
  );
}
