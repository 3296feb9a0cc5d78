import { count } from './counting.ts';
import { enActiepunt, nextYear } from './en-actiepunt.ts';
import { enActiepunten } from './en-actiepunten-list.ts';
import { enAdmin } from './en-admin.ts';
import { enAvg } from './en-avg.ts';
import { enChannelLinks } from './en-channel-links.ts';
import { enDeadline } from './en-deadline.ts';
import { enDigestReview } from './en-digest-review.ts';
import { enNational } from './en-national.ts';
import { enSeries } from './en-series.ts';
import { enStuurgroep } from './en-stuurgroep.ts';
import type { nlAnswers } from './nl-answers.ts';

const agendapuntUsage = (p: string) =>
  `${p}agendapunt followed by your item. For example: ${p}agendapunt Evaluatie pilot IPS`;

/** English answers to the text commands; the keys are the Dutch ones (nl-answers.ts). */
export const enAnswers: typeof nlAnswers = {
  nextYear,
  actiepunt: enActiepunt,
  actiepunten: enActiepunten,
  deadline: enDeadline,
  klaar: {
    noSuch: (n, p) => `There is no action item with number ${n}. Type ${p}actiepunten for the list.`,
    already: (n, description) => `Action item #${n} was already closed: ${description}.`,
    done: (n, description) => `Closed: #${n} ${description}.`,
    removed: (n) =>
      `Action item #${n} was removed: it is no longer among the open action items and can no longer be closed or changed.`,
  },
  schrap: {
    removed: (n, description) =>
      `Removed: #${n} ${description}. It is no longer among the open action items and counts nowhere.`,
    already: (n) => `Action item #${n} was already removed.`,
    done: (n, description) =>
      `Action item #${n} is already closed: ${description}. Only an open action item can be removed.`,
  },
  agenda: {
    heading: (when) => `Agenda for ${when}`,
    empty: (p) => `No agenda items yet. Add one: ${agendapuntUsage(p)}`,
  },
  agendapunt: (when) => `Noted for the meeting of ${when}.`,
  agendapuntAlready: (when) => `This point is already on the agenda of the meeting of ${when}.`,
  annuleer: (werkgroep, date, undo) =>
    `The meeting of ${werkgroep} on ${date} is cancelled. The werkgroep gets one short message instead of the reminders. Is it on after all? Type ${undo} or use the button.`,
  annuleerAlready: (werkgroep, date) =>
    `The meeting of ${werkgroep} on ${date} was cancelled already; nothing changes and the werkgroep gets no second message.`,
  herstelButton: 'Go ahead after all',
  herstelTitle: 'Let the meeting go ahead after all?',
  herstelQuestion: (date) =>
    `The meeting of ${date} then goes ahead after all, as it was planned. Has the werkgroep already heard that it is cancelled? Then the werkgroep gets one message that it goes ahead after all.`,
  herstelYes: 'Yes, go ahead',
  herstel: (date, time, told, movedFrom = null) =>
    `The meeting of ${date} at ${time} goes ahead after all${movedFrom ? `; it stays moved (originally ${movedFrom})` : ''}. Its reminders are planned again.${told ? ' The werkgroep gets one message that it goes ahead after all.' : ''}`,
  movedAwayFrom: (original, moved, time) =>
    `The meeting of ${original} had been moved to ${moved} at ${time}; this is about that meeting.`,
  herstelNotCancelled: (date) =>
    `The meeting of ${date} is not cancelled; it goes ahead as planned. Nothing changes.`,
  herstelPast: (date, time, p) =>
    `The meeting of ${date} at ${time} has begun or is over. A cancellation cannot be undone after that; nothing has changed. Type ${p}volgende to see when the werkgroep meets next.`,
  herstelNear: (date, cancelled, time, command) =>
    `This werkgroep has no meeting on ${date}. The meeting of ${cancelled} at ${time} is cancelled, though. Should it go ahead after all? Type ${command}. Nothing has changed.`,
  herstelWhich: (date, n, command) =>
    `${n} meetings on ${date} are cancelled. Which one should go ahead after all? Use a button, or type for instance ${command}. Nothing has changed yet.`,
  herstelWhichButton: (time, movedFrom) =>
    movedFrom ? `${time}, moved from ${movedFrom}` : `${time}, as planned`,
  herstelNoneFrom: (date, from) =>
    `No cancelled meeting on ${date} was originally planned on ${from}. Nothing has changed.`,
  checkinDagenRange: 'A check-in stays open for 1 to 28 days. Choose a whole number of days.',
  checkinDagen: (days) => `From now on the check-in stays open for ${days} days after each meeting.`,
  vakantie: (label, from, to) => `Noted for the whole region: ${label} from ${from} to ${to}.`,
  vakantieMeetings: (meetings) =>
    meetings.length === 0
      ? 'No meeting falls in it now; one planned in it later gets a warning.'
      : `${meetings.length === 1 ? 'This meeting falls in it and gets' : 'These meetings fall in it and get'} a warning in the reminder and the call for agenda items: ${meetings.join('; ')}.`,
  vakantieMeeting: (overleg, date) => `${overleg} on ${date}`,
  onbekend: (p) => `I don't know that command. Type ${p}help to see what I can do.`,
  knelpuntenWhere: (p) =>
    `Knelpunten (obstacles) are brought in with the check-in after a meeting: type ${p}checkin. It also shows the knelpunten still open, to update. The main knelpunten of the werkgroepen are in the summary for the stuurgroep: ${p}samenvatting laatste (for projectleider and stuurgroep).`,
  onbekendAsked: (p, command) =>
    `I don't know that command. Did you mean the command ${p}${command}? Type ${p}help to see what I can do.`,
  ongeldig: (usage) => `I don't understand it like this. Use: ${usage}`,
  dateMeant: (date, retyped) =>
    `I cannot read that date. Did you mean ${date}? Then type: ${retyped}. Nothing has changed yet.`,
  usageByExample: {
    agendapunt: agendapuntUsage,
    actiepunt: (p) =>
      `${p}actiepunt followed by what is to be done, and when if you like (a date after until, by or before). For example: ${p}actiepunt Send round the contact list by 15 January`,
  },
  noSuchDate: (date) => `${date} does not exist`,
  noSuchMonth: (month) => `Month ${month} does not exist: a year has 12 months`,
  noSuchDateUsage: (said, usage) => `${said}. Use: ${usage}`,
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
  /** Opening a form (Slack modal, Teams card): its title and this, in plain words beside it. */
  formFillIn: (title) => `${title}: please fill in the form.`,
  roundForm: {
    noRound: 'This werkgroep has had no check-in yet. It starts after the first meeting.',
  },
  series: {
    nextMeeting: (when) => `Next meeting: ${when}`,
    moved: ' (moved)',
    noSeries: 'This werkgroep has no series yet.',
    noMeetingOn: (nearest, date) =>
      `This werkgroep has no meeting on ${date}. Nothing has changed.${
        nearest.length === 0
          ? ''
          : nearest.length === 1
            ? ` The nearest meeting is on ${nearest[0]}.`
            : ` The nearest meetings are on ${nearest.join(' and on ')}.`
      }`,
    alreadyMoved: (from, to, time) =>
      `This proposal was already taken: the meeting of ${from} is already on ${to} at ${time}.`,
    created: (weeks, date, time) => `The series is set: every ${weeks} weeks from ${date} at ${time}.`,
    movedTo: (werkgroep, date, time) =>
      `The meeting of ${werkgroep} has moved to ${date} at ${time}. The reminders follow the new date.`,
    changedFrom: (date) => `The series has changed from ${date}. Earlier meetings stay as they were.`,
    upcomingHeading: 'Next meetings',
    noneplanned: 'No meeting has been planned yet.',
    pastFirst: 'This date is in the past. Choose a first meeting from today on.',
    pastMoved: 'This date is in the past. Choose a new date from today on.',
    pastFrom: 'This date is in the past. Choose a date from today on.',
    pastTimeToday: (time) =>
      `Today at ${time} has already passed. Choose a later time, or a day after today.`,
    pastDayToday: 'That day is already over. Choose a day after today.',
  },
  problems: {
    fillInText: 'Please enter a text.',
    noNextMeeting: 'No next meeting has been planned yet.',
    ownerNotMember: 'The owner must be a member of this werkgroep.',
    noActiepunt: 'This action item does not exist (any more).',
    seriesChangedMeanwhile: 'Someone else has just changed the series. Please try again.',
    series: enSeries,
    seriesExists: (p) =>
      `This werkgroep already has a series. Change it from a date on with ${p}wijzig vanaf <date> [elke N weken] [om HH:MM], or type ${p}wijzig for the form.`,
    /** A meeting moved onto a day that has one: that one's day and time, and what to do instead. */
    meetingThatDay: (day: string, time: string, iso: string, p: string) =>
      `There is already a meeting on ${day}, at ${time}. A werkgroep cannot meet twice on one day. Choose another date, or first cancel one of the two with ${p}annuleer ${iso}.`,
    restoreDayTaken: (day: string, time: string, iso: string, p: string) =>
      `There is another meeting on ${day} since, at ${time}. A werkgroep cannot meet twice on one day: move or cancel that one first (${p}verplaats ${iso} naar <date>, or ${p}annuleer ${iso}). Nothing has changed.`,
    moveCancelled: (iso: string, p: string) =>
      `This meeting is cancelled. Put it back first with ${p}herstel ${iso} (the werkgroep then hears it goes ahead) and move it after that. Nothing has changed.`,
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
    stuurgroeplid: (p) =>
      `This command is for werkgroep members. As a stuurgroep member, type ${p}volgende for your region's next stuurgroep meeting, or ${p}samenvatting laatste for the latest published summary.`,
    landelijk: (p) =>
      `This command is for werkgroep members. As a member of the national team, type ${p}landelijk for the national overview of all regions.`,
    typeInChannel: "You are in more than one werkgroep: type this in the werkgroep's channel.",
    unknownButton: (p: string) =>
      `I don't know this button (any more). Type ${p}klaar with the action item's number.`,
    unknownSchrapButton: (p: string) =>
      `I don't know this button (any more). Type ${p}schrap actiepunt with the action item's number.`,
    unknownChoice: "I don't know this choice (any more). Type the command again.",
    letBe: 'No, leave it',
    letBeAnswer: 'All right, nothing changes.',
  },
  admin: enAdmin,
  links: enChannelLinks,
  stuurgroep: enStuurgroep,
  national: enNational,
  digest: enDigestReview,
  avg: enAvg,
};
