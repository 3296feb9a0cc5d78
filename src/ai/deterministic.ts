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
  const top = Object.entries(a.knelpunten.byCategory).sort((x, y) => (y[1] ?? 0) - (x[1] ?? 0))[0];
  if (top) {
    sentences.push(
      `Het meest genoemde knelpunt is ${knelpuntCategoryLabel(top[0] as KnelpuntCategory).toLowerCase()} (${top[1]} keer).`,
    );
  } else sentences.push('Er zijn geen knelpunten genoemd.');
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
