import { CHECKLIST_ITEMS } from '../domain/checklist.ts';
import type { DigestSection } from '../domain/digest-document.ts';
import { type DigestDocument, type DigestEdition, DRAFT_MARK } from '../domain/digest-document.ts';
import { escapeHtml } from '../escape.ts';
import { shows } from './omit.ts';
import { countAnswers } from './render-markdown.ts';
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
  startTargetText,
  summaryLines,
  title,
  trendText,
} from './texts.ts';

const esc = escapeHtml;

const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

/** The summary text in paragraphs; a single line break stays a line break. */
function paragraphs(summary: string): string {
  const blocks = summaryLines(summary)
    .map(esc)
    .join('\n')
    .split(/\n\n/)
    .map((p) => `<p>${p.replaceAll('\n', '<br>')}</p>`);
  return blocks.length > 0 ? `<section class="summary">${blocks.join('\n')}</section>` : '';
}

/**
 * A self-contained HTML page (no scripts, no outside resources) for the meeting papers.
 * `chartSvg`, when given, is our own SVG and goes in as is; every member-typed text is escaped.
 * With an edition: the projectleider's text on top, and the sections they left out not at all.
 */
export function renderHtml(d: DigestDocument, chartSvg?: string, edition?: DigestEdition): string {
  const domains = Object.entries(d.levels.byDomain).map(
    ([domain, cell]) => `${esc(domainLabel(domain))}: ${esc(levelText(cell))}`,
  );
  const top = d.knelpunten.top.map(
    (t) =>
      `<strong>${esc(t.label)}</strong> (${t.named}× genoemd)${list(t.items.map((i) => esc(itemText(i))))}`,
  );
  const changes = d.checklist.changes.map((c) => {
    const text = CHECKLIST_ITEMS[c.item - 1]?.text ?? '';
    return `Nr. ${c.item} (${esc(text)}): ${esc(answerLabel(c.from))} → <mark>${esc(answerLabel(c.to))}</mark>`;
  });
  const progress = PROGRESS_LABELS.map(
    ([key, label, unit]) => `${label}: ${esc(progressText(d.progress[key], unit))}`,
  );
  const head = [
    `<h1>${esc(title(d))}</h1>`,
    edition?.draft ? `<p><strong>${esc(DRAFT_MARK)}</strong></p>` : '',
    edition?.corrects ? `<p><strong>${esc(correctionText(d))}</strong></p>` : '',
    `<p>${esc(periodText(d))}${edition ? ` — versie ${edition.version}` : ''}</p>`,
    paragraphs(edition?.summary ?? ''),
    '<h2>Samenwerkingsniveau</h2>',
    list([
      `Nu: <strong>${esc(levelText(d.levels.overall))}</strong> (${esc(startTargetText(d))})`,
      `Verloop: ${esc(trendText(d))}`,
      `Respons: ${esc(responseText(d))}`,
      ...domains,
    ]),
    chartSvg ?? '',
  ];
  const sections: Array<[DigestSection, string[]]> = [
    [
      'knelpunten',
      [
        '<h2>Knelpunten</h2>',
        top.length > 0 ? list(top) : '<p>Geen knelpunten genoemd in deze periode.</p>',
        d.knelpunten.solved.length > 0
          ? `<p>Opgelost in deze periode:</p>${list(d.knelpunten.solved.map((k) => esc(k.description)))}`
          : '',
      ],
    ],
    [
      'checklist',
      [
        `<h2>Checklist (wijzigingen sinds ${esc(d.checklist.previousPeriod)})</h2>`,
        list(changes.length > 0 ? changes : ['Geen wijzigingen.']),
        `<p>Nu: ${esc(countAnswers(d))}</p>`,
      ],
    ],
    ['voortgang', ['<h2>Voortgang</h2>', list(progress)]],
    [
      'successen',
      ['<h2>Wat ging goed</h2>', list(d.successes.length > 0 ? d.successes.map(esc) : ['Niets ingevuld.'])],
    ],
  ];
  const body = [...head, ...sections.flatMap(([name, html]) => (shows(edition, name) ? html : []))];
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${esc(title(d))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.4;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}mark{background:#fff3b0}</style></head>
<body>
${body.filter((part) => part !== '').join('\n')}
</body>
</html>
`;
}
