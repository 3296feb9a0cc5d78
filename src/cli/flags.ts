import type { z } from 'zod';
import type { Bilingual, CliIo } from './command.ts';

/**
 * `--name value` and `--name=value` flags, each at most once and only the ones a command knows;
 * anything else is named back in Dutch.
 */
export function readFlags<F extends string>(
  args: readonly string[],
  known: readonly F[],
  switches: readonly F[] = [],
): { values: Partial<Record<F, string>> } | { message: string } {
  const values: Partial<Record<F, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const name = m?.[1];
    if (!m || !name || !(known as readonly string[]).includes(name)) {
      return { message: `Onbekende optie of waarde: ${arg}` };
    }
    const flag = name as F;
    let value = m[2];
    // A switch (--force) takes no value: present means on.
    if (value === undefined && switches.includes(flag)) value = 'true';
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) return { message: `--${flag} verwacht een waarde` };
      value = next;
      i++;
    }
    if (values[flag] !== undefined) return { message: `--${flag} is meer dan eens opgegeven` };
    values[flag] = value;
  }
  return { values };
}

/**
 * A command's flags read and checked against its zod schema: the values, or the exit code after
 * `--help` (0, usage on stdout) or a bad argument (2, the Dutch reasons and the usage on stderr).
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
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${usage}\n`);
    return { exit: 0 };
  }
  const fail = (message: string) => {
    io.stderr.write(`${message}\n${usage}\n`);
    return { exit: 2 };
  };
  const flags = readFlags(args, spec.flags, spec.switches);
  if ('message' in flags) return fail(flags.message);
  const parsed = spec.schema.safeParse(flags.values);
  if (!parsed.success) return fail(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return { data: parsed.data };
}
