import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { PNG } from 'pngjs';
import {
  fillPlaceholders,
  languageFilesOf,
  readLanguageFile,
  readManifestTemplate,
  TEAMS_DIR,
  validateLanguageFile,
  validateManifest,
} from './manifest.ts';
import { settingsFromEnv } from './settings.ts';

export class PackageError extends Error {
  readonly problems: readonly string[];

  constructor(message: string, problems: readonly string[]) {
    super(message);
    this.name = 'PackageError';
    this.problems = problems;
  }
}

/** The sizes Teams requires of the two icons. */
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;

// A fixed date inside the zip: the same inputs give the same bytes, so a rebuilt package can be
// compared with the one in the admin center. Zip stores local time, hence a local date.
const ZIP_DATE = new Date(2020, 0, 1);

/**
 * Builds the Teams app package: manifest.json with the placeholders filled from `env`, checked
 * against Microsoft's schema, its language files (English), plus both icons, all at the root of
 * the zip as Teams expects.
 * Throws SettingsError for a missing or wrong variable, PackageError for an invalid result.
 */
export async function buildTeamsPackage(
  env: Readonly<Record<string, string | undefined>>,
  outFile: string,
): Promise<{ outFile: string; entries: string[] }> {
  const settings = settingsFromEnv(env);
  const manifest = fillPlaceholders(await readManifestTemplate(), settings);
  const problems = await validateManifest(manifest);
  if (problems.length > 0) {
    throw new PackageError('manifest.json voldoet niet aan het schema van Microsoft', problems);
  }

  const files: Record<string, Uint8Array> = {
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  // The English strings (localizationInfo.additionalLanguages), each checked against Microsoft's schema.
  for (const file of languageFilesOf(manifest)) {
    const strings = await readLanguageFile(file);
    const wrong = await validateLanguageFile(manifest, strings, file);
    if (wrong.length > 0) {
      throw new PackageError(`${file} voldoet niet aan het vertaalschema van Microsoft`, wrong);
    }
    files[file] = new TextEncoder().encode(`${JSON.stringify(strings, null, 2)}\n`);
  }
  for (const [name, size] of Object.entries(ICON_SIZES)) {
    const bytes = await readFile(join(TEAMS_DIR, name));
    const { width, height } = PNG.sync.read(bytes);
    if (width !== size || height !== size) {
      throw new PackageError(`${name} moet ${size}×${size} pixels zijn`, [`${name} is ${width}×${height}`]);
    }
    files[name] = bytes;
  }

  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: ZIP_DATE }]])),
    { level: 9 },
  );
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, zip);
  return { outFile, entries: Object.keys(files) };
}
