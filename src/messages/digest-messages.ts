import { summaryIn } from '../digest/summary-text.ts';
import {
  answerLabel,
  categoryLabel,
  checklistItemText,
  correctionText,
  itemText as knelpuntText,
  levelText,
  PROGRESS_LABELS,
  periodStillRunning,
  periodText,
  progressLabel,
  progressText,
  publishedWhileRunningText,
  responseText,
  SUCCESSES_SHOWN,
  shortSuccess,
  startTargetText,
  title,
  trendText,
} from '../digest/texts.ts';
import type { DigestDocument, DigestSection } from '../domain/digest-document.ts';
import { words } from './catalogue/words.ts';
import { currentLocale } from './locale.ts';
import type { Block, Message } from './model.ts';
import { shortPeriodName } from './period-words.ts';
import { readableShortDate } from './readable-date.ts';

/**
 * The digest as chat messages: the projectleider's private preview with the review buttons, and
 * the published message in the stuurgroep channels. Both read the same document, so what was
 * reviewed is what the stuurgroep reads. Schakel's words are in the reader's language (the
 * request's, `currentLocale`), through the same wording as the files (src/digest/texts.ts); what
 * the projectleider and the members wrote stays as written, and the files linked stay Dutch.
 */

export const DIGEST_ACTIONS = {
  publish: 'digest_publish',
  editText: 'digest_edit_text',
  omit: 'digest_omit',
  /** Back to the preview as it is: the way out of a review form or the publish question. */
  show: 'digest_show',
} as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[keyof typeof DIGEST_ACTIONS];

export function isDigestAction(id: string): id is DigestAction {
  return (Object.values(DIGEST_ACTIONS) as string[]).includes(id);
}

/** The digest's sections as the projectleider reads them, in the language being spoken. */
export function sectionLabel(section: DigestSection): string {
  return words().digest.sections[section];
}

export interface DigestView {
  readonly document: DigestDocument;
  readonly summary: string;
  readonly omitted: readonly DigestSection[];
  readonly version: number;
  /** The summary is the projectleider's own text (else Schakel's, or a language model's). */
  readonly ownSummary?: boolean;
  /** Her own text kept from the version this one corrects, not edited in this one yet. */
  readonly summaryCarried?: boolean;
}

/** The key figures both messages share: levels, knelpunten, checklist, voortgang, response. */
function bodyBlocks(v: DigestView): Block[] {
  const d = v.document;
  const locale = currentLocale();
  const w = words(locale).digest;
  const shown = (s: DigestSection) => !v.omitted.includes(s);
  const blocks: Block[] = [
    {
      type: 'facts',
      facts: [
        { label: w.levelNow, value: levelText(d.levels.overall, locale) },
        { label: w.trend, value: trendText(d, locale) },
        { label: w.startTarget, value: startTargetText(d, locale) },
        { label: w.response, value: responseText(d, locale) },
      ],
    },
  ];
  if (shown('knelpunten')) {
    // Each category on its own line with its knelpunten listed under it, as the PDF nests them.
    const top = d.knelpunten.top.flatMap((c): Block[] => [
      { type: 'text', text: w.named(categoryLabel(c, locale), c.named) },
      ...(c.items.length > 0
        ? [{ type: 'list' as const, items: c.items.map((k) => knelpuntText(k, locale)) }]
        : []),
    ]);
    blocks.push(
      { type: 'heading', text: w.topKnelpunten },
      ...(top.length > 0 ? top : [{ type: 'list' as const, items: [w.noKnelpunten] }]),
    );
    if (d.knelpunten.solved.length > 0)
      blocks.push({
        type: 'note',
        text: w.solved(d.knelpunten.solved.map((k) => k.description).join('; ')),
      });
  }
  if (shown('checklist')) {
    const changes = d.checklist.changes.map((c) =>
      w.checklistChange(
        c.item,
        checklistItemText(c.item, locale),
        answerLabel(c.from, locale),
        answerLabel(c.to, locale),
      ),
    );
    blocks.push(
      { type: 'heading', text: w.checklistHeading(shortPeriodName(d.checklist.previousPeriod, locale)) },
      { type: 'list', items: changes.length > 0 ? changes : [w.noChanges] },
    );
  }
  if (shown('voortgang')) {
    blocks.push(
      { type: 'heading', text: w.sections.voortgang },
      {
        type: 'facts',
        facts: PROGRESS_LABELS.map(([key, unit]) => ({
          label: progressLabel(key, locale),
          value: progressText(d.progress[key], unit, locale),
        })),
      },
    );
  }
  if (shown('successen') && d.successes.length > 0) {
    blocks.push(
      { type: 'heading', text: w.sections.successen },
      { type: 'list', items: d.successes.slice(0, SUCCESSES_SHOWN).map(shortSuccess) },
    );
  }
  return blocks;
}

