import { count } from './counting.ts';
import type { nlStuurgroep } from './nl-stuurgroep.ts';

/** English words of the stuurgroep's calendar; the keys are the Dutch ones (nl-stuurgroep.ts). */
export const enStuurgroep: typeof nlStuurgroep = {
  kinds: {
    tertiaal: 'the tertiaal before the meeting',
    'sinds-vorige': 'the time since the previous stuurgroep',
  },
  days: (from, to) => `${from} to ${to}`,
  tertiaal: (name) => `the ${name}`,
  noSuchDate: (date) =>
    `${date} is not an existing date. Check the day and the month, for example 2027-02-10 for 10 February 2027.`,
  draftOn: (day) => `draft on ${day}`,
  draftPast: (day) => `draft on ${day} (passed)`,
  line: (date, draft, period) => `${date}: ${draft}, about ${period}`,
  heading: 'Coming stuurgroep meetings',
  none: (p) => `No date yet. Add one as you write a date, for example ${p}stuurgroep 10 February.`,
  note: (days, hour, kind, p) =>
    `The draft of the summary comes ${count(days, 'day', 'days')} before at ${hour}:00 (on a weekend, the Friday before) and covers ${kind}. To change: ${p}stuurgroep instellingen [dagen 1-60] [periode tertiaal|sinds-vorige]. To remove a date: ${p}stuurgroep weg <date>, for example ${p}stuurgroep weg 10 February.`,
  past: ' That date has passed: no draft comes, but it counts as the previous meeting.',
  beforeLastHeld: (date, held) =>
    `${date} is before the last stuurgroep meeting already held (${held}), so that date no longer counts for anything. Nothing has been noted; check the year.`,
  pastNotCounted: (held, p, date) =>
    ` That date is before the last stuurgroep meeting already held (${held}) and no longer counts for anything. A mistake? Remove it with ${p}stuurgroep weg ${date}.`,
  added: (date, past) => `Noted: stuurgroep on ${date}.${past}`,
  already: (date, past) => `The stuurgroep of ${date} was already there.${past}`,
  sameTertiaal: (others, p) =>
    ` Note: the same tertiaal already has a stuurgroep on ${others.join(' and ')}. If one of them is a mistake, remove it with ${p}stuurgroep weg JJJJ-MM-DD.`,
  notThere: (date, p) => `There is no stuurgroep on ${date}. Type ${p}stuurgroep for the list.`,
  removed: (date) => `The stuurgroep of ${date} has been removed; its draft no longer comes.`,
  daysRange: (min, max) => `Choose ${min} to ${max} days before the meeting.`,
  settingsChanged: 'The settings of the stuurgroep summary have been updated.',
  next: (date) => `The next stuurgroep of your region is on ${date}.`,
  nextDraftOn: (day) =>
    `The draft of the summary comes on ${day}; the projectleider reviews it and then sends it to the stuurgroep.`,
  nextDraftPast: (day) =>
    `The draft of the summary was made on ${day}; the projectleider reviews it and then sends it to the stuurgroep.`,
  nextDraftNotYet:
    'The draft of the summary has not been made yet; the projectleider makes it and then sends it to the stuurgroep.',
  nextPublished: (day, version, p) =>
    `The summary for this meeting was published on ${day} (version ${version}); read it with ${p}samenvatting laatste.`,
  nextNone: "No meeting of your region's stuurgroep is in Schakel yet; the projectleider plans it.",
  readLatest: (p) => `Read the latest published summary with ${p}samenvatting laatste.`,
};
