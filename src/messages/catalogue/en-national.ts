import { MIN_GROUP } from '../../privacy/small-groups.ts';
import { count } from './counting.ts';
import type { nlNational } from './nl-national.ts';

/**
 * English answers about `landelijk`: the national overview for the programme office;
 * the keys are the Dutch ones (nl-national.ts).
 */
export const enNational: typeof nlNational = {
  span: (from, to) => `${from} to ${to}`,
  title: (period) => `National overview ${period}`,
  regionsNote: (regions, min) =>
    `${regions} regions. Only numbers of regions, no names. A region with fewer than ${min} answers counts as not available.`,
  checklistHeading: 'Preconditions (checklist): yes / in development / no',
  shortNames: [
    'Equipped projectleider',
    'Project plan',
    'Administrative support',
    'Time and capacity',
    'Long-term vision',
    'Met face to face',
    'Practice, policy and management involved',
    'Client and employer perspective',
    'Effective moments of contact',
    "Knowing each other's expertise",
    'Commitment to actions',
    '(Conflicting) interests',
    "Each other's language",
    'Clear agreements',
    'Transparency about privacy',
    'Shared framework of agreements',
    'Structural contact',
    'Sense of urgency',
    'Financial agreements',
    'Insight into risk factors',
  ],
  levelHeading: 'Change in the level of collaboration since the start',
  levelChanges: {
    geen_verschil: 'No difference from the starting level',
    minder_dan_een_stap: 'Some difference, but not yet a whole step',
    een_niveau: '1 level up',
    een_tot_twee_niveaus: 'Between 1 and 2 levels up',
    meer_dan_twee: 'More than 2 levels up',
    gedaald: 'Gone down',
    niet_beschikbaar: `Not available (fewer than ${MIN_GROUP} answers in the period)`,
  },
  regions: (n) => count(n, 'region', 'regions'),
  fullTables: (p) =>
    `The administrator of Schakel can make the full tables, with the text of each part, as a file for you. Another period: ${p}landelijk YYYY-Tn or ${p}landelijk YYYY-MM-DD..YYYY-MM-DD.`,
};
