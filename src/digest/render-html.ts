import type { DigestSection } from '../domain/digest-document.ts';
import { type DigestDocument, type DigestEdition, DRAFT_MARK } from '../domain/digest-document.ts';
import { escapeHtml } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import { shortPeriodName } from '../messages/period-words.ts';
import { shows } from './omit.ts';
import { countAnswers } from './render-markdown.ts';
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
  startTargetText,
  stillRunningText,
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
 * Dutch unless `locale` says otherwise (`schakel digest --en`).
 */
export function renderHtml(
  d: DigestDocument,
  chartSvg?: string,
  edition?: DigestEdition,
  locale: Locale = 'nl',
): string {
  const w = words(locale);
  const said = w.documents.digest;
  const domains = Object.entries(d.levels.byDomain).map(
    ([domain, cell]) => `${esc(domainLabel(domain, locale))}: ${esc(levelText(cell, locale))}`,
  );
  const top = d.knelpunten.top.map((t) => {
    const label = categoryLabel(t, locale);
    return `<strong>${esc(label)}</strong> (${said.named(t.named)})${list(t.items.map((i) => esc(itemText(i, locale))))}`;
  });
  const changes = d.checklist.changes.map((c) => {
    const text = checklistItemText(c.item, locale);
    return `${said.itemNumber(c.item)} (${esc(text)}): ${esc(answerLabel(c.from, locale))} → <mark>${esc(answerLabel(c.to, locale))}</mark>`;
  });
  const progress = PROGRESS_LABELS.map(
    ([key, unit]) => `${progressLabel(key, locale)}: ${esc(progressText(d.progress[key], unit, locale))}`,
  );
  const version = edition ? ` — ${said.version(edition.version)}` : '';
  const head = [
    `<h1>${esc(title(d, locale))}</h1>`,
    edition?.draft ? `<p><strong>${esc(DRAFT_MARK)}</strong></p>` : '',
    edition?.corrects ? `<p><strong>${esc(correctionText(d, locale))}</strong></p>` : '',
    `<p>${esc(periodText(d, locale))}${version}</p>`,
    ((running) => (running ? `<p><em>${esc(running)}</em></p>` : ''))(stillRunningText(d, edition, locale)),
    paragraphs(edition?.summary ?? ''),
    `<h2>${said.levelHeading}</h2>`,
    list([
      `${said.now}: <strong>${esc(levelText(d.levels.overall, locale))}</strong> (${esc(startTargetText(d, locale))})`,
      `${said.trend}: ${esc(trendText(d, locale))}`,
      `${said.responseLabel}: ${esc(responseText(d, locale))}`,
      ...domains,
    ]),
    chartSvg ?? '',
  ];
  const sections: Array<[DigestSection, string[]]> = [
    [
      'knelpunten',
      [
        `<h2>${said.knelpuntenHeading}</h2>`,
        top.length > 0 ? list(top) : `<p>${said.noKnelpunten}</p>`,
        d.knelpunten.solved.length > 0
          ? `<p>${said.solved}:</p>${list(d.knelpunten.solved.map((k) => esc(k.description)))}`
          : '',
      ],
    ],
    [
      'checklist',
      [
        `<h2>${esc(said.checklistHeading(shortPeriodName(d.checklist.previousPeriod, locale)))}</h2>`,
        list(changes.length > 0 ? changes : [said.noChanges]),
        `<p>${said.now}: ${esc(countAnswers(d, locale))}</p>`,
      ],
    ],
    ['voortgang', [`<h2>${said.progressHeading}</h2>`, list(progress)]],
    [
      'successen',
      [
        `<h2>${said.wentWellHeading}</h2>`,
        list(d.successes.length > 0 ? d.successes.map(esc) : [said.nothingFilledIn]),
      ],
    ],
  ];
  const body = [...head, ...sections.flatMap(([name, html]) => (shows(edition, name) ? html : []))];
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${esc(title(d, locale))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;line-height:1.4;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}mark{background:#fff3b0}</style></head>
<body>
${body.filter((part) => part !== '').join('\n')}
</body>
</html>
`;
}
