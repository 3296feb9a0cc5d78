import { z } from 'zod';
import { NotFound } from '../domain/errors.ts';
import { words } from '../messages/catalogue/words.ts';
import { withLocale } from '../messages/locale.ts';
import { type CliIo, documentLocale } from './command.ts';
import { writeOutFile } from './out-file.ts';

/** `--region ID`, required by the commands that make a region's document. */
export const regionFlag = z.string({ error: () => words().cli.arguments.regionRequired }).min(1);

/** `--out FILE`: where the document goes instead of stdout. */
export const outFlag = z
  .string()
  .min(1, { error: () => words().cli.arguments.outNeedsName })
  .optional();

/** `--force`: an existing `--out` file may be replaced. */
export const forceSwitch = z
  .literal('true')
  .optional()
  .transform((v) => v === 'true');

/**
 * Renders a document and writes it to `out`, or to stdout without one; `written` is the line that
 * says where it went. A region that is not there (NotFound) is said on stderr, exit 2. All of it in
 * Dutch unless `--en` (documentLocale): the renderer reads `words()`.
 */
export async function writeDocument(
  io: CliIo,
  out: string | undefined,
  force: boolean,
  written: (file: string) => string,
  render: () => Promise<string | Uint8Array>,
): Promise<number> {
  let output: string | Uint8Array;
  try {
    output = await withLocale(documentLocale(io), render);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 2;
  }
  if (out !== undefined) {
    if (!(await writeOutFile(io, out, output, { force }))) return 1;
    io.stdout.write(`${written(out)}\n`);
  } else io.stdout.write(output);
  return 0;
}
