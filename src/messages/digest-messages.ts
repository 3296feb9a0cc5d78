import {
  answerLabel,
  correctionText,
  itemText as knelpuntText,
  levelText,
  PROGRESS_LABELS,
  periodText,
  progressText,
  responseText,
  SUCCESSES_SHOWN,
  startTargetText,
  title,
  trendText,
} from '../digest/texts.ts';
import type { DigestDocument, DigestSection } from '../domain/digest-document.ts';
import type { Block, Message } from './model.ts';

/**
 * The digest as chat messages: the projectleider's private preview with the review buttons, and
 * the published message in the stuurgroep channels. Both read the same document, so what was
 * reviewed is what the stuurgroep reads.
 */

export const DIGEST_ACTIONS = {
  publish: 'digest_publish',
  editText: 'digest_edit_text',
  omit: 'digest_omit',
} as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[keyof typeof DIGEST_ACTIONS];

export function isDigestAction(id: string): id is DigestAction {
  return (Object.values(DIGEST_ACTIONS) as string[]).includes(id);
}

export const SECTION_LABELS: Record<DigestSection, string> = {
  successen: 'Wat ging goed',
  knelpunten: 'Knelpunten',
  checklist: 'Checklist',
  voortgang: 'Voortgang',
};

export interface DigestView {
  readonly document: DigestDocument;
  readonly summary: string;
  readonly omitted: readonly DigestSection[];
  readonly version: number;
}

/** The key figures both messages share: levels, knelpunten, checklist, voortgang, response. */
function bodyBlocks(v: DigestView): Block[] {
  const d = v.document;
  const shown = (s: DigestSection) => !v.omitted.includes(s);
  const blocks: Block[] = [
    {
      type: 'facts',
      facts: [
        { label: 'Samenwerkingsniveau nu', value: levelText(d.levels.overall) },
        { label: 'Verloop', value: trendText(d) },
        { label: 'Begin en doel', value: startTargetText(d) },
        { label: 'Respons', value: responseText(d) },
      ],
    },
  ];
  if (shown('knelpunten')) {
    const top = d.knelpunten.top.flatMap((c) => [
      `${c.label}: ${c.named}× genoemd`,
      ...c.items.map((k) => `   ${knelpuntText(k)}`),
    ]);
    blocks.push(
      { type: 'heading', text: 'Belangrijkste knelpunten' },
      { type: 'list', items: top.length > 0 ? top : ['Geen knelpunten genoemd in deze periode.'] },
    );
    if (d.knelpunten.solved.length > 0)
      blocks.push({
        type: 'note',
        text: `Opgelost: ${d.knelpunten.solved.map((k) => k.description).join('; ')}`,
      });
  }
  if (shown('checklist')) {
    const changes = d.checklist.changes.map(
      (c) => `Punt ${c.item}: ${answerLabel(c.from)} → ${answerLabel(c.to)}`,
    );
    blocks.push(
      { type: 'heading', text: `Checklist (veranderd sinds ${d.checklist.previousPeriod})` },
      { type: 'list', items: changes.length > 0 ? changes : ['Geen veranderingen.'] },
    );
  }
  if (shown('voortgang')) {
    blocks.push(
      { type: 'heading', text: 'Voortgang' },
      {
        type: 'facts',
        facts: PROGRESS_LABELS.map(([key, label, unit]) => ({
          label,
          value: progressText(d.progress[key], unit),
        })),
      },
    );
  }
  if (shown('successen') && d.successes.length > 0) {
    blocks.push(
      { type: 'heading', text: 'Wat ging goed' },
      { type: 'list', items: d.successes.slice(0, SUCCESSES_SHOWN) },
    );
  }
  return blocks;
}

/** Only for the projectleider: the draft as the stuurgroep would see it, and the review buttons. */
export function previewMessage(
  v: DigestView,
  actionValue: string,
  correctionOf: number | null,
  links: { readonly pdf: string } | null = null,
): Message {
  const d = v.document;
  const left = v.omitted.map((s) => SECTION_LABELS[s]).join(', ');
  return {
    fallback: `Concept: ${title(d)}, ${d.period.label}`,
    private: true,
    blocks: [
      { type: 'heading', text: `Concept: ${title(d)}` },
      {
        type: 'note',
        text: `${periodText(d)}. Versie ${v.version}${correctionOf ? `, correctie op versie ${correctionOf}` : ''}. Alleen jij ziet dit tot je publiceert.`,
      },
      { type: 'text', text: v.summary },
      ...bodyBlocks(v),
      ...(left ? [{ type: 'note' as const, text: `Weggelaten: ${left}.` }] : []),
      ...(links
        ? [{ type: 'text' as const, text: `Zo ziet de PDF eruit (concept, geheime link): ${links.pdf}` }]
        : []),
      {
        type: 'actions',
        actions: [
          {
            id: DIGEST_ACTIONS.publish,
            label: 'Publiceren',
            value: actionValue,
            confirm: {
              title: 'Samenvatting publiceren?',
              text: `De stuurgroep krijgt deze versie in haar kanaal. Publiceren kun je niet terugdraaien; een latere correctie komt als nieuwe versie.`,
              yes: 'Ja, publiceren',
              no: 'Nog niet',
            },
          },
          { id: DIGEST_ACTIONS.editText, label: 'Tekst aanpassen', value: actionValue },
          { id: DIGEST_ACTIONS.omit, label: 'Onderdelen weglaten', value: actionValue },
        ],
      },
    ],
  };
}

/** What the stuurgroep channels receive, and what `samenvatting laatste` shows. */
export function publishedMessage(
  v: DigestView,
  links: { png: string; pdf: string } | null,
  correction: boolean,
): Message {
  const d = v.document;
  const correctionLine = correctionText(d);
  return {
    fallback: `${correction ? 'Correctie: ' : ''}${title(d)}, ${d.period.label}`,
    blocks: [
      { type: 'heading', text: title(d) },
      ...(correction ? [{ type: 'text' as const, text: correctionLine }] : []),
      { type: 'note', text: `${periodText(d)} — versie ${v.version}` },
      { type: 'text', text: v.summary },
      ...bodyBlocks(v),
      {
        type: 'text',
        text: links
          ? `Grafiek van het samenwerkingsniveau: ${links.png}\nDe hele samenvatting als PDF: ${links.pdf}`
          : 'De grafiek en de PDF zijn in deze Schakel nog niet als link te openen; je beheerder kan dat aanzetten.',
      },
    ],
  };
}
