import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  type Action,
  authorize,
  can,
  decide,
  type Refusal,
} from '../../src/domain/authorization.ts';
import { NotAllowed } from '../../src/domain/errors.ts';
import { type Member, ROLES, type Role } from '../../src/domain/members.ts';

/** A fictional member of the region Oost with one role. */
const memberWith = (role: Role): Member => ({
  id: `m-${role}`,
  regionId: 'oost',
  name: `Fictief ${role}`,
  organisation: 'Voorbeeldorganisatie',
  domain: 'overig',
  roles: [role],
});

const OWN = 'oost';
const OTHER = 'west';

/**
 * Who may do what, written out by hand: the roles allowed in their own region and in another
 * region, with the member neither in the werkgroep nor owner of the actiepunt; and the refusal
 * everybody else gets.
 */
const POLICY: Record<Action, { own: Role[]; other: Role[]; refusal: Refusal | null }> = {
  'schakel.use': { own: [...ROLES], other: [...ROLES], refusal: null },
  'werkgroep.read': { own: ['projectleider'], other: [], refusal: 'not-in-werkgroep' },
  'checkin.fill': { own: [], other: [], refusal: 'checkin-not-in-werkgroep' },
  'werkgroep.manage': { own: ['projectleider'], other: [], refusal: 'projectleider-only' },
  'actiepunt.finish': { own: ['projectleider'], other: [], refusal: 'actiepunt-owner-only' },
  'actiepunt.remove': { own: ['projectleider'], other: [], refusal: 'actiepunt-remove-not-yours' },
  'actiepunt.assign': { own: ['projectleider'], other: [], refusal: 'projectleider-only' },
  'audit.read': { own: ['projectleider', 'beheerder'], other: [], refusal: 'audit-only' },
  'werkgroep.setup': {
    own: ['projectleider', 'beheerder'],
    other: ['projectleider', 'beheerder'],
    refusal: 'setup-only',
  },
  'channel.link': { own: ['projectleider', 'beheerder'], other: [], refusal: null },
  'digest.draft': { own: ['projectleider'], other: [], refusal: 'projectleider-only' },
  'digest.read': { own: ['stuurgroeplid', 'projectleider'], other: [], refusal: 'digest-readers-only' },
  'stuurgroep.plan': {
    own: ['projectleider', 'beheerder'],
    other: [],
    refusal: 'stuurgroep-planners-only',
  },
  'national.read': {
    own: ['landelijk', 'beheerder'],
    other: ['landelijk', 'beheerder'],
    refusal: 'national-only',
  },
};

const cases = ACTIONS.flatMap((action) =>
  ROLES.flatMap((role) =>
    (['own', 'other'] as const).map((where) => ({
      action,
      role,
      where,
      allowed: POLICY[action][where].includes(role),
    })),
  ),
);

