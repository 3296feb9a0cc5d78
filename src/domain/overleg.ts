import type { OverlegKind } from './members.ts';

/** A werkgroep or stuurgroep meeting of a region: what the rest of the core knows of an overleggen row. */
export interface Overleg {
  readonly id: string;
  readonly regionId: string;
  readonly name: string;
  readonly kind: OverlegKind;
}
