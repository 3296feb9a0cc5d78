import { enAnswers } from './en-answers.ts';
import { enCheckin } from './en-checkin.ts';
import { enCli } from './en-cli.ts';
import { enDocuments } from './en-documents.ts';
import { enForms } from './en-forms.ts';
import { enHelp, STRANGER } from './en-help.ts';
import { englishHoliday } from './en-holidays.ts';
import { enImports } from './en-imports.ts';
import { enLegal } from './en-legal.ts';
import { enLocalChat } from './en-local-chat.ts';
import { enLongLists } from './en-long-lists.ts';
import { enMeetingCalls } from './en-meeting-calls.ts';
import { enPrivacy } from './en-privacy.ts';
import { enWeb } from './en-web.ts';
import { whoLeadsEn } from './en-who-leads.ts';
import type { Words } from './nl.ts';

/**
 * English, the second language. Typed by the Dutch catalogue: a key missing here does not
 * compile. Programme names stay Dutch where they are names of things (werkgroep, stuurgroep,
 * projectleider, knelpunt, tertiaal); commands stay the Dutch words people type.
 */

export const en: Words = {
  dates: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    moment: (date, time) => `${date} at ${time}`,
    tertiaal: (first, last, year) => `${first} to ${last} ${year}`,
    tertiaalName: (number, year, first, last) =>
      `${['first', 'second', 'third'][number - 1]} tertiaal of ${year} (${first} to ${last})`,
  },
  errors: {
    privacyFallback: 'Not saved: this looks like client data.',
    privacyHeading: 'Not saved: your text seems to contain client data.',
    privacyNote: 'Write it in more general terms and try again.',
    directionFallback: 'Not saved: your text contains a sign that changes its reading direction.',
    directionHeading: 'Not saved: your text contains an invisible sign that changes its reading direction.',
    privacyDeleteOwn:
      'Your message is still in this channel, where others can read it: delete it yourself, Schakel cannot.',
    privacyTakenOut: 'Your message was taken out of this channel, for the others too.',
    unexpected:
      'Something went wrong in Schakel. Please try again in a few minutes; if it keeps failing, tell your administrator.',
    notFound: 'Not found.',
    unknownButton: (p) => `I don't know this button (any more). Type ${p}help to see what you can do now.`,
  },
  refusals: {
    'unknown-member': () => `${STRANGER} Ask your projectleider to link you (again).`,
    'unknown-member-werkgroep': () => enHelp.unknown,
    'not-in-werkgroep': () => 'You are not a member of this werkgroep. Ask the projectleider to add you.',
    'checkin-not-in-werkgroep': (p) =>
      `You are not a member of ${p.werkgroep}, so you cannot fill in this check-in. Do you belong there? Ask the projectleider to add you.`,
    'projectleider-only': (p) =>
      `Only the projectleider of this region can do this.${whoLeadsEn(p?.projectleiders)}`,
    'actiepunt-owner-only': () =>
      'Only the owner or the projectleider can close this action item or change its deadline.',
    'actiepunt-ownerless': () =>
      'This action item has no owner (any more). Anyone in the werkgroep can close it or change its deadline; ask someone in the werkgroep, or join it.',
    'actiepunt-remove-not-yours': () =>
      'Only whoever created the action item, its owner or the projectleider can remove it.',
    'audit-only': () => 'Only the projectleider or an administrator of this region can see the log.',
    'setup-only': () =>
      'Only the projectleider or an administrator of the region can create werkgroepen and link channels.',
    'channel-other-region': () =>
      'Only the projectleider of the region this channel belongs to can link it differently.',
    'digest-readers-only': () =>
      'Only the stuurgroep and the projectleider of this region can read the summary.',
    'stuurgroep-planners-only': () =>
      'Only the projectleider or the administrator of this region can manage the stuurgroep dates.',
    'national-only': () =>
      'Only the programme office (role landelijk) and an administrator can see the national overview.',
    'round-closed': (p) =>
      `The check-in of ${p.date} is closed: what you send now is no longer saved. Do you have a knelpunt or update? Raise it at the next check-in, after the next meeting.`,
    'checklist-closed': (p) =>
      `The checklist belongs to the check-in of ${p.date}, which is closed: what you send now is no longer saved. You can fill in the checklist at the next check-in.`,
    'figures-published': (p) =>
      `The voortgang and checklist for ${p.period} are in the summary that went to the stuurgroep, so they can no longer be changed. You can fill in the figures for ${p.current} once its first check-in has opened.`,
    'figures-past': (p) =>
      `This werkgroep's last check-in was in ${p.period}. A tertiaal's figures can be changed until the end of the tertiaal after it, so these no longer. You can fill in the figures for ${p.current} once its first check-in has opened.`,
    'someone-elses-form': () => 'This form is for someone else. You can only fill in your own check-in.',
    'knelpunt-not-asked': () => 'This knelpunt does not belong to this check-in. Nothing was saved.',
  },
  privacy: enPrivacy,
  help: enHelp,
  language: {
    set: 'Fine, from now on I write to you in English. (Typ "taal nl" voor Nederlands.)',
    unknown: 'I do not know that language. Choose "taal en" for English or "taal nl" for Dutch.',
    current: 'I write to you in English. Typ "taal nl" voor Nederlands.',
    unknownMember: `${STRANGER} Ask your projectleider to link you (again); until then I cannot remember your language.`,
  },
  ...enCheckin,
  digest: {
    sections: {
      successen: 'What went well',
      knelpunten: 'Knelpunten',
      checklist: 'Checklist',
      voortgang: 'Progress',
    },
    levelNow: 'Level of collaboration now',
    trend: 'Trend',
    startTarget: 'Start and target',
    response: 'Response',
    topKnelpunten: 'Main knelpunten',
    named: (label, times) => `${label}: named ${times}×`,
    noKnelpunten: 'No knelpunten named in this period.',
    solved: (list) => `Solved: ${list}`,
    checklistHeading: (since) => `Checklist (changed since ${since})`,
    checklistChange: (item, text, from, to) => `Item ${item}, ‘${text}’: ${from} → ${to}`,
    noChanges: 'No changes.',
    draft: (title) => `Draft: ${title}`,
    versionNote: (period, version, correctionOf, withdrawn = []) =>
      `${period}. Version ${version}${correctionOf ? `, correcting version ${correctionOf}` : ''}.${withdrawn.length === 0 ? '' : ` ${withdrawn.length === 1 ? `Version ${withdrawn[0]} was` : `Versions ${withdrawn[0]} to ${withdrawn.at(-1)} were`} withdrawn and never sent: ${withdrawn.length === 1 ? 'it' : 'they'} held answers of someone whose data was erased.`} Only you see this until you publish.`,
    stillRunning: (until) =>
      `Note: this period runs until ${until}; what happens until then is not in it yet.`,
    publishedWhileRunning: (made, until) =>
      `Note: this summary was made on ${made}, before its period ended (it ran until ${until}); what happened after that is not in it.`,
    ownTextKept: (version) =>
      `This is your own text of version ${version}. The figures below have been counted again since: check whether your text still fits and change it with Edit the text if needed.`,
    omitted: (list) => `Left out: ${list}.`,
    pdfLink: (url) => `This is how the PDF looks (draft, secret link, in Dutch): ${url}`,
    files: (png, pdf) =>
      `Chart of the level of collaboration: ${png}\nThe whole digest as a PDF (in Dutch): ${pdf}`,
    noFiles:
      'The chart and the PDF cannot be opened as links in this Schakel yet; your administrator can turn that on.',
    correctionMark: 'Correction',
    publish: 'Publish',
    publishTitle: 'Publish the summary?',
    publishText:
      'The stuurgroep gets this version in its channel. Publishing cannot be undone; a later correction comes as a new version.',
    publishYes: 'Yes, publish',
    publishNo: 'Not yet',
    editText: 'Edit the text',
    omit: 'Leave parts out',
    autoDraftIntro: (meeting: string) =>
      `The stuurgroep meets on ${meeting}. Here is the draft of the digest: check it, change it where needed and publish it.`,
  },
  reminder: {
    fallback: (overleg, moment) => `Reminder: ${overleg} on ${moment}.`,
    heading: (overleg, daysAhead) =>
      `${daysAhead <= 0 ? 'Today' : daysAhead === 1 ? 'Tomorrow' : `In ${daysAhead} days`}: ${overleg}`,
    when: 'When',
    where: 'Where',
    whereUnknown: 'not known yet',
    afmelden:
      "Can't make it, for instance because of a holiday? Let the projectleider know; if you are the projectleider, tell the werkgroep here.",
    agenda: 'Agenda',
    noAgenda: 'No agenda items submitted yet.',
    actiepunten: 'Open action items',
    noActiepunten: 'No open action items.',
  },
  conflicts: {
    holiday: (name) => `falls on ${englishHoliday(name)} (public holiday)`,
    period: (name, from, to) => `falls in the holiday ${name} (${from} to ${to})`,
    weekend: (weekday) => `falls at the weekend (${weekday})`,
    and: ' and ',
    sentence: (day, problems, proposal) => `The meeting of ${day} ${problems}.${proposal}`,
    proposal: (date, time) => ` Proposal: ${date} at ${time}.`,
    noFreeDay: (days) => ` No free working day was found within ${days} days.`,
    takeProposal: (date) => `Take the proposal (${date})`,
  },
  home: {
    stranger:
      "Welcome to Schakel. I don't know you yet: ask your projectleider to link you to your werkgroep; then you can go straight on.",
    fallback: (first) => `Hi ${first}, this is your overview in Schakel.`,
    heading: (first) => `Hi ${first}`,
    werkgroepen: 'Your werkgroepen',
    nextMeeting: (when) => `next meeting ${when}`,
    noMeeting: 'no meeting planned yet',
    noWerkgroep: 'You are not linked to a werkgroep yet. Ask your projectleider.',
    openCheckins: 'Open check-ins',
    openCheckin: (werkgroep, closes, p, elsewhere = false) =>
      `${werkgroep} — you can fill it in until ${closes} (type ${p}checkin${elsewhere ? ' in a channel or chat with Schakel' : ''})`,
    noOpenCheckins: 'No open check-ins. Thank you!',
    actiepunten: 'Your action items',
    due: (date, overdue) => `, due ${date}${overdue ? ' — overdue' : ''}`,
    noActiepunten: 'No open action items.',
    forProjectleider: 'For the projectleider',
    nieuweReeks: 'create a series of meetings',
    verplaats: 'move or cancel one meeting',
    samenvatting: 'draw up the summary for the stuurgroep',
    mislukt: 'messages that did not arrive',
    stuurgroep: 'Your stuurgroep',
    forStuurgroep: 'For the stuurgroep',
    forLandelijk: 'For the programme office',
    helpNote: (p) => `Type ${p}help for everything Schakel can do.`,
    newWerkgroep: 'New werkgroep',
  },
  forms: enForms,
  answers: enAnswers,
  localChat: enLocalChat,
  web: enWeb,
  meetingCalls: enMeetingCalls,
  legal: enLegal,
  cli: enCli,
  documents: enDocuments,
  imports: enImports,
  /** Lines under a list shown in part (src/messages/fit.ts). */
  longLists: enLongLists,
  adapters: {
    formProblems:
      'Not everything is filled in correctly yet. Under each field that is not right it says what is wrong.',
    chooseDate: 'Choose a date',
    chooseTime: 'Choose a time',
    cancel: 'Cancel',
    close: 'Close',
    busy: 'Working on it… the answer will appear here shortly.',
    sentPrivately: 'I have sent you a private message.',
    privateChatUnreachable:
      'I could not send you a private message, so this answer is nowhere. Open your chat with Schakel (in Teams: Chat, or Apps and then Schakel) and ask there.',
    answerBelow: 'Your answer is below, as a new message.',
    quickInputEmptied: 'So I emptied the field: that way your text is kept nowhere, not even in this chat.',
    someone: 'someone',
    formAgain: 'Type the command again to open the form.',
    fileDeclined: 'All right, I will not send the file. Type mijn-gegevens if you want it later after all.',
    fileFailed: 'The file could not be sent. Try again in a few minutes with mijn-gegevens.',
    fileGoneTitle: 'This file is no longer here',
    fileGone:
      'This link to the summary no longer works: the draft was replaced by a newer version or withdrawn, or the link was not copied completely. Type samenvatting laatste in the chat with Schakel for the latest published summary, or ask the projectleider for the newest link.',
  },
};
