import { DateTime } from 'luxon';
import { planAllDrafts } from '../digest/auto-draft.ts';
import { PLANNED_KINDS, type PlannedDelivery } from '../domain/deliveries.ts';
import { InvalidInput } from '../domain/errors.ts';
import type { Logger } from '../logger.ts';
import { words } from '../messages/catalogue/words.ts';
import { reminderDayLimitsFor, withinLimits } from '../schedule/reminder-limits.ts';
import { type NoticeRounds, parseReminderSettings, planReminders } from '../schedule/reminder-plan.ts';
import { defineSeries, expandOccurrences, type MeetingSeries } from '../schedule/series.ts';
import { storedSeriesReasons } from '../schedule/stored-series.ts';
import type { DigestStore } from '../store/digest-store.ts';
import type { PlanningRepository, PlanningStore } from '../store/planning-store.ts';
import type { PlanningInput } from '../store/rhythm-repo.ts';
import { deliveryKey } from './delivery-key.ts';
import { lateWindowMs } from './delivery-kinds.ts';
import { lastHeardBefore } from './notice-order.ts';

/** How far ahead deliveries are written down; the daily horizon run moves it on. */
export const PLAN_HORIZON_DAYS = 60;
const LONGEST_PLANNED_WINDOW_MS = Math.max(...PLANNED_KINDS.map(lateWindowMs));

/** How often the meeting of `originalLocal` was cancelled and put back (the series keeps count). */
function roundsOf(series: MeetingSeries, originalLocal: string): NoticeRounds {
  const restored = series.restored.get(originalLocal) ?? 0;
  return { cancelled: restored + 1, restored };
}

/** What one overleg's channels should receive, from its series and settings (pure). */
export function planFor(input: PlanningInput, now: Date): PlannedDelivery[] {
  const { overlegId, channels } = input;
  if (channels.length === 0) return [];
  const series = defineSeries(input.definition);
  const nowLocal = DateTime.fromJSDate(now, { zone: series.timeZone });
  // Checked once here rather than once per occurrence; limited per meeting below, so a meeting's
  // sends do not move from one day's planning run to the next.
  const settings = parseReminderSettings(input.settings);
  const from = nowLocal.minus({ milliseconds: LONGEST_PLANNED_WINDOW_MS });
  // A meeting up to 30 days out still has its agenda call inside the horizon.
  const occurrences = expandOccurrences(
    series,
    from.minus({ days: 2 }),
    nowLocal.plus({ days: PLAN_HORIZON_DAYS + 30 }),
  );
  const horizon = nowLocal.plus({ days: PLAN_HORIZON_DAYS }).toMillis();
  const planned: PlannedDelivery[] = [];
  for (const occurrence of occurrences) {
    const limited = withinLimits(settings, reminderDayLimitsFor(series, occurrence.start));
    const rounds = roundsOf(series, occurrence.originalLocal);
    for (const send of planReminders(occurrence, limited, nowLocal, rounds)) {
      const at = send.at.toMillis();
      if (at < now.getTime() - lateWindowMs(send.kind) || at > horizon) continue;
      for (const channel of channels) {
        const base = {
          overlegId,
          occurrence: send.originalLocal,
          kind: send.kind,
          platform: channel.platform,
          workspace: channel.workspace,
          channelId: channel.channelId,
        };
        const key = deliveryKey(base, send.round);
        // "Gaat toch door" only where the last notice the channel heard about the meeting said it is off.
        const heard = input.heard ?? new Set<string>();
        if (
          send.kind === 'restore_notice' &&
          lastHeardBefore({ ...base, kind: send.kind, key }, heard) !== 'cancel_notice'
        )
          continue;
        planned.push({ ...base, key, dueAt: new Date(at) });
      }
    }
  }
  return planned;
}

/** What re-planning one overleg did: the messages it wrote down, or why none (its stored series breaks the rules). */
export interface Replanned {
  /** The messages planned, as written down. */
  readonly plan: readonly PlannedDelivery[];
  /** For the person who made the change: their change stands, no reminders are planned, and why. */
  readonly notPlanned: string | null;
}

/** Where a skipped series is told: one warning line each, and a count (the metrics). */
export interface RefusedSeriesLog {
  readonly logger?: Pick<Logger, 'warn'> | undefined;
  readonly onRefused?: (() => void) | undefined;
}

