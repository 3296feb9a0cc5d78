import type { SystemActor } from '../store/audit-repo.ts';
import type { MemberMatch, PersonalDataRepository } from '../store/personal-data-repo.ts';
import type { UnitOfWork } from '../store/unit-of-work.ts';
import { erasedMemberKey } from './erased-member-key.ts';

/**
 * The one erasure (AVG art. 17), whoever asks for it: the member with "vergeet-mij bevestig" or
 * the operator with `schakel members erase`. The region's logbook says data were erased, never
 * whose (`subject` says who asked; `doneBy` when the beheerder did it on the command line), with
 * the one-way key an import checks (erased-member-key.ts); eraseMember says what goes. Logged only
 * when the member was still there: the same erasure sent twice at once (a double tap on the button)
 * waits for the first, finds nobody left, and adds no second line.
 */
export async function eraseLogged(
  tx: PersonalDataRepository,
  member: { readonly id: string; readonly regionId: string },
  subject: string,
  at: Date,
  doneBy?: SystemActor,
): Promise<void> {
  if (!(await tx.eraseMember(member.id))) return;
  await tx.audit({
    regionId: member.regionId,
    actorId: null,
    ...(doneBy ? { doneBy } : {}),
    action: 'gegevens_gewist',
    subject,
    details: { lid: erasedMemberKey(member.id) },
    at,
  });
}

export type OperatorErasure =
  | { readonly kind: 'erased'; readonly member: MemberMatch }
  /** Not confirmed: the one member it would erase, nothing erased. */
  | { readonly kind: 'to-confirm'; readonly member: MemberMatch }
  | { readonly kind: 'no-region' }
  | { readonly kind: 'none' }
  | { readonly kind: 'several'; readonly members: readonly MemberMatch[] };

/**
 * `schakel members erase`: the operator erases a member who cannot do it themselves (imported,
 * never linked to Slack or Teams, so without a chat to type "vergeet-mij" in). Only when exactly
 * one member of the region matches, and only when `confirmed` (as "vergeet-mij bevestig"); without
 * it, whom it would erase. The search and the erasure in one transaction.
 */
export function eraseForMember(
  store: UnitOfWork<PersonalDataRepository>,
  q: { readonly regionId: string; readonly name: string | null; readonly email: string | null },
  at: Date,
  confirmed: boolean,
): Promise<OperatorErasure> {
  return store.transaction(async (tx) => {
    if (!(await tx.regionExists(q.regionId))) return { kind: 'no-region' };
    const found = await tx.membersMatching(q.regionId, q.name, q.email);
    const [member] = found;
    if (!member) return { kind: 'none' };
    if (found.length > 1) return { kind: 'several', members: found };
    if (!confirmed) return { kind: 'to-confirm', member };
    await eraseLogged(
      tx,
      { id: member.id, regionId: q.regionId },
      'lid (schakel members erase, commandoregel)',
      at,
      'cli',
    );
    return { kind: 'erased', member };
  });
}
