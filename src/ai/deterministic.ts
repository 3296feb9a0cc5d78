import { type KnelpuntCategory, knelpuntCategoryLabel } from '../domain/knelpunten.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import type { SummaryAggregates } from './aggregates.ts';

/**
 * The summary Schakel writes itself from the same aggregates: plain, always available, and what
 * stands whenever the language model is off or fails. Dutch unless `locale` says otherwise
 * (`schakel digest --en`).
 */
export function deterministicSummary(a: SummaryAggregates, locale: Locale = 'nl'): string {
  const w = words(locale);
  const said = w.documents.fixedSummary;
  const num = (n: number) => String(n).replace('.', w.documents.decimal);
  const sentences: string[] = [];
  const o = a.levels.overall;
  if (o === null) sentences.push(said.noCheckins(a.period.label));
  else if ('hidden' in o) sentences.push(said.tooFew(a.period.label));
  else {
    const target = a.levels.targetLevel === null ? '' : said.target(num(a.levels.targetLevel));
    const start = a.levels.startLevel === null ? '' : said.started(num(a.levels.startLevel), target);
    sentences.push(said.level(a.period.label, num(o.median), start));
  }
  sentences.push(mostNamed(a.knelpunten.byCategory, locale));
  if (a.knelpunten.solved > 0) sentences.push(said.solved(a.knelpunten.solved));
  const ja = Object.values(a.checklist.now).filter((x) => x === 'ja').length;
  sentences.push(said.checklist(ja));
  const t = a.progress.trajecten;
  if (t.value !== null && t.target !== null) sentences.push(said.trajecten(t.value, num(t.target)));
  return sentences.join(' ');
}

/**
 * The knelpunt named most, or all of them when several share the top count: picking one of a tie
 * would tell the stuurgroep something the figures do not say.
 */
function mostNamed(byCategory: SummaryAggregates['knelpunten']['byCategory'], locale: Locale): string {
  const w = words(locale);
  const said = w.documents.fixedSummary;
  const counts = Object.entries(byCategory).filter(([, n]) => (n ?? 0) > 0) as Array<
    [KnelpuntCategory, number]
  >;
  const most = Math.max(0, ...counts.map(([, n]) => n));
  if (most === 0) return said.noKnelpunten;
  const label = (c: KnelpuntCategory) => w.knelpunten.categories[c]?.label ?? knelpuntCategoryLabel(c);
  const labels = counts.filter(([, n]) => n === most).map(([c]) => lowerFirst(label(c)));
  if (labels.length === 1) return said.mostNamed(labels[0]!, most);
  const quoted = labels.map((l) => `‘${l}’`);
  const list = `${quoted.slice(0, -1).join(', ')} ${said.and} ${quoted.at(-1)}`;
  return labels.length === counts.length ? said.allTied(list, most) : said.someTied(list, most);
}

/** 'Privacy en gegevensuitwisseling (AVG)' → 'privacy en gegevensuitwisseling (AVG)': an abbreviation keeps its capitals. */
const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
