/**
 * A tertiaal as people type it after `samenvatting`: its code ('2026-T2', '2026-t2') or the words
 * the digest itself uses ("tweede tertiaal 2026", "2e tertiaal 2026", "tertiaal 2 2026", "T2 2026",
 * "2026 T2"), also as Schakel shows it with the months in brackets ("het tweede tertiaal 2026 (mei t/m
 * augustus)").
 * Gives the code ('2026-T2'), also for a number no tertiaal has ('2026-T4'), so the answer can say
 * which exist; null for anything else.
 */
const ORDINALS: Readonly<Record<string, string>> = {
  eerste: '1',
  tweede: '2',
  derde: '3',
  vierde: '4',
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  vijfde: '5',
  zesde: '6',
  zevende: '7',
  achtste: '8',
  negende: '9',
  fifth: '5',
  sixth: '6',
  seventh: '7',
  eighth: '8',
  ninth: '9',
};

const CODE = /^(\d{4})-t(\d)$/;
const WORDS =
  /^(?:het\s+|the\s+)?([a-z]+|\d)(?:e|ste|de|st|nd|rd|th)?\s+tertiaal\s+(?:van\s+|of\s+)?(\d{4})$/;
const NUMBER_FIRST = /^(?:tertiaal\s+|t)(\d)\s+(\d{4})$/;
const YEAR_FIRST = /^(\d{4})\s+t(\d)$/;
/** The months Schakel writes after a tertiaal's name: "(mei t/m augustus)", "(May to August)". */
const MONTHS = /\s*\([a-z/\s]*\)$/;

export function typedTertiaal(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(MONTHS, '');
  const code = CODE.exec(t) ?? YEAR_FIRST.exec(t);
  if (code) return `${code[1]}-T${code[2]}`;
  const named = WORDS.exec(t);
  if (named) {
    const n = /^\d$/.test(named[1]!) ? named[1] : ORDINALS[named[1]!];
    return n ? `${named[2]}-T${n}` : null;
  }
  const numbered = NUMBER_FIRST.exec(t);
  return numbered ? `${numbered[2]}-T${numbered[1]}` : null;
}