describe('the authorization policy: every action × role × own or other region', () => {
  it('has a row for every action', () => {
    expect(Object.keys(POLICY).sort()).toEqual([...ACTIONS].sort());
    expect(cases).toHaveLength(ACTIONS.length * ROLES.length * 2);
  });

  it.each(cases)(
    '$action by a $role in the $where region: allowed $allowed',
    ({ action, role, where, allowed }) => {
      const member = memberWith(role);
      const scope = { regionId: where === 'own' ? OWN : OTHER };
      expect(can(member, action, scope)).toBe(allowed);
      if (allowed) {
        expect(authorize(member, action, scope)).toBe(member);
        return;
      }
      // A refusal is one error type with a code, worded in Dutch for the member.
      let thrown: unknown;
      try {
        authorize(member, action, scope);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(NotAllowed);
      const refusal = thrown as NotAllowed;
      const expected =
        POLICY[action].refusal ??
        // Linking: without the role the setup refusal, with it in another region that region's own.
        (POLICY[action].own.includes(role) ? 'channel-other-region' : 'setup-only');
      expect(refusal.reason).toBe(expected);
      expect(refusal.code).toBe('not_allowed');
      expect(refusal.message.length).toBeGreaterThan(20);
    },
  );

  it.each([...ACTIONS])('%s is refused to someone Schakel does not know', (action) => {
    expect(can(null, action, { regionId: OWN })).toBe(false);
    expect(decide(null, action)).toBe('unknown-member');
    expect(() => authorize(null, action)).toThrow(
      'Ik ken je nog niet, of niet meer: ben je nieuw, of heb je je gegevens laten wissen met vergeet-mij? Vraag je projectleider om je (opnieuw) te koppelen.',
    );
  });

  it("a werkgroep's members read its content and fill in its check-in, in any region", () => {
    for (const role of ROLES) {
      for (const regionId of [OWN, OTHER]) {
        expect(can(memberWith(role), 'werkgroep.read', { regionId, inWerkgroep: true })).toBe(true);
        expect(can(memberWith(role), 'checkin.fill', { regionId, inWerkgroep: true })).toBe(true);
      }
    }
  });

  it("an actiepunt's owner may finish it; being in the werkgroep alone is not enough", () => {
    const lid = memberWith('lid');
    expect(can(lid, 'actiepunt.finish', { regionId: OWN, owner: true })).toBe(true);
    expect(can(lid, 'actiepunt.finish', { regionId: OWN, inWerkgroep: true })).toBe(false);
    expect(() => authorize(lid, 'actiepunt.finish', { regionId: OWN })).toThrow(
      'Alleen de eigenaar of de projectleider kan dit actiepunt afronden of de deadline ervan wijzigen.',
    );
  });

  it('an actiepunt without owner may be finished by any member of its werkgroep, and the refusal says it has none', () => {
    const lid = memberWith('lid');
    expect(can(lid, 'actiepunt.finish', { regionId: OWN, inWerkgroep: true, ownerless: true })).toBe(true);
    expect(can(lid, 'actiepunt.finish', { regionId: OTHER, inWerkgroep: true, ownerless: true })).toBe(true);
    expect(() => authorize(lid, 'actiepunt.finish', { regionId: OWN, ownerless: true })).toThrow(
      'Dit actiepunt heeft geen eigenaar (meer). Iedereen in de werkgroep kan het afronden of de deadline wijzigen; vraag iemand uit de werkgroep of word lid.',
    );
  });

  it('an actiepunt may be removed by who noted it or its owner; without owner, not by every member', () => {
    const lid = memberWith('lid');
    expect(can(lid, 'actiepunt.remove', { regionId: OWN, inWerkgroep: true, creator: true })).toBe(true);
    expect(can(lid, 'actiepunt.remove', { regionId: OWN, inWerkgroep: true, owner: true })).toBe(true);
    expect(can(lid, 'actiepunt.remove', { regionId: OWN, inWerkgroep: true, ownerless: true })).toBe(false);
    expect(() => authorize(lid, 'actiepunt.remove', { regionId: OWN, inWerkgroep: true })).toThrow(
      'Alleen wie het actiepunt heeft aangemaakt, de eigenaar of de projectleider kan het schrappen.',
    );
  });

  it('without a region the member’s own region is meant', () => {
    expect(can(memberWith('projectleider'), 'werkgroep.manage')).toBe(true);
    expect(can(memberWith('lid'), 'werkgroep.manage')).toBe(false);
  });

  it('names the werkgroep in a check-in refusal only within its region', () => {
    const inRegion = () =>
      authorize(memberWith('lid'), 'checkin.fill', { regionId: OWN, werkgroep: 'Werkgroep Oost' });
    const elsewhere = () =>
      authorize(memberWith('lid'), 'checkin.fill', { regionId: OTHER, werkgroep: 'Werkgroep Oost' });
    expect(inRegion).toThrow('Je bent geen lid van Werkgroep Oost, dus je kunt deze check-in niet invullen.');
    expect(elsewhere).toThrow(
      'Je bent geen lid van deze werkgroep, dus je kunt deze check-in niet invullen.',
    );
  });

  it('keeps the Dutch wording members already know', () => {
    expect(() => authorize(memberWith('lid'), 'werkgroep.manage', { regionId: OWN })).toThrow(
      'Alleen de projectleider van deze regio mag dit doen.',
    );
    expect(() => authorize(memberWith('lid'), 'national.read')).toThrow(
      'Alleen het programmabureau (rol landelijk) en een beheerder kunnen het landelijk overzicht zien.',
    );
    expect(() => authorize(memberWith('beheerder'), 'channel.link', { regionId: OTHER })).toThrow(
      'Alleen de projectleider van de regio waar dit kanaal bij hoort kan het anders koppelen.',
    );
  });
});
