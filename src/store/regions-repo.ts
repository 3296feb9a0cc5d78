import type { OverlegKind } from '../domain/members.ts';
import type { Queryable } from './database.ts';

/** A region as `schakel regions` lists it: id, name and its overleggen by name. */
export interface RegionListing {
  readonly id: string;
  readonly name: string;
  readonly overleggen: readonly { readonly name: string; readonly kind: OverlegKind }[];
}

/** Every region with its overleggen, both by id and name: one query whatever their number. */
export async function regionListing(db: Queryable): Promise<RegionListing[]> {
  const { rows } = await db.query<{
    id: string;
    name: string;
    overleg: string | null;
    kind: OverlegKind | null;
  }>(
    `SELECT r.id, r.name, o.name AS overleg, o.kind
       FROM regions r LEFT JOIN overleggen o ON o.region_id = r.id
      ORDER BY r.id, o.name`,
  );
  const regions = new Map<
    string,
    { id: string; name: string; overleggen: RegionListing['overleggen'][number][] }
  >();
  for (const row of rows) {
    const region = regions.get(row.id) ?? { id: row.id, name: row.name, overleggen: [] };
    regions.set(row.id, region);
    if (row.overleg !== null && row.kind !== null)
      region.overleggen.push({ name: row.overleg, kind: row.kind });
  }
  return [...regions.values()];
}
