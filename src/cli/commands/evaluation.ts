import { z } from 'zod';
import { systemClock } from '../../clock.ts';
import { buildEvaluation } from '../../evaluation/build.ts';
import { renderEvaluationDocx } from '../../evaluation/render-docx.ts';
import { renderEvaluationMarkdown } from '../../evaluation/render-markdown.ts';
import { words } from '../../messages/catalogue/words.ts';
import { createGuard } from '../../privacy/guard.ts';
import { parseLocalDate } from '../../schedule/local-time.ts';
import { evaluationRepository } from '../../store/evaluation-repo.ts';
import type { CliCommand } from '../command.ts';
import { withDatabase } from '../context.ts';
import { forceSwitch, outFlag, regionFlag, writeDocument } from '../document-output.ts';
import { parseCommandArgs } from '../flags.ts';
import { missingRegion } from '../known-regions.ts';

/**
 * `schakel evaluation --region ID --from JJJJ-MM-DD --to JJJJ-MM-DD --format md|docx [--out FILE]`:
 * a draft of the national evaluation form from what Schakel gathered in the period. Markdown goes
 * to stdout unless --out is given; a .docx needs --out. Wrong arguments: a message, exit code 2.
 * `--en`: English throughout, the draft too.
 */

const USAGE = {
  nl: 'Gebruik: schakel evaluation --region ID --from JJJJ-MM-DD --to JJJJ-MM-DD --format md|docx [--out BESTAND [--force]]',
  en: 'Usage: schakel evaluation --region ID --from YYYY-MM-DD --to YYYY-MM-DD --format md|docx [--out FILE [--force]]',
};
const FLAGS = ['region', 'from', 'to', 'format', 'out', 'force'] as const;

const date = (flag: string) =>
  z
    .string({ error: () => words().cli.arguments.dateRequired(flag) })
    .refine((s) => parseLocalDate(s) !== null, { error: () => words().cli.arguments.dateExpected(flag) });

const argsSchema = z
  .object({
    region: regionFlag,
    from: date('from'),
    to: date('to'),
    format: z.enum(['md', 'docx'], { error: () => words().cli.arguments.evaluationFormat }).default('md'),
    out: outFlag,
    force: forceSwitch,
  })
  // Only between two real dates: a wrong one is said on its own.
  .refine((a) => parseLocalDate(a.from) === null || parseLocalDate(a.to) === null || a.to >= a.from, {
    error: () => words().cli.arguments.toBeforeFrom,
  })
  .refine((a) => a.format !== 'docx' || a.out !== undefined, {
    error: () => words().cli.arguments.docxNeedsOut,
  });

export const evaluationCommand: CliCommand = {
  name: 'evaluation',
  usage: USAGE,
  summary: {
    nl: 'Maak een concept van het landelijke evaluatieformulier van een regio over een periode (md of docx)',
    en: 'Draft the national evaluation form of a region for a period (md or docx)',
  },
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, {
      flags: FLAGS,
      switches: ['force'],
      schema: argsSchema,
      usage: USAGE,
    });
    if ('exit' in parsed) return parsed.exit;
    const { region, from, to, format, out, force } = parsed.data;
    return withDatabase(io, async ({ config, db }) => {
      const now = systemClock.now();
      const guard = createGuard({
        organisations: config.privacy.organisations,
        careTerms: config.privacy.careTerms,
        now: () => now,
      });
      const missing = await missingRegion(db.pool, region, io);
      if (missing) {
        // Not a wrong argument (2) but data that is not there (1), as in export and members import.
        io.stderr.write(`${missing}\n`);
        return 1;
      }
      const written = words(io.english ? 'en' : 'nl').cli.arguments.evaluationWritten;
      return writeDocument(io, out, force, written, async () => {
        const doc = await buildEvaluation(evaluationRepository(db.pool), region, { from, to }, now, guard);
        return format === 'docx' ? renderEvaluationDocx(doc) : renderEvaluationMarkdown(doc);
      });
    });
  },
};
