import { randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { type DemoHistory, demoHistory } from '../domain/demo-history.ts';
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
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import type { Database, Queryable } from './database.ts';
import { SeedRows } from './seed-rows.ts';

/** Stands in until the local chat tells where its connector listens (pointDemoTenantAt). */
const NO_CONNECTOR_YET = 'http://127.0.0.1/lokaal-nog-niet-gestart';
// The demo region lives in the default zone, whatever the installation's SCHAKEL_TIMEZONE.
const ZONE = DEFAULT_TIME_ZONE;
const DURATION_MINUTES = 90;

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
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
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
  history(rows, h, { regionId: r.id, overleg: (k) => overlegId.get(k)!, member: id, pl: id('pl') });
}

const at = (local: string, plusMinutes = 0) =>
  DateTime.fromISO(local, { zone: ZONE }).plus({ minutes: plusMinutes }).toUTC().toISO();

function history(
  rows: SeedRows,
  h: DemoHistory,
  ids: { regionId: string; overleg: (key: string) => string; member: (key: string) => string; pl: string },
) {
  for (const [key, firstStart] of Object.entries(h.firstStart)) {
    const definition = {
      firstStart,
      everyWeeks: 4,
      durationMinutes: DURATION_MINUTES,
      timeZone: ZONE,
      changes: [],
      exceptions: [],
    };
    rows.add('meeting_series', {
      overleg_id: ids.overleg(key),
      definition,
      ics_token: randomBytes(24).toString('base64url'),
      updated_at: at(firstStart, -60 * 24 * 14),
    });
  }
  const round = new Map<string, string>();
  for (const m of h.meetings) {
    const roundId = randomUUID();
    round.set(`${m.overleg}|${m.local}`, roundId);
    const end = DURATION_MINUTES;
    rows.add('checkin_rounds', {
      id: roundId,
      overleg_id: ids.overleg(m.overleg),
      occurrence: m.local,
      meeting_date: m.local.slice(0, 10),
      time_zone: ZONE,
      opened_at: at(m.local, end),
      nudge_at: at(m.local, end + 60 * 84),
      closes_at: at(m.local, end + 60 * 24 * 7),
      closed_at: at(m.local, end + 60 * 24 * 7),
    });
  }
  const roundOf = (overleg: string, local: string) => round.get(`${overleg}|${local}`)!;
  for (const a of h.answers) {
    const when = at(a.local, DURATION_MINUTES + 60 * 20);
    rows.add('checkin_answers', {
      round_id: roundOf(a.overleg, a.local),
      member_id: ids.member(a.member),
      samenwerkingsniveau: a.level,
      toelichting: a.toelichting,
      went_well: a.wentWell,
      submitted_at: when,
      updated_at: when,
    });
  }
  const slots = new Map<string, number>();
  for (const k of h.knelpunten) {
    const knelpuntId = randomUUID();
    const raised = k.steps[0]!;
    const slotKey = `${k.overleg}|${raised.local}|${k.by}`;
    const slot = (slots.get(slotKey) ?? 0) + 1;
    slots.set(slotKey, slot);
    const last = k.steps.at(-1)!;
    rows.add('knelpunten', {
      id: knelpuntId,
      overleg_id: ids.overleg(k.overleg),
      region_id: ids.regionId,
      description: k.description,
      category: k.category,
      oplossing: k.oplossing,
      status: last.status,
      raised_in: roundOf(k.overleg, raised.local),
      raised_by: ids.member(k.by),
      slot,
      created_at: at(raised.local, DURATION_MINUTES + 60 * 20),
      updated_at: at(last.local, DURATION_MINUTES + 60 * 20),
    });
    for (const s of k.steps) {
      rows.add('knelpunt_history', {
        knelpunt_id: knelpuntId,
        round_id: roundOf(k.overleg, s.local),
        member_id: ids.member(k.by),
        update_kind: s.kind,
        status: s.status,
        oplossing: k.oplossing,
        at: at(s.local, DURATION_MINUTES + 60 * 20),
      });
    }
  }
  for (const c of h.checklist) {
    for (const [item, answer] of c.answers) {
      rows.add('checklist_agreed', {
        region_id: ids.regionId,
        tertiaal: c.tertiaal,
        item,
        answer,
        recorded_by: ids.pl,
        updated_at: at(`${tertiaalEnd(c.tertiaal)}T12:00`),
      });
    }
  }
  for (const v of h.voortgang) {
    const [trajecten, uitstroom, pct, leer, casus] = v.values;
    rows.add('voortgang', {
      region_id: ids.regionId,
      tertiaal: v.tertiaal,
      trajecten,
      duurzame_uitstroom: uitstroom,
      duurzame_uitstroom_pct: pct,
      leerbijeenkomsten: leer,
      casusbesprekingen: casus,
      recorded_by: ids.pl,
      updated_at: at(`${tertiaalEnd(v.tertiaal)}T12:00`),
    });
  }
  rows.add('region_targets', {
    region_id: ids.regionId,
    trajecten_per_year: 100,
    duurzame_uitstroom_pct: 40,
    leerbijeenkomsten_per_year: 3,
    casusbesprekingen_per_year: 10,
  });
  for (const date of h.stuurgroep)
    rows.add('stuurgroep_meetings', { region_id: ids.regionId, meeting_date: date, created_by: ids.pl });
  for (const a of h.agenda) {
    rows.add('agenda_items', {
      overleg_id: ids.overleg(a.overleg),
      for_occurrence: a.forOccurrence,
      text: a.text,
      added_by: ids.member(a.by),
    });
  }
  for (const a of h.actiepunten) {
    rows.add('actiepunten', {
      overleg_id: ids.overleg(a.overleg),
      description: a.description,
      owner_id: ids.member(a.owner),
      due_date: a.due,
      done_at: a.doneOn ? at(`${a.doneOn}T12:00`) : null,
      created_by: ids.pl,
    });
  }
}

function tertiaalEnd(label: string): string {
  const year = label.slice(0, 4);
  return { T1: `${year}-04-30`, T2: `${year}-08-31`, T3: `${year}-12-31` }[label.slice(5)] ?? `${year}-12-31`;
}
