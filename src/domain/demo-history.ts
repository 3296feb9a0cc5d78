import type { ChecklistItemAnswer as ChecklistAnswer } from './checklist.ts';
import {
  ACTIEPUNTEN,
  AGENDA,
  CHECKLIST_START,
  CLIMB,
  KNELPUNTEN,
  TOELICHTING,
  WENT_WELL,
} from './demo-story.ts';
import type { MemberDomain } from './members.ts';

/**
 * About eighteen months of a region's life, made up and the same every time for the same day:
 * meetings every four weeks, check-ins whose levels climb per domain (UWV slower), knelpunten that
 * are raised, worked on and solved or parked, the checklist agreed per tertiaal, voortgang against
 * the targets, agendapunten and actiepunten, and the stuurgroep's dates. Pure data; the seed writes it.
 */

export interface DemoMeeting {
  readonly overleg: string;
  /** Local date and time of the meeting in Europe/Amsterdam, as a series occurrence. */
  readonly local: string;
}

export interface DemoAnswer {
  readonly overleg: string;
  readonly local: string;
  readonly member: string;
  readonly level: number;
  readonly toelichting: string | null;
  readonly wentWell: string | null;
}

export interface DemoKnelpunt {
  readonly overleg: string;
  readonly by: string;
  readonly description: string;
  readonly category: string;
  readonly oplossing: string | null;
  /** Raised at `steps[0]`, then updated at later meetings. */
  readonly steps: ReadonlyArray<{
    readonly local: string;
    readonly kind: 'raised' | 'nog_steeds' | 'in_behandeling' | 'opgelost' | 'geparkeerd';
    readonly status: 'open' | 'in_behandeling' | 'opgelost' | 'geparkeerd';
  }>;
}

export interface DemoHistory {
  readonly firstStart: Readonly<Record<string, string>>;
  readonly meetings: readonly DemoMeeting[];
  readonly answers: readonly DemoAnswer[];
  readonly knelpunten: readonly DemoKnelpunt[];
  readonly checklist: ReadonlyArray<{ tertiaal: string; answers: ReadonlyArray<[number, ChecklistAnswer]> }>;
  readonly voortgang: ReadonlyArray<{
    tertiaal: string;
    values: readonly [number, number, number, number, number];
  }>;
  readonly stuurgroep: readonly string[];
  readonly agenda: ReadonlyArray<{ overleg: string; forOccurrence: string; text: string; by: string }>;
  readonly actiepunten: ReadonlyArray<{
    overleg: string;
    description: string;
    owner: string;
    due: string | null;
    doneOn: string | null;
  }>;
}

export interface HistoryInput {
  readonly today: string;
  readonly overleggen: ReadonlyArray<{
    key: string;
    members: readonly string[];
    weekday: number;
    time: string;
  }>;
  readonly domains: Readonly<Record<string, MemberDomain>>;
  /** 0 for the region the local chat plays in; others shift the levels and numbers a little. */
  readonly variant: number;
}

const DAY = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
const fromDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
export const tertiaalLabel = (date: string) =>
  `${date.slice(0, 4)}-T${Math.ceil(Number(date.slice(5, 7)) / 4)}`;

function hash(...parts: Array<string | number>): number {
  let h = 2166136261;
  for (const c of parts.join('|')) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h >>> 0) % 1000;
}

const half = (n: number) => Math.min(6, Math.max(1, Math.round(n * 2) / 2));

