import type { nlSeries } from './nl-series.ts';

/** A refused meeting series in English; the keys are the Dutch ones (nl-series.ts). */
export const enSeries: typeof nlSeries = {
  untilBeforeFirst: 'The end date is before the first meeting. Choose a later end date.',
  changeOutOfOrder:
    'A change can only take effect after the start of the previous version of the series. Put the changes in date order.',
  firstStartAndTime: 'Give a change either a new first meeting or a new time, not both.',
  firstStartBeforeChange:
    'The first meeting after the change is before the date the change takes effect. Choose a later first meeting.',
  exceptionTwice: (day, time) => `The meeting of ${day} at ${time} already has an exception. Give only one.`,
  fieldProblem: (field, problem) => `${field.charAt(0).toUpperCase()}${field.slice(1)}: ${problem}`,
  fields: {
    series: 'the series',
    firstStart: 'first meeting',
    everyWeeks: 'every how many weeks',
    durationMinutes: 'duration',
    location: 'place',
    onlineUrl: 'link',
    until: 'end date',
    timeZone: 'time zone',
    effectiveFrom: 'date the change takes effect',
    time: 'time',
    originalStart: 'original date and time',
    start: 'new date and time',
    kind: 'kind',
    moved: 'moved to',
  },
  change: (n) => `change ${n}`,
  exception: (n) => `exception ${n}`,
  stored: (reasons) =>
    `The stored series of this werkgroep is not right, so Schakel cannot work out its meetings. ${reasons} An older import stored the series like this: ask the administrator of Schakel to import a corrected file (schakel import).`,
  notPlanned: (reasons) =>
    `Schakel does not plan reminders for this werkgroep yet: the stored series is not right. ${reasons} An older import stored the series like this: ask the administrator of Schakel to import a corrected file (schakel import).`,
};
