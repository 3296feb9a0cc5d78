import { describe, expect, it } from 'vitest';
import { PrivacyRefusal } from '../../src/domain/errors.ts';
import { withLocale } from '../../src/messages/locale.ts';
import { EXPLANATIONS, explainFindings, UNCHECKED_MESSAGE } from '../../src/privacy/explain.ts';
import { FINDING_KINDS } from '../../src/privacy/findings.ts';
import { resolveOverlaps } from '../../src/privacy/overlap.ts';
import { found, testGuard } from './helpers.ts';

function refusal(fn: () => void): PrivacyRefusal {
  try {
    fn();
  } catch (error) {
    if (error instanceof PrivacyRefusal) return error;
    throw error;
  }
  throw new Error('expected a PrivacyRefusal');
}

describe('createGuard().scan', () => {
  it('returns findings sorted by start, with UTF-16 offsets', () => {
    const text = '😀 BSN 123456782, bel 06-12345678';
    const findings = testGuard().scan(text);
    expect(findings).toEqual([
      { kind: 'bsn', start: 7, end: 16 },
      { kind: 'phone', start: 22, end: 33 },
    ]);
    expect(text.slice(7, 16)).toBe('123456782');
  });

  it('finds nothing in an ordinary knelpunt', () => {
    expect(
      found('Tijd en capaciteit: de werkgroep van 12-03-2026 ging niet door, we zitten op niveau 3,5.'),
    ).toEqual([]);
  });

  it.each(['de', 'het', 'van', 'ter', 'ten', 'von', 'den', 'der'])(
    'does not throw when a text ends on "%s" after a sentence with a care term (a message cut off)',
    (last) => {
      const guard = testGuard();
      expect(() => guard.scan(`Hij heeft depressie. ${last}`)).not.toThrow();
      expect(() => guard.scan(`Ze heeft adhd. ${last[0]!.toUpperCase()}${last.slice(1)}`)).not.toThrow();
    },
  );

  it('handles the empty text and text with only whitespace', () => {
    expect(testGuard().scan('')).toEqual([]);
    expect(testGuard().scan(' \r\n\t ')).toEqual([]);
  });

  it('keeps the longest finding where findings overlap, and the more specific kind on a tie', () => {
    expect(
      resolveOverlaps(
        [
          { kind: 'phone', start: 0, end: 9 },
          { kind: 'bsn', start: 0, end: 9 },
          { kind: 'email', start: 0, end: 20 },
          { kind: 'postcode', start: 30, end: 37 },
        ],
        40,
      ),
    ).toEqual([
      { kind: 'email', start: 0, end: 20 },
      { kind: 'postcode', start: 30, end: 37 },
    ]);
    expect(
      resolveOverlaps(
        [
          { kind: 'phone', start: 2, end: 11 },
          { kind: 'bsn', start: 2, end: 11 },
        ],
        12,
      ),
    ).toEqual([{ kind: 'bsn', start: 2, end: 11 }]);
  });

  it('reports several kinds in one text', () => {
    expect(
      found('Meneer Jansen, geboren 12-03-1985, woont aan de Kerkstraat 12 en heeft een psychose.'),
    ).toEqual([
      ['name_health', 'Meneer Jansen'],
      ['birthdate', '12-03-1985'],
      ['address', 'Kerkstraat 12'],
    ]);
  });

  it('finds the same in a text whatever it scanned before (its tokens are reused)', () => {
    const guard = testGuard();
    const text = 'Sanne Visser heeft een burn-out, bel 06-12345678.';
    const fresh = guard.scan(text);
    guard.scan(`${'Meneer Jansen woont aan de Kerkstraat 12 en heeft een psychose. '.repeat(200)}Meneer`);
    expect(guard.scan(text)).toEqual(fresh);
    expect(guard.scan('Jansen')).toEqual([]);
  });

  it('takes the year from the clock on every scan', () => {
    let now = new Date('2026-04-06T10:00:00+02:00');
    const guard = testGuard({ now: () => now });
    expect(guard.scan('Aanmelding van 02-02-2012')).toHaveLength(1);
    now = new Date('2010-04-06T10:00:00+02:00');
    expect(guard.scan('Aanmelding van 02-02-2012')).toEqual([]);
  });

  it('reads the clock only for a text with a date, once per scan', () => {
    let reads = 0;
    const guard = testGuard({
      now: () => {
        reads++;
        return new Date('2026-04-06T10:00:00+02:00');
      },
    });
    expect(guard.scan('Te weinig tijd in de werkgroep.')).toEqual([]);
    expect(reads).toBe(0);
    expect(guard.scan('Geboren 12-03-1985, aangemeld op 02-02-2012.').map((f) => f.kind)).toEqual([
      'birthdate',
      'birthdate',
    ]);
    expect(reads).toBe(1);
  });
});

