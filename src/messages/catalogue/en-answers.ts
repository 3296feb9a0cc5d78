import { MIN_GROUP } from '../../privacy/small-groups.ts';
import { count } from './counting.ts';
import { enAvg } from './en-avg.ts';
import { enDeadline } from './en-deadline.ts';
import { enStuurgroep } from './en-stuurgroep.ts';
import type { nlAnswers } from './nl-answers.ts';

const nextYear = (date: string) => `for next year, type ${date}`;

const agendapuntUsage = (p: string) =>
  `${p}agendapunt followed by your item. For example: ${p}agendapunt Evaluatie pilot IPS`;

/** English answers to the text commands; the keys are the Dutch ones (nl-answers.ts). */
export const enAnswers: typeof nlAnswers = {
  nextYear,
  actiepunt: {
    noted: 'Action item noted, with you as its owner.',
    number: 'Number',
    description: 'Action item',
    owner: 'Owner',
    due: 'Due',
    noDue: 'no date agreed',
    ownerIsTypist:
      'The owner is whoever types the action item. Is it for someone else? Then let them note it themselves.',
    note: (n, p) =>
      `It appears in every reminder until you close it. Done? Type ${p}klaar ${n} or choose the button.`,
    deadlineHint: (n, date, p) => `Did you mean a deadline? Then type ${p}deadline ${n} ${date}.`,
    duplicate: (n, due, p) =>
      `This action item is already open as #${n}, with you as its owner${due}. I did not note it a second time. Type ${p}actiepunten for the list, or ${p}klaar ${n} when it is done.`,
    pastDue: (date, next) =>
      `The date ${date} is in the past. Choose a date from today on${next ? `; ${nextYear(next)}` : ''}.`,
    unreadDate: (after) =>
      `I cannot read the date after ‘${after}’. Write it as 15 januari, 15-01-2027, 15 januari 2027 or vrijdag 15 januari; the action item has not been noted yet.`,
  },
  actiepunten: {
    none: 'There are no open action items.',
    count: (n) => count(n, 'open action item', 'open action items'),
    heading: 'Open action items',
    due: (date, overdue) => ` (due ${date}${overdue ? ' — overdue' : ''})`,
    klaarHint: (p) => `Or type ${p}klaar <number>; a number stays with its action item.`,
    klaarButton: (n) => `Done #${n}`,
    klaarTitle: 'Finish an action item',
    klaarQuestion: 'Which action item is done?',
    klaarPlaceholder: 'Choose an action item',
    klaarSubmit: 'Mark as done',
    klaarChoose: 'First choose the action item that is done.',
  },
  deadline: enDeadline,
  klaar: {
    noSuch: (n, p) => `There is no action item with number ${n}. Type ${p}actiepunten for the list.`,
    already: (n, description) => `Action item #${n} was already closed: ${description}.`,
    done: (n, description) => `Closed: #${n} ${description}.`,
  },
  agenda: {
    heading: (when) => `Agenda for ${when}`,
    empty: (p) => `No agenda items yet. Add one: ${agendapuntUsage(p)}`,
  },
  agendapunt: (when) => `Noted for the meeting of ${when}.`,
  annuleer: (date) =>
    `The meeting of ${date} is cancelled. The werkgroep gets one short message instead of the reminders.`,
  checkinDagen: (days) => `From now on the check-in stays open for ${days} days after each meeting.`,
  vakantie: (label, from, to) =>
    `Noted: ${label} from ${from} to ${to}. Meetings in that period get a warning.`,
  onbekend: (p) => `I don't know that command. Type "${p}help" to see what I can do.`,
  onbekendAsked: (p, command) =>
    `I don't know that command. Did you mean "${p}${command}"? Type "${p}help" to see what I can do.`,
  ongeldig: (usage) => `I don't understand it like this. Use: ${usage}`,
  usageByExample: {
    agendapunt: agendapuntUsage,
    actiepunt: (p) =>
      `${p}actiepunt followed by what is to be done, and when if you like (a Dutch date after tot, voor or uiterlijk). For example: ${p}actiepunt Contactlijst rondsturen voor 15 januari`,
  },
  noSuchDate: (date, usage) => `${date} does not exist. Use: ${usage}`,
  noSuchMonth: (month, usage) => `Month ${month} does not exist: a year has 12 months. Use: ${usage}`,
  reeks: {
    none: (usage) => `There is no series yet. The projectleider creates one with ${usage}`,
    fallback: "This werkgroep's series",
    first: 'First meeting',
    firstValue: (date, time) => `${date} at ${time}`,
    next: 'Next meeting',
    movedFrom: (date) => ` (moved, was on ${date})`,
    every: 'Every',
    weeks: (n) => count(n, 'week', 'weeks'),
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
    movedTo: (werkgroep, date, time) =>
      `The meeting of ${werkgroep} has moved to ${date} at ${time}. The reminders follow the new date.`,
    changedFrom: (date) => `The series has changed from ${date}. Earlier meetings stay as they were.`,
    upcomingHeading: 'Next meetings',
    noneplanned: 'No meeting has been planned yet.',
    pastFirst: 'This date is in the past. Choose a first meeting from today on.',
    pastMoved: 'This date is in the past. Choose a new date from today on.',
    pastFrom: 'This date is in the past. Choose a date from today on.',
  },
  problems: {
    fillInText: 'Please enter a text.',
    noNextMeeting: 'No next meeting has been planned yet.',
    ownerNotMember: 'The owner must be a member of this werkgroep.',
    noActiepunt: 'This action item does not exist (any more).',
    seriesChangedMeanwhile: 'Someone else has just changed the series. Please try again.',
    seriesExists: 'This werkgroep already has a series. Change it from a date on.',
    noMeetingThen: 'This series has no meeting at that moment.',
    skippedHour: (time: string, day: string) =>
      `${time} does not exist on ${day}: the clocks go forward an hour then (summer time). Choose another time.`,
    noCheckin: 'This check-in does not exist (any more).',
    unknownCheckinButton: 'I do not know this button. Ask for a new check-in.',
    draftNotSaved: 'The draft could not be saved. Please try again.',
    draftMembersChanging:
      'The draft was not made: the members of the region kept changing while Schakel worked on it. Nothing was saved. Please try again in a few minutes.',
    noRegion: (id: string) => `Region ${id} does not exist.`,
  },
  choice: {
    ask: 'You are in more than one werkgroep. Which werkgroep is this for?',
    headingFor: (heading, werkgroep) => `${heading} — ${werkgroep}`,
    textFor: (text, werkgroep) => `${werkgroep}: ${text}`,
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
    logMoved: (werkgroep, from, to) => `meeting of ${werkgroep} moved from ${from} to ${to}`,
    logCancelled: (werkgroep, date) => `meeting of ${werkgroep} on ${date} cancelled`,
    noFailures: 'No failed messages.',
    failedCount: (n) => count(n, 'failed message', 'failed messages'),
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
      command_answer: 'answer to a command',
    },
    failedLine: (kind, occurrence, platform, attempts) =>
      `${kind} for ${occurrence} to ${platform} (${count(attempts, 'attempt', 'attempts')})`,
    failedNote: 'Check that Schakel is still in the channel. New messages are sent as usual.',
    skippedLateHeading: 'Skipped: too late to send',
    skippedLateLine: (kind, occurrence, platform, due) =>
      `${kind} for ${occurrence} to ${platform} (due ${due})`,
    skippedLateNote:
      'Schakel was interrupted for too long to send these messages on time; they were not sent. Send a message yourself if it is still needed.',
    undeliveredCount: (failed, late) =>
      `${count(failed, 'failed message', 'failed messages')}, ${count(late, 'message', 'messages')} skipped as too late`,
    badValue: (why) => `That value is not possible: ${why}.`,
    invalid: 'invalid',
    remindersHeading: "This werkgroep's reminders",
    remindersChanged: 'Reminders changed',
    agendaCall: 'Call for agenda items',
    agendaCallValue: (days, hour) => `${days} days before at ${hour}:00`,
    reminder: 'Reminder',
    reminderValue: (days, hour) => `${count(days, 'day', 'days')} before at ${hour}:00`,
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
    noSuch: (names, region, p) =>
      names === ''
        ? `${region} has no werkgroepen yet. Create one with ${p}nieuwe-werkgroep.`
        : `${region} has no werkgroep by that name. Its werkgroepen are: ${names}. Type the name as it is written there, or create a new one with ${p}nieuwe-werkgroep.`,
    already: (name) => `This channel is already linked to ${name}.`,
    linkedElsewhere: (other, name) =>
      `This channel is already linked to ${other}. Type ontkoppel first if it belongs to ${name} from now on.`,
    linked: (name) =>
      `This channel is linked to ${name}. The reminders and the check-in come here from now on.`,
    notLinked: 'This channel is not linked to any werkgroep.',
    notLinkedTo: (names: string, p: string) =>
      `This channel is linked to ${names}, not to the werkgroep you name. Nothing was unlinked; type ${p}ontkoppel to unlink this channel from ${names}.`,
    afterwards: (p) => `Then link the werkgroep's channel: type ${p}koppel <name of the werkgroep> there.`,
    belongsTo: (name, p) =>
      `This channel already belongs to ${name}; afterwards, link the new werkgroep in its own channel with ${p}koppel <name>.`,
    and: ' and ',
    unlinked: (names, p, first) =>
      `This channel is unlinked from ${names}. Reminders no longer come here; link another channel with ${p}koppel ${first}.`,
  },
  stuurgroep: enStuurgroep,
  national: {
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
  },
  digest: {
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
    published: (version, period, channels) =>
      `Published: version ${version} of ${period} is now being sent to the stuurgroep's ${channels === 1 ? 'channel' : `${channels} channels`}. If that does not work at once, Schakel tries again (type mislukt to see what did not arrive).`,
    periodProblem: 'Give a tertiaal as YYYY-Tn or a stuurgroep date as YYYY-MM-DD.',
    noneYet: 'No summary has been published for this region yet.',
    readerOnly: (p) =>
      `Only the projectleider of this region draws up the draft of the summary. You read the latest published summary with ${p}samenvatting laatste.`,
    readLatest: 'Latest summary',
  },
  avg: enAvg,
};
