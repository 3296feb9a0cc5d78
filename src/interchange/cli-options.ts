import { words } from '../messages/catalogue/words.ts';

/**
 * `--name value` options for the national, export and import commands. Unknown options are an
 * error, so a typo never silently falls back to a default; said in the language being spoken
 * (`withLocale`).
 */
export function readOptions(
  args: readonly string[],
  names: readonly string[],
  switches: readonly string[] = [],
): { values: Record<string, string | undefined>; positional: string[]; help: boolean } | { error: string } {
  const values: Record<string, string | undefined> = {};
  const positional: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    // A switch (--force) takes no value: present means on.
    if (switches.includes(name) && inline === undefined) {
      values[name] = 'true';
      continue;
    }
    if (!names.includes(name)) return { error: words().cli.arguments.unknownFlag(arg) };
    const value = inline ?? args[++i];
    if (value === undefined) return { error: words().cli.arguments.missingValue(name) };
    // `export --region a --region b` exported b alone, silently: one value, or say so.
    if (values[name] !== undefined) return { error: words().cli.arguments.repeated(name) };
    values[name] = value;
  }
  return { values, positional, help };
}
