import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { setOpenDays } from '../store/checkin-repo.ts';
import type { Database } from '../store/database.ts';
import { findOverleg } from '../store/rhythm-repo.ts';

/** How long a werkgroep's check-in stays open; rounds already open keep their closing time. */
export function createCheckinSettings({ db }: { db: Database }) {
  return {
    async setCheckinOpenDays(actor: Member | null, overlegId: string, days: number): Promise<void> {
      const overleg = await findOverleg(db.pool, overlegId);
      if (!overleg) throw new NotFound('Dit overleg bestaat niet (meer).');
      authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
      if (!Number.isInteger(days) || days < 1 || days > 28) {
        throw new InvalidInput([
          {
            field: 'dagen',
            message: 'Een check-in staat 1 tot en met 28 dagen open. Kies een heel aantal dagen.',
          },
        ]);
      }
      await setOpenDays(db.pool, overlegId, days);
    },
  };
}
