import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/messages/model.ts';

describe('text shortened for display', () => {
  it('keeps a text that fits, and ends a longer one in "…" within the limit', () => {
    expect(shorten('Werkgroep Oost', 14)).toBe('Werkgroep Oost');
    expect(shorten('Werkgroep Oost', 10)).toBe('Werkgroep…');
  });

  it('never leaves half of an emoji before the "…"', () => {
    const cut = shorten('Goed gegaan 👍👍', 14);
    expect(cut).toBe('Goed gegaan …');
    expect(cut.isWellFormed()).toBe(true);
  });
});
