/**
 * Letters of other scripts that read as a Latin letter in a Dutch text: "sсhizofrenie" with a Cyrillic
 * "с" is "schizofrenie" to everyone who reads it. A small table kept by hand (Unicode's confusables list
 * has thousands of pairs, most of them symbols or letters no Dutch reader takes for Latin): Cyrillic and
 * Greek letters whose usual shape is the Latin letter's, capitals and lower case, and the few Latin
 * letters of phonetics that stand in for a plain one (the lines below, in that order). A letter that only
 * looks Latin in some fonts ("в", "п", "и", "η") is left as it is. The guard reads the text with these folded (fold.ts); what it
 * reports still points into the text as typed.
 */
const PAIRS = `
  АA ВB ЕE ЅS ІI ЈJ КK МM НH ОO РP СC ТT УY ХX ҮY ԚQ ԜW ӀI ԌG
  аa еe ѕs іi јj оo рp сc уy хx ԁd һh ԛq ԝw ӏl үy ёë їï
  ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX ϹC ͿJ
  οo ιi κk νv ρp υu ϲc ϳj αa
  ɑa ɡg ɩi ʏy`
  .trim()
  .split(/\s+/);

const TABLE = new Map<number, string>(PAIRS.map((pair) => [pair.codePointAt(0)!, pair.slice(1)]));

/** The Latin letter code point `code` reads as, or undefined when it is no look-alike. */
export function latinLookalike(code: number): string | undefined {
  return TABLE.get(code);
}
