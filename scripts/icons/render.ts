import { PNG } from 'pngjs';
import { coverage, LARGE, SMALL } from './chain-link.ts';

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** Schakel's colour: a calm teal, also the Teams accentColor and the Slack background_color. */
export const TEAL: Rgb = { r: 0x1b, g: 0x7f, b: 0x79 };
export const TEAL_HEX = '#1b7f79';

/**
 * The full-colour icon: the white glyph on a solid teal square. Solid, not rounded: Teams and
 * Slack round the corners themselves, and Teams asks for a solid or fully transparent background.
 * `glyphShare` is how much of the width the glyph may take (Teams: the symbol in the middle half).
 */
export function colorIcon(size: number, glyphShare: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const scale = (size * glyphShare) / 2;
  const shape = size < 64 ? SMALL : LARGE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, scale, shape);
      const i = (y * size + x) * 4;
      png.data[i] = mix(TEAL.r, 255, c);
      png.data[i + 1] = mix(TEAL.g, 255, c);
      png.data[i + 2] = mix(TEAL.b, 255, c);
      png.data[i + 3] = 255;
    }
  }
  // Opaque RGB: no alpha channel to get wrong.
  return PNG.sync.write(png, { colorType: 2, inputHasAlpha: true });
}

/**
 * The outline icon Teams shows in its app bar: only white, on full transparency. Edge pixels keep
 * white and carry their coverage in alpha, so the glyph is smooth yet never grey.
 */
export function outlineIcon(size: number, glyphShare: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const scale = (size * glyphShare) / 2;
  const shape = size < 64 ? SMALL : LARGE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      png.data[i] = 255;
      png.data[i + 1] = 255;
      png.data[i + 2] = 255;
      png.data[i + 3] = Math.round(255 * coverage(x, y, size, scale, shape));
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

function mix(from: number, to: number, amount: number): number {
  return Math.round(from + (to - from) * amount);
}
