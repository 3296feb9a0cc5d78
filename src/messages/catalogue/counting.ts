/**
 * Small helpers the catalogues share so numbers and names read right: "1 dag" beside "2 dagen",
 * "elke week" beside "elke 4 weken", and a name that already says its kind not said twice.
 */

/** `n` with the singular or the plural word: "1 regio", "3 regio's". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
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
