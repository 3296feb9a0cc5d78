import { describe, expect, it } from 'vitest';
import { fitMessage } from '../../src/messages/fit.ts';
import { klaarChoice } from '../../src/messages/forms/klaar-form.ts';
import type { Message } from '../../src/messages/model.ts';
import type { OpenActiepunt } from '../../src/store/agenda-repo.ts';

/** A measure like a platform's: at most `max` list items and choice options in all. */
const atMost = (max: number) => (m: Message) =>
  m.blocks.reduce(
    (n, b) =>
      n + (b.type === 'list' ? b.items.length : b.type === 'form' ? b.form.fields[0].options.length : 0),
    0,
  ) <= max;

const items = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);

describe('one rule for a message larger than the platform takes', () => {
  it('leaves a message that fits as it is', () => {
    const m: Message = {
      fallback: 'x',
      blocks: [{ type: 'list', items: items('Punt', 3), more: (n) => `nog ${n}` }],
    };
    expect(fitMessage(m, atMost(10))).toBe(m);
  });

  it('shows the first items of each list that may be shortened, the same number, and how many more', () => {
    const m: Message = {
      fallback: 'x',
      blocks: [
        { type: 'heading', text: 'Herinnering' },
        { type: 'list', items: items('Punt', 4), more: (n) => `En nog ${n} agendapunten` },
        { type: 'list', items: items('Actie', 30), more: (n) => `En nog ${n} actiepunten` },
        { type: 'list', items: items('Vast', 2) },
      ],
    };
    expect(fitMessage(m, atMost(20)).blocks).toEqual([
      { type: 'heading', text: 'Herinnering' },
      // 4 + 14 + 2 = 20: the short list whole, the long one cut.
      m.blocks[1],
      { type: 'list', items: items('Actie', 14), more: expect.any(Function) },
      { type: 'note', text: 'En nog 16 actiepunten' },
      { type: 'list', items: items('Vast', 2) },
    ]);
  });

  it('offers in the Klaar choice only the actiepunten shown', () => {
    const open: OpenActiepunt[] = Array.from({ length: 12 }, (_, i) => ({
      id: `a${i}`,
      number: i + 1,
      description: `Actie ${i + 1}`,
      dueDate: null,
      owner: null,
      createdBy: null,
    }));
    const m: Message = {
      fallback: 'x',
      blocks: [
        { type: 'list', items: open.map((a) => a.description), more: (n) => `En nog ${n}` },
        klaarChoice('overleg-1', open, null),
      ],
    };
    const fitted = fitMessage(m, atMost(10));
    const choice = fitted.blocks.find((b) => b.type === 'form');
    expect(choice?.type === 'form' && choice.form.fields[0].options.map((o) => o.value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(fitted.blocks).toContainEqual({ type: 'note', text: 'En nog 7' });
  });
});
