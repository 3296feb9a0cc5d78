import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DELIVERY_KINDS } from './domain/deliveries.ts';

/** The outcomes deliverDue reports; each (kind, outcome) pair is exported from the start, at 0. */
export const DELIVERY_OUTCOMES = ['sent', 'retried', 'failed', 'skipped'] as const;

/**
 * prom-client's default Node.js metrics include gauges named `…_total` (active handles, requests
 * and resources), which Prometheus' own checker rejects: a `_total` suffix promises a counter.
 * Their per-type siblings without the suffix stay and add up to the same numbers.
 */
const MISNAMED_DEFAULTS = ['active_handles_total', 'active_requests_total', 'active_resources_total'];

/** Where the backlog gauge reads from: the deliveries waiting now (counts only). */
export type DeliveryBacklogSource = () => Promise<{ readonly due: number; readonly overdue: number }>;

/** One registry per running Schakel, so tests can run several side by side. */
export function createMetrics(opts: { backlog?: DeliveryBacklogSource } = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'schakel_' });
  for (const name of MISNAMED_DEFAULTS) registry.removeSingleMetric(`schakel_nodejs_${name}`);
  const deliveries = new Counter({
    name: 'schakel_deliveries_total',
    help: 'Scheduled messages by kind and outcome (sent, retried, failed, skipped)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  // Present at 0 from the start, so an alert on increase() sees the first failure after a restart.
  for (const kind of DELIVERY_KINDS) {
    for (const outcome of DELIVERY_OUTCOMES) deliveries.inc({ kind, outcome }, 0);
  }
  const seriesNotPlanned = new Counter({
    name: 'schakel_series_not_planned_total',
    help: 'Stored meeting series skipped because they break the series rules (an older import), by when: the planning run or a change',
    labelNames: ['when'] as const,
    registers: [registry],
  });
  for (const when of ['planning', 'change'] as const) seriesNotPlanned.inc({ when }, 0);
  const { backlog } = opts;
  if (backlog) {
    new Gauge({
      name: 'schakel_deliveries_waiting',
      help: 'Scheduled messages whose time has come but that are not sent yet (due), and those due more than 5 minutes ago (overdue)',
      labelNames: ['state'] as const,
      registers: [registry],
      async collect() {
        // A database that does not answer shows in /readyz; /metrics keeps serving the rest.
        const counts = await backlog().catch(() => undefined);
        if (!counts) return;
        this.set({ state: 'due' }, counts.due);
        this.set({ state: 'overdue' }, counts.overdue);
      },
    });
  }
  return {
    registry,
    httpRequests: new Counter({
      name: 'schakel_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'schakel_http_request_duration_seconds',
      help: 'Time to answer an HTTP request (Slack wants an ack within 3 s)',
      labelNames: ['route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    deliveries,
    chatRequests: new Counter({
      name: 'schakel_chat_requests_total',
      help: 'Chat interactions handled, by platform and kind',
      labelNames: ['platform', 'kind'] as const,
      registers: [registry],
    }),
    refusedRequests: new Counter({
      name: 'schakel_refused_requests_total',
      help: 'Requests refused before handling (bad signature or time, malformed body), by platform and reason',
      labelNames: ['platform', 'reason'] as const,
      registers: [registry],
    }),
    replayedRequests: new Counter({
      name: 'schakel_replayed_requests_total',
      help: 'Replays and retries answered without doing the work again, by platform',
      labelNames: ['platform'] as const,
      registers: [registry],
    }),
    handlerErrors: new Counter({
      name: 'schakel_handler_errors_total',
      help: 'Errors thrown while handling a request, answered with a 4xx or a plain reply, by platform',
      labelNames: ['platform'] as const,
      registers: [registry],
    }),
    slackChecksFailed: new Counter({
      name: 'schakel_slack_checks_failed_total',
      help: 'Start-up checks of SLACK_BOT_TOKEN (auth.test) that failed: Slack unreachable or the token refused; the next request asks again',
      registers: [registry],
    }),
    seriesNotPlanned,
    guardReads: new Counter({
      name: 'schakel_guard_texts_read_total',
      help: 'Texts the client-data guard read; a text asked about again within one submission is answered from its first reading and not counted again',
      registers: [registry],
    }),
    processFaults: new Counter({
      name: 'schakel_process_faults_total',
      help: 'Unhandled rejections and uncaught exceptions (logged with their stack), by kind',
      labelNames: ['kind'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * A label value from a request (a Slack body's type, a Teams activity's type) as one of the kinds
 * named, else "anders": /metrics is public, and a label must never show or pile up typed text.
 */
export function knownKind(value: unknown, known: readonly string[]): string {
  return typeof value === 'string' && known.includes(value) ? value : 'anders';
}
