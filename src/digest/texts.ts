import { CHECKLIST_ANSWER_LABELS, type ChecklistItemAnswer } from '../domain/checklist.ts';
import type { DigestDocument, KnelpuntItem, LevelCell, ProgressFigure } from '../domain/digest-document.ts';
import { KNELPUNT_STATUS_LABELS } from '../domain/knelpunten.ts';
import { DOMAIN_LABELS, type MemberDomain } from '../domain/members.ts';
import { todayIn } from '../messages/actiepunt-due.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { HIDDEN_TEXT, TOO_FEW_TEXT } from '../privacy/small-groups.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import { stuurgroepDateOfLabel } from './stuurgroep-period.ts';

/**
 * The Dutch wording every human rendering shares, so Markdown, HTML and PDF say the same thing;
 * its dates too ('1 mei 2026', `readableShortDate(…, 'nl')`) whatever language the reader speaks.
 */

/** Dutch decimals use a comma: 3,5. */
export function num(n: number): string {
  return String(n).replace('.', ',');
}

export function title(d: DigestDocument): string {
  return `Stuurgroep-samenvatting ${d.region.name}`;
}

/**
 * Whether the period had not ended when the figures were gathered (its last day included, in the
 * Netherlands): what happens after that is not in the digest.
 */
export function periodStillRunning(d: DigestDocument): boolean {
  return todayIn(new Date(d.generatedAt), DEFAULT_TIME_ZONE) <= d.period.to;
}

export function periodText(d: DigestDocument): string {
  const days = `${readableShortDate(d.period.from, 'nl')} t/m ${readableShortDate(d.period.to, 'nl')}`;
  const meeting = stuurgroepDateOfLabel(d.period.label);
  return meeting
    ? `Periode voor de stuurgroep van ${readableShortDate(meeting, 'nl')} (${days})`
    : `Tertiaal ${d.period.label} (${days})`;
}

export function levelText(cell: LevelCell | null | undefined): string {
  if (!cell) return 'geen antwoorden';
  if ('hidden' in cell) return HIDDEN_TEXT;
  return `${num(cell.median)} (${cell.n} antwoorden)`;
}

export function domainLabel(domain: string): string {
  return DOMAIN_LABELS[domain as MemberDomain] ?? domain;
}

export function startTargetText(d: DigestDocument): string {
  const s = d.levels.startLevel === null ? 'onbekend' : num(d.levels.startLevel);
  const t = d.levels.targetLevel === null ? 'onbekend' : num(d.levels.targetLevel);
  return `startniveau ${s}, beoogd niveau ${t}`;
}

export function trendText(d: DigestDocument): string {
  return d.levels.trend
    .map((p) => `${p.period}: ${p.overall && !('hidden' in p.overall) ? num(p.overall.median) : '–'}`)
    .join(' → ');
}

export function itemText(k: KnelpuntItem): string {
  const doing = k.oplossing ? `aanpak: ${k.oplossing}` : 'nog geen oplossing';
  return `${k.description} — ${KNELPUNT_STATUS_LABELS[k.status].toLowerCase()}; ${doing}`;
}

export function answerLabel(a: ChecklistItemAnswer | null | undefined): string {
  return a ? CHECKLIST_ANSWER_LABELS[a] : 'niet vastgesteld';
}

export const PROGRESS_LABELS: ReadonlyArray<readonly [keyof DigestDocument['progress'], string, string]> = [
  ['trajecten', 'Trajecten', ''],
  ['duurzameUitstroomPct', 'Duurzame uitstroom', '%'],
  ['leerbijeenkomsten', 'Leerbijeenkomsten', ''],
  ['casusbesprekingen', 'Casusbesprekingen', ''],
];

export function progressText(f: ProgressFigure, unit: string): string {
  const share = f.value === null ? null : `${num(f.value)}${unit}`;
  const count = f.count === undefined || f.count === null ? null : num(f.count);
  const value =
    count !== null ? (share === null ? count : `${count} (${share})`) : (share ?? 'niet ingevuld');
  if (f.target === null) return `${value} (geen doel vastgesteld)`;
  const year = unit === '%' ? '' : `; jaardoel ${num(f.yearTarget ?? 0)}`;
  return `${value} — doel deze periode ${num(f.target)}${unit}${year}`;
}

export function responseText(d: DigestDocument): string {
  const a = d.response.answered;
  const who = a === null ? TOO_FEW_TEXT : String(a);
  return `${who} van de ${d.response.members} werkgroepleden vulden in deze periode een check-in in`;
}

/** At most this many successes on the one screen; the JSON keeps all. */
export const SUCCESSES_SHOWN = 5;

/** The line a correction starts with, in the chat message and in every file. */
export function correctionText(d: DigestDocument): string {
  return `Correctie op de samenvatting van ${periodText(d).replace(/^(Tertiaal|Periode)/, (w) => w.toLowerCase())}.`;
}

/** The summary text as the projectleider typed it, in lines; a blank line separates paragraphs. */
export function summaryLines(summary: string): string[] {
  const text = summary.replace(/\r\n?/g, '\n').trim();
  if (text === '') return [];
  const lines = text.split('\n');
  return lines.map((l) => l.trimEnd()).filter((l, i) => l !== '' || lines[i - 1]?.trim() !== '');
}
