import { EN_ROLE_NAMES } from './en-avg.ts';
import type { Words } from './nl.ts';

/** The browser chat of local mode, in English (nl-local-chat.ts has the Dutch). */
export const enLocalChat: Words['localChat'] = {
  onbereikbaar:
    'Schakel does not respond. Check that Schakel is still running (npm start) and try again; if it keeps failing, tell your administrator.',
  bestandAanbod: 'Schakel wants to send you this file. If you allow it, you can download it here.',
  file: 'File',
  allow: 'Allow',
  refuse: 'Decline',
  updated: 'Updated',
  playingAs: (name, playedAs) => `as ${name} (${playedAs})`,
  playedAs: {
    projectleider: EN_ROLE_NAMES.projectleider,
    werkgroeplidGgz: `${EN_ROLE_NAMES.lid} GGZ`,
    werkgroeplidWi: `${EN_ROLE_NAMES.lid} W&I`,
    stuurgroeplid: EN_ROLE_NAMES.stuurgroeplid,
    landelijk: EN_ROLE_NAMES.landelijk,
  },
  finishMeeting: 'Finish meeting',
  nextMeeting: (werkgroep, when) => `Next: ${werkgroep}, ${when}.`,
  noMeeting: 'There is no werkgroep meeting planned to finish.',
  noWerkgroep:
    'You are in no werkgroep: there is no meeting of yours to finish. Play a werkgroep member to finish one.',
  meetingEnded: (werkgroep, when) => `The meeting of ${werkgroep} (${when}) has taken place.`,
  meetingEndedNotLinked: (werkgroep, when) =>
    `The meeting of ${werkgroep} (${when}) has taken place. No check-in came: the werkgroep has no channel yet. Type koppel ${werkgroep} in a channel to link it.`,
  restartNote:
    'After a restart (npm start) the time in Schakel is the real time again and the conversations here are empty; what Schakel keeps in its database stays.',
  noneToPlay:
    'There is nobody to play here. The local chat plays the demo regions’ fictional people, and those were not made: this database has a real region. The members of a real region do not come into the local chat; they talk to Schakel in Slack or Teams. For the demo: start Schakel with an empty folder as SCHAKEL_DATA_DIR (SCHAKEL_DATA_DIR=./demo npm start). For your own region: see the README, Local mode and Operations (connecting Slack or Teams).',
  forgotten: (name, next) =>
    `${name} was erased from Schakel and can no longer be played here. You now play ${next}.`,
  sidebar: {
    dateLocale: 'en-GB',
    sidebarLabel: 'Conversations and settings',
    playing: 'You play',
    conversations: 'Conversations',
    chat: 'Chat',
    channels: 'Channels',
    timeLabel: 'Time in Schakel',
    dayButton: 'One day on',
    weekButton: 'One week on',
    onThisComputer: 'Everything stays on this computer. All people are made up.',
    menu: 'Show conversations',
    title: 'Chat with Schakel',
    typing: 'Schakel is typing',
    messageLabel: 'Message to Schakel',
    placeholder: 'Type for example help',
    send: 'Send',
    unread: (n) => `${n} new`,
  },
  dayLater: 'A day later.',
  weekLater: 'A week later.',
  unknownPlace: 'Unknown role or unknown conversation.',
  emptyMessage: 'Type a message first.',
  notText: (fields) =>
    fields.length === 1
      ? `This request is not right: ${fields[0]} must be a text (string).`
      : `This request is not right: ${fields.slice(0, -1).join(', ')} and ${fields.at(-1)} must be texts (strings).`,
  unknownButton: 'I do not know this button.',
  unknownFile: 'I do not know this file.',
  fileForgotten: 'I no longer know this file. Ask for it again.',
  fileGone: 'This file is no longer here. Ask for it again.',
  fileTooLarge: (mb) => `This file is too large: the local chat keeps files up to ${mb} MB.`,
  unknownStep: 'Unknown step.',
  notFromThisPage: 'This request does not come from the local chat.',
  deleted: 'This message was deleted.',
  unknownUser: 'Unknown user.',
  invalidAddress: 'This address is not valid.',
  notAnActivity: 'This is not an activity.',
  fileAllowed: (name) => `You allowed ${name}.`,
  fileRefused: (name) => `You declined ${name}.`,
  refusedTaken:
    'This message was taken out of the chat: it seemed to contain client data. No one can read it here any more.',
  directionTaken:
    'This message was taken out of the chat: it contained an invisible sign that changes its reading direction. No one can read it here any more.',
  date: {
    placeholder: 'dd-mm-yyyy',
    hint: (example, written) =>
      `Day-month-year, for example ${example} or ${written}; or as in a command: next week Tuesday.`,
    calendar: 'Calendar',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    notADate: (example) => `This is not a date. Write day-month-year, for example ${example}.`,
    noSuchDate: (said, example) => `${said}. Write day-month-year, for example ${example}.`,
    unreadable: 'Schakel could not read the date just now; please try again in a moment.',
    beforeMin: (date) => `Choose a date from ${date}.`,
    afterMax: (date) => `Choose a date up to and including ${date}.`,
  },
  time: {
    placeholder: 'hh:mm',
    hint: 'Hours and minutes, for example 14:00.',
    notATime: 'This is not a time. Write hours and minutes, for example 14:00.',
    beforeMin: (time) => `Choose a time from ${time}.`,
    afterMax: (time) => `Choose a time up to and including ${time}.`,
  },
};
