/**
 * What the `schakel` commands say about their arguments (src/cli/flags.ts, the commands' zod
 * schemas, src/national/period.ts) and the line that says where a document went. `--en` reads
 * en-cli-arguments.ts.
 */
export const nlCliArguments = {
  unknownOption: (arg: string) => `Onbekende optie of waarde: ${arg}`,
  needsValue: (flag: string) => `--${flag} verwacht een waarde`,
  repeated: (flag: string) => `--${flag} is meer dan eens opgegeven`,
  regionRequired: '--region is verplicht: de id van de regio, bijvoorbeeld demo-achterhoek',
  /** members import --workspace: it chooses Slack workspaces, so it needs Slack. */
  workspaceWithoutSlack:
    '--workspace zoekt in Slack, maar Slack is niet ingesteld (SLACK_BOT_TOKEN of SLACK_CLIENT_ID). Laat --workspace weg of stel Slack in.',
  outNeedsName: '--out verwacht een bestandsnaam',
  /** `digest --period`: one tertiaal. */
  tertiaalRequired: '--period is verplicht: een tertiaal als JJJJ-Tn, bijvoorbeeld 2026-T2',
  tertiaalExpected: '--period verwacht een tertiaal als JJJJ-Tn, bijvoorbeeld 2026-T2',
  digestFormat: '--format verwacht json, md, html of pdf',
  pdfNeedsOut: 'Een PDF gaat naar een bestand: geef --out BESTAND.pdf op',
  /** `evaluation --from/--to`. */
  dateRequired: (flag: string) => `--${flag} is verplicht: een datum als JJJJ-MM-DD`,
  dateExpected: (flag: string) => `--${flag} verwacht een datum als JJJJ-MM-DD`,
  toBeforeFrom: '--to ligt vóór --from: de periode eindigt vóór ze begint',
  evaluationFormat: '--format verwacht md of docx',
  docxNeedsOut: 'Een Word-bestand gaat naar een bestand: geef --out BESTAND.docx op',
  /** `national --format`. */
  nationalFormat: (format: string) => `Onbekend formaat: ${format} (json of md)`,
  /** `national --period` (src/national/period.ts). */
  periodNotRange: (text: string) => `Geen geldige periode: ${text} (verwacht VAN..TOT)`,
  periodInvalid: (text: string) =>
    `Geen geldige periode: ${text} (verwacht VAN..TOT met datums JJJJ-MM-DD of tertialen zoals 2026-T2)`,
  periodBackwards: (text: string, swapped: string) =>
    `De periode eindigt vóór ze begint: ${text}. Draai de datums om: --period ${swapped}`,
  /** `schedule preview`: its flags. */
  schedulePreview: {
    startRequired:
      '--start is verplicht: de eerste bijeenkomst als JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-01-12T14:00',
    startExpected:
      '--start verwacht een bestaande lokale datum en tijd als JJJJ-MM-DDTUU:MM, bijvoorbeeld 2026-01-12T14:00',
    /** A start in the hour skipped when summer time starts. */
    startSkipped: (start: string, zone: string) =>
      `--start: ${start} bestaat niet in ${zone} (de klok gaat dan een uur vooruit); kies een andere tijd`,
    everyExpected: '--every verwacht een aantal weken als <n>w, bijvoorbeeld 4w',
    everyAtLeast: '--every verwacht minstens 1w',
    everyAtMost: '--every verwacht hoogstens 52w',
    countWhat: 'het aantal bijeenkomsten',
    durationWhat: 'de duur in minuten',
    wholeNumber: (flag: string, what: string, min: number, max: number) =>
      `--${flag} verwacht ${what}: een geheel getal van ${min} tot en met ${max}`,
    atLeast: (flag: string, what: string, min: number) => `--${flag} verwacht ${what}: minstens ${min}`,
    atMost: (flag: string, what: string, max: number) => `--${flag} verwacht ${what}: hoogstens ${max}`,
    tzExpected: '--tz verwacht een IANA-tijdzone, bijvoorbeeld Europe/Amsterdam',
  },
  /** After `--out FILE`: which document went where. */
  digestWritten: (file: string) => `Samenvatting geschreven naar ${file}`,
  /** `schakel digest --period` of a tertiaal that has not begun: nothing made, the current one named. */
  digestNotStarted: (period: string, current: string) =>
    `${period} is nog niet begonnen, dus er is nog niets om samen te vatten; er is niets gemaakt. Het huidige tertiaal is ${current}: geef --period ${current} (het loopt nog) of een eerder tertiaal.`,
  evaluationWritten: (file: string) => `Concept-evaluatie geschreven naar ${file}`,
  /** bin/schakel.mjs: the file named with `--dotenv=FILE` is not there. */
  envFileMissing: (file: string) =>
    `Schakel vindt ${file} niet (genoemd met --dotenv). Controleer de naam, of laat --dotenv weg om .env in deze map te lezen.`,
  /** bin/schakel.mjs: .env (or the --dotenv file) is there but cannot be read; `code` as " (EACCES)" or empty. */
  /** The file is there, but the user Schakel runs as may not read it (EACCES, EPERM). */
  envFileNotAllowed: (file: string) =>
    `Schakel mag ${file} niet lezen: geen toegang. Geef de gebruiker die Schakel draait leesrecht op het bestand (als eigenaar: chmod u+r ${file}).`,
  envFileUnreadable: (file: string, code: string) =>
    `Schakel kan ${file} niet lezen${code}. Maak er een tekstbestand van met regels NAAM=waarde, of haal het weg.`,
};
