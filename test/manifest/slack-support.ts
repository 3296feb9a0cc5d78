import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajvModule from 'ajv';
import ajvFormats from 'ajv-formats';
import { type Document, parseDocument } from 'yaml';

// CommonJS packages: under NodeNext their default export sits on `.default`.
const Ajv = ajvModule.default;
const addFormats = ajvFormats.default;

export const SLACK_DIR = fileURLToPath(new URL('../../manifest/slack/', import.meta.url));
export const HTTP_MANIFEST = 'manifest.yml';
export const SOCKET_MANIFEST = 'manifest.socket-mode.yml';

export type Manifest = Record<string, unknown>;

/** The YAML document, comments included (they carry the scope justifications). */
export function readManifestDocument(file: string): Document {
  const doc = parseDocument(readFileSync(`${SLACK_DIR}${file}`, 'utf8'));
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc;
}

export function readManifest(file: string): Manifest {
  return readManifestDocument(file).toJS() as Manifest;
}

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('./slack-manifest.schema.json', import.meta.url)), 'utf8'),
) as object;

// Strict about unknown keywords (a typo in the schema fails loudly); the if/then rules name
// properties they do not declare, which is what strictRequired and strictTypes would flag.
const ajv = new Ajv({ allErrors: true, strictSchema: true, strictRequired: false, strictTypes: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Problems as "path message", empty when the manifest fits the schema. */
export function slackSchemaErrors(manifest: unknown): string[] {
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
