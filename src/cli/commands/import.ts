import { systemClock } from '../../clock.ts';
import { importInterchange } from '../../interchange/import.ts';
import { type FileProblem, validateInterchange } from '../../interchange/validate.ts';
import { words } from '../../messages/catalogue/words.ts';
import { withLocale } from '../../messages/locale.ts';
import { createGuard } from '../../privacy/guard.ts';
import { interchangeStore } from '../../store/interchange-repo.ts';
import { decodeTextFile } from '../../text-encoding.ts';
import { type CliCommand, type CliIo, inLanguage } from '../command.ts';
import { missingEmbeddedDatabase, readConfig, withDatabase } from '../context.ts';
import { asksHelp, readFlags } from '../flags.ts';
import { readInputFile } from '../read-at-most.ts';

/**
 * The largest schakel/v1 file read, in MB: well over 25,000 check-ins, where the demo's three
 * regions export to 0.1 MB and a large region for years to a few MB. A larger file is the wrong
 * file, and is refused before it is read (an endless input would otherwise fill the memory).
 */
const LIMIT_MB = 10;

/** The problems of a refused file named one by one; the rest are counted. */
const PROBLEMS_SHOWN = 50;

const USAGE = {
  nl: `Gebruik: schakel import BESTAND

Leest een schakel/v1-bestand (JSON; zie docs/schakel-v1.schema.json) en zet alles in één keer in Schakel.
Eerst wordt het hele bestand gecontroleerd; bij één fout verandert er niets en staat per fout waar die zit.
Een bestand groter dan 10 MB wordt geweigerd: exporteer en importeer de regio's dan één voor één.
Een lid dat in Schakel gewist is (vergeet-mij, schakel members erase), wordt niet teruggezet; de
samenvatting zegt hoeveel, zonder namen.
`,
  en: `Usage: schakel import FILE

Reads a schakel/v1 file (JSON; see docs/schakel-v1.schema.json) and puts everything in Schakel at once.
The whole file is checked first; with one error nothing changes, and each error says where it is.
A file larger than 10 MB is refused: then export and import the regions one by one.
A member erased in Schakel (vergeet-mij, schakel members erase) is not restored; the summary says
how many, without names.
`,
};

export const importCommand: CliCommand = {
  name: 'import',
  usage: USAGE,
  summary: {
    nl: 'importeer een schakel/v1-bestand (alles of niets)',
    en: 'import a schakel/v1 file (all or nothing)',
  },
  async run(args, io) {
    const help = asksHelp(args);
    const options = withLocale(io.english ? 'en' : 'nl', () =>
      readFlags(help ? [] : args, [], { positionals: true }),
    );
    const file = 'message' in options ? undefined : options.positional[0];
    if ('message' in options || help || file === undefined || options.positional.length > 1) {
      io.stderr.write(`${'message' in options ? `${options.message}\n\n` : ''}${inLanguage(USAGE, io)}`);
      return help ? 0 : 2;
    }
    const bytes = await readInputFile(io, file, LIMIT_MB, 'import');
    if (!bytes) return 1;
    // Every line about the file in the language asked for: the checks read their words as they find a problem.
    return withLocale(io.english ? 'en' : 'nl', () => importFile(file, bytes, io));
  },
};

async function importFile(file: string, bytes: Uint8Array, io: CliIo): Promise<number> {
  const w = words();
  const text = decodeTextFile(bytes);
  if (text === null) {
    io.stderr.write(`${w.cli.import.notText(file, w.imports.notUtf8)}\n`);
    return 1;
  }
  // A new installation's first region comes with an import ("Running it for real"): it may make the
  // database, but only for a file that will go in. With no database yet there is nothing in it to
  // refer to: the whole file is checked as into an empty one first, and a refused file makes none.
  const config = readConfig(io);
  if (!config) return 78;
  if (missingEmbeddedDatabase(config) !== undefined) {
    const checked = validateInterchange(text, NOTHING_YET, guard());
    if (!checked.ok) return refused(file, checked.problems, io);
  }
  return withDatabase(
    io,
    async ({ db }) => {
      const result = await importInterchange(interchangeStore(db), text, guard(), systemClock);
      if (!result.ok) return refused(file, result.problems, io);
      io.stdout.write(`${w.cli.import.done(result.counts)}\n`);
      return 0;
    },
    { mayCreate: true },
  );
}

const NOTHING_YET = { regions: new Set<string>(), members: new Map(), overleggen: new Map() };

function guard() {
  return createGuard({ now: () => systemClock.now() });
}

/** The file is not imported: what to improve, the first PROBLEMS_SHOWN named. */
function refused(file: string, problems: readonly FileProblem[], io: CliIo): number {
  const w = words();
  io.stderr.write(`${w.cli.import.refused(file)}\n`);
  // A mistake made in every row would otherwise fill the screen with thousands of lines.
  for (const p of problems.slice(0, PROBLEMS_SHOWN)) io.stderr.write(`  ${p.path}: ${p.message}\n`);
  const more = problems.length - PROBLEMS_SHOWN;
  if (more > 0) io.stderr.write(`  ${w.cli.import.moreProblems(more)}\n`);
  return 1;
}