/**
 * Writes down what one overleg's channels should receive, from its series and settings as they
 * are now. Runs when a series, a setting or a channel changes; running it twice changes nothing.
 * A series the rules refuse gets no plan, as in the horizon run: the change that led here stands.
 */
export async function planOverlegIn(
  store: PlanningStore,
  overlegId: string,
  now: Date,
  log: RefusedSeriesLog = {},
): Promise<Replanned> {
  return store.transaction((tx) => planOverlegWith(tx, overlegId, now, log));
}

/** planOverlegIn inside a transaction already open (a series change plans in its own). */
export async function planOverlegWith(
  tx: PlanningRepository,
  overlegId: string,
  now: Date,
  log: RefusedSeriesLog = {},
): Promise<Replanned> {
  // One planner per overleg at a time: two edits or a horizon run crossing must not interleave.
  await tx.lockOverlegForPlanning(overlegId);
  const stored = await tx.findSeries(overlegId);
  const input = stored && {
    overlegId,
    definition: stored.definition,
    settings: await tx.reminderSettingsOf(overlegId),
    channels: await tx.channelsOf(overlegId),
    heard: (await tx.heardNotices([overlegId], now)).get(overlegId) ?? new Set<string>(),
  };
  const { planned, reasons } = input ? plannedOrSkipped(input, now, log) : { planned: [], reasons: null };
  await tx.replacePlan(overlegId, planned, now);
  const notPlanned = reasons === null ? null : words().answers.problems.series.notPlanned(reasons);
  return { plan: planned, notPlanned };
}

/**
 * One overleg's plan. A series stored before its rules were checked on import (an end before its
 * first meeting, changes out of order) is refused by defineSeries: that overleg gets no plan, one
 * line in the log and a count, and `reasons` says why; a horizon run goes on for the others.
 */
function plannedOrSkipped(
  input: PlanningInput,
  now: Date,
  log: RefusedSeriesLog,
): { planned: PlannedDelivery[]; reasons: string | null } {
  try {
    return { planned: planFor(input, now), reasons: null };
  } catch (err) {
    const reasons = storedSeriesReasons(err);
    if (reasons === null || !(err instanceof InvalidInput)) throw err;
    log.logger?.warn(
      { overlegId: input.overlegId, fields: err.problems.map((p) => p.field) },
      'reeks niet gepland: de opgeslagen reeks voldoet niet aan de regels; importeer een verbeterd bestand (schakel import)',
    );
    log.onRefused?.();
    return { planned: [], reasons };
  }
}

/** Overleggen planned per transaction in the horizon run: short enough for deliveries to interleave. */
export const PLAN_BATCH = 500;
/** Werkgroepen planned between two turns of the event loop (a few milliseconds of work). */
const YIELD_EVERY = 25;

/**
 * The horizon run over every overleg with a series, a batch per transaction (six statements per
 * batch, whatever its size), then the stuurgroep digest drafts. Running it twice changes nothing.
 */
export async function planAll(
  stores: { readonly planning: PlanningStore; readonly digest: DigestStore },
  now: Date,
  options: { batch?: number; stop?: () => boolean; timeZone?: string } & RefusedSeriesLog = {},
): Promise<number> {
  const batch = options.batch ?? PLAN_BATCH;
  let total = 0;
  let after: string | null = null;
  for (;;) {
    const done: { count: number; last: string | null } = await stores.planning.transaction(async (tx) => {
      const inputs = await tx.lockPlanningInputs(after, batch, now);
      const planned: PlannedDelivery[] = [];
      for (const [i, input] of inputs.entries()) {
        // Planning is CPU work: let the delivery tick in this process run in between.
        if (i > 0 && i % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
        planned.push(...plannedOrSkipped(input, now, options).planned);
      }
      await tx.replacePlans(
        inputs.map((i) => i.overlegId),
        planned,
        now,
      );
      return {
        count: planned.length,
        last: inputs.length < batch ? null : (inputs.at(-1)?.overlegId ?? null),
      };
    });
    total += done.count;
    if (done.last === null) break;
    // Stopping between batches leaves a consistent plan: the next run carries on.
    if (options.stop?.()) return total;
    after = done.last;
  }
  return total + (await planAllDrafts(stores.digest, now, options.timeZone));
}
