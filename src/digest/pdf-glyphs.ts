import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';

/** DejaVu Sans ships with Schakel (assets/fonts, Bitstream Vera licence): embedded in every PDF. */
const FONT_DIR = join(import.meta.dirname, '..', '..', 'assets', 'fonts');
export const PDF_FONTS = {
  regular: join(FONT_DIR, 'DejaVuSans.ttf'),
  bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf'),
} as const;

let fonts: fontkit.Font[] | undefined;
/** Whether both faces draw `ch`: a run may be set in either. */
function hasGlyph(ch: string): boolean {
  fonts ??= [PDF_FONTS.regular, PDF_FONTS.bold].map((file) => fontkit.openSync(file) as fontkit.Font);
  const cp = ch.codePointAt(0)!;
  return fonts.every((f) => f.hasGlyphForCodePoint(cp));
}

/** Emoji the fonts draw as a sign of their own, without words. */
const DRAWN_AS: Readonly<Record<string, string>> = {
  '🙂': '☺',
  '😊': '☺',
  '😀': '☺',
  '😄': '☺',
  '⭐': '★',
  '✅': '✓',
  '❌': '✗',
};

const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });
/** How an emoji is shown, not what it is: variation selectors and skin tones. */
const PRESENTATION = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;
const PICTURE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const KEYCAP = /^[0-9#*]\u20E3$/u;
const COUNTRY = /^\p{Regional_Indicator}{2}$/u;
/** A flag of a part of a country (🏴 and tag letters: gbsct), or the white flag's (🏳️‍🌈). */
const TAGGED_FLAG = /^[\u{1F3F4}\u{1F3F3}]/u;
/** Nothing to see: controls, format signs (zero-width space, joiners) and marks on their own. */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{M}\s]*$/u;

/** 🇳🇱 → "NL"; 🏴 with tags g b s c t → "GB-SCT"; none → undefined. */
function flagCode(sign: string): string | undefined {
  const points = [...sign].map((c) => c.codePointAt(0)!);
  if (COUNTRY.test(sign)) return String.fromCharCode(...points.map((p) => p - 0x1f1e6 + 65));
  const tags = points
    .filter((p) => p >= 0xe0061 && p <= 0xe007a)
    .map((p) => String.fromCharCode(p - 0xe0000));
  if (tags.length < 3) return undefined;
  return `${tags.slice(0, 2).join('')}-${tags.slice(2).join('')}`.toUpperCase();
}

/**
 * The text as the embedded fonts can draw it, every sign read as one (Intl.Segmenter's grapheme:
 * an emoji with its skin tone or variation selector, a ZWJ family, a flag). A sign the fonts
 * cannot draw is never dropped without a trace — a PDF/A file may not fall back on a font outside
 * it, and a missing glyph would print as an empty box or nothing — but read as words in the
 * catalogue (documents.signs): the known emoji by name ("(duim omhoog)"; a few as a sign the font
 * has, ★), a flag by its country ("(vlag NL)"), any other emoji "(emoji)", any other character
 * "(teken)". Only what shows nothing anyway (a zero-width space, a lone joiner) is left out, and
 * an accent the fonts lack is left off its letter.
 */
export function drawable(text: string, locale: Locale = 'nl'): string {
  const signs = words(locale).documents.signs;
  let out = '';
  // A word in brackets stands apart from the words around it: "maken (emoji)", "(feest) (feest)".
  let afterWord = false;
  const add = (shown: string) => {
    if (afterWord && /^[\p{L}\p{N}(]/u.test(shown)) out += ' ';
    out += shown;
    afterWord = false;
  };
  const standIn = (word: string) => {
    if (word.startsWith('(') && /[\p{L}\p{N})]$/u.test(out)) out += ' ';
    out += word;
    afterWord = word.endsWith(')');
  };
  for (const { segment } of segmenter.segment(text.normalize('NFC').replace(/\t/g, ' '))) {
    const bare = segment.replace(PRESENTATION, '');
    const drawnAs = DRAWN_AS[bare];
    const named = signs.named[bare];
    const points = [...bare];
    if (segment.includes('\n')) {
      out += '\n';
      afterWord = false;
    } else if (drawnAs !== undefined) add(drawnAs);
    else if (named !== undefined) standIn(named);
    else if (points.length > 0 && !bare.includes('\u200D') && points.every(hasGlyph)) add(bare);
    else if (INVISIBLE.test(segment)) continue;
    // A keycap (1️⃣, #️⃣): its digit or sign.
    else if (KEYCAP.test(bare)) add(bare.charAt(0));
    else if (COUNTRY.test(bare) || TAGGED_FLAG.test(bare)) standIn(signs.flag(flagCode(bare)));
    else if (PICTURE.test(segment)) standIn(signs.emoji);
    // A letter the fonts draw, with a mark they do not: the letter.
    else if (points[0] !== undefined && hasGlyph(points[0]) && INVISIBLE.test(points.slice(1).join(''))) {
      add(points.filter(hasGlyph).join(''));
    } else standIn(signs.other);
  }
  return out.replace(/ {2,}/g, ' ');
}
