import type { BuiltDelivery } from '../checkin/checkin-deliveries.ts';
import type { Delivery } from '../domain/deliveries.ts';
import { buildDraftDelivery } from './auto-draft.ts';
import type { DraftDeps } from './make-draft.ts';
import { buildPublishDelivery } from './publish-deliveries.ts';

/** How the scheduler builds the digest's deliveries as they should read when sent. */
export interface DigestDeliveries {
  build(d: Delivery, now: Date): Promise<BuiltDelivery | { readonly skip: string }>;
}

export function createDigestDeliveries(
  deps: DraftDeps & { readonly publicUrl?: string | undefined },
): DigestDeliveries {
  return {
    build: (d, now) =>
      d.kind === 'digest_draft'
        ? buildDraftDelivery(deps, d, now)
        : buildPublishDelivery(deps.store.read, d, deps.publicUrl),
  };
}
