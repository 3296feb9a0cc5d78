/**
 * Small helpers the catalogues share so numbers and names read right: "1 dag" beside "2 dagen",
 * "elke week" beside "elke 4 weken", and a name that already says its kind not said twice.
 */

/** `n` with the singular or the plural word: "1 regio", "3 regio's". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Several counts in one list, "1 regio, 0 deelnemers": `nouns` names each key (singular, plural),
 * in the order said; `onlySome` leaves out the keys counted 0.
 */
export function counts<K extends string>(
  n: Readonly<Record<K, number>>,
  nouns: Readonly<Record<K, readonly [string, string]>>,
  onlySome = false,
): string {
  return (Object.entries(nouns) as [K, readonly [string, string]][])
    .filter(([key]) => !onlySome || n[key] > 0)
    .map(([key, [one, many]]) => count(n[key], one, many))
    .join(', ');
}

/**
 * "De werkgroep Werkgroep Noord" reads as a stutter: when the name starts with the kind's own
 * word ("Werkgroep …", "Stuurgroep …"), the name alone says it. `kind` is "De werkgroep",
 * "The werkgroep", "Het casusoverleg"; its last word is compared with the name's first.
 */
export function kindAndName(kind: string, name: string): string {
  const kindWord = kind.trim().split(/\s+/).pop()?.toLowerCase() ?? '';
  const nameWord = name.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return kindWord !== '' && kindWord === nameWord ? name : `${kind} ${name}`;
}

/** A file size said in kB below 2 MB, so one just over a 1 MB limit never reads as "1,0 MB". */
export const inKb = (bytes: number): boolean => bytes < 2 * 2 ** 20;

/** Bytes as whole kB, rounded up: over a limit stays over it. */
export const kb = (bytes: number): number => Math.ceil(bytes / 1024);
