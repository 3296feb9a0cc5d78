import type { nlEvaluation } from './nl-evaluation.ts';

/** The draft evaluation form under `--en`; the keys are the Dutch ones (nl-evaluation.ts). */
export const enEvaluation: typeof nlEvaluation = {
  title: 'Evaluation Hoofdzaak Werk',
  documentTitle: (region) => `Evaluation Hoofdzaak Werk – ${region}`,
  region: (name) => `Region: ${name}`,
  period: (from, to) => `Period: ${from} to ${to}`,
  procesregisseur: 'Process coordinator: …',
  date: (date) => `Date: ${date}`,
  draftNote:
    'Draft, written by Schakel from the check-ins, knelpunten and progress of this period. Complete, check and change it before you submit it.',
  summary: 'Summary: …',
  fillIn: 'For the projectleider to fill in.',
  times: (n) => (n === 1 ? 'once' : `${n} times`),
  named: (times) => `named ${times}`,
  general: {
    heading: '1 General',
    intro: 'Description of how the project has gone in general so far.',
    wentWell: 'What went well?',
    nothingWentWell: 'Nothing was filled in under "what went well" this period.',
    knelpunten: 'What were the knelpunten?',
    noKnelpunten: 'No knelpunten were named this period.',
    actions: 'What did you do to solve the knelpunten?',
    noActions: 'Schakel recorded no solutions or changes of status this period.',
    approach: (oplossing) => `approach: ${oplossing}`,
    changed: (status, date) => `${status} as of ${date}`,
    atEnd: (status) => `status at the end of the period: ${status}`,
    withheld: (n) =>
      `${n === 1 ? 'One text was' : `${n} texts were`} left out because they may contain client data.`,
    lessons: 'What lessons, insights and knowledge has the project brought so far?',
    factors: 'What helped and what hindered?',
  },
  results: {
    heading: '3 Summary of the results so far',
    intro:
      'The results in relation to the goals of the plan of approach. Where do things stand, and will the goals be met?',
    progressFrom: (tertialen, several) =>
      `Progress from ${several ? 'the tertialen' : 'tertiaal'} ${tertialen}:`,
    figures: {
      trajecten: 'Trajectories',
      uitstroomCount: 'Lasting outflow to work (number)',
      uitstroomShare: 'Lasting outflow to work',
      leerbijeenkomsten: 'Learning meetings',
      casusbesprekingen: 'Case discussions',
    },
    notFilledIn: 'not filled in',
    noTarget: 'no target set',
    shareTarget: (target) => `target ${target}%`,
    countTarget: (target, year) => `target pro rata ${target}, year target ${year}`,
    targetsMet: 'Will the goals be met?',
  },
  collaboration: {
    heading: '4 Collaboration between the project partners',
    intro:
      'How is the collaboration between the project partners going? What goes well and what could be better? Are all parties on board? Which health insurer is involved in your region?',
    levels: "Level of collaboration (ladder 1-6, median of each member's last check-in)",
    start: (level) => `starting level ${level}`,
    target: (level) => `target ${level}`,
    totalNone: (extra) => `Overall: no check-ins this period${extra}`,
    totalHidden: (hidden, extra) => `Overall: ${hidden}${extra}`,
    total: (level, n, extra) => `Overall: level ${level} (${n} members)${extra}`,
    domain: (label, level, n) => `${label}: level ${level} (${n} members)`,
    checklist: (tertiaal) => `Checklist effective collaboration (agreed status, ${tertiaal})`,
    columns: ['No.', 'Precondition', 'Status', 'Previously'],
    notYetAgreed: 'not agreed yet',
    notAgreed: 'not agreed',
    partners: 'Are all parties on board? Which health insurer is involved?',
  },
  other: {
    heading: '5 Other remarks',
    intro: 'Remarks that matter for the Hoofdzaak Werk project in the region.',
    tooFew: (members) =>
      `Too few members filled in the check-in to show the number (of ${members} werkgroep members).`,
    answered: (answered, members) =>
      `${answered} of the ${members} werkgroep members filled in the check-in this period.`,
  },
};
