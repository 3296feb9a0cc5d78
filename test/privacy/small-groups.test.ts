import { describe, expect, it } from 'vitest';
import { breakdown } from '../../src/privacy/small-groups.ts';

const count = (a: readonly number[]) => a.length;

describe('the small-group rule', () => {
  it('shows groups of three or more with their count', () => {
    const b = breakdown({ ggz: [1, 2, 3], gemeente: [4, 5, 6, 7] }, count);
    expect(b.groups).toEqual({
      ggz: { hidden: false, n: 3, value: 3 },
      gemeente: { hidden: false, n: 4, value: 4 },
    });
    expect(b.total).toEqual({ hidden: false, n: 7, value: 7 });
  });

  it('hides a group of two and never reveals its count', () => {
    const b = breakdown({ ggz: [1, 2, 3], gemeente: [1, 2, 3], uwv: [1, 2] }, count);
    expect(b.groups.uwv).toEqual({ hidden: true, n: null });
    expect(JSON.stringify(b.groups.uwv)).not.toContain('2');
  });

  it('does not leak a hidden group by difference: with one small group, another is hidden too', () => {
    const b = breakdown({ ggz: [1, 2, 3, 4], gemeente: [1, 2, 3], uwv: [1] }, count);
    const shown = Object.values(b.groups).filter((c) => !c.hidden);
    const shownSum = shown.reduce((s, c) => s + (c.hidden ? 0 : c.n), 0);
    expect(b.total.hidden ? null : b.total.n).toBe(8);
    // Total minus what is shown must not single out the one small group.
    expect(Object.values(b.groups).filter((c) => c.hidden)).toHaveLength(2);
    expect(8 - shownSum).toBe(4); // two groups hidden together: 1 + 3, not the 1 alone
  });

  it('does not leak two small groups by difference: the hidden ones together hold three or more', () => {
    // 10 from GGZ, 1 from a gemeente, 1 from UWV: the total (12) minus GGZ (10) would say that
    // exactly the gemeente's one member and UWV's one member answered.
    const b = breakdown({ ggz: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], gemeente: [1], uwv: [2] }, count);
    const hidden = Object.entries(b.groups)
      .filter(([, c]) => c.hidden)
      .map(([name]) => name);
    const shownSum = Object.values(b.groups).reduce((s, c) => s + (c.hidden ? 0 : c.n), 0);
    expect(b.total.hidden ? null : b.total.n).toBe(12);
    expect(12 - shownSum === 0 || 12 - shownSum >= 3).toBe(true);
    expect(hidden.sort()).toEqual(['gemeente', 'ggz', 'uwv']);
  });

  it('hides one more group when the small ones are too few together, and no more than that', () => {
    const b = breakdown({ ggz: [1, 2, 3, 4], gemeente: [1, 2, 3, 4, 5], uwv: [1], ri: [2] }, count);
    expect(b.groups.ggz).toEqual({ hidden: true, n: null });
    expect(b.groups.gemeente).toEqual({ hidden: false, n: 5, value: 5 });
    // Two small groups that make three together need nothing more hidden.
    const c = breakdown({ ggz: [1, 2, 3], uwv: [1], ri: [2, 3] }, count);
    expect(c.groups.ggz).toEqual({ hidden: false, n: 3, value: 3 });
  });

  it('hides the total when fewer than three answered in all', () => {
    expect(breakdown({ ggz: [1, 2] }, count).total).toEqual({ hidden: true, n: null });
  });

  it('leaves out groups nobody answered for', () => {
    expect(Object.keys(breakdown({ ggz: [1, 2, 3], uwv: [] }, count).groups)).toEqual(['ggz']);
  });
});
