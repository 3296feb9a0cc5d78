import { join } from 'node:path';
import * as fontkit from 'fontkit';

/** DejaVu Sans ships with Schakel (assets/fonts, Bitstream Vera licence): embedded in every PDF. */
const FONT_DIR = join(import.meta.dirname, '..', '..', 'assets', 'fonts');
export const PDF_FONTS = {
  regular: join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
} as const;

/**
 * Emoji that DejaVu Sans does not draw, read as words instead: a PDF/A file may not fall back on a
 * font outside it, and a missing glyph would print as an empty box.
 */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '🙂': '☺',
  '😊': '☺',
  '👍': '(duim omhoog)',
  '👏': '(applaus)',
  '🎉': '(feest)',
  '💪': '(sterk)',
  '🙏': '(dank)',
  '🚀': '(vaart)',
  '⭐': '★',
  '✅': '✓',
  '❌': '✗',
};

let regular: fontkit.Font | undefined;
function font(): fontkit.Font {
  regular ??= fontkit.openSync(PDF_FONTS.regular) as fontkit.Font;
  return regular;
}

/**
 * The text with every character the embedded font can draw; an emoji it cannot draw becomes a
 * word or a sign it can ("(duim omhoog)"), anything else without a glyph is left out. Words are
 * never dropped.
 */
export function drawable(text: string): string {
  const f = font();
  let out = '';
  for (const ch of text.replace(/\t/g, ' ')) {
    if (ch === '\n') out += ch;
    if (ch === '\uFE0F' || ch === '\u200D' || ch === '\n') continue; // emoji presentation and joiner signs
    const word = EMOJI_WORDS[ch];
    if (word !== undefined) out += word;
    else if (f.hasGlyphForCodePoint(ch.codePointAt(0)!)) out += ch;
  }
  return out.replace(/ {2,}/g, ' ');
}
