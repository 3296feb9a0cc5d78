import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** DejaVu Sans ships with Schakel (assets/fonts, Bitstream Vera licence), so the chart reads the same on every machine. */
const FONT_DIR = join(import.meta.dirname, '..', '..', 'assets', 'fonts');
export const CHART_FONT_FILES = [join(FONT_DIR, 'DejaVuSans.ttf'), join(FONT_DIR, 'DejaVuSans-Bold.ttf')];

/**
 * SVG → PNG on the server, without a browser: resvg is a Rust renderer whose binary ships inside
 * its npm package. Only the bundled font is used, not the machine's: a slim container image
 * without fonts would otherwise draw the chart without a single label.
 */
export function svgToPng(svg: string, width = 1280): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: CHART_FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
