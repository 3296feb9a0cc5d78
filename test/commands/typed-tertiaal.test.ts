import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/commands/parse.ts';

const period = (typed: string) => {
  const c = parseCommand(typed);
  return c.name === 'samenvatting' ? c.period : c.name;
};

describe('samenvatting takes a tertiaal as its code or in the words the digest uses', () => {
  it('reads the code and the words alike', () => {
    for (const typed of [
      'samenvatting 2026-T2',
      'samenvatting 2026-t2',
      'samenvatting tweede tertiaal 2026',
      'samenvatting het tweede tertiaal 2026',
      'samenvatting 2e tertiaal 2026',
      'samenvatting tertiaal 2 2026',
      'samenvatting T2 2026',
      'samenvatting second tertiaal of 2026',
      // Typed back as Schakel shows it, months in brackets.
      'samenvatting tweede tertiaal 2026 (mei t/m augustus)',
      'samenvatting het tweede tertiaal 2026 (mei t/m augustus)',
      'samenvatting Tweede tertiaal 2026 (mei t/m augustus)',
      'samenvatting the second tertiaal of 2026 (May to August)',
      'samenvatting 2026 T2',
    ])
      expect(period(typed), typed).toBe('2026-T2');
  });

  it('passes a tertiaal that does not exist on, so the answer can say which do', () => {
    expect(period('samenvatting 2026-T4')).toBe('2026-T4');
    expect(period('samenvatting vierde tertiaal 2026')).toBe('2026-T4');
    expect(period('samenvatting 9999-T3')).toBe('9999-T3');
    expect(period('samenvatting zesde tertiaal 2026')).toBe('2026-T6');
  });

  it('anything else is not a period', () => {
    expect(period('samenvatting volgend tertiaal')).toBe('ongeldig');
    expect(period('samenvatting bla')).toBe('ongeldig');
  });
});
