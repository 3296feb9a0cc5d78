import { Resvg } from '@resvg/resvg-js';

/**
 * SVG → PNG on the server, without a browser: resvg is a Rust renderer whose binary ships inside
 * its npm package. It uses the machine's fonts for the labels (DejaVu/Liberation on our images).
 */
export function svgToPng(svg: string, width = 1280): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
