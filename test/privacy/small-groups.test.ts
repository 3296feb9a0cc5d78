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

  it('hides the total when fewer than three answered in all', () => {
    expect(breakdown({ ggz: [1, 2] }, count).total).toEqual({ hidden: true, n: null });
  });

  it('leaves out groups nobody answered for', () => {
    expect(Object.keys(breakdown({ ggz: [1, 2, 3], uwv: [] }, count).groups)).toEqual(['ggz']);
  });
});
