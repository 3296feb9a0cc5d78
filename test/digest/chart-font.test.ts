import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FILES, svgToPng } from '../../src/digest/chart-png.ts';

/** How many pixels of the PNG are dark (text or lines) rather than the white background. */
function darkPixels(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) dark++;
  return dark;
}

const textOnly = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100" font-family="DejaVu Sans"><text x="10" y="60" font-size="40">${text}</text></svg>`;

describe('the chart labels come from the bundled font, not the machine', () => {
  it('ships the font files the renderer loads', () => {
    for (const file of CHART_FONT_FILES) expect(existsSync(file)).toBe(true);
  });

  it('draws text, also Dutch letters, where a machine without fonts would draw nothing', () => {
    expect(darkPixels(svgToPng(textOnly(''), 400))).toBe(0);
    expect(darkPixels(svgToPng(textOnly('2026-T2 één'), 400))).toBeGreaterThan(500);
    // Bold is a different face: more ink for the same text.
    const bold = textOnly('2026-T2').replace('<text ', '<text font-weight="bold" ');
    expect(darkPixels(svgToPng(bold, 400))).toBeGreaterThan(darkPixels(svgToPng(textOnly('2026-T2'), 400)));
  });
});
