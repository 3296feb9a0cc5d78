import type { Words } from './nl.ts';

/** `schakel regions` under `--en` (nl-cli-regions.ts has the Dutch). */
export const enCliRegions: Words['cli']['regions'] = {
  none: 'There is no region yet. A region is made with "schakel import regio.json" (see "Running it for real" in the README).',
  werkgroepen: (names) => `werkgroepen: ${names}`,
  noWerkgroepen: 'no werkgroepen yet',
  known: (regions) => `Existing regions: ${regions}. "schakel regions" lists them with their werkgroepen.`,
};
