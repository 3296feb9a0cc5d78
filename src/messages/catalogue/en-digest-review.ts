import type { nlDigestReview } from './nl-digest-review.ts';

/**
 * English answers about the projectleider's review of a digest draft: its buttons and forms;
 * the keys are the Dutch ones (nl-digest-review.ts).
 */
export const enDigestReview: typeof nlDigestReview = {
  expired: 'This draft does not exist (any more). Type samenvatting for a new draft.',
  withdrawn:
    "This version of the summary was withdrawn: a member's data was erased, and this draft still counted their answers. Type samenvatting for a new draft; edit its text and leave sections out again there if you want to.",
  alreadyPublished: (version, period) =>
    `Version ${version} has already been published. Type samenvatting ${period} for a correction.`,
  unknownForm: "I don't know this form (any more).",
  noChannel:
    "This region's stuurgroep has no channel yet where Schakel can post. Nothing has been published.",
  publishedSummary: (firstSentence) => `What the stuurgroep reads begins with: ${firstSentence}`,
  publishedPdf: (url) => `The published version as a PDF: ${url}`,
  stuurgroepPeriod: (meeting) => `the period for the stuurgroep of ${meeting}`,
  tertiaalPeriod: (name) => `the ${name}`,
  published: (version, period, channels) =>
    `Published: version ${version} of ${period} is now being sent to the stuurgroep's ${channels === 1 ? 'channel' : `${channels} channels`}. If that does not work at once, Schakel tries again (type mislukt to see what did not arrive).`,
  periodProblem: (running, previous) =>
    `Give a tertiaal or a stuurgroep date, like this: samenvatting ${previous} (the year, T and the tertiaal's number) or samenvatting 2026-10-15. Now running is the ${running}.`,
  noSuchTertiaal: (typed, running, previous) =>
    `I cannot summarise ${typed}: a year has three tertialen, T1 (January to April), T2 (May to August) and T3 (September to December), and a summary is about a tertiaal that has begun. Now running is the ${running}. Type for example samenvatting ${previous} for the one before it, or just samenvatting for the coming stuurgroep.`,
  periodNotStarted: (period, current, code) =>
    `${period} has not begun yet, so there is nothing to summarise; nothing was drafted or published. Now running is the ${current}: type samenvatting ${code} for a draft of it (it is still running), or samenvatting for the coming stuurgroep.`,
  noneYet: 'No summary has been published for this region yet.',
  readerOnly: (p) =>
    `Only the projectleider of this region draws up the draft of the summary. You read the latest published summary with ${p}samenvatting laatste.`,
  readLatest: 'Latest summary',
};
