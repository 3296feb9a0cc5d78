import { authorize } from '../domain/authorization.ts';
import { InvalidInput, NotFound } from '../domain/errors.ts';
import type { Member } from '../domain/members.ts';
import { words } from '../messages/catalogue/words.ts';
import type { CheckinRepository } from '../store/checkin-store.ts';

/** How long a werkgroep's check-in stays open; rounds already open keep their closing time. */
export function createCheckinSettings({
  store,
}: {
  store: Pick<CheckinRepository, 'findOverleg' | 'setOpenDays'>;
}) {
  return {
    async setCheckinOpenDays(actor: Member | null, overlegId: string, days: number): Promise<void> {
      const overleg = await store.findOverleg(overlegId);
      if (!overleg) throw new NotFound(words().answers.admin.noOverleg);
      authorize(actor, 'werkgroep.manage', { regionId: overleg.regionId });
      if (!Number.isInteger(days) || days < 1 || days > 28) {
        throw new InvalidInput([{ field: 'dagen', message: words().answers.checkinDagenRange }]);
      }
      await store.setOpenDays(overlegId, days);
    },
  };
}
