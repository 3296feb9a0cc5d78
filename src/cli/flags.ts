/**
 * `--name value` and `--name=value` flags, each at most once and only the ones a command knows;
 * anything else is named back in Dutch.
 */
export function readFlags<F extends string>(
  args: readonly string[],
  known: readonly F[],
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
