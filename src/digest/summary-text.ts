import { aggregatesOf } from '../ai/aggregates.ts';
import { deterministicSummary } from '../ai/deterministic.ts';
import type { DigestDocument } from '../domain/digest-document.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import { periodName } from '../messages/period-words.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { stuurgroepDateOfLabel } from './stuurgroep-period.ts';

/*
 * The summary text of a digest version and its reader's language. A version stores its summary as
 * text (Dutch, as the files show it). Schakel's own summary is nothing but its figures in words, and
 * the figures are stored with it (the document): so a text that is exactly Schakel's Dutch summary of
 * the stored figures is shown written anew from them in the reader's language, an old row too. Her
 * own text, and a language model's, are shown as written.
 */

/** Schakel's summary of a document's figures, in `locale` (Dutch by default, as stored). */
export function fixedSummary(document: DigestDocument, locale: Locale = 'nl'): string {
  return deterministicSummary(aggregatesOf(readable(document, locale)), locale);
}

/** The summary as `locale`'s reader reads it (see above). */
export function summaryIn(
  v: { readonly summary: string; readonly ownSummary?: boolean; readonly document: DigestDocument },
  locale: Locale,
): string {
  if (v.ownSummary || locale === 'nl') return v.summary;
  return isFixedSummary(v) ? fixedSummary(v.document, locale) : v.summary;
}

/**
 * Whether a version's text is still Schakel's Dutch summary of its stored figures: as written now,
 * or as written before periods read in words ("In 2026-T2 staat de samenwerking…", a row from then).
 */
export function isFixedSummary(v: {
  readonly summary: string;
  readonly ownSummary?: boolean;
  readonly document: DigestDocument;
}): boolean {
  if (v.ownSummary) return false;
  return v.summary === fixedSummary(v.document, 'nl') || v.summary === summaryWithCode(v.document);
}

/** Schakel's Dutch summary as it was written before: the period by its code ('2026-T2'). */
const summaryWithCode = (document: DigestDocument) => deterministicSummary(aggregatesOf(document), 'nl');

/**
 * A period in words for the summary, not its key: "de periode van 16 juni 2026 t/m 14 oktober 2026",
 * "het tweede tertiaal 2026 (mei t/m augustus)".
 */
export function readablePeriod(period: { label: string; from: string; to: string }, locale: Locale = 'nl') {
  if (!stuurgroepDateOfLabel(period.label)) return periodName(period.label, locale);
  const from = readableShortDate(period.from, locale);
  return words(locale).documents.digest.periodSpan(from, readableShortDate(period.to, locale));
}

/** The document the summary is written from: its period in words. */
export function readable(document: DigestDocument, locale: Locale = 'nl'): DigestDocument {
  const label = readablePeriod(document.period, locale);
  return { ...document, period: { ...document.period, label } };
}
