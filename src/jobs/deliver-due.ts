import type { DirectNotifier } from '../checkin/direct-notifier.ts';
import type { Clock } from '../clock.ts';
import type { DigestDeliveries } from '../digest/digest-deliveries.ts';
import { type Delivery, SKIPPED_AS_LATE } from '../domain/deliveries.ts';
import type { Logger } from '../logger.ts';
import { DEFAULT_LOCALE, withLocale } from '../messages/locale.ts';
import type { SchedulerStore } from '../store/scheduler-store.ts';
import type { CommandAnswers, CommandReplier } from './command-replier.ts';
import { type Built, buildersFor, type Skipped, senderFor } from './delivery-builders.ts';
import { DELIVERY_KIND_RULES, lateWindowMs } from './delivery-kinds.ts';
import { type Notifier, PermanentFailure, RateLimited } from './notifier.ts';
import { sendLanes } from './send-lanes.ts';
import { type SendPace, sendPaceOf, waitForSlot } from './send-pace.ts';
import { sentMarks } from './sent-marks.ts';

export const MAX_ATTEMPTS = 5;
export const DEFAULT_BATCH = 100;
/** A delivery sent more than this after it was due is marked late. */
export const LATE_AFTER_MS = 5 * 60 * 1000;

export interface DeliverDeps {
  /** The scheduler's data (src/store/scheduler-store.ts); a test may pass a part of it. */
  readonly store: Pick<SchedulerStore, 'deliveries' | 'meetings' | 'checkin'>;
  readonly notifier: Notifier;
  /** Direct messages to one member (the check-in); without it those deliveries fail. */
  readonly direct?: DirectNotifier | undefined;
  /** Builds the stuurgroep digest's deliveries (the automatic draft, the published post). */
  readonly digest?: DigestDeliveries | undefined;
  /** Carries out a slow chat command, and puts its answer where "Bezig…" stands. */
  readonly commands?: CommandAnswers | undefined;
  readonly replies?: CommandReplier | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Unique per process: claims carry it, so a replica only finishes its own. */
  readonly worker: string;
  readonly batchSize?: number;
  readonly leaseMs?: number;
  /** How fast each workspace is sent to, learnt from 429s; by default shared per notifier. */
  readonly pace?: SendPace;
  /** True once the process is stopping: the tick claims no more and finishes what it holds. */
  readonly stop?: () => boolean;
  /** Told of every outcome, for the metrics (counts by kind, never content). */
  readonly onOutcome?: (kind: string, outcome: 'sent' | 'retried' | 'failed' | 'skipped') => void;
}

