/**
 * The Schakel glyph: two interlocking chain links ("schakel" is Dutch for chain link),
 * drawn as signed distances so it stays crisp at 32 px and at 512 px alike.
 * Coordinates are in glyph units: the glyph fits the square [-1, 1]².
 */

interface LinkShape {
  /** Radius of the link's rounded ends, to the middle of the stroke. */
  readonly radius: number;
  /** Half the length of the link's straight sides. */
  readonly halfLength: number;
  /** Distance of each link's centre from the glyph's centre, along the diagonal. */
  readonly offset: number;
  readonly stroke: number;
  /** The gap that shows one link passing over the other. */
  readonly gap: number;
}

// A heavier stroke at small sizes: at 32 px a thin stroke blurs into grey.
export const LARGE: LinkShape = { radius: 0.3, halfLength: 0.2, offset: 0.33, stroke: 0.17, gap: 0.07 };
export const SMALL: LinkShape = { radius: 0.3, halfLength: 0.16, offset: 0.3, stroke: 0.22, gap: 0.09 };

// The links lie along the rising diagonal (x right, y down, so "up" is -y).
const UX = Math.SQRT1_2;
const UY = -Math.SQRT1_2;

/** Distance from (x, y) to the middle line of a link centred at `centre` on the diagonal. */
function linkDistance(x: number, y: number, centre: number, shape: LinkShape): number {
  const along = x * UX + y * UY - centre;
  const across = x * UY - y * UX;
  const clamped = Math.max(-shape.halfLength, Math.min(shape.halfLength, along));
  return Math.abs(Math.hypot(along - clamped, across) - shape.radius);
}

/** Whether the point is ink. On one side of the diagonal link A lies on top, on the other link B. */
export function isInk(x: number, y: number, shape: LinkShape): boolean {
  const a = linkDistance(x, y, -shape.offset, shape);
  const b = linkDistance(x, y, shape.offset, shape);
  const aOnTop = x * UY - y * UX > 0;
  const top = aOnTop ? a : b;
  const under = aOnTop ? b : a;
  const half = shape.stroke / 2;
  return top <= half || (top > half + shape.gap && under <= half);
}

/**
 * How much of pixel (px, py) the glyph covers, 0 to 1, from samples×samples points. `scale` is
 * pixels per glyph unit; the glyph is centred in a square of `size` pixels.
 */
export function coverage(
  px: number,
  py: number,
  size: number,
  scale: number,
  shape: LinkShape,
  samples = 8,
): number {
  let ink = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples - size / 2) / scale;
      const y = (py + (sy + 0.5) / samples - size / 2) / scale;
      if (isInk(x, y, shape)) ink++;
    }
  }
  return ink / (samples * samples);
}
