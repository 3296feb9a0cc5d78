import { describe, expect, it } from 'vitest';
import { validateInterchange } from '../../src/interchange/validate.ts';
import { createGuard } from '../../src/privacy/guard.ts';

// What the chat's forms refuse, a file refuses too, in Dutch at its place: a number beyond what the
// voortgang form takes (and beyond what the database column holds) and a text with half a sign.

const guard = createGuard({ now: () => new Date('2026-10-05T09:00:00Z') });
const nothing = { regions: new Set<string>(), members: new Map(), overleggen: new Map() };
const problems = (file: unknown) => {
  const r = validateInterchange(JSON.stringify(file), nothing, guard);
  return r.ok ? [] : r.problems;
};
const region = { id: 'regio-oost', name: 'Regio Oost', startLevel: 2, targetLevel: 4 };
const file = (extra: Record<string, unknown>) => ({ format: 'schakel/v1', regions: [region], ...extra });

describe('schakel import: limits the forms keep', () => {
  it('a voortgang figure above the form’s maximum is refused at its place, not stored or crashed on', () => {
    const voortgang = [{ regionId: 'regio-oost', tertiaal: '2026-T1', values: { trajecten: 3_000_000_000 } }];
    expect(problems(file({ voortgang }))).toEqual([
      { path: 'voortgang[0].values.trajecten', message: 'verwacht hoogstens 100000' },
    ]);
  });

  it('the form’s maximum itself is taken', () => {
    const voortgang = [
      { regionId: 'regio-oost', tertiaal: '2026-T1', values: { casusbesprekingen: 100_000 } },
    ];
    expect(problems(file({ voortgang }))).toEqual([]);
  });

  it('a name with half a sign (a lone surrogate) is refused at its place, not kept as another name', () => {
    const broken = { ...region, name: 'Regio \uD800Oost' };
    const found = problems({ format: 'schakel/v1', regions: [broken] });
    expect(found.map((p) => p.path)).toEqual(['regions[0].name']);
    expect(found[0]?.message).toMatch(/onzichtbaar teken/);
  });
});