export interface TickResult {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

/** Exponential backoff: 30 s, 1 min, 2 min, 4 min … */
export function backoffMs(attempt: number): number {
  return 30_000 * 2 ** Math.max(0, attempt - 1);
}

/**
 * Sends in flight at once per workspace. Slack allows chat.postMessage about once per second per
 * channel with short bursts, and a workspace-wide rate it answers with 429 beyond; Teams allows
 * 7 sends per second per conversation and 50 per second per bot. One channel is never sent to
 * concurrently (its messages keep their order), so these bound only the spread over channels.
 */
export const SEND_CONCURRENCY: Readonly<Record<Delivery['platform'], number>> = { slack: 8, teams: 6 };

/** A 429's pause up to this long is waited out within the tick. */
const SHORT_PAUSE_MS = 5_000;

/**
 * A tick keeps claiming while it sends, up to this long: what is claimed next is read and built
 * while the sends before it are still going out, so no workspace waits for the claim. Each tick's
 * end drains its lanes before the next claims (at 10 s the fan-out lost 5-10 % of the allowed
 * rate there); a stopping process stops claiming at once (`stop`).
 */
const FEED_FOR_MS = 30_000;

/** A claimed delivery with how to build its message (from its batch's meetings and channels). */
interface Claimed {
  readonly d: Delivery;
  readonly claimedAt: number;
  build(now: Date): Promise<Built | Skipped | null>;
}

/**
 * One tick: claim what is due, send it, record the outcome. Safe to run twice or on two replicas.
 * While the first batch goes out, the tick claims more each time half of what it holds is done,
 * leaving out workspaces paused by a 429 (they would hold the others up), until nothing more is due.
 */
export async function deliverDue(deps: DeliverDeps): Promise<TickResult> {
  const { store, clock, logger, worker } = deps;
  const deliveries = store.deliveries;
  const result: TickResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  const leaseMs = deps.leaseMs ?? 60_000;
  const batchSize = deps.batchSize ?? DEFAULT_BATCH;
  const startedAt = clock.now().getTime();
  const pace = deps.pace ?? sendPaceOf(deps.notifier);
  const marks = sentMarks((batch) => deliveries.markSentMany(worker, batch));

  const claim = async (limit: number, skip: readonly string[] = []): Promise<Claimed[]> => {
    const claimedAt = clock.now().getTime();
    const claimed = await deliveries.claimDue(worker, new Date(claimedAt), limit, leaseMs, skip);
    const builders = await buildersFor(deps, claimed);
    return claimed.map((d) => ({
      d,
      claimedAt,
      build: (now) => builders[DELIVERY_KIND_RULES[d.kind].family](d, now),
    }));
  };

  // A member's own message goes out in their language (stored from the platform or their choice).
  const deliverOne = async (c: Claimed): Promise<void> => {
    const { d } = c;
    const stored = DELIVERY_KIND_RULES[d.kind].toMember
      ? await deliveries.localeOfUser({ platform: d.platform, workspace: d.workspace, userId: d.channelId })
      : null;
    return withLocale(stored?.locale ?? DEFAULT_LOCALE, () => deliverInLocale(c));
  };

  const deliverInLocale = async ({ d, claimedAt, build }: Claimed): Promise<void> => {
    const now = clock.now();
    const log = logger.child({ delivery: d.key, kind: d.kind, platform: d.platform });
    const workspace = workspaceOf(d);
    const giveBack = async (until: number) => {
      await deliveries.markRetry(d.key, worker, new Date(until), 'wacht op rate limit', now);
      result.retried++;
      deps.onOutcome?.(d.kind, 'retried');
    };
    const pausedUntil = pace.pausedUntil(workspace);
    if (pausedUntil - now.getTime() > SHORT_PAUSE_MS) return giveBack(pausedUntil);
    // Late is judged when the scheduler picked it up, not when its turn in the lane came: one
    // claimed on time goes out, however long the sends before it took or far the clock moved on.
    if (claimedAt - d.dueAt.getTime() > lateWindowMs(d.kind)) {
      await deliveries.markFinal(d.key, worker, 'skipped', SKIPPED_AS_LATE, now);
      log.warn({ dueAt: d.dueAt }, 'bericht overgeslagen: te laat na een onderbreking');
      result.skipped++;
      deps.onOutcome?.(d.kind, 'skipped');
      return;
    }
    try {
      const built = await build(now);
      if (built && 'skip' in built && (await reachedBefore(d, built))) {
        // Cut off mid-send before and there already: it counts as sent, so what follows it in order still goes out.
        marks.add(d.key, clock.now(), clock.now().getTime() - d.dueAt.getTime() > LATE_AFTER_MS);
        log.info('bericht was al aangekomen voor de onderbreking; niet opnieuw gestuurd');
        result.sent++;
        deps.onOutcome?.(d.kind, 'sent');
        return;
      }
      if (!built || 'skip' in built) {
        const reason = built?.skip ?? 'bijeenkomst of kanaal bestaat niet meer';
        await deliveries.markFinal(d.key, worker, 'skipped', reason, now);
        result.skipped++;
        deps.onOutcome?.(d.kind, 'skipped');
        return;
      }
      const via = senderFor(deps, built);
      // Took too long on earlier ones and another worker has this one now: leave it to them.
      // Within the first half of the lease no other worker can have it; later, renew it first.
      const fresh = clock.now().getTime() - claimedAt < leaseMs / 2;
      if (!fresh && !(await deliveries.renewLease(d.key, worker, clock.now(), leaseMs))) return;
      const since = new Date(d.dueAt.getTime() - 60_000);
      let ref: string | null = null;
      if (d.uncertain && (await via.wasDelivered?.(built.target, d.key, since))) {
        log.info('bericht was al aangekomen voor de onderbreking; niet opnieuw gestuurd');
      } else {
        // At the workspace's pace; a short 429 pause is waited out, and the send tried again.
        for (let again = 0; ; again++) {
          const slot = await waitForSlot(pace, workspace, () => clock.now().getTime(), SHORT_PAUSE_MS);
          if ('pausedUntil' in slot) return giveBack(slot.pausedUntil);
          // Every answer, with when its send started, is what the pace learns from.
          const { startedAt } = slot;
          try {
            ref = await via.send(d.key, d.uncertain || d.attempts > 1);
            pace.answered(workspace, startedAt, clock.now().getTime(), 'sent');
            break;
          } catch (err) {
            const limited = err instanceof RateLimited;
            pace.answered(workspace, startedAt, clock.now().getTime(), limited ? err : 'failed');
            if (!limited || again >= 2) throw err;
            // While this workspace waits, the others are fed.
            feed();
          }
        }
      }
      const late = clock.now().getTime() - d.dueAt.getTime() > LATE_AFTER_MS;
      marks.add(d.key, clock.now(), late, ref ?? undefined);
      if (late) log.info('bericht te laat verstuurd (na een onderbreking)');
      result.sent++;
      deps.onOutcome?.(d.kind, 'sent');
    } catch (err) {
      const message = (err as Error).message;
      if (err instanceof RateLimited) {
        // The pace was told when the send was answered.
        const until = clock.now().getTime() + err.retryAfterMs;
        await deliveries.markRetry(d.key, worker, new Date(until), message, now);
        result.retried++;
        deps.onOutcome?.(d.kind, 'retried');
      } else if (err instanceof PermanentFailure || d.attempts >= MAX_ATTEMPTS) {
        await deliveries.markFinal(d.key, worker, 'failed', message, now);
        log.error({ err, attempts: d.attempts }, 'bericht definitief mislukt');
        result.failed++;
        deps.onOutcome?.(d.kind, 'failed');
      } else {
        await deliveries.markRetry(
          d.key,
          worker,
          new Date(now.getTime() + backoffMs(d.attempts)),
          message,
          now,
        );
        log.warn({ err, attempts: d.attempts }, 'bericht mislukt; nieuwe poging volgt');
        result.retried++;
        deps.onOutcome?.(d.kind, 'retried');
      }
    }
  };

  /**
   * Whether a notice that no longer holds, claimed again after a claim cut off mid-send, had reached
   * its channel then. A platform that cannot tell counts as reached: "gaat toch door" about a
   * cancellation a member may have missed does less harm than a cancellation never taken back.
   */
  const reachedBefore = async (d: Delivery, skipped: Skipped): Promise<boolean> => {
    if (!d.uncertain || !skipped.unlessSentTo) return false;
    const since = new Date(d.dueAt.getTime() - 60_000);
    return (await deps.notifier.wasDelivered?.(skipped.unlessSentTo, d.key, since)) !== false;
  };

  // Workspaces in parallel; within one, up to SEND_CONCURRENCY channels at a time, each in order.
  let feeding: Promise<void> | undefined;
  let fed = false;
  let feedError: unknown;
  const lanes = sendLanes<Claimed>({
    workspaceOf: (c) => workspaceOf(c.d),
    channelOf: (c) => c.d.channelId,
    widthOf: (c) => SEND_CONCURRENCY[c.d.platform],
    send: deliverOne,
    onFinished: () => feed(),
  });
  /**
   * Claims another batch once no more than half a batch is left for workspaces that are not
   * paused (whole batches: each claim also reads its meetings); for a paused workspace only when
   * nothing else is due (its deliveries wait for the pause to end).
   */
  const feed = () => {
    if (fed || feeding || lanes.failure()) return;
    const paused = pace.paused(clock.now().getTime());
    if (lanes.open(paused) > batchSize / 2) return;
    const limit = batchSize;
    if (clock.now().getTime() - startedAt >= FEED_FOR_MS || deps.stop?.()) {
      fed = true;
      return;
    }
    feeding = (async () => {
      let got = 0;
      try {
        const more = await claim(limit, paused);
        lanes.add(more);
        got = more.length;
        // Nothing else due: the paused workspaces' turn, while the tick holds no more than 1.5 batches.
        const room = Math.ceil(1.5 * batchSize) - lanes.open();
        if (more.length < limit && paused.length > 0 && room > 0) {
          const waiting = await claim(room);
          lanes.add(waiting);
          got += waiting.length;
          if (waiting.length < room) fed = true;
        } else if (more.length < limit && paused.length === 0) fed = true;
      } catch (err) {
        fed = true;
        feedError = err;
      } finally {
        feeding = undefined;
      }
      // Otherwise the next finished send asks again.
      if (got > 0) feed();
    })();
  };
  feed(); // the first batch
  while (feeding || lanes.open() > 0) await Promise.all([feeding, lanes.drained()]);
  await marks.flush();
  const failure = lanes.failure() ?? feedError;
  if (failure) throw failure;
  return result;
}

const workspaceOf = (d: Delivery) => `${d.platform}|${d.workspace}`;
