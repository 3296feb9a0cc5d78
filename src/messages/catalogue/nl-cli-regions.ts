/** `schakel regions`, and the line that names the regions when a command is given one that is not there. */
export const nlCliRegions = {
  none: 'Er is nog geen regio. Een regio maakt u met "schakel import regio.json" (zie "Running it for real" in de README).',
  werkgroepen: (names: string) => `werkgroepen: ${names}`,
  noWerkgroepen: 'nog geen werkgroepen',
  /** After "Regio x bestaat niet.": the regions there are, as `id (name)`, listed. */
  known: (regions: string) =>
    `Bestaande regio's: ${regions}. "schakel regions" toont ze met hun werkgroepen.`,
};
