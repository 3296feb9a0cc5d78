import { count } from './counting.ts';
import type { nlNationalReport } from './nl-national-report.ts';

/** `schakel national --format md --en`; the keys are the Dutch ones (nl-national-report.ts). */
export const enNationalReport: typeof nlNationalReport = {
  title: (from, to) => `National overview ${from} to ${to}`,
  regions: (n) => `Number of regions: ${n}. Only numbers of regions; no names of regions or members.`,
  checklistHeading: 'Preconditions for effective regional collaboration',
  checklistNote: [
    'Per item of the checklist: the number of regions whose last agreed answer in the period was that.',
    'Regions without an answer to an item do not count there.',
  ],
  checklistColumns: ['no.', 'precondition', 'yes', 'in development', 'no'],
  levelHeading: 'Change in the level of collaboration',
  levelNote: (min) => [
    "Current level (median of each member's last answer in the period) minus the starting level.",
    `A region with fewer than ${count(min, 'answer', 'answers')} in the period counts as not available.`,
  ],
  levelColumns: ['change', 'number of regions'],
};
