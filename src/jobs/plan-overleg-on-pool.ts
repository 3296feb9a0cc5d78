import type { Database } from '../store/database.ts';
import { planningStore } from '../store/planning-store.ts';
import { planOverlegIn } from './plan-deliveries.ts';

/**
 * planOverlegIn on the pool, for the use cases that still hold it (src/admin/werkgroep-admin.ts,
 * src/werkgroep-setup/onboarding.ts and channel-links.ts). Remove it once they receive a store.
 */
export function planOverleg(db: Database, overlegId: string, now: Date): Promise<number> {
  return planOverlegIn(planningStore(db), overlegId, now);
}
