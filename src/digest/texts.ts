import type { ChecklistItemAnswer } from '../domain/checklist.ts';
import type {
  DigestDocument,
  DigestEdition,
  KnelpuntItem,
  LevelCell,
  ProgressFigure,
  TopCategory,
} from '../domain/digest-document.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import { shortPeriodName, tertiaalName } from '../messages/period-words.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { DEFAULT_TIME_ZONE, todayIsoIn } from '../schedule/local-time.ts';
import { stuurgroepDateOfLabel } from './stuurgroep-period.ts';
import { readablePeriod } from './summary-text.ts';

/**
 * The wording every human rendering shares, so Markdown, HTML and PDF say the same thing; its
 * dates too ('1 mei 2026'), and the chat's digest card (src/messages/digest-messages.ts) in the
 * reader's language. The files are Dutch (`locale` defaults to 'nl') unless `schakel digest --en`
 * asks for English.
 */

const said = (locale: Locale) => words(locale).documents;

/** Dutch decimals use a comma: 3,5; English a point. */
export function num(n: number, locale: Locale = 'nl'): string {
  return String(n).replace('.', said(locale).decimal);
}

export function title(d: DigestDocument, locale: Locale = 'nl'): string {
  return said(locale).digest.title(d.region.name);
}

/**
 * Whether the period had not ended when the figures were gathered (its last day included, in the
 * Netherlands): what happens from then until its end is not in the digest yet.
 */
export function periodStillRunning(d: DigestDocument): boolean {
  return todayIsoIn(new Date(d.generatedAt), DEFAULT_TIME_ZONE) <= d.period.to;
}

/**
 * The warning for a digest of a period not over when its figures were gathered, on the files too:
 * a plain draft (`schakel digest`) or a draft's preview says the period still runs; a published
 * version, read later, says it was made before the period ended. Null when it was over.
 */
export function stillRunningText(
  d: DigestDocument,
  edition: DigestEdition | undefined,
  locale: Locale,
): string | null {
  if (edition && !edition.draft) return publishedWhileRunningText(d, locale);
  if (!periodStillRunning(d)) return null;
  return words(locale).digest.stillRunning(readableShortDate(d.period.to, locale));
}

/** On a published version (its message, `samenvatting laatste`, its files): made before its period ended. */
export function publishedWhileRunningText(d: DigestDocument, locale: Locale): string | null {
  if (!periodStillRunning(d)) return null;
  const made = readableShortDate(todayIsoIn(new Date(d.generatedAt), DEFAULT_TIME_ZONE), locale);
  return words(locale).digest.publishedWhileRunning(made, readableShortDate(d.period.to, locale));
}

