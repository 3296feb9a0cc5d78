import { describe, expect, it } from 'vitest';
import { hasDirectionSign, hasInvisibleCharacter } from '../../src/domain/control-characters.ts';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { nl } from '../../src/messages/catalogue/nl.ts';
import { foldForGuard } from '../../src/privacy/fold.ts';
import { found, testGuard } from './helpers.ts';

// A tester's finding: client data written with characters a reader cannot tell from the plain ones passed
// the guard. The guard reads the text as a person reads it (src/privacy/fold.ts); what it reports points
// into the text as typed, so the refusal's places and `schakel privacy scan`'s offsets stay right.
const LOOKALIKES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['a BSN in full-width digits', 'Bespreken １２３４５６７８２', 'bsn', '１２３４５６７８２'],
  ['a BSN in Arabic-Indic digits', 'Bespreken ١٢٣٤٥٦٧٨٢', 'bsn', '١٢٣٤٥٦٧٨٢'],
  ['a BSN in mathematical digits', 'Bespreken 𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟐 graag', 'bsn', '𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟐'],
  ['a BSN with a soft hyphen', 'Bespreken 1234\u00ad56782', 'bsn', '1234\u00ad56782'],
  ['a BSN with a combining grapheme joiner', 'Bespreken 1234\u034f56782', 'bsn', '1234\u034f56782'],
  ['a BSN with an invisible separator', 'Bespreken 1234\u206356782', 'bsn', '1234\u206356782'],
  ['a BSN grouped with en spaces', 'Bespreken 123\u2002456\u2002782', 'bsn', '123\u2002456\u2002782'],
  // attack42: half a sign sent in a Teams activity's JSON reaches the guard, or the database, as U+FFFD.
  ['a BSN split by a replacement sign', 'Bespreken 1234\ufffd56782', 'bsn', '1234\ufffd56782'],
  ['a BSN split by half a sign', 'Bespreken 1234\ud80056782', 'bsn', '1234\ud80056782'],
  ['a phone number split by a replacement sign', 'Bel 06\ufffd12345678', 'phone', '06\ufffd12345678'],
  [
    'an e-mail address with a zero-width space before the @',
    'Cliënt mailt via bram.hoekstra\u200b@gmail.com',
    'email',
    'bram.hoekstra\u200b@gmail.com',
  ],
  ['a phone number in full-width digits', 'Bel ０６-１２３４５６７８', 'phone', '０６-１２３４５６７８'],
  [
    'an IBAN in full-width',
    'IBAN ＮＬ９１ＡＢＮＡ０４１７１６４３００',
    'iban',
    'ＮＬ９１ＡＢＮＡ０４１７１６４３００',
  ],
  ['a diagnosis with a Cyrillic с', 'Bram Hoekstra heeft s\u0441hizofrenie', 'name_health', 'Bram Hoekstra'],
  ['a name with a Greek Η', '\u0397enk de Wit heeft een psychose', 'name_health', '\u0397enk de Wit'],
];

const guard = testGuard();

/** The messages of the guard's refusal of `text` as one field; none when it passes. */
function refusals(text: string): string[] {
  try {
    guard.check({ tekst: text });
  } catch (err) {
    if (err instanceof PrivacyRefusal) return err.problems.map((p) => p.message);
    throw err;
  }
  return [];
}

describe('client data written with look-alike characters', () => {
  it.each(LOOKALIKES)('finds %s, where it was typed', (_what, text, kind, part) => {
    expect(found(text)).toEqual([[kind, part]]);
  });

  it('finds the same in the plain text', () => {
    expect(found('Bespreken 123456782')).toEqual([['bsn', '123456782']]);
    expect(found('Bram Hoekstra heeft schizofrenie')).toEqual([['name_health', 'Bram Hoekstra']]);
  });

  it('says where the look-alike is by the words of the text as typed', () => {
    const [message] = refusals('Eerst ０６-１２３４５６７８ bellen, dan ２３１４５６７８５ noteren');
    expect(message).toContain('het 2e woord');
    expect(message).toContain('het 5e woord');
  });

  it.each([
    ['meeting times in full-width digits', 'Werkgroep op dinsdag １２ maart om １４:００ in zaal ３'],
    ['counts in Arabic-Indic digits', 'Het aantal aanmeldingen steeg van ١٢٠ naar ١٨٥ dit kwartaal'],
    [
      'a number that fails the 11-proef, with a soft hyphen',
      'Het nummer 1234\u00ad56781 haalt de elfproef niet',
    ],
    ['a care word in Cyrillic without a name', 'Themamiddag s\u0441hizofrenie en werk op 3 april'],
    ['a Russian greeting', 'Onze collega schreef: «Привет, до встречи в четверг»'],
    [
      'a square metre, a half and an accent for an apostrophe',
      'De werkplek is 80m², over ½ jaar met de auto´s',
    ],
    ['emoji built with joiners', 'Top gedaan allemaal 👩\u200d💻👨\u200d💼🎉'],
    ['a role mailbox in full-width', 'Vragen kunnen naar ｉｎｆｏ＠ｈｏｏｆｄｚａａｋｗｅｒｋ．ｎｌ'],
  ])('passes %s', (_what, text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads Latin text, its curly quotes, no-break spaces and ellipses, as it was typed', () => {
    const text = 'Café “De Hoek”: 4,2\u00a0van de 5… Ruud’s team; score ±3 °C, 1\u202f000 euro, ½ jaar';
    expect(foldForGuard(text)).toEqual({ text, from: null, to: null });
  });
});

describe('signs that change the reading direction', () => {
  it.each([
    ['a right-to-left override', 'Verslag \u202etsetnoc\u202c bespreken'],
    ['a left-to-right isolate', 'Verslag \u2066bespreken\u2069'],
    ['a right-to-left mark', 'Verslag\u200f bespreken'],
    ['an Arabic letter mark', 'Verslag\u061c bespreken'],
  ])('refuses free text with %s, saying which sign to take out', (_what, text) => {
    expect(refusals(text)).toEqual([nl.privacy.directionSign]);
    expect(found(text)).toEqual([]);
  });

  it('says it beside what the text holds of a client', () => {
    const [message] = refusals('Bel \u202e06-12345678');
    expect(message).toContain('telefoonnummer');
    expect(message).toContain(nl.privacy.directionSign);
  });

  it('is the rule names follow: one list of direction signs', () => {
    for (const sign of ['\u061c', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069']) {
      expect(hasDirectionSign(`a${sign}b`)).toBe(true);
      expect(hasInvisibleCharacter(`a${sign}b`)).toBe(true);
    }
    expect(hasDirectionSign('Overleg “Oost” – 12\u00a0mei')).toBe(false);
  });
});
