import type { z } from 'zod';
import { words } from '../messages/catalogue/words.ts';
import { withLocale } from '../messages/locale.ts';
import type { Bilingual, CliIo } from './command.ts';

/**
 * `--name value` and `--name=value` flags, each at most once (a repeatable one's values joined
 * with commas) and only the ones a command knows; anything else is named back in the language
 * being spoken (`withLocale`), so a typo never silently falls back to a default. A switch
 * (`--force`) takes no value. A word that is no flag is an error too, unless the command takes
 * `positionals` (a file name): then they are returned in order. The one parser of every command.
 */
export function readFlags<F extends string>(
  args: readonly string[],
  known: readonly F[],
  {
    repeatable = [],
    switches = [],
    positionals = false,
  }: { repeatable?: readonly F[]; switches?: readonly F[]; positionals?: boolean } = {},
): { values: Partial<Record<F, string>>; positional: string[] } | { message: string } {
  const said = words().cli.arguments;
  const values: Partial<Record<F, string>> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (positionals && !arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const m = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    const name = m?.[1];
    if (!m || !name || !(known as readonly string[]).includes(name)) {
      return { message: said.unknownOption(arg) };
    }
    const flag = name as F;
    let value = m[2];
    // A switch (--force) takes no value: present means on; "--force=no" is refused, never read as off.
    if (switches.includes(flag)) {
      if (value !== undefined) return { message: said.unknownOption(arg) };
      value = 'true';
    }
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return { message: said.needsValue(flag) };
      value = next;
      i++;
    }
    // `export --region a --region b` exported b alone, silently: one value, or say so.
    const earlier = values[flag];
    if (earlier !== undefined && !repeatable.includes(flag)) return { message: said.repeated(flag) };
    values[flag] = earlier === undefined ? value : `${earlier},${value}`;
  }
  return { values, positional };
}

/** `--help` or `-h` anywhere: the command prints its usage and does nothing else. */
export function asksHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/**
 * A command's flags read and checked against its zod schema: the values, or the exit code after
 * `--help` (0, usage on stdout) or a bad argument (2, the reasons and the usage on stderr, in the
 * language asked for: the schema's messages read `words()`).
 */
export function parseCommandArgs<F extends string, T>(
  args: readonly string[],
  io: CliIo,
  spec: {
    readonly flags: readonly F[];
    readonly switches?: readonly F[];
    readonly schema: z.ZodType<T>;
    readonly usage: Bilingual;
  },
): { readonly data: T } | { readonly exit: number } {
  const usage = io.english ? spec.usage.en : spec.usage.nl;
  if (asksHelp(args)) {
    io.stdout.write(`${usage}\n`);
    return { exit: 0 };
  }
  const fail = (message: string) => {
    io.stderr.write(`${message}\n${usage}\n`);
    return { exit: 2 };
  };
  return withLocale(io.english ? 'en' : 'nl', () => {
    const flags = readFlags(args, spec.flags, { switches: spec.switches });
    if ('message' in flags) return fail(flags.message);
    const parsed = spec.schema.safeParse(flags.values);
    if (!parsed.success) return fail(parsed.error.issues.map((issue) => issue.message).join('\n'));
    return { data: parsed.data };
  });
}

/**
 * The one word of a command that is no flag (a file name), wherever it stands, and the flags
 * around it; a flag's value is never taken for it.
 */
export function splitPositional(args: readonly string[]): {
  positional: string | undefined;
  flags: string[];
} {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) return { positional: arg, flags: [...args.slice(0, i), ...args.slice(i + 1)] };
    if (!arg.includes('=') && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) i++;
  }
  return { positional: undefined, flags: [...args] };
}

/**
 * A command that takes no arguments refuses any (`doctor --bogus` ran as if nothing was said): the
 * first one named back, then the usage when the command has one, exit code 2. Null when there are none.
 */
export function refuseArguments(args: readonly string[], io: CliIo, usage?: Bilingual): number | null {
  if (args.length === 0) return null;
  const unknown = words(io.english ? 'en' : 'nl').cli.unknownArgument(args[0] ?? '');
  io.stderr.write(usage ? `${unknown}\n\n${io.english ? usage.en : usage.nl}` : `${unknown}\n`);
  return 2;
}
