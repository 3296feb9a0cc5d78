import type {
  DigestDocument,
  DigestEdition,
  DigestSection,
  ProgressFigure,
} from '../domain/digest-document.ts';

const NO_FIGURE: ProgressFigure = { value: null, target: null, yearTarget: null };

/** Whether a rendering shows a section: everything, unless the projectleider left it out. */
export function shows(edition: DigestEdition | undefined, section: DigestSection): boolean {
  return !edition?.omitted.includes(section);
}

/**
 * The document as the stuurgroep gets it: a section left out is emptied as well as skipped by the
 * renderers, so nothing of it can slip into a file even through a rendering that forgot to ask.
 */
export function withoutSections(doc: DigestDocument, omitted: readonly DigestSection[]): DigestDocument {
  const out = (s: DigestSection) => omitted.includes(s);
  return {
    ...doc,
    successes: out('successen') ? [] : doc.successes,
    knelpunten: out('knelpunten') ? { byCategory: {}, top: [], solved: [] } : doc.knelpunten,
    checklist: out('checklist') ? { ...doc.checklist, now: {}, previous: {}, changes: [] } : doc.checklist,
    progress: out('voortgang')
      ? {
          trajecten: NO_FIGURE,
          duurzameUitstroomPct: NO_FIGURE,
          leerbijeenkomsten: NO_FIGURE,
          casusbesprekingen: NO_FIGURE,
        }
      : doc.progress,
  };
}
