import { describe, expect, it } from 'vitest';
import { mentionedMember } from '../../src/commands/actiepunt-mention.ts';

const members = [
  { id: 'm-sem', name: 'Sem Wolters' },
  { id: 'm-marloes', name: 'Marloes Ten Have' },
];

/**
 * A capitalised verb right after a first name is where the action begins ("@Marloes Bel de
 * werkgever"); after a particle ("van", "de") a capitalised word is a surname, whatever else it is.
 */
describe('actiepunt @Naam: a verb after the first name, a surname after a particle', () => {
  it('a first name and then a capitalised verb names the one member with that first name', () => {
    expect(mentionedMember('@Marloes Bel de werkgever', members)).toEqual({
      kind: 'member',
      member: members[1],
      rest: 'Bel de werkgever',
    });
  });

  it('a full name with a particle and a surname that is also a verb is nobody’s, not Sem’s', () => {
    expect(mentionedMember('@Sem van Deel gemeente bellen', members)).toEqual({
      kind: 'unknown',
      typed: 'Sem van Deel',
    });
    expect(mentionedMember('@Sem de Regel agenda sturen', members)).toEqual({
      kind: 'unknown',
      typed: 'Sem de Regel',
    });
  });
});
