// Reading the raw values a platform hands back (RawValues in model.ts): one value, or a list.

/** One value from a raw entry; a list of one counts as that one. */
export function single(value: string | readonly string[] | undefined): string | undefined {
  if (typeof value === 'string') return value;
  return value?.length === 1 ? value[0] : undefined;
}

/**
 * Several values from a raw entry: Slack sends a list, Teams one text with the values joined
 * by commas (the values are ids, never containing a comma).
 */
export function listOf(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? value.split(',') : [...value];
  return list.map((v) => v.trim()).filter((v) => v !== '');
}
