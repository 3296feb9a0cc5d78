import type { nlCliArguments } from './nl-cli-arguments.ts';

/** What the `schakel` commands say about their arguments under `--en` (nl-cli-arguments.ts has the Dutch). */
export const enCliArguments: typeof nlCliArguments = {
  unknownOption: (arg) => `Unknown option or value: ${arg}`,
  needsValue: (flag) => `--${flag} expects a value`,
  repeated: (flag) => `--${flag} was given more than once`,
  regionRequired: '--region is required: the id of the region, for example demo-achterhoek',
  workspaceWithoutSlack:
    '--workspace searches in Slack, but Slack is not set up (SLACK_BOT_TOKEN or SLACK_CLIENT_ID). Leave --workspace out or set up Slack.',
  outNeedsName: '--out expects a file name',
  tertiaalRequired: '--period is required: a tertiaal as YYYY-Tn, for example 2026-T2',
  tertiaalExpected: '--period expects a tertiaal as YYYY-Tn, for example 2026-T2',
  digestFormat: '--format expects json, md, html or pdf',
  pdfNeedsOut: 'A PDF goes to a file: give --out FILE.pdf',
  dateRequired: (flag) => `--${flag} is required: a date as YYYY-MM-DD`,
  dateExpected: (flag) => `--${flag} expects a date as YYYY-MM-DD`,
  toBeforeFrom: '--to is before --from: the period ends before it begins',
  evaluationFormat: '--format expects md or docx',
  docxNeedsOut: 'A Word file goes to a file: give --out FILE.docx',
  nationalFormat: (format) => `Unknown format: ${format} (json or md)`,
  periodNotRange: (text) => `Not a valid period: ${text} (expected FROM..TO)`,
  periodInvalid: (text) =>
    `Not a valid period: ${text} (expected FROM..TO with dates YYYY-MM-DD or tertialen such as 2026-T2)`,
  periodBackwards: (text, swapped) =>
    `The period ends before it begins: ${text}. Swap the dates: --period ${swapped}`,
  schedulePreview: {
    startRequired: '--start is required: the first meeting as YYYY-MM-DDTHH:MM, for example 2026-01-12T14:00',
    startExpected:
      '--start expects an existing local date and time as YYYY-MM-DDTHH:MM, for example 2026-01-12T14:00',
    startSkipped: (start, zone) =>
      `--start: ${start} does not exist in ${zone} (the clocks go forward an hour then); choose another time`,
    everyExpected: '--every expects a number of weeks as <n>w, for example 4w',
    everyAtLeast: '--every expects at least 1w',
    everyAtMost: '--every expects at most 52w',
    countWhat: 'the number of meetings',
    durationWhat: 'the length in minutes',
    wholeNumber: (flag, what, min, max) => `--${flag} expects ${what}: a whole number from ${min} to ${max}`,
    atLeast: (flag, what, min) => `--${flag} expects ${what}: at least ${min}`,
    atMost: (flag, what, max) => `--${flag} expects ${what}: at most ${max}`,
    tzExpected: '--tz expects an IANA time zone, for example Europe/Amsterdam',
  },
  digestWritten: (file) => `Digest written to ${file}`,
  digestNotStarted: (period, current) =>
    `${period} has not begun, so there is nothing to summarise yet; nothing was made. The current tertiaal is ${current}: give --period ${current} (it is still running) or an earlier tertiaal.`,
  evaluationWritten: (file) => `Draft evaluation written to ${file}`,
  envFileMissing: (file) =>
    `Schakel cannot find ${file} (named with --dotenv). Check the name, or leave --dotenv out to read .env in this folder.`,
  envFileNotAllowed: (file) =>
    `Schakel may not read ${file}: permission denied. Give the user Schakel runs as read permission on the file (as its owner: chmod u+r ${file}).`,
  envFileUnreadable: (file, code) =>
    `Schakel cannot read ${file}${code}. Make it a text file of NAME=value lines, or remove it.`,
};
