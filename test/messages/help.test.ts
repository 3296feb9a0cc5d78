import { describe, expect, it } from 'vitest';
import type { Member, Role } from '../../src/domain/members.ts';
import { helpMessage } from '../../src/messages/help.ts';

const member = (roles: Role[]): Member => ({
  id: '00000000-0000-4000-8000-000000000001',
  regionId: 'achterhoek',
  name: 'Mila Verbeek',
  organisation: 'Gemeente Voorbeeld',
  domain: 'gemeente',
  roles,
});

/** The commands the help lists, as the member reads them. */
const listed = (roles: Role[] | null) =>
  JSON.stringify(
    helpMessage({ member: roles ? member(roles) : null, overleggen: [], commandPrefix: '/schakel ' }),
  );

describe('help lists what the member may do, and nothing they may not', () => {
  it('a lid sees the werkgroep commands, not the projectleider tools', () => {
    const text = listed(['lid']);
    expect(text).toContain('/schakel checkin');
    expect(text).not.toContain('/schakel nieuwe-werkgroep');
    expect(text).not.toContain('/schakel stuurgroep');
    expect(text).not.toContain('/schakel landelijk');
  });

  it('a projectleider sees set-up, the stuurgroep calendar and the digest', () => {
    const text = listed(['projectleider', 'lid']);
    for (const command of ['nieuwe-werkgroep', 'koppel', 'stuurgroep instellingen', 'samenvatting laatste']) {
      expect(text).toContain(`/schakel ${command}`);
    }
    expect(text).not.toContain('Voor de beheerder');
  });

  it('a beheerder sees set-up and the stuurgroep calendar under their own heading, and the national overview', () => {
    const text = listed(['beheerder']);
    expect(text).toContain('Voor de beheerder:');
    expect(text).toContain('/schakel nieuwe-werkgroep');
    expect(text).toContain('/schakel stuurgroep [JJJJ-MM-DD');
    expect(text).toContain('/schakel landelijk');
    expect(text).not.toContain('/schakel voortgang');
  });

  it('someone unknown is told to ask the projectleider', () => {
    expect(listed(null)).toContain('Ik ken je nog niet.');
  });
});
