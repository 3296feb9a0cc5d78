import type { OverlegKind } from './members.ts';

const KIND_WORDS: Readonly<Record<OverlegKind, string>> = {
  werkgroep: 'Werkgroep',
  casusoverleg: 'Casusoverleg',
  leerbijeenkomst: 'Leerbijeenkomst',
  stuurgroep: 'Stuurgroep',
};

/**
 * How an overleg is called where it stands alone (a calendar entry): its name, with the word for
 * its kind in front unless the name already starts with that word. "Oost" (werkgroep) becomes
 * "Werkgroep Oost"; "Casusoverleg Zutphen" stays as it is, never "Werkgroep Casusoverleg Zutphen".
 */
export function overlegTitle(name: string, kind: OverlegKind): string {
  const word = KIND_WORDS[kind];
  const trimmed = name.trim();
  return trimmed.toLowerCase().startsWith(word.toLowerCase()) ? trimmed : `${word} ${trimmed}`;
}
