import { svgToPng } from './chart-png.ts';
import { trendChartSvg } from './chart-svg.ts';
import type { DigestDocument } from './document.ts';
import { renderHtml } from './render-html.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderPdf } from './render-pdf.ts';

export type DigestFormat = 'json' | 'md' | 'html' | 'pdf';

/** One digest in one format: text for json/md/html, bytes for pdf. */
export async function renderDigest(
  d: DigestDocument,
  format: DigestFormat,
  now: Date,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return renderJson(d);
    case 'md':
      return renderMarkdown(d);
    case 'html':
      return renderHtml(d, trendChartSvg(d));
    case 'pdf':
      return renderPdf(d, svgToPng(trendChartSvg(d)), now);
  }
}
