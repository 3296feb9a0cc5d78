import type { Queryable } from './database.ts';

/**
 * The demo's rows per table, written in foreign-key order with one INSERT each (the rows as one
 * JSON array), so seeding eighteen months of history stays quick.
 */
type Row = Record<string, unknown>;

export class SeedRows {
  private readonly tables = new Map<string, Row[]>();
  add(table: string, row: Row) {
    const list = this.tables.get(table) ?? [];
    list.push(row);
    this.tables.set(table, list);
  }
  async write(tx: Queryable, now: Date) {
    for (const table of ORDER) {
      const stamp = NEEDS_NOW[table];
      const list = (this.tables.get(table) ?? []).map((r) => (stamp ? { [stamp]: now, ...r } : r));
      if (list.length === 0) continue;
      const columns = Object.keys(list[0]!).join(', ');
      await tx.query(
        `INSERT INTO ${table} (${columns})
         SELECT ${columns} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
        [JSON.stringify(list)],
      );
    }
  }
}

const ORDER = [
  'regions',
  'members',
  'member_roles',
  'platform_identities',
  'overleggen',
  'overleg_members',
  'teams_conversations',
  'overleg_channels',
  'meeting_series',
  'checkin_rounds',
  'checkin_answers',
  'knelpunten',
  'knelpunt_history',
  'checklist_agreed',
  'voortgang',
  'region_targets',
  'stuurgroep_meetings',
  'agenda_items',
  'actiepunten',
] as const;
const NEEDS_NOW: Record<string, string> = {
  teams_conversations: 'installed_at',
  stuurgroep_meetings: 'created_at',
};
