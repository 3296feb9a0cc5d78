import type { DigestDocument, DigestVersion } from '../domain/digest-document.ts';
import { words } from '../messages/catalogue/words.ts';
import { currentLocale, type Locale } from '../messages/locale.ts';
import { type Message, shorten } from '../messages/model.ts';
import { periodName } from '../messages/period-words.ts';
import { readableShortDate } from '../messages/readable-date.ts';
import { summaryIn } from './summary-text.ts';
import { publishedWhileRunningText } from './texts.ts';

/**
 * The answer to "Publiceren", in place of the card with the draft: what was published stays in
 * view, in short (in the reader's language), with what the draft said about a period still running.
 */
export function publishedAnswer(
  v: DigestVersion,
  sent: { readonly channels: number; readonly pdf: string | undefined; readonly today: string },
): Message {
  const locale = currentLocale();
  const w = words(locale).answers.digest;
  const first = firstSentence(summaryIn(v, locale));
  const running = runningAtPublish(v.document, sent.today, locale);
  const published = w.published(v.version, periodName(v.period, locale), sent.channels);
  return {
    fallback: published,
    blocks: [
      { type: 'text', text: published },
      ...(running ? [{ type: 'note' as const, text: running }] : []),
      ...(first ? [{ type: 'text' as const, text: w.publishedSummary(first) }] : []),
      ...(sent.pdf ? [{ type: 'text' as const, text: w.publishedPdf(sent.pdf) }] : []),
    ],
    private: true,
  };
}

/** The summary's first sentence, or its first 200 characters when that sentence runs longer. */
function firstSentence(summary: string): string {
  const text = summary.trim().replace(/\s+/g, ' ');
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end < 0 ? text : text.slice(0, end + 1);
  return shorten(sentence, 200);
}

/**
 * As the draft said it: the period still runs (today is in it), or, when it ended after the figures
 * were counted, what the stuurgroep reads about that. Null when neither.
 */
function runningAtPublish(document: DigestDocument, today: string, locale: Locale): string | null {
  if (today <= document.period.to) {
    return words(locale).digest.stillRunning(readableShortDate(document.period.to, locale));
  }
  return publishedWhileRunningText(document, locale);
}
