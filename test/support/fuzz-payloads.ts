/** A small seeded generator (mulberry32): the same seed gives the same payloads on every run. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}
export type Random = ReturnType<typeof seededRandom>;

/** Client details a fuzzed text may carry: none of them may end up stored or logged. */
export const CLIENT_DATA = [
  '123456782',
  'Bram Hoekstra heeft schizofrenie',
  '06-12345678',
  'bram.hoekstra@voorbeeld.nl',
];

const WORDS = [
  'help',
  'agenda',
  'toevoegen',
  'actiepunt',
  'actiepunten',
  'knelpunt',
  'vakantie',
  'werkgroep',
  'reeks',
  'verplaats',
  'afzeggen',
  'digest',
  'checkin',
  'ronde',
  'niveau',
  '3.5',
  '2026-03-29',
  'morgen',
  'maandag',
  '14:00',
  'Oost',
  '"',
  '\\',
  '\u0000',
  '\u202e',
  '😀',
  '<script>',
  '%00',
  '{}',
  '[]',
  ...CLIENT_DATA,
];

/** Something of any JSON type, to put where a field is expected. */
export function junkValue(r: Random, depth = 0): unknown {
  switch (r.int(depth > 2 ? 6 : 9)) {
    case 0:
      return null;
    case 1:
      return r.int(2) === 0;
    case 2:
      return r.pick([0, -1, 1e308, Number.MAX_SAFE_INTEGER, 3.5]);
    case 3:
      return '';
    case 4:
      return junkText(r);
    case 5:
      return 'x'.repeat(r.pick([1, 300, 3001, 40_000]));
    case 6:
      return [junkValue(r, depth + 1), junkValue(r, depth + 1)];
    case 7:
      return { [junkText(r)]: junkValue(r, depth + 1) };
    default:
      return {};
  }
}

export function junkText(r: Random): string {
  return Array.from({ length: 1 + r.int(6) }, () => r.pick(WORDS)).join(' ');
}

/** Replaces, removes or adds a field somewhere in an object tree (a copy). */
export function mutate(r: Random, value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return r.int(3) === 0 ? junkValue(r) : value;
  if (Array.isArray(value)) return value.map((v) => (r.int(3) === 0 ? mutate(r, v, depth + 1) : v));
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const key = keys.length > 0 ? r.pick(keys) : 'x';
  const roll = r.int(4);
  if (roll === 0) delete copy[key];
  else if (roll === 1) copy[key] = junkValue(r);
  else if (roll === 2 && depth < 4) copy[key] = mutate(r, copy[key], depth + 1);
  else copy[junkText(r)] = junkValue(r);
  return copy;
}
