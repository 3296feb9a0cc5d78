import { describe, expect, it } from 'vitest';
import { summariseLevels } from '../../src/digest/levels.ts';
import { levelOf, median, roundToHalfUp } from '../../src/domain/levels.ts';

describe('samenwerkingsniveau for the digest', () => {
  it('rounds to the nearest half level, x.25 and x.75 up', () => {
    expect(roundToHalfUp(3.25)).toBe(3.5);
    expect(roundToHalfUp(3.75)).toBe(4);
    expect(roundToHalfUp(3.5)).toBe(3.5);
    expect(roundToHalfUp(3)).toBe(3);
  });

  it('takes the median, averaging the middle two of an even count', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([3, 3.5])).toBe(3.25);
    expect(levelOf([3, 3.5])).toBe(3.5);
    expect(levelOf([3.5, 4])).toBe(4);
    expect(levelOf([3, 4])).toBe(3.5);
  });

  it('hides a domain under three answers, and a second one so it cannot be worked out from the total', () => {
    const answers = [
      ...[4, 4, 4].map((level) => ({ domain: 'ggz' as const, level })),
      ...[3, 3, 3, 3].map((level) => ({ domain: 'gemeente' as const, level })),
      ...[2, 2].map((level) => ({ domain: 'uwv' as const, level })),
    ];
    const s = summariseLevels(answers);
    expect(s.overall).toEqual({ median: 3, n: 9 });
    expect(s.byDomain.uwv).toEqual({ hidden: true, n: null });
    // ggz is the next smallest: shown beside the total it would give uwv away.
    expect(s.byDomain.ggz).toEqual({ hidden: true, n: null });
    expect(s.byDomain.gemeente).toEqual({ median: 3, n: 4 });
  });

  it('hides the overall level too below three answers, and gives null without any', () => {
    expect(summariseLevels([{ domain: 'ggz', level: 4 }]).overall).toEqual({ hidden: true, n: null });
    expect(summariseLevels([])).toEqual({ overall: null, byDomain: {} });
  });
});