describe('createGuard().check', () => {
  it('passes clean fields and skips undefined ones', () => {
    expect(() =>
      testGuard().check({ knelpunt: 'Te weinig tijd in de werkgroep.', oplossing: undefined }),
    ).not.toThrow();
  });

  it('throws PrivacyRefusal with one problem per offending field', () => {
    const error = refusal(() =>
      testGuard().check({
        knelpunt: 'Cliënt met BSN 123456782 wacht al weken.',
        oplossing: 'Gezamenlijke intake.',
        toelichting: 'Bel mevrouw op 06-12345678 of mail naar k.yilmaz@gmail.com.',
      }),
    );
    expect(error.code).toBe('privacy_refusal');
    expect(error.problems.map((p) => p.field)).toEqual(['knelpunt', 'toelichting']);
    expect(error.problems[0]!.message).toBe(
      "Dit lijkt een burgerservicenummer (BSN) in het 4e woord. Laat het nummer weg of schrijf 'een cliënt'. " +
        'Schakel bewaart geen gegevens van cliënten.',
    );
    expect(error.problems[1]!.message).toContain(
      'een telefoonnummer in het 4e woord en een e-mailadres in het 8e woord',
    );
    // Said beside every field, in the same words.
    expect(error.problems[1]!.message).toContain('Schakel bewaart geen gegevens van cliënten.');
  });

  it('never repeats the offending text in its messages', () => {
    const texts = [
      'BSN 123456782',
      'mail k.yilmaz@gmail.com',
      'bel 06-12345678',
      'rekening NL91ABNA0417164300',
      'woont in 7001 AB',
      'woont op de Kerkstraat 12',
      'geboren 12-03-1985',
      'Meneer Jansen heeft een psychose',
    ];
    const guard = testGuard();
    for (const text of texts) {
      const error = refusal(() => guard.check({ tekst: text }));
      const message = error.problems[0]!.message;
      for (const f of guard.scan(text)) expect(message).not.toContain(text.slice(f.start, f.end));
      expect(message).not.toContain(text);
      expect(error.message).not.toContain(text);
    }
  });

  it('fails closed when the text cannot be scanned', () => {
    const broken = testGuard({
      now: () => {
        throw new Error('clock broken');
      },
    });
    const error = refusal(() => broken.check({ knelpunt: 'Geboren 12-03-1985.', leeg: undefined }));
    expect(error.problems).toEqual([{ field: 'knelpunt', message: UNCHECKED_MESSAGE }]);
  });

  it('fails closed on a value that is not a string', () => {
    const value = 42 as unknown as string;
    const error = refusal(() => testGuard().check({ aantal: value }));
    expect(error.problems).toEqual([{ field: 'aantal', message: UNCHECKED_MESSAGE }]);
  });

  it('fails closed on half a sign (a lone surrogate), which the database would keep as another text', () => {
    // Found by attack42: 'BSN 1234\uD80056782' passed, and was stored as 'BSN 1234\uFFFD56782'.
    for (const text of ['BSN 1234\uD80056782', 'Bel 06\uDC0012345678', 'Goed overleg \uD83D']) {
      const error = refusal(() => testGuard().check({ agendapunt: text }));
      // What to do: type the text again (the advice about names and numbers would not help).
      expect(error.problems).toEqual([
        {
          field: 'agendapunt',
          message:
            'Niet opgeslagen: deze tekst bevat een onzichtbaar teken, waarschijnlijk meegekopieerd. Typ de tekst opnieuw.',
        },
      ]);
      expect(error.problems[0]?.message).not.toContain('zonder namen');
    }
    // A whole emoji is a sign, not half of one.
    expect(() => testGuard().check({ agendapunt: 'Goed overleg \uD83D\uDE00' })).not.toThrow();
  });

  it('fails closed when the fields themselves cannot be read', () => {
    const fields = null as unknown as Record<string, string>;
    const error = refusal(() => testGuard().check(fields));
    expect(error.problems).toEqual([{ field: '*', message: UNCHECKED_MESSAGE }]);
  });

  it('fails closed on a clock that gives no year', () => {
    const error = refusal(() =>
      testGuard({ now: () => new Date(Number.NaN) }).check({ tekst: 'Geboren 12-03-1985.' }),
    );
    expect(error.problems[0]!.message).toBe(UNCHECKED_MESSAGE);
  });
});

