import { randomBytes, randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { DemoHistory } from '../domain/demo-history.ts';
import { DEFAULT_TIME_ZONE } from '../schedule/local-time.ts';
import type { SeedRows } from './seed-rows.ts';

// The demo region lives in the default zone, whatever the installation's SCHAKEL_TIMEZONE.
export const DEMO_ZONE = DEFAULT_TIME_ZONE;
export const DEMO_DURATION_MINUTES = 90;

const at = (local: string, plusMinutes = 0) =>
  DateTime.fromISO(local, { zone: DEMO_ZONE }).plus({ minutes: plusMinutes }).toUTC().toISO();

/** The demo region's past meetings, check-ins, knelpunten, checklist and actiepunten as rows. */
export function seedDemoHistory(
  rows: SeedRows,
  h: DemoHistory,
  ids: { regionId: string; overleg: (key: string) => string; member: (key: string) => string; pl: string },
) {
  for (const [key, firstStart] of Object.entries(h.firstStart)) {
    const definition = {
      firstStart,
      everyWeeks: 4,
      durationMinutes: DEMO_DURATION_MINUTES,
      timeZone: DEMO_ZONE,
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
    const end = DEMO_DURATION_MINUTES;
    rows.add('checkin_rounds', {
      id: roundId,
      overleg_id: ids.overleg(m.overleg),
      occurrence: m.local,
      meeting_date: m.local.slice(0, 10),
      time_zone: DEMO_ZONE,
      opened_at: at(m.local, end),
      nudge_at: at(m.local, end + 60 * 84),
      closes_at: at(m.local, end + 60 * 24 * 7),
      closed_at: at(m.local, end + 60 * 24 * 7),
    });
  }
  const roundOf = (overleg: string, local: string) => round.get(`${overleg}|${local}`)!;
  for (const a of h.answers) {
    const when = at(a.local, DEMO_DURATION_MINUTES + 60 * 20);
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
      created_at: at(raised.local, DEMO_DURATION_MINUTES + 60 * 20),
      updated_at: at(last.local, DEMO_DURATION_MINUTES + 60 * 20),
    });
    for (const s of k.steps) {
      rows.add('knelpunt_history', {
        knelpunt_id: knelpuntId,
        round_id: roundOf(k.overleg, s.local),
        member_id: ids.member(k.by),
        update_kind: s.kind,
        status: s.status,
        oplossing: k.oplossing,
        at: at(s.local, DEMO_DURATION_MINUTES + 60 * 20),
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