export function periodText(d: DigestDocument, locale: Locale = 'nl'): string {
  const w = said(locale).digest;
  const days = w.days(readableShortDate(d.period.from, locale), readableShortDate(d.period.to, locale));
  const meeting = stuurgroepDateOfLabel(d.period.label);
  return meeting
    ? w.periodMeeting(readableShortDate(meeting, locale), days)
    : capitalised(tertiaalName(d.period.label, locale) ?? d.period.label); // its months say its days
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function levelText(cell: LevelCell | null | undefined, locale: Locale = 'nl'): string {
  if (!cell) return said(locale).digest.noAnswers;
  if ('hidden' in cell) return said(locale).hidden;
  return said(locale).digest.level(num(cell.median, locale), cell.n);
}

export function domainLabel(domain: string, locale: Locale = 'nl'): string {
  return said(locale).domains[domain] ?? domain;
}

export function startTargetText(d: DigestDocument, locale: Locale = 'nl'): string {
  const w = said(locale).digest;
  const s = d.levels.startLevel === null ? w.unknown : num(d.levels.startLevel, locale);
  const t = d.levels.targetLevel === null ? w.unknown : num(d.levels.targetLevel, locale);
  return w.startTarget(s, t);
}

export function trendText(d: DigestDocument, locale: Locale = 'nl'): string {
  return d.levels.trend
    .map(
      (p) =>
        `${shortPeriodName(p.period, locale)}: ${p.overall && !('hidden' in p.overall) ? num(p.overall.median, locale) : '–'}`,
    )
    .join(' → ');
}

export function itemText(k: KnelpuntItem, locale: Locale = 'nl'): string {
  const w = said(locale);
  const doing = k.oplossing ? w.digest.approach(k.oplossing) : w.digest.noSolution;
  return `${k.description} — ${w.statuses[k.status]}; ${doing}`;
}

export function answerLabel(a: ChecklistItemAnswer | null | undefined, locale: Locale = 'nl'): string {
  return a ? words(locale).checklist.answers[a] : said(locale).digest.notAgreed;
}

/** The progress figures in their order, with their unit; their names are `progressLabel`. */
export const PROGRESS_LABELS: ReadonlyArray<readonly [keyof DigestDocument['progress'], string]> = [
  ['trajecten', ''],
  ['duurzameUitstroomPct', '%'],
  ['leerbijeenkomsten', ''],
  ['casusbesprekingen', ''],
];

export function progressLabel(key: keyof DigestDocument['progress'], locale: Locale = 'nl'): string {
  return said(locale).digest.progress[key];
}

/** A knelpunt category by name, in `locale` (the document keeps the Dutch one). */
export function categoryLabel(top: TopCategory, locale: Locale = 'nl'): string {
  return words(locale).knelpunten.categories[top.category]?.label ?? top.label;
}

/** What checklist item `item` (1–20) says, in `locale`. */
export function checklistItemText(item: number, locale: Locale = 'nl'): string {
  return words(locale).checklist.items[item - 1] ?? '';
}

export function progressText(f: ProgressFigure, unit: string, locale: Locale = 'nl'): string {
  const w = said(locale).digest;
  const share = f.value === null ? null : `${num(f.value, locale)}${unit}`;
  const count = f.count === undefined || f.count === null ? null : num(f.count, locale);
  const value = count !== null ? (share === null ? count : `${count} (${share})`) : (share ?? w.notFilledIn);
  if (f.target === null) return `${value} (${w.noTarget})`;
  const year = unit === '%' ? '' : `; ${w.yearTarget(num(f.yearTarget ?? 0, locale))}`;
  return `${value} — ${w.periodTarget(`${num(f.target, locale)}${unit}`)}${year}`;
}

export function responseText(d: DigestDocument, locale: Locale = 'nl'): string {
  const a = d.response.answered;
  return said(locale).digest.response(a === null ? said(locale).tooFew : String(a), d.response.members);
}

/** At most this many successes on the one screen; the JSON keeps all. */
export const SUCCESSES_SHOWN = 5;
/** A success on the one screen is at most this long; the JSON keeps it whole. */
export const SUCCESS_SHOWN_CHARS = 160;

/**
 * A success as the one screen shows it: whole when short, else its first sentence when that is
 * short, else cut at a word with "…" (one member's 1,000 characters would fill the screen).
 */
export function shortSuccess(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= SUCCESS_SHOWN_CHARS) return t;
  const sentence = /^(.+?[.!?])\s/.exec(t)?.[1];
  if (sentence && sentence.length <= SUCCESS_SHOWN_CHARS) return `${sentence} …`;
  const cut = t.slice(0, SUCCESS_SHOWN_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUCCESS_SHOWN_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')} …`;
}

/** The line a correction starts with, in the chat message and in every file. */
export function correctionText(d: DigestDocument, locale: Locale = 'nl'): string {
  return said(locale).digest.correction(readablePeriod(d.period, locale));
}

/** The summary text as the projectleider typed it, in lines; a blank line separates paragraphs. */
export function summaryLines(summary: string): string[] {
  const text = summary.replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const lines = text.split('\n');
  return lines.map((l) => l.trimEnd()).filter((l, i) => l !== '' || lines[i - 1]?.trim() !== '');
}