describe('explainFindings', () => {
  it('has a Dutch label and advice for every kind', () => {
    for (const kind of FINDING_KINDS) {
      expect(EXPLANATIONS[kind].label).toMatch(/^een /);
      expect(EXPLANATIONS[kind].advice.length).toBeGreaterThan(10);
    }
  });

  it('says where by line and word, as a newcomer finds it again, in Dutch and English; never by character', () => {
    const bsn = (text: string, found: string) => {
      const start = text.indexOf(found);
      return [{ kind: 'bsn' as const, start, end: start + found.length }];
    };
    const one = 'Cliënt met BSN 123456782 wacht';
    expect(explainFindings(bsn(one, '123456782'), one)).toContain(
      'een burgerservicenummer (BSN) in het 4e woord.',
    );
    expect(explainFindings(bsn(one, 'BSN 123456782'), one)).toContain('in het 3e en 4e woord.');
    expect(explainFindings(bsn(one, 'met BSN 123456782'), one)).toContain('in het 2e t/m 4e woord.');
    // A text of several lines: the line first, then the words in it.
    const lines = 'Het overleg ging goed.\n\nWe bellen over 123456782 volgende week.\nVerder niets.';
    expect(explainFindings(bsn(lines, '123456782'), lines)).toContain('in regel 3, het 4e woord.');
    const across = 'Eerste regel met BSN\n123456782 erna';
    expect(explainFindings(bsn(across, 'BSN\n123456782'), across)).toContain(
      'van regel 1, het 4e woord, t/m regel 2, het 1e woord.',
    );
    const english = withLocale('en', () =>
      explainFindings([...bsn(one, '123456782'), ...bsn(lines, 'Het overleg')], one),
    );
    expect(english).toContain('in word 4 and in words 1 and 2.');
    const english2 = withLocale('en', () => explainFindings(bsn(lines, '123456782'), lines));
    expect(english2).toContain('in line 3, word 4.');
    for (const text of [explainFindings(bsn(one, '123456782'), one), english])
      expect(text).not.toMatch(/teken|character|\d[–-]\d/);
  });

  it('lists up to three places per kind and counts the rest', () => {
    const text = ['0612345678', '0612345679', '0612345670', '0612345671', '0612345672'].join(' of ');
    const findings = [0, 14, 28, 42, 56].map((start) => ({ kind: 'phone' as const, start, end: start + 10 }));
    expect(explainFindings(findings, text)).toBe(
      'Dit lijkt een telefoonnummer in het 1e woord, in het 3e woord en in het 5e woord, en nog 2 plekken. ' +
        'Laat het nummer weg; noem hooguit de organisatie of de rol. Schakel bewaart geen gegevens van cliënten.',
    );
  });
});
