import type { nlAvg } from './nl-avg.ts';

/** English words of inzage and vergeten (AVG); the keys are the Dutch ones (nl-avg.ts). */
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
  roleNames: {
    lid: 'member',
    projectleider: 'project leader',
    stuurgroeplid: 'steering group member',
    beheerder: 'administrator',
    landelijk: 'national team',
  },
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
    'If you confirm, Schakel erases your name, organisation, roles and linked accounts, and everything that is only about you:',
  erasedItems: [
    'your check-ins and your checklist answers',
    'which werkgroepen and stuurgroep you are in, and your choice of language',
    'messages Schakel would still send to you personally',
  ],
  keptWithoutName: 'This stays for the werkgroep, but without your name:',
  keptItems: [
    'the action items in your name: they stay, open or closed, without an owner (anyone in the werkgroep can then close them)',
    'the agenda items and knelpunten you raised',
    "what you did, in the werkgroep's logbook",
  ],
  eraseRest:
    'A draft of the stuurgroep summary that is not yet published counts your answers, so it is withdrawn. Summaries already sent to the stuurgroep stay as they are. This cannot be undone.',
  lastProjectleider:
    "Note: you are this region's only projectleider. Once you are erased the region has no projectleider: nobody can then draw up or publish the stuurgroep summary, or manage the werkgroepen's meetings, series and reminders. An administrator can still create werkgroepen, link channels and read the log, and members of a werkgroep close action items without an owner themselves. So ask the administrator to appoint a new projectleider first. For the administrator: that is done on the server with schakel members import (role projectleider).",
  eraseButton: 'Yes, erase my data',
  eraseConfirm: (p) => `Are you sure? Choose the button below or type ${p}vergeet-mij bevestig`,
  erased:
    'Your data has been erased. Schakel no longer knows you; if you want to take part again later, ask your projectleider.',
  cardWithdrawn: 'This check-in has lapsed: your data has been erased.',
};