/**
 * The numbers no one saw: a draft is changed in place until it is published or withdrawn, so each
 * number between the version it corrects and this one was a draft withdrawn after an erasure.
 */
function withdrawnBefore(version: number, correctionOf: number | null): number[] {
  const from = (correctionOf ?? 0) + 1;
  return Array.from({ length: Math.max(0, version - from) }, (_, i) => from + i);
}

/** Only for the projectleider: the draft as the stuurgroep would see it, and the review buttons. */
export function previewMessage(
  v: DigestView,
  actionValue: string,
  correctionOf: number | null,
  links: { readonly pdf: string } | null = null,
): Message {
  const d = v.document;
  const locale = currentLocale();
  const w = words(locale).digest;
  const left = v.omitted.map(sectionLabel).join(', ');
  return {
    fallback: `${w.draft(title(d, locale))}, ${periodText(d, locale)}`,
    private: true,
    blocks: [
      { type: 'heading', text: w.draft(title(d, locale)) },
      {
        type: 'note',
        text: w.versionNote(
          periodText(d, locale),
          v.version,
          correctionOf,
          withdrawnBefore(v.version, correctionOf),
        ),
      },
      ...(periodStillRunning(d)
        ? [{ type: 'note' as const, text: w.stillRunning(readableShortDate(d.period.to, locale)) }]
        : []),
      ...(v.summaryCarried && correctionOf !== null
        ? [{ type: 'note' as const, text: w.ownTextKept(correctionOf) }]
        : []),
      { type: 'text', text: summaryIn(v, locale) },
      ...bodyBlocks(v),
      ...(left ? [{ type: 'note' as const, text: w.omitted(left) }] : []),
      ...(links ? [{ type: 'text' as const, text: w.pdfLink(links.pdf) }] : []),
      {
        type: 'actions',
        actions: [
          {
            id: DIGEST_ACTIONS.publish,
            label: w.publish,
            value: actionValue,
            confirm: {
              title: w.publishTitle,
              text: w.publishText,
              yes: w.publishYes,
              no: w.publishNo,
              back: { id: DIGEST_ACTIONS.show, value: actionValue },
            },
          },
          { id: DIGEST_ACTIONS.editText, label: w.editText, value: actionValue },
          { id: DIGEST_ACTIONS.omit, label: w.omit, value: actionValue },
        ],
      },
    ],
  };
}

/** What the stuurgroep channels receive (in Dutch), and what `samenvatting laatste` shows its reader. */
export function publishedMessage(
  v: DigestView,
  links: { png: string; pdf: string } | null,
  correction: boolean,
): Message {
  const d = v.document;
  const locale = currentLocale();
  const w = words(locale).digest;
  const correctionLine = correctionText(d, locale);
  return {
    fallback: `${correction ? `${w.correctionMark}: ` : ''}${title(d, locale)}, ${periodText(d, locale)}`,
    blocks: [
      { type: 'heading', text: title(d, locale) },
      ...(correction ? [{ type: 'text' as const, text: correctionLine }] : []),
      {
        type: 'note',
        text: `${periodText(d, locale)} — ${words(locale).documents.digest.version(v.version)}`,
      },
      ...((running) => (running ? [{ type: 'note' as const, text: running }] : []))(
        publishedWhileRunningText(d, locale),
      ),
      { type: 'text', text: summaryIn(v, locale) },
      ...bodyBlocks(v),
      {
        type: 'text',
        text: links ? w.files(links.png, links.pdf) : w.noFiles,
      },
    ],
  };
}
