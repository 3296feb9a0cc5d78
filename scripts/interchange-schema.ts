import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { interchangeJsonSchemaText } from '../src/interchange/json-schema.ts';

/** `node scripts/interchange-schema.ts`: writes docs/schakel-v1.schema.json from the zod schema. */
const target = join(import.meta.dirname, '..', 'docs', 'schakel-v1.schema.json');
writeFileSync(target, interchangeJsonSchemaText());
process.stdout.write(`Geschreven: ${target}\n`);
