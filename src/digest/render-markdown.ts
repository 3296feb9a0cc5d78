import { CHECKLIST_ITEMS } from '../domain/checklist.ts';
import { type DigestDocument, type DigestEdition, DRAFT_MARK } from '../domain/digest-document.ts';
import { escapeMarkdown } from '../escape.ts';
import { shows } from './omit.ts';
import {
  answerLabel,
  correctionText,
  domainLabel,
  itemText,
  levelText,
  PROGRESS_LABELS,
  periodText,
  progressText,
  responseText,
  SUCCESSES_SHOWN,
  startTargetText,
  summaryLines,
  title,
  trendText,
} from './texts.ts';

/**
 * The one-screen summary as Markdown, for the chat message and for the projectleider's review.
 * With an edition (a reviewed version) it starts with their summary text and skips the sections
 * they left out entirely; without one it is the plain draft.
 */
export function renderMarkdown(d: DigestDocument, edition?: DigestEdition): string {
  const lines: string[] = [`# ${escapeMarkdown(title(d))}`, ''];
  if (edition?.draft) lines.push(`**${DRAFT_MARK}**`, '');
  if (edition?.corrects) lines.push(`**${correctionText(d)}**`, '');
  lines.push(`${periodText(d)}${edition ? ` — versie ${edition.version}` : ''}`, '');
  const summary = summaryLines(edition?.summary ?? '');
  if (summary.length > 0) lines.push(...summary.map(escapeMarkdown), '');
  lines.push(...markdownSections(d, edition, escapeMarkdown), '');
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
): string[] {
  const lines: string[] = ['## Samenwerkingsniveau', ''];
  lines.push(`- Nu: **${levelText(d.levels.overall)}** (${startTargetText(d)})`);
  lines.push(`- Verloop: ${trendText(d)}`);
  // Who answered belongs with the level the answers make (the chat card puts it there too).
  lines.push(`- Respons: ${responseText(d)}`);
  for (const [domain, cell] of Object.entries(d.levels.byDomain)) {
    lines.push(`- ${domainLabel(domain)}: ${levelText(cell)}`);
  }
  if (shows(edition, 'knelpunten')) {
    lines.push('', '## Knelpunten', '');
    if (d.knelpunten.top.length === 0) lines.push('- Geen knelpunten genoemd in deze periode.');
    for (const top of d.knelpunten.top) {
      lines.push(`- **${esc(top.label)}** (${top.named}× genoemd)`);
      for (const item of top.items) lines.push(`  - ${esc(itemText(item))}`);
    }
    if (d.knelpunten.solved.length > 0) {
      lines.push(
        `- Opgelost in deze periode: ${d.knelpunten.solved.map((k) => esc(k.description)).join('; ')}`,
      );
    }
  }
  if (shows(edition, 'checklist')) {
    lines.push('', `## Checklist (wijzigingen sinds ${d.checklist.previousPeriod})`, '');
    if (d.checklist.changes.length === 0) lines.push('- Geen wijzigingen.');
    for (const c of d.checklist.changes) {
      const text = CHECKLIST_ITEMS[c.item - 1]?.text ?? '';
      lines.push(`- Nr. ${c.item} (${text}): ${answerLabel(c.from)} → **${answerLabel(c.to)}**`);
    }
    lines.push(`- Nu: ${countAnswers(d)}`);
  }
  if (shows(edition, 'voortgang')) {
    lines.push('', '## Voortgang', '');
    for (const [key, label, unit] of PROGRESS_LABELS)
      lines.push(`- ${label}: ${progressText(d.progress[key], unit)}`);
  }
  if (shows(edition, 'successen')) {
    lines.push('', '## Wat ging goed', '');
    if (d.successes.length === 0) lines.push('- Niets ingevuld.');
    for (const s of d.successes.slice(0, SUCCESSES_SHOWN)) lines.push(`- ${esc(s)}`);
  }
  return lines;
}

export function countAnswers(d: DigestDocument): string {
  const values = Object.values(d.checklist.now);
  const n = (a: string) => values.filter((v) => v === a).length;
  return `${n('ja')}× ja, ${n('in_ontwikkeling')}× in ontwikkeling, ${n('nee')}× nee, ${20 - values.length}× niet vastgesteld`;
}
