import { z } from 'zod';
import { systemClock } from '../../clock.ts';
import { buildDigest } from '../../digest/aggregate.ts';
import { renderDigest } from '../../digest/render.ts';
import { words } from '../../messages/catalogue/words.ts';
import { todayIsoIn } from '../../schedule/local-time.ts';
import { parseTertiaal, tertiaalOf } from '../../schedule/tertialen.ts';
import { digestFiguresRepository } from '../../store/digest-repo.ts';
import { type CliCommand, documentLocale } from '../command.ts';
import { withDatabase } from '../context.ts';
import { forceSwitch, outFlag, regionFlag, writeDocument } from '../document-output.ts';
import { parseCommandArgs } from '../flags.ts';
import { missingRegion } from '../known-regions.ts';

/**
 * `schakel digest --region ID --period 2026-T2 --format json|md|html|pdf [--out FILE]`: the
 * stuurgroep digest of one region and tertiaal. Text formats go to stdout unless --out is given;
 * a PDF needs --out. Wrong arguments: a message naming the flag, exit code 2. The document is
 * Dutch unless `--en` (a terminal with LANG=en… gets English messages, the stuurgroep Dutch).
 */

const USAGE = {
  nl: 'Gebruik: schakel digest --region ID --period JJJJ-Tn --format json|md|html|pdf [--out BESTAND [--force]]',
  en: 'Usage: schakel digest --region ID --period YYYY-Tn --format json|md|html|pdf [--out FILE [--force]]',
};
const FLAGS = ['region', 'period', 'format', 'out', 'force'] as const;

const argsSchema = z
  .object({
    region: regionFlag,
    period: z
      .string({ error: () => words().cli.arguments.tertiaalRequired })
      .refine((s) => parseTertiaal(s) !== null, { error: () => words().cli.arguments.tertiaalExpected }),
    format: z
      .enum(['json', 'md', 'html', 'pdf'], { error: () => words().cli.arguments.digestFormat })
      .default('md'),
    out: outFlag,
    force: forceSwitch,
  })
  .refine((a) => a.format !== 'pdf' || a.out !== undefined, {
    error: () => words().cli.arguments.pdfNeedsOut,
  });

export const digestCommand: CliCommand = {
  name: 'digest',
  usage: USAGE,
  summary: {
    nl: 'Maak de stuurgroep-samenvatting van een regio over een tertiaal (json, md, html of pdf)',
    en: 'Make the steering-group digest of a region for a tertiaal (json, md, html or pdf)',
  },
  async run(args, io) {
    const parsed = parseCommandArgs(args, io, {
      flags: FLAGS,
      switches: ['force'],
      schema: argsSchema,
      usage: USAGE,
    });
    if ('exit' in parsed) return parsed.exit;
    const { region, period, format, out, force } = parsed.data;
    const tertiaal = parseTertiaal(period)!;
    return withDatabase(io, async ({ db, config }) => {
      const now = systemClock.now();
      // A tertiaal ahead of today has no figures yet: said, as the chat says it, instead of an empty digest.
      const today = todayIsoIn(now, config.timeZone);
      if (tertiaal.from > today) {
        const current = tertiaalOf(today).label;
        io.stderr.write(
          `${words(io.english ? 'en' : 'nl').cli.arguments.digestNotStarted(tertiaal.label, current)}\n`,
        );
        return 2;
      }
      const missing = await missingRegion(db.pool, region, io);
      if (missing) {
        // Not a wrong argument (2) but data that is not there (1), as in export and members import.
        io.stderr.write(`${missing}\n`);
        return 1;
      }
      const written = words(io.english ? 'en' : 'nl').cli.arguments.digestWritten;
      return writeDocument(io, out, force, written, async () => {
        const digest = await buildDigest(digestFiguresRepository(db.pool), region, tertiaal, now);
        return renderDigest(digest, format, now, undefined, documentLocale(io));
      });
    });
  },
};
