import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { demoHistory } from '../domain/demo-history.ts';
import {
  DEMO_GENERAL_CHANNEL,
  DEMO_MEMBERS,
  DEMO_OVERLEGGEN,
  DEMO_REGION,
  DEMO_TEAM,
  DEMO_TENANT,
  type DemoMember,
  type DemoRegion,
  demoUserId,
  OTHER_DEMO_REGIONS,
  OTHER_REGION_MEMBERS,
  PLAYGROUND_IDENTITY,
} from '../domain/demo-region.ts';
import type { Database, Queryable } from './database.ts';
import { DEMO_ZONE, seedDemoHistory } from './seed-demo-history.ts';
import { SeedRows } from './seed-rows.ts';

/** Stands in until the local chat tells where its connector listens (pointDemoTenantAt). */
const NO_CONNECTOR_YET = 'http://127.0.0.1/lokaal-nog-niet-gestart';

/** What seeding did: made the demo regions (their names), found them there, or refused beside real ones (their ids). */
export type DemoSeedOutcome =
  | { kind: 'created'; regions: readonly string[] }
  | { kind: 'present' }
  | { kind: 'refused'; realRegions: readonly string[] };

const DEMO_REGION_IDS = [DEMO_REGION.id, ...OTHER_DEMO_REGIONS.map((r) => r.id)];

/**
 * Seeds the fictional demo regions once, with their history up to `now`. Never beside a real
 * region: fictional members would then show up in the national overview and in every export.
 * Every table gets one INSERT (rows as JSON), so a first start stays quick.
 */
export async function seedDemo(db: Database, now: Date = new Date()): Promise<DemoSeedOutcome> {
  const today = DateTime.fromJSDate(now, { zone: DEMO_ZONE }).toISODate()!;
  return db.transaction(async (tx) => {
    const real = await tx.query<{ id: string }>(
      'SELECT id FROM regions WHERE NOT (id = ANY($1::text[])) ORDER BY id',
      [DEMO_REGION_IDS],
    );
    if (real.rows.length > 0) return { kind: 'refused', realRegions: real.rows.map((r) => r.id) };
    const inserted = await tx.query(
      'INSERT INTO regions (id, name, start_level, target_level) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id',
      [DEMO_REGION.id, DEMO_REGION.name, DEMO_REGION.startLevel, DEMO_REGION.targetLevel],
    );
    if (inserted.rowCount === 0) return { kind: 'present' };
    const rows = new SeedRows();
    region(rows, DEMO_REGION, DEMO_MEMBERS, DEMO_OVERLEGGEN, today, 0, true);
    OTHER_DEMO_REGIONS.forEach((r, i) => {
      rows.add('regions', { id: r.id, name: r.name, start_level: r.startLevel, target_level: r.targetLevel });
      const overleggen = DEMO_OVERLEGGEN.filter((o) => o.kind === 'werkgroep')
        .slice(0, 1)
        .map((o) => ({
          ...o,
          name: `Werkgroep ${r.name.replace(/^Demo-regio /, '').replace(/ \(fictief\)$/, '')}`,
          members: (OTHER_REGION_MEMBERS[r.id] ?? []).map((m) => m.key),
        }));
      region(rows, r, OTHER_REGION_MEMBERS[r.id] ?? [], overleggen, today, i + 1, false);
    });
    await rows.write(tx, now);
    return { kind: 'created', regions: [DEMO_REGION, ...OTHER_DEMO_REGIONS].map((r) => r.name) };
  });
}

/**
 * Whether the demo region still waits for its published stuurgroep digest: a start that seeded
 * it stopped before publishing (its port in use, killed). Not once one is published, nor when the
 * demo projectleider who reviews it was erased, nor once a member made a draft (created_by) or
 * edited the demo's (her own text, sections left out): that draft is hers to publish, not the demo's.
 */
export async function demoDigestMissing(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ missing: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM digest_versions WHERE region_id = $1
              AND (status = 'published' OR created_by IS NOT NULL OR own_summary OR omitted <> '{}'))
        AND EXISTS (SELECT 1 FROM platform_identities WHERE platform = 'teams' AND workspace = $2 AND user_id = $3)
        AS missing`,
    [DEMO_REGION.id, DEMO_TENANT, demoUserId('pl')],
  );
  return rows[0]?.missing === true;
}

/**
 * The local chat's connector may move (another port): point the demo tenant's conversations and
 * channel links at where it listens now.
 */
export async function pointDemoTenantAt(db: Queryable, serviceUrl: string): Promise<void> {
  await db.query('UPDATE teams_conversations SET service_url = $2 WHERE tenant = $1', [
    DEMO_TENANT,
    serviceUrl,
  ]);
  await db.query("UPDATE overleg_channels SET service_url = $2 WHERE platform = 'teams' AND workspace = $1", [
    DEMO_TENANT,
    serviceUrl,
  ]);
}

function region(
  rows: SeedRows,
  r: DemoRegion,
  people: readonly DemoMember[],
  overleggen: typeof DEMO_OVERLEGGEN,
  today: string,
  variant: number,
  inLocalChat: boolean,
) {
  const memberId = new Map(people.map((m) => [m.key, randomUUID()]));
  const id = (key: string) => memberId.get(key)!;
  for (const m of people) {
    rows.add('members', {
      id: id(m.key),
      region_id: r.id,
      name: m.name,
      organisation: m.organisation,
      domain: m.domain,
    });
    for (const role of m.roles) rows.add('member_roles', { member_id: id(m.key), role });
    if (inLocalChat && m.playedAs) {
      rows.add('platform_identities', {
        platform: 'teams',
        workspace: DEMO_TENANT,
        user_id: demoUserId(m.key),
        member_id: id(m.key),
      });
    }
  }
  if (inLocalChat) {
    rows.add('platform_identities', {
      platform: PLAYGROUND_IDENTITY.platform,
      workspace: PLAYGROUND_IDENTITY.workspace,
      user_id: PLAYGROUND_IDENTITY.userId,
      member_id: id('pl'),
    });
    for (const c of [DEMO_GENERAL_CHANNEL, ...overleggen.map((o) => o.channel)]) {
      rows.add('teams_conversations', {
        conversation_id: c.id,
        tenant: DEMO_TENANT,
        service_url: NO_CONNECTOR_YET,
        conversation_type: 'channel',
        team_id: DEMO_TEAM.id,
      });
    }
  }
  const overlegId = new Map(overleggen.map((o) => [o.key, randomUUID()]));
  for (const o of overleggen) {
    rows.add('overleggen', { id: overlegId.get(o.key), region_id: r.id, name: o.name, kind: o.kind });
    for (const m of o.members)
      rows.add('overleg_members', { overleg_id: overlegId.get(o.key), member_id: id(m) });
    if (inLocalChat) {
      rows.add('overleg_channels', {
        overleg_id: overlegId.get(o.key),
        platform: 'teams',
        workspace: DEMO_TENANT,
        channel_id: o.channel.id,
        service_url: NO_CONNECTOR_YET,
      });
    }
  }
  const werkgroepen = overleggen.flatMap((o) =>
    o.meets ? [{ key: o.key, members: o.members, ...o.meets }] : [],
  );
  const h = demoHistory({
    today,
    overleggen: werkgroepen,
    domains: Object.fromEntries(people.map((m) => [m.key, m.domain])),
    variant,
  });
  seedDemoHistory(rows, h, { regionId: r.id, overleg: (k) => overlegId.get(k)!, member: id, pl: id('pl') });
}
