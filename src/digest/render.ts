import type { DigestDocument, DigestEdition } from '../domain/digest-document.ts';
import type { Locale } from '../messages/locale.ts';
import { svgToPng } from './chart-png.ts';
import { trendChartSvg } from './chart-svg.ts';
import { withoutSections } from './omit.ts';
import { renderHtml } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';

export type DigestFormat = 'json' | 'md' | 'html' | 'pdf';

/**
 * One digest in one format: text for json/md/html, bytes for pdf. With an edition (a reviewed or
 * published version) the human formats carry the projectleider's text and leave out what they left
 * out; without one (`schakel digest`) it is the plain draft. JSON stays the stable aggregate form.
 * `locale`: the Markdown's language (Dutch unless `schakel digest --en`).
 */
export async function renderDigest(
  d: DigestDocument,
  format: DigestFormat,
  now: Date,
  edition?: DigestEdition,
  locale: Locale = 'nl',
): Promise<string | Uint8Array> {
  const doc = edition ? withoutSections(d, edition.omitted) : d;
  switch (format) {
    case 'json':
      return renderJson(doc);
    case 'md':
      return renderMarkdown(doc, edition, locale);
    case 'html':
      return renderHtml(doc, trendChartSvg(doc, locale), edition, locale);
    case 'pdf': {
      // The PDF writer (pdfkit and its fonts) loads when a PDF is first asked for, not at start-up.
      const { renderPdf } = await import('./render-pdf.ts');
      return renderPdf(doc, svgToPng(trendChartSvg(doc, locale)), now, edition, locale);
    }
  }
}
