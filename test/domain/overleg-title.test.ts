import { describe, expect, it } from 'vitest';
import { overlegTitle } from '../../src/domain/overleg-title.ts';

describe('the title of an overleg in a calendar', () => {
  it('puts the kind in front of a bare name', () => {
    expect(overlegTitle('Oost', 'werkgroep')).toBe('Werkgroep Oost');
    expect(overlegTitle('Zutphen', 'casusoverleg')).toBe('Casusoverleg Zutphen');
    expect(overlegTitle('IPS in de praktijk', 'leerbijeenkomst')).toBe('Leerbijeenkomst IPS in de praktijk');
  });

  it('keeps a name that already says its kind, never "Werkgroep Casusoverleg …"', () => {
    expect(overlegTitle('Casusoverleg Zutphen', 'casusoverleg')).toBe('Casusoverleg Zutphen');
    expect(overlegTitle('werkgroep Oost', 'werkgroep')).toBe('werkgroep Oost');
    expect(overlegTitle('Stuurgroep Achterhoek', 'stuurgroep')).toBe('Stuurgroep Achterhoek');
  });
});
