import { type KnelpuntCategory, knelpuntCategoryLabel } from '../domain/knelpunten.ts';
import type { SummaryAggregates } from './aggregates.ts';

const num = (n: number) => String(n).replace('.', ',');

/**
 * The summary Schakel writes itself from the same aggregates: plain, always available, and what
 * stands whenever the language model is off or fails.
 */
export function deterministicSummary(a: SummaryAggregates): string {
  const sentences: string[] = [];
  const o = a.levels.overall;
  if (o === null) sentences.push(`In ${a.period.label} is er geen check-in ingevuld.`);
  else if ('hidden' in o)
    sentences.push(`In ${a.period.label} vulden te weinig leden de check-in in om een niveau te tonen.`);
  else {
    const target = a.levels.targetLevel === null ? '' : `, het doel is ${num(a.levels.targetLevel)}`;
    const start = a.levels.startLevel === null ? '' : ` (gestart op ${num(a.levels.startLevel)}${target})`;
    sentences.push(`In ${a.period.label} staat de samenwerking op niveau ${num(o.median)}${start}.`);
  }
  sentences.push(mostNamed(a.knelpunten.byCategory));
  if (a.knelpunten.solved > 0) {
    sentences.push(
      `${a.knelpunten.solved === 1 ? 'Eén knelpunt is' : `${a.knelpunten.solved} knelpunten zijn`} opgelost.`,
    );
  }
  const ja = Object.values(a.checklist.now).filter((x) => x === 'ja').length;
  sentences.push(`Van de checklist staan ${ja} van de 20 punten op ja.`);
  const t = a.progress.trajecten;
  if (t.value !== null && t.target !== null) {
    sentences.push(`Er liepen ${t.value} trajecten tegen een doel van ${num(t.target)} voor deze periode.`);
  }
  return sentences.join(' ');
}

/**
 * The knelpunt named most, or all of them when several share the top count: picking one of a tie
 * would tell the stuurgroep something the figures do not say.
 */
function mostNamed(byCategory: SummaryAggregates['knelpunten']['byCategory']): string {
  const counts = Object.entries(byCategory).filter(([, n]) => (n ?? 0) > 0) as Array<
    [KnelpuntCategory, number]
  >;
  const most = Math.max(0, ...counts.map(([, n]) => n));
  if (most === 0) return 'Er zijn geen knelpunten genoemd.';
  const labels = counts.filter(([, n]) => n === most).map(([c]) => lowerFirst(knelpuntCategoryLabel(c)));
  if (labels.length === 1) return `Het meest genoemde knelpunt is ${labels[0]} (${most} keer).`;
  const quoted = labels.map((l) => `‘${l}’`);
  const list = `${quoted.slice(0, -1).join(', ')} en ${quoted.at(-1)}`;
  return labels.length === counts.length
    ? `De knelpunten ${list} zijn elk ${most} keer genoemd; geen springt eruit.`
    : `Het meest genoemd zijn, elk ${most} keer, de knelpunten ${list}.`;
}

/** 'Privacy en gegevensuitwisseling (AVG)' → 'privacy en gegevensuitwisseling (AVG)': an abbreviation keeps its capitals. */
const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
