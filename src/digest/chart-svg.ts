import type { DigestDocument } from '../domain/digest-document.ts';
import { escapeXml } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import { shortPeriodName } from '../messages/period-words.ts';
import { num, startTargetText, trendText } from './texts.ts';

/**
 * The level trend as a small SVG we write ourselves: the overall level per tertiaal on the
 * ladder 1-6, with the region's start and target level as dashed lines. It carries its own
 * title and description, so a screen reader (or a chat that shows no images) says the same.
 * Dutch unless `locale` says otherwise (`schakel digest --en`).
 */

const W = 640;
const H = 320;
const LEFT = 56;
const RIGHT = 150;
const TOP = 44;
const BOTTOM = 48;
const INSET = 60;

const esc = escapeXml;

function y(level: number): number {
  return TOP + ((6 - level) / 5) * (H - TOP - BOTTOM);
}

// DejaVu Sans Bold at 17 px is about 11 px a character: this many fit beside the left margin.
const HEADING_CHARS = Math.floor((W - LEFT - 16) / 11);
const HEADING_LEADING = 22;

/** What the chart shows, in words: its SVG description and the PDF figure's alternative text. */
export function trendChartDescription(d: DigestDocument, locale: Locale = 'nl'): string {
  return words(locale).documents.chart.description(trendText(d, locale), startTargetText(d, locale));
}

function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function trendChartSvg(d: DigestDocument, locale: Locale = 'nl'): string {
  const said = words(locale).documents.chart;
  const points = d.levels.trend;
  // Points sit inside the plot, so their labels never run into the start/doel labels.
  const step = (W - LEFT - RIGHT - 2 * INSET) / Math.max(1, points.length - 1);
  const x = (i: number) => LEFT + INSET + i * step;
  const parts: string[] = [];
  for (let level = 1; level <= 6; level++) {
    parts.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${y(level)}" y2="${y(level)}" stroke="#ddd"/>`,
      `<text x="${LEFT - 10}" y="${y(level) + 5}" text-anchor="end" font-size="14">${level}</text>`,
    );
  }
  const reference = (level: number | null, label: string, colour: string) => {
    if (level === null) return;
    parts.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${y(level)}" y2="${y(level)}" stroke="${colour}" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<text x="${W - RIGHT + 8}" y="${y(level) + 5}" font-size="14" fill="${colour}">${label} ${num(level, locale)}</text>`,
    );
  };
  reference(d.levels.startLevel, said.start, '#8a5a00');
  reference(d.levels.targetLevel, said.target, '#1b7a3a');
  const shown: Array<[number, number]> = [];
  points.forEach((p, i) => {
    parts.push(
      `<text x="${x(i)}" y="${H - BOTTOM + 28}" text-anchor="middle" font-size="14">${esc(shortPeriodName(p.period, locale))}</text>`,
    );
    if (p.overall && !('hidden' in p.overall)) shown.push([i, p.overall.median]);
    else {
      const why = p.overall ? said.tooFew : said.noAnswers;
      parts.push(
        `<text x="${x(i)}" y="${y(1) - 10}" text-anchor="middle" font-size="12" fill="#666">${why}</text>`,
      );
    }
  });
  if (shown.length > 1) {
    const path = shown.map(([i, v]) => `${x(i)},${y(v)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="#1f4e99" stroke-width="3"/>`);
  }
  for (const [i, v] of shown) {
    parts.push(
      `<circle cx="${x(i)}" cy="${y(v)}" r="6" fill="#1f4e99"/>`,
      `<text x="${x(i)}" y="${y(v) - 12}" text-anchor="middle" font-size="15" font-weight="bold" fill="#1f4e99">${num(v, locale)}</text>`,
    );
  }
  if (shown.length === 0) {
    parts.push(
      `<text x="${(W - RIGHT + LEFT) / 2}" y="${H / 2}" text-anchor="middle" font-size="16">${said.nothingToShow}</text>`,
    );
  }
  const heading = said.heading(d.region.name);
  // A long region name wraps onto more lines; the plot moves down by as much, never clipped.
  const headingLines = wrapWords(heading, HEADING_CHARS);
  const extra = (headingLines.length - 1) * HEADING_LEADING;
  const height = H + extra;
  const headingText = headingLines
    .map((line, i) => `<tspan x="${LEFT}" y="${26 + i * HEADING_LEADING}">${esc(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" role="img" aria-labelledby="t d" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
<title id="t">${esc(heading)}</title>
<desc id="d">${esc(trendChartDescription(d, locale))}</desc>
<rect width="${W}" height="${height}" fill="#fff"/>
<text font-size="17" font-weight="bold">${headingText}</text>
<g transform="translate(0 ${extra})">
${parts.join('\n')}
</g>
</svg>
`;
}
