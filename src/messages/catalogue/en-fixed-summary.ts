import type { nlFixedSummary } from './nl-fixed-summary.ts';

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

/** The summary from the figures under `--en`; the keys are the Dutch ones (nl-fixed-summary.ts). */
export const enFixedSummary: typeof nlFixedSummary = {
  noCheckins: (period) => `In ${period} no check-in was filled in.`,
  tooFew: (period) => `In ${period} too few members filled in the check-in to show a level.`,
  target: (level) => `, the target is ${level}`,
  started: (level, target) => ` (started at ${level}${target})`,
  level: (period, level, started) => `In ${period} the collaboration is at level ${level}${started}.`,
  solved: (n) => `${n === 1 ? 'One knelpunt was' : `${n} knelpunten were`} solved.`,
  checklist: (yes) => `Of the checklist the werkgroep agreed on, ${yes} of the 20 items are at yes.`,
  trajecten: (value, target) =>
    `There were ${value} trajectories against a target of ${target} for this period.`,
  noKnelpunten: 'No knelpunten were named.',
  mostNamed: (label, n) => `The knelpunt named most is ${label} (${times(n)}).`,
  and: 'and',
  allTied: (list, n) => `The knelpunten ${list} were each named ${times(n)}; none stands out.`,
  someTied: (list, n) => `Named most, ${times(n)} each, are the knelpunten ${list}.`,
};
