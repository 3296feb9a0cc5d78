import { type DigestDocument, type DigestEdition, DRAFT_MARK } from '../domain/digest-document.ts';
import { escapeMarkdown } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import { shortPeriodName } from '../messages/period-words.ts';
import { shows } from './omit.ts';
import {
  answerLabel,
  categoryLabel,
  checklistItemText,
  correctionText,
  domainLabel,
  itemText,
  levelText,
  PROGRESS_LABELS,
  periodText,
  progressLabel,
  progressText,
  responseText,
  SUCCESSES_SHOWN,
  shortSuccess,
  startTargetText,
  stillRunningText,
  summaryLines,
  title,
  trendText,
} from './texts.ts';

/**
 * The one-screen summary as Markdown, for the chat message and for the projectleider's review.
 * With an edition (a reviewed version) it starts with their summary text and skips the sections
 * they left out entirely; without one it is the plain draft. Dutch unless `locale` says otherwise
 * (`schakel digest --en`).
 */
export function renderMarkdown(d: DigestDocument, edition?: DigestEdition, locale: Locale = 'nl'): string {
  const lines: string[] = [`# ${escapeMarkdown(title(d, locale))}`, ''];
  if (edition?.draft) lines.push(`**${DRAFT_MARK}**`, '');
  if (edition?.corrects) lines.push(`**${correctionText(d, locale)}**`, '');
  const version = edition ? ` — ${words(locale).documents.digest.version(edition.version)}` : '';
  lines.push(`${periodText(d, locale)}${version}`, '');
  const running = stillRunningText(d, edition, locale);
  if (running) lines.push(`*${escapeMarkdown(running)}*`, '');
  const summary = summaryLines(edition?.summary ?? '');
  if (summary.length > 0) lines.push(...summary.map(escapeMarkdown), '');
  lines.push(...markdownSections(d, edition, escapeMarkdown, locale), '');
  return lines.join('\n');
}

/**
 * The sections under the heading, shared with the PDF so the two never drift apart. `esc` is
 * applied to every text that comes from the region (Markdown escaping; the PDF passes its own).
 */
export function markdownSections(
  d: DigestDocument,
  edition: DigestEdition | undefined,
  esc: (text: string) => string,
  locale: Locale = 'nl',
): string[] {
  const w = words(locale);
  const said = w.documents.digest;
  const lines: string[] = [`## ${said.levelHeading}`, ''];
  lines.push(`- ${said.now}: **${levelText(d.levels.overall, locale)}** (${startTargetText(d, locale)})`);
  lines.push(`- ${said.trend}: ${trendText(d, locale)}`);
  // Who answered belongs with the level the answers make (the chat card puts it there too).
  lines.push(`- ${said.responseLabel}: ${responseText(d, locale)}`);
  for (const [domain, cell] of Object.entries(d.levels.byDomain)) {
    lines.push(`- ${domainLabel(domain, locale)}: ${levelText(cell, locale)}`);
  }
  if (shows(edition, 'knelpunten')) {
    lines.push('', `## ${said.knelpuntenHeading}`, '');
    if (d.knelpunten.top.length === 0) lines.push(`- ${said.noKnelpunten}`);
    for (const top of d.knelpunten.top) {
      const label = categoryLabel(top, locale);
      lines.push(`- **${esc(label)}** (${said.named(top.named)})`);
      for (const item of top.items) lines.push(`  - ${esc(itemText(item, locale))}`);
    }
    if (d.knelpunten.solved.length > 0) {
      lines.push(`- ${said.solved}: ${d.knelpunten.solved.map((k) => esc(k.description)).join('; ')}`);
    }
  }
  if (shows(edition, 'checklist')) {
    lines.push('', `## ${said.checklistHeading(shortPeriodName(d.checklist.previousPeriod, locale))}`, '');
    if (d.checklist.changes.length === 0) lines.push(`- ${said.noChanges}`);
    for (const c of d.checklist.changes) {
      const text = checklistItemText(c.item, locale);
      lines.push(
        `- ${said.itemNumber(c.item)} (${text}): ${answerLabel(c.from, locale)} → **${answerLabel(c.to, locale)}**`,
      );
    }
    lines.push(`- ${said.now}: ${countAnswers(d, locale)}`);
  }
  if (shows(edition, 'voortgang')) {
    lines.push('', `## ${said.progressHeading}`, '');
    for (const [key, unit] of PROGRESS_LABELS)
      lines.push(`- ${progressLabel(key, locale)}: ${progressText(d.progress[key], unit, locale)}`);
  }
  if (shows(edition, 'successen')) {
    lines.push('', `## ${said.wentWellHeading}`, '');
    if (d.successes.length === 0) lines.push(`- ${said.nothingFilledIn}`);
    for (const s of d.successes.slice(0, SUCCESSES_SHOWN)) lines.push(`- ${esc(shortSuccess(s))}`);
  }
  return lines;
}

export function countAnswers(d: DigestDocument, locale: Locale = 'nl'): string {
  const values = Object.values(d.checklist.now);
  const n = (a: string) => values.filter((v) => v === a).length;
  return words(locale).documents.digest.answerCounts(
    n('ja'),
    n('in_ontwikkeling'),
    n('nee'),
    20 - values.length,
  );
}
