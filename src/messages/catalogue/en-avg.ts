import type { NL_ROLE_NAMES, nlAvg } from './nl-avg.ts';

/** English words of inzage and vergeten (AVG); the keys are the Dutch ones (nl-avg.ts). */
/** The roles in English, as `mijn-gegevens` and the local chat's header name them (nl-avg.ts NL_ROLE_NAMES). */
export const EN_ROLE_NAMES: typeof NL_ROLE_NAMES = {
  lid: 'werkgroep member',
  projectleider: 'projectleider',
  stuurgroeplid: 'stuurgroep member',
  beheerder: 'administrator',
  landelijk: 'national team',
};

export const enAvg: typeof nlAvg = {
  heading: 'Your data in Schakel',
  intro: 'This is everything Schakel stores about you, in short.',
  asFile: (file) =>
    `Everything at once, to keep or pass on, comes as a file: ${file} (JSON, with an explanation of each part, in Dutch).`,
  eraseHint: 'Do you want it erased? Then type vergeet-mij.',
  nothingKept:
    'Schakel keeps no data about you: you are not (or no longer) linked to a region or werkgroep. Want to use Schakel again? Ask your projectleider to link you.',
  statement: (url) => `Why Schakel keeps this, for how long and who sees it: ${url}`,
  fileDescription: 'Everything Schakel stores about you (access request, GDPR article 15)',
  labels: {
    name: 'Name',
    organisation: 'Organisation',
    region: 'Region',
    roles: 'Roles',
    email: 'Email',
    linkedIn: 'Linked in',
    werkgroepen: 'Your werkgroepen',
    stuurgroep: 'Your stuurgroep',
    otherOverleggen: 'Other meetings',
    checkins: 'Check-in answers',
    agendapunten: 'Agenda items',
    actiepunten: 'Action items',
    knelpunten: 'Knelpunten raised',
    checklist: 'Checklist answers',
  },
  roleNames: EN_ROLE_NAMES,
  none: 'none',
  notFilledIn: 'not filled in',
  notKnown: 'not known',
  noAccount: 'no account',
  and: 'and',
  ofWhichOpen: (n) => `, of which ${n} open`,
  onYourName: (counted) => `${counted} in your name`,
  forOthers: (counted) => `${counted} created by you for others`,
  units: {
    answers: ['answer', 'answers'],
    agendapunten: ['agenda item', 'agenda items'],
    actiepunten: ['action item', 'action items'],
    knelpunten: ['knelpunt', 'knelpunten'],
    tertialen: ['tertiaal', 'tertialen'],
  },
  deliveryStatus: {
    pending: 'still to be sent',
    sending: 'being sent',
    sent: 'sent',
    failed: 'failed',
    skipped: 'skipped',
    obsolete: 'no longer needed',
  },
  versionStatus: { draft: 'draft', published: 'published', withdrawn: 'withdrawn' },
  eraseExplained:
    'If you confirm, Schakel erases who you are (name, organisation, roles, accounts) and what is only about you:',
  erasedItems: [
    'your check-ins and checklist answers',
    'your werkgroepen, stuurgroep and language',
    'messages you would still receive',
  ] as readonly string[],
  keptWithoutName: 'Kept for the werkgroep, without your name:',
  keptItems: [
    'your action items, open or closed, without an owner (anyone in the werkgroep can close them)',
    'your agenda items and knelpunten',
    "what you did, in the werkgroep's logbook",
  ] as readonly string[],
  eraseRest:
    'A draft of the stuurgroep summary with your answers is withdrawn; what the stuurgroep already received stays. This cannot be undone.',
  lastProjectleider:
    "Note: you are this region's only projectleider. Afterwards nobody can publish the summary or manage meetings, series and reminders (an administrator can still set up werkgroepen and channels). Ask the administrator to appoint a new projectleider first, on the server with schakel members import (role projectleider).",
  eraseButton: 'Yes, erase my data',
  eraseConfirm: (p) => `Are you sure? Choose the button or type ${p}vergeet-mij bevestig`,
  erased:
    'Your data has been erased. Schakel no longer knows you; if you want to take part again later, ask your projectleider.',
  cardWithdrawn: 'This check-in has lapsed: your data has been erased.',
};