export function demoHistory(input: HistoryInput): DemoHistory {
  const today = toDay(input.today);
  const firstStart: Record<string, string> = {};
  const meetings: DemoMeeting[] = [];
  const answers: DemoAnswer[] = [];
  const knelpunten: DemoKnelpunt[] = [];
  const agenda: Array<DemoHistory['agenda'][number]> = [];
  const actiepunten: Array<DemoHistory['actiepunten'][number]> = [];
  for (const o of input.overleggen) {
    // The first meeting about 78 weeks ago, on the werkgroep's weekday (1970-01-01 was a Thursday).
    let first = today - 7 * 78;
    while (((first + 3) % 7) + 1 !== o.weekday) first++;
    firstStart[o.key] = `${fromDay(first)}T${o.time}`;
    const past: string[] = [];
    let day = first;
    for (; day < today; day += 28) past.push(`${fromDay(day)}T${o.time}`);
    const member = (i: number) => o.members[i % o.members.length] ?? o.members[0]!;
    for (const [i, text] of AGENDA.entries()) {
      agenda.push({ overleg: o.key, forOccurrence: `${fromDay(day)}T${o.time}`, text, by: member(i + 1) });
    }
    for (const [i, [description, inDays, done]] of ACTIEPUNTEN.entries()) {
      actiepunten.push({
        overleg: o.key,
        description,
        owner: member(i + 2),
        due: inDays === null ? null : fromDay(today + inDays),
        doneOn: done ? fromDay(today - 10 - i) : null,
      });
    }
    past.forEach((local, i) => {
      meetings.push({ overleg: o.key, local });
      const progress = past.length > 1 ? i / (past.length - 1) : 1;
      for (const member of o.members) {
        const h = hash(o.key, member, i, input.variant);
        if (h % 5 === 0) continue; // not everyone answers every time
        const [from, to] = CLIMB[input.domains[member] ?? 'overig'];
        const jitter = h % 7 === 0 ? 0.5 : h % 11 === 0 ? -0.5 : 0;
        answers.push({
          overleg: o.key,
          local,
          member,
          level: half(from + (to - from) * progress + jitter - input.variant * 0.5),
          toelichting: h % 3 === 0 ? (TOELICHTING[h % TOELICHTING.length] ?? null) : null,
          wentWell: h % 2 === 0 ? (WENT_WELL[h % WENT_WELL.length] ?? null) : null,
        });
      }
    });
    // Each werkgroep carries the knelpunten of its own half of the list.
    const mine = KNELPUNTEN.filter((_, i) => i % input.overleggen.length === input.overleggen.indexOf(o));
    for (const k of mine) {
      const raisedAt = past[k.at];
      if (!raisedAt) continue;
      const by = o.members[k.by % o.members.length] ?? o.members[0]!;
      const steps: Array<DemoKnelpunt['steps'][number]> = [
        { local: raisedAt, kind: 'raised', status: 'open' },
      ];
      let status: DemoKnelpunt['steps'][number]['status'] = 'open';
      for (const [at, kind] of k.later) {
        const local = past[at];
        if (!local) break;
        status = kind === 'nog_steeds' ? status : kind;
        steps.push({ local, kind, status });
      }
      knelpunten.push({
        overleg: o.key,
        by,
        description: k.description,
        category: k.category,
        oplossing: k.oplossing,
        steps,
      });
    }
  }
  return {
    firstStart,
    meetings,
    answers,
    knelpunten,
    ...perTertiaal(input),
    stuurgroep: stuurgroepDates(today),
    agenda,
    actiepunten,
  };
}

function perTertiaal(input: HistoryInput) {
  const labels = new Set<string>();
  for (let day = toDay(input.today) - 7 * 78; day <= toDay(input.today); day += 30) {
    labels.add(tertiaalLabel(fromDay(day)));
  }
  const tertialen = [...labels];
  return {
    checklist: tertialen.map((tertiaal, t) => ({
      tertiaal,
      answers: CHECKLIST_START.map((start, i): [number, ChecklistAnswer] => {
        const score = start + t - input.variant;
        return [i + 1, score >= 3 ? 'ja' : score >= 1 ? 'in_ontwikkeling' : 'nee'];
      }),
    })),
    voortgang: tertialen.map((tertiaal, t) => {
      const trajecten = 24 + t * 3 + (hash(tertiaal, input.variant) % 5) - input.variant * 4;
      const uitstroom = Math.round(trajecten * (0.3 + t * 0.02));
      return {
        tertiaal,
        values: [trajecten, uitstroom, Math.round((uitstroom / trajecten) * 100), 1, 3] as const,
      };
    }),
  };
}

/** Three stuurgroep meetings a year (February, June, October), from the first meeting to a year ahead. */
function stuurgroepDates(today: number): string[] {
  const out: string[] = [];
  const from = fromDay(today - 7 * 78);
  const to = fromDay(today + 365);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const md of ['02-10', '06-09', '10-13']) {
      const date = `${year}-${md}`;
      if (date >= from && date <= to) out.push(date);
    }
  }
  return out;
}
