import type { nlAnswers } from './nl-answers.ts';

/** English answers to the text commands; the keys are the Dutch ones (nl-answers.ts). */
export const enAnswers: typeof nlAnswers = {
  actiepunt: 'Action item noted, with you as its owner. It appears in every reminder until you close it.',
  actiepunten: {
    none: 'There are no open action items.',
    count: (n) => `${n} open action ${n === 1 ? 'item' : 'items'}`,
    heading: 'Open action items',
    due: (date) => ` (due ${date})`,
    klaarHint: (p) => `Or type ${p}klaar <number>; a number stays with its action item.`,
  },
  klaar: {
    noSuch: (n, p) => `There is no action item with number ${n}. Type ${p}actiepunten for the list.`,
    already: (n, description) => `Action item #${n} was already closed: ${description}.`,
    done: (n, description) => `Closed: #${n} ${description}.`,
  },
  agenda: {
    heading: (when) => `Agenda for ${when}`,
    empty: (p) => `No agenda items yet. Add one with ${p}agendapunt <text>.`,
  },
  agendapunt: (when) => `Noted for the meeting of ${when}.`,
  annuleer: (date) =>
    `The meeting of ${date} is cancelled. The werkgroep gets one short message instead of the reminders.`,
  checkinDagen: (days) => `From now on the check-in stays open for ${days} days after each meeting.`,
  vakantie: (label, from, to) =>
    `Noted: ${label} from ${from} to ${to}. Meetings in that period get a warning.`,
  onbekend: (p) => `I don't know that command. Type "${p}help" to see what I can do.`,
  ongeldig: (usage) => `I don't understand it like this. Use: ${usage}`,
  reeks: {
    none: (usage) => `There is no series yet. The projectleider creates one with ${usage}`,
    fallback: "This werkgroep's series",
    first: 'First meeting',
    firstValue: (date, time) => `${date} at ${time}`,
    every: 'Every',
    weeks: (n) => `${n} weeks`,
    duration: 'Duration',
    minutes: (n) => `${n} minutes`,
    link: (url) => `Add the series to your calendar (Outlook, Google): ${url}`,
    noLink: 'A calendar link cannot be opened in this Schakel yet; your administrator can switch it on.',
  },
  roundForm: {
    noRound: 'This werkgroep has had no check-in yet. It starts after the first meeting.',
    fillIn: (title) => `${title}: please fill in the form.`,
  },
  series: {
    nextMeeting: (when) => `Next meeting: ${when}`,
    moved: ' (moved)',
    noSeries: 'This werkgroep has no series yet.',
    noMeetingOn: (date) => `This werkgroep has no meeting on ${date}.`,
    created: (weeks, date, time) => `The series is set: every ${weeks} weeks from ${date} at ${time}.`,
    movedTo: (date, time) => `Moved to ${date} at ${time}. The reminders follow the new date.`,
    changedFrom: (date) => `The series has changed from ${date}. Earlier meetings stay as they were.`,
    upcomingHeading: 'Next meetings',
    noneplanned: 'No meeting has been planned yet.',
    pastFirst: 'This date is in the past. Choose a first meeting from today on.',
    pastMoved: 'This date is in the past. Choose a new date from today on.',
    pastFrom: 'This date is in the past. Choose a date from today on.',
  },
  choice: {
    ask: 'You are in more than one werkgroep. Which werkgroep is this for?',
    notYours: 'That werkgroep is not (or no longer) yours. Type the command again.',
    noWerkgroep: 'You are not linked to a werkgroep yet. Ask your projectleider.',
    typeInChannel: "You are in more than one werkgroep: type this in the werkgroep's channel.",
    unknownButton: "I don't know this button (any more). Type klaar with the action item's number.",
    unknownChoice: "I don't know this choice (any more). Type the command again.",
  },
  admin: {
    noOverleg: 'This werkgroep does not exist (any more).',
    logFallback: 'Audit log',
    logHeading: 'Audit log (last 20)',
    erasedMember: 'erased member',
    logEmpty: 'Nothing recorded yet.',
    noFailures: 'No failed messages.',
    failedCount: (n) => `${n} failed ${n === 1 ? 'message' : 'messages'}`,
    failedHeading: 'Failed messages',
    kinds: {
      agenda_call: 'call for agenda items',
      reminder: 'reminder',
      checkin_invite: 'check-in invitation',
      cancel_notice: 'cancellation notice',
      checkin_dm: 'check-in in a private message',
      checkin_nudge: 'check-in reminder',
      round_close: 'check-in summary',
      digest_draft: 'draft of the stuurgroep summary',
      digest_publish: 'published stuurgroep summary',
    },
    failedLine: (kind, occurrence, platform, attempts) =>
      `${kind} for ${occurrence} to ${platform} (${attempts} attempts)`,
    failedNote: 'Check that Schakel is still in the channel. New messages are sent as usual.',
    badValue: (why) => `That value is not possible: ${why}.`,
    invalid: 'invalid',
    remindersHeading: "This werkgroep's reminders",
    remindersChanged: 'Reminders changed',
    agendaCall: 'Call for agenda items',
    agendaCallValue: (days, hour) => `${days} days before at ${hour}:00`,
    reminder: 'Reminder',
    reminderValue: (days, hour) => `${days} ${days === 1 ? 'day' : 'days'} before at ${hour}:00`,
    checkinAfter: 'Check-in afterwards',
    weekend: 'Also at weekends',
    quietHours: 'Quiet hours',
    yes: 'yes',
    no: 'no',
    endBeforeStart: 'The end date is before the start date.',
  },
  links: {
    personal: (p) =>
      `This is your private chat with Schakel. Link the werkgroep's channel by typing ${p}koppel <name> there.`,
    notAdded:
      'Schakel has not been added to this channel yet, so I cannot send reminders here. Add Schakel to the team or the chat (Apps → Schakel → Add) and try again.',
    noSuch: (name, region, p) =>
      `There is no werkgroep "${name}" in ${region}. Type the name exactly as it is, or create it with ${p}nieuwe-werkgroep.`,
    already: (name) => `This channel is already linked to ${name}.`,
    linkedElsewhere: (other, name) =>
      `This channel is already linked to ${other}. Type ontkoppel first if it belongs to ${name} from now on.`,
    linked: (name) =>
      `This channel is linked to ${name}. The reminders and the check-in come here from now on.`,
    notLinked: 'This channel is not linked to any werkgroep.',
    afterwards: (p) => `Then link the werkgroep's channel: type ${p}koppel <name of the werkgroep> there.`,
    belongsTo: (name, p) =>
      `This channel already belongs to ${name}; afterwards, link the new werkgroep in its own channel with ${p}koppel <name>.`,
    and: ' and ',
    unlinked: (names, p, first) =>
      `This channel is unlinked from ${names}. Reminders no longer come here; link another channel with ${p}koppel ${first}.`,
  },
  digest: {
    expired: 'This draft does not exist (any more). Type samenvatting for a new draft.',
    alreadyPublished: (version, period) =>
      `Version ${version} has already been published. Type samenvatting ${period} for a correction.`,
    unknownForm: "I don't know this form (any more).",
    noChannel:
      "This region's stuurgroep has no channel yet where Schakel can post. Nothing has been published.",
    published: (version, period, channels) =>
      `Published: version ${version} of ${period} is now being sent to the stuurgroep's ${channels === 1 ? 'channel' : `${channels} channels`}. If that does not work at once, Schakel tries again (type mislukt to see what did not arrive).`,
    periodProblem: 'Give a tertiaal as YYYY-Tn or a stuurgroep date as YYYY-MM-DD.',
    noneYet: 'No summary has been published for this region yet.',
  },
  avg: {
    heading: 'Your data in Schakel',
    intro: 'This is everything Schakel stores about you, in short.',
    asFile: (file) =>
      `Everything at once, to keep or pass on, comes as a file: ${file} (JSON, with an explanation of each part, in Dutch).`,
    eraseHint: 'Do you want it erased? Then type vergeet-mij.',
    fileDescription: 'Everything Schakel stores about you (access request, GDPR article 15)',
    labels: {
      name: 'Name',
      organisation: 'Organisation',
      region: 'Region',
      roles: 'Roles',
      email: 'Email',
      linkedIn: 'Linked in',
      werkgroepen: 'Member of',
      checkins: 'Check-in answers',
      agendapunten: 'Agenda items',
      actiepunten: 'Action items',
      knelpunten: 'Knelpunten raised',
      checklist: 'Checklist answers',
    },
    none: 'none',
    notFilledIn: 'not filled in',
    notKnown: 'not known',
    noAccount: 'no account',
    and: 'and',
    ofWhichOpen: (n) => `, of which ${n} open`,
    units: {
      answers: ['answer', 'answers'],
      agendapunten: ['agenda item', 'agenda items'],
      actiepunten: ['action item', 'action items'],
      knelpunten: ['knelpunt', 'knelpunten'],
      tertialen: ['tertiaal', 'tertialen'],
    },
    eraseExplained:
      'If you confirm, Schakel erases your name, organisation, roles and linked accounts, your check-ins and checklist answers, and the link between you and the knelpunten and agenda items you raised (those stay, without a name, for the werkgroep). ' +
      'Summaries already sent to the stuurgroep stay as they are. This cannot be undone.',
    eraseConfirm: (p) => `Are you sure? Type ${p}vergeet-mij bevestig`,
    erased:
      'Your data has been erased. Schakel no longer knows you; if you want to take part again later, ask your projectleider.',
  },
};
