import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { nationalOverview } from '../../national/overview.ts';
import { parsePeriod } from '../../national/period.ts';
import { renderNationalMarkdown } from '../../national/render-md.ts';
import { nationalInput } from '../../store/national-repo.ts';
import { type CliCommand, type CliIo, documentLocale, inLanguage } from '../command.ts';
import { withDatabase } from '../context.ts';
import { asksHelp, readFlags } from '../flags.ts';

const USAGE = {
  nl: `Gebruik: schakel national --period VAN..TOT [--format json|md]

VAN en TOT zijn datums (JJJJ-MM-DD) of tertialen (2026-T2); één tertiaal mag ook: --period 2026-T2.
Telt per checklistonderdeel de regio's met ja / in ontwikkeling / nee en de verandering in
samenwerkingsniveau per regio. Alleen aantallen, nooit namen.
`,
  en: `Usage: schakel national --period FROM..TO [--format json|md]

FROM and TO are dates (YYYY-MM-DD) or tertialen (2026-T2); a single tertiaal works too: --period 2026-T2.
Counts per checklist item the regions answering yes / in development / no, and the change in the
level of collaboration per region. Only counts, never names.
`,
};

export const nationalCommand: CliCommand = {
  name: 'national',
  usage: USAGE,
  summary: {
    nl: "landelijk overzicht van alle regio's (checklist en samenwerkingsniveau)",
    en: 'national overview of all regions (checklist and level of collaboration)',
  },
  run(args, io) {
    // Everything it says in the operator's language; the Markdown it writes in documentLocale.
    return withLocale(io.english ? 'en' : 'nl', () => national(args, io));
  },
};

async function national(args: readonly string[], io: CliIo): Promise<number> {
  if (asksHelp(args)) {
    io.stderr.write(inLanguage(USAGE, io));
    return 0;
  }
  const options = readFlags(args, ['period', 'format']);
  if ('message' in options) {
    io.stderr.write(`${options.message}\n\n${inLanguage(USAGE, io)}`);
    return 2;
  }
  if (options.values.period === undefined) {
    io.stderr.write(`${words().cli.periodRequired}\n\n${inLanguage(USAGE, io)}`);
    return 2;
  }
  const period = parsePeriod(options.values.period);
  const format = options.values.format ?? 'json';
  if ('error' in period || (format !== 'json' && format !== 'md')) {
    io.stderr.write(
      `${'error' in period ? period.error : words().cli.arguments.nationalFormat(format)}\n\n${inLanguage(USAGE, io)}`,
    );
    return 2;
  }
  return withDatabase(io, async ({ db }) => {
    const overview = nationalOverview(period, await nationalInput(db.pool, period));
    // The overview is for the region and the nation: Dutch unless `--en`, whatever LANG says.
    io.stdout.write(
      format === 'md'
        ? withLocale(documentLocale(io), () => renderNationalMarkdown(overview))
        : `${JSON.stringify(overview, null, 2)}\n`,
    );
    return 0;
  });
}
