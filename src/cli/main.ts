import { readFileSync } from 'node:fs';
import { theOneSlipFrom } from '../domain/one-slip.ts';
import { words as catalogue } from '../messages/catalogue/words.ts';
import { MigrationChanged } from '../store/migrate.ts';
import { type CliCommand, type CliIo, inLanguage } from './command.ts';
import { DatabaseUnreachable, unreachableText } from './database-reach.ts';
import { folderProblem } from './file-problems.ts';
import { asksHelp } from './flags.ts';
import { networkProblem } from './network-problems.ts';
import { COMMANDS, type CommandEntry } from './registry.ts';
import { documentsInEnglish, speaksEnglish } from './terminal-language.ts';

/** `schakel <command> [args]`: finds the longest matching command name and runs it. */
export async function main(argv: readonly string[], given: CliIo): Promise<number> {
  const english = speaksEnglish(argv, given.env);
  const said = catalogue(english ? 'en' : 'nl').cli.main;
  const io: CliIo = { ...given, english, englishDocuments: documentsInEnglish(argv) };
  const args = argv.filter((a) => a !== '--en');
  if (args.length === 0 || args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    io.stdout.write(await usage(english));
    return 0;
  }
  if (args[0] === '--version' || args[0] === '-v' || args[0] === 'version') {
    io.stdout.write(`schakel ${version()}\n`);
    return 0;
  }
  const entry = findCommand(args);
  const words = entry ? [] : COMMANDS.filter((c) => c.name.startsWith(`${args[0]} `));
  if (words.length > 0) {
    // "schakel members" (or "members wis"): a first word that only begins commands of two words.
    const names = words.map((c) => `schakel ${c.name}`).join(` ${said.or} `);
    const second = args[1];
    io.stderr.write(
      `${second !== undefined && !second.startsWith('-') ? said.unknownSecondWord(args[0]!, second, names) : said.needsWord(args[0]!, names)}\n`,
    );
    return 2;
  }
  if (!entry) {
    const meant = slipOf(args);
    io.stderr.write(`${meant ? said.unknownCommandNear(args[0]!, meant) : said.unknownCommand(args[0]!)}\n`);
    return 2;
  }
  const command = await entry.load();
  const rest = args.slice(entry.name.split(' ').length);
  if (asksHelp(rest)) {
    io.stdout.write(`${commandHelp(command, english)}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    io.stderr.write(`${explain(err, english, io.env)}\n`);
    return 1;
  }
}

/**
 * The command a first word is one slip from ("memebrs", "doctr"), with the words typed after it when they
 * make that command ("memebrs import" → "members import"); none for short words or a slip from two.
 */
function slipOf(args: readonly string[]): string | undefined {
  const meant = theOneSlipFrom(
    args[0]!,
    COMMANDS.map((c) => c.name.split(' ')[0]!).map((word) => [word, word] as const),
  );
  if (meant === undefined) return undefined;
  const two = `${meant} ${args[1]}`;
  return COMMANDS.some((c) => c.name === two) ? two : meant;
}

/** One plain line for the person at the terminal; the stack only when asked for. */
function explain(err: unknown, english: boolean, env: Record<string, string | undefined>): string {
  const e = err as NodeJS.ErrnoException & { port?: number };
  const said = catalogue(english ? 'en' : 'nl').cli.main;
  if (e.code === 'EADDRINUSE') {
    // The one server listens on PORT (3978 unless set); any other port is the local chat's.
    const variable = String(e.port) === (env.PORT || '3978') ? 'PORT' : 'LOCAL_CHAT_PORT';
    return said.portInUse(e.port, variable);
  }
  if (err instanceof DatabaseUnreachable) return unreachableText(err, english, env.DATABASE_URL);
  if (err instanceof MigrationChanged)
    return catalogue(english ? 'en' : 'nl').cli.store.migrationChanged(err.migration);
  const folder = folderProblem(err, english) ?? networkProblem(err, english);
  if (folder) return folder;
  const detail = process.env.LOG_LEVEL === 'debug' ? `\n${e.stack}` : '';
  return said.cannotContinue(`${e.message}${detail}`);
}

/** The version in package.json: one place, the one npm and the README's release notes use. */
function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function commandHelp(command: CliCommand, english: boolean): string {
  const summary = inLanguage(command.summary, { english });
  const usage = command.usage
    ? inLanguage(command.usage, { english })
    : `${catalogue(english ? 'en' : 'nl').cli.main.usageWord}: schakel ${command.name}`;
  // What the command does, as a sentence, above how to call it (the usage's last line closes it).
  return `${sentence(summary)}\n\n${usage.trimEnd()}`;
}

/** A summary as the list writes it ("landelijk overzicht …") as a sentence: a capital, a full stop. */
function sentence(summary: string): string {
  const text = summary.trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

function findCommand(args: readonly string[]): CommandEntry | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
    .find((c) => c.name.split(' ').every((word, i) => args[i] === word));
}

async function usage(english: boolean): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const lines = commands.map(
    (c) => `  schakel ${c.name.padEnd(20)} ${english ? c.summary.en : c.summary.nl}`,
  );
  return catalogue(english ? 'en' : 'nl').cli.main.usage(lines.join('\n'));
}
